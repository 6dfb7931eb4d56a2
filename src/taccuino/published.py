"""The publication date: from metadata, byline or dateline; a missing year inferred from the text."""

from __future__ import annotations

import re

from . import dates
from .knowledge import words


def parse_header_date(text: str) -> tuple[int | None, int, int, str | None] | None:
    """(year or None, month, day, "HH:MM" or None) of a byline date such as '28 gennaio - 21:25'."""
    months = {m: i + 1 for i, m in enumerate(words("dates", "months"))}
    months |= {m: i + 1 for i, m in enumerate(words("dates", "months_short"))}
    t = text.strip().lower()
    hm = re.search(r"(\d{1,2})[:.](\d{2})\s*$", t)
    clock = f"{int(hm.group(1)):02d}:{hm.group(2)}" if hm else None
    m = re.match(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})", t)
    if m:
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        return y, int(m.group(2)), int(m.group(1)), clock
    m = re.match(r"(\d{1,2})[./](\d{1,2})(?![./-]?\d)", t)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return None, int(m.group(2)), int(m.group(1)), clock  # '01.05 23:05': day and month, no year
    m = re.match(r"(\d{1,2})\s+([a-zà-ù]+)\.?(?:\s+(\d{4}))?", t)
    if m and m.group(2) in months:
        return (int(m.group(3)) if m.group(3) else None), months[m.group(2)], int(m.group(1)), clock
    return None


def from_meta(value: str) -> str | None:
    """ISO metadata ('2024-05-10T09:30:00+02:00') to the contract's form ('2024-05-10T09:30')."""
    m = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value.strip())
    if not m:
        return None
    return m.group(1) + (f"T{m.group(2)}" if m.group(2) else "")


def infer_year(month: int, day: int, timexes: list[dates.Timex], text: str) -> tuple[int | None, str]:
    """The publication year for a byline without one, and the reasoning.

    The article cannot predate the latest past date it states; deictic expressions whose narrative
    year is known ("a marzo dell'anno scorso, dopo quasi tre anni" after a dated event) fix it.
    """
    latest: tuple[int, int, int] | None = None
    season_start: int | None = None  # the latest season the text tells of
    for t in timexes:
        if t.kind in ("absolute", "numeric", "month_year", "year", "season", "range", "year_short"):
            if dates._future_context(text, t.span) or t.prep == "contract" or (t.prep == "until" and t.kind != "range"):
                continue
            p = dates.parse_iso(t.end if t.kind in ("range",) else t.value)
            if t.kind == "season":
                p = dates.parse_iso(t.start)
                if re.search(r"\b(?:dopo\s+la|dopo\s+una|(?<!fino\s)al\s+termine\s+della|reduce\s+dalla|chiusa\s+la)\s+"
                             r"(?:\w+\s+)?(?:stagione\s+)?$", text[max(0, t.span[0] - 35):t.span[0]], re.I) and t.end:
                    p = (int(t.end[:4]), 5, 31)  # 'dopo la stagione 2021/22 alla guida del Potenza': that season is over
            if p:
                key = (p[0], p[1] or 1, p[2] or 1)
                latest = key if latest is None or key > latest else latest
                if t.kind == "season" and t.start and t.end and (season_start is None or int(t.start[:4]) > season_start):
                    season_start = int(t.start[:4])
    for y in _stay_bounds(timexes, text):  # 'era arrivato nel 2016 e ci è rimasto per nove stagioni': not before 2025
        if latest is None or (y, 1, 1) > latest:
            latest = (y, 1, 1)
    votes = _duration_votes(timexes, text) + _age_votes(text, month, day) + _span_votes(timexes, text) \
        + _anniversary_votes(text) + _birth_year_votes(text)
    if votes:
        y = max(set(votes), key=votes.count)
        if latest is None or y >= latest[0]:
            return y, f"a deictic expression dated through a duration from an earlier event gives {y}"
    if latest is None:
        return None, "no dated event in the text to infer the year from"
    y = latest[0]
    if (month, day) < (latest[1], latest[2]):
        y += 1
    if season_start is not None and latest[0] == season_start and month <= 6:
        return season_start + 1, (f"the latest thing the text tells of is the season {season_start}/"
                                  f"{(season_start + 1) % 100:02d}: a {day}/{month} within it is in {season_start + 1}")
    return y, f"the latest past date in the text is {latest[0]}-{latest[1]:02d}: the first {day}/{month} after it"


def _duration_votes(timexes: list[dates.Timex], text: str) -> list[int]:
    """Years implied by 'X dell'anno scorso ... dopo N anni' after a dated event."""
    votes: list[int] = []
    last_year: int | None = None
    by_sentence: dict[int, list[dates.Timex]] = {}
    for t in timexes:
        by_sentence.setdefault(_sent_id(text, t.span[0]), []).append(t)
    for sid in sorted(by_sentence):
        group = by_sentence[sid]
        dur = next((t for t in group if t.kind == "duration" and str(t.parts.get("unit")) in ("Y", "S")), None)
        rel = next((t for t in group if _years_back(t) is not None), None)
        if dur and rel and last_year is not None and re.search(r"\bdopo\b", dur.text, re.IGNORECASE):
            votes.append(last_year + int(dur.parts["count"]) + int(_years_back(rel) or 0))  # type: ignore[call-overload]
        for t in group:
            if t.kind in ("absolute", "numeric", "month_year", "year", "season", "range", "month") and t.value:
                p = dates.parse_iso(t.end if t.kind == "range" else (t.start or t.value))
                if p:
                    last_year = p[0]
    return votes


def _age_votes(text: str, month: int, day: int) -> list[int]:
    """'nato ... il 10 giugno 1959' and 'ieri ha compiuto 66 anni': the year the article was written."""
    months = {m: i + 1 for i, m in enumerate(words("dates", "months"))}
    born = re.search(r"\bnat[oa]\b[^.]{0,60}?\b(\d{1,2})\s+(" + "|".join(months) + r")\s+((?:19|20)\d\d)", text, re.I)
    age = re.search(r"\b(?:compiuto|compie|festeggiato|festeggia|aveva)\s+(\d{2})\s+anni|"
                    r"\b(?:morto|morta|scomparso|scomparsa|spento|spenta)\b[^.]{0,40}?\ba\s+(\d{2})\s+anni", text, re.I)
    # ('Aveva 86 anni: era nato a Roma il 19 marzo 1937': an obituary's age dates it too)
    if not born or not age:
        return []
    by, bm, bd = int(born.group(3)), months[born.group(2).lower()], int(born.group(1))
    y = by + int(age.group(1) or age.group(2))
    return [y if (bm, bd) <= (month, day) else y + 1]


def _years_back(t: dates.Timex) -> int | None:
    s = t.text.lower()
    if t.kind == "month_lastyear" or "anno scorso" in s or "scorso anno" in s:
        return 1
    if t.kind == "ago" and str(t.parts.get("u", "")).startswith(("ann", "stag")):
        return dates._num(str(t.parts["n"]))
    return None


def _sent_id(text: str, pos: int) -> int:
    return text.count(". ", 0, pos) + text.count("\n", 0, pos)


_LEAVING_NOW = re.compile(r"\b(?:lascia|lasciano|saluta|salutano|se\s+ne\s+va|dice\s+addio|chiude|si\s+separa(?:no)?|"
                          r"termina|finisce|si\s+chiude|si\s+conclude|è\s+finita|divorzia|divorzio|addio|ritira|si\s+ritira|"
                          r"appende|riparte|cambia|finiscono|terminano|si\s+chiudono|si\s+concludono|ora\s+va|"
                          r"(?:è|sarà)\s+(?:il\s+)?(?:nuovo|nuova))\b", re.I)
_BEGAN = re.compile(r"\b(?:arrivat[oa]|approdat[oa]|sbarcat[oa]|giunt[oa]|tornat[oa]|dal|dall'|dalla|nel|nell'|in|"
                    r"ingaggiat[oa]|scelt[oa]|chiamat[oa]|assunt[oa]|cominciat[oea]|iniziat[oea])\s*"
                    r"(?:(?:estate|inverno|autunno|primavera|stagione|gennaio|giugno|luglio|agosto)\s+(?:del\s+|dell'\s*)?|\w+\s+)?$",
                    re.I)


def _span_votes(timexes: list[dates.Timex], text: str) -> list[int]:
    """'arrivato nel 2014, lascia dopo otto stagioni', 'in biancoceleste dal 2016, ... da nove stagioni': a spell that
    began in a stated year and runs, or ends today, N years or seasons later is told in that year plus N."""
    votes: list[int] = []
    by_sentence: dict[int, list[dates.Timex]] = {}
    for t in timexes:
        by_sentence.setdefault(_sent_id(text, t.span[0]), []).append(t)
    for sid, group in sorted(by_sentence.items()):
        for dur in group:
            count = _years_long(dur)
            if not count:
                continue
            lead = dur.text.lower().split()[0]
            sentence = _clause_at(text, dur.span[0])
            if lead != "da" and not _LEAVING_NOW.search(sentence):
                continue  # ('lasciò dopo tre stagioni', 'lo guidò per tre stagioni': a past spell, not today)
            began = _start_year([t for t in by_sentence.get(sid, []) + by_sentence.get(sid - 1, [])
                                 if not dates._future_context(text, t.span)], text, dur)
            if began:
                votes.append(began + count)
    return votes


_STAYED = re.compile(r"\b(?:è|ci\s+è|vi\s+è|ha)\s+(?:rimast[oa]|restat[oa]|guidato|allenato|giocato|militato|lavorato)\s+"
                     r"(?:\w+\s+){0,3}$", re.I)


def _stay_bounds(timexes: list[dates.Timex], text: str) -> list[int]:
    """A spell told in the passato prossimo with its length after a stated start ('era arrivato all'Atalanta nel 2016
    e ci è rimasto per nove stagioni'): the article is written that year plus N or later."""
    out: list[int] = []
    for dur in timexes:
        count = _years_long(dur)
        if not count:
            continue
        if not dur.text.lower().startswith("per") or not _STAYED.search(text[max(0, dur.span[0] - 40):dur.span[0]]):
            continue
        lo, _hi = _clause_span(text, dur.span[0])
        began = _start_year([t for t in timexes if lo <= t.span[0] < dur.span[0]], text, dur)
        if began:
            out.append(began + count)
    return out


def _start_year(cands: list[dates.Timex], text: str, dur: dates.Timex) -> int | None:
    """The last stated start among cands ('era arrivato nel 2016', 'dal 2016'): the year a spell of length dur began."""
    began = [t for t in cands if t is not dur and t.kind in ("year", "month_year", "absolute") and _year_of(t)
             and _BEGAN.search(text[max(0, t.span[0] - 20):t.span[0]])]
    return _year_of(began[-1]) if began else None


def _years_long(dur: dates.Timex) -> int:
    """How many years or seasons a duration counts ('nove stagioni': 9), tagged or resolved; 0 for anything else."""
    unit = str(dur.parts.get("unit") or dur.parts.get("u") or "").lower()
    raw = str(dur.parts.get("count") or dur.parts.get("n") or "").lower()
    if dur.kind != "duration" or not raw or not (unit in ("y", "s") or unit.startswith(("ann", "stagion"))):
        return 0
    return dates._num(raw)


def _year_of(t: dates.Timex) -> int | None:
    y = re.search(r"(?:19|20)\d\d", str(t.value or t.parts.get("y") or t.text))
    return int(y.group(0)) if y else None


def _clause_at(text: str, pos: int) -> str:
    """The clause around pos, between the nearest full stop, colon or semicolon on each side ('lascia il Genoa: era
    arrivato nel 2016, dopo tre stagioni al Lecce': the three seasons are told of the arrival, not of today)."""
    lo, hi = _clause_span(text, pos)
    return text[lo:hi]


def _clause_span(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(x, 0, pos) for x in (". ", "\n", ": ", "; ")) + 1
    hi = min([y for y in (text.find(x, pos) for x in (". ", "\n", ": ", "; ")) if y >= 0] or [len(text)])
    return lo, hi


_ANNIVERSARY = re.compile(r"\b(?P<n>\w+)\s+anni\s+(?:esatti\s+)?(?:dal|dalla|dallo|dall'|dai|dagli|dopo)\b[^.;]{0,60}?"
                          r"\b(?:del|nel|dell'|di)\s+(?P<y>(?:19|20)\d\d)\b", re.I)


def _anniversary_votes(text: str) -> list[int]:
    """'a dieci anni dal Triplete del 2010', 'i cinquant'anni dallo scudetto del 1974': that year plus N."""
    out = []
    for m in _ANNIVERSARY.finditer(text):
        n = dates._num(m.group("n").lower())
        if n and 1 <= n <= 120:
            out.append(int(m.group("y")) + n)
    return out


_BORN_YEAR = re.compile(r"\b(?:[Cc]lasse|nat[oa]\s+nel)\s+((?:19|20)\d\d)\b")
_AGED_NOW = re.compile(r"\b(?:[Ll]ascia|[Ss]mette|[Dd]ice\s+basta|[Ss]i\s+ritira|[Cc]hiude)\s+a\s+(?:(\d{2})\s+anni|"
                      r"(quaranta|quarant'|trenta|trent'|cinquanta|cinquant'|sessanta|sessant')\s*anni)\b")
# ('Lascia a quarant'anni': the age he is now)
_DIED_AGED = re.compile(r"\b(?:morto|morta|scomparso|scomparsa|spento|spenta|si\s+è\s+spent[oa]|è\s+mort[oa])\b[^.]{0,60}?"
                        r"\ba(?:ll'età\s+di)?\s+(\d{2})\s+anni|\b[Aa]veva\s+(\d{2})\s+anni\b")


def _birth_year_votes(text: str) -> list[int]:
    """'Classe 1939, è scomparso ieri a 81 anni': born that year, the age he died at gives the year (the birthday
    not told, the likelier one)."""
    born, age = _BORN_YEAR.search(text), _DIED_AGED.search(text) or _AGED_NOW.search(text)
    if not born or not age or re.search(r"\bnat[oa]\b[^.]{0,60}?\b\d{1,2}\s+\w+\s+(?:19|20)\d\d", text):
        return []  # (a full birth date is read by the age vote)
    told = age.group(1) or age.group(2)
    years = int(told) if told.isdigit() else _TENS[told.rstrip("'a").lower()]
    return [int(born.group(1)) + years]


_TENS = {"trent": 30, "quarant": 40, "cinquant": 50, "sessant": 60}
