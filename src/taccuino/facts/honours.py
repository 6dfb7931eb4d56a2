"""Honours: trophies won, as player or coach, with season or calendar year."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import parse_iso
from ..knowledge import competitions, is_womens, teams, top_league, words
from ..model import Honour
from .context import WON_THE, Context, _national_by_demonym, find_all, has_any, national_of
from .stints import _clauses

_PLURAL_COUNT = re.compile(r"\b(due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d+)\s+\w*$", re.I)


@lru_cache(maxsize=1)
def _celebrated_as() -> re.Pattern[str]:
    """A stated capacity of the lexicon ('da secondo', 'da capitano') right before a celebrating verb."""
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in words("honours", "celebrate_verbs"))
    caps = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in words("honours", "capacity_coach")
                    + words("honours", "capacity_player") if c.startswith("da "))
    return re.compile(rf"\b(?:{caps})\s+(?:\w+\s+)?(?:{verbs})\b", re.I)


def extract(ctx: Context, stints: list) -> list[Honour]:
    text = ctx.doc.text
    win = words("honours", "win_verbs")
    out: list[Honour] = []
    scud_rx = re.compile(r"\b(?:scudett[oi]|tricolore|titol[oi]\s+(?:di\s+campion\w+\s+)?(?:d'italia|nazional\w*)|"
                         r"campionat[oi])\b", re.I)
    base_win, celebrated_as = win, _celebrated_as()
    for s in ctx.sentences:
        win = base_win + words("honours", "celebrate_verbs") if celebrated_as.search(s.text) else base_win
        # ('da secondo festeggiò nel 1973 la Coppa delle Coppe': celebrated in a stated capacity, so won)
        counted = re.search(r"\b(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d{1,2})\s+(?:[A-Z]|scudett|titol|coppe|campionat)",
                            s.text)
        if not has_any(s.text, win) and not re.search(r"\bscudett", s.text, re.I) and not counted:
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
        for tm in _TITLE_OF.finditer(s.text):  # 'campione del mondo con l'Italia nel 2006', 'campioni d'Europa'
            st = s.span[0] + tm.start()
            if any(a <= st < b for a, b, _ in items) or any(a <= st < b for a, b in s.in_quote):
                continue
            where = tm.group("w").lower()
            lo = max(text.rfind(";", s.span[0], st), text.rfind(",", s.span[0], st), s.span[0])
            side = next((t.key for t in s.teams if lo <= t.span[0] < min(s.span[1], st + 40)
                         and teams()[t.key].type == "national"), None)  # 'campione d'Europa con l'Under 19'
            if "mondo" in where:
                cid = _side_cup("mondiale", side)
            elif "europa" in where:
                club = _team_for(ctx, s, st, s.subject or "", stints)
                national_here = any(lo <= t.span[0] < st and teams()[t.key].type == "national" for t in s.teams)
                # ('gli azzurri vinsero 2-0 e si laurearono campioni d'Europa': the national side's title)
                cid = _side_cup("europeo", side) if club is None or national_here or side \
                    or teams()[club].type == "national" else "champions-league"
            else:
                cid = "__scudetto__"
            if cid in competitions() or cid == "__scudetto__":
                items.append((st, s.span[0] + tm.end(), cid))
        for sm in scud_rx.finditer(s.text):
            st = s.span[0] + sm.start()
            if any(a <= st < b for a, b, _ in items) or any(a <= st < b for a, b in s.in_quote):
                continue
            if sm.group(0).lower().startswith("campionat") and not has_any(
                    s.text[max(0, sm.start() - 40):sm.start()], win):
                continue
            items.append((st, s.span[0] + sm.end(), "__scudetto__"))
        items.sort()
        clauses = _clauses(ctx, s, _drafts_of(ctx, stints))
        won_end = -1  # where the last trophy read as won in this sentence ends: a list goes on from it
        for st, en, cid in items:
            person = next((sub for (ca, cb), sub in clauses if ca <= st < cb and sub), s.subject)
            if person is None:
                continue
            capacity = _capacity(ctx, _clause_of(ctx, s, st), person, stints, st)
            titled = bool(_TITLE_OF.match(text, st))
            if titled:  # 'campione del mondo': a coach of that side if the story has him coaching it, else a player
                coached = {st_.team_id for st_ in stints if st_.person == ctx.name_of(person) and st_.role != "player"}
                nat = _fit_team(ctx, s, competitions()[cid], None, person, stints) if cid in competitions() else None
                capacity = "coach" if nat and nat in coached else "player"
                began: list[str] = [b for b in (st_.start or (ctx.published if not st_.end else None) for st_ in stints
                                                if st_.person == ctx.name_of(person) and st_.role != "player"
                                                and st_.team_id == nat) if b]  # (a post held now began about now)
                told = [str(t.value) for t in s.timexes if t.value and st <= t.span[0] <= st + 60 and t.type != "duration"]
                if capacity == "coach" and began and told and all(b[:4] > v[:4] for b in began for v in told[:1]):
                    capacity = "player"  # 'X, campione d'Europa a Wembley nel 2021', now on the staff: he played
            team_id = _team_for(ctx, s, st, person, stints)
            if cid == "__scudetto__" and (re.match(r"\w+\s+(?:di\s+categoria|primavera)\b", text[st:st + 30], re.I)
                                          and re.search(r"\bPrimavera\b", s.text)):
                cid = "primavera"  # 'la Primavera di X, con cui nel 21/22 ha conquistato lo scudetto di categoria'
            if cid == "__scudetto__":
                country = teams()[team_id].country if team_id else "IT"
                comp = top_league(country) or top_league("IT")
                if comp is None:
                    continue
                cid = comp.id
            comp = competitions()[cid]
            won_league = bool(re.match(r"campionat|cadetteria", text[st:en], re.I)
                              or re.search(r"\bcampionato\s+(?:di\s+)?$", text[max(0, st - 16):st], re.I)
                or WON_THE.search(text[max(0, st - 20):st])) \
                and (has_any(text[max(s.span[0], st - 40):st], win) or bool(re.match(
                    r"\s*(?:\d{4}(?:[/-]\d{2,4})?\s+)?(?:vint[oa]|conquistat[oa]|stravint[oa]|dominat[oa])\b", text[en:en + 25])))
            # 'vinto il campionato di Serie B', 'vinse la Serie B', 'il campionato di Serie B 2013/14 vinto alla guida
            if comp.kind in ("league",) and not comp.top_league and "serie" in comp.name.lower() and not won_league:
                continue  # 'promozione in Serie A', 'in Serie B': not a trophy
            if comp.name.startswith("Serie") and _PROMOTED_TO.search(text, max(s.span[0], st - 30), st) \
                    and not re.match(r"\s*(?:\d{4}(?:[/-]\d{2,4})?\s+)?(?:da\s+campion|vincendo|da\s+prim)", text[en:en + 25], re.I):
                continue  # 'con gli amaranto ..., conquistando la Serie A': a promotion won, not the title
            if _NOT_WON.search(text, max(s.span[0], st - 45), st) or _ONLY_PLAYED.match(text, en):
                continue  # 'ha sfiorato lo scudetto', 'non ha mai vinto la Champions', 'la finale di Coppa persa'
            before = text[max(s.span[0], st - 80):st]
            listed = re.search(r":\s", text[s.span[0]:st]) and has_any(text[s.span[0]:text.rfind(":", s.span[0], st)], win) \
                and not re.search(r"[.;]\s", text[text.rfind(":", s.span[0], st):st])
            # ('ha vinto i cinque campionati più importanti: lo scudetto ..., la Premier League ..., la Bundesliga ...')
            listed = listed or (won_end > 0 and bool(_LIST_ON.fullmatch(text, won_end, st)))
            # ('ha conquistato cinque scudetti ..., quattro Coppe Italia ..., e le Supercoppe italiane del 2015')
            if not has_any(before + text[en:en + 40], win) and not re.search(r"scudett|titol", text[st:en], re.I) \
                    and not _COUNT_BEFORE.search(text[max(s.span[0], st - 25):st]) and not _TITLE_OF.match(text, st) \
                    and not listed:
                continue
            if re.search(r"\b(?:qualificazione|girone|zona|posto|posti|piazzamento|semifinale|semifinal[ei]\s+di|finale di|(?:quarti|ottavi|sedicesimi)\s+di\s+"
                         r"finale(?:\s+di)?|in)\s+$", text[max(0, st - 26):st], re.I) \
                    and not has_any(before[-30:], win):
                continue
            if comp.kind == "league" and re.search(r"\b(?:in|nella|verso\s+la|alla)\s+$", text[max(0, st - 12):st], re.I):
                continue  # 'riportato il Venezia in Serie A', 'la promozione in Serie B': a division reached, not a title
            team_id = _fit_team(ctx, s, comp, team_id, person, stints, capacity)
            if team_id and is_womens(teams()[team_id]) \
                    and not comp.id.endswith("-femminile") and f"{comp.id}-femminile" in competitions():
                comp = competitions()[f"{comp.id}-femminile"]  # 'lo scudetto' of a women's side is the women's league
            seasons, years = _when(ctx, s, st, en, comp.calendar_year, comp.country)
            stated = bool(_capacity_rx().search(_clause_of(ctx, s, st).text)) or bool(_LED_TO.search(_clause_of(ctx, s, st).text)) \
                or _named_as(ctx, _clause_of(ctx, s, st), person) is not None  # a capacity the text states wins over the spells
            if not titled and team_id and not stated:
                won_in = min([int(v[:4]) for v in seasons] + years, default=None)
                spells = [x for x in stints if x.person == ctx.name_of(person) and x.team_id == team_id]
                coaching = [x for x in spells if x.role != "player" and not (
                    won_in and x.start and int(x.start[:4]) > won_in + 1)]  # ('l'Europeo Under 21 del 2000' of today's ct)
                # (a spell of unknown dates may be the one: 'con le panchine di Lazio ... e una Coppa Italia vinta nel 2009')
                at_team = {x.role for x in spells if x.role == "player"} | {x.role for x in coaching}
                if at_team and "player" not in at_team:
                    capacity = "coach"  # 'Conceição festeggia la vittoria della Supercoppa': he coached that side
                elif at_team == {"player"} or (spells and not at_team):
                    capacity = "player"
                elif won_in and len(at_team) > 1:  # played and coached there: the spell of that year
                    held = {("player" if x.role == "player" else "coach") for x in spells if x.start and (
                        int(x.start[:4]) <= won_in <= int((x.end or ctx.published or "9999")[:4]))}
                    if len(held) == 1:
                        capacity = held.pop()  # 'Nel 2003 abbiamo vinto il Torneo di Viareggio': the youth coach then
            if not titled and capacity == "player" and not stated:
                won_in = min([int(v[:4]) for v in seasons] + years, default=None)
                benches = [int(x.start[:4]) for x in stints if x.person == ctx.name_of(person) and x.role != "player"
                           and x.start and parse_iso(x.start)]
                played_to = [int((x.end or "0")[:4]) for x in stints if x.person == ctx.name_of(person) and x.role == "player"]
                if won_in and benches and won_in >= min(benches) and not any(e >= won_in for e in played_to):
                    capacity = "coach"  # a title won after his first bench and after his last playing year: as a coach
            count = _count(text[max(s.span[0], st - 25):st])
            team_name = teams()[team_id].name if team_id else None
            split = _split_list(ctx, s, en, len(seasons) + len(years))
            won_end = en
            if seasons or years:
                for i, v in enumerate(seasons):
                    out.append(Honour(ctx.name_of(person), comp.name, v, None, split[i] if split else team_name, capacity,
                                      [s.span], "honour.season", 0.7))
                for i, y in enumerate(years):
                    out.append(Honour(ctx.name_of(person), comp.name, None, y,
                                      split[len(seasons) + i] if split else team_name, capacity,
                                      [s.span], "honour.title" if titled else "honour.year", 0.7))
            else:
                for _ in range(max(1, count if count <= 1 else 1)):
                    out.append(Honour(ctx.name_of(person), comp.name, None, None, team_name, capacity,
                                      [s.span], "honour.plain", 0.5))
            benched = {x.role for x in stints if x.person == ctx.name_of(person) and x.team_id == team_id} & {
                "head_coach", "interim_head_coach"}
            if capacity == "player" or not benched:  # (a director's title has its coach too: 'con Spalletti in panchina')
                his = [h for h in out if h.evidence == [s.span] and h.trophy == comp.name and h.person == ctx.name_of(person)]
                coaches = frozenset(k for k in ctx.mentions.entities if any(
                    x.person == ctx.name_of(k) and x.role in ("head_coach", "interim_head_coach") for x in stints))
                for q in _coaches_named(ctx, s, person, st, [x for x, _y, _c in items], coaches):
                    for h in his:  # 'l'Europeo vinto da capitano ..., con Roberto Mancini commissario tecnico'
                        out.append(Honour(ctx.name_of(q), h.trophy, h.season, h.year, h.team, "coach", [s.span],
                                          "honour.coach_of_winner", 0.5))
    out = [h for h in out if _won_undated(text, h)]
    return _dedupe(_dated_by_others(ctx, _coach_by_career(ctx, _team_by_spells(
        out + _palmares(ctx, stints) + _finals(ctx, stints) + _team_wins(ctx, stints), stints), stints)))


_ALL_IN = re.compile(r"\b(?:tutt[oie]|entramb[ie])\s+(?:quant[ie]\s+)?nel(?:l')?\s+((?:19|20)\d\d)\b", re.I)


def _dated_by_others(ctx: Context, hs: list[Honour]) -> list[Honour]:
    """A trophy told with no date takes the one date the article gives that same team's win of it, told for
    someone else ('la Champions League, sollevata da capitano' and, of a team-mate, 'la Champions 1995-96'),
    else the one date the article ever writes beside that trophy ('il Mondiale del 2006'); 'tutto nel 2007'
    after a list of trophies dates each."""
    text = ctx.doc.text
    beside: dict[str, set[tuple[str | None, int | None]]] = {}
    for m in ctx.mentions.competitions:
        comp = competitions().get(m.key)
        t = next((t for t in ctx.timexes if 0 <= t.span[0] - m.span[1] <= 6 and t.value
                  and re.fullmatch(r"\s*(?:del\s+|di\s+|nel\s+)?", text[m.span[1]:t.span[0]])), None)
        if comp is None or t is None:
            continue
        if t.type == "season" and re.fullmatch(r"\d{4}-\d{2}", t.value or "") and not comp.calendar_year:
            beside.setdefault(comp.name, set()).add((t.value, None))
        elif re.fullmatch(r"\d{4}", t.value or "") and comp.calendar_year:
            beside.setdefault(comp.name, set()).add((None, int(t.value or 0)))
    for h in hs:  # 'ha vinto Champions League, Supercoppa europea e Mondiale per club, tutto nel 2007'
        all_in = next((m for a, b in h.evidence[:1] for m in [_ALL_IN.search(text, a, b)] if m), None)
        if not (h.season or h.year) and all_in:
            h.year = int(all_in.group(1))
    for h in hs:
        if h.season or h.year or not h.team:
            continue
        dated = {(x.season, x.year) for x in hs if x.trophy == h.trophy and x.team == h.team and (x.season or x.year)}
        dated = dated or beside.get(h.trophy, set())
        if len(dated) == 1:
            h.season, h.year = dated.pop()
    return hs


def _coach_by_career(ctx: Context, hs: list[Honour], stints: list) -> list[Honour]:
    """A trophy of no named club, read as a player's by default, of a man whose told career is mostly benches and
    whose sentence states no playing capacity: a coach's ('vinse il campionato svedese del 1982' of the tecnico)."""
    for h in hs:
        if h.capacity != "player" or h.team or h.rule not in ("honour.season", "honour.year"):
            continue
        roles = [st.role for st in stints if st.person == h.person]
        if not roles or sum(r != "player" for r in roles) <= sum(r == "player" for r in roles):
            continue
        if any(_capacity_rx().search(ctx.doc.text[a:b]) for a, b in h.evidence):
            continue  # ('da giocatore vinse ...'): stated
        h.capacity = "coach"
    return hs


@lru_cache(maxsize=1)
def _teams_by_name() -> dict:
    """Teams by their usual name (an honour names its team so)."""
    return {t.name: t for t in teams().values()}


def _team_by_spells(hs: list[Honour], stints: list) -> list[Honour]:
    """A club trophy of a dated season goes to the one club the person's dated spells put him at then, in that
    capacity, when the sentence's nearest club was another ('Prato, Lumezzane, ... al Parma la Coppa Italia
    1998-99' read next to Venezia): the spells told elsewhere in the article decide."""
    by_name = _teams_by_name()
    for h in hs:
        when = int(h.season[:4]) + 1 if h.season else h.year
        if not when or not h.team or h.rule in ("honour.coach_of_winner", "honour.team_won", "honour.final"):
            continue
        here = by_name.get(h.team)
        if here is None or here.type != "club":
            continue
        first, last = (int(h.season[:4]), int(h.season[:4]) + 1) if h.season else (when, when)

        def covers(st, first: int = first, last: int = last, seasonal: bool = bool(h.season)) -> bool:
            y0 = int(st.start[:4])
            y1 = int(st.end[:4]) if st.end else None
            return y0 <= first and (y1 is None or last <= y1) or seasonal and y0 == last and (y1 is None or last <= y1)
            # (a season's trophy is lifted at its end: a spell begun in its January holds it too)
        mine = [st for st in stints if st.person == h.person and (st.role == "player") == (h.capacity == "player")]
        if any(st.team == h.team and (not st.start or covers(st)) for st in mine):
            continue  # the club the sentence names is his then, or at an undated time: keep it
        told_here = {tuple(e) for e in h.evidence}
        spells = [st for st in mine if st.start and st.team_id in teams() and teams()[st.team_id].type == "club"
                  and covers(st) and not told_here & {tuple(e) for e in st.evidence}]
        # (a spell dated in the trophy's own sentence may have been dated by the trophy: no witness)
        if len({st.team for st in spells}) != 1:
            continue
        other = teams()[spells[0].team_id]
        if here.country and other.country and here.country != other.country:
            continue  # (a league of one country is not won by a club of another)
        h.team = other.name
    return hs


def _side_cup(cup: str, side: str | None) -> str:
    """The cup of that national side: 'campione d'Europa con l'Under 19' won the Europeo Under 19."""
    if side is None:
        return cup
    suffix = side.split("-", 1)[1] if "-" in side else ""
    if suffix.startswith("femminile-u"):
        suffix = suffix.replace("femminile-", "") + "-femminile"
    return f"{cup}-{suffix}" if suffix and f"{cup}-{suffix}" in competitions() else cup


_LIST_ON = re.compile(r"[^;.:]{0,90}?(?:,|\be\b|\boltre\s+a)\s*(?:e\s+)?(?:il|lo|la|l'|i|gli|le|alla|al|ai|agli|alle|"
                      r"un|una|uno|\w+)?\s*", re.I)
_COACH_AFTER = re.compile(r"\s*,?\s+(?:commissario\s+tecnico|ct|in\s+panchina|allenatore|alla\s+guida)\b", re.I)
_COACH_BEFORE = re.compile(r"\b(?:sotto\s+la\s+guida\s+di|guidat[oaie]\s+da|agli\s+ordini\s+di|allenat[oaie]\s+da)\s+$", re.I)


def _coaches_named(ctx: Context, s, person: str, at: int | None = None, starts: list[int] | None = None,
                   coaches: frozenset[str] = frozenset()) -> list[str]:
    """Coaches the sentence names for the side that won: 'con Roberto Mancini commissario tecnico', 'sotto la
    guida di X', 'con X' when the article has X coaching ('Lo scudetto del 2020/21 con Antonio Conte'); 'il Milan
    di Arrigo Sacchi' is not read so: a club's president is named that way too."""
    text = ctx.doc.text
    out = []
    for q in s.people:
        if q.key == person or any(a <= q.span[0] < b for a, b in s.in_quote):
            continue
        heads_list = False
        if at is not None and starts and q.span[0] < at:  # 'poi con Simone Inzaghi due Coppe Italia, ..., e due Supercoppe'
            trailing = any(x < q.span[0] and q.span[0] - x <= 60 and not any(x < o.span[0] < q.span[0] for o in s.people)
                           for x in starts)  # ('Lo scudetto del 2020/21 con Conte')
            heads = any(0 <= x - q.span[1] <= 20 for x in starts if x < at)
            others = any(q.span[1] <= o.span[0] < at for o in s.people if o.key != q.key)
            heads_list = heads and not trailing and not others and not re.search(r"[;:]", text[q.span[1]:at]) \
                and bool(re.search(r"\bcon\s+$", text[max(s.span[0], q.span[0] - 6):q.span[0]]))
            # (the coach heading the rest of a list: his, every trophy of it)
        if at is not None and starts and any(min(at, q.span[0]) < x < max(at, q.span[0]) for x in starts if x != at) \
                and not heads_list:
            continue  # ('l'Europeo Under 21 del 2000, con Tardelli in panchina, e il Mondiale 2006 ...': each his own)
        if at is not None and q.span[0] < at and starts and any(x < at for x in starts if x != at) \
                and not at - q.span[1] <= 20:  # ('poi con Simone Inzaghi due Coppe Italia': his, the next one)
            if not heads_list:
                continue  # a coach named before an earlier trophy of the list belongs to that one
        if at is not None and q.span[0] > at and starts and any(q.span[1] <= x <= q.span[1] + 20 for x in starts if x != at):
            continue  # ('Lo scudetto ... con Conte, poi con Simone Inzaghi due Coppe Italia': his are the cups)
        before = text[max(s.span[0], q.span[0] - 30):q.span[0]]
        listed = any(o is not q and re.fullmatch(r"\s*(?:,|e|ed)\s*", text[q.span[1]:o.span[0]] if o.span[0] > q.span[1]
                                                  else text[o.span[1]:q.span[0]]) for o in s.people)
        with_title = re.search(r"\b[Cc]on\s+$", before) and (
            _COACH_AFTER.match(text, q.span[1]) or (q.key in coaches and not listed and at is not None
                                                    and (abs(q.span[0] - at) <= 45 or heads_list)))
        # ('con Conte, Allegri e Sarri': not each; '..., cominciato con Conte e proseguito con Allegri': a cycle)
        if with_title or _COACH_BEFORE.search(before):
            out.append(q.key)
    return list(dict.fromkeys(out))


_SPLIT = re.compile(r"(?:[^.;()]{0,30}\([^)]*\))?\s*,\s*(?:le|i|gli)\s+prim[ei]\s+(?P<n>\w+)\s+(?:in|con|col|coi|al|alla|allo|all'|nel|nella|"
                    r"con\s+il|con\s+la|con\s+i|con\s+le)\s*(?P<a>.{0,40}?)\s+e\s+(?:le|gli|i)\s+altr[ei]\s+(?P<m>\w+)\s+(?:in|con|col|"
                    r"coi|al|alla|allo|all'|nel|nella|con\s+il|con\s+la|con\s+i|con\s+le)\s*", re.I)


def _split_list(ctx: Context, s, en: int, n: int) -> list[str] | None:
    """'cinque Champions League (2003, 2007, 2014, 2022, 2024), le prime due in rossonero e le altre tre con i
    madrileni': the team of each year of the list, in order."""
    from ..dates import _num
    text = ctx.doc.text
    m = _SPLIT.match(text, en, s.span[1])
    if not m or n < 2:
        return None
    first, rest = _num(m.group("n")), _num(m.group("m"))
    if first + rest != n:
        return None
    a = next((t for t in s.teams if m.start("a") <= t.span[0] < m.end("a") + 1), None)
    b = next((t for t in s.teams if m.end() <= t.span[0] <= m.end() + 3), None)
    if not a or not b:
        return None
    return [teams()[a.key].name] * first + [teams()[b.key].name] * rest


def _drafts_of(ctx: Context, stints: list) -> list:
    from .stints import Draft
    names = {ctx.name_of(k): k for k in ctx.mentions.entities}
    return [Draft(names[st.person], st.team_id or "", st.role) for st in stints if st.person in names]


@lru_cache(maxsize=1)
def _capacity_rx() -> re.Pattern[str]:
    """Any word of the lexicon that tells a capacity ('da allenatore', 'da giocatore', 'con la maglia')."""
    cues = words("honours", "capacity_coach") + words("honours", "capacity_player")
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")\b", re.I)


_TITLE_OF = re.compile(r"\b(?:campion[ei]|campionessa|campionesse)\s+(?P<w>del\s+mondo|d['’]europa|d['’]italia)\b", re.I)
_COUNT_BEFORE = re.compile(r"\b(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d{1,2})\s+$", re.I)


def _count(before: str) -> int:
    m = _PLURAL_COUNT.search(before)
    if not m:
        return 1
    from ..dates import _num
    return _num(m.group(1))


def _when(ctx: Context, s, st: int, en: int, calendar: bool, country: str | None = None) -> tuple[list[str], list[int]]:
    """The seasons/years stated right after (or just before) the trophy."""
    seasons: list[str] = []
    years: list[int] = []
    nxt = [t for t in s.timexes if t.span[0] >= en and t.value and ";" not in ctx.doc.text[en:t.span[0]] and (
        t.span[0] - en <= 40 or (t.span[0] - en <= 60 and not re.search(r"[,;]|\bper poi\b", ctx.doc.text[en:t.span[0]])))]
    prev = [t for t in s.timexes if t.span[1] <= st and st - t.span[1] <= 14 and t.value
            and "," not in ctx.doc.text[t.span[1]:st]]
    inside = [t for t in s.timexes if st <= t.span[0] < en and t.value]  # 'il Mondiale 2006' named as one mention
    cands = inside[:1] or (nxt[:1] if nxt else prev[-1:])
    if not cands:
        lo = max(ctx.doc.text.rfind(";", s.span[0], st), s.span[0])
        from .context import find_all
        verbs = [lo + a for a, _b, _w in find_all(ctx.doc.text[lo:st], words("honours", "win_verbs"))]
        verb = verbs[-1] if verbs else lo
        earlier = [t for t in s.timexes if lo <= t.span[1] <= verb and t.value and t.kind != "range"
                   and t.type != "duration" and t.prep != "contract"] or [
            t for t in s.timexes if verb <= t.span[0] and t.span[1] <= st and t.value and t.kind != "range"
            and t.type != "duration" and t.prep != "contract" and not _owned_date(ctx, s, t)]
        # ('gli ha regalato il Triplete del 2022/23, con Premier League, FA Cup ...'; not 'scudetto nel 1994/95, ...')
        cands = earlier[-1:]  # 'nella stagione 2009/10, aveva conquistato scudetto, Coppa Italia e Champions League'
    if not cands and re.search(r"\b(?:quella\s+sera|quel\s+giorno|quella\s+notte|quel\s+pomeriggio)\b",
                               ctx.doc.text[s.span[0]:st], re.I):
        told = [t for t in ctx.timexes if t.span[1] <= s.span[0] and s.span[0] - t.span[1] <= 300 and t.value
                and len(t.value) == 10 and t.type == "date"]
        cands = told[-1:]  # '10 giugno 1968: Riva esulta ... Quella sera gli azzurri ... si laurearono campioni d'Europa'

    if nxt and len(nxt) > 1 and not inside:
        # a list of years: '(2012, 2013, 2014)', 'le Champions League 2002/03 e 2006/07, gli scudetti ...': the run of
        # years that follows the trophy, up to the next trophy's words
        run = nxt[:1]
        for a, b in zip(nxt, nxt[1:], strict=False):
            gap = ctx.doc.text[a.span[1]:b.span[0]]
            if not re.fullmatch(r"(?:[\s,()]|\be\b|\bnel\b|\bnella\b|\bdel\b|\bdella\b|\bstagione\b)*", gap) \
                    or re.search(r",\s*e\b", gap):  # ('le Supercoppe italiane del 2015 e del 2018')
                break
            run.append(b)
        cands = run
    for t in cands:
        if t.type == "season" or t.kind == "season":
            seasons.append(t.value)  # type: ignore[arg-type]
        elif t.kind == "range":
            p0, p1 = parse_iso(t.start), parse_iso(t.end)
            if p0 and p1 and 0 < p1[0] - p0[0] <= 12:  # 'nove scudetti consecutivi (dal 2012 al 2020)'
                seasonal = re.search(r"/", t.text) is not None
                ys = range(p0[0], p1[0]) if seasonal else range(p0[0], p1[0] + 1)
                if seasonal:
                    seasons.extend(f"{y}-{(y + 1) % 100:02d}" for y in ys)
                else:
                    years.extend(ys)
        else:
            p = parse_iso(t.value)
            if p:
                years.append(p[0])
    if years and not calendar and country in ("IT", "GB-ENG", "ES", "DE", "FR", "PT", "NL"):
        seasons = seasons + [f"{y - 1}-{y % 100:02d}" for y in years]  # 'lo scudetto nel 2012' is 2011-12
        years = []
    return seasons, years


def _owned_date(ctx: Context, s, t) -> bool:
    """A date right after a trophy is that trophy's ('scudetto nel 1994/95, Champions League ...')."""
    text = ctx.doc.text
    ends = [m.span[1] for m in ctx.mentions.competitions_in(s.span)] + [
        s.span[0] + m.end() for m in re.finditer(r"\bscudett[oi]\b|\btitol[oi]\b", s.text, re.I)]
    if re.search(r"\([^()]{0,40}$", text[max(s.span[0], t.span[0] - 40):t.span[0]]) and re.match(r"[^()]{0,40}\)", text[t.span[1]:]):
        return True  # 'tre scudetti con la Juventus (2012, 2013, 2014), una Coppa Italia': the bracket's years are the scudetti's
    return any(e <= t.span[0] and re.fullmatch(r"\s*(?:(?:nel|nella|del|della|di|dell')\s*(?:stagione\s+)?)?",
                                                 text[e:t.span[0]]) for e in ends)


class _Clause:
    def __init__(self, span: tuple[int, int], text: str) -> None:
        self.span, self.text = span, text


def _clause_of(ctx: Context, s, pos: int) -> _Clause:
    """The ';'-delimited clause of sentence s around pos (capacity is stated per clause); a coach named there
    ('con Marco Tardelli in panchina') takes his capacity words with him."""
    text = ctx.doc.text
    lo = max(text.rfind(";", s.span[0], pos) + 1, s.span[0])
    hi = text.find(";", pos, s.span[1])
    hi = hi if hi >= 0 else s.span[1]
    part = text[lo:hi]
    for p in s.people:
        if lo <= p.span[0] < hi and p.key != s.subject:
            m = re.match(r"\s+(?:in\s+panchina|alla\s+guida|sulla\s+panchina)", text[p.span[1]:hi])
            if m:
                a, b = p.span[1] - lo, p.span[1] - lo + m.end()
                part = part[:a] + " " * (b - a) + part[b:]
    return _Clause(s.span, part)


def _capacity(ctx: Context, s, person: str, stints: list, pos: int | None = None) -> str:
    coach_at = [x for x, _y, _w in find_all(s.text, words("honours", "capacity_coach"))]
    player_at = [x for x, _y, _w in find_all(s.text, words("honours", "capacity_player"))]
    if coach_at and player_at and pos is not None:  # both told: the one nearer the trophy ('l'ex attaccante, campione ...')
        at = pos - (ctx.doc.text.find(s.text, s.span[0]) if s.text else 0)
        return "coach" if min(abs(x - at) for x in coach_at) < min(abs(x - at) for x in player_at) else "player"
    if coach_at and not player_at:
        return "coach"
    if player_at:
        return "player"
    if _LED_TO.search(s.text) or _WON_ON_BENCH.search(s.text):
        return "coach"  # 'ha portato il Napoli allo scudetto', 'ha vinto in panchina con la Juventus la Supercoppa'

    named_as = _named_as(ctx, s, person)
    if named_as:
        return named_as  # 'L'allenatore Mario Rossi ha vinto ...', 'il difensore X ...': the noun before his name
    name = ctx.name_of(person)
    roles = {st.role for st in stints if st.person == name}
    own = [st for st in stints if st.person == name and s.span in st.evidence]
    if own:
        return "player" if own[0].role == "player" else "coach"
    if roles and "player" not in roles:
        return "coach"
    return "player"


_PROMOTED_TO = re.compile(r"\b(?:conquist\w+|raggiung\w+|guadagn\w+|ottenut[oa]|ottenendo|centrat[oa]|centrando)\s+"
                          r"(?:la|il|l')\s*$", re.I)  # 'conquistando la Serie A' is a promotion; 'vinto la Serie B' a title
_NOT_WON = re.compile(r"(?:\b(?:sfiorat[oaie]|sfiorò|sfiora|sfiorando|mancat[oaie]|mancò|manca|mancando|inseguit[oaie]|"
                      r"insegue|inseguendo|sognat[oaie]|sogna|perso|persa|perse|perdendo|fallit[oaie]|fallì)|"
                      r"\bnon\s+(?:ha|aveva|avrebbe|è|era)?\s*(?:mai\s+)?(?:più\s+)?(?:vint[oa]|vinse|vince|conquistat[oa]|"
                      r"conquistò|riuscit[oa]\s+a\s+vincere|alzat[oa])|\bsenza\s+(?:mai\s+)?vincere|"
                      r"\b(?:portat[oa]|portò|portando|trascinat[oa]|trascinò|arrivat[oa]|arrivò|giunt[oa]|eliminat[oa])\s+"
                      r"(?:\w+\s+){0,3}(?:agli\s+ottavi|ai\s+quarti|ai\s+sedicesimi|in\s+semifinale|alla\s+semifinale|"
                      r"ai\s+play-?off|ai\s+gironi|alla\s+fase\s+a\s+gironi)\s+(?:di\s+finale\s+)?(?:del|della|dell'|di)?)"
                      r"\s+(?:(?:il|lo|la|l'|i|gli|le|un|una)\s*)?(?:\w+\s+){0,2}?$", re.I)
# ('il Paraguay, portato agli ottavi del Mondiale nippo-coreano del 2002': a stage reached, no trophy)
_ONLY_PLAYED = re.compile(r"\s+(?:(?:già|ormai)\s+)?(?:disputat[oaie]|giocat[oaie]|persi|perse|persa|perso|sfiorat[oaie]|"
                          r"mancat[oaie]|falliti|fallite)\b", re.I)  # 'con due Mondiali disputati': played, not won
_WON_ON_BENCH = re.compile(r"\b(?:ha\s+vinto|vinse|aveva\s+vinto|ha\s+conquistato|conquistò|ha\s+alzato|alzò|ha\s+sollevato|"
                           r"sollevò|vincendo|conquistando)\s+(?:anche\s+)?(?:in\s+panchina|dalla\s+panchina)\b", re.I)
_LED_TO = re.compile(r"\b(?:ha\s+portato|aveva\s+portato|portò|portando|ha\s+condotto|condusse|conducendo|ha\s+trascinato|"
                     r"trascinò|guidò|ha\s+guidato|aveva\s+guidato|guidando)\s+(?:il|la|lo|l'|i|gli|le)\s*[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)?\s+"
                     r"(?:allo|al|alla|all'|ai|alle)\s*(?:scudetto|titolo|vittoria|trionfo|conquista|successo)\b", re.I)
@lru_cache(maxsize=2)
def _noun_before(key: str) -> re.Pattern[str]:
    """A role noun of the lexicon ([honours] coach_nouns or player_nouns) right before a name, with its club."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("honours", key))
    return re.compile(rf"\b(?:l'|il\s+|la\s+)(?:{alts})(?:\s+(?:del|della|dell'|dello)\s*[A-ZÀ-Ý][\w'’]*)?\s*,?\s*$", re.I)


def _named_as(ctx: Context, s, person: str) -> str | None:
    """The capacity a role noun right before the person's name in this clause gives: coach or player."""
    for m in ctx.mentions.people:
        if m.key != person or not (s.span[0] <= m.span[0] < s.span[1]) or m.how == "anaphor":
            continue
        before = ctx.doc.text[max(s.span[0], m.span[0] - 40):m.span[0]]
        if _noun_before("coach_nouns").search(before):
            return "coach"
        if _noun_before("player_nouns").search(before):
            return "player"
    return None


def _fit_team(ctx: Context, s, comp, team_id: str | None, person: str, stints: list,
              capacity: str | None = None) -> str | None:
    """A trophy is won by a side that can win it: a World Cup or a Euro by a national team, a country's league
    or cup by a club of that country ('i quattro scudetti' of a Frenchman at Juventus, not at Manchester United).
    A player's World Cup is won with a side he played for, not one he later coached."""
    name = ctx.name_of(person)
    own = [st.team_id for st in stints if st.person == name and st.team_id and st.team_id in teams()
           and (capacity is None or (st.role == "player") == (capacity == "player"))]
    if team_id and teams()[team_id].type == "club" and teams()[team_id].city == teams()[team_id].name:
        same_city = [t for t in own if teams()[t].type == "club" and teams()[t].city == teams()[team_id].city]
        if same_city and team_id not in same_city:
            team_id = same_city[-1]  # 'arrivato a Torino ..., in quattro stagioni ha vinto lo scudetto': his club there
    if comp.kind in ("world_national", "continental_national", "youth_national"):
        if team_id and teams()[team_id].type == "national":
            return team_id
        named = [t.key for t in s.teams if teams()[t.key].type == "national"]
        counts: dict[str, int] = {}
        for t in ctx.mentions.teams:  # the national side the article names most
            if teams()[t.key].type == "national" and t.how in ("name", "alias", "nick", "official"):
                counts[t.key] = counts.get(t.key, 0) + 1
        mine = [t for t in own if teams()[t].type == "national"]
        mine.sort(key=lambda t: -counts.get(t, 0))
        nat = named or mine or sorted(counts, key=lambda k: -counts[k])
        if nat and nat[0] == "italia" and (national_of(ctx, person) or "italia") != "italia":
            return national_of(ctx, person)  # 'tra club e Nazionale, ... un Mondiale (1990)' of 'il tedesco'
        return nat[0] if nat else None
    if comp.country and comp.kind in ("league", "cup", "supercup") and team_id and teams()[team_id].country != comp.country:
        same = [t for t in own if teams()[t].type == "club" and teams()[t].country == comp.country]
        return same[-1] if same else None
    return team_id


def _team_for(ctx: Context, s, pos: int, person: str, stints: list) -> str | None:
    text = ctx.doc.text
    lo = max(text.rfind(";", s.span[0], pos), s.span[0])
    hi = text.find(";", pos, s.span[1])
    hi = hi if hi >= 0 else s.span[1]
    with_team = [t for t in s.teams if lo <= t.span[0] < hi and not _aside_of_other(s, t.span[0], pos) and re.search(
        r"\b(?:con|col|coi)\s+(?:il|la|lo|l'|i|gli|le)?\s*(?:maglia\s+(?:del|della|dell')\s*)?$", text[max(0, t.span[0] - 22):t.span[0]],
        re.I)]
    with_team = [t for t in with_team if not re.search(
        r"\b(?:spareggio|spareggi|sfida|derby|confronto|scontro|duello)\s+(?:\w+\s+){0,2}(?:con|contro)\s+(?:il|la|lo|l'|i|gli|le)?\s*$",
        text[max(0, t.span[0] - 40):t.span[0]], re.I)]  # not 'nello spareggio con il Brescia': the side beaten
    others = [m.span[1] for m in ctx.mentions.competitions_in(s.span) if m.span[0] > pos]
    with_team = [t for t in with_team if t.span[0] < pos or not any(
        o <= t.span[0] and t.span[0] - o <= 40 and not re.search(r"[.;:!?]", text[o:t.span[0]]) for o in others)]
    # ('vincendo la Serie B nel 98/99, e si ripeté nel campionato cadetto 2007-08 con il Chievo': the later one's)
    where = [t for t in s.teams if lo <= t.span[0] < pos and not _aside_of_other(s, t.span[0], pos) and re.match(
        r"\s*,\s*(?:dove|con\s+cui|con\s+il\s+quale|con\s+la\s+quale|nel\s+quale|in\s+cui)\b", text[t.span[1]:t.span[1] + 25])]
    last_before = max((t.span[0] for t in s.teams if lo <= t.span[0] < pos and teams()[t.key].type == "club"), default=-1)
    where = [t for t in where if t.span[0] == last_before]  # ('..., dove rimase fino al 1986, poi due stagioni al Bayern')
    if where and (not with_team or max(w.span[0] for w in where) > max(w.span[0] for w in with_team if w.span[0] < pos)
                  if any(w.span[0] < pos for w in with_team) else True):
        return where[-1].key  # 'dopo ... le parentesi con Rangers e Salernitana, ... al Milan, dove ha giocato ... vincendo'
    right_after = [t for t in with_team if t.span[0] > pos and re.fullmatch(
        r"[^,;()]{0,30}?\s(?:con|col|coi)\s+(?:il|la|lo|l'|i|gli|le)?\s*", text[pos:t.span[0]])]
    if right_after:  # 'lo scudetto con il Milan nel 2003/04, la Premier League con il Chelsea nel 2009/10'
        return right_after[0].key
    if with_team:
        return min(with_team, key=lambda t: abs(t.span[0] - pos)).key
    from .context import is_secondary_team
    from .stints import _city_mentions
    tms = [t for t in s.teams if not any(a <= t.span[0] < b for a, b in s.in_quote)
           and not is_secondary_team(text, t)] + _city_mentions(ctx, s)  # not 'battendo in finale lo Slavia Praga'
    tms = [t for t in tms if not _aside_of_other(s, t.span[0], pos)]
    tms = [t for t in tms if not ((t.how == "city" or text[t.span[0]:t.span[1]] == teams()[t.key].city) and re.search(r"\b(?:vint[oaie]|conquistat[oaie]|alzat[oaie]|sollevat[oaie])\s+a\s+$",
                                                                text[max(0, t.span[0] - 20):t.span[0]], re.I))]
    # ('la Coppa delle Coppe vinta a Birmingham': where the final was played)
    tms = [t for t in tms if not re.search(r"(?:contro|contro il|contro la|contro l'|\bdal|\bdallo|\bdalla|\bdall'|\bdai|"
                                            r"\bdagli)\s*$", ctx.doc.text[max(0, t.span[0] - 14):t.span[0]])]  # not 'dallo United'
    name = ctx.name_of(person)
    own = [st for st in stints if st.person == name and st.evidence and st.evidence[0][0] <= s.span[0]
           and st.team_id and teams()[st.team_id].type == "club"]
    clubs = [t for t in tms if teams()[t.key].type == "club" and not re.search(
        r"\b(?:finale|partita|sfida|stadio)\s+(?:di|del|dell')\s*$", text[max(0, t.span[0] - 20):t.span[0]])]
    if clubs:
        return min(clubs, key=lambda t: abs(t.span[0] - pos)).key
    if own:  # the spell told before the trophy that began last ('Dal 2012 all'Inter ... Lo scudetto del 2020/21')
        return max(own, key=lambda st: (st.start or "", own.index(st))).team_id
    if tms:
        return min(tms, key=lambda t: abs(t.span[0] - pos)).key
    return None


def _aside_of_other(s, at: int, pos: int) -> bool:
    """at lies in a dash-delimited aside that pos is outside of ('... la Coppa Intercontinentale 2024 - il primo lo
    aveva vinto con il Milan nel 2007 -': that aside's club is not the trophy's)."""
    dashes = [s.span[0] + d.start() for d in re.finditer(r"\s[-–—](?=[\s,;.])", s.text)]
    return any(a <= at < b and not a <= pos < b for a, b in zip(dashes[::2], dashes[1::2], strict=False))


_COUNTED = re.compile(r"\b(?:un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci)\s+(?:scudett|coppe?\b|supercopp|"
                      r"campionat|titol|[A-Z])", re.I)  # 'uno scudetto, una Coppa Uefa'


def _won_undated(text: str, h: Honour) -> bool:
    """An honour no date goes with stands only where the sentence says a win ('con la cui maglia ha vinto tanto: ...
    la Champions League, la Coppa Uefa'); a trophy named in passing ('fresca di Europa League', 'l'eliminazione
    dalla Coppa Italia', 'Chi vince lo scudetto?') is none."""
    if h.season or h.year or h.rule != "honour.plain":
        return True
    said = " ".join(text[a:b] for a, b in h.evidence)
    won = has_any(said, words("honours", "undated_win")) or _COUNTED.search(said)
    return bool(won) and not said.rstrip().rstrip("*").endswith("?")


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


_PALMARES_HEAD = re.compile(r"^\W*(?:[A-ZÀ-Ý][\w'’. ]{1,40},\s*)?(?:(?:il|i|tutti\s+i)\s+)?(?:palmar[eè]s|trofei|titoli\s+vinti|"
                            r"albo\s+d'oro)\b", re.I)  # 'PALMARÈS', 'ATALANTA, I TROFEI DELL'ERA PERCASSI'
_COACH_BRACKET = re.compile(r"\((?:all\.|allenatore|allenatrice|tecnico|in\s+panchina)\s*:?\s*", re.I)
_LEAGUES_OF = re.compile(r"\b(?:scudett[oi]|campionat[oi])\s+(?P<adj>[a-zà-ù]+)", re.I)  # '4 campionati francesi'


def _palmares(ctx: Context, stints: list) -> list[Honour]:
    """A list of trophies under a 'PALMARÈS' heading, one a line: '- Champions League 2006-07 (Milan)',
    '- 4 campionati francesi (2012/13, 2013/14) con il Paris Saint-Germain'. No win verb is written: the heading
    says whose they are (a name in it, else the article's protagonist) and in what capacity ('da allenatore')."""
    text = ctx.doc.text
    out: list[Honour] = []
    for m in re.finditer(r"[^\n]+", text):
        head = m.group(0)
        if len(head) > 80 or not _PALMARES_HEAD.match(head):
            continue
        who = next((p.key for p in ctx.mentions.people if m.start() <= p.span[0] < m.end()), None)
        club = next((t.key for t in ctx.mentions.teams if m.start() <= t.span[0] < m.end()), None)
        if who is None and club is not None:  # a club's trophies: each of the coach in brackets ('(all. X)')
            out.extend(_club_palmares(ctx, club, m.end() + 1))
            continue
        who = who or ctx.protagonist
        if who is None:
            continue
        low = head.lower()
        cap = "coach" if re.search(r"allenator|tecnic|panchina|mister", low) else \
            "player" if re.search(r"calciat|giocat|campo", low) else None
        for a, b in _list_items(text, m.end() + 1):
            out.extend(_palmares_item(ctx, stints, who, cap, (a, b)))
    return out


def _list_items(text: str, a: int):
    """The short lines of a list from a onwards, up to a blank line or a line of prose."""
    while a < len(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        item = text[a:b]
        if not item.strip() or len(item) > 160 or item.rstrip().endswith((".", "»", "”")):
            return
        yield a, b
        a = b + 1


def _club_palmares(ctx: Context, club: str, start: int) -> list[Honour]:
    """'ATALANTA, I TROFEI ...' then '- UEFA Europa League 2023/24 (all. Gian Piero Gasperini)': the coach's."""
    text = ctx.doc.text
    out: list[Honour] = []
    for a, b in _list_items(text, start):
        br = _COACH_BRACKET.search(text, a, b)
        coach = next((p.key for p in ctx.mentions.people if br and br.end() <= p.span[0] < b), None)
        if br is None or coach is None:
            continue
        for h in _palmares_item(ctx, [], coach, "coach", (a, br.start())):
            out.append(Honour(h.person, h.trophy, h.season, h.year, teams()[club].name, "coach", [(a, b)],
                              "honour.palmares", 0.6))
    return out


def _palmares_item(ctx: Context, stints: list, who: str, cap: str | None, span: tuple[int, int]) -> list[Honour]:
    text = ctx.doc.text
    a, b = span
    comps = [c.key for c in ctx.mentions.competitions_in(span)]
    team = next((t.key for t in ctx.mentions.teams if a <= t.span[0] < b), None)
    if not comps:
        lg = _LEAGUES_OF.search(text, a, b)
        nat = _national_by_demonym().get(lg.group("adj").lower()) if lg else None
        country = teams()[nat].country if nat else (teams()[team].country if team and lg else None)
        league = top_league(country) if country else None
        if league is None:
            return []
        comps = [league.id]
    name = ctx.name_of(who)
    out = []
    for cid in comps[:1]:
        comp = competitions()[cid]
        seasons: list[str] = []
        years: list[int] = []
        for t in ctx.timexes:
            if not (a <= t.span[0] < b) or not t.value:
                continue
            if t.type == "season" or t.kind == "season":
                seasons.append(str(t.value))
            else:
                p = parse_iso(t.value)
                if p:
                    years.append(p[0])
        if years and not comp.calendar_year and comp.country in ("IT", "GB-ENG", "ES", "DE", "FR", "PT", "NL"):
            seasons += [f"{y - 1}-{y % 100:02d}" for y in years]
            years = []
        capacity = cap
        if capacity is None:
            spells = {st.role for st in stints if st.person == name and (team is None or st.team_id == team)}
            capacity = "coach" if spells and "player" not in spells else "player"
        bracketed = [t for t in ctx.mentions.teams if a <= t.span[0] < b and text[t.span[0] - 1:t.span[0]] == "("]

        def side_of(pos: int, bracketed: list = bracketed) -> str | None:  # 'Coppa Italia: 1992-93 (Torino), 1997-98 e
            nxt = next((t for t in bracketed if t.span[0] > pos), None)   # 1999-2000 (Lazio)': the club after each group
            key = nxt.key if nxt is not None and len(bracketed) > 1 else team
            return teams()[key].name if key else None
        dated = [t for t in ctx.timexes if a <= t.span[0] < b and t.value]
        for v in seasons:
            at = next((t.span[0] for t in dated if str(t.value) == v), a)
            out.append(Honour(name, comp.name, v, None, side_of(at), capacity, [span], "honour.palmares", 0.6))
        for y in years:
            at = next((t.span[0] for t in dated if str(t.value).startswith(str(y))), a)
            out.append(Honour(name, comp.name, None, y, side_of(at), capacity, [span], "honour.palmares", 0.6))
        if not seasons and not years:
            out.append(Honour(name, comp.name, None, None, teams()[team].name if team else None, capacity, [span],
                              "honour.palmares", 0.5))
    return out


_FINAL_OF = re.compile(r"\bfinal(?:e|issima)\s+(?:di|della|dell'|del)\s*$", re.I)


def _finals(ctx: Context, stints: list) -> list[Honour]:
    """A final told by its result ('nella finale di Europa League: Atalanta-Bayer Leverkusen 3-0 con tripletta di
    Ademola Lookman'): the winners' trophy, for the sentence's subject if he was on that side, its scorers, and the
    coach of that side then."""
    from .sides import fixture
    out: list[Honour] = []
    text = ctx.doc.text
    for s in ctx.sentences:
        comps = [m for m in ctx.mentions.competitions_in(s.span) if _FINAL_OF.search(text[max(s.span[0], m.span[0] - 20):m.span[0]])]
        if not comps:
            continue
        fx = fixture(ctx, s)
        if fx is None or fx.home is None or fx.home_goals is None or fx.away_goals is None or fx.home_goals == fx.away_goals:
            continue
        winner = fx.home if fx.home_goals > fx.away_goals else fx.away
        comp = competitions()[comps[0].key]
        told = [t for t in ctx.timexes if t.span[1] <= s.span[1] and t.value and t.type in ("date", "time")
                and s.span[0] - t.span[0] < 400]
        when = parse_iso(told[-1].value) if told else (parse_iso(ctx.published[:10]) if ctx.published else None)
        if when is None:  # (an undated final in the news was played about the day it was published)
            continue
        y, mth = when[0], when[1] or 6
        season = None if comp.calendar_year else (f"{y - 1}-{y % 100:02d}" if mth <= 7 else f"{y}-{(y + 1) % 100:02d}")
        year = y if comp.calendar_year else None
        team = teams()[winner].name
        people: dict[str, str] = {}
        if s.subject and any(st.person == ctx.name_of(s.subject) and st.team_id == winner and st.role == "player" for st in stints):
            people[s.subject] = "player"
        if fx.winner_alone() == winner:  # every goal was the winners': 'con tripletta di Ademola Lookman'
            for p in s.people:
                if re.search(r"\b(?:gol|rete|reti|doppietta|tripletta|firma)\s+(?:di|del)\s+$",
                             text[max(s.span[0], p.span[0] - 20):p.span[0]], re.I):
                    people[p.key] = "player"
        for st in stints:
            now = not told and not st.start and not st.end  # a coach in post now, in a final told as news
            if st.team_id == winner and st.role in ("head_coach", "interim_head_coach") and (now or st.start \
                    and int(st.start[:4]) <= y and (not st.end or int(st.end[:4]) >= y)):
                key = next((k for k, e in ctx.mentions.entities.items() if e.name == st.person), None)
                if key:
                    people.setdefault(key, "coach")
        for key, capacity in people.items():
            out.append(Honour(ctx.name_of(key), comp.name, season, year, team, capacity, [s.span], "honour.final", 0.6))
    return out


_MATCH_WINDOW = 4  # sentences after a trophy won in the news that may still tell the match that won it


def _team_wins(ctx: Context, stints: list) -> list[Honour]:
    """A side that won a trophy ('I felsinei superano 1-0 il Milan ... e mettono in bacheca la Coppa Italia',
    'la Roma ha vinto la Conference League'): the trophy of its coach then, and of the players the report puts
    on that side around it ('Lo firma Dan Ndoye al 53'')."""
    from .context import is_secondary_team
    text = ctx.doc.text
    win = words("honours", "win_verbs")
    out: list[Honour] = []
    for s in ctx.sentences:
        if ctx.doc.zone_of(s.span[0]) not in ("body", None) or not has_any(s.text, win):
            continue
        for m in ctx.mentions.competitions_in(s.span):
            if any(a <= m.span[0] < b for a, b in s.in_quote):
                continue
            side = [t for t in s.teams if t.span[1] <= m.span[0] and m.span[0] - t.span[1] <= 120
                    and teams()[t.key].type in ("club", "national") and not is_secondary_team(text, t)
                    and re.search(r"(?:^|[,:]\s|\b(?:il|la|lo|l'|i|gli|le)\s*)$", text[max(s.span[0], t.span[0] - 4):t.span[0]],
                                  re.I)]
            if not side:
                continue
            team = side[-1]
            gap = text[team.span[1]:m.span[0]]
            if re.search(r"[.;:!?]", gap) or not has_any(gap, win) or any(team.span[1] <= p.span[0] < m.span[0] for p in s.people) \
                    or re.search(r"\b(?:finale|semifinale|qualificazione|girone|in)\s+(?:di\s+|della\s+|dell'\s*)?$",
                                 text[max(s.span[0], m.span[0] - 20):m.span[0]], re.I) \
                    or re.search(r"\b(?:non|mai|sfiorat[oa]|sfuggit[oa]|perso|persa)\b", gap, re.I):
                continue  # ('il Milan ... nella finale di Coppa Italia': where it was played; 'non ha mai vinto')
            comp = competitions()[m.key]
            if comp.kind == "league" and not comp.top_league and not WON_THE.search(gap):
                continue  # 'è salita in Serie B': a division reached
            if _PROMOTED_TO.search(text, max(s.span[0], m.span[0] - 30), m.span[0]) and comp.name.startswith("Serie"):
                continue  # 'conquistando la Serie A': a promotion
            seasons, years = _when(ctx, s, m.span[0], m.span[1], comp.calendar_year, comp.country)
            if not seasons and not years:
                if not ctx.published or s.index > 12 or any(
                        t.value and t.type != "duration" and (t.end or t.value)[:4] < str(int(ctx.published[:4]) - 1)
                        for t in s.timexes):
                    continue  # (an undated trophy far down a story, or in a sentence dated years ago, is history)
                y, mth = int(ctx.published[:4]), int(ctx.published[5:7] or 6)
                if comp.calendar_year:
                    years = [y]
                else:
                    seasons = [f"{y - 1}-{y % 100:02d}" if mth <= 7 else f"{y}-{(y + 1) % 100:02d}"]
            won = int(seasons[0][:4] if seasons else str(years[0]))
            won_end = won + 1 if seasons else won
            coaches = {st.person for st in stints if st.team_id == team.key and st.role in ("head_coach", "interim_head_coach")
                       and (not st.start or int(st.start[:4]) <= won_end) and (not st.end or int(st.end[:4]) >= won_end)
                       and (st.start or st.end or not seasons or s.index <= 12)}
            people = {c: "coach" for c in coaches} if len(coaches) == 1 else {}
            window = (s.span[0], ctx.sentences[min(len(ctx.sentences) - 1, s.index + _MATCH_WINDOW)].span[1])
            for st in stints:
                if st.team_id == team.key and st.role == "player" and st.rule in _MATCH_RULES and st.evidence \
                        and window[0] <= st.evidence[0][0] < window[1]:
                    people.setdefault(st.person, "player")
            for person, capacity in people.items():
                for v in seasons:
                    out.append(Honour(person, comp.name, v, None, teams()[team.key].name, capacity, [s.span],
                                      "honour.team_won", 0.5))
                for yy in years:
                    out.append(Honour(person, comp.name, None, yy, teams()[team.key].name, capacity, [s.span],
                                      "honour.team_won", 0.5))
    return out


_MATCH_RULES = frozenset(("stint.match_scorer", "stint.match_side", "stint.lineup"))

