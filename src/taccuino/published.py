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
    votes = _duration_votes(timexes, text) + _age_votes(text, month, day)
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
