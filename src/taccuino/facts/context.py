"""What every fact extractor sees: per sentence, its people, teams, dates and the running topic."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..dates import Timex
from ..document import Document
from ..knowledge import Team, fold, is_womens, teams, womens_sides, words
from ..mentions import Mention, Mentions
from ..model import Span

# a clitic object before a verb and its agent: 'mi ha chiamato X', 'lo aveva voluto X' (X acts on the sentence's subject)
_AGENT_PAST = r"lanciò|volle|chiamò|portò|prese|scoprì|fece\s+esordire|ingaggiò|scelse|promosse|richiamò"
CLITIC_AGENT = re.compile(rf"(?:\b(?:mi|lo|la|ci|li)\s+|\b[ml]['’]\s*)(?:(?:ha|aveva|avrebbe)\s+\w+|{_AGENT_PAST})\s+$", re.I)
WANTED_BY = re.compile(rf"(?:\b(?:mi|lo|la|ci|li)\s+|\b[ml]['’]\s*)(?:(?:ha|aveva|avrebbe)\s+(?:chiamat|volut|portat)[oa]|"
                       rf"{_AGENT_PAST})\s+$", re.I)  # ('l'ha chiamata', 'm'aveva voluto')
# ('Lo lanciò Edmondo Fabbri nel Mantova, dove giocò ...': the sentence is about 'lo', Fabbri is who launched him)
_GENITIVE = re.compile(r"(?:\b(?:di|del|dell'|della|dello|degli|dei|posto di|eredità di|dopo|sostituire|"
                       r"esonerato|dell'esonerato|l'esonerato|vice di|con|contro|tra|fra|da|davanti a|accanto a|"
                       r"dietro a|insieme a|oltre a)\s*"
                       r"(?:(?:il|lo|la|l'|al|col)\s*)?(?:(?:stess[oa]|suo|sua|compiant[oa]|grande|giovane)\s+)?"
                       r"(?:(?:patron|presidente|tecnico|allenatore|ds|ct|mister|vice|"
                       r"direttore sportivo|capitano|compagno|amico|collega)\s+)?)$", re.IGNORECASE)


_DATIVE_TITLE = re.compile(r"\b(?:al|allo|alla|all'|ai|agli|alle)\s*(?:(?:suo|sua|suoi|nuovo|nuova)\s+)?"
                           r"(?:patron|presidente|presidentessa|tecnico|allenatore|allenatrice|ds|ct|mister|vice|"
                           r"direttore\s+sportivo|capitano|compagno|compagni|amico|collega|ex\s+compagno)\s+$", re.I)


@dataclass
class Sentence:
    index: int
    span: Span
    text: str
    people: list[Mention]
    teams: list[Mention]
    timexes: list[Timex]
    subject: str | None = None  # entity key of the person the sentence is about
    explicit_subject: bool = False
    in_quote: list[Span] = field(default_factory=list)
    described: bool = False  # the subject was carried on from a description read before ('il tecnico riminese')
    answer: bool = False  # an interview's answer: the interviewee speaks of himself
    introduced: bool = False  # a paragraph opening with the biography of the one named just before it


@dataclass
class Context:
    doc: Document
    mentions: Mentions
    timexes: list[Timex]
    sentences: list[Sentence]
    article_teams: list[str]  # team ids named by name/alias in the article, in order of first mention
    published: str | None
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)  # per-article results of rules

    def name_of(self, key: str) -> str:
        return self.mentions.entities[key].name

    def team(self, team_id: str) -> Team:
        return teams()[team_id]

    @cached_property
    def lead_end(self) -> int:
        """Where the lead ends: the first two body paragraphs, counted from the first that names someone
        (a generic lead-in naming nobody does not count)."""
        doc = self.doc
        body = [p for p in doc.paragraphs() if doc.zone_of(p[0]) == "body" or doc.zone_of(p[1] - 1) == "body"]
        named = [p for p in body if self.mentions.people_in(p)]
        if named and named[0] != body[0]:
            body = body[body.index(named[0]):]
        return body[min(1, len(body) - 1)][1] if body else -1

    @cached_property
    def protagonist(self) -> str | None:
        """The person the article is about (computed once per article)."""
        return protagonist(self.doc, self.mentions)


def quote_spans(text: str) -> list[Span]:
    """Spans inside « » and “ ” and straight double quotes (content only)."""
    out: list[Span] = []
    for o, c in (("«", "»"), ("“", "”")):
        for m in re.finditer(re.escape(o) + r"([^" + re.escape(c) + r"]{2,}?)" + re.escape(c), text):
            out.append(m.span(1))
    for m in re.finditer(r"\"([^\"\n]{2,}?)\"", text):
        out.append(m.span(1))
    for m in SINGLE_QUOTED.finditer(text):
        out.append(m.span(1))
    return sorted(out)


# 'E sul futuro: 'Ho un contratto e tanta voglia di continuare'': single quotes; an apostrophe inside a word is kept
SINGLE_QUOTED = re.compile(r"(?<![\w'’])['‘]([A-ZÀ-Ý](?:[^'‘’\n]|(?<=\w)['’](?=\w)){8,400}?)['’](?![\w'’])")


_QUOTED_LINE = re.compile(r"\s*[«“\"][^\n]{20,}[»”\"][.]?\s*$")


def answer_lines(text: str) -> list[Span]:
    """The answers of an interview written as questions and quoted answers ('Come nasce il calciatore Chivu?' then
    '«In Romania, a Resita ...»'): each quoted line after a question, when the article has at least two."""
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    quoted: list[Span] = []
    asked = False
    pairs = 0
    for a, b, line in lines:
        low = line.strip().lower()
        if not low or low.startswith(tuple(w.lower() for w in words("layout", "chrome_lines"))):
            continue
        if _QUOTED_LINE.fullmatch(line):
            quoted.append((a, b))
            pairs += asked
            asked = False
            continue
        asked = line.strip().strip("*_ ").rstrip().endswith("?") and len(line) < 250  # ('**Che bambino era?**')
    # an interview: two questions answered in quotes at least; then every quoted paragraph is an answer, also those
    # after a lead-in that is not a question ('Ad Amsterdam sei diventato capitano a 21 anni.')
    return quoted if pairs >= 2 else list(unmarked_answers(text))


@lru_cache(maxsize=8)
def unmarked_answers(text: str) -> tuple[Span, ...]:
    """An interview set as prompts and answers with no 'D:'/'R:' and no quote marks: 'Lei è romano, classe 1976.
    Come comincia tutto?' then 'Sono nato a Roma ...'. A prompt is a question paragraph, or a short one (the
    interviewer's 'Poi il Canada.'); the paragraph after it is the answer. Two question paragraphs at least, each
    followed by an answer, make the article an interview."""
    paras = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    def question(line: str) -> bool:
        return line.strip("*_ ").endswith("?") and len(line) <= 300 and not re.search(r"[«»“”\"]", line)
    first = next((i for i, (_a, _b, line) in enumerate(paras) if question(line)), None)
    if first is None:
        return ()
    out: list[Span] = []
    asked = 0
    prompt = False
    for a, _b, line in paras[first:]:
        if question(line) or (len(line) <= 90 and not prompt and not line.endswith(":")):
            asked += question(line)
            prompt = True
            continue
        if prompt and not re.search(r"[«»“”]", line):
            out.append((a, a + len(line)))
        prompt = False
    return tuple(out) if asked >= 2 and len(out) >= 2 else ()  # (read by the sentences and by the quotes: cached)


def resolve_team(m: Mention, article_teams: list[str], doc_text: str) -> str:
    """An ambiguous nickname (bianconeri, azzurri) means the candidate the article names elsewhere."""
    if len(m.candidates) <= 1:
        return m.key
    for t in article_teams:
        if t in m.candidates:
            return t
    return m.key


def _most_named(mentions: Mentions, candidates: tuple[str, ...]) -> str | None:
    """The candidate the article names most; else one of the kind (club or national side) it names most."""
    counts: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for t in mentions.teams:
        if t.how in ("name", "official", "alias"):
            kinds[teams()[t.key].type] = kinds.get(teams()[t.key].type, 0) + 1
            if t.key in candidates:
                counts[t.key] = counts.get(t.key, 0) + 1
    if counts:
        return max(counts, key=lambda k: counts[k])
    if kinds:
        kind = max(kinds, key=lambda k: kinds[k])
        same = [c for c in candidates if teams()[c].type == kind]
        if same:
            return same[0]
    return None


def context_team(ctx: Context, pos: int) -> str | None:
    """The club a paragraph is about: its heading ('NAPOLI - ...'), else the last club named before pos in it."""
    lo = ctx.doc.text.rfind("\n", 0, pos) + 1
    heads = [z for z in ctx.doc.zones if z.kind == "heading" and z.span[0] < pos and pos - z.span[0] < 1500]
    if heads:  # 'FOGGIA - ...' heads the items below it, up to the next heading
        tms = ctx.mentions.teams_in(heads[-1].span)
        if tms:
            return tms[0].key
    before = [t for t in ctx.mentions.teams if lo <= t.span[0] < pos and (teams()[t.key].type == "club" or (
              teams()[t.key].type == "national" and t.span[1] <= (lambda im: im.end() if im else -1)(
                  INTRO_LINE.match(ctx.doc.text, _sentence_start(ctx, t.span[0])))))
              and not former_list(ctx.doc.text, t.span[0]) and not is_secondary_team(ctx.doc.text, t)
              and not _BIRTHPLACE.search(ctx.doc.text[max(0, t.span[0] - 12):t.span[0]])
              and not (t.how == "demonym" and PERSON_NOUN_BEFORE.search(ctx.doc.text[max(0, t.span[0] - 30):t.span[0]]))
              and not _PAST_CLUB.search(ctx.doc.text[max(0, t.span[0] - 30):t.span[0]])
              and not (teams()[t.key].city == teams()[t.key].name and t.how == "name"
                       and re.search(r"\b(?:a|in)\s+$", ctx.doc.text[max(0, t.span[0] - 4):t.span[0]])
                       and any(teams()[k].city == teams()[t.key].city for k in ctx.article_teams if k != t.key))]
    return before[-1].key if before else None  # 'arrivato a Torino' names the city, not the club


INTRO_LINE = re.compile(r"\s*(?:Poi|Quindi|Infine|Ed\s+ecco|Ecco)\s+(?:il|la|lo|l'|i|gli|le)\s*\w+(?:\s+\w+)?\s*[.:]\s*")
# ('Poi l'azzurro. Dal 1980 al 1986 fu il vice di Enzo Bearzot': the national side the paragraph turns to)


PERSON_NOUN_BEFORE = re.compile(r"\b(?:il|lo|l'|del|dello|dell'|al|allo|all'|dal|dallo|dall'|col|per\s+il|un|uno)\s*"
                                r"(?:tecnico|allenatore|mister|attaccante|difensore|centrocampista|portiere|terzino|"
                                r"dirigente|presidente|ds|bomber|centravanti|giocatore|calciatore|fantasista)\s+$", re.I)
_BIRTHPLACE = re.compile(r"\bnat[oa]\s+(?:a|ad|in)\s+$", re.I)
_PAST_CLUB = re.compile(r"\b(?:reduce\s+d\w*|già\s+(?:al|alla|all'|allo|ai|nel|nella)|ex|proveniente\s+d\w*|arrivat[oa]\s+d\w*|"
                        r"svincolat[oa]\s+d\w*|(?:costo|parametro)\s+zero\s+d\w*|gratis\s+d\w*|in\s+prestito\s+d\w*|(?:arrivat[oa]|pres[oa]|prelevat[oa])\s+(?:\w+\s+){1,3}d(?:al|alla|all'|allo|ai)|"
                        r"(?:contratto|accordo)\s+(?:scaduto|rescisso|risolto)\s+(?:al|alla|all'|con\s+il|con\s+la)|lasciat[oa]|"
                        r"dopo\s+l'esperienza\s+(?:al|alla|all'|allo|con\s+il|con\s+la))\s*$", re.I)  # 'reduce dal Watford'

_MATCH_WORDS = re.compile(r"\b(?:contro|finale|finali|quarti|semifinale|ottavi|partita|gara|vint[io]|battut[oa]|pareggi\w*|sconfitt\w*)\b")


@lru_cache(maxsize=1)
def _beaten_rx() -> re.Pattern[str]:
    """A result's verb, its score and an article right before the side that lost ('supera 1-0 il')."""
    verbs = [w for w in words("match_sides", "won") if not re.search(r"\bcon$", w)]  # 'ha vinto con la Juventus': his side
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\s+(?:(?:ai\s+rigori|dal\s+dischetto|in\s+finale|in\s+semifinale|in\s+rimonta|"
                      rf"ai\s+supplementari|di\s+misura|nettamente|ancora)\s+)?"
                      rf"(?:(?:per\s+)?\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+)?(?:(?:il|la|lo|l'|i|gli|le)\s*)?$", re.I)
    # ('la Roma ha battuto ai rigori la Juventus': the side beaten)


@lru_cache(maxsize=1)
def _side_noun_rx() -> re.Pattern[str]:
    """A noun of a side's crowd or pitch right before its demonym ([text] side_nouns: 'tra le proteste rossonere')."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("text", "side_nouns"))
    return re.compile(rf"\b(?:le|la|i|gli|il|dei|delle|della|del|tra\s+le|tra\s+i)\s+(?:{alts})\s+$", re.I)


def is_secondary_team(text: str, m: Mention) -> bool:
    """A team named as an opponent or a score's other side, not as the subject's club."""
    before = text[max(0, m.span[0] - 30):m.span[0]].lower()
    if re.search(r"(?<![\d:.])\b\d{1,2}\s*-\s*\d{1,2}\b(?![:.]\d)[^,.;\n]{0,40}\b(?:con|contro)\s+(?:il|la|lo|l'|i|gli|le)?\s*$",
                 text[max(0, m.span[0] - 55):m.span[0]].lower()) or re.search(
                r"\b\d{1,2}\s*-\s*\d{1,2}\s+(?:(?:in\s+finale|in\s+semifinale|ai\s+rigori|in\s+rimonta|dts)\s+)?"
                r"(?:al|alla|all'|allo|ai|sul|sulla|sull'|nel\s+derby\s+con)\s*$",
                text[max(0, m.span[0] - 20):m.span[0]].lower()):
        return True  # 'dopo lo 0-1 casalingo di sabato con il Latina'
    if m.how in ("demonym", "nick") and text[m.span[0]:m.span[0] + 1].islower() \
            and _side_noun_rx().search(text[max(0, m.span[0] - 40):m.span[0]]):
        return True  # 'tra le proteste rossonere', 'nell'area nerazzurra': the side, not the subject's club
    if re.search(r"\b[Pp]rima\s+(?:di|del|della|dell'|dello)\s*$", text[max(0, m.span[0] - 12):m.span[0]]):
        return True  # 'che prima di Torino aveva guidato la Nazionale Under 17': a time, told elsewhere
    if re.search(r"(?:^|[.!?\n]\s*)Prima\s+di\s+(?!(?:arrivare|approdare|passare|trasferirsi|sbarcare)\s)\w+re\s+"
                 r"(?:a|al|alla|all'|in|nel|nella)?\s*$", text[max(0, m.span[0] - 40):m.span[0]]):
        return True  # 'Prima di approdare a Milanello aveva guidato la Fiorentina'
    if re.match(r"\s*[-–]\s*[A-ZÀ-Ý]", text[m.span[1]:m.span[1] + 4]) or re.search(r"[A-Za-zà-ù][-–]$", text[max(0, m.span[0] - 2):m.span[0]]):
        return True  # 'Milan-Fiorentina': a match
    if re.search(r"\b(?:gol|reti|rete|segnato|segnò|doppietta|tripletta)\b(?:[^.;:]{0,12}|[^.;:]{0,40}\s(?:e|ed)\s)"
                 r"(?:al|alla|all'|allo|ai|agli|contro\s+(?:il|la|lo|l'|i|gli)?)\s*$", text[max(0, m.span[0] - 60):m.span[0]]):
        return True  # 'In maglia azzurra due gol, alla Sampdoria e alla Juventus': the teams scored against
    if re.search(r"\b(?:perse|persa|perso|vinta|vinte|vinto|giocata|giocate)\b[^.;:]{0,40}\bcon\s+(?:il|la|lo|l'|i|gli|le)?\s*$",
                 text[max(0, m.span[0] - 60):m.span[0]]) and _MATCH_WORDS.search(text[max(0, m.span[0] - 80):m.span[0]]):
        return True  # 'tre finali perse, l'ultima il 15 maggio con la Juventus'
    if re.search(r"\b(?:Mondiale|Mondiali|Europeo|Europei|Olimpiadi|Olimpiade|Copa\s+América|Coppa\s+America|finale|"
                 r"semifinale|Olimpico|stadio|Giochi)\s+(?:di|in|del|della|dell')\s*$", text[max(0, m.span[0] - 30):m.span[0]]):
        return True  # 'il Mondiale di Russia', 'la finale di Göteborg': a host or a venue, not a side
    if re.search(r"\b(?:sconfitt[ae]|vittori[ae]|pareggio|pareggi|ko|k\.o\.|successo|tracollo|batosta|rovescio)\s+"
                 r"(?:\w+\s+){0,3}(?:con|contro)\s+(?:il|la|lo|l'|i|gli|le)?\s*$", before):
        return True  # 'dopo una sconfitta casalinga con l'Avellino': the opponent
    if re.search(r"\b(?:confront[oi]|sfid[ae]|gara|gare|derby|scontr[oi](?:\s+diretto)?|match|duell[oi]|spareggio|spareggi)\s+"
                 r"(?:\w+\s+){0,2}(?:con|contro)\s+(?:il|la|lo|l'|i|gli|le)?\s*$", before):  # 'Nel derby di domenica con la X'
        return True  # 'nei confronti con la Juventus retrocessa': an opponent
    if re.search(r"\b(?:disse\s+no|detto\s+no|dice\s+no|rifiutat\w*|rifiutò|rifiuta|offert[ae]|corteggiat\w+|corteggiamento|"
                 r"sondaggio|sondaggi|trattativa\s+con|interessamento)\b[^.;]{0,40}$", text[max(0, m.span[0] - 60):m.span[0]], re.I):
        return True  # 'disse no a tutte le offerte, a cominciare da quelle della Juventus': a club he never joined
    if re.search(r"\b(?:eliminat[oa]|eliminò|eliminando|eliminano|battendo|superando|sconfiggendo|piegando|"
                 r"travolgendo)\s+(?:in\s+finale\s+|in\s+semifinale\s+|ai\s+rigori\s+)?(?:\d{1,2}\s*-\s*\d{1,2}\s+)?"
                 r"(?:(?:il|la|lo|l'|i|gli|le)\s*)?$",
                 text[max(0, m.span[0] - 30):m.span[0]], re.I):
        return True  # 'con cui lo Spezia eliminò i felsinei'
    if re.search(r"\b(?:arrendendosi|arres[oaie]|arrendersi|si\s+arrende|si\s+arresero|si\s+arrese|cedendo|perdendo)\b"
                 r"[^.;,]{0,40}\b(?:al|allo|alla|all'|ai|agli|contro(?:\s+(?:il|la|lo|l'|i|gli|le))?)\s*$",
                 text[max(0, m.span[0] - 60):m.span[0]], re.I):
        return True  # 'arrendendosi nella finale playoff allo Spezia': the side that won
    if _beaten_rx().search(text[max(0, m.span[0] - 40):m.span[0]]):
        return True  # 'I felsinei superano 1-0 il Milan': the side beaten
    if re.search(r"\b(?:giocat[oa]|disputat[oa]|ospitat[oa]|organizzat[oa])\b[^,.;]{0,30}\b(?:tra|fra|in)\s+"
                 r"(?:[A-ZÀ-Ý][\w']+\s+(?:e|ed)\s+)?$", text[max(0, m.span[0] - 70):m.span[0]]):
        return True  # 'l'Europeo giocato a giugno tra Romania e Georgia': the hosts
    if re.search(r"\b(?:trasferta\s+(?:di|a|in|in\s+casa\s+(?:del|della|dell'|dello))|(?:il\s+)?ritorno\s+con|amichevole\s+con|"
                 r"amichevole\s+(?:di|a))\s*(?:il|la|lo|l'|i|gli|le)?\s*$", before):
        return True  # 'la trasferta di Wolverhampton', 'il ritorno con la Germania': a fixture
    return bool(re.search(r"(?:contro|sul campo del|sul campo dell'|sul campo della|battuto|superato|ribaltato|battev\w+|"
                          r"batterono|batté|sconfiss\w+|superav\w+|superarono|successo\s+su\w*|trionfo\s+su\w*|"
                          r"affermazione\s+su\w*|vittoria\s+(?:contro|sugli|sulla|sullo|sui)|"
                          r"sfida con|pareggio con|sconfitta con|vittoria su|vittoria sul|in casa del|in casa dell'|"
                          r"alla sua ex squadra|ko\s+(?:interno\s+|esterno\s+|casalingo\s+)?(?:con|contro)|sub[iì]to\s+(?:a|da|dal|dall'|dalla|dai)|perso\s+(?:a|con|contro)|vinto\s+(?:a|contro|su)|"
                          r"pareggiato\s+(?:a|con)|caduto\s+a|espugnato|incassato\s+(?:da|dal|dall'|dalla)|travolt[oi]\s+"
                          r"(?:da|dal|dall'|dalla)|battut[oa]\s+(?:da|dal|dall'|dalla))"
                          r"(?:\s+\d{1,2}\s*-\s*\d{1,2})?"  # 'ha battuto 5-1 la Juventus'
                          r"\s*(?:il|la|lo|l'|i|gli|le)?\s*$", before)) \
        and not re.search(r"(?:allenatore|tecnico|vice)\b", before)



_FORMER = re.compile(r"(?:\bex\s+(?:[a-zà-ù]+\s+(?:di|del|della|dell'|dello|dei|degli)\s*)?|"
                     r"\bdopo\s+(?:le|l'|la|gli)\s*(?:esperienz[ae]|avventur[ae]|parentesi)\s+(?:con|al|alla|all'|allo|a|in|nel|nella)\s*"
                     r"(?:il\s+|la\s+|l')?)"
                     r"(?:[A-ZÀ-Ý][\w'.-]*(?:\s+[A-ZÀ-Ý][\w'.-]*)*\s*(?:,|\be\b|\bed\b)\s*)*$")
# ('il tecnico francese, ex Roma, Lilla e Lione'; 'Arrivato ... dopo le esperienze con Parma e Sampdoria')


def former_list(text: str, pos: int) -> bool:
    """A club named as someone's past: 'il tecnico francese, ex Roma, Lilla e Lione'."""
    return bool(_FORMER.search(text[max(0, pos - 60):pos]))


def _womens_sides(doc: Document, mentions: Mentions) -> None:
    """In an article about women's football a club named plainly ('la Juventus') is its women's side."""
    cues = find_all(doc.text, words("text", "women"))
    if not cues:
        return
    headed = any(doc.zone_of(c[0]) in ("title", "teaser") for c in cues) and len(cues) >= 3
    womens = womens_sides()
    for m in mentions.teams:
        if m.key in womens and m.how in ("name", "official", "alias", "nick", "demonym", "stadium", "ground", "city"):
            lo, hi = doc.text.rfind("\n", 0, m.span[0]) + 1, doc.text.find("\n", m.span[1])
            hi = len(doc.text) if hi < 0 else hi
            if headed or any(lo <= c[0] < hi for c in cues):  # a women's story, or a women's paragraph of a mixed one
                m.key = womens[m.key]


_NATIONAL_CUE = re.compile(r"\b(?:ct|c\.t\.|commissario\s+tecnico|nazionale|selezione|"
                           r"selezionatore|convocat[oi]|convocazione)\s+(?:\w+\s+)?$", re.IGNORECASE)


def build(doc: Document, mentions: Mentions, timexes: list[Timex], published: str | None) -> Context:
    named = [m.span for m in mentions.teams]  # 'Como 1907', 'Calcio Foggia 1920': a founding year in a club's name
    timexes[:] = [t for t in timexes if not any(a <= t.span[0] and t.span[1] <= b for a, b in named)]
    for t in timexes:  # facts are dated at calendar precision: an ISO week counts as the month its Monday is in
        if t.value and re.fullmatch(r"\d{4}-W\d{2}", t.value):
            monday = dt.date.fromisocalendar(int(t.value[:4]), int(t.value[6:]), 1)
            t.value = monday.isoformat()[:7]
    article_teams: list[str] = []
    for m in mentions.teams:
        if m.how in ("name", "official", "alias") and m.key not in article_teams:
            article_teams.append(m.key)
    for m in mentions.teams:
        if len(m.candidates) > 1:
            lo = doc.text.rfind("\n", 0, m.span[0])
            near = [t.key for t in mentions.teams if t.how in ("name", "official", "alias")
                    and lo <= t.span[0] < m.span[0] and t.key in m.candidates]
            heading = [t.key for t in mentions.teams if t.key in m.candidates and lo <= t.span[0] < m.span[0]
                       and doc.zone_of(t.span[0]) == "heading"]
            if heading:
                near = heading
            national = [k for k in m.candidates if teams()[k].type == "national"]
            if national and _NATIONAL_CUE.search(doc.text, max(0, m.span[0] - 30), m.span[0]) \
                    and not any(k in national for k in near):
                near = national[:1]  # 'il ct azzurro', 'la nazionale azzurra', 'i convocati azzurri'
            m.key = near[-1] if near else _most_named(mentions, m.candidates) or resolve_team(m, article_teams, doc.text)
    _womens_sides(doc, mentions)  # after the nicknames are resolved: 'la panchina bianconera' is the women's side too
    keys = {m.key for m in mentions.teams}
    womens = womens_sides()
    article_teams = [womens[k] if k not in keys and womens.get(k) in keys else k for k in article_teams]
    # ('Stesso passaggio a Brescia per Barbara Bonansea' in a women's story: the Brescia women's side)
    quotes = quote_spans(doc.text)
    answers = answer_lines(doc.text)
    sents: list[Sentence] = []
    for i, sp in enumerate(doc.sentences):
        qs = [q for q in quotes if sp[0] <= q[0] < sp[1]]
        answer = any(a <= sp[0] < b for a, b in answers)
        if answer:
            qs = []  # an interview's answer in quotes is the interviewee telling his own story
        ppl = [p for p in mentions.people_in(sp) if not any(a <= p.span[0] < b for a, b in qs)]
        tms = [t for t in mentions.teams_in(sp) if not any(a <= t.span[0] < b for a, b in qs)]
        tx = [t for t in timexes if sp[0] <= t.span[0] < sp[1] and not any(a <= t.span[0] < b for a, b in qs)]
        sents.append(Sentence(i, sp, doc.text[sp[0]:sp[1]], ppl, tms, tx, in_quote=qs, answer=answer))
    ctx = Context(doc, mentions, timexes, sents, article_teams, published)
    assign_subjects(ctx)
    return ctx


def assign_subjects(ctx: Context, fits=None) -> None:
    """Each sentence's subject: a person in subject position, a description of one, or the running topic."""
    doc, mentions = ctx.doc, ctx.mentions
    prot = ctx.protagonist
    topic: str | None = prot
    seen = False  # a generic lead-in before the protagonist is named in the body is about nobody
    from_desc = False  # the running topic was set by a description
    sectioned = sum(1 for z in doc.zones if z.kind == "heading" and mentions.teams_in(z.span)) >= 2
    # news in brief ('FOGGIA - ...', 'COMO - ...'): each item has its own protagonist; a profile's topic
    # headings ('CHI È - ', 'I TROFEI - ') do not change whom it is about
    section_subject: str | None = None
    labelled = profile = False  # a labelled paragraph; the section it opens is one person's profile
    introduced = False  # the paragraph opens with the biography of the one named last before it
    bio_topic: str | None = None  # the one whose birth this paragraph told, and the paragraph before's
    named_label: str | None = None  # the person a section label names
    last_bio: str | None = None
    for s in ctx.sentences:
        body = doc.zone_of(s.span[0]) not in ("title", "teaser", "caption", "heading", "byline", "chrome")
        if sectioned and doc.zone_of(s.span[0]) == "heading":
            prot, topic, seen = None, None, False
            s.subject = None
            continue
        if sectioned and body and prot is None and s.people:
            firsts = [p for p in s.people if is_primary(doc.text, p, s.span[0])] or \
                [p for p in s.people if object_of_verb(doc.text, s.span[0], p.span[0])] or \
                [p for p in s.people if p.how != "anaphor"]
            prot = firsts[0].key if firsts else None
        if doc.zone_of(s.span[0]) == "heading" and not sectioned and not s.people:
            named = _heading_person(ctx, s.text)  # 'CHI È CONCEIÇÃO', 'IL BILANCIO': the section is his, or nobody's own
            section_subject, profile = named, bool(named)
            if named:
                topic = named
        if doc.zone_of(s.span[0]) == "heading" and len(s.people) == 1 and re.match(r"\s*[–—-]\s", doc.text[s.span[1]:]) \
                and re.fullmatch(r"[A-ZÀ-Ý'’ ]+", s.text.strip()):
            # 'ADRIAN POPESCU – Nato a Craiova ...' in a piece on several men: the section is his, whoever leads
            s.subject = s.people[0].key
            topic = section_subject = s.subject
            seen, profile, from_desc = True, True, False
            continue
        if body and not seen:
            seen = bool(s.people) or bool(described_subject(ctx, s, s.span[0], fits))
            if not seen:
                s.subject = None
                topic = None
                continue
        new_par = s.span[0] == 0 or doc.text[s.span[0] - 1] == "\n"
        if new_par:
            last_bio, bio_topic = bio_topic, None
        if prot and new_par:
            # a new paragraph of a profile is about its protagonist again, unless a paragraph before opened a
            # section on someone else ('IL PROFILO – Nato a Karlsruhe ..., Italiano è stato un regista' then 'In
            # panchina ha fatto la gavetta vera': still Italiano, until the next labelled section)
            label = _SECTION_LABEL.match(doc.text, s.span[0])
            topic = section_subject if section_subject and section_subject != prot else prot
            if label or not profile:
                section_subject = None  # a profile's section lasts to the next label, any other one paragraph
            labelled = bool(label)
            profile = bool(label and _profile_label(label.group(0))) or profile and not label
            named_label = next((p.key for p in s.people if label.start() <= p.span[0] < label.end()), None) \
                if label else None  # (mentions.py reads a capitalised full name in a label as that person)
            if named_label:  # 'CRISTIAN CHIVU – Nato a Reșița ...': the section is that man's profile
                topic = section_subject = named_label
                profile = True
            if last_bio and last_bio != prot and not s.people and not label and body and any(
                    doc.zone_of(m.span[0]) in ("title", "teaser") for m in mentions.people if m.key == last_bio):
                topic = last_bio  # 'Al suo posto la società ha scelto X, classe 1974, nato a ...' then 'In panchina la
                # gavetta è stata lunga': the newcomer's profile goes on, not the protagonist's
        labelled_by = named_label if new_par and prot else None
        if s.span[0] == 0 or doc.text[s.span[0] - 1] == "\n":
            closing = _closing_name(ctx, s)
            introduced = bool(closing and _BIO_OPENING.match(doc.text, s.span[0]) and not s.people)
            if introduced:
                topic = closing  # '... ieri la scelta del successore, Leonardo Semplici.' then 'Fiorentino, nato il ...'
        primary = [p for p in s.people if is_primary(doc.text, p, s.span[0]) and not _aside_or_kin(doc.text, p)]
        # ('figlio d'arte (il padre Miguel Reina difendeva ...), il numero uno è cresciuto ...': not the father)
        if not primary:  # 'il Chelsea ha esonerato Thomas Tuchel, arrivato a Londra ...': the sentence is about him
            primary = [p for p in s.people if not re.search(r",\s+(?:e|ed|ma|mentre)\s|[;:]\s", doc.text[s.span[0]:p.span[0]])
                       and (object_of_verb(doc.text, s.span[0], p.span[0])
                            or NEWS_OF.search(doc.text[max(s.span[0], p.span[0] - 34):p.span[0]]))
                       and not CLITIC_AGENT.search(doc.text[max(s.span[0], p.span[0] - 30):p.span[0]])][:1]
            # ('Nel 2006 mi ha chiamato Enrico Preziosi al Genoa': he is the agent; the sentence is about 'mi')
        if primary and topic and primary[0].key != topic and wanted_him(doc.text, primary[0].span[1]):
            primary = []  # 'Helenio Herrera lo volle all'Inter': the sentence is still about 'lo'
        s.described = False
        if new_par and labelled_by and not primary:
            s.subject, s.explicit_subject = labelled_by, True  # 'CRISTIAN CHIVU – Nato a Reșița ..., il difensore romeno'
            topic, from_desc = labelled_by, False
            continue
        if primary:
            s.subject, s.explicit_subject = primary[0].key, True
            from_desc = False
        else:
            s.introduced = introduced
            desc = None if introduced else described_subject(ctx, s, s.span[0], fits)
            if desc:
                s.subject, s.explicit_subject = desc, True
                from_desc = True
            else:
                s.subject = topic
                s.described = from_desc and topic is not None
        staff_line = bool(primary) and all(_STAFF_BRACKET_AFTER.match(doc.text, p.span[1]) for p in primary) \
            and sum(1 for p in s.people if _STAFF_BRACKET_AFTER.match(doc.text, p.span[1])) >= 2  # a list of the staff
        if doc.zone_of(s.span[0]) not in ("title", "teaser", "caption", "heading") and not (staff_line and topic):
            topic = primary[-1].key if primary else s.subject
            # ('Con lui sono arrivati X (vice), Y (preparatore atletico)': the staff does not become the topic)
        if labelled and s.explicit_subject and s.subject and section_subject is None:
            section_subject = s.subject  # the one a labelled section is about
        if body and s.explicit_subject and s.subject and _BIO_WORDS.search(s.text):
            bio_topic = s.subject  # the one whose birth or 'classe' the paragraph told


_STAFF_BRACKET_AFTER = re.compile(r"\s*\((?:vice|collaborator|preparator|match\s+analyst|allenatore\s+in\s+seconda|"
                                  r"secondo|team\s+manager|medico|fisioterapist)", re.I)


def _heading_person(ctx: Context, text: str) -> str | None:
    """The one person of the article whose surname a section heading carries ('CHI È CONCEIÇÃO')."""
    head = fold(text)
    found = {k for k, e in ctx.mentions.entities.items() if len(e.name.split()[-1]) > 3
             and re.search(rf"\b{re.escape(fold(e.name.split()[-1]))}\b", head)}
    if len(found) > 1:  # father and son: the one the headline names, else the one named most
        titled = {k for k in found if any(ctx.doc.zone_of(a) in ("title", "teaser")
                                          for a, _b in ctx.mentions.entities[k].mentions)}
        found = titled if len(titled) == 1 else found
        counts = sorted(((len(ctx.mentions.entities[k].mentions), k) for k in found), reverse=True)
        if len(counts) > 1 and counts[0][0] > counts[1][0]:
            found = {counts[0][1]}
    return found.pop() if len(found) == 1 else None


_BIO_WORDS = re.compile(r"\bclasse\s+(?:19|20)\d\d\b|\bnat[oa]\s+(?:a|ad|il|nel)\b", re.I)
_BIO_OPENING = re.compile(r"\s*(?:[A-ZÀ-Ý][a-zà-ù]+\s*,\s*)?(?:(?:nat[oa]|cresciut[oa])\s+(?:a|ad|il|nel)\b|classe\s+\d{4}\b)",
                          re.I)  # 'Fiorentino, nato il 18 luglio 1967, l'ex difensore ...', 'Classe 1954, ...'


def _closing_name(ctx: Context, s: Sentence) -> str | None:
    """The person named last, at the very end of the paragraph before s ('..., Leonardo Semplici.'), if the
    headline names him too."""
    if s.index == 0:
        return None
    prev = ctx.sentences[s.index - 1]
    last = max(prev.people, key=lambda p: p.span[1], default=None)
    if last is None or last.how == "anaphor" or not re.fullmatch(r"[\s.»”\"]*", ctx.doc.text[last.span[1]:prev.span[1]]):
        return None
    headline = any(ctx.doc.zone_of(m.span[0]) in ("title", "teaser") for m in ctx.mentions.people if m.key == last.key)
    return last.key if headline else None  # ('..., il suo storico secondo, Andrea Tarozzi.': a name in passing)


def _profile_label(label: str) -> bool:
    """'IL PROFILO – ', 'CHI È - ': a section about one person, not 'LA PARTITA – '."""
    return re.sub(r"\s*[–—-]\s*$", "", label).strip().lower() in words("layout", "profile_labels")


WON_THE = re.compile(r"\b(?:vint[oa]|vinse|vince|vincono|vincendo|vincere|conquistat[oa]|conquista|conquistano|conquistò|"
                     r"conquistando)\s+(?:il|la|lo|l')?\s*$", re.I)  # 'vinse la', 'vincendo la': a win told right before it
NEWS_OF = re.compile(r"(?<!con )(?<!dopo )(?<!prima )(?<!col )\b(?:la|il|l')\s*(?:firma|arrivo|ritorno|esonero|contratto|"
                     r"addio|dimissioni|approdo|ingaggio|promozione|conferma|nomina|ufficialit[àá]|avventura|esperienza|ciclo|gestione|"
                     r"nome|volto|cessione|partenza|trasferimento|passaggio|riscatto|rinnovo|acquisto|"
                     r"carriera(?:\s+(?:in\s+panchina|da\s+allenatore|da\s+calciatore|da\s+giocatore))?)\s+(?:di|del|dello)"
                     r"\s+(?:tecnico\s+|mister\s+)?$", re.I)  # 'è arrivata l'ufficialità di X': the news is about X


_SECTION_LABEL = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý' ]{2,30}\s*[–—-]\s")  # 'IL PROFILO – ', 'CHI È - '
def object_of_verb(text: str, lo: int, pos: int) -> bool:
    """The name at pos is the object of an appointment or sacking verb ('il club ha esonerato X'), text from lo."""
    return bool(_OBJECT_VERB.search(text[max(lo, pos - 70):pos]))


_OBJECT_VERB = re.compile(r"(?<!l')(?<!dell')(?<!all')\b(?:ha|hanno|aveva|avevano)?\s*(?:"
                          r"(?:acquistato|acquistò|acquista|prelevato|prelevò|preleva|ceduto|cedette|cede|venduto|girato|girò|"
                          r"tesserato|riscattato|riscatta|riscattò|prestato|prestò)\s+(?:a\s+titolo\s+definitivo\s+|in\s+prestito\s+|"
                          r"(?:dal|dalla|dall')\s*[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)?\s+|"
                          r"(?:per|a)\s+\w+\s+milioni(?:\s+di\s+euro)?\s+)?(?:(?:l'|il\s+|la\s+|lo\s+)(?:(?:giovane|forte|talentuoso|esperto)\s+)?"
                          r"(?:attaccante|difensore|centrocampista|portiere|terzino|esterno|giocatore|calciatore|calciatrice|"
                          r"centravanti|trequartista|regista|mediano|fantasista|laterale|bomber|capitano|classe\s+\d{4})\s+)?|"
                          r"(?:prolungato|rinnovato|blindato|allungato)\s+(?:fino\s+al\s+\d{4}\s+)?(?:il\s+)?(?:contratto|accordo|"
                          r"rapporto)\s+(?:fino\s+al\s+\d{4}\s+)?(?:di|del|dell'|della|con)\s*(?:(?:attaccante|difensore|"
                          r"centrocampista|portiere|terzino|esterno|giocatore|calciatore|calciatrice|capitano|tecnico|allenatore)\s+)?|"
                          r"si\s+affida\s+(?:a|ad|al|alla|all')\s*(?:(?:traghettatore|tecnico|allenatore|allenatrice|vice|mister|"
                          r"giovane|esperto)\s+(?:(?:della|del)\s+Primavera\s+)?)?|"
                          r"(?:scelto|ingaggiato|richiamato|esonerato|sollevato|"
                          r"chiamato|promosso|nominato|ufficializzato|annunciato|confermato|puntato\s+su|riabbracciato|accolto|"
                          r"(?:ufficializzato|annunciato)\s+(?:il\s+ritorno|l'arrivo|l'ingaggio|l'acquisto)\s+di|"
                          r"(?:affidato|affida)\s+(?:la\s+(?:panchina|squadra|guida(?:\s+tecnica)?)\s+(?:(?:della|del)\s+prima\s+squadra\s+)?)?a|"
                          r"(?:annunciato|comunicato|ufficializzato|reso\s+noto|annuncia|comunica|ufficializza|rende\s+noto)\s+che|esonerò|esonera|sceglie|ingaggia|richiama|"
                          r"affidata\s+(?:ad\s+interim\s+)?(?:a|al|alla)|affida\s+(?:la\s+panchina\s+)?a|"
                          r"(?:la\s+squadra|la\s+panchina|la\s+guida(?:\s+tecnica)?)\s+(?:passa|passerà|è\s+passata|va)\s+"
                          r"(?:ad\s+interim\s+)?(?:a|ad|al|alla))\s+|"
                          r"(?:sarà|saranno|verrà|verranno|viene|vengono|è\s+stat[oa]|sono\s+stat[ie]|era|erano|fu|furono|"
                          r"era\s+stat[oa]|è|è\s+ora)\s+"
                          r"(?:guidat|allenat|affidat|gestit)[aoie]\s+(?:ad\s+interim\s+)?(?:da\s+|dal\s+|dalla\s+|dall')"
                          r"(?:(?:traghettatore|tecnico|allenatore|allenatrice|vice|mister)\s+(?:(?:della|del)\s+Primavera\s+)?)?|"
                          r"(?:ceduto|girato|prestato|venduto|mandato)\s+(?:in\s+prestito\s+|a\s+titolo\s+definitivo\s+)?"
                          r"(?:al|alla|all'|allo)\s*[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)?\s+(?:l'|il\s+|la\s+)?"
                          r"(?:(?:attaccante|difensore|centrocampista|portiere|terzino|esterno|giocatore|calciatore|"
                          r"calciatrice|giovane|classe\s+\d{4})\s+)?|"  # 'ha girato in prestito al Cittadella l'attaccante X'
                          r"(?:risolto|rescisso)\s+(?:consensualmente\s+)?il\s+(?:contratto|rapporto)\s+con\s+"
                          r"(?:(?:il\s+tecnico|l'allenatore|l'allenatrice|il\s+mister)\s+)?|(?:raggiunto|trovato)\s+con\s+|"
                          r"(?<!dopo\s)(?:l'esonero|le\s+dimissioni)\s+(?:di\s+|del\s+|dell')"
                          r"(?:(?:tecnico|allenatore|allenatrice|mister)\s+)?)"
                          r"(?:(?:oggi|ieri|stamattina|stamane|stasera|ufficialmente|anche|già|infine|nella\s+notte|in\s+serata|"
                          r"in\s+mattinata|nel\s+pomeriggio|questa\s+mattina|nelle\s+ultime\s+ore)\s+)?"  # 'ha esonerato oggi X'
                          r"(?:dall'incarico\s+(?:di\s+(?:allenatore|tecnico|responsabile\s+tecnico|direttore\s+sportivo)\s+"
                          r"(?:della\s+prima\s+squadra\s+)?)?|dalla\s+guida\s+tecnica\s+(?:della\s+prima\s+squadra\s+)?|"
                          r"dalla\s+panchina\s+)?"
                          r"(?:il\s+tecnico\s+|l'allenatore\s+|(?:tecnico|allenatore)\s+(?:della|del|dell')\s*\w+(?:\s+\w+)?,\s+)?$",
                          re.IGNORECASE)


_WANTED_HIM = re.compile(r"\s+(?:(?:gli|le)\s+(?:affidò|affida|ha\s+affidato|aveva\s+affidato|ha\s+regalato|regalò|regala|concesse|concede|"
                         r"ha\s+concesso|diede|ha\s+dato)\b|"  # ('Marcello Lippi gli ha regalato l'esordio in Nazionale')
                         r"(?:lo|la|l')\s*(?:volle|vuole|chiamò|chiama|portò|porta|prese|ingaggiò|scelse|lanciò|lancia|manda|mandò|"
                         r"ha\s+mandat[oa]|getta|gettò|"
                         r"fece\s+esordire|ha\s+volut[oa]|ha\s+chiamat[oa]|ha\s+portat[oa]|ha\s+lanciat[oa]|aveva\s+volut[oa]|"
                         r"aveva\s+chiamat[oa]|aveva\s+portat[oa]|esonerò|esonera|sollevò|licenziò|cacciò|ha\s+esonerato|"
                         r"aveva\s+esonerato)\b)")  # ('il presidente Corrado Ferlaino lo esonerò il 22 aprile 1997')
def wanted_him(text: str, pos: int) -> bool:
    """Right after a name, or after an apposition to it, a clitic object and a verb of choosing: 'Helenio Herrera lo
    volle', 'Stefano Braghin, responsabile del calcio femminile bianconero, l'ha chiamata'."""
    if _WANTED_HIM.match(text, pos):
        return True
    aside = re.match(r",\s+[^,.;:«»\"]{3,70},", text[pos:pos + 80])
    return aside is not None and bool(_WANTED_HIM.match(text, pos + aside.end()))


_SUBJECT_AFTER = re.compile(r"\s*(?:,\s*(?:che|però|invece|intanto|dal canto suo|infatti)\b|\s(?:ha|è|si|era|aveva|"
                            r"viene|fu|sarà|avrà|resta|torna|lascia|diventa|firma|arriva|approda|guida|allena|"
                            r"vince|passa|non)\b)")


SPEAKER_AFTER_QUOTE = re.compile(r"[»”\"]\s*,?\s*(?:ha|aveva)\s+(?:scritto|detto|dichiarato|spiegato|commentato|aggiunto|"
                                  r"raccontato|ammesso|sottolineato|twittato|postato)\s+(?:(?:il|l')\s*\w+\s+)?$")
_OWNER_OF = re.compile(r"\b(?:il\s+)?(?:contratto|mandato|rinnovo)\s+"
                       r"(?:di|del|della|dello|dell')\s*(?:(?:ct|c\.t\.|tecnico|allenatore|allenatrice|mister|presidente|"
                       r"ds|direttore\s+sportivo|capitano|capitana)\s+)?$", re.IGNORECASE)
_VERB_FIRST = re.compile(r"\s*(?:(?:ora|poi|adesso|oggi|qui|lì|e|ma|così|già|intanto)\s+)*"
                         r"(?:(?:nello|nel|nella|negli|a|al|alla|in|sulla|sul)\s+\w+\s+)?(?:ritrova|ritroverà|ritrovava|"
                         r"troverà|trova|raggiunge|raggiungerà|sfida|sfiderà|affronta|affronterà|incontra|incontrerà|"
                         r"riabbraccia|riabbraccerà|ritroverebbe|saluta|ringrazia)\s+(?:anche\s+|subito\s+|di\s+nuovo\s+)?"
                         r"(?:(?:il|lo|la|l'|i|gli|le|suo|sua|un|una)\s*(?:suo\s+|sua\s+|vecchio\s+|vecchia\s+)?[a-zà-ù]+\s+)?",
                         re.IGNORECASE)  # ('Nello spogliatoio troverà il figlio Dimitri Bisoli': the object)


def is_primary(text: str, p: Mention, clause_start: int) -> bool:
    """A person in subject position: early in the clause or right before a verb, not after 'di'."""
    if WANTED_BY.search(text[clause_start:p.span[0]]):
        return False  # 'Nel 2006 mi ha chiamato Enrico Preziosi al Genoa': the sentence is about 'mi'
    if p.how == "anaphor":  # 'per l'ex di turno, in azzurro dal 2016 al 2021': the clause's head
        return bool(re.fullmatch(r"\s*(?:e\s+|ma\s+|per\s+|mentre\s+)?", text[clause_start:p.span[0]]))
    if SPEAKER_AFTER_QUOTE.search(text[max(clause_start, p.span[0] - 40):p.span[0]]):
        return True  # '«Ciao Mister, grazie ...», ha scritto Mancini sui social': the one who speaks
    if _OWNER_OF.search(text[max(clause_start, p.span[0] - 45):p.span[0]]):
        return True  # 'il contratto della ct Milena Bertolini ... è in scadenza': hers
    if _INTRODUCED.fullmatch(text, clause_start, p.span[0]):
        return True  # 'A cominciare da Cristiana Girelli, nata ...: cresciuta ...', 'Stesso passaggio per X, classe 1991: ...'
    if re.fullmatch(r"\s*(?:(?:e|ma|poi|anche|invece)\s+)?(?:(?:da|come)\s+(?:allenatore|allenatrice|giocatore|calciatore|"
                    r"calciatrice|giocatrice|tecnico|capitano|capitana|ct|vice|dirigente|presidente|ds|direttore\s+sportivo)"
                    r"|in\s+campo|in\s+panchina)\s*,?\s*", text[clause_start:p.span[0]], re.I):
        return True  # 'Da allenatore Mario Rossi ha vinto ...': his capacity, not someone he is 'of'
    capacity = re.search(r"(?:^|[^\w'])(\w+)\s+(?:da|come)\s+(?:allenatore|allenatrice|giocatore|calciatore|calciatrice|"
                         r"giocatrice|tecnico|capitano|dirigente|presidente|ds|direttore\s+sportivo)\s*,?\s*$",
                         text[max(clause_start, p.span[0] - 60):p.span[0]], re.I)
    if capacity and not re.search(r"(?:at[oaie]|it[oaie]|ut[oaie]|oss[oa]|ess[oa])$", capacity.group(1), re.I):
        return True  # 'Nel suo curriculum da allenatore Carlo Ancelotti vanta ...': his capacity, not 'scelto da'
    if _GENITIVE.search(text[max(clause_start, p.span[0] - 24):p.span[0]]) \
            or _DATIVE_TITLE.search(text[max(clause_start, p.span[0] - 34):p.span[0]]):
        return False  # ('Poi i ringraziamenti al presidente Claudio Lotito': whom he thanks)
    if re.search(r"(?:^|[\s,(])(?:con|insieme\s+a|assieme\s+a)\s+$", text[max(clause_start, p.span[0] - 14):p.span[0]]) \
            and p.span[0] - clause_start > 12:
        return False  # '... il triennio al Brescia, con Roberto Baggio in campo': a companion, not the subject
    if _STAFF_NAMES.search(text[max(clause_start, p.span[0] - 200):p.span[0]]):
        return False  # '... anche i componenti del suo staff, Roberto Baronio, ... e Raffaele Clemente': a list, not a subject
    if _AGENT_TITLE.search(text[max(clause_start, p.span[0] - 40):p.span[0]]):
        return False  # '... chiamato dal presidente Urbano Cairo e dal direttore tecnico Davide Vagnati': who chose him
    if re.search(r"\b(?:subentrat[oa]|succedut[oa]|subentra|succede|subentrò|succedette|subentrerà)\b[^,.;]{0,40}\b(?:a|ad|al)\s+$",
                 text[max(clause_start, p.span[0] - 70):p.span[0]]):
        return False  # 'Al Pontedera era subentrato nell'ottobre 2022 a Pasquale Catalano': the predecessor
    if re.search(r"\b(?:un|una)\s+$", text[max(clause_start, p.span[0] - 5):p.span[0]]):
        return False  # 'far esordire un Roberto Mancini di sedici anni': a name with an article is an object
    if _VERB_FIRST.fullmatch(text[clause_start:p.span[0]]):
        return False  # 'Ora ritrova Simone Inzaghi, che lo aveva allenato': the object of an unnamed subject's verb
    if re.search(r"\b(?:con|di|del|a|al|da|dal|per|tra|fra)\s+(?:[A-ZÀ-Ý][\w'’]+\s+){1,3}(?:in\s+\w+\s+)?e\s+$",
                 text[max(clause_start, p.span[0] - 50):p.span[0]]):
        return False  # 'con Leonardo Bonucci e Giorgio Chiellini': both after 'con'
    if _VERB_OPENS.match(text, clause_start) and re.match(r"\s*(?:[.;!]|$)", text[p.span[1]:p.span[1] + 3]):
        return True  # 'Passa all'Aston Villa in prestito ... l'esterno del Galatasaray Nicolò Zaniolo.': the subject, last
    return p.span[0] - clause_start <= 60 or bool(_SUBJECT_AFTER.match(text, p.span[1]))


_VERB_OPENS = re.compile(r"\s*(?:Ufficiale\s*:\s*)?(?:passa|arriva|lascia|saluta|firma|torna|approda|va|vola|sbarca|rinnova|"
                         r"resta|rimane|riparte|ritorna|si\s+trasferisce|cambia\s+maglia|si\s+accasa)\b", re.I)


_STAFF_NAMES = re.compile(r"\b(?:staff|collaboratori|assistenti)(?:\s+tecnic[oi])?\s*[,:]\s*"
                          r"(?:(?:il|la|l')\s*(?:[a-zà-ù]+\s+){1,3})?"  # ('al suo staff, il vice Andrea Milani, ...')
                          r"(?:[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)*\s*(?:,|\be\b|\bed\b)\s*"
                          r"(?:(?:il|la|l')\s*(?:[a-zà-ù]+\s+){1,3})?)*$")
_AGENT_TITLE = re.compile(r"\b(?:da|dal|dalla|dall'|dai|dagli)\s*(?:nuov[oa]\s+|su[oa]\s+)?(?:presidente|patron|proprietario|"
                          r"direttore(?:\s+(?:sportivo|tecnico|generale))?|ds|dg|amministratore\s+delegato|"
                          r"tecnico|allenatore|ct|mister)\s+$", re.I)
_INTRODUCED = re.compile(r"\s*(?:(?:a\s+cominciare|a\s+partire|partendo)\s+da|(?:[A-ZÀ-Ý]\w+\s+\w+\s+(?:\w+\s+){0,3})?per)"
                         r"\s+(?:(?:il|lo|la|l')\s*(?:\w+\s+){0,2})?", re.IGNORECASE)
_DESC_START = re.compile(r"\s*(?:(?:per|con|a|ma|e|poi)\s+|(?:nel|nella|al|alla|in|dopo|durante)\s+\w+(?:\s+\w+)?\s*,?\s+"
                         r"|(?:[A-ZÀ-Ý]\w+\s+(?:le|gli|i|il|la)\s+\w+(?:\s+\w+){0,3},\s+)"
                         r"|(?:[A-ZÀ-Ý]\w+[oaie](?:\s+(?:ma|e|però)\s+\w+[oaie])?\s+(?=(?:il|lo|la|l')\s*\w))"  # 'Amaro ma lucido l'allenatore'
                         r")?(?:il|lo|la|l'|al|allo|alla|all'|dal|dallo|dalla|"
                         r"dall'|del|dello|della|dell'|sul|sull'|sulla|sullo|col)\s*(?:nuovo\s+|ex\s+|giovane\s+|vecchio\s+)?"
                         r"(\w+(?:\s+\w+)?)(?=\s|,)", re.IGNORECASE)


def _aside_or_kin(text: str, p: Mention) -> bool:
    """A person named in brackets, or as a relative ('il padre X'): not whom the sentence is about."""
    return bool(_kin_before().search(text[max(0, p.span[0] - 24):p.span[0]])
                or re.search(r"\([^()]*$", text[max(0, p.span[0] - 80):p.span[0]]))


@lru_cache(maxsize=1)
def _kin_before() -> re.Pattern[str]:
    kin = "|".join(re.escape(w) for w in words("text", "kin_same_surname") + words("text", "kin_other"))
    return re.compile(rf"\b(?:il|la|suo|sua|del|della|al|alla|dal|dalla)\s+(?:{kin})\s+$", re.I)


def described_subject(ctx: Context, s: Sentence, a: int, fits=None, reach: bool = False) -> str | None:
    """'Il tecnico jesino ...', 'Per l'ex centrocampista ...': the person named most recently (outside quotes)
    in the two sentences before, unless nobody was; then the article's protagonist. With reach, when nobody
    named there fits, the last one further up (six sentences) who does."""
    m = _DESC_START.match(ctx.doc.text, a)
    if not m or not _describes(m.group(1)):
        return None
    prev = [x for x in ctx.sentences if x.index in (s.index - 1, s.index - 2)]
    mentioned = [p for x in prev for p in x.people if p.how != "anaphor"]
    mentioned += [p for p in s.people if p.span[1] <= a and p.how != "anaphor"]
    mentioned = [p for p in mentioned if not _aside_or_kin(ctx.doc.text, p)]
    # ('figlio d'arte (il padre Miguel Reina difendeva ...), il numero uno': not the father in brackets)
    mentioned.sort(key=lambda p: -p.span[0])
    primary = [p.key for p in mentioned if (is_primary(ctx.doc.text, p, _sentence_start(ctx, p.span[0]))
                                            or NEWS_OF.search(ctx.doc.text[max(0, p.span[0] - 34):p.span[0]]))
               and not wanted_him(ctx.doc.text, p.span[1])]  # 'Herrera lo volle ...: il terzino' is not Herrera
    # ('è arrivata l'ufficialità di X. Per il tecnico ...': X, whom the news is about)
    topic = next((x.subject for x in sorted(prev, key=lambda x: -x.index) if x.subject), None)
    prot = ctx.protagonist
    named = [p.key for p in mentioned if not _STAFF_NAMES.search(ctx.doc.text[max(0, p.span[0] - 200):p.span[0]])]
    # (a staff listed by name is not whom a description points back to)
    lead = [prot] if not primary and not topic and prot in named else []  # 'la squadra di A ha battuto l'Inter di B. Il tecnico'
    last_s = next((x for x in prev if x.index == s.index - 1), None)
    speakers = [p.key for p in (last_s.people if last_s else []) if p.how != "anaphor" and last_s and last_s.in_quote
                and re.search(r"[»”\"]\s*(?:[-–—]|,)\s*(?:\w+\s+){0,2}$", ctx.doc.text[max(0, p.span[0] - 30):p.span[0]])]
    # ('«...» – spiega Inzaghi – «...». Il tecnico piacentino ...': the one who just spoke)
    order = list(dict.fromkeys(speakers[-1:] + primary + ([topic] if topic else []) + lead + named))
    desc = m.group(0)
    team_ids = tuple(t.key for t in ctx.mentions.teams if a <= t.span[0] < a + len(desc) + 12
                     and not re.search(r"\b(?:di|da)\s+$", ctx.doc.text[max(0, t.span[0] - 4):t.span[0]]))
    # 'il ragazzo rossonero', 'il tecnico del Latina' name a club; 'l'allenatore di Latina' names a town
    cands = order + ([prot] if prot and prot not in order else [])
    head_before = [z for z in ctx.doc.zones if z.kind in ("heading", "subheading") and z.span[1] <= a
                   and not ctx.doc.text[z.span[1]:a].strip()]
    headed = _heading_person(ctx, ctx.doc.text[head_before[-1].span[0]:head_before[-1].span[1]]) if head_before else None
    first = headed or prot  # ('CHI È CONCEIÇÃO' then 'Nato a Coimbra ..., il nuovo allenatore': the man the heading names)
    if first and a == s.span[0] and head_before and cands[0] != first:
        cands = [first] + [k for k in cands if k != first]  # a section of a profile opening with a description: its subject
    cands = [k for k in cands if fits is None or fits(k, desc, team_ids)]
    if not cands and fits is not None and reach:  # nobody just named fits: the last one further up who does ('Sull'attaccante
        further = [p for x in ctx.sentences[max(0, s.index - 8):max(0, s.index - 2)] for p in x.people  # francese, ...')
                   if p.how != "anaphor" and not _aside_or_kin(ctx.doc.text, p)]
        origin0 = _origin(desc)
        cands = [k for k in dict.fromkeys(p.key for p in sorted(further, key=lambda p: -p.span[0]))
                 if fits(k, desc, team_ids) and (origin0 is None or _known_origin(ctx, k, s.index, a) in (None, origin0))][:1]
    holders: list[str] = getattr(fits, "strong", lambda *_: [])(desc, team_ids, s.span)
    if len(holders) == 1 and (not cands or cands[0] != holders[0]):
        cands = holders + [k for k in cands if k != holders[0]]  # the one coach of that club the article told
    gone_here = [p.key for p in s.people if p.span[1] <= a and ":" in ctx.doc.text[p.span[1]:a] and re.search(
        r"\b(?:dimissioni|esonero|addio|partenza|licenziamento)\s+(?:\w+\s+)?(?:di|del|dell')\s+$",
        ctx.doc.text[max(s.span[0], p.span[0] - 40):p.span[0]])]
    introduced = [p.key for p in s.people if p.span[1] <= a and re.fullmatch(r"\s*:\s*", ctx.doc.text[p.span[1]:a])]
    if introduced and introduced[-1] in cands and not gone_here:
        gone_here = introduced  # '... ha salutato Juan Musso: il portiere argentino, arrivato ...': the one just named
    pinned = bool(gone_here and gone_here[-1] in cands)  # named right before: no earlier habit outweighs it
    if gone_here and gone_here[-1] in cands:  # '... due giorni dopo le dimissioni di Fabio Gallo: il tecnico era arrivato'
        cands = [gone_here[-1]] + [k for k in cands if k != gone_here[-1]]
    elif has_any(s.text, words("stints", "end")) and s.index > 0:  # 'X prende il posto di Y. Il tecnico ... ha lasciato'
        prev_s = ctx.sentences[s.index - 1]
        gone = [p.key for p in prev_s.people if re.search(
            r"\b(?:posto\s+(?:di|del|dell')|eredità\s+di|sostituire|sostituisce|dopo)\s+(?:\w+\s+)?$",
            ctx.doc.text[max(prev_s.span[0], p.span[0] - 30):p.span[0]])]
        if gone and gone[-1] in cands:
            cands = [gone[-1]] + [k for k in cands if k != gone[-1]]
    origin = _origin(desc)
    if origin:  # 'il tecnico francese ...: l'allenatore toscano' is someone else
        cands = [k for k in cands if _known_origin(ctx, k, s.index, a) in (None, origin)]
        earlier = [x.subject for x in ctx.sentences[max(0, s.index - 6):s.index] if x.subject]
        known = [k for k in dict.fromkeys(cands + earlier[::-1]) if _known_origin(ctx, k, s.index, a) == origin]
        cands = known + [k for k in cands if k not in known]  # 'Il centravanti polacco ... alternativa a Dusan
        # Vlahovic ... Per il polacco è un ritorno': the one already called Polish
    if not cands:
        return None
    group = _group_words(desc)
    if group and _group_words("calciatore") == group:  # only player descriptions: coach words are everywhere
        head = [w for w in [has_any(desc, group)] if w]  # the very noun ('l'ex bomber'), not any word of players

        def affinity(k: str) -> int:
            return sum(1 for x in ctx.sentences[:s.index] if x.subject == k and has_any(x.text, head) is not None)
        best = max(cands, key=affinity)
        if affinity(best) > affinity(cands[0]) and not pinned:
            return best  # 'l'ex bomber': the one the article called an attacker before
    return cands[0]


@lru_cache(maxsize=1)
def description_words() -> list[str]:
    """Words a description of a person is made of: roles and epithets, and where the person comes from."""
    return words("text", "person_descriptions") + words("text", "origins")


def _describes(head: str) -> bool:
    """'tecnico', 'ex bomber', 'portoghese' (an origin only in lower case: 'il Veneto' is a region)."""
    return bool(has_any(head, words("text", "person_descriptions"))
                or (head.islower() and has_any(head, words("text", "origins")))
                or re.fullmatch(r"(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta)\w*enne", head.split()[0].lower()))
    # 'il cinquantanovenne di Nemours': an age stands for the person


def _origin(desc: str) -> str | None:
    found = has_any(desc, words("text", "origins"))
    return found.lower() if found else None


def _known_origin(ctx: Context, key: str, upto: int, pos: int) -> str | None:
    """The origin an earlier description gave this person ('Il tecnico francese era arrivato ...')."""
    for x in reversed(ctx.sentences[:upto + 1]):
        if x.subject != key or x.span[0] >= pos:
            continue
        m = _DESC_START.match(ctx.doc.text, x.span[0])
        if m and _describes(m.group(1)):
            found = _origin(m.group(0))
            if found:
                return found
    return None


def national_of(ctx: Context, key: str) -> str | None:
    """The senior national side of a person the article calls by a nationality ('il tedesco', 'l'olandese')."""
    origin = _known_origin(ctx, key, len(ctx.sentences) - 1, len(ctx.doc.text))
    if not origin:  # 'Con i nerazzurri, fino al 1992, il tedesco ha messo insieme uno scudetto'
        alts = "|".join(re.escape(o) for o in words("text", "origins"))
        told = (re.search(rf"\b(?:il|lo|l')\s*({alts})\s+(?:ha|è|aveva|era|fu|si|non)\b", x.text, re.I)
                for x in ctx.sentences if x.subject == key)
        origin = next((m.group(1).lower() for m in told if m), None)
    return _national_by_demonym().get(origin) if origin else None


@lru_cache(maxsize=1)
def _national_by_demonym() -> dict[str, str]:
    """'tedesco' -> 'germania': each senior men's national side by its demonyms."""
    out: dict[str, str] = {}
    for t in teams().values():
        if t.type == "national" and not is_womens(t) and not re.search(r"\bUnder\b", t.name):
            for d in t.demonyms:
                out.setdefault(d.lower(), t.id)
    return out


def _group_words(desc: str) -> list[str]:
    from ..knowledge import lexicon
    for ws in lexicon()["descriptions"].values():
        if has_any(desc, list(ws)):
            return list(ws)
    return []


def _sentence_start(ctx: Context, pos: int) -> int:
    for x in ctx.sentences:
        if x.span[0] <= pos < x.span[1]:
            return x.span[0]
    return 0


def protagonist(doc: Document, mentions: Mentions) -> str | None:
    """The person the article is about: the first named in title or teaser, else the most named."""
    head = [z.span for z in doc.zones if z.kind in ("title", "teaser")]
    def owned(p: Mention) -> bool:  # 'l'Inter di Inzaghi', 'il vice di Conte': someone else's story
        before = doc.text[max(0, p.span[0] - 24):p.span[0]]
        if re.search(r"\b(?:il|l')\s*(?:dopo|post|anti)-\s*$", before, re.I):
            return True  # 'Sampdoria, il dopo-Pirlo si chiama Sottil': the successor's story
        if not _GENITIVE.search(before):
            return False
        own = has_any(before, words("text", "own_story_nouns"))  # 'è il giorno di Cannavaro': his day, his story
        return not (own and re.search(rf"\b{re.escape(own)}\s+(?:di|del)\s+$", before.lower()))
    for p in mentions.people:
        if any(a <= p.span[0] < b for a, b in head) and not owned(p):
            ent = mentions.entities.get(p.key)
            total = sum(len(e.mentions) for e in mentions.entities.values())
            if ent and (len(ent.mentions) >= 0.2 * total or (len(ent.mentions) >= 2 and doc.zone_of(p.span[0]) == "title")):
                return p.key
    if not mentions.entities:
        return None
    best = max(mentions.entities.values(), key=lambda e: len(e.mentions))
    total = sum(len(e.mentions) for e in mentions.entities.values())
    return best.key if len(best.mentions) >= 3 and len(best.mentions) >= 0.35 * total else None


@lru_cache(maxsize=4096)
def _phrase_rx(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p.lower()) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(r"(?<![\w])(?=(" + alts + r")(?![\w]))")


def has_any(text: str, phrases: list[str]) -> str | None:
    """The longest phrase of the list found in text (word boundaries, case-insensitive)."""
    if not phrases:
        return None
    best: str | None = None
    for m in _phrase_rx(tuple(phrases)).finditer(text.lower()):
        if best is None or len(m.group(1)) > len(best):
            best = m.group(1)
    return best


def find_all(text: str, phrases: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence (start, end, phrase) of the phrases in text, case-insensitive."""
    if not phrases:
        return []
    return [(m.start(), m.start() + len(m.group(1)), m.group(1))
            for m in _phrase_rx(tuple(phrases)).finditer(text.lower())]


@lru_cache(maxsize=1)
def role_words() -> dict[str, list[str]]:
    from ..knowledge import lexicon
    return {k: list(v) for k, v in lexicon()["roles"].items()}


__all__ = ["Context", "Sentence", "build", "has_any", "find_all", "object_of_verb", "role_words", "words"]
