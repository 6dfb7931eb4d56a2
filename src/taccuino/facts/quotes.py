"""Direct quotes and their speakers."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import teams, words
from ..mentions import nicknames_of
from ..model import Quote
from .context import SINGLE_QUOTED, Context, description_words, has_any

_PAIRS = re.compile(r"«([^»\n]{3,}?)»|“([^”\n]{3,}?)”|\"([^\"\n]{3,}?)\"|„([^“\n]{3,}?)“|" + SINGLE_QUOTED.pattern
                    + r"|<<([^>\n]{3,}?)>>|«([^»”\n]{3,}?)”|“([^”»\n]{3,}?)»|«([^»”\n]{12,}?)[ \t]*$", re.M)
# (pages mix their marks: '<<...>>', '«...”', and a quote whose closing mark the page lost at the paragraph's end)
_GROUPS = _PAIRS.groups


def extract(ctx: Context, stints: list | None = None) -> list[Quote]:
    text = ctx.doc.text
    out: list[Quote] = _answers(ctx)
    prev: Quote | None = None
    for m in _PAIRS.finditer(text):
        g = next(i for i in range(1, _GROUPS + 1) if m.group(i) is not None)
        s, e = m.span(g)
        inner = text[s:e].strip()
        if len(inner.split()) < 3 or _is_title_like(inner) or _work_title().search(text, max(0, m.start() - 40), m.start()):
            continue  # ('il suo libro «Il leader calmo»': a title, not speech)
        speaker, rule = _speaker(ctx, m.start(), m.end(), s, e, stints or [], prev)
        if (speaker is None or rule == "quote.topic") and prev is not None and prev.speaker \
                and _continues(ctx, prev, m.start()):
            speaker, rule = prev.speaker, "quote.continues"
        q = Quote(speaker, text[s:e], s, e, rule, 0.8 if speaker else 0.4)
        out.append(q)
        prev = q
        out.extend(_nested(ctx, s, e, speaker))
    return out


_INNER = re.compile(r"‘([^’\n]{3,}?)’|\"([^\"\n]{3,}?)\"")
_SAID_TO_US = re.compile(r"\b(?:(?:ci|mi|gli|le|vi)\s+)?(?:ha|aveva|avevano|hanno)\s+(?:detto|ripetuto|urlato|chiesto|spiegato)\s*:?\s*$|"
                         r"\b(?:(?:ci|mi|gli|le|vi)\s+)?(?:disse|diceva|ripeteva|urlò|chiese)\s*:?\s*$", re.I)


def _nested(ctx: Context, s: int, e: int, outer_speaker: str | None) -> list[Quote]:
    """A quote inside a quote, of someone the speaker names: '«Prima della partita Simone Inzaghi ci ha detto
    ‘giocate liberi di testa’ e così abbiamo fatto»' — the inner words are Inzaghi's."""
    text = ctx.doc.text
    out = []
    for m in _INNER.finditer(text, s, e):
        g = 1 if m.group(1) is not None else 2
        said = _SAID_TO_US.search(text, max(s, m.start() - 30), m.start())
        if not said:
            continue
        who = [p for p in ctx.mentions.people if s <= p.span[0] < said.start() and said.start() - p.span[1] <= 25
               and p.how != "anaphor"]
        if who and ctx.name_of(who[-1].key) != outer_speaker:
            a, b = m.span(g)
            out.append(Quote(ctx.name_of(who[-1].key), text[a:b], a, b, "quote.nested", 0.6))
    return out


def _answers(ctx: Context) -> list[Quote]:
    """A question-and-answer interview: each 'R:' paragraph is the interviewee's direct speech."""
    marks = "|".join(re.escape(m) for m in words("quotes", "answer_marks"))
    qmarks = "|".join(re.escape(m) for m in words("quotes", "question_marks"))
    text = ctx.doc.text
    inline = list(re.finditer(rf"(?:(?<=[.?!»”])\s+|^)(?:{marks})\s*(?P<a>[^\n]+?)(?=\s+(?:{qmarks})\s|\s*$|\s*\n)",
                              text, re.M)) if re.search(rf"(?:^|[.!?»”]\s+)(?:{qmarks})\s[^\n]*?\?\s+(?:{marks})\s", text, re.M) else []
    if inline and len(re.findall(rf"(?m)^(?:{qmarks})\s", text)) < 2:
        who = ctx.protagonist  # 'D: Mister, si aspettava una stagione così? R: Sinceramente no, ...' within a paragraph
        if who is None:  # the one person named before the first question ('Claudio Ranieri risponde alle nostre domande')
            first_q = min(m.start() for m in inline)
            named = {p.key for p in ctx.mentions.people if p.span[0] < first_q and p.how != "anaphor"}
            who = named.pop() if len(named) == 1 else None
        return [Quote(ctx.name_of(who) if who else None, m.group("a"), m.start("a"), m.end("a"), "quote.answer",
                      0.7 if who else 0.4) for m in inline if ctx.doc.zone_of(m.start("a")) == "body"]
    if len(re.findall(rf"(?m)^(?:{qmarks})\s", text)) < 2:
        return _unmarked_answers(ctx)
    who = ctx.protagonist
    out = []
    for m in re.finditer(rf"(?m)^(?:{marks})\s*(.+)$", text):
        s, e = m.span(1)
        out.append(Quote(ctx.name_of(who) if who else None, text[s:e], s, e, "quote.answer", 0.8 if who else 0.4))
    if not out:  # 'D:' questions and bare answers: every paragraph after a question, up to the next one
        asked = False
        for m in re.finditer(r"[^\n]+", text):
            line = m.group(0)
            if re.match(rf"(?:{qmarks})\s", line):
                asked = True
                continue
            if not asked or not line.strip() or ctx.doc.zone_of(m.start()) != "body" or len(line.split()) < 4:
                continue
            out.append(Quote(ctx.name_of(who) if who else None, line.strip(), m.start(), m.start() + len(line.strip()),
                             "quote.answer", 0.7 if who else 0.4))
    return out


def _unmarked_answers(ctx: Context) -> list[Quote]:
    """An interview set as prompts and answer paragraphs, with no 'D:'/'R:' and no quote marks: each answer is the
    interviewee's direct speech (see context.unmarked_answers)."""
    from .context import unmarked_answers
    if ctx.protagonist is None:
        return []
    who = ctx.name_of(ctx.protagonist)
    text = ctx.doc.text
    return [Quote(who, text[a:b], a, b, "quote.unmarked_answer", 0.6) for a, b in unmarked_answers(text)
            if ctx.doc.zone_of(a) == "body" and len(text[a:b].split()) >= 4]


_QUOTE_MARK = re.compile(r"[«»“”\"]")


_WORDS_NEXT = re.compile(r"[.!?]?\s+(?:Sono\s+|Così\s+)?(?:(?:le|queste|sono\s+le)\s+)?(?:[Pp]arole|[Ll]o\s+sfogo|[Ll]'analisi|"
                         r"[Ll]a\s+(?:riflessione|promessa|frecciata|stoccata|replica))\s+(?:\w+\s+){0,2}?(?:quelle\s+|quella\s+)?"
                         r"(?:di|del|della|dell')\s*(?:(?:tecnico|allenatore|presidente|capitano|ds|mister)\s+)?")


@lru_cache(maxsize=1)
def _work_title() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in words("quotes", "work_titles"))
    return re.compile(rf"\b(?:{nouns})\s+(?:(?:dal\s+titolo|intitolat[oa])\s+)?(?:[\w']+\s+){{0,2}}$", re.I)


def _is_title_like(inner: str) -> bool:
    """Nicknames and titles in quotes ('gemelli del gol') are not speech."""
    return len(inner.split()) <= 4 and not re.search(r"[.,!?;:]", inner) and inner[:1].islower()


def _continues(ctx: Context, prev: Quote, start: int) -> bool:
    """A quote with no attribution of its own, in the same paragraph as the last one, or opening the next."""
    gap = ctx.doc.text[prev.end:start]
    others = [p for p in ctx.mentions.people if prev.end <= p.span[0] < start
              and ctx.name_of(p.key) != prev.speaker]
    if others:
        return False
    if "\n" not in gap:
        return True
    return len(gap.strip(" ».\"”\n")) < 3


def _speaker(ctx: Context, qs: int, qe: int, s: int, e: int, stints: list,
             prev: Quote | None = None) -> tuple[str | None, str]:
    text = ctx.doc.text
    verbs = words("quotes", "speech_verbs")
    if ctx.protagonist and any(x.answer and x.span[0] <= qs < x.span[1] for x in ctx.sentences):
        return ctx.name_of(ctx.protagonist), "quote.answer"  # an interview's quoted answer: the interviewee
    # 0. a club's communiqué quoted whole: '«Il Genoa comunica di aver esonerato il tecnico ...»'
    own = next((t for t in ctx.mentions.teams if s <= t.span[0] <= s + 40 and re.fullmatch(
        r"\W*(?:(?:il|la|lo|l'|i)\s*)?(?:[A-ZÀ-Ý][\w.'&-]*\s+){0,3}", text[s:t.span[0]] + " ", re.I)
        and _COMMUNIQUE.match(text, t.span[1])), None)
    if own:
        return teams()[own.key].name, "quote.communique"
    # 1. an interjection inside the quote: "... - dice Carrera - ..."
    for im in re.finditer(r"\s[-–—]\s([^-–—]{3,80}?)\s[-–—](?=[\s,.;:])", text[s:e]):
        if has_any(im.group(1), verbs) or re.match(r"\s*(?:le\s+parole|parola|il\s+pensiero|lo\s+sfogo)\s+(?:di|del|dell')",
                                                    im.group(1), re.I):  # '- le parole di Fàbregas -'
            who = _person_in(ctx, s + im.start(1), s + im.end(1))
            if who:
                return who, "quote.interjection"
            desc = _described(ctx, qs, im.group(1), stints, prev, qe)
            if desc:
                return desc, "quote.interjection.description"
            topic = _topic_at(ctx, qs)
            if topic:
                return topic, "quote.interjection.topic"
    # 2. a club's or federation's statement: '... con una nota del club: "...", si legge nella nota diffusa dalla FIGC'
    after_end = _clause_end(text, qe)
    after = text[qe:after_end]
    sent_start = _clause_start(text, qs)
    before = text[sent_start:qs]
    if prev and prev.speaker and _GOES_ON.fullmatch(before) and qs - prev.end < 400:
        return prev.speaker, "quote.goes_on"  # '... ha raccontato la difensore. E ancora: «...»'
    if before.rstrip().endswith(":"):
        head = next((p for p in ctx.mentions.people if sent_start <= p.span[0] <= sent_start + 2 and p.how != "anaphor"
                     and text[p.span[1]:p.span[1] + 2].startswith(",")), None)
        if head and re.search(r",\s+(?:non\s+)?\w+\s+(?:\w+\s+){0,3}$", before.rstrip()[:-1] + " "):
            return ctx.name_of(head.key), "quote.before.head"  # 'Mandelli, promosso ... al posto di X ..., non cerca alibi:'
        who = _subject_before(ctx, max(sent_start, qs - 70), qs) if not _named_list(ctx, sent_start, qs) else None
        if who:
            return who, "quote.before"
    spoken = _SPOKEN_BY.match(text, qe)
    who_after = _person_in(ctx, spoken.end(), spoken.end() + 3) if spoken else None
    words_of = _WORDS_NEXT.match(text, qe)
    if who_after is None and words_of:  # '«...». Parole dure quelle di Daniele De Rossi dopo il ko': the next sentence
        who_after = _person_in(ctx, words_of.end(), words_of.end() + 3)
    if who_after:  # '«...», ha dichiarato Maresca nel comunicato diffuso dal club': the one who speaks in it
        return who_after, "quote.after"
    club = _statement(ctx, before[-90:], after[:90], s, e, qs)
    if club:
        return club, "quote.statement"
    club_said = re.search(r"\b(?:il|anche\s+il|del|dal)\s+club\b([^.;:«»]{0,60}):\s*$", before)
    if club_said and re.search(r",\s+(?:il|la|l'|lo)\s*\w", club_said.group(1)) and has_any(club_said.group(1), description_words()):
        club_said = None  # 'ai canali ufficiali del club, il nuovo direttore ha indicato la strada:': he speaks
    if club_said or re.match(
            r"\W*(?:Ringraziamo|Il\s+club\s+ringrazia|La\s+società\s+ringrazia)\b", text[s:s + 40]):
        from .stints import _main_club
        main = _main_club(ctx)
        if main:  # 'In serata anche il club ha voluto salutarlo sui propri canali: “...”'
            return teams()[main].name, "quote.before.club"
    by_club = next((t for t in ctx.mentions.teams if qe <= t.span[0] < qe + 45 and re.fullmatch(
        r"[\s,]*(?:ha|hanno|aveva)\s+(?:scritto|comunicato|annunciato|twittato|postato|pubblicato)\s+(?:il|la|l'|lo|i)?\s*",
        text[qe:t.span[0]])), None)
    if by_club:  # '«Un giocatore magnifico ...», ha scritto l'Inter sui propri canali'
        return teams()[by_club.key].name, "quote.after.club"
    if has_any(after[:80], verbs) or has_any(after[:60], words("quotes", "statement_words")):
        who = _person_in(ctx, qe, after_end)
        if who:
            return who, "quote.after"
        desc = _described(ctx, qs, after[:80], stints, prev, qe)
        if desc:
            return desc, "quote.after.description"
        if prev and prev.speaker and qs - prev.end < 300 and "\n" not in text[prev.end:qs]:
            return prev.speaker, "quote.after.previous_speaker"
        topic = _topic_at(ctx, qs)
        if topic:
            return topic, "quote.after.topic"
    # 3. before the quote, in the same sentence, ending with ':' or a speech verb
    if before.rstrip().endswith(":") or has_any(before[-60:], verbs):
        who = _subject_before(ctx, sent_start, qs)
        if who:
            return who, "quote.before"
        desc = _described(ctx, qs, before[-160:], stints, prev, qe)
        if desc:
            return desc, "quote.before.description"
        topic = _topic_at(ctx, qs)
        if topic:
            return topic, "quote.before.topic"
    topic = _topic_at(ctx, qs)
    if topic:
        return topic, "quote.topic"
    return None, "quote.unattributed"


_SPOKEN_BY = re.compile(r"[\s,»”\"']*(?:ha|aveva|avrebbe|hanno)\s+(?:detto|dichiarato|spiegato|aggiunto|raccontato|"
                        r"commentato|sottolineato|ammesso|scritto|confidato)\s+")
_COMMUNIQUE = re.compile(r"(?:\s+\d{4})?(?:\s+(?:S\.?p\.?A\.?|S\.?r\.?l\.?|Calcio|FC|F\.C\.))*\s+(?:comunica|annuncia|rende\s+noto|"
                         r"informa|ufficializza|è\s+lieta\s+di|è\s+lieto\s+di)\b", re.I)
_GOES_ON = re.compile(r"\s*(?:(?:E|Poi|Quindi|Infine|Ma|Anche)\s+)?(?:ancora|poi|infine|anche|"
                      r"su(?:l|lla|ll'|i|gli|lle)?\s*\w+(?:\s+\w+)?|a\s+proposito\s+d\w*\s*\w+)?\s*:\s*", re.I)


def _clause_end(text: str, pos: int) -> int:
    m = re.search(r"[.!?](?:\s|$)|\n|[«“]", text[pos:])
    return pos + (m.start() if m else len(text) - pos)


def _clause_start(text: str, pos: int) -> int:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("» ", 0, pos - 1),
             text.rfind("” ", 0, pos - 1), text.rfind('" ', 0, pos - 1) if text[pos] == '"' else -1)
    return lo + 1 if lo >= 0 else 0


def _person_in(ctx: Context, a: int, b: int, last: bool = False) -> str | None:
    ppl = [p for p in ctx.mentions.people if a <= p.span[0] < b]
    if not ppl:
        return None
    p = ppl[-1] if last else ppl[0]
    return ctx.name_of(p.key)


def _subject_before(ctx: Context, a: int, qs: int) -> str | None:
    """The person who speaks in the words before a quote: the last one named not as an object
    ('... a Mourinho, il tecnico ...: «' is not Mourinho's)."""
    text = ctx.doc.text
    ppl = [p for p in ctx.mentions.people if a <= p.span[0] < qs and p.how != "anaphor"
           and not re.search(r"\b(?:sostituire|sostituisce|sostituito|rimpiazzare|rimpiazza|esonerare|esonerato|"
                             r"l'esonero\s+di|il\s+posto\s+di|l'eredità\s+di)\s+(?:l'\w+\s+|il\s+\w+\s+)?$",
                             text[max(0, p.span[0] - 30):p.span[0]])  # ('chiamato per sostituire X': not X who speaks)
           and (not re.search(r"\b(?:a|al|alla|di|del|della|con|per|su|contro|verso)\s*$", text[max(0, p.span[0] - 8):p.span[0]])
                or re.search(r"\b(?:ricordo|parole|messaggio|saluto|commento|pensiero|sfogo|voce|analisi|addio)\s+"
                             r"(?:commosso\s+)?(?:di|del|dello)\s*$", text[max(0, p.span[0] - 30):p.span[0]]))]
    if not ppl:
        return None
    if _named_list(ctx, a, qs):
        return None
    last = ppl[-1]
    if has_any(text[last.span[1]:qs], description_words()) and re.search(
            r"\b(?:il|l'|la)\s*(?:\w+\s+){0,2}$", text[last.span[1]:qs].split(",")[-1][:40] + " "):
        return None  # a description after the name speaks
    return ctx.name_of(last.key)


def _named_list(ctx: Context, a: int, qs: int) -> bool:
    """Three or more people listed one after another before the quote ('... al suo staff, il vice X, il preparatore
    Y e Z: «Senza di loro ...»'): a list is not who speaks."""
    text = ctx.doc.text
    ppl = [p for p in ctx.mentions.people if a <= p.span[0] < qs and p.how != "anaphor"]
    return len(ppl) >= 3 and all(re.fullmatch(r"\s*(?:,|e|ed)\s*(?:(?:il|la|lo|l'|i)\s*(?:\w+\s+){0,3})?",
                                             text[x.span[1]:y.span[0]]) for x, y in zip(ppl, ppl[1:], strict=False))


def _topic_at(ctx: Context, pos: int) -> str | None:
    """The person the sentence holding pos is about (its zero subject)."""
    for sent in ctx.sentences:
        if sent.span[0] <= pos < sent.span[1]:
            return ctx.name_of(sent.subject) if sent.subject else None
    return None


def _described(ctx: Context, qs: int, near: str, stints: list, prev: Quote | None = None,
               qe: int | None = None) -> str | None:
    """'il nuovo ct', 'l'allenatore': who the article describes so, who holds that kind of role, who is talked about."""
    from ..knowledge import lexicon
    groups = {k: list(v) for k, v in lexicon()["descriptions"].items()}
    group = next((g for g, ws in groups.items() if has_any(near, ws)), None)
    if re.search(r"\bex\s+numero\s+uno\b|\bnumero\s+uno\s+(?:\w+(?:ero|era|ese|ano|ana|ino|ina)|della\s+porta|tra\s+i\s+pali)\b",
                 near, re.I):
        group = "player"  # 'ha scritto l'ex numero uno nerazzurro': a goalkeeper, not a club's president
    if group is None:
        return None
    seen = [p for p in ctx.mentions.people if p.span[0] < qs and p.how != "anaphor"]
    scores: dict[str, float] = {p.key: 0.0 for p in seen}
    if not scores:
        return None
    coach_roles = {"head_coach", "interim_head_coach", "assistant_coach", "youth_coach"}
    national_ct = bool(has_any(near, ["ct", "commissario tecnico", "commissaria tecnica", "selezionatore"]))
    for k in scores:
        own = [st for st in stints if st.person == ctx.name_of(k)]
        roles = {st.role for st in own}
        if group == "coach":
            if national_ct:
                fit = any(st.role in ("head_coach", "youth_coach", "interim_head_coach")
                          and teams()[st.team_id].type == "national" for st in own if st.team_id)
            else:
                fit = bool(roles & coach_roles)
            scores[k] += 2.0 if fit else (-3.0 if roles else 0.0)
        elif group == "player":
            scores[k] += 2.0 if "player" in roles else (-3.0 if roles else 0.0)
        elif group == "director":
            scores[k] += 2.0 if roles & {"president", "sporting_director"} else 0.0
        if group == "director" and re.search(r"\b(?:patron|presidente|presidentessa|proprietario|numero\s+uno)\b", near, re.I) \
            and not re.search(r"\bex\s+numero\s+uno\b", near, re.I):
            scores[k] += 4.0 if "president" in roles else (-3.0 if roles else 0.0)  # 'ha spiegato il patron'
    if national_ct and re.search(r"\b(?:il|la|del|dal|della|dalla)\s+(?:ct|c\.t\.|commissari[oa]\s+tecnic[oa])"
                                 r"(?:\s+azzurr[oa])?\s*(?:[-–—,.;:]|$)", near, re.I):
        for k in scores:  # a bare 'ha detto il ct' in the Italian press: Italy's, not the rival side's
            if any(st.person == ctx.name_of(k) and st.role == "head_coach" and (st.team_id or "").startswith("italia")
                   for st in stints):
                scores[k] += 2.5
    prot = ctx.protagonist
    if prot in scores:
        scores[prot] += 1.5
    quoted = ctx.doc.text[qs:qe] if qe else ""
    for k in scores:
        if _named_in(ctx, k, quoted):
            scores[k] -= 8.0  # '«Francesco si è guadagnato questo esordio ...», l'allenatore': not Francesco
    noun = re.search(r"\b(?:l'|il\s+|la\s+|lo\s+)(?:ex\s+|nuov[oa]\s+)?(\w{4,})\b", near)
    if noun and noun.group(1).lower() not in _GENERIC_HEADS:
        head = noun.group(1).lower()
        called = {x.subject for x in ctx.sentences if x.span[0] < qs and x.subject in scores
                  and re.search(rf"\b{re.escape(head)}\b", x.text, re.I) and not _quoted_at(ctx, x, head)}
        for k in called:
            scores[k] += 1.5  # 'La difensore triestina, classe 1989, ...' then 'ha raccontato la difensore'
    if re.search(r"\b(?:uscente|dimissionari[oa]|esonerat[oa]|partente)\b", near, re.I) and ctx.published:
        for k in scores:  # 'ha scritto la ct uscente': the one whose spell ends now
            if any(st.person == ctx.name_of(k) and st.end and ctx.published.startswith(st.end[:4]) for st in stints):
                scores[k] += 3.0
    if re.search(r"\bnuov[oa]\b", near, re.I) and ctx.published:  # 'ha esordito il nuovo ct': the one who just began
        for k in scores:
            if any(st.person == ctx.name_of(k) and st.start and ctx.published.startswith(st.start[:7]) for st in stints):
                scores[k] += 3.0
    idx = next((i for i, se in enumerate(ctx.sentences) if se.span[0] <= qs < se.span[1]), len(ctx.sentences))
    for back, bonus in ((0, 3.0), (1, 3.0), (2, 1.5)):
        j = idx - back
        if 0 <= j < len(ctx.sentences) and ctx.sentences[j].explicit_subject and ctx.sentences[j].subject in scores:
            if back == 0 and ctx.sentences[j].span[0] >= qs:
                continue
            scores[ctx.sentences[j].subject] += bonus  # type: ignore[index]
            break
    if prev and prev.speaker and ctx.doc.text.count("\n", prev.end, qs) == 0:
        for k in scores:
            if ctx.name_of(k) == prev.speaker:
                scores[k] += 2.5
    recent = max(seen, key=lambda p: p.span[0]).key
    scores[recent] += 1.0
    for p in seen:  # 'ha colpito quello di Gianluca Pagliuca, il portiere ...' then '«...», ha scritto l'ex numero uno'
        if qs - p.span[0] <= 220 and _WORDS_OF.search(ctx.doc.text, max(0, p.span[0] - 40), p.span[0]):
            scores[p.key] += 3.0
    best = max(scores, key=lambda k: scores[k])
    return ctx.name_of(best)


_WORDS_OF = re.compile(r"\b(?:quello|quella|quelle|quelli|il\s+messaggio|il\s+ricordo|le\s+parole|il\s+pensiero|il\s+post|"
                       r"il\s+tweet|l'omaggio|il\s+saluto|il\s+commento|la\s+dedica)\s+(?:di|del|dell'|della)\s*$", re.I)
_GENERIC_HEADS = frozenset({"suo", "sua", "club", "società", "tecnico", "tecnica", "allenatore", "allenatrice", "mister",
                            "giocatore", "calciatore", "calciatrice", "ragazzo", "ragazza", "campione", "squadra"})


def _named_in(ctx: Context, key: str, quoted: str) -> bool:
    """The quote names this person in the third person (first name, surname or a nickname of the first name)."""
    parts = ctx.name_of(key).split()
    if len(parts) < 2:
        return False
    nick = nicknames_of(parts[0])
    return any(re.search(rf"\b{re.escape(w)}\b", quoted) for w in {parts[0], parts[-1], *nick})


def _quoted_at(ctx: Context, sent, word: str) -> bool:
    return any(re.search(rf"\b{re.escape(word)}\b", ctx.doc.text[a:b], re.I) for a, b in sent.in_quote)


def _statement(ctx: Context, before: str, after: str, s: int, e: int, qs: int) -> str | None:
    """The club (or federation) whose statement this is, when the quote is one."""
    near = before + " " + after
    if not (has_any(near, words("quotes", "statement_words")) and re.search(
            r"\b(?:club|società|nota|comunicato|sito|federazione|figc)\b", near, re.I)) and not re.match(
            r"\s*(?:la|il|l')?\s*[^.]{0,40}?\b(?:comunica|annuncia|rende noto|ringrazia|informa)\b", ctx.doc.text[s:s + 70]):
        return None
    text = ctx.doc.text
    tms = [t for t in ctx.mentions.teams if s <= t.span[0] < s + 45]
    if tms and re.search(r"\b(?:comunica|annuncia|rende noto|ringrazia|informa)\b", text[s:s + 90]):
        return teams()[tms[0].key].name  # 'Il Genoa comunica di aver esonerato ...'
    # the team named in the statement phrase: 'la nota dei salentini', 'diffusa dalla FIGC'
    for lo, hi in ((qs - 30, qs), (e, e + 40)):
        tms = [t for t in ctx.mentions.teams if lo <= t.span[0] < hi]
        if tms:
            return teams()[tms[-1].key].name if lo < qs else teams()[tms[0].key].name
    counts: dict[str, int] = {}
    for t in ctx.mentions.teams:
        if t.span[0] < qs and teams()[t.key].type in ("club", "federation"):
            counts[t.key] = counts.get(t.key, 0) + 1
    return teams()[max(counts, key=lambda k: counts[k])].name if counts else None
