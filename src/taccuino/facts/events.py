"""Births and matches."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..dates import _num
from ..knowledge import competitions, teams
from ..model import Birth, Match
from .context import Context, has_any

_PLACE = r"([A-ZÀ-Ý][a-zà-ÿ']+(?:\s+(?:della|dello|degli|dei|del|di|sull'|sul|Santa|San|[A-ZÀ-Ý][a-zà-ÿ']+))*)"
_BORN = re.compile(rf"\b(?:[Nn]at[oa]|[Nn]asce|[Nn]acque|[Vv]iene\s+alla\s+luce|[Vv]enne\s+alla\s+luce)\s+(?:a|ad|in)\s+{_PLACE}|"
                   rf"\b(?:a|ad|di)\s+{_PLACE},\s+dove\s+(?:è\s+nat[oa]|nacque|era\s+nat[oa])")
_AGE = re.compile(r"\b(compirà|compie|ha compiuto|compiuto|ha festeggiato)\s+(\d{2})\s+anni\s*(domani|oggi|ieri|da\s+(?:due|tre|\d)\s+giorni)?")
_CLASSE = re.compile(r"\bclasse\s+((?:19|20)\d\d)\b|\b(?:nat[oa]|nasce|nacque)\b[^.]{0,40}?\bnel\s+((?:19|20)\d\d)\b", re.I)


def births(ctx: Context) -> list[Birth]:
    """'nato a Certaldo il 7 marzo 1959', 'a Fiesole, dove è nato l'8 maggio 1981', 'classe 1984',
    'compirà 45 anni domani': the person's birth date (as precise as stated) and place."""
    import datetime as dt
    out: list[Birth] = []
    seen: set[str] = set()
    pub = dates_parse(ctx.published)
    for s in ctx.sentences:
        m = _BORN.search(s.text)
        born_word = re.search(r"\b(?:nat[oa]|nasce|nacque|alla\s+luce)\b", s.text, re.I)
        cl = _CLASSE.search(s.text)
        age = _AGE.search(s.text)
        if not (m or born_word or cl or age):
            continue
        person = s.subject
        if not person:
            continue
        place = (m.group(1) or m.group(2)) if m else None
        if place:
            place = re.split(r",|\s+(?:il|nel|nell)\b", place)[0].strip()
        date = None
        anchor = s.span[0] + (born_word.end() if born_word else 0)
        text = ctx.doc.text

        # ('nato a Bagnolo Mella, classe 1970, era tornato ... il 7 agosto 2022': a day in the next clause is no birth)
        told = [t for t in s.timexes if t.span[0] >= anchor - 1 and not _NEW_CLAUSE.search(text, anchor, t.span[0])]
        full = [t for t in told if t.kind in ("absolute", "numeric") and t.value and len(t.value) == 10]
        dm = [t for t in told if t.kind == "day_month"]
        year = next((g for g in (cl.groups() if cl else ()) if g), None)
        first = min(full + dm, key=lambda t: t.span[0]) if (full or dm) else None
        if first is not None and first in dm and year and born_word and first.span[0] - anchor <= 60:
            full = []  # 'Classe 1983, nato a Castellammare di Stabia il 31 gennaio, ... esordito il 14 maggio 2000'
        if full and born_word:
            date = full[0].value
        elif dm and year and born_word:  # ('Il 19 luglio X, classe 1999, è stato ceduto': a year, not that day)
            p = dm[0].parts
            from ..dates import _month
            date = f"{year}-{_month(str(p['m'])):02d}-{int(str(p['d'])):02d}"
        elif year:
            date = year
        elif age and pub:
            shift = {"domani": 1, "oggi": 0, "ieri": -1}.get((age.group(3) or "").split()[0] if age.group(3) else "", None)
            if age.group(3) and age.group(3).startswith("da"):
                found = re.search(r"\d+|due|tre", age.group(3))
                n = found.group(0) if found else "0"
                shift = -{"due": 2, "tre": 3}.get(n, int(n) if n.isdigit() else 0)
            if shift is not None:
                day = pub + dt.timedelta(days=shift)
                date = f"{day.year - int(age.group(2)):04d}-{day.month:02d}-{day.day:02d}"
        if place is None and (born_word or cl):
            place = _home_town(ctx, s)  # 'Torinese, nata il 31 gennaio 1971', 'Genovese, classe 1972'
        if not date and not place:
            continue
        if person in seen:  # 'classe 2003' then 'Nato a Verbania il 5 novembre 2003': keep the fuller statement
            old = next(b for b in out if b.person == ctx.name_of(person))
            if len(date or "") > len(old.date or "") or (place and not old.place and (date or "")[:4] == (old.date or "")[:4]):
                old.date, old.place = (date if len(date or "") >= len(old.date or "") else old.date), place or old.place
                old.evidence.append(s.span)
            continue
        seen.add(person)
        out.append(Birth(ctx.name_of(person), date, place, [s.span], "birth.nato"))
    return home_towns(ctx, out)


_NEW_CLAUSE = re.compile(r",\s+(?:\w+\s+){0,2}(?:era|è|ha|aveva|fu|sono|hanno|arrivò|passò|è\s+stato|ha\s+\w+ato)\b", re.I)
_DEMONYM_WORD = re.compile(r"(?:^|[\s,(])([A-ZÀ-Ýa-zà-ÿ]+(?:ese|ano|ana|ino|ina|ense))\b")
_FROM_TOWN = re.compile(r"\b(?i:il|l'|la|al|del|dal|col|per\s+il)\s*(?i:tecnico|allenatore|allenatrice|mister|attaccante|"
                        r"difensore|centrocampista|portiere|dirigente|ds|presidente|bomber|ex\s+\w+)\s+di\s+"
                        r"([A-ZÀ-Ý][a-zà-ÿ']+(?:\s+(?:della|del|di|sul|San|[A-ZÀ-Ý][a-zà-ÿ']+))*)"
                        r"|\b(?i:classe)\s+(?:19|20)\d\d\s+di\s+([A-ZÀ-Ý][a-zà-ÿ']+(?:\s+[A-ZÀ-Ý][a-zà-ÿ']+)?)")
# ('il tecnico di Adria', 'Barbara Bonansea, classe 1991 di Pinerolo')


def _home_town(ctx: Context, s) -> str | None:
    """A town named by its demonym where the birth is told ('Torinese, nata il ...'): the team data's city."""
    towns = _demonym_towns()
    return next((towns[w] for m in _DEMONYM_WORD.finditer(s.text) if (w := m.group(1).lower()) in towns), None)


@lru_cache(maxsize=1)
def _demonym_towns() -> dict[str, str]:
    """Demonym -> city, from the clubs' data, for demonyms that name the town ('torinese' -> 'Torino'; a club's
    nickname-demonym such as 'biancoceleste' does not)."""
    from ..knowledge import lexicon
    towns: dict[str, str] = {k.lower(): str(v) for k, v in lexicon().get("demonym_towns", {}).items()}
    for t in teams().values():
        if t.city and t.type == "club":
            for d in t.demonyms:
                if d.lower().startswith(t.city[:3].lower()):
                    towns.setdefault(d.lower(), t.city)
    return towns


def home_towns(ctx: Context, births: list[Birth]) -> list[Birth]:
    """'il tecnico di Adria', 'al tecnico di Biella': a person's home town, named by an epithet, as the place of
    a birth the article dates but does not place (a club's name is not a town here: 'l'allenatore del Lecce')."""
    by_person = {b.person: b for b in births}
    for s in ctx.sentences:
        for m in _FROM_TOWN.finditer(s.text):
            g = 1 if m.group(1) else 2
            town = m.group(g).split(",")[0].strip()
            at = s.span[0] + m.start(g)
            if any(t.span[0] <= at < t.span[1] and teams()[t.key].type in ("club", "national") and t.how != "city"
                   for t in ctx.mentions.teams) or town in ("Serie", "Coppa"):
                continue
            key = s.subject
            if key is None:
                continue
            name = ctx.name_of(key)
            b = by_person.get(name)
            if b is not None and not b.place:
                b.place = town
                b.evidence.append(s.span)
    return births


def dates_parse(published: str | None):
    import datetime as dt
    if not published or not re.match(r"\d{4}-\d{2}-\d{2}", published):
        return None
    return dt.date.fromisoformat(published[:10])


def matches(ctx: Context) -> list[Match]:
    """Two teams of one kind in a sentence that tells of a game, with the game's date and score where stated.

    Pairs: 'A-B', 'tra A e B', 'A ha battuto B', 'contro B' (A being the team the sentence or its
    paragraph is about).
    """
    from ..knowledge import words
    text = ctx.doc.text
    cues = words("matches", "cues")
    out: list[Match] = []
    for s in ctx.sentences:
        if not has_any(s.text, cues) and not re.search(r"\d\s*-\s*\d", s.text):
            continue
        tms = [t for t in s.teams if not any(a <= t.span[0] < b for a, b in s.in_quote)]
        for home, away, kind in _pairs(ctx, s, tms, text):
            if home == away or teams()[home].type != teams()[away].type:
                continue
            score = _score(text, s, home, away, tms)
            date = _match_date(ctx, s, _pos_of(tms, away))
            if not date and not score:
                continue
            out.append(Match(teams()[home].name, teams()[away].name, date, score, _competition(ctx, s), [s.span],
                             f"match.{kind}"))
    out = _dedupe(out)
    undated = [m for m in out if m.date is None and m.score]
    if undated:  # the report's own game: 'quella andata in scena ieri a Fuorigrotta', 'sabato sera a San Siro'
        body = [p for p in ctx.doc.paragraphs() if ctx.doc.zone_of(p[0]) == "body"][:3]
        days = [t for t in ctx.timexes if t.value and len(t.value) == 10 and t.kind in ("rel", "wd_rel", "wd_day")
                and t.anchor == "published" and any(a <= t.span[0] < b for a, b in body)
                and (not ctx.published or t.value <= ctx.published[:10])
                and not _PAST_EVENT.search(ctx.doc.text[max(0, t.span[0] - 40):t.span[0]])]
        # (not 'era stato scelto martedì, 16 gennaio': another event's day, told in the pluperfect)
        used = {m.date for m in out if m.date}
        named = [pa for pa in ctx.doc.paragraphs() if ctx.doc.zone_of(pa[0]) == "body" and (
            ctx.mentions.people_in(pa) or ctx.mentions.teams_in(pa))][:1]
        days = [t for t in days if t.value not in used or any(a <= t.span[0] < b for a, b in named)]
        # (nor, further down, 'il 3-1 incassato domenica scorsa': another game's day; the lead's day is the round's)
        if days:
            undated[0].date = days[0].value
        elif ctx.published and len(ctx.published) >= 10 and any(
                ctx.doc.zone_of(e[0]) in ("title", "teaser") or (body and body[0][0] <= e[0] < body[0][1])
                for e in undated[0].evidence):
            undated[0].date = ctx.published[:10]  # 'ROMA-VERONA 2-1' over the report: the game of the day it came out
    return out


def _pairs(ctx: Context, s, tms: list, text: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for a, b in zip(tms, tms[1:], strict=False):
        gap = text[a.span[1]:b.span[0]]
        if re.fullmatch(r"\s*[-–]\s*", gap):
            out.append((a.key, b.key, "dash"))
        elif re.fullmatch(r"\s+e\s+(?:il|la|lo|l')?\s*", gap) and re.search(
                r"\b(?:tra|fra)\s+(?:il|la|lo|l')?\s*$", text[max(0, a.span[0] - 8):a.span[0]]):
            out.append((a.key, b.key, "tra"))
    if out:
        return out
    for b in tms:
        before = text[max(s.span[0], b.span[0] - 45):b.span[0]].lower()
        if not re.search(r"(?:contro|battuto|superato|sconfitto|travolt[oia]|eliminato|ribaltato|rimontato|"
                         r"affronta|affronterà|ospita|ospiterà|sul campo del|sul campo dell'|in casa del|in casa dell'|"
                         r"incassat[oa]|subit[oa]|\d\s*-\s*\d)\s*(?:per\s+)?(?:\d\s*-\s*\d\s*)?(?:da|dal|dall'|dalla|"
                         r"il|la|lo|l'|i|gli|le|contro)?\s*(?:il|la|lo|l')?\s*$", before):
            continue
        clause_lo = max(text.rfind(";", s.span[0], b.span[0]), text.rfind(":", s.span[0], b.span[0]), s.span[0])
        own = [t for t in tms if clause_lo <= t.span[0] < b.span[0] and t.key != b.key
               and teams()[t.key].type == teams()[b.key].type]
        home = own[-1].key if own else _context_side(ctx, s, b.key)
        if home and re.search(r"(?:sul\s+campo|in\s+casa)\s+(?:del|dell'|della|dello)\s*$", before):
            out.append((b.key, home, "away_win"))  # 'il Genoa passa 2-1 in casa del Bari': Bari at home
        elif home:
            out.append((home, b.key, "versus"))
    return out


def _context_side(ctx: Context, s, other: str) -> str | None:
    """The team the sentence is about when it names only the opponent: the paragraph's club, else the article's."""
    from .context import context_team
    lo = ctx.doc.text.rfind("\n", 0, s.span[0]) + 1
    before = [t.key for t in ctx.mentions.teams if lo <= t.span[0] < s.span[0] and t.key != other]
    if before:
        return before[-1]
    ct = context_team(ctx, s.span[0])
    if ct and ct != other:
        return ct
    counts: dict[str, int] = {}
    for t in ctx.mentions.teams:
        if t.key != other and teams()[t.key].type == teams()[other].type:
            counts[t.key] = counts.get(t.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


_WINNER_VERB = re.compile(r"\s+(?:\w+\s+){0,2}?(?:passa|passò|vince|vinse|batte|battè|supera|superò|sbanca|sbancò|espugna|"
                          r"espugnò|piega|piegò|travolge|travolse|regola|regolò|s'impone|si\s+impone|si\s+impose|"
                          r"ha\s+(?:vinto|battuto|superato|piegato|travolto|espugnato|sbancato))\s+(?:\w+\s+){0,3}?$", re.I)


def _score(text: str, s, home: str, away: str, tms: list) -> str | None:
    m = re.search(r"(?<![\d/.])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/.°ª])", s.text)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    at = s.span[0] + m.start()
    winner = next((t for t in reversed(tms) if t.span[1] <= at and _WINNER_VERB.fullmatch(text, t.span[1], at)), None)
    if winner is not None and winner.key == away and a > b:
        a, b = b, a  # 'il Genoa passa 2-1 al San Nicola': the visitors' win, written winner first; home-away 1-2
    return f"{a}-{b}"


def _pos_of(tms: list, key: str) -> int:
    return next((t.span[0] for t in tms if t.key == key), 0)


_DAY_KINDS = ("absolute", "numeric", "day_month", "wd_day", "rel", "wd_rel", "narr", "ago")


_PAST_EVENT = re.compile(r"\b(?:era|erano|aveva|avevano)\s+(?:stat[oaie]\s+)?\w+\s*$", re.I)
_AFTER_GAME = re.compile(r"\s+(?:la|il|lo|l')\s*(?:finale|partita|gara|sfida|match|derby|semifinale|sconfitta|vittoria|"
                         r"pareggio|ko|successo)\b", re.I)


def _match_date(ctx: Context, s, pos: int = 0) -> str | None:
    """The day of the game: the day named nearest the opponent in the sentence, else in the sentence before."""
    days = [t for t in s.timexes if t.value and len(t.value) >= 10 and t.kind in _DAY_KINDS and t.type != "duration"
            and t.prep != "contract"]
    text = ctx.doc.text
    lo = max(text.rfind(";", s.span[0], pos), s.span[0]) if pos else s.span[0]
    hi = text.find(";", pos, s.span[1]) if pos else -1
    hi = hi if hi >= 0 else s.span[1]
    same_clause = [t for t in days if lo <= t.span[0] < hi]
    days = same_clause or days  # 'Il 9 marzo ... dall'Atalanta; una settimana fa ... la Fiorentina'
    if days:
        best = min(days, key=lambda t: abs(t.span[0] - pos))
        n = best.parts.get("n")
        other = [t for t in days if t is not best and t.anchor == "published"]
        if _AFTER_GAME.match(text, best.span[1]) and best.kind == "narr" and best.parts.get("dir") == "dopo" \
                and str(best.parts.get("u", "")).startswith("giorn") and other and n:
            d = dt.date.fromisoformat(str(other[0].value)[:10]) - dt.timedelta(days=_num(str(n)))
            return d.isoformat()  # 'lo ha comunicato oggi, tre giorni dopo la finale': the final, three days before today
        return str(best.value)[:10]
    i = ctx.sentences.index(s)
    if i > 0 and ctx.doc.text.count("\n", ctx.sentences[i - 1].span[0], s.span[0]) == 0 \
            and ctx.doc.zone_of(ctx.sentences[i - 1].span[0]) == ctx.doc.zone_of(s.span[0]) == "body":
        prev = [t for t in ctx.sentences[i - 1].timexes if t.value and len(t.value) >= 10 and t.kind in _DAY_KINDS
                and t.type != "duration"]
        if prev:
            return prev[-1].value[:10]  # type: ignore[index]
    if ctx.doc.zone_of(s.span[0]) == "caption":
        return next((t.value for t in s.timexes if t.value and len(t.value) == 10), None)
    return None


def _competition(ctx: Context, s) -> str | None:
    comps = ctx.mentions.competitions_in(s.span)
    if comps:
        return competitions()[comps[0].key].name
    return None


def _dedupe(ms: list[Match]) -> list[Match]:
    out: list[Match] = []
    for m in ms:
        dup = next((o for o in out if {o.home, o.away} == {m.home, m.away} and (o.date == m.date or not m.date)), None)
        if dup:
            dup.score = dup.score or m.score
            continue
        out.append(m)
    return out
