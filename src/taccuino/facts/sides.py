"""Which side a player was on in a match the article reports.

A result gives the two sides ('il Brasile ha battuto 1-0 il Paraguay', 'l'Italia ha pareggiato 1-1 con la
Germania', 'Udinese-Sampdoria 1-1'); the words around a name relate it to a side or to another player:

- a side that conceded nothing had every scorer: 'A decidere è stato Vinícius Júnior al 44''
- an assist or a substitution joins two team-mates: 'su cross di Matheus Cunha', 'è entrato al posto di Politano',
  'ha servito a Pellegrini il pallone del vantaggio'
- an equaliser answers the other side's goal: 'vantaggio di Pellegrini al 70', pareggio di Kimmich'

- a coach's changes, a booking, a pass or a foul: 'Inzaghi inserisce X per Y', 'il tecnico rossonero cambia:
  entra X', 'Ammoniti X e Y per il Milan', 'riceve da X', 'Theo stende Lautaro', 'A, B e C al posto di D, E e F'
- the ones who beat a side played for the other: 'Mkhitaryan e Thuram travolgono il Milan'

A name whose side the article already tells (a player's spell at one of the two sides) then decides the rest.
The match a report's headline or lead tells holds for its whole body; a result told further down for a few
sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..knowledge import words
from ..model import Span
from .context import Context, Sentence

_CARRY = 4  # sentences after a result that may still tell of that match


@dataclass(frozen=True)
class Fixture:
    home: str | None  # the side named before the verb (None: the article's side, unnamed: 'la sconfitta contro X')
    away: str
    home_goals: int | None
    away_goals: int | None

    def winner_alone(self) -> str | None:
        """The side that scored every goal of the match, if only one did."""
        h, a = self.home_goals, self.away_goals
        if h is None or a is None:
            return None
        if h > 0 and a == 0:
            return self.home
        if a > 0 and h == 0:
            return self.away
        return None


@cache
def _before_rx(key: str) -> re.Pattern[str]:
    """The cue words of [match_sides] key, as the end of the text before a name."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("match_sides", key), key=len, reverse=True))
    return re.compile(rf"(?:^|\W)(?:{alts})\s*$", re.I)


@cache
def _verb_rx(key: str) -> re.Pattern[str]:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("match_sides", key), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


_ONE_SIDE = re.compile(r"(?:\s+(?:di|del)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})?(?:\s*,[^.;]{1,130},)?"
                       r"\s+(?:(?:ieri|oggi|stasera|così|invece|poi)\s+)?(?:ha|hanno)\s+(?P<v>vinto|perso|pareggiato)\s+"
                       r"(?:per\s+)?(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\b")
# ('il Verona di Marco Baroni, l'allenatore che ..., ha vinto 0-1 lo scontro diretto': the side, its coach, an aside)
_SCORE = re.compile(r"(?<![\d.:/])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d.:/])")


def fixture(ctx: Context, s: Sentence) -> Fixture | None:
    """The match result a sentence states, if any."""
    text = ctx.doc.text
    tms = sorted(s.teams, key=lambda m: m.span)
    for x, y in zip(tms, tms[1:], strict=False):
        gap = text[x.span[1]:y.span[0]]
        if re.fullmatch(r"\s*[-–]\s*", gap):  # 'Udinese-Sampdoria 1-1'
            sc = re.match(r"\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\b", text[y.span[1]:y.span[1] + 12])
            if sc:
                return Fixture(x.key, y.key, int(sc.group(1)), int(sc.group(2)))
            continue
        if len(gap) > 70 or re.search(r"[.;]", gap):
            continue
        for kind in ("won", "drew", "lost"):
            if not _verb_rx(kind).search(re.sub(r"\s+(?:per\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\b", "", gap)):
                continue
            sc = _SCORE.search(gap) or _SCORE.match(text, y.span[1], y.span[1] + 3) or \
                _SCORE.search(text[y.span[1]:y.span[1] + 14])
            if not sc:
                return Fixture(x.key, y.key, None, None)
            g1, g2 = int(sc.group(1)), int(sc.group(2))
            hi, lo = max(g1, g2), min(g1, g2)
            return Fixture(x.key, y.key, *((hi, lo) if kind == "won" else (lo, hi) if kind == "lost" else (g1, g2)))
    for y in tms:  # 'il Verona di Marco Baroni, l'allenatore che ..., ha vinto 0-1 lo scontro diretto': one side named
        res = _ONE_SIDE.match(text, y.span[1], s.span[1])
        if res:
            g1, g2 = int(res.group("a")), int(res.group("b"))
            hi, lo = max(g1, g2), min(g1, g2)
            kind = res.group("v").lower()
            mine = hi if kind.startswith("vint") else lo if kind.startswith("pers") else g1
            theirs = lo if kind.startswith("vint") else hi if kind.startswith("pers") else g2
            return Fixture(None, y.key, theirs, mine)
    for y in tms:  # 'la sconfitta di domenica al Maradona contro l'Empoli di Aurelio Andreazzoli: 0-1'
        before = text[max(s.span[0], y.span[0] - 60):y.span[0]]
        lost = re.search(r"\b(?:sconfitta|ko|k\.o\.|tonfo|caduta)\b[^.;,]{0,45}\b(?:contro|con)\s+(?:il|lo|la|l'|i|gli|le)?\s*$",
                         before, re.I)
        if lost:
            sc = re.match(r"[^.;]{0,40}?[:,(]\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\b", text[y.span[1]:y.span[1] + 60])
            if sc:
                g1, g2 = int(sc.group(1)), int(sc.group(2))
                return Fixture(None, y.key, min(g1, g2), max(g1, g2))
    return None


def _report_fixture(ctx: Context) -> Fixture | None:
    """The match an article reports: a result told in its headline or its lead, with both sides named."""
    for s in ctx.sentences:
        if s.span[0] >= ctx.lead_end:
            break
        if ctx.doc.zone_of(s.span[0]) in ("caption", "chrome", "byline"):
            continue
        fx = fixture(ctx, s)
        if fx and fx.home and fx.away and fx.home != fx.away:
            return fx
    return None


def _fixed_sides(ctx: Context, s: Sentence, fx: Fixture, benches: dict[str, set[str]],
                 staff: set[str]) -> list[tuple[str, str]]:
    """Players a sentence puts on a side outright: 'Ammoniti X e Y per il Milan, Z per l'Inter'; the ones a coach
    of one side sends on or takes off ('Inzaghi inserisce X per Y', 'il tecnico rossonero cambia: entra X')."""
    text = ctx.doc.text
    sides = {k for k in (fx.home, fx.away) if k}
    out: list[tuple[str, str]] = []
    people = sorted((p for p in s.people if p.key not in staff), key=lambda m: m.span)
    start = s.span[0]
    for t in sorted(s.teams, key=lambda m: m.span):
        if t.key in sides and re.search(r"\bper\s+(?:il|lo|la|l'|i|gli|le)\s*$", text[max(s.span[0], t.span[0] - 8):t.span[0]]) \
                and re.match(r"\s*(?:Ammonit|Espuls|Marcatori|Reti|In\s+gol|A\s+segno|Gol)", text[s.span[0]:s.span[0] + 12]):
            out += [(p.key, t.key) for p in people if start <= p.span[0] < t.span[0]]
            start = t.span[1]
    coach_at: list[tuple[int, str]] = []
    for p in s.people:
        side = benches.get(p.key, set()) & sides
        if len(side) == 1:
            coach_at.append((p.span[1], next(iter(side))))
    for t in s.teams:  # 'il tecnico rossonero cambia': that side's bench
        if t.key in sides and re.search(r"\b(?:tecnico|allenatore|mister)\s+$", text[max(s.span[0], t.span[0] - 12):t.span[0]]):
            coach_at.append((t.span[1], t.key))
    if coach_at and (_verb_rx("sent_on").search(s.text) or _verb_rx("came_on").search(s.text)
                     or re.search(r"\b(?:cambi[oa]?|sostituzion[ei]|al\s+posto\s+(?:di|del|dell'))\b", s.text, re.I)):
        for at, bench in coach_at:
            nxt = min((c for c, _s in coach_at if c > at), default=s.span[1])
            for p in people:
                if at <= p.span[0] < nxt and not benches.get(p.key):
                    out.append((p.key, bench))
    return out


def match_sides(ctx: Context, players: dict[str, set[str]], staff: set[str],
                benches: dict[str, set[str]] | None = None) -> list[tuple[str, str, Span]]:
    """(person, team, evidence) for each player the article's match reports put on a side.

    players: the teams each person is already told to have played for; staff: people told as coaches or
    directors, never put on a side here; benches: the sides each coach leads now. A match the headline or the
    lead reports holds for the whole body, a result told further down for a few sentences.
    """
    text = ctx.doc.text
    benches = benches or {}
    known: dict[tuple[Fixture, str], str] = {}  # (match, person) -> side
    found: list[tuple[str, str, Span]] = []
    links: list[tuple[Fixture, str, str, bool, Span]] = []  # (match, a, b, same side?, evidence)
    current: Fixture | None = None
    report = _report_fixture(ctx)
    age = 0
    for s in ctx.sentences:
        if ctx.doc.zone_of(s.span[0]) in ("caption", "chrome"):
            if ctx.doc.zone_of(s.span[0]) == "chrome" and s.span[0] > ctx.lead_end:
                report = None  # ('LEGGI ANCHE', the tags: the page after the report)
            continue
        fx = fixture(ctx, s)
        prev = ctx.sentences[s.index - 1].span[1] if s.index > 0 else 0
        if fx:
            current, age = fx, 0
        elif current is not None:
            age += 1
            if age > _CARRY or any(z.kind in ("heading", "subheading", "chrome") and prev <= z.span[0] < s.span[0] for z in ctx.doc.zones):
                current = None
        if current is None and report is not None and ctx.doc.zone_of(s.span[0]) in ("body", "title", "teaser"):
            current = report
        if current is None or not s.people:
            continue
        if current.home and current.away:
            for k, side in _fixed_sides(ctx, s, current, benches, staff) + _beaters(ctx, s, current, staff):
                if (current, k) not in known:
                    known[(current, k)] = side
                    found.append((k, side, s.span))
        ordered = sorted((p for p in s.people if p.key not in staff), key=lambda m: m.span)
        for q, p in zip(ordered, ordered[1:], strict=False):  # local links between two players named in a row
            gap = text[q.span[1]:p.span[0]]
            if len(gap) > 70 or re.search(r"[.;]", gap) or q.key == p.key \
                    or (":" in gap and not _before_rx("mate_link").search(gap.rsplit(":", 1)[1])):
                continue  # ('è ancora Thuram a prendersi la scena: riceve da Denzel Dumfries': his team-mate)
            if _before_rx("mate_link").search(gap) or _before_rx("sub_before").search(gap) \
                    or _before_rx("took_over").search(gap):
                links.append((current, q.key, p.key, True, s.span))  # 'riceve da X', 'De Vrij per Bastoni', 'X rileva Y'
            elif _before_rx("foe_link").search(gap) and not re.search(r"\s(?:e|ed|poi)\s", gap):  # (not '... brucia
                # Darmian in velocità e batte Sommer': the one who beat the keeper is the sentence's subject)
                links.append((current, q.key, p.key, False, s.span))  # 'Theo stende Lautaro', 'fa a sportellate con X'
        subs = _sub_lists(text, s, ordered)
        for a_key, b_key in subs:
            links.append((current, a_key, b_key, True, s.span))
        sides = {k for k in (current.home, current.away) if k}
        alone = current.winner_alone()
        scorers: list[str] = []
        opener: str | None = None
        for p in sorted(s.people, key=lambda m: m.span):
            if p.key in staff:
                continue
            on = players.get(p.key, set()) & sides
            if len(on) == 1:
                known.setdefault((current, p.key), next(iter(on)))
            before = text[max(s.span[0], p.span[0] - 40):p.span[0]]
            if _before_rx("scorer_before").search(before):
                scorers.append(p.key)
                if alone and (current, p.key) not in known:
                    known[(current, p.key)] = alone
                    found.append((p.key, alone, s.span))
            if _before_rx("opener_before").search(before):
                opener = p.key
            elif opener and opener != p.key and _before_rx("answer_before").search(before):
                links.append((current, opener, p.key, False, s.span))
            if scorers and scorers[-1] != p.key and _before_rx("against_before").search(before):
                links.append((current, scorers[-1], p.key, False, s.span))  # 'il sinistro di X, deviato da Y'
            if _before_rx("mate_before").search(before):
                mate = next((k for k in reversed(scorers) if k != p.key), None) or s.subject
                if mate and mate != p.key and mate not in staff:
                    links.append((current, mate, p.key, True, s.span))
            elif s.subject and s.subject != p.key and s.subject not in staff \
                    and _before_rx("sub_before").search(before) \
                    and re.search(r"\b(?:entrat[oa]|subentrat[oa]|entra|subentra)\b", text[max(s.span[0], p.span[0] - 60):p.span[0]], re.I):
                links.append((current, s.subject, p.key, True, s.span))  # 'è entrato al posto dell'infortunato Politano'
    for fx, a, b, _same, _ev in links:  # the names an article gives a side elsewhere
        for k in (a, b):
            on = players.get(k, set()) & {x for x in (fx.home, fx.away) if x}
            if len(on) == 1:
                known.setdefault((fx, k), next(iter(on)))
    changed = True
    while changed:
        changed = False
        for fx, a, b, same_side, ev in links:
            for x, y in ((a, b), (b, a)):
                if (fx, x) not in known or (fx, y) in known:
                    continue
                side = known[(fx, x)]
                if not same_side:
                    other = {k for k in (fx.home, fx.away) if k and k != side}
                    if len(other) != 1:
                        continue
                    side = other.pop()
                known[(fx, y)] = side
                found.append((y, side, ev))
                changed = True
    return [(k, t, ev) for k, t, ev in found if t not in players.get(k, set())]


def _sub_lists(text: str, s: Sentence, ordered: list) -> list[tuple[str, str]]:
    """'Florenzi, Jović e Okafor al posto di Calabria, Reijnders e Giroud': each one in for the one in his place."""
    out: list[tuple[str, str]] = []
    for m in re.finditer(r"\bal\s+posto\s+(?:di|del|dell'|dello)\s*", s.text):
        at = s.span[0] + m.start()
        before = [p for p in ordered if p.span[1] <= at]
        after = [p for p in ordered if p.span[0] >= s.span[0] + m.end()]
        def run(ps: list, forward: bool) -> list:
            seq = ps if forward else list(reversed(ps))
            got = seq[:1]
            for x, y in zip(seq, seq[1:], strict=False):
                lo, hi = (x.span[1], y.span[0]) if forward else (y.span[1], x.span[0])
                if not re.fullmatch(r"\s*(?:,|e|ed)\s*", text[lo:hi]):
                    break
                got.append(y)
            return got if forward else list(reversed(got))
        ins = run(before, False) if before and re.fullmatch(r"\s*", text[before[-1].span[1]:at]) else []
        outs = run(after, True) if after and after[0].span[0] == s.span[0] + m.end() else []
        if len(ins) == len(outs) >= 2:
            out += [(x.key, y.key) for x, y in zip(ins, outs, strict=True)]
    return out


@cache
def _won_before() -> re.Pattern[str]:
    """A winning verb of [match_sides] won and an article, right before the side beaten ('travolgono il')."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("match_sides", "won"))
    return re.compile(rf"(?:^|\s)(?:{alts})\s+(?:il|la|lo|l'|i|gli|le)?\s*$", re.I)


def _beaters(ctx: Context, s: Sentence, fx: Fixture, staff: set[str]) -> list[tuple[str, str]]:
    """'Mkhitaryan e Thuram travolgono il Milan': the players who beat a side played for the other one."""
    text = ctx.doc.text
    out: list[tuple[str, str]] = []
    for t in s.teams:
        other = {k for k in (fx.home, fx.away) if k} - {t.key}
        if t.key not in (fx.home, fx.away) or len(other) != 1:
            continue
        verb = _won_before().search(text[max(s.span[0], t.span[0] - 40):t.span[0]])
        if not verb:
            continue
        at = t.span[0] - (len(text[max(s.span[0], t.span[0] - 40):t.span[0]]) - verb.start())
        clause_start = max([s.span[0], *(m.end() + s.span[0] for m in re.finditer(r"[:;.!?]", s.text) if m.end() + s.span[0] <= at)])
        for p in s.people:
            if clause_start <= p.span[0] < at and p.key not in staff and re.fullmatch(
                    r"(?:\s*(?:,|e|ed)\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)?)*\s*", text[p.span[1]:at]):
                out.append((p.key, next(iter(other))))
    return out
