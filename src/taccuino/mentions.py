"""Mentions of teams, competitions, stadiums and people in a Document, and people grouped into entities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from .document import Document
from .knowledge import competitions, first_names, fold, teams, words
from .model import Span


@dataclass
class Mention:
    span: Span
    kind: str  # team | competition | stadium | person | place
    key: str  # team/competition id, or the person's entity key
    how: str  # name | alias | nick | demonym | city | region | stadium | full | surname | first
    candidates: tuple[str, ...] = ()  # every team id the surface may name (ambiguous nicknames)


@dataclass
class PersonEntity:
    key: str
    name: str
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Mentions:
    teams: list[Mention]
    competitions: list[Mention]
    people: list[Mention]
    entities: dict[str, PersonEntity]

    def people_in(self, span: Span) -> list[Mention]:
        return [m for m in self.people if span[0] <= m.span[0] < span[1]]

    def teams_in(self, span: Span) -> list[Mention]:
        return [m for m in self.teams if span[0] <= m.span[0] < span[1]]

    def competitions_in(self, span: Span) -> list[Mention]:
        return [m for m in self.competitions if span[0] <= m.span[0] < span[1]]


_CASE_FREE = ("nick", "demonym")


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """One automaton over every folded surface form of every team, competition and stadium."""
    table: dict[str, list[tuple[str, str, str, str]]] = {}

    def add(surface: str, kind: str, key: str, how: str) -> None:
        f = fold(surface).strip()
        if len(f) >= 2:
            table.setdefault(f, []).append((kind, key, how, surface))

    for t in teams().values():
        add(t.name, "team", t.id, "name")
        for s in t.official:
            add(s, "team", t.id, "official")
        for s in t.aliases:
            add(s, "team", t.id, "alias")
        for s in t.nicknames:
            add(s, "team", t.id, "nick")
        for s in t.demonyms:
            add(s, "team", t.id, "demonym")
            if t.type == "national" and s.endswith("a") and t.parent is None:
                add(f"nazionale {s}", "team", t.id, "alias")  # 'la guida della nazionale slovacca': that side
        for s in t.stadiums:
            add(s, "stadium", t.id, "stadium")
        for s in t.grounds:
            add(s, "team", t.id, "ground")
        if t.city and " " in t.city:
            add(t.city, "place", t.id, "city")  # 'Monaco di Baviera' holds its span: not the club 'Monaco'
    for c in competitions().values():
        for i, s in enumerate((c.name, *c.aliases)):
            how = "name" if i == 0 else "alias"
            add(s, "competition", c.id, how)
            plural = re.sub(r"^(Super)?[Cc]oppa\b", lambda m: (m.group(1) or "") + ("coppe" if m.group(1) else "Coppe"), s)
            plural = re.sub(r"^((?:Super)?[Cc]oppe\s+)(\w+)(ana|ea|ica)\b", lambda m: m.group(1) + m.group(2) + m.group(3)[:-1] + "e",
                            plural)  # 'le Supercoppe italiane', 'due Coppe europee': the adjective agrees
            if plural != s:
                add(plural, "competition", c.id, how)  # 'due Coppe Italia', 'cinque Supercoppe italiane'
            league = re.fullmatch(r"[Cc]ampionato\s+(\w+?)(o|e|a)", s)
            if league:  # 'tre campionati ucraini consecutivi', 'due campionati portoghesi', 'due titoli portoghesi'
                plural = f"{league.group(1)}{'e' if league.group(2) == 'a' else 'i'}"
                add(f"campionati {plural}", "competition", c.id, how)
                add(f"titolo {league.group(1)}{league.group(2)}", "competition", c.id, how)
                add(f"titoli {plural}", "competition", c.id, how)

    auto = ahocorasick.Automaton()
    for surface, entries in table.items():
        auto.add_word(surface, (surface, tuple(entries)))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(words("text", "not_names"))


def _boundary(folded: str, s: int, e: int) -> bool:
    before = folded[s - 1] if s > 0 else " "
    after = folded[e] if e < len(folded) else " "
    return not (before.isalnum() or after.isalnum())


_DATELINE = re.compile(r"\s*,\s*(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s+)?\d{1,2}(?:°|º)?\s+"
                       r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b"
                       r"|\s*,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}", re.I)


def find_gazetteer(doc: Document) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """Teams, competitions and stadiums, longest match first, case rules per kind of surface."""
    raw: list[tuple[int, int, tuple[tuple[str, str, str, str], ...]]] = []
    for end, (surface, entries) in _automaton().iter(doc.folded):
        s, e = end - len(surface) + 1, end + 1
        if not _boundary(doc.folded, s, e):
            continue
        orig = doc.text[s:e]
        nxt = re.match(r"\s+([A-ZÀ-Ý][a-zà-ÿ]+)", doc.text[e:e + 30])
        prv = re.search(r"([A-ZÀ-Ý][a-zà-ÿ]+)\s+$", doc.text[max(0, s - 30):s])
        nxt = nxt if nxt and nxt.group(1) not in _stop() else None
        prv = prv if prv and prv.group(1) in first_names() else None
        ok = []
        initial = s == 0 or bool(re.search(r"(?:[.!?:;«»\"“”(\n—–-]\s*|^\s*)$", doc.text[max(0, s - 3):s]))
        for kind, key, how, written in entries:
            if kind == "team" and how in ("nick", "alias") and written[:1].isupper() and (nxt or prv) \
                    and len(written.split()) == 1 and not written.isupper():
                continue  # 'Rudi Garcia', 'Toni Kroos': a first name or surname, not a nickname
            if prv and len(orig.split()) == 1 and not orig.isupper() and how in ("name", "stadium", "city"):
                continue  # 'Pasquale Foggia', 'Oreste Vigorito': a surname after a first name, not the club or stadium
            if how in ("nick", "demonym") and written.islower() and orig[:1].isupper() and not initial:
                continue  # 'Flavio Bianchi': a capitalised surname, not the nickname 'bianchi'
            if how == "demonym" and orig.islower() and _adjective_of().search(doc.text[max(0, s - 30):s]):
                continue  # 'un notaio milanese', 'lo studio genovese': an adjective of that noun, not the club
            if (how in _CASE_FREE and not written[:1].isupper()) or written.lower().startswith("nazionale") \
                    or (kind == "competition" and written[:1].islower()):  # 'la cadetteria', 'la massima serie'
                ok.append((kind, key, how, written))
            elif orig[:1].isupper() or orig[:1].isdigit():
                ok.append((kind, key, how, written))
            elif how == "nick" and orig.islower() and re.search(
                    r"\b(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle|coi|sui|sugli|sulle|tra\s+i|tra\s+le)\s+$",
                    doc.text[max(0, s - 10):s]):
                ok.append((kind, key, how, written))  # 'con i satanelli', 'le streghe': a plural nickname written small
        if ok:
            raw.append((s, e, tuple(ok)))
    skip = [z.span for z in doc.zones if z.kind in ("byline", "chrome")]
    raw = [r for r in raw if not any(a <= r[0] < b for a, b in skip)]
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
    taken: list[Span] = []
    tms: list[Mention] = []
    comps: list[Mention] = []
    stads: list[Mention] = []
    for s, e, entries in raw:
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        taken.append((s, e))
        kinds = {k for k, *_ in entries}
        if kinds == {"place"}:
            continue  # a city's name: the clubs there are found from context ('a Monaco di Baviera')
        if _DATELINE.match(doc.text, e) and (s == 0 or re.search(r"(?:^|[\n.:!?»\"”]\s*)$", doc.text[max(0, s - 3):s])):
            continue  # 'Roma, 11 marzo 2024: Maurizio Sarri durante ...', 'ASCOLI, 12 marzo -': a dateline's city
        if "team" in kinds and "competition" not in kinds and _is_place(doc.text, s, e, entries):
            continue
        if "stadium" in kinds and (re.search(r"(?:stadio|allo|all'|impianto)\s*$", doc.text[max(0, s - 12):s],
                                             re.IGNORECASE) or "team" not in kinds):
            stads.append(Mention((s, e), "stadium", entries[0][1], "stadium"))
        elif "competition" in kinds and "team" not in kinds:
            comps.append(Mention((s, e), "competition", entries[0][1], entries[0][2]))
        else:
            team_entries = [x for x in entries if x[0] == "team"
                            and not (x[2] == "demonym" and teams()[x[1]].type == "national")
                            and not (teams()[x[1]].type == "national" and _club_youth(doc.text, s, e))]
            if not team_entries:
                continue
            best = min(team_entries, key=lambda x: ("name", "official", "alias", "nick", "demonym", "ground").index(x[2]))
            cands = tuple(dict.fromkeys(x[1] for x in team_entries))
            tms.append(Mention((s, e), "team", best[1], best[2], cands))
    for lst in (tms, comps, stads):
        lst.sort(key=lambda m: m.span)
    return tms, comps, stads


@lru_cache(maxsize=1)
def _adjective_of() -> re.Pattern[str]:
    """A noun of the town's life with its article right before a demonym written small ('un notaio milanese')."""
    nouns = "|".join(re.escape(w) for w in sorted(words("text", "town_nouns"), key=len, reverse=True))
    return re.compile(rf"\b(?:un|uno|una|il|lo|la|l'|del|dello|della|dell'|di\s+un|di\s+una|nello|nella|nel)\s*"
                      rf"(?:{nouns})\s+$", re.I)


def _club_youth(text: str, s: int, e: int) -> bool:
    """'la formazione Under 19', 'l'Under 17 del club': a club's youth side, not a national team."""
    written = text[s:e]
    if not re.fullmatch(r"(?:Under|U)[\s-]?\d{2}", written):
        return False
    after = text[e:e + 30].lower()
    lo = max(0, s - 60)
    near = text[lo:e + 60].lower()
    if re.match(r"\s*(?:del|della|dell'|dei)\s", after) or any(
            not text[max(0, lo + c.start() - 10):lo + c.start()].lower().endswith("nazionali ")  # 'le nazionali giovanili'
            for c in re.finditer(r"\b(?:formazione|primavera|giovanili|settore\s+giovanile|vivaio)\b", near)):
        return True
    story = text[max(0, s - 300):e + 200].lower()  # 'E infatti arriva la Federazione. R: Nel 2010 ... nell'Under 19'
    return written[-2:] != "21" and not re.search(r"\b(?:nazionale|nazionali|azzurrini|ct|federazione|figc|federale|"
                                                  r"campion[ei]\s+d'europa|campion[ei]\s+del\s+mondo)\b", story)


def _is_place(text: str, s: int, e: int, entries: tuple[tuple[str, str, str, str], ...]) -> bool:
    """'in Italia', 'in Russia', 'all'Italia ed all'estero': a country as a place, not its national team."""
    before = text[max(0, s - 12):s].lower()
    if not all(teams()[k].type == "national" and (how == "name" or how == "alias" and re.search(r"\b(?:negli|nei)\s*$", before))
               for _, k, how, _w in entries if _ == "team"):
        return False  # ('negli Emirati', 'nei Paesi Bassi': the country)
    after = text[e:e + 20].lower()
    pair = re.search(r"\b(?:in|tra|fra)\s+[A-ZÀ-Ý][\w']+(?:\s+[A-ZÀ-Ý][\w']+)?\s+(?:e|ed)\s+$", text[max(0, s - 40):s])
    dated_venue = re.search(r"\b\d{1,2}\s+[a-zà-ù]+(?:\s+\d{4})?\s+a\s+$", text[max(0, s - 30):s])  # 'il 16 luglio a Malta'
    if re.match(r"\s+(?:che\s+(?:vinse|ha\s+vinto|aveva\s+vinto|perse|ha\s+perso|batté|ha\s+battuto|conquistò|"
                r"arrivò|giocò)|di\s+[A-ZÀ-Ý])", text[e:e + 30]):
        return False  # 'titolare nell'Italia che vinse l'Europeo', 'nell'Italia di Valcareggi': the side
    return bool(re.search(r"(?:\bin|\bdall'|\bdalla|\bnella|\bnell'|\bnegli|\bnei|\bper la|\bverso la|\ballora|\bd'|\bcampioni di)\s*$",
                          before) or re.match(r"\s+(?:e|ed)\s+all'estero", after) or pair or dated_venue)
    # ('in Australia e Nuova Zelanda')


_NAME_TOKEN = (r"(?:(?:D|Dell|Dall|De|Sant)['’])?(?![A-ZÀ-Ý]['’][a-zà-ÿ])(?:[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ][a-zà-öø-ÿ\u0100-\u017f'’]+"
               r"(?:-[A-ZÀ-ÖØ-ÞĆČĐŁŠŽ]?[a-zà-öø-ÿ\u0100-\u017f]+)?|(?<!\w)[A-Z]\.)")  # 'Marić', 'Jakirović', 'Šuker'
# (not 'L'arbitro Abisso': an elided article and a common noun open no name)
_PARTICLE = r"(?:de|di|da|del|della|van|von|der|dos|das|do|dal|la|le|el|bin|ben|mac|mc|De|Di|Da|Del|Van|Von|Dos|Dal|La|Le|El)"
_NAME_RX = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_TOKEN}){{0,3}}")


_PARTICLES = {"de", "di", "da", "del", "della", "van", "von", "der", "dos", "das", "do", "dal", "la", "le", "el",
              "bin", "ben", "mac", "mc", "ter", "ten"}
_VERBISH = re.compile(r"(?:are|ere|ire|ando|endo|mente|iamo)$")
_PARTICIPLE = re.compile(r"(?:ato|ata|ati|ito|ita|uto|uta|atto|atta|otto|iuto)$")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Cities, regions and countries: capitalised words that are never a person."""
    out: set[str] = set()
    for t in teams().values():
        out.update(x for x in (t.city, t.region) if x)
        if t.type == "national":
            out.add(t.name)
    return frozenset(out)


@lru_cache(maxsize=1)
def _folded_places() -> frozenset[str]:
    return frozenset(fold(p) for p in _places())


def _particle_first(names: list[str]) -> bool:
    """'De Rossi', 'Van Basten': a surname with its particle ('Ben Godfrey': a first name that is also a particle)."""
    return names[0].lower() in _PARTICLES and names[0] not in first_names()


def _surname_key(names: list[str]) -> str:
    if len(names) >= 2 and names[-2].lower() in _PARTICLES and (len(names) > 2 or _particle_first(names)):
        return " ".join(names[-2:]).lower()
    return names[-1].lower()


def _is_full(names: list[str]) -> bool:
    return len(names) >= 2 and not (len(names) == 2 and _particle_first(names))


def find_people(doc: Document, blocked: list[Span]) -> tuple[list[Mention], dict[str, PersonEntity]]:
    """Person mentions: multi-word names, and single surnames (or first names) of one of them."""
    not_names = set(words("text", "not_names"))
    firsts = set(first_names())
    town_last = set(words("text", "town_last_words"))
    places = _places()
    lower_words = set(re.findall(r"\b[a-zà-ù']+\b", doc.text))
    zones = [z.span for z in doc.zones if z.kind in ("chrome", "byline")]
    report = _match_report(doc.text)
    cands: list[tuple[Span, list[str]]] = []
    for m in _NAME_RX.finditer(doc.text):
        s, e = m.span()
        if any(a <= s < b for a, b in zones):
            continue
        toks = [t for t in _tokens(doc.text, s, e) if all(t[1] <= a or t[0] >= b for a, b in blocked)]
        for group in _contiguous(doc.text, toks):
            group = _trim(doc.text, group, not_names, lower_words, firsts)
            names = [doc.text[a:b] for a, b in group]
            if not names or (" ".join(names) in places and not (report and _match_slot(doc.text, (group[0][0], group[-1][1])))) \
                    or all(n.lower() in _PARTICLES for n in names):  # ('al posto di Calabria' in a match report: a player)
                continue
            if len(names) >= 3 and names[0] not in firsts and any(n in ("di", "da", "del", "della") for n in names[1:-1]):
                continue  # 'Toscano di Massa': a description and a place
            if len(names) == 2 and names[0] not in firsts and names[1] in town_last:
                continue  # 'il tecnico di Porretta Terme': a town
            if re.search(r"\b(?:San|Santa|Santo|Sant'|Porto|Castel|Borgo|Villa)\s+$", doc.text[max(0, group[0][0] - 8):group[0][0]]):
                continue  # 'San Gennaro Vesuviano': a town
            if len(names) >= 3 and names[0] not in firsts and names[1] in firsts and re.search(
                    r"\b(?:a|ad|in|nel|nella|verso|per)\s+$", doc.text[max(0, group[0][0] - 6):group[0][0]]):
                group, names = group[1:], names[1:]  # 'sbarcano in Sicilia Simone Vergassola (vice)': place, then person
            if len(names) >= 2 and names[0] not in firsts and re.search(
                    r"\b(?:a|ad|in|nel|nella|verso|per)\s+$", doc.text[max(0, group[0][0] - 6):group[0][0]]) \
                    and not re.search(r"\b(?:insieme|accanto|grazie|davanti|dietro|oltre|rispetto|vicino|[Aa]ddio|omaggio|"
                                      r"dedicat[oa]|ciao|grazie)\s+a\s+$", doc.text[max(0, group[0][0] - 14):group[0][0]]):
                continue  # 'ad Appiano Gentile', 'a Castel Volturno': a place ('insieme a Lothar Matthäus', 'Addio a
                # Mariolino Corso': a person)
            if len(names) >= 2 and names[0] not in firsts and re.search(
                    r"\b(?:al|allo|alla|dal|dallo|dalla|del|dello|della|nel|nello|sul|col|il|lo)\s+$",
                    doc.text[max(0, group[0][0] - 7):group[0][0]]):
                continue  # 'al Leyton Orient', 'dello Shakhtar Donetsk': a club or a place, never a person
            cands.append(((group[0][0], group[-1][1]), names))
    entities: dict[str, PersonEntity] = {}
    for _sp, names in cands:
        if _is_full(names):
            key = _full_key(names, entities)
            name = " ".join(names)
            ent = entities.get(key)
            if ent is None or _better_name(name, ent.name):
                entities[key] = PersonEntity(key, name, ent.mentions if ent else [])
    lone = [(sp, names) for sp, names in cands if (len(names) == 1 or (report and len(names) == 2 and names[0].lower()
                                                                       in _PARTICLES))  # 'De Vrij'
            and _link(names, entities, sp[0]) is None
            and names[0] not in firsts and names[-1].lower() not in lower_words
            and (fold(names[-1]) not in _folded_places() or report) and not any(a <= sp[0] < b for a, b in blocked)]
    slotted = {sp for sp, n in lone if not _sentence_initial(doc.text, sp[0]) and _person_slot(doc.text, sp, blocked)
               and len(n) == 1 and fold(n[0]) not in _folded_places()}
    if report:  # a match report's surnames: 'al posto di Calabria', 'Florenzi, Jović e Okafor al posto di'
        slotted |= {sp for sp, _n in lone if _match_slot(doc.text, sp)}
        anchors = set(slotted) | {sp for sp, names in cands if _link(names, entities, sp[0]) is not None}
        grew = True
        while grew:  # the rest of a list one of them stands in ('al posto di Calabria, Reijnders e Giroud')
            grew = False
            for sp, _n in lone:
                if sp not in slotted and any(_LIST_GAP.fullmatch(doc.text, b, sp[0]) or _LIST_GAP.fullmatch(doc.text, sp[1], a)
                                             for a, b in anchors):
                    slotted.add(sp)
                    anchors.add(sp)
                    grew = True
    for sp, names in lone:  # a lone surname in a slot only a person fills: 'il Foggia di Zeman', 'con Eriksson in panchina'
        if sp in slotted:
            name = " ".join(names)
            entities.setdefault(name.lower(), PersonEntity(name.lower(), name, []))
    out: list[Mention] = []
    for sp, names in cands:
        linked = _link(names, entities, sp[0], out, doc.text)
        if linked is None:
            continue
        key = linked
        entities[key].mentions.append(sp)
        how = "full" if _is_full(names) else ("surname" if " ".join(names).lower() == key.split("#")[0] else "first")
        base = key.split("#")[0].split()
        if how == "first" and len(base) == 2 and base[0] in _PARTICLES and names[0].lower() == base[1]:
            lead = re.search(r"(?i)\b" + re.escape(base[0]) + r"\s+$", doc.text[max(0, sp[0] - 6):sp[0]])
            if lead:  # 'Di María': the particle the sentence start had taken off
                sp = (sp[0] - (len(lead.group(0))), sp[1])
                entities[key].mentions[-1] = sp
            how = "surname"
        out.append(Mention(sp, "person", key, how))
    out.sort(key=lambda m: m.span)
    return out, {k: v for k, v in entities.items() if v.mentions}


_SLOT_BEFORE = re.compile(r"\b(?:mister|tecnico|allenatore|ct|presidente|patron|ds|capitano|bomber|compagno|"
                          r"vice|secondo\s+di|guidat[oa]\s+da|allenat[oa]\s+da|sotto\s+la\s+guida\s+di)\s+$")
_SLOT_AFTER = re.compile(r"\s+(?:in\s+panchina|sulla\s+panchina|allenatore|in\s+campo)\b")


_MATCH_SLOT_BEFORE = re.compile(r"(?:\b(?:al\s+posto\s+(?:di|del|dell')|rileva(?:ndo)?(?:\s+(?:uno\s+stremato|l'acciaccato|"
                                r"l'infortunato|lo\s+stanco))?|stende|atterra|brucia|batte|anticipa|dribbla|salta|"
                                r"serve(?:\s+a)?|riceve\s+da|scarica\s+per|apre\s+per|al\s+centro\s+per|"
                                r"(?:dentro|fuori)(?:\s+anche)?|entra(?:\s+anche)?|esce(?:\s+subito\s+dopo)?\s+per|"
                                r"ammonit[oaie](?:\s+anche)?|espuls[oaie]|su\s+(?:assist|cross|passaggio|servizio)\s+di|"
                                r"(?:gol|rete|reti|doppietta|tripletta|autogol|rigore|sinistro|destro|colpo\s+di\s+testa)\s+di|"
                                r"l'inserimento\s+di|(?:il|un)\s+(?:tiro|cross|passaggio)\s+di|parata\s+di)\s+"
                                r"|^(?:Ammonit[oi]|Espuls[oi]|Marcatori|Reti|Dentro|Fuori)\s+)$")
_MATCH_SLOT_AFTER = re.compile(r"\s+(?:al\s+posto\s+(?:di|del|dell')|per\s+[A-ZÀ-Ý]|rileva\b|entra\b|esce\b|"
                               r"segna\b|sblocca\b|raddoppia\b|accorcia\b|pareggia\b|stende\b|serve\b|para\b|"
                               r"respinge\b|salva\b|calcia\b|colpisce\b|di\s+testa\b|in\s+(?:gol|area|velocità)\b)")
_LIST_GAP = re.compile(r"\s*(?:,|e|ed|per|,\s*e)\s*")  # (in a match report: 'De Vrij per Bastoni')


def _match_slot(text: str, sp: Span) -> bool:
    """A capitalised word a match report's words put in a player's place: 'al posto di Calabria', 'Musah rileva X',
    'Theo stende Lautaro', 'Ammoniti Thiaw e Theo per il Milan'."""
    line_start = text.rfind("\n", 0, sp[0]) + 1
    before = text[max(line_start, sp[0] - 45):sp[0]]
    return bool(_MATCH_SLOT_BEFORE.search(before) or _MATCH_SLOT_AFTER.match(text, sp[1]))


def _match_report(text: str) -> bool:
    """An article telling a match minute by minute: three minutes marks at least ('al 5'', 'al 93'')."""
    return len(re.findall(r"\b(?:al|all'|dal|nel)\s*\d{1,3}['’]", text, re.I)) >= 3


def _person_slot(text: str, sp: Span, blocked: list[Span]) -> bool:
    """A capitalised word that can only be a person by where it stands: after a team's 'di' or a title, or
    before 'in panchina'."""
    before = text[max(0, sp[0] - 30):sp[0]]
    if _SLOT_BEFORE.search(before) or _SLOT_AFTER.match(text, sp[1]):
        return True
    di = re.search(r"\s+(?:di|del)\s+$", before)  # a written-out team before 'di' ('bergamasco di Calcinate' is a town)
    return di is not None and any(b == sp[0] - len(di.group(0)) and text[a:a + 1].isupper() for a, b in blocked)


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    from .knowledge import lexicon
    return {k.lower(): v for k, v in lexicon()["names"]["nicknames"].items()}


@lru_cache(maxsize=1)
def _nicknames_by_name() -> dict[str, frozenset[str]]:
    from .knowledge import lexicon
    inv: dict[str, set[str]] = {}
    for nick, legal in lexicon()["names"]["nicknames"].items():
        inv.setdefault(legal, set()).add(nick)
    return {legal: frozenset(n) for legal, n in inv.items()}


def nicknames_of(first: str) -> frozenset[str]:
    """The nicknames the name data gives for a legal first name ('Filippo' -> {'Pippo'})."""
    return _nicknames_by_name().get(first, frozenset())


def _better_name(new: str, old: str) -> bool:
    """The fuller name wins; a legal first name beats its nickname ('Filippo Inzaghi' over 'Pippo Inzaghi')."""
    n_first, o_first = new.split()[0], old.split()[0]
    if _legal(o_first) != o_first and _legal(o_first) == n_first:
        return True
    if _legal(n_first) != n_first and _legal(n_first) == o_first:
        return False
    return len(new) > len(old)


def _legal(first: str) -> str:
    """The legal first name a nickname stands for ('Pippo' -> 'Filippo'), else the name itself."""
    return _nicknames().get(first.lower(), first)


def _same_first(a: str, b: str) -> bool:
    a, b = _legal(a).lower(), _legal(b).lower()
    return a == b or a.startswith(b.rstrip(".")) or b.startswith(a.rstrip("."))


def _full_key(names: list[str], entities: dict[str, PersonEntity]) -> str:
    """The surname, or surname#first name when two people of the article share a surname."""
    sur = _surname_key(names)
    first = names[0].lower()
    for k, ent in list(entities.items()):
        if k.split("#")[0] != sur:
            continue
        other_first = ent.name.split()[0].lower()
        if _same_first(other_first, first):
            return k
        if "#" not in k:  # a second person with this surname: give both their own key
            entities[f"{sur}#{other_first}"] = entities.pop(k)
            entities[f"{sur}#{other_first}"].key = f"{sur}#{other_first}"
        return f"{sur}#{first}"
    return sur


@lru_cache(maxsize=1)
def _place_openers() -> frozenset[str]:
    return frozenset(words("text", "place_openers"))


def _trim(text: str, group: list[Span], not_names: set[str], lower_words: set[str],
          first_names: set[str] | None = None) -> list[Span]:
    """Drop leading and trailing words that are not part of a name ('Dopo Garcia', 'Soddisfatto Aurelio')."""
    while group:
        w = text[group[0][0]:group[0][1]]
        initial = _sentence_initial(text, group[0][0])
        known_first = bool(first_names) and w in (first_names or set()) and len(group) >= 2  # 'Rolando Maran, che ...'
        nxt = text[group[1][0]:group[1][1]] if len(group) >= 3 else ""
        if initial and not known_first and first_names and nxt in first_names:
            group = group[1:]  # 'Sorride Eleonora Goldoni': a verb opening the sentence, then a name
            continue
        if w[:1].islower() or w in not_names or (initial and not known_first and (
                w.lower() in lower_words or _VERBISH.search(w.lower())
                                           or (len(group) >= 3 and _PARTICIPLE.search(w.lower())))):
            group = group[1:]
        else:
            break
    while group and (text[group[-1][0]:group[-1][1]] in not_names
                     or text[group[-1][0]:group[-1][1]].lower() in _PARTICLES):
        last = text[group[-1][0]:group[-1][1]]
        if len(group) >= 2 and last in _place_openers():
            break  # 'Mariolino Corso': a street's or a saint's word only opens a place name ('Corso Italia')
        if len(group) == 2 and first_names and text[group[0][0]:group[0][1]] in first_names and len(last) > 3 \
                and last.lower() not in _PARTICLES:
            break  # 'Francesca Durante (Fiorentina)': a known first name and a surname that is also a word
        group = group[:-1]
    names = [text[a:b] for a, b in group]
    known = len(names) == 2 and bool(first_names) and names[0] in (first_names or set())
    cut = next((i for i, n in enumerate(names) if i > 0 and n in not_names
                and not (n in _place_openers() and i + 1 == len(names))
                and not (n.lower() in _PARTICLES and i + 1 < len(names))
                and not (known and len(n) > 3)), None)  # 'Antonio La Porta'; 'Francesca Durante' keeps her surname
    return group[:cut] if cut else group


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos]
    return pos == 0 or bool(re.search(r"(?:[.!?:;«»“”\"\n(—–-]\s*|^\s*)$", before))


def _link(names: list[str], entities: dict[str, PersonEntity], pos: int = 0, seen: list[Mention] | None = None,
          text: str = "") -> str | None:
    if _is_full(names):
        joined = " ".join(names).lower()
        longer = [k for k, ent in entities.items() if ent.name.lower().endswith(" " + joined)]
        if len(longer) == 1:
            return longer[0]  # 'ha spiegato Sticchi Damiani' after 'il presidente Saverio Sticchi Damiani': the same man
        return _full_key(names, entities)
    tok = " ".join(names).lower()
    same = [k for k in entities if k.split("#")[0] == tok]
    if len(same) == 1:
        return same[0]
    if same:  # two people share the surname: the one named last before in the paragraph, else the most named so far
        before = [m for m in (seen or []) if m.key in same and m.span[0] < pos]
        if before and (not text or "\n" not in text[before[-1].span[0]:pos]):
            return before[-1].key
        if before:  # ('... con Paolo Cannavaro nello staff ...' then, a paragraph later, 'ha detto Cannavaro': Fabio)
            counts = {k: sum(1 for m in before if m.key == k) for k in same}
            return max(same, key=lambda k: (counts[k], -min((m.span[0] for m in before if m.key == k), default=pos)))
        return same[0]
    particled = [k for k in entities if len(names) == 1 and k.split("#")[0].split()[0] in _PARTICLES
                 and k.split("#")[0].split()[-1] == tok]
    if len(particled) == 1:  # 'Di María, sbarcato a Torino ...': the sentence's first word read as a preposition
        return particled[0]
    for k, ent in entities.items():
        if ent.name.split()[0].lower() == tok:
            return k
    return None


def _tokens(text: str, s: int, e: int) -> list[Span]:
    return [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]


def _contiguous(text: str, toks: list[Span]) -> list[list[Span]]:
    """Runs of tokens separated only by white space (a blocked team name in between splits them)."""
    groups: list[list[Span]] = []
    for t in toks:
        if groups and re.fullmatch(r"[ \t]+", text[groups[-1][-1][1]:t[0]]):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


_LIST_ITEM = r"[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2}"
_CLUB_LIST_CUE = re.compile(r"\b(?:(?:le\s+)?maglie\s+(?:di|del|della|dell')|(?:ha|aveva)\s+(?:giocato|militato)\s+(?:con|in|tra)|"
                            r"(?:ha|aveva)\s+(?:guidato|allenato)|ex\s+(?:attaccante|centravanti|difensore|centrocampista|"
                            r"portiere|terzino|mediano|giocatore|calciatore|tecnico|allenatore)\s+(?:di|del|della|dell'))\s*$")


def _unknown_clubs(doc: Document, tms: list[Mention], blocked: list[Span]) -> list[Mention]:
    """Clubs the gazetteer lacks, named in a list of clubs: 'le maglie di Bellinzago, Corsico, Venezia e Verona'.

    A comma-and-'e' list of capitalised names is a list of clubs when it follows a career cue ('le maglie di',
    'ex centravanti di') or when most of its other items are clubs the gazetteer knows; its unknown items
    become clubs named as written (id '~' + name), never people.
    """
    text = doc.text
    out: list[Mention] = []
    item_rx = re.compile(rf"(?:(?:il|la|lo|l'|i|gli|le)\s*)?({_LIST_ITEM})")
    for m in re.finditer(rf"{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})+\s+(?:e|ed)\s+{_LIST_ITEM}", text):
        items = []
        for part in re.split(r"\s*,\s*|\s+(?:e|ed)\s+", m.group(0)):
            im = item_rx.fullmatch(part)
            if not im:
                break
            items.append(part)
        else:
            spans = []
            pos = m.start()
            for part in items:
                a = text.find(part, pos, m.end())
                spans.append((a, a + len(part)))
                pos = a + len(part)
            known = [sp for sp in spans if any(t.span[0] <= sp[0] < t.span[1] and teams()[t.key].type == "club" for t in tms)]
            cue = bool(_CLUB_LIST_CUE.search(text[max(0, m.start() - 40):m.start()]))
            if not (cue or (len(spans) >= 3 and len(known) * 2 >= len(spans))):
                continue
            for sp in spans:
                if sp in known or any(not (sp[1] <= a or sp[0] >= b) for a, b in blocked):
                    continue
                name = text[sp[0]:sp[1]]
                if name.split()[0] in first_names() or name in _places() or len(name) < 3:
                    continue  # a person or a place, not a club
                out.append(Mention(sp, "team", "~" + name, "list"))
    for m in _SPAN_AFTER_NAME.finditer(text):  # 'Quindi Académica (2013-14), Braga (14/15)': a spell, so a club
        sp = m.span(1)
        name = m.group(1)
        lead = re.match(r"([A-ZÀ-Ý][\w'’.-]+)\s+", name)
        if lead and lead.group(1) in _stop():  # 'Quindi Académica (2013-14)': the adverb opens the sentence
            sp, name = (sp[0] + lead.end(), sp[1]), name[lead.end():]
        if any(t.span[0] <= sp[0] < t.span[1] for t in tms) or any(not (sp[1] <= a or sp[0] >= b) for a, b in blocked) \
                or any(o.span == sp for o in out) or re.search(r"\b(?:di|del\s+tecnico|dell'allenatore|con)\s+$",
                                                               text[max(0, sp[0] - 20):sp[0]]):
            # ('nel Foggia di Zeman (1989/90)': the coach of that spell, not a club)
            continue
        toks = name.split()
        if toks[0] in first_names() or name in _places() or len(name) < 4 or toks[0] in _stop() or any(
                w in first_names() for w in re.findall(rf"([A-ZÀ-Ý][\w'’]+)\s+{re.escape(name)}\b", text)):
            continue  # a person ('Mario Rossi (2013-14)', or 'Ranieri (2009-10)' of a man named in full elsewhere)
        out.append(Mention(sp, "team", "~" + name, "list"))
    for m in _CLUB_AFTER_MOVE.finditer(text):  # 'A dicembre 2018 vola in Giappone, all'Avispa Fukuoka': a club abroad
        sp, name = m.span("club"), m.group("club")
        toks = name.split()
        if any(t.span[0] <= sp[0] < t.span[1] for t in tms) or any(not (sp[1] <= a or sp[0] >= b) for a, b in blocked) \
                or any(o.span == sp for o in out) or toks[0] in first_names() or name in _places() or len(name) < 4 \
                or any(t in _stop() for t in toks):
            continue
        out.append(Mention(sp, "team", "~" + name, "list"))
    taken = {m.span for m in out}
    for name in dict.fromkeys(m.key[1:] for m in out):  # the club's other mentions: 'dopo il Domegliara, in Serie D'
        for o in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text):
            sp = o.span()
            if sp not in taken and not any(not (sp[1] <= a or sp[0] >= b) for a, b in blocked):
                out.append(Mention(sp, "team", "~" + name, "list"))
                taken.add(sp)
    return sorted(out, key=lambda m: m.span)


_SPAN_AFTER_NAME = re.compile(r"(?:(?<=\s)|^)(?:(?:il|la|lo|i|gli|le)\s+|l['’])?([A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})"
                              r"\s+\(\s*(?:dal\s+)?"
                              r"(?:19|20)?\d\d(?:\s*[-/]\s*(?:19|20)?\d\d|\s+al\s+(?:19|20)\d\d)\s*\)", re.M)


_CLUB_AFTER_MOVE = re.compile(r"\b(?:vola|volò|volato|passa|passò|passato|approda|approdò|approdato|si\s+trasferisce|"
                              r"si\s+trasferì|trasferito|ceduto|firma|firmò|emigra|emigrò|va|andò|è\s+andato|prestito)"
                              r"(?:\s+in\s+[A-ZÀ-Ý][\w'’]+\s*,)?\s+(?:all'|allo|alla|al)\s*"
                              r"(?P<club>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})(?=[\s,.;:)])")
# ('vola in Giappone, all'Avispa Fukuoka': an article before a name makes it a club, not a person)


_GENERIC_SIDE = re.compile(r"\b(?:tra|fra)?\s*(?:club|i\s+club)\s+e\s+$", re.IGNORECASE)


def find(doc: Document) -> Mentions:
    """All mentions of a document."""
    tms, comps, stads = find_gazetteer(doc)
    tms = [m for m in tms if not _GENERIC_SIDE.search(doc.text, max(0, m.span[0] - 12), m.span[0])
           and not re.match(r"\s+e\s+(?:nei\s+|con\s+i\s+)?club\b", doc.text[m.span[1]:m.span[1] + 16])]
    # ('tra club e Nazionale': the two kinds of side, no team)
    blocked = [m.span for m in tms + comps + stads] + _epithet_spans(doc.text)  # 'Sotto le Due Torri Sartori ...'
    extra = _unknown_clubs(doc, tms, blocked)
    tms = sorted(tms + extra, key=lambda m: m.span)
    blocked += [m.span for m in extra]
    people, entities = find_people(doc, blocked)
    people = _labelled_people(doc, people, entities, blocked)
    tms, people = _first_names_as_nicknames(doc, tms, people, entities)
    people = _relatives(doc, people, entities)
    people = _legal_names(doc, people, entities)
    people = _declared_nicknames(doc, people, entities)
    credited = [m for m in people if _PHOTO_CREDIT.search(doc.text, max(0, m.span[0] - 12), m.span[0])]
    for m in credited:  # '(foto Tullio Puglia)': the photographer, nobody the article is about
        ent = entities.get(m.key)
        if ent is not None and m.span in ent.mentions:
            ent.mentions.remove(m.span)
            if not ent.mentions:
                del entities[m.key]
    people = [m for m in people if m not in credited]
    people = _anaphors(doc, people, tms)
    return Mentions(tms, comps, people, entities)


_NAME_LABEL = re.compile(r"(?m)^[ \t]*([A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’]+){1,2})\s*[–—-]\s")


def _labelled_people(doc: Document, people: list[Mention], entities: dict[str, PersonEntity],
                     blocked: list[Span]) -> list[Mention]:
    """'CRISTIAN CHIVU – Nato a Reșița ...': a section labelled with a capitalised full name introduces that person;
    his bare surname elsewhere ('racconta Chivu') is him."""
    out = list(people)
    firsts = {f.lower() for f in first_names()}
    for m in _NAME_LABEL.finditer(doc.text):
        toks = m.group(1).split()
        name = " ".join(t[:1] + t[1:].lower() for t in toks)
        kin = [e for e in entities.values() if e.name.split()[-1] == name.split()[-1]]
        told_elsewhere = bool(kin) and all(len(e.name.split()) == 1 for e in kin) and not any(
            t.title() in _stop() or re.search(rf"\b{re.escape(t.lower())}\b", doc.text) for t in toks)
        # (a word the article writes in lower case is no name: 'SEMPRE LUI - '; nor one beside the man's own first
        # name: 'ECCO MIGNANI - ... Michele Mignani')
        # (a first name unknown to the lexicon: the label's surname comes back in the prose, 'ESTEBAN CAMBIASSO – ...')
        if (toks[0].lower() not in firsts and not told_elsewhere) or any(a <= m.start(1) < b for a, b in blocked):
            continue
        names = name.split()
        before = dict(entities)
        key = _full_key(names, entities)
        for k, e in before.items():  # a surname now shared: the other man's mentions follow his new key
            if k not in entities:
                out = [Mention(x.span, x.kind, e.key, x.how, x.candidates) if x.key == k else x for x in out]
        ent = entities.setdefault(key, PersonEntity(key, name, []))
        if m.span(1) not in ent.mentions:
            ent.mentions.append(m.span(1))
            out.append(Mention(m.span(1), "person", key, "full"))
        surname = names[-1]
        taken = [p.span for p in out]
        for sm in re.finditer(rf"\b{re.escape(surname)}\b", doc.text):
            sp = (sm.start(), sm.end())
            if any(a <= sp[0] < b for a, b in taken) or any(a <= sp[0] < b for a, b in blocked):
                continue
            ent.mentions.append(sp)
            out.append(Mention(sp, "person", key, "surname"))
    return sorted(out, key=lambda x: x.span)


_CALLED = re.compile(r",\s+(?:per\s+tutti|detto|dett[oa]|soprannominat[oa]|conosciut[oa]\s+come|ribattezzat[oa])\s+"
                     r"(?:il\s+|lo\s+|la\s+|l['’]\s*)?([A-ZÀ-Ý][\w'’]+)", re.I)


def _declared_nicknames(doc: Document, people: list[Mention], entities: dict[str, PersonEntity]) -> list[Mention]:
    """'Valentín Castellanos, per tutti il Taty, ...' then 'il Taty Castellanos': the nickname the article gives a
    person makes the nickname-and-surname one more name of theirs (and the statement's legal name, sharing the
    surname and the first name, is merged by the same surname key)."""
    remap: dict[str, str] = {}
    for m in people:
        ent = entities.get(m.key)
        if ent is None or len(ent.name.split()) < 2:
            continue
        called = _CALLED.match(doc.text, m.span[1])
        if not called:
            continue
        nick = called.group(1)
        surname = ent.name.split()[-1].lower()
        if ent.name.split()[0] == nick:  # 'Mariolino Corso' in the title, then 'Mario Corso, per tutti Mariolino':
            ent.name = doc.text[m.span[0]:m.span[1]]  # the name is the one the nickname is declared after
        for k, other in list(entities.items()):
            if k == m.key or k in remap:
                continue
            words_ = other.name.split()
            if words_ and words_[0] == nick and any(w.lower() == surname for w in words_[1:]):
                remap[k] = m.key  # 'Taty Castellanos' is Valentín Castellanos
    for k, v in remap.items():
        if k in entities and v in entities:
            entities[v].mentions = sorted(entities[v].mentions + entities[k].mentions)
            del entities[k]
    if not remap:
        return people
    return [Mention(m.span, m.kind, remap.get(m.key, m.key), m.how, m.candidates) for m in people]


_PHOTO_CREDIT = re.compile(r"(?:\(|\b)(?:foto|ph\.?|photo|credit)\s*:?\s*$", re.I)
_STATEMENT = re.compile(r"[«“\"]([^»”\"]{0,160}?\b(?:comunica|annuncia|rende\s+noto|informa)\b[^»”\"]*)[»”\"]", re.I)


def _legal_names(doc: Document, people: list[Mention], entities: dict[str, PersonEntity]) -> list[Mention]:
    """A nickname in the prose and the legal first name in the club's statement are one person: '... di Ricky
    Massara' and '«AC Milan comunica che Frederic Massara lascia l'incarico»'. The statement's name is the one
    kept. Two first names that meet in one sentence outside a statement are two people (brothers)."""
    statements = [m.span(1) for m in _STATEMENT.finditer(doc.text)]
    if not statements:
        return people
    by_sur: dict[str, list[str]] = {}
    for k in entities:
        if "#" in k:
            by_sur.setdefault(k.split("#")[0], []).append(k)
    remap: dict[str, str] = {}
    for keys in by_sur.values():
        if len(keys) != 2:
            continue
        inside = [k for k in keys if entities[k].mentions and all(any(a <= m0 < b for a, b in statements)
                                                                      for m0, _m1 in entities[k].mentions)]
        if len(inside) != 1:
            continue
        legal, nick = inside[0], next(k for k in keys if k != inside[0])
        sents = [(a, b) for a, b in doc.sentences] if doc.sentences else []
        outside = [x for x, _y in entities[nick].mentions if not any(a <= x < b for a, b in statements)]
        together = any(any(a <= x < b for x, _y in entities[legal].mentions) and any(a <= x < b for x in outside)
                       for a, b in sents)  # ('«... Frederic Massara lascia ... Il Club ringrazia Ricky»': one man)
        if together:
            continue
        entities[legal].mentions = sorted(entities[legal].mentions + entities[nick].mentions)
        del entities[nick]
        remap[nick] = legal
    if not remap:
        return people
    return [Mention(m.span, m.kind, remap.get(m.key, m.key), m.how, m.candidates) for m in people]


def _first_names_as_nicknames(doc: Document, tms: list[Mention], people: list[Mention],
                              entities: dict[str, PersonEntity]) -> tuple[list[Mention], list[Mention]]:
    """'A Rudi va il mio ringraziamento' in a story about Rudi Garcia: the first name, not the club nicknamed
    'Rudí' — when exactly one person of the article has that first name."""
    firsts: dict[str, list[str]] = {}
    for k, e in entities.items():
        parts = e.name.split()
        if len(parts) >= 2:
            firsts.setdefault(fold(parts[0]), []).append(k)
    keep = []
    for m in tms:
        w = doc.text[m.span[0]:m.span[1]]
        owners = firsts.get(fold(w), [])
        if m.how in ("nick", "alias") and " " not in w and w[:1].isupper() and len(owners) == 1:
            people.append(Mention(m.span, "person", owners[0], "first"))
            entities[owners[0]].mentions.append(m.span)
            continue
        keep.append(m)
    return keep, sorted(people, key=lambda x: x.span)


@lru_cache(maxsize=1)
def _relative_rx() -> re.Pattern[str]:
    kin = "|".join(re.escape(w) for w in words("text", "kin_same_surname"))
    return re.compile(rf"\b(?:il|la|suo|sua|al|alla|del|della|dal|dalla|col)\s+(?:suo\s+|sua\s+)?(?:{kin})\s+"
                      r"([A-ZÀ-Ý][a-zà-ÿ]+)\b(?!\s+[A-ZÀ-Ý])")


def _relatives(doc: Document, people: list[Mention], entities: dict[str, PersonEntity]) -> list[Mention]:
    """'il figlio Davide', 'il gemello Claudio': a person of their own, with the surname of the one named before."""
    out = list(people)
    for m in _relative_rx().finditer(doc.text):
        first = m.group(1)
        para = doc.text.rfind("\n", 0, m.start()) + 1
        before = [p for p in people if para <= p.span[0] and p.span[1] <= m.start()]
        if not before and people:  # 'insieme al cugino Jasmin' in a paragraph naming nobody: the article's protagonist
            top = max(entities.values(), key=lambda e: len(e.mentions))
            before = [p for p in people if p.key == top.key]
        if not before or first in _stop():
            continue
        base = entities.get(before[-1].key)
        if base is None or len(base.name.split()) < 2:
            continue
        surname = base.name.split()[-1] if not base.key.split("#")[0].count(" ") else " ".join(base.name.split()[-2:])
        sur_key = surname.lower()
        key = f"{sur_key}#{first.lower()}"
        if key not in entities:
            if sur_key in entities:  # the relative shares the surname: both get their own key
                old = entities.pop(sur_key)
                old_key = f"{sur_key}#{old.name.split()[0].lower()}"
                old.key = old_key
                entities[old_key] = old
                for p in out:
                    if p.key == sur_key:
                        p.key = old_key
            entities[key] = PersonEntity(key, f"{first} {surname}", [])
        span = m.span(1)
        out = [p for p in out if not (p.span[0] <= span[0] < p.span[1])]
        entities[key].mentions.append(span)
        out.append(Mention(span, "person", key, "first"))
    return sorted(out, key=lambda x: x.span)


@lru_cache(maxsize=1)
def _epithet_rx() -> re.Pattern[str] | None:
    from .knowledge import lexicon
    phrases = [p for ps in lexicon().get("city_epithets", {}).values() for p in ps]
    if not phrases:
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)), re.IGNORECASE)


def _epithet_spans(text: str) -> list[Span]:
    """City epithets ('sotto le Due Torri', 'sotto la Mole'): never part of a person's name."""
    rx = _epithet_rx()
    return [m.span() for m in rx.finditer(text)] if rx else []


def _anaphors(doc: Document, people: list[Mention], tms: list[Mention]) -> list[Mention]:
    """'quest'ultimo', 'l'ex di turno': the person named last before it, when a person was named last."""
    out = list(people)
    for m in re.finditer(r"\bquest['’]ultimo\b|\bl['’]ex\s+di\s+(?:turno|giornata|serata)\b|\bil\s+grande\s+ex\b", doc.text,
                         re.IGNORECASE):
        prev_p = [p for p in people if p.span[1] <= m.start()]
        prev_t = [t for t in tms if t.span[1] <= m.start()]
        if prev_p and (not prev_t or prev_p[-1].span[0] > prev_t[-1].span[0]):
            out.append(Mention(m.span(), "person", prev_p[-1].key, "anaphor"))
    return sorted(out, key=lambda x: x.span)
