"""Honours: trophies won, as player or coach, with season or calendar year."""

from __future__ import annotations

import re

from ..dates import parse_iso
from ..knowledge import competitions, teams, top_league, words
from ..model import Honour
from .context import Context, has_any
from .stints import _clauses

_PLURAL_COUNT = re.compile(r"\b(due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d+)\s+\w*$", re.I)


def extract(ctx: Context, stints: list) -> list[Honour]:
    text = ctx.doc.text
    win = words("honours", "win_verbs")
    out: list[Honour] = []
    scud_rx = re.compile(r"\b(?:scudett[oi]|tricolore|titol[oi]\s+(?:di\s+campion\w+\s+)?(?:d'italia|nazional\w*)|"
                         r"campionat[oi])\b", re.I)
    for s in ctx.sentences:
        if not has_any(s.text, win) and not re.search(r"\bscudett", s.text, re.I):
            continue
        if ctx.doc.zone_of(s.span[0]) in ("title", "teaser"):
            continue
        person = s.subject
        if not person:
            continue
        items: list[tuple[int, int, str]] = []  # (start, end, competition id)
        for m in ctx.mentions.competitions_in(s.span):
            if any(a <= m.span[0] < b for a, b in s.in_quote):
                continue
            items.append((m.span[0], m.span[1], m.key))
        for m in scud_rx.finditer(s.text):
            st = s.span[0] + m.start()
            if any(a <= st < b for a, b, _ in items) or any(a <= st < b for a, b in s.in_quote):
                continue
            if m.group(0).lower().startswith("campionat") and not has_any(
                    s.text[max(0, m.start() - 40):m.start()], win):
                continue
            items.append((st, s.span[0] + m.end(), "__scudetto__"))
        items.sort()
        clauses = _clauses(ctx, s)
        for st, en, cid in items:
            person = next((sub for (ca, cb), sub in clauses if ca <= st < cb and sub), s.subject)
            if person is None:
                continue
            capacity = _capacity(ctx, _clause_of(ctx, s, st), person, stints)
            team_id = _team_for(ctx, s, st, person, stints)
            if cid == "__scudetto__":
                country = teams()[team_id].country if team_id else "IT"
                comp = top_league(country) or top_league("IT")
                if comp is None:
                    continue
                cid = comp.id
            comp = competitions()[cid]
            if comp.kind in ("league",) and not comp.top_league and "serie" in comp.name.lower():
                continue  # 'promozione in Serie A', 'in Serie B': not a trophy
            before = text[max(s.span[0], st - 80):st]
            if not has_any(before + text[en:en + 40], win) and not re.search(r"scudett|titol", text[st:en], re.I):
                continue
            if re.search(r"\b(?:qualificazione|girone|semifinale|finale di|in)\s+$", text[max(0, st - 20):st], re.I) \
                    and not has_any(before[-30:], win):
                continue
            seasons, years = _when(ctx, s, st, en, comp.calendar_year)
            count = _count(text[max(s.span[0], st - 25):st])
            team_name = teams()[team_id].name if team_id else None
            if seasons or years:
                for v in seasons:
                    out.append(Honour(ctx.name_of(person), comp.name, v, None, team_name, capacity,
                                      [s.span], "honour.season", 0.7))
                for y in years:
                    out.append(Honour(ctx.name_of(person), comp.name, None, y, team_name, capacity,
                                      [s.span], "honour.year", 0.7))
            else:
                for _ in range(max(1, count if count <= 1 else 1)):
                    out.append(Honour(ctx.name_of(person), comp.name, None, None, team_name, capacity,
                                      [s.span], "honour.plain", 0.5))
    return _dedupe(out)


def _count(before: str) -> int:
    m = _PLURAL_COUNT.search(before)
    if not m:
        return 1
    from ..dates import _num
    return _num(m.group(1))


def _when(ctx: Context, s, st: int, en: int, calendar: bool) -> tuple[list[str], list[int]]:
    """The seasons/years stated right after (or just before) the trophy."""
    seasons: list[str] = []
    years: list[int] = []
    nxt = [t for t in s.timexes if t.span[0] >= en and t.span[0] - en <= 40 and t.value]
    prev = [t for t in s.timexes if t.span[1] <= st and st - t.span[1] <= 14 and t.value
            and "," not in ctx.doc.text[t.span[1]:st]]
    cands = nxt[:1] if nxt else prev[-1:]
    if nxt and len(nxt) > 1:
        # a list of years in brackets: '(2012, 2013, 2014)'
        gap_ok = all(re.fullmatch(r"[\s,e()]*", ctx.doc.text[a.span[1]:b.span[0]]) for a, b in zip(nxt, nxt[1:]))
        if gap_ok:
            cands = nxt
    for t in cands:
        if t.type == "season" or t.kind == "season":
            seasons.append(t.value)  # type: ignore[arg-type]
        elif t.kind == "range":
            continue
        else:
            p = parse_iso(t.value)
            if p:
                years.append(p[0])
    if years and not calendar:
        seasons = seasons + [f"{y - 1}-{y % 100:02d}" for y in years]
        years = []
    return seasons, years


class _Clause:
    def __init__(self, span: tuple[int, int], text: str) -> None:
        self.span, self.text = span, text


def _clause_of(ctx: Context, s, pos: int) -> _Clause:
    """The ';'-delimited clause of sentence s around pos (capacity is stated per clause)."""
    text = ctx.doc.text
    lo = max(text.rfind(";", s.span[0], pos) + 1, s.span[0])
    hi = text.find(";", pos, s.span[1])
    hi = hi if hi >= 0 else s.span[1]
    return _Clause(s.span, text[lo:hi])


def _capacity(ctx: Context, s, person: str, stints: list) -> str:
    if has_any(s.text, words("honours", "capacity_coach")) and not has_any(s.text, words("honours", "capacity_player")):
        return "coach"
    if has_any(s.text, words("honours", "capacity_player")):
        return "player"
    name = ctx.name_of(person)
    roles = {st.role for st in stints if st.person == name}
    own = [st for st in stints if st.person == name and s.span in st.evidence]
    if own:
        return "player" if own[0].role == "player" else "coach"
    if roles and "player" not in roles:
        return "coach"
    return "player"


def _team_for(ctx: Context, s, pos: int, person: str, stints: list) -> str | None:
    tms = [t for t in s.teams if not any(a <= t.span[0] < b for a, b in s.in_quote)]
    tms = [t for t in tms if not re.search(r"(?:contro|contro il|contro la|contro l')\s*$",
                                            ctx.doc.text[max(0, t.span[0] - 14):t.span[0]])]
    if tms:
        return min(tms, key=lambda t: abs(t.span[0] - pos)).key
    name = ctx.name_of(person)
    own = [st for st in stints if st.person == name and st.evidence and st.evidence[-1][0] <= s.span[0]]
    if own:
        return own[-1].team_id
    return None


def _dedupe(hs: list[Honour]) -> list[Honour]:
    seen: set[tuple] = set()
    out = []
    for h in hs:
        k = (h.person, h.trophy, h.season, h.year, h.capacity)
        if k in seen and (h.season or h.year):
            continue
        seen.add(k)
        out.append(h)
    return out
