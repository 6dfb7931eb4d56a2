"""Births and matches."""

from __future__ import annotations

import re

from ..knowledge import competitions, teams
from ..model import Birth, Match
from .context import Context

_PLACE = r"([A-ZÀ-Ý][a-zà-ÿ']+(?:\s+(?:di|del|San|Santa|[A-ZÀ-Ý][a-zà-ÿ']+))*)"


def births(ctx: Context) -> list[Birth]:
    text = ctx.doc.text
    out: list[Birth] = []
    seen: set[str] = set()
    for s in ctx.sentences:
        m = re.search(rf"\b[Nn]at[oa]\s+(?:a|ad|in)\s+{_PLACE}|(?:tecnico|allenatore|ragazzo|giocatore)\s+di\s+{_PLACE},\s+nat[oa]",
                      s.text)
        dm = re.search(r"\bnat[oa]\b[^.]{0,80}?\bil\s+", s.text)
        if not m and not dm:
            continue
        person = s.subject
        if not person or person in seen:
            continue
        place = (m.group(1) or m.group(2)) if m else None
        if place:
            place = re.split(r",|\s+(?:il|nel|nell)\b", place)[0].strip()
        date = None
        for t in s.timexes:
            if t.kind in ("absolute", "numeric") and t.value and len(t.value) == 10:
                date = t.value
                break
        if not date and not place:
            continue
        seen.add(person)
        out.append(Birth(ctx.name_of(person), date, place, [s.span], "birth.nato"))
    del text
    return out


def matches(ctx: Context) -> list[Match]:
    """'A-B 2-1', 'tra A e B', 'A ha battuto B 2-1': both teams and, where stated, date and score."""
    text = ctx.doc.text
    out: list[Match] = []
    for s in ctx.sentences:
        tms = [t for t in s.teams if not any(a <= t.span[0] < b for a, b in s.in_quote)]
        for a, b in zip(tms, tms[1:]):
            gap = text[a.span[1]:b.span[0]]
            kind = None
            if re.fullmatch(r"\s*[-–]\s*", gap):
                kind = "dash"
            elif re.fullmatch(r"\s+e\s+(?:il|la|lo|l')?\s*", gap) and re.search(
                    r"\b(?:tra|fra)\s+(?:il|la|lo|l')?\s*$", text[max(0, a.span[0] - 8):a.span[0]]):
                kind = "tra"
            if not kind or a.key == b.key:
                continue
            if teams()[a.key].type != teams()[b.key].type:
                continue
            after = text[b.span[1]:min(s.span[1], b.span[1] + 60)]
            sc = re.search(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b", after[:40])
            score = f"{sc.group(1)}-{sc.group(2)}" if sc else None
            date = _match_date(ctx, s)
            if not date and not score:
                continue
            comp = _competition(ctx, s)
            out.append(Match(teams()[a.key].name, teams()[b.key].name, date, score, comp, [s.span],
                             f"match.{kind}"))
    return _dedupe(out)


def _match_date(ctx: Context, s) -> str | None:
    for t in s.timexes:
        if t.value and len(t.value) == 10 and t.kind in ("absolute", "numeric", "day_month", "wd_day", "rel",
                                                          "wd_rel"):
            return t.value
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
