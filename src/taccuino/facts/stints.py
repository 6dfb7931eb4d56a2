"""Stints: who held which role at which team, from when to when, and how it ended."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..dates import Timex, _num, _numbers, parenthetical, parse_iso
from ..knowledge import fold, is_womens, lexicon, teams, words
from ..mentions import Mention
from ..model import Span, Stint
from .context import (
    _BIRTHPLACE,
    _MATCH_WORDS,
    _PAST_CLUB,
    CLITIC_AGENT,
    INTRO_LINE,
    NEWS_OF,
    PERSON_NOUN_BEFORE,
    SPEAKER_AFTER_QUOTE,
    WANTED_BY,
    WON_THE,
    Context,
    Sentence,
    _describes,
    context_team,
    described_subject,
    description_words,
    find_all,
    former_list,
    has_any,
    is_primary,
    is_secondary_team,
    national_of,
    object_of_verb,
    quote_spans,
    role_words,
    wanted_him,
)
from .events import births
from .sides import match_sides

_ROLE_ORDER = ("youth_coordinator", "interim_head_coach", "assistant_coach", "youth_coach",
               "sporting_director", "president", "other_staff", "head_coach", "player")


@dataclass
class Draft:
    person: str
    team: str
    role: str
    start: str | None = None
    end: str | None = None
    end_reason: str | None = None
    evidence: list[Span] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.6
    guessed: bool = False  # the role came from no cue, only from habit: another stint of the person may tell it
    coach_phase: bool = False  # guessed after the text said, in a coach's words, that his bench years had begun
    team_guessed: bool = False  # the club is the story's, not named for him ('Thuram, arrivato dal Gladbach, ...')


_ISO_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _end_reasons() -> dict[str, list[str]]:
    return {k: list(v) for k, v in lexicon()["stints"]["end_reasons"].items()}


_HAD_AS = re.compile(r"\b(?:(?:lo|la|li|le)\s+|l')?(?:ebbe|ebbero|ha\s+avuto|hanno\s+avuto|aveva\s+avuto|avevano\s+avuto|"
                     r"avuto)\s+(?:anche\s+|già\s+)?(?:come|da|quale)\s+$", re.I)


def _role_near(text: str, lo: int, hi: int, unique: bool = False, people: list[Span] | None = None,
               context: str = "", at: int | None = None) -> str | None:
    """The most specific role cue in text[lo:hi] (with unique, only when one kind of role is named).

    A cue right before or after another person's name is theirs ('il presidente Iervolino',
    'Conte sulla panchina'), not the subject's.
    """
    window = text[lo:hi]
    occ = [(s, e, role) for role, cues in role_words().items() for s, e, _p in find_all(window, cues)]
    occ.sort(key=lambda o: (o[0] - o[1], o[0]))
    kept: list[tuple[int, int, str]] = []
    for o in occ:  # longest cue wins where cues overlap ('vice allenatore' over 'allenatore')
        if all(o[1] <= k[0] or o[0] >= k[1] for k in kept):
            kept.append(o)
    found: dict[str, int] = {}
    found_at: dict[str, tuple[int, int]] = {}
    for s, e, role in kept:
        relational = re.search(r"\s(?:di|con|a)$", window[s:e])  # 'collaborazione con X', 'secondo di X': the subject's
        if role in ("president", "sporting_director") and (re.search(
                r"\b(?:dal|dalla|dall'|dai|del|della|dell')\s*$", text[max(0, lo + s - 8):lo + s]) or re.search(
                r"\b(?:(?:per|con|insieme\s+a|accanto\s+a)\s+(?:il|la|l')|al|alla|all')\s*$", text[max(0, lo + s - 14):lo + s])
                and not re.match(r"\s+[A-ZÀ-Ý]", text[lo + e:lo + e + 3])):
            continue  # 'chiamato dal presidente', 'un pensiero per il direttore generale': someone else
        if role in ("president", "sporting_director") and re.match(
                r"\s+(?:[A-ZÀ-Ý][\w'’]+\s+){0,2}(?:affida|affidò|ha\s+affidato|sceglie|scelse|ha\s+scelto|chiama|chiamò|"
                r"ha\s+chiamato|consegna|consegnò|ingaggia|ingaggiò|ha\s+ingaggiato|annuncia|esonera|esonerò)\b",
                text[lo + e:lo + e + 50]):
            continue  # 'il patron affida la squadra a Gasperini': the one who hands it over
        if role == "player" and re.search(r"\bex\s+$", text[max(0, lo + s - 4):lo + s], re.I) \
                and re.match(r"\s+(?:è|era|fu)\s+(?!stat[oa]\b)", text[lo + e:lo + e + 12]):
            continue  # 'l'ex difensore è l'uomo della favola SPAL': he played once, what he is now is not that
        if role != "player" and _HAD_AS.search(text[max(0, lo + s - 40):lo + s]):
            role = "player"  # 'che lo ebbe come tecnico a Siena': the one who had him as coach played there
        if role != "player" and re.search(r"\b(?:ai|agli|allo|alle)\s+$", text[max(0, lo + s - 6):lo + s], re.I) \
                and has_any(text[max(0, lo + s - 120):lo + s], _cue("thanks")):
            continue  # '... i ringraziamenti ai tecnici e allo staff medico': whom he thanks, not his post
        if role != "player" and re.search(r"\b(?:tutto\s+lo|tutta\s+la|tutti\s+gli|lo|la|il|i|gli)\s+$", text[max(0, lo + s - 12):lo + s], re.I) \
                and has_any(text[max(0, lo + s - 30):lo + s], _cue("thanks")):
            continue  # '..., ringraziando tutto lo staff per la serietà': whom the club thanks
        if role == "head_coach" and re.match(r"panchina\b", window[s:e], re.I) and re.search(
                r"\b(?:rimast[oa]|rimane|resta|restato|partit[oa]|parte|entrat[oa]|entra|accomodat[oa]|seduto)\s+(?:\w+\s+)?(?:in|dalla)\s+$",
                text[max(0, lo + s - 30):lo + s], re.I) and re.match(
                r"\s+(?:all'esordio|per\s+tutt|contro|nella\s+(?:sfida|partita|gara)|nel\s+(?:match|derby|finale)|a\s+guardare|"
                r"per\s+novanta|senza\s+entrare)", text[lo + e:lo + e + 30], re.I):
            continue  # 'era rimasto in panchina all'esordio in campionato': a player left on the bench in a match
        if re.search(r"\b(?:ciao|grazie|caro|cara|addio)\s*,?\s*$", text[max(0, lo + s - 10):lo + s], re.I):
            continue  # '«Ciao Mister, grazie per quel magico esordio»': said to him, no role of the speaker
        if role != "player" and re.search(r"(?:^|[.!?:;\n]\s*)(?:Il|Lo|La|L'|I|Gli|Le)\s*(?:nuov[oaie]\s+|attuale\s+)?$", text[max(0, lo + s - 30):lo + s]) \
                and re.match(r"\s+(?!(?:è|sarà|era|fu|diventa|diventerà|resta|rimane|sono|saranno|ex|già)\b)[a-zà-ù]{2,}\b",
                             text[lo + e:lo + e + 20]) and any(p0 > lo + e for p0, _p1 in people or []):
            continue  # 'Il nuovo ds troverà in panchina Rudi Garcia': the sentence's other subject
        if people and not relational and any(0 <= p0 - (lo + e) <= 2 or (0 <= (lo + s) - p1 <= 2 and not re.search(
                              r"\b(?:eredità|posto|dopo)\s+(?:di|del|dell')\s*$", text[max(0, p0 - 16):p0])) or
                          re.fullmatch(r"\s+(?:in|sulla|alla|come)\s+", text[p1:lo + s] if p1 <= lo + s else "x") or
                          re.fullmatch(r"\s+da\s+", text[lo + e:p0] if lo + e <= p0 else "x") or
                          re.fullmatch(r"\s*,\s*(?:oggi|ora|già|attuale|ex|(?:nel\s+frattempo\s+)?(?:diventato|divenuto))?\s*",
                                       text[p1:lo + s] if p1 <= lo + s else "x")
                          for p0, p1 in people):
            continue
        found[role] = max(found.get(role, -1), e)
        found_at[role] = (s, e)
    if "assistant_coach" in found and "player" in found and window[slice(*found_at["assistant_coach"])].lower() == "accanto a":
        del found["assistant_coach"]  # 'giocava accanto a Baresi': a team-mate
    if "interim_head_coach" in found and "sporting_director" in found and not _coaching(window):
        del found["interim_head_coach"]  # 'ha retto ad interim la direzione sportiva'
    if not found or (unique and len(found) > 1):
        return None
    if at is not None and "player" in found and len(found) > 1:  # both a player's and a coach's cue: the nearer
        def gap(r: str) -> int:  # ('primo derby vinto da allenatore, ... la maglia giallorossa l'ha indossata da calciatore')
            a0, b0 = found_at[r]
            return min(abs(lo + a0 - at), abs(lo + b0 - at))
        near = min(found, key=gap)
        if near == "player" and all(gap(r) - gap("player") >= 25 for r in found if r != "player"):
            return "player"
    if at is not None and {"assistant_coach", "head_coach"} <= set(found) and not ({"youth_coach", "interim_head_coach"} & set(found)):
        def dist(r: str) -> int:
            a0, b0 = found_at[r]
            return min(abs(lo + a0 - at), abs(lo + b0 - at))
        if 2 * dist("head_coach") < dist("assistant_coach") \
                and re.search(r"\bprimo\s+allenatore|capo\s+allenatore|allenatore\s+in\s+prima|responsabile\s+tecnico",
                              window[slice(*found_at["head_coach"])], re.I):
            return "head_coach"  # 'come vice di X ad Alanya, ... mi ha chiamato il Karagümrük per fare il primo allenatore'
    for r in _ROLE_ORDER:
        if r in found:
            if r == "youth_coach" and "head_coach" not in found:
                if "player" not in found and not (_coaching(window) or _coaching(context)) and re.fullmatch(
                        r"(?:nazionale\s+)?under\s*\d+", window[found_at[r][0]:found_at[r][1]].lower()):
                    return None  # '... la Nazionale Under 17 a partire dal 2015, a metà giugno ha firmato con l'Inter'
                return "player" if "player" in found or not (_coaching(window) or _coaching(context)) else r
            return r
    return None


def _coaching(window: str) -> bool:
    return bool(has_any(window, ["allenatore", "tecnico", "guida", "guidato", "guidata", "allena", "allenato",
                                 "panchina", "mister", "allenare", "consegnato", "consegnata", "affidato", "affidata",
                                 "affida", "consegna"]))  # ('la società gli ha consegnato l'Under 19'): to coach


@lru_cache(maxsize=4096)
def _place_rx(place: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:[Aa]|[Ii]n|[Nn]el|[Nn]ella|[Nn]elle|[Nn]ei|[Aa]d|[Dd]a)\s+({re.escape(place)})\b")


def _city_mentions(ctx: Context, s: Sentence) -> list[Mention]:
    """'a Mosca', 'in Puglia', 'nelle Marche': the article's club from that city or region."""
    out: list[Mention] = []
    for tid in ctx.article_teams:
        t = teams()[tid]
        for place, how in ((t.city, "city"), (t.region, "region")):
            if not place:
                continue
            for m in _place_rx(place).finditer(s.text):
                sp = (s.span[0] + m.start(1), s.span[0] + m.end(1))
                if not any(tm.span[0] <= sp[0] < tm.span[1] for tm in s.teams) and not any(o.span == sp for o in out):
                    out.append(Mention(sp, "team", tid, how))  # one club per place: the one the article names first
        for m in _epithet_rx(t.city or "").finditer(s.text):  # 'sotto la Mole', 'in laguna', 'nel Salento'
            sp = (s.span[0] + m.start(), s.span[0] + m.end())
            if t.type == "club" and not any(o.span == sp for o in out):
                out.append(Mention(sp, "team", tid, "city"))
    return out


@lru_cache(maxsize=256)
def _epithet_rx(city: str) -> re.Pattern[str]:
    phrases = lexicon().get("city_epithets", {}).get(city, [])
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)",
                      re.I)


def _years(t: Timex) -> tuple[str | None, str | None]:
    if t.kind == "range" or t.type == "season":
        return t.start, t.end
    return t.value, t.value


def extract(ctx: Context) -> list[Stint]:
    drafts: list[Draft] = _market_list(ctx)
    phase: dict[str, str] = {}
    last: dict[str, Draft] = {}
    reasons = _end_reasons()
    listed = [span for span, _way in _market_lines(ctx)]
    for s in ctx.sentences:
        if any(a <= s.span[0] < b for a, b in listed):
            continue  # a market summary's line, read item by item above
        asked = _question_phase().search(s.text) if re.match(r"\s*(?:D:|D\.|Domanda:)\s", s.text) or (
            s.text.rstrip().endswith("?") and not s.answer) else None
        asked_who = (ctx.protagonist or next((x.subject for x in reversed(ctx.sentences[:s.index]) if x.subject), None)) \
            if asked else None
        if asked and asked_who and re.search(r"\b(?:era|eri|è\s+stato|sei\s+stato|lei|tu|giocava|giocavi|ha\s+giocato|"
                                                    r"hai\s+giocato|la\s+sua|la\s+tua|da\s+calciatore|da\s+giocatore|"
                                                    r"da\s+allenatore)\b", s.text, re.I):
            # 'D: Direttore, prima del dirigente c'era l'attaccante. Che giocatore era?': the answer tells his playing days
            phase[asked_who] = "player" if asked.group("p") else "coach" if asked.group("c") else "director"
        zone = ctx.doc.zone_of(s.span[0])
        if zone in ("title", "teaser") or not s.subject and not s.people:
            _secondary(ctx, s, drafts, None)
            continue
        listed_here = _colon_list(ctx, s, drafts)
        if listed_here:
            drafts.extend(listed_here)
            for d in listed_here:
                last[d.person] = d
            continue
        status = ""
        pending: list = []  # dates of a clause that named no team, for the next clause of the same subject
        prev_subj = None
        deferred = []  # clauses about someone with no stint yet, named in this sentence's secondary facts
        held: dict[Span, Draft | None] = {}
        clauses = _clauses(ctx, s, drafts)
        n_sentence = len(drafts)
        for clause in clauses:
            (ca, cb), subj = clause
            if status == "team_subject" and not [p for p in s.people if ca <= p.span[0] < cb] and not (
                    re.match(r"\s*che\b", ctx.doc.text[ca:cb]) and subj
                    and any(re.fullmatch(r"\s*,?\s*", ctx.doc.text[p.span[1]:ca]) for p in s.people if p.key == subj)):
                continue  # '..., poi con la Juve': still what the team did (not '..., X, che arriva dal Genoa': his)
            n = len(drafts)
            known = subj in last
            told = sum(len(d.evidence) for d in drafts)
            status = _clause(ctx, s, clause, drafts, phase, last, reasons) or ""
            new = drafts[n:]
            if subj and phase.get(subj) != "director" and has_any(_stated(ctx.doc.text[ca:cb]), reasons["retired"]) \
                    and not _lead(ctx, s) and (re.match(r"\s*(?:D:\s*|R:\s*)?(?:Appes[aeio]|Appeso|Lasciato|Chiusa|Dopo\s+il\s+ritiro|"
                                                      r"Smesso|Ritiratosi)", ctx.doc.text[ca:cb])
                                             or any(ca <= t.span[0] < cb and t.value for t in s.timexes)
                                             or (bool(new) and all(d.role == "player" for d in new))):
                # ('Ha chiuso la carriera tra Rimini e Alessandria.': the clubs he played for last, then the bench)
                phase[subj] = "coach"  # 'Appese le scarpe al chiodo, ...': what follows is a coach's career
            if subj and new:
                held[(ca, cb)] = new[-1]  # the stint this clause speaks of
            if not new and sum(len(d.evidence) for d in drafts) > told:
                pending, prev_subj = [], subj  # the clause's dates went to a stint already told ('..., dove è rimasto dal 2005 al 2008')
                continue
            if subj and not known and not new and subj != s.subject:
                deferred.append(clause)
            if pending and subj == prev_subj and new and all(d.start is None for d in new):
                idle = _IDLE.search(ctx.doc.text[max(0, pending[0].span[0] - 30):pending[0].span[0]].replace("dal", ""))
                for d in new:  # 'dal 1990 al 2013 è stato dirigente accompagnatore e poi team manager della Nazionale'
                    st, en = _years(pending[0]) if pending[0].kind == "range" or pending[0].type == "season" \
                        else ((None, pending[0].value) if idle else (pending[0].value, None))  # 'era fermo dal ..., quando'
                    d.start, d.end = st, d.end or en
                pending = []
            elif new and has_any(ctx.doc.text[ca:cb], words("stints", "start")):
                last_team = max((t.span[1] for t in s.teams if ca <= t.span[0] < cb), default=ca)
                pending = [t for t in s.timexes if last_team <= t.span[0] < cb and t.value and t.type != "duration"][-1:]
            elif not new and not [t for t in s.teams if ca <= t.span[0] < cb]:
                moved = has_any(ctx.doc.text[ca:cb], words("stints", "start")) or (
                    ctx.doc.text[ca:cb].rstrip().endswith(":") and ctx.doc.zone_of(ca) != "caption") or bool(
                    re.search(r",\s+quando\s+$", ctx.doc.text[ca:cb]))  # 'La svolta nel giugno 2013, quando entra nello staff'
                pending = [t for t in s.timexes if ca <= t.span[0] < cb and t.value and t.type != "duration"
                           and (t.kind == "range" or t.type == "season" or t.prep == "from" or moved)]
                pending = pending[-1:] if moved else pending  # 'a dicembre è volato in Russia: con lo Zenit ...'
            else:
                pending = []
            prev_subj = subj
            if subj is None and any(_team_is_subject(ctx.doc.text, m, ca) for m in s.teams if ca <= m.span[0] < cb):
                status = "team_subject"
        _copy_gapped(ctx, s, drafts, n_sentence)
        _youth_post_apposition(ctx, s, drafts, n_sentence)
        if re.match(r"\s*Dopo\s+(?:aver|avere|esser|essere)\s+\w+", s.text):  # 'Dopo aver guidato l'Under 17 dal 2018 al 2021,
            made = drafts[n_sentence:]  # X era passato ad allenare la Sambenedettese': the next post began as that one ended
            for x, y in zip(made, made[1:], strict=False):
                if x.person == y.person and x.end and not y.start and not y.end and x.team != y.team:
                    y.start = x.end[:4]
        promoted = [m for m in _FROM_YOUTH.finditer(s.text) if not [t for t in s.teams if t.span[1] <= s.span[0] + m.start()
                                                                    and t.span[0] >= s.span[0] + m.start() - 40]]
        if promoted:  # 'X, promosso dalla Primavera, è il nuovo allenatore': the youth post ends today (not 'a Monza era ...')
            for d in [d for d in drafts[n_sentence:] if d.role in ("head_coach", "interim_head_coach") and d.start]:
                if not any(o.person == d.person and o.team == d.team and o.role == "youth_coach" for o in drafts):
                    drafts.append(Draft(d.person, d.team, "youth_coach", None, d.start, None, [s.span],
                                        "stint.youth_coach.promoted", 0.5))
        n = len(drafts)
        owners = {}  # whose clause each person is named in: 'arrivato per sostituire X' is about that clause's subject
        for (ca, cb), subj in clauses:
            for p in s.people:
                if ca <= p.span[0] < cb and subj and subj != p.key and (held.get((ca, cb)) or subj in last):
                    owners[p.span] = held.get((ca, cb)) or last[subj]
        _secondary(ctx, s, drafts, last.get(s.subject or ""), owners)
        for d in drafts[n:]:
            last[d.person] = d
        owners2 = {}
        for clause in deferred:  # 'Manna prende il posto di Mauro Meluso, arrivato la scorsa estate ...'
            if clause[1] in last:
                _clause(ctx, s, clause, drafts, phase, last, reasons)
                (ca, cb), subj = clause
                owners2.update({p.span: last[subj] for p in s.people if subj and ca <= p.span[0] < cb and p.key != subj
                                and p.span not in owners})
        if owners2:  # people named in those clauses belong to them: '... Meluso, arrivato al posto di Cristiano Giuntoli'
            n2 = len(drafts)
            _secondary(ctx, s, drafts, None, owners2)
            drafts[n2:] = [d for d in drafts[n2:] if d.rule == "stint.secondary"]
    for d in drafts:  # a role read off no cue follows the person's stated roles, when they all agree
        if d.guessed:
            stated = {o.role for o in drafts if o.person == d.person and not o.guessed}
            played_before = stated == {"player"} and d.role == "head_coach" and d.coach_phase and d.evidence and all(
                max(o.evidence)[0] < min(d.evidence)[0] for o in drafts if o.person == d.person and not o.guessed and o.evidence)
            # ('Da giocatore vestì le maglie di Roma e Ascoli. ... Nel 1975 lo chiamò la Fiorentina': told after, coached)
            if len(stated) == 1 and stated != {d.role} and stated <= {"sporting_director", "president", "player", "assistant_coach"} \
                    and not played_before:
                d.role = stated.pop()
    for d in drafts:  # a playing spell read off no cue, begun after the person had coached: he was coaching still
        if d.role == "player" and d.start and (d.guessed or not any(
                has_any(ctx.doc.text[a:b], _cue("player")) for a, b in d.evidence)) and any(
                o.person == d.person and not o.guessed and o.role in ("head_coach", "interim_head_coach") and o.start
                and o.start[:4] < d.start[:4] and (o.end or o.start)[:4] <= d.start[:4] for o in drafts):
            d.role = "head_coach"  # ('Dal 1979 al 1982 guidò l'IFK Göteborg ... Poi il Benfica, dal 1982 al 1984')
    for d in drafts:  # a youth national side is coached as youth_coach, whatever the cue said
        if d.role == "head_coach" and teams()[d.team].type == "national" and re.search(r"\bUnder\b", teams()[d.team].name):
            d.role = "youth_coach"
    drafts.extend(_scorers(ctx, drafts))
    played: dict[str, set[str]] = {}
    for d in drafts:
        if d.role == "player" and not d.team_guessed and not d.end:  # (the side a player is on now, not a past one)
            played.setdefault(d.person, set()).add(d.team)
    staff = {d.person for d in drafts if d.role != "player" and d.person not in played}
    benches: dict[str, set[str]] = {}
    for d in drafts:
        if d.role in ("head_coach", "interim_head_coach") and not d.end:
            benches.setdefault(d.person, set()).add(d.team)
    for person, team, ev in match_sides(ctx, played, staff, benches):  # 'A decidere è stato X su cross di Y'
        guess = next((d for d in drafts if d.person == person and d.team_guessed and d.role == "player" and not d.end), None)
        if guess is not None and guess.team != team:
            guess.team = team  # the side the match puts him on, not the story's club guessed for his arrival
            continue
        drafts.append(Draft(person, team, "player", None, None, None, [ev], "stint.match_side", 0.5))
    for d in drafts:  # an arrival guessed at the story's club, of a player the article puts in another side's match
        if d.team_guessed and d.role == "player" and not d.end:
            sides = {o.team for o in drafts if o.person == d.person and o.role == "player" and not o.team_guessed
                     and not o.end and o.rule in ("stint.match_side", "stint.substituted", "stint.match_scorer")}
            if len(sides) == 1 and d.team not in sides:
                d.team = sides.pop()
    for d in drafts:  # a duration or a stray value read as a day ('in panchina da un anno' is P1Y, no date)
        if d.start and not _ISO_DAY.match(d.start):
            d.start = None
        if d.end and not _ISO_DAY.match(d.end):
            d.end, d.end_reason = None, None
    drafts = _by_age(ctx, drafts) + _of_team(ctx, drafts)
    merged = _merge(_close_sequences(_merge(drafts, local=True), ctx.doc.text))
    _lengths(ctx, merged)
    _retired_today(ctx, merged)
    for d in merged:  # a president named in the news took office some other day, unless the sentence says he just did
        if d.role == "president" and d.start and not any(
                _TOOK_OFFICE.search(ctx.doc.text[a:b]) for a, b in d.evidence) and not any(
                (t.kind == "range" or t.type == "season" or t.prep == "from") and (t.start or t.value) == d.start
                for t in ctx.timexes if any(a <= t.span[0] < b for a, b in d.evidence)):
            d.start = None  # ('nella stagione 1986/87 fu per pochi mesi presidente': a dated spell stays)
    for d in merged:  # 'In Nazionale ha collezionato 86 presenze' of a man the article calls 'il tedesco': Germany
        if d.team == "italia" and all(re.search(r"\b[Nn]azionale\b", ctx.doc.text[a:b])
                                      and not re.search(r"\bItalia\b|azzurr", ctx.doc.text[a:b]) for a, b in d.evidence):
            other = national_of(ctx, d.person)
            if other and other != "italia":
                d.team = other
                for m in ctx.mentions.teams:  # the mention is his country's side too, for the entities
                    if m.key == "italia" and any(a <= m.span[0] < b for a, b in d.evidence):
                        m.key = other
    for d in merged:  # an end before the start was read off someone else's date
        if d.start and d.end and d.end[:len(d.start)] < d.start[:len(d.end)]:
            d.end, d.end_reason = None, None
        if d.end and ctx.published and d.end[:7] > ctx.published[:7][:len(d.end[:7])] and d.end_reason is None:
            d.end = None  # 'in prestito per una stagione', 'fino a giugno': a plan, not how the spell ended
    for d in merged:  # 'resterà in rossoverde in prestito fino al termine della stagione': a plan, not how it ended
        if d.end and d.end_reason is None and any(
                t.prep == "until" and t.value and d.end in (t.value, t.end)
                and not (ctx.published and (t.end or t.value)[:4] < ctx.published[:4])  # ('resterà ... fino al 2012', told in 2024)
                and re.search(r"\b(?:resterà|rimarrà|sarà|giocherà|vestirà|allenerà|guiderà)\b",
                              ctx.doc.text[max(a, t.span[0] - 60):t.span[0]])
                for t in ctx.timexes for a, b in d.evidence if a <= t.span[0] < b):
            d.end = None
    for d in merged:  # the coach of a national youth side ('ct dell'Under 19') is that side's head coach
        if d.role == "youth_coach" and teams()[d.team].type == "national" and re.search(r"\bUnder\b|\bU\d", teams()[d.team].name):
            d.role = "head_coach"
    for d in merged:  # a spell is dated to the day at most: a kick-off time is no part of it
        d.start, d.end = (d.start or None) and d.start[:10], (d.end or None) and d.end[:10]
    out = [Stint(ctx.name_of(d.person), teams()[d.team].name, d.role, d.start, d.end,
                 None if d.end_reason == "ended" else d.end_reason,  # ended by agreement: no reason of the vocabulary
                 d.evidence, d.rule, d.confidence, None if d.team.startswith("~") else d.team) for d in merged]
    told_stints = {(st.person, st.team_id, st.role) for st in out}
    return out + [st for st in lineups(ctx) if (st.person, st.team_id, st.role) not in told_stints]


@lru_cache(maxsize=1)
def _market_rx() -> re.Pattern[str]:
    def alts(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words("market", key), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:(?P<inc>{alts('incoming')})|(?P<out>{alts('outgoing')}))[ \t]*(?:\([^)\n]*\))?"
                      rf"[ \t]*[:–—-][ \t]*(?P<items>[^\n]*\()", re.I | re.M)


def _market_lines(ctx: Context) -> list[tuple[Span, str]]:
    """The lines of a market summary ('Acquisti: X (Genoa), Y (Everton, prestito).'): each line's span from its
    first item to the line's end, and whether it lists arrivals ('in') or departures ('out')."""
    key = "market_lines"
    if key not in ctx.memo:
        text = ctx.doc.text
        out = []
        for m in _market_rx().finditer(text):
            if ctx.doc.zone_of(m.start()) in ("title", "teaser", "chrome", "byline"):
                continue
            end = text.find("\n", m.start("items"))
            out.append(((m.start(), len(text) if end < 0 else end), "in" if m.group("inc") else "out"))
        ctx.memo[key] = out
    return ctx.memo[key]  # type: ignore[return-value]


def _market_list(ctx: Context) -> list[Draft]:
    """A market summary's items, 'Name (Club, prestito)': an arrival at the story's club from that club, or a
    departure from it to that club, in the season of the news (a free agent came from no one; a loan come to its
    end left without a sale)."""
    lines = _market_lines(ctx)
    if not lines or not ctx.published:
        return []
    text, year = ctx.doc.text, ctx.published[:4]
    home = _headline_side(ctx)
    home = home if home and teams()[home].type == "club" else _main_club(ctx)
    drafts: list[Draft] = []
    for (a, b), way in lines:
        for p in [p for p in ctx.mentions.people if a <= p.span[0] < b]:
            bracket = re.match(r"\s*\(([^)]*)\)", text[p.span[1]:b])
            if not bracket:
                continue
            lo, hi = p.span[1] + bracket.start(1), p.span[1] + bracket.end(1)
            note = text[lo:hi]
            club = next((t.key for t in ctx.mentions.teams if lo <= t.span[0] < hi), None)
            club = None if club == home else club
            ev = [next((x.span for x in ctx.sentences if x.span[0] <= p.span[0] < x.span[1]), (a, b))]
            rule = "stint.market_list"
            if way == "in":
                if home:
                    drafts.append(Draft(p.key, home, "player", year, None, None, ev, rule, 0.6))
                if club and not has_any(note, words("market", "free_agent")):
                    drafts.append(Draft(p.key, club, "player", None, year, "transferred", ev, rule, 0.6))
            else:
                if home:
                    over = has_any(note, words("market", "loan_over"))
                    drafts.append(Draft(p.key, home, "player", None, year, None if over else "transferred", ev, rule, 0.6))
                if club:
                    drafts.append(Draft(p.key, club, "player", year, None, None, ev, rule, 0.6))
    return drafts


_TITLE_BEFORE = re.compile(r"\b(?:il|lo|l'|la|del|dello|della|al|allo|alla|dal|dallo|dalla|col|con\s+il)\s*"
                           r"([a-zà-ù]+(?:\s+[a-zà-ù]+)?)\s+$", re.I)


def _title_role(text: str, pos: int) -> str | None:
    """The role a title right before the name at pos names ('il tecnico', 'il ds', 'il presidente'), by the
    lexicon's role cues."""
    m = _TITLE_BEFORE.search(text, max(0, pos - 30), pos)
    if not m:
        return None
    words_before = m.group(1).lower()
    for cand in (words_before, words_before.split()[-1]):
        role = _role_of_cue().get(cand)
        if role:
            return role
    return None


@lru_cache(maxsize=1)
def _role_of_cue() -> dict[str, str]:
    return {cue.lower(): role for role, cues in role_words().items() for cue in cues}


def _of_team(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A person the article gives no spell, named once as 'X del Lecce' ('né Mattia Zaccagni della Lazio', 'il
    tecnico Mario Rossi del Pisa'): a spell at that club, a player's unless a title before the name says more."""
    text = ctx.doc.text
    have = {d.person for d in drafts}
    quoted = quote_spans(text)
    out: list[Draft] = []
    for p in ctx.mentions.people:
        if p.key in have or p.how == "anaphor" or any(a <= p.span[0] < b for a, b in quoted):
            continue
        team = next((t for t in ctx.mentions.teams if 0 <= t.span[0] - p.span[1] <= 8 and re.fullmatch(
            r"\s+(?:del|dell'|della|dello)\s*", text[p.span[1]:t.span[0]]) and ctx.team(t.key).type == "club"), None)
        if team is None:
            continue
        role = _title_role(text, p.span[0]) or "player"
        sent = next((x.span for x in ctx.sentences if x.span[0] <= p.span[0] < x.span[1]), p.span)
        out.append(Draft(p.key, team.key, role, None, None, None, [sent], "stint.of_team", 0.4))
        have.add(p.key)
    return out


# the youngest age at which a spell in each role is credible; younger, the person was playing
_YOUNGEST = {"youth_coach": 22, "assistant_coach": 26, "other_staff": 22, "youth_coordinator": 26, "president": 28,
             "interim_head_coach": 28}


_STAFF = frozenset(("assistant_coach", "youth_coach", "other_staff", "youth_coordinator"))


def _by_age(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A bench, an office or a staff post held before the person was old enough was a playing spell:
    'Nato nel 1980, ... all'Ajax, tra il 1999 e il 2003' in the profile of today's coach."""
    born: dict[str, int] = {}
    for b in births(ctx):
        if b.date:
            born[b.person] = int(b.date[:4])
    if not born:
        return drafts
    kept = []
    for d in drafts:
        year = born.get(ctx.name_of(d.person))
        first = int((d.start or d.end or "0")[:4])
        if year and year < first < year + 15:
            continue  # a spell at thirteen is someone else's date read as his ('lo scudetto 2021-22' of a boy born in 2008)
        kept.append(d)
        if year and d.start and int(d.start[:4]) <= year:
            d.start = None  # the day he was born, read as the day the spell began
        if year and d.end and int(d.end[:4]) <= year:
            d.end, d.end_reason = None, None
        when = d.start or d.end
        youngest = _YOUNGEST.get(d.role, 30) if d.guessed or d.role not in _STAFF else 21  # (a stated 'vice' at 22)
        if year and when and d.role != "player" and int(when[:4]) - year < youngest:
            d.role, d.rule = "player", d.rule + "+by_age"
        elif year and d.start and d.role == "player" and d.guessed and int(d.start[:4]) - year > 40:
            d.role, d.rule = "head_coach", d.rule + "+by_age"  # a spell begun past forty, of a man who played: his bench
    return kept


def _scorers(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A match report's scorers and the like: 'Theo Hernandez, Pulisic e Abraham firmano la rimonta rossonera',
    'Ai nerazzurri non bastano Lautaro e Taremi' -- each played for the one club the sentence names."""
    out: list[Draft] = []
    coaches = {d.person for d in drafts if d.role != "player"}
    players = {d.person for d in drafts if d.role == "player"}
    text = ctx.doc.text
    for s in ctx.sentences:
        if not s.people or not has_any(s.text, _cue("scoring")) or ctx.doc.zone_of(s.span[0]) == "caption":
            continue
        cuts = [s.span[0]] + [s.span[0] + m.end() for m in re.finditer(r"[.!?;:]\s+", s.text)] + [s.span[1]]
        for lo, hi in zip(cuts, cuts[1:], strict=False):  # a teaser's or a title's parts, one by one
            if not has_any(text[lo:hi], _cue("scoring")):
                continue
            clubs = list(dict.fromkeys(m.key for m in s.teams if lo <= m.span[0] < hi and ctx.team(m.key).type == "club"
                                       and not is_secondary_team(text, m) and not _DESCRIBED_CLUB.search(
                                           text[max(lo, m.span[0] - 40):m.span[0]])))
            side = _scoring_side(ctx, s, lo, hi)
            if side:  # 'Brescia-Benevento 1-0, con la rete di Flavio Bianchi': only one side scored
                for p in s.people:
                    if lo <= p.span[0] < hi and p.key not in coaches and p.key not in players and re.search(
                            r"\b(?:gol|rete|reti|doppietta|tripletta|autore|firma)\s+(?:decisiv[oa]\s+)?(?:di|del|dello)\s+$",
                            text[max(lo, p.span[0] - 30):p.span[0]]):
                        out.append(Draft(p.key, side, "player", None, None, None, [s.span], "stint.match_scorer", 0.5))
                        players.add(p.key)
                continue
            if len(clubs) != 1:  # 'vinta dai nerazzurri 1-0 con un gol di Lautaro Martinez': the side just named
                for p in s.people:
                    if not lo <= p.span[0] < hi or p.key in coaches or p.key in players or not re.search(
                            _GOAL_OF.pattern, text[max(lo, p.span[0] - 30):p.span[0]]):
                        continue
                    near = [m for m in s.teams if lo <= m.span[0] and m.span[1] <= p.span[0] and p.span[0] - m.span[1] <= 45
                            and ctx.team(m.key).type == "club" and not is_secondary_team(text, m)]
                    if not near:  # 'la Juventus aveva battuto 1-0 l'Atalanta con un gol di X': the one side not beaten
                        sides = [m for m in s.teams if m.span[1] <= p.span[0] and ctx.team(m.key).type == "club"
                                 and not is_secondary_team(text, m) and not _PREPOSED.search(
                                     text[max(s.span[0], m.span[0] - 8):m.span[0]]) and not _DESCRIBED_CLUB.search(
                                     text[max(s.span[0], m.span[0] - 40):m.span[0]])]
                        near = sides if len({m.key for m in sides}) == 1 else []
                    if near:
                        out.append(Draft(p.key, near[-1].key, "player", None, None, None, [s.span], "stint.match_scorer", 0.5))
                        players.add(p.key)
                continue
            for p in s.people:
                if not lo <= p.span[0] < hi or p.key in coaches or p.key in players or p.how == "anaphor" \
                        or _GENITIVE_NAME.search(text[max(lo, p.span[0] - 20):p.span[0]]) and not (_GOAL_OF.search(
                            text[max(lo, p.span[0] - 30):p.span[0]]) and any(
                            m.key == clubs[0] and lo <= m.span[0] < p.span[0]
                            and not _PREPOSED.search(text[max(lo, m.span[0] - 8):m.span[0]]) for m in s.teams)):
                    continue  # ('gol di X' scored for the club named before him, not 'per gli orobici' after)
                out.append(Draft(p.key, clubs[0], "player", None, None, None, [s.span], "stint.match_scorer", 0.5))
                players.add(p.key)
    return out


def _scoring_side(ctx: Context, s: Sentence, lo: int, hi: int) -> str | None:
    """The one side that scored in a fixture written out with its score ('Brescia-Benevento 1-0')."""
    text = ctx.doc.text
    tms = [m for m in s.teams if lo <= m.span[0] < hi]
    for x, y in zip(tms, tms[1:], strict=False):
        if not re.fullmatch(r"\s*[-–]\s*", text[x.span[1]:y.span[0]]):
            continue
        score = re.match(r"\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\b", text[y.span[1]:y.span[1] + 12])
        if score:
            h, a = int(score.group(1)), int(score.group(2))
            return x.key if h > 0 and a == 0 else (y.key if a > 0 and h == 0 else None)
    return None


_DESCRIBED_CLUB = re.compile(r"\b(?:l'|il\s+|lo\s+|la\s+)?(?:attaccante|centravanti|difensore|centrocampista|portiere|"
                             r"terzino|esterno|trequartista|regista|mediano|talento|gioiello|ragazzo|classe\s+\d{4})\s+"
                             r"(?:del|dello|della|dell')\s*$", re.I)  # 'L'attaccante dello Zurigo ... ha servito Pellegrini'
_GENITIVE_NAME = re.compile(r"\b(?:di|del|dell'|della|da|dal|contro)\s+$")
_PREPOSED = re.compile(r"\b(?:a|al|alla|all'|allo|ai|agli|alle|dal|dalla|dall'|dallo|nel|nella|nell'|sul|sulla|col|coi)\s*$",
                       re.I)  # 'strappata al West Ham con il gol di X': a side named with a preposition is no subject
_GOAL_OF = re.compile(r"\b(?:gol|rete|reti|doppietta|tripletta)\s+(?:decisiv[oa]\s+|vincente\s+)?di\s+$")


@lru_cache(maxsize=1)
def _team_ids() -> dict[str, str]:
    """Team id by usual name (honours carry the name)."""
    return {t.name: t.id for t in teams().values()}


def from_honours(stints: list[Stint], honours: list) -> list[Stint]:
    """A trophy won with a side implies a spell there: 'campione del mondo con l'Italia nel 2006' played for Italy."""
    have = {(st.person, st.team_id) for st in stints}
    out: list[Stint] = []
    for h in honours:
        tid = _team_ids().get(h.team or "")
        if not tid or (h.person, tid) in have or h.rule == "honour.title" and h.capacity != "player":
            continue  # ('campione d'Europa nel 2021' of a ct whose spell the story does not tell: no new spell)
        role = "player" if h.capacity == "player" else "head_coach"
        out.append(Stint(h.person, h.team, role, None, None, None, list(h.evidence), "stint.from_honour", 0.45, tid))
        have.add((h.person, tid))
    return out


_LINEUP = re.compile(r"(?m)^([A-ZÀ-Ý][A-ZÀ-Ý' .]{1,30})\s*\((\d-\d(?:-\d){0,3})\)\s*:\s*(.+)$")


def lineups(ctx: Context) -> list[Stint]:
    """A match report's line-up, 'ROMA (4-3-3): Rui Patricio; Karsdorp, ...': each name played for that team,
    and the coach after 'All.' coached it."""
    out: list[Stint] = []
    text = ctx.doc.text
    for m in _LINEUP.finditer(text):
        tms = [t for t in ctx.mentions.teams if m.start(1) <= t.span[0] < m.end(1)]
        if not tms:
            continue
        team = teams()[tms[0].key]
        body_start = m.start(3)
        coach = re.search(r"\bAll\.\s*([^.;]+)", m.group(3))
        players = m.group(3)[:coach.start()] if coach else m.group(3)
        for nm in re.finditer(r"[A-ZÀ-Ý][\w'’ .-]*?(?=\s*(?:[;,()]|$))", players):  # '(25' st Olivera)' too
            name = nm.group(0).strip(" .")
            if len(name) < 3 or re.search(r"\d", name):
                continue
            span = (body_start + nm.start(), body_start + nm.start() + len(name))
            out.append(Stint(_full_name(ctx, name, span), team.name, "player", None, None, None, [(m.start(), m.end())],
                             "stint.lineup", 0.6, team.id))
        if coach:
            name = coach.group(1).strip()
            out.append(Stint(_full_name(ctx, name, (0, 0)), team.name, "head_coach", None, None, None,
                             [(m.start(), m.end())], "stint.lineup_coach", 0.6, team.id))
    return out


@lru_cache(maxsize=256)
def _senior_side(team_id: str) -> str | None:
    """A national youth side's senior team: 'Italia Under 21' -> 'Italia'."""
    t = teams()[team_id]
    if not re.search(r"\bUnder\b|\bU\d", t.name):
        return team_id
    return next((o.id for o in teams().values() if o.type == "national" and o.country == t.country
                 and not is_womens(o) and not re.search(r"\bUnder\b|\bU\d", o.name)), None)


def _lineup_side(ctx: Context, person: str) -> str | None:
    """The one team a match report's line-ups put the person in (the line-ups are read once per article)."""
    if "lineup_sides" not in ctx.memo:
        sides: dict[str, set[str]] = {}
        for st in lineups(ctx):
            if st.role == "player" and st.team_id:
                sides.setdefault(st.person, set()).add(st.team_id)
        ctx.memo["lineup_sides"] = sides
    told = ctx.memo["lineup_sides"].get(ctx.name_of(person), set())  # type: ignore[attr-defined]
    return next(iter(told)) if len(told) == 1 else None


_LISTED_PLAYERS = re.compile(r"\b(?:hanno\s+(?:debuttato|esordito|giocato|segnato)|(?:sono|erano)\s+(?:stati\s+)?"
                             r"(?:convocati|schierati|titolari)|(?:altri|gli|i)\s+(?:\w+\s+)?(?:esordienti|debuttanti|"
                             r"convocati))\b[^:]*(?:giocatori|calciatori|esordienti|debuttanti|convocati|azzurri)?[^:]*$", re.I)


def _last_day(ctx: Context, s: Sentence) -> str | None:
    """The last day-precise date told before this sentence: the match a debut happened in."""
    days = [t for t in ctx.timexes if t.span[1] <= s.span[0] and len(t.value or "") == 10 and t.type == "date"
            and ctx.doc.zone_of(t.span[0]) not in ("byline", "chrome", "caption")
            and not re.search(r"\b(?:nat[oa]|scompars[oa]|mort[oa])\b[^.;]{0,60}$", ctx.doc.text[max(0, t.span[0] - 70):t.span[0]], re.I)]
    return days[-1].value if days else None


_TOOK_OFFICE = re.compile(r"\b(?:nuov[oa]\s+(?:presidente|proprietari[oa]|patron)|elett[oa]|nominat[oa]|presidenza|"
                          r"rilevat[oa]|acquistat[oa]|acquisit[oa]|diventat[oa]\s+presidente|presidente\s+(?:dal|dall'|da)|"
                          r"insediat[oa]|subentrat[oa])\b", re.I)
_SHORT = re.compile(r"\b(?:poche\s+settimane|pochi\s+giorni|poche\s+partite|poche\s+giornate|lampo|"
                    r"(?P<one>una\s+sola\s+(?:stagione|annata)|un\s+solo\s+(?:anno|campionato)))\b", re.I)
_LENGTH_CUE = re.compile(r"(?:\bdopo\s+(?:poco\s+più\s+di\s+|appena\s+|solo\s+|neanche\s+|nemmeno\s+)?|"
                         r"\bdurat[ao]\s+(?:appena\s+|solo\s+)?|\bper\s+)$", re.I)  # 'esonerato dopo due mesi', 'durata tre mesi'


def _retired_today(ctx: Context, drafts: list[Draft]) -> None:
    """'Giorgio Chiellini appende gli scarpini al chiodo' in the lead: his last playing spell ends today, retired."""
    if not ctx.published:
        return
    retired = _end_reasons()["retired"]
    for s in ctx.sentences:
        if not _lead(ctx, s) or not s.subject or not has_any(_stated(s.text), retired) \
                or any(q[0] <= s.span[0] < q[1] for q in quote_spans(ctx.doc.text)):
            continue
        open_spells = [d for d in drafts if d.person == s.subject and d.role == "player" and not d.end
                       and teams()[d.team].type == "club" and (d.start or "0") <= ctx.published]
        if open_spells:
            last = max(open_spells, key=lambda d: d.start or "")
            if last.start:
                last.end, last.end_reason = ctx.published[:10], "retired"
        return


def _lengths(ctx: Context, drafts: list[Draft]) -> None:
    """A spell with a start and no end whose sentence tells how long it lasted ends that much later.

    'al Genoa, che lo aveva esonerato dopo poco più di due mesi', 'un'esperienza durata poche settimane',
    'una sola annata a Torino'. Only a sentence that tells no other spell of the person counts.
    """
    by_span = {x.span: x for x in ctx.sentences}
    quoted = quote_spans(ctx.doc.text)
    for d in drafts:
        if not d.start or d.end:
            continue
        for sp in d.evidence:
            s = by_span.get(sp)
            if s is None or any(o is not d and o.person == d.person and sp in o.evidence and (o.start or not o.end)
                                for o in drafts) \
                    or (s.subject != d.person and not any(p.key == d.person for p in s.people)):
                continue
            text = ctx.doc.text
            ended = bool(has_any(s.text, words("stints", "end"))) or bool(re.search(
                r"\bdurat[ao]\b|\bin\s+tutto\b|\bprima\s+di\s+(?:tornare|passare|trasferirsi|approdare|emigrare|"
                r"volare|accasarsi|chiudere)\b", s.text))
            if not ended:
                continue  # 'il primo trofeo dopo pochi giorni di lavoro': time so far, not the spell's length
            short = _SHORT.search(s.text)
            dur = next((t for t in s.timexes if t.type == "duration" and t.parts.get("count")
                        and (_LENGTH_CUE.search(text[max(s.span[0], t.span[0] - 25):t.span[0]])
                             or re.match(r"(?:dopo|per|in)\s", t.text, re.I) or re.match(r"\s+in\s+tutto", text[t.span[1]:]))
                        and not any(q[0] <= t.span[0] < q[1] for q in quoted)), None)
            if dur is not None:
                unit, n = str(dur.parts.get("unit")), int(dur.parts["count"])  # type: ignore[call-overload]
                end = _add(d.start, dur) if unit in ("Y", "S") or len(d.start) >= 7 else (
                    d.start[:4] if unit in ("M", "W", "D") and n <= 6 else None)
                if end and not (ctx.published and end[:7] > ctx.published[:7]):  # a length that ends after today is not it
                    d.end = end
                    break
            elif short:
                d.end = str(int(d.start[:4]) + 1) if short.group("one") else d.start[:4]
                break


_COMITATIVE = re.compile(r"^\W*(?:con|insieme\s+a|assieme\s+a|accanto\s+a)\s*(?:l'|il\s+|lo\s+|la\s+|all'|al\s+|allo\s+|"
                         r"alla\s+)?(?:ex\s+)?(?:tecnico|allenatore|allenatrice|presidente|ds|direttore\s+sportivo|"
                         r"compagno|capitano|attaccante|difensore|centrocampista|portiere)\s+(?:del|della|dello|dell'|"
                         r"dei|degli|delle)\s*$", re.IGNORECASE)


def _full_name(ctx: Context, name: str, span: Span) -> str:
    """The article's fullest name for a line-up surname ('De Rossi' -> 'Daniele De Rossi')."""
    key = fold(name).strip()
    for k, ent in ctx.mentions.entities.items():
        if fold(k.split("#")[0]) == key:
            return ent.name
    # 'Di Maria' for 'Ángel Di María', 'Kim' for 'Kim Min-jae': the one entity whose name ends or begins so
    found = {ent.name for ent in ctx.mentions.entities.values()
             if (f := fold(ent.name)).endswith(" " + key) or f.startswith(key + " ") or f == key}
    return found.pop() if len(found) == 1 else name


def _close_sequences(drafts: list[Draft], text: str = "") -> list[Draft]:
    """A player's club spell with a start and no end ends when the next club spell, told after it, begins.

    Only playing careers run club after club with no gap; coaches wait between jobs, so their ends are left to
    the text. National sides run beside club spells and close nothing. A next spell told with no start leaves
    the end unknown ('cinque campionati al Palermo, fino al 1983. Poi la Cavese, ... nel 1985 il Pescara').
    """
    for i, d in enumerate(drafts):
        if d.role != "player" or not d.start or d.end or teams()[d.team].type != "club":
            continue
        for nxt in drafts[i + 1:]:
            if nxt.person == d.person and nxt.role == "player" and teams()[nxt.team].type == "club" \
                    and nxt.team != d.team:
                if nxt.start and nxt.end and text and any(
                        re.search(r"\bparentesi\b", text[x:y]) for x, y in nxt.evidence[:1]):
                    continue  # 'in nerazzurro dal 2020 con la parentesi in prestito al Torino nel 2022-23': he came back
                if nxt.start and (parse_iso(nxt.start) or (0,))[0] >= (parse_iso(d.start) or (0,))[0]:
                    d.end = nxt.start[:4]
                if nxt.start or not nxt.end:
                    break
    for d, nxt in zip(drafts, drafts[1:], strict=False):  # '... nel Parma dal 2010 al 2014 e poi nel Genoa fino al 2017'
        if d.role == nxt.role == "player" and d.person == nxt.person and d.team != nxt.team and d.end and nxt.end \
                and not nxt.start and d.evidence[:1] == nxt.evidence[:1] and d.end[:4] <= nxt.end[:4] \
                and teams()[d.team].type == teams()[nxt.team].type == "club" and re.search(
                    r"\b(?:e\s+poi|poi|quindi|successivamente|in\s+seguito)\b", text[slice(*d.evidence[0])]):
            nxt.start = d.end[:4]
    return drafts


_PRIMARY_BLOCK = re.compile(r"(?:\b(?:di|del|dell'|della|posto di|eredità di|vice di|sostituire|esonerato|"
                            r"con|contro|subentrat[oa]\s+a|subentrò\s+a|subentra\s+a|succedut[oa]\s+a|succedette\s+a|"
                            r"succede\s+a)\s*)$", re.I)  # ('subentrò a Edmondo Fabbri sulla panchina della Ternana': the subject's)


_CUT = re.compile(r"[:;]\s+|\s[-–—]\s+|,\s+(?:e|ed|ma|poi|per\s+poi|prima\s+di|dove|quando|mentre)\s+|\s+e\s+poi\s+"
                  r"|,\s+(?=prima\s+(?:del|della|dell')\s+(?:salto|passaggio|ritorno|approdo|trasferimento)\b)"
                  r"|,\s+(?=che\s)|\s+e\s+(?=che\s)"

                  r"|,\s+(?=oltre\s+(?:al|alla|allo|all'|ai|a)\b)"
                  r"|,\s+(?=(?:l'avventura|l'esperienza|la\s+parentesi|il\s+ritorno|il\s+passaggio|la\s+chiamata)\b)"
                  r"|,\s+(?=per\s+(?:arrivare|approdare|passare|tornare|trasferirsi|finire|chiudere)\b)"
                  r"|,\s+(?=(?:arrivat|passat|approdat|esonerat|sollevat|tornat|giunt|rientrat|prelevat|richiamat|ingaggiat|promoss)[oa]\s)"
                  r"|,\s+(?=(?:fin\s+qui|finora|sinora|fino\s+a\s+ieri|fino\s+ad\s+oggi|fino\s+a\s+quel\s+momento|"
                  r"sino\s+a\s+quel\s+momento|fino\s+ad\s+allora|sino\s+ad\s+allora)\s)"
                  r"|,?\s+e\s+(?=(?:la|il|lo|l'|i|gli|le)\s*\w+\s+(?:ci\s+|vi\s+|si\s+|lo\s+|ne\s+)?"
                  r"(?:fu|è|era|viene|venne|ha|aveva|restò|rimase|giocò|vinse|arrivò|passò)\b)"
                  r"|\s+e\s+(?=(?:l'anno|nel|nella|nell'|dal|dall'|un\s+anno|due\s+anni|poi|l'estate)\b)"
                  r"|,?\s+e\s+(?=(?:al\s+suo|al\s+loro|al\s+posto|in\s+sostituzione|a\s+sostituirl[oa]|"
                  r"a\s+prendere\s+il\s+suo\s+posto|sulla\s+panchina|in\s+panchina)\b)"
                  r"|\s+e\s+(?=(?:fa\s+ritorno|torna|approda|vola|firma\s+(?:con|per)|si\s+trasferisce|si\s+accasa)\b)"
                  r"|\s+(?:e|ed)\s+(?=(?:è|sarà|diventa)\s+(?:il|la|l')\s*nuov[oa]\b)"
                  r"|\s+e\s+(?=(?:affidò|affida|chiamò|scelse|ingaggiò|nominò|promosse|passò|tornò|vinse|sarà|diventerà)\b)")
_POSTVERBAL = re.compile(r"\b(?:è|sono)\s+(?:arrivat[oaie]|giunt[oaie])\s+(?:anche\s+|poi\s+|subito\s+)?"
                         r"(?:(?:la|il|l'|lo|le|i|gli|una|un)\s*(?!suo\b|sua\b)\w+|(?:offerte|proposte|richieste|novità|"
                         r"conferme|chiamate|segnali)\b)", re.I)  # 'è arrivata l'ufficialità', 'non sono arrivate offerte'  # 'è arrivata l'ufficialità'
_FROM_YOUTH = re.compile(r"\bpromoss[oa]\s+(?:in\s+prima\s+squadra\s+)?(?:dalla\s+Primavera|dall'Under\s*\d+|"
                         r"dalle\s+giovanili|dal\s+settore\s+giovanile|dalla\s+formazione\s+(?:Primavera|giovanile))\b", re.I)
_ADVENTURE_ENDS = re.compile(r"\b(?:finisce|finita|termina|terminata|si\s+chiude|chiusa|si\s+conclude|conclusa|"
                             r"si\s+interrompe|interrotta)\s+(?:così\s+|qui\s+|dunque\s+|quindi\s+|anzitempo\s+)?"
                             r"(?:l'avventura|l'esperienza|il\s+ciclo|l'era|la\s+parentesi|il\s+rapporto)\b", re.I)
_HELD_VERB = re.compile(r"\b(?:ha|aveva)\s+(?:poi\s+|anche\s+|già\s+)?(?:allenato|guidato|giocato|vestito|militato|diretto)\b"
                        r"|\b(?:allenò|guidò|giocò|vestì|militò)\b", re.I)
_SACKED_HIM = re.compile(r"\s+(?:(?:ha|aveva|hanno)\s+)?(?:deciso\s+di\s+)?(?:lo|la|li|le|l')\s*(?:ha\s+|aveva\s+|hanno\s+)?"
                         r"(?:esonerat[oaie]|esonerò|esonera|sollevat[oaie]|sollevò|solleva|licenziat[oaie]|licenziò|"
                         r"cacciat[oaie]|cacciò|silurat[oaie]|silurò)\b", re.I)
_MODAL_WANT = re.compile(r"\b(?:ha|hanno|aveva|avevano|avrebbe)\s+(?:\w+\s+)?voluto\s+(?:anche\s+)?\w+(?:(?:are|ere|ire)|"
                         r"(?:ar|er|ir)(?:l[oaie]|gli|ne|si|ci|gliel[oa]))\b", re.I)  # 'ha voluto ricordarlo': a wish, not 'lo ha voluto' (hired)
_ORIGIN_OF = re.compile(r"\b(?:il|l'|lo|la|un|una)\s*(?:tecnico|allenatore|allenatrice|mister|ct|ds|presidente|attaccante|"
                        r"difensore|centrocampista|portiere|ragazzo|giocatore|calciatore|dirigente|bomber)\s+$", re.I)
_MATES_AT = re.compile(r"\bcompagn[oaie]\s+di\s+squadra\s+(?:[^,.;]{0,30}?\s)?(?:al|alla|all'|allo|ai|nel|nella|nell'|nei)\s*"
                       r"(?:[A-ZÀ-Ý][\w'.-]*(?:\s+[A-ZÀ-Ý][\w'.-]*)*\s+(?:e|ed)\s+(?:al|alla|all'|allo|ai|nel|nella|nell')\s*)?$")
@lru_cache(maxsize=1)
def _as_player() -> re.Pattern[str]:
    """'da centrocampista', 'come terzino': a player's noun from the roles data."""
    nouns = "|".join(re.escape(w) for w in sorted(role_words()["player"], key=len, reverse=True))
    return re.compile(rf"\b(?:da|come)\s+(?:{nouns})\b", re.I)


_GOALS = re.compile(r"\bfirm\w+\s+(?:anche\s+)?(?:al\s+\d{1,3}'\s+)?(?:(?:il|la|lo|l'|una|un)\s*(?:pareggio|gol|rete|raddoppio|"
                    r"vantaggio|vittoria|rimonta|assist|doppietta|tripletta|successo|sorpasso|tris|poker|definitivo|primo|"
                    r"secondo|terzo)|(?:il|lo|l')\s*\d{1,2}-\d{1,2})"
                    r"|\b(?:lo|la|l')\s*firm[ao]\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?:al|nel)\s+\d{1,3}'", re.I)
# ('Lo firma Dan Ndoye al 53'': the goal that decided it)


def _blank_goals(t: str) -> str:
    """'Pulisic ha firmato il pareggio': a goal, not a contract."""
    return _GOALS.sub(lambda m: " " * len(m.group(0)), t)


_EX_OF = re.compile(r"\b(?:l'|un\s+|dell'|all')?ex\s+(?:\w+\s+){0,2}(?:del|della|dell'|dello|dei|degli|di)\s*$", re.I)
_CUT_DESC = re.compile(r"(?<=[a-zà-ÿ]),\s+(?=(?:il|lo|la|l')\s*(\w+(?:\s+\w+)?)\s+che\s)")
_CUT_EX = re.compile(r",\s+(?=(?:l'|un\s+)?ex\s+\w+(?:\s+\w+)?\s+(?:del|della|dell'|dello|dei|degli|di)\s)")
_DESC_WHO = re.compile(r"\s*(?:il|lo|la|l')\s*\w+(?:\s+\w+)?\s+che\s")
_PARTICIPLE_START = re.compile(r"\s*(?:(?:arrivat|passat|approdat|esonerat|sollevat|tornat|giunt|rientrat|prelevat|richiamat|ingaggiat)[oa]|"
                               r"fin\s+qui|finora|sinora|fino\s+a\s+ieri|fino\s+ad\s+oggi)\s")
_LEADING_PARTICIPLE = re.compile(r"\s*(?:Arrivat|Giunt|Approdat|Sbarcat|Cresciut|Nat|Chiamat|Scelt|Ingaggiat|Prelevat|"
                                 r"Tornat|Esonerat|Sollevat|Lasciat|Reduce|Appes[ao])\w*\b")
# ('Arrivato la scorsa estate dopo le esperienze con Parma e Sampdoria, ..., D'Aversa lascia ...': D'Aversa's)
_UNTIL_NOW = re.compile(r"\s*(?:fin\s+qui|finora|sinora|fino\s+a\s+ieri|fino\s+ad\s+oggi)\s")
_FIRST_PERSON = re.compile(r"\b(?:ho|sono|mi|abbiamo|siamo|avevo|ero|fui|io)\b", re.I)


_GAP_BETWEEN = re.compile(r"(?:\s*,\s*(?:(?:dove|che|con\s+cui|in\s+cui)\s[^,;:]{0,60},\s*)?(?:(?:e|ed)\s+)?|\s+(?:e|ed)\s+)"
                          r"(?:(?:il|lo|la|l'|i)\s*[a-zà-ù]+\s+)?")  # ', Y al Milan', ', dove era già stato, e Z al Basilea'
_GAP_PREP = re.compile(r"\s*,?\s*(?:in\s+prestito\s+|a\s+titolo\s+definitivo\s+)?(?P<p>al|alla|all'|allo|ai|agli|dal|dalla|"
                       r"dall'|dallo|dai|dagli)\s*$")


def _gapped_pairs(ctx: Context, s: Sentence) -> list[tuple[Mention, Mention]]:
    """The people of a gapped list, each with the club the shared verb takes them to or from: 'Veretout è stato
    ceduto al Marsiglia, Alessandro Florenzi al Milan e Riccardo Calafiori al Basilea', 'sono arrivati Nemanja
    Matić, dal Manchester United, e Andrea Belotti, dal Torino'. The first pair is the head the verb belongs to."""
    key = f"gaps:{s.index}"
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    text = ctx.doc.text
    people = [p for p in s.people if p.how != "anaphor" and not any(a <= p.span[0] < b for a, b in s.in_quote)]
    pairs: list[tuple[Mention, Mention, str]] = []
    for p in people:
        team = next((t for t in s.teams if t.span[0] >= p.span[1] and t.span[0] - p.span[1] <= (80 if not pairs else 40)
                     and (_GAP_PREP.fullmatch(text, p.span[1], t.span[0]) or (not pairs and _GAP_PREP.search(
                         text[p.span[1]:t.span[0]]) and not re.search(r"[,;:]", text[p.span[1]:t.span[0]])))
                     and not any(p.span[1] <= o.span[0] < t.span[0] for o in s.people)), None)
        if team is None:
            if pairs and len(pairs) == 1:
                pairs = []
            continue
        prep = _GAP_PREP.search(text[p.span[1]:team.span[0]])
        kind = "from" if prep and prep.group("p").startswith("d") else "to"
        if pairs:
            prev_end = pairs[-1][1].span[1]
            if kind != pairs[-1][2] or not _GAP_BETWEEN.fullmatch(text, prev_end, p.span[0]):
                if len(pairs) == 1:
                    pairs = []
                else:
                    break
        pairs.append((p, team, kind))
    out = [(p, t) for p, t, _k in pairs] if len(pairs) >= 2 else []
    ctx.memo[key] = out
    return out


def _copy_gapped(ctx: Context, s: Sentence, drafts: list[Draft], n: int) -> None:
    """Each gapped pair gets the head's stints of this sentence, with its own club for the head's."""
    pairs = _gapped_pairs(ctx, s)
    if not pairs:
        return
    (head, head_team), rest = pairs[0], pairs[1:]
    mine = [d for d in drafts[n:] if d.person == head.key]
    if not any(d.team == head_team.key for d in mine):
        return
    others = {p.key for p, _t in rest}
    drafts[n:] = [d for d in drafts[n:] if d.person not in others]
    for p, t in rest:
        for d in mine:
            drafts.append(Draft(p.key, t.key if d.team == head_team.key else d.team, d.role, d.start, d.end,
                                d.end_reason, [s.span], d.rule, d.confidence, d.guessed))


_ASIDE_THEN_POST = re.compile(r",\s+(?:promoss|arrivat|scelt|richiamat|confermat)[oa]\s[^,;:]{3,60},\s+(?=(?:è|sarà|diventa)\s+"
                              r"(?:il|la|l')\s*(?:nuov[oa]\s+)?(?:allenatore|allenatrice|tecnico|ct|direttore|presidente|vice)\b)")
_DONE_CLAUSE = re.compile(r"\b(?:è|sono|ha|hanno)\s+(?:stat[oaie]\s+)?\w+(?:at|it|ut)[oaie]\b[^,;:]*,\s+$")


def _clauses(ctx: Context, s: Sentence, drafts: list[Draft] | None = None) -> list[tuple[Span, str | None]]:
    """Clauses split at ':', ';', dashes, ', e', ', poi', ', dove' ...; each with its own subject when it names one.

    A relative clause ('- che ha giocato nella Roma -') is about the person just before it; a clause opening
    with a description ('il tecnico jesino') is about the person it describes.
    """
    text = ctx.doc.text
    named = sorted([(m.span, "p") for m in s.people] + [(m.span, "t") for m in s.teams])
    cuts = []
    for m in _CUT.finditer(s.text):
        a, b = s.span[0] + m.start(), s.span[0] + m.end()
        if re.fullmatch(r",\s+(?:e|ed)\s+", m.group(0)):
            prev_kind = next((k for (_s0, e0), k in named if e0 == a), None)
            next_kind = next((k for (s0, _e0), k in named if s0 == b), None)
            if prev_kind and prev_kind == next_kind:
                continue  # a list: 'Pescara, Treviso, e Napoli'
        cuts.append(b)
    for pm in s.people:  # '..., figlio di quell'X che ha vestito la maglia del Catania, Franco è cresciuto ...': after
        if pm.how == "anaphor":  # a relative clause, a comma and a name with its verb open the main clause
            continue
        comma_before = re.search(r",\s+$", text[max(s.span[0], pm.span[0] - 3):pm.span[0]])
        if comma_before and re.match(r"\s+(?:è|ha|era|aveva|fu|sarà|si\s+è|ha\s+poi)\s", text[pm.span[1]:pm.span[1] + 10]) \
                and pm.span[0] not in cuts and s.span[0] < pm.span[0] \
                and (re.search(r"\bche\s[^,;:]{3,80},\s+$", text[max(s.span[0], pm.span[0] - 90):pm.span[0]])
                     or (" " in text[pm.span[0]:pm.span[1]].strip() and _DONE_CLAUSE.search(text[s.span[0]:pm.span[0]]))):
            cuts.append(pm.span[0])  # ('X è stato ceduto al Chelsea per 38 milioni, Y è stato ceduto al PSG': two news)
    for m in _ASIDE_THEN_POST.finditer(s.text):  # 'X, promosso dalla Primavera, è il nuovo allenatore': the aside ends
        if s.span[0] + m.end() not in cuts:
            cuts.append(s.span[0] + m.end())
    for pm, _tm in _gapped_pairs(ctx, s)[1:]:  # 'X è stato ceduto al Marsiglia, Y al Milan': each pair its own clause
        if pm.span[0] not in cuts:
            cuts.append(pm.span[0])
    lead_part = _LEADING_PARTICIPLE.match(text, s.span[0])
    if lead_part and re.match(r"\s*(?:Esonerat|Sollevat|Lasciat|Appes)", text[s.span[0]:lead_part.end()]):
        for pm in s.people:  # 'Esonerato dal Milan nel gennaio 2014, Massimiliano Allegri tornò ...': the end is the
            if pm.how != "anaphor" and re.search(r",\s+$", text[max(s.span[0], pm.span[0] - 3):pm.span[0]]) \
                    and pm.span[0] not in cuts:  # participle's; the main clause tells the next spell
                cuts.append(pm.span[0])
                break
    for m in _CUT_DESC.finditer(s.text):  # 'Luciano Spalletti, il tecnico che ...': a relative about that person
        if _describes(m.group(1)) and s.span[0] + m.end() not in cuts:
            cuts.append(s.span[0] + m.end())
    for m in _CUT_EX.finditer(s.text):  # '... la concorrenza di Andrea Pirlo, l'ex allenatore della Juventus': his past
        at = s.span[0] + m.start()
        if any(p.span[1] == at for p in s.people) and s.span[0] + m.end() not in cuts:
            cuts.append(s.span[0] + m.end())
    cuts.sort()
    bounds = [s.span[0], *cuts, s.span[1]]
    out: list[tuple[Span, str | None]] = []
    subj = s.subject
    own = [p.span[0] for p in s.people if p.key == s.subject]
    earlier = ctx.sentences[s.index - 1].subject if s.index > 0 else None
    if s.explicit_subject and own and len(bounds) > 2 and own[0] >= bounds[1] and earlier and earlier != subj \
            and not _LEADING_PARTICIPLE.match(text, s.span[0]) \
            and not SPEAKER_AFTER_QUOTE.search(text[max(0, own[0] - 40):own[0]]):  # ('il ct della Nazionale: «...», ha
        # scritto Mancini': the speaker all along)
        subj = earlier  # 'il Bologna lo chiamò al posto di X: fu lui a far esordire ... Roberto Mancini': still the topic
        named_at = own[0]
    else:
        named_at = None
    last_relative: str | None = None
    line_start = text.rfind("\n", 0, s.span[0]) + 1
    answer = re.match(r"(?:R:|R\.|Risposta:)\s", text[line_start:line_start + 12]) or s.answer
    question = re.match(r"(?:D:|D\.|Domanda:)\s", text[line_start:line_start + 12])
    me = ctx.protagonist if answer or question else None
    for a, b in zip(bounds, bounds[1:], strict=False):
        if named_at is not None and a <= named_at:
            subj = s.subject if named_at < b else subj
        ppl = [p for p in s.people if a <= p.span[0] < b]
        prim = [p for p in ppl if is_primary(text, p, a) and not _PRIMARY_BLOCK.search(text[max(a, p.span[0] - 20):p.span[0]])]
        wanted = [p for p in prim if wanted_him(text, p.span[1])]
        if wanted and earlier and earlier != wanted[0].key:
            out.append(((a, b), earlier))  # 'Helenio Herrera lo volle all'Inter': the stint is his, the object's
            continue
        if me and (_FIRST_PERSON.search(text[a:b]) and answer or not prim) and not re.match(r"\s*che\b", text[a:b]):
            out.append(((a, b), me))  # an interview's answer in the first person, or its question: the interviewee
            continue
        if last_relative and _PARTICIPLE_START.match(text, a) and text[:a].rstrip().endswith(":") and not prim:
            out.append(((a, b), last_relative))  # '... Giuntoli, che ha lasciato gli azzurri ...: arrivato nel 2015 dal
            continue  # Carpi': still the man the relative told
        lead = [p for p in s.people if p.span[1] <= a and re.fullmatch(r"\s*,\s*", text[p.span[1]:a])]
        if not lead and a > s.span[0] and not any(p.span[0] < a for p in s.people) and _PARTICIPLE_START.match(text, a) \
                and re.fullmatch(r"[^,;:]{3,50},\s*", text[s.span[0]:a]):
            described = described_subject(ctx, s, s.span[0], _Fits(drafts or []), reach=True)
            if described:  # 'Sull'attaccante francese, arrivato in estate dal Gladbach, Inzaghi si è soffermato': the striker's
                if out and out[-1][0][0] == s.span[0]:
                    out.pop()  # (the description and its participle are one clause: 'attaccante' tells the role)
                out.append(((s.span[0], b), described))
                continue
        if lead and _PARTICIPLE_START.match(text, a):
            out.append(((a, b), lead[-1].key))  # '... il posto di Mauro Meluso, arrivato la scorsa estate': Meluso
            continue
        if lead and _CUT_EX.match(text, a - 2 if text[a - 2:a] == ", " else a) and re.match(r"(?:l'|un\s+)?ex\s", text[a:b]):
            out.append(((a, b), lead[-1].key))  # '... Andrea Pirlo, l'ex allenatore della Juventus sondato ...': Pirlo
            continue
        if lead and _DESC_WHO.match(text, a):
            last_relative = lead[-1].key
            out.append(((a, b), last_relative))  # '... l'eredità di Luciano Spalletti, il tecnico che ...': Spalletti
            continue
        if re.match(r"\s*che\s+(?:lo|la|l['’])\s*(?:ha|aveva)\s+(?:volut|chiamat|portat)[oa]\b", text[a:b]) and earlier:
            out.append(((a, b), s.subject if s.subject and not any(p.key == s.subject and a <= p.span[0] for p in s.people)
                        else earlier))  # 'l'incontro con Roberto De Zerbi, che lo ha voluto nel suo staff al Benevento': his
            continue
        after_club = [t for t in s.teams if t.span[1] <= a and re.fullmatch(r"\s*,?\s*", text[t.span[1]:a])]
        if re.match(r"\s*che\b", text[a:b]) and after_club and not [p for p in ppl if is_primary(text, p, a)]:
            out.append(((a, b), subj))  # '..., all'Empoli, che lo aveva preso', 'il Bologna, che guidò nel 2008/09': still him
            continue
        if re.match(r"\s*che\b", text[a:b]):
            before = [p for p in s.people if p.span[1] <= a]
            heads = [p for p in before if not re.search(r"\b(?:di|del|dello|della)\s+$", text[max(0, p.span[0] - 8):p.span[0]])]
            pick = heads[-1] if heads else (before[-1] if before else None)
            if before and re.fullmatch(r"\s*,?\s*", text[before[-1].span[1]:a]):
                pick = before[-1]  # '... il posto di Vincenzo Italiano, che ha salutato i viola'
            if last_relative is not None and re.search(r"\be\s*$", text[max(0, a - 4):a]):
                out.append(((a, b), last_relative))  # '..., che ha salutato i viola ..., e che è ripartito dal Bologna'
                continue
            last_relative = pick.key if pick else subj
            out.append(((a, b), last_relative))
            continue
        if out and out[-1][1] and _DATIVE_HANDED.match(text, a) and not [p for p in ppl if is_primary(text, p, a)]:
            out.append(((a, b), out[-1][1]))  # '..., quando la società gli ha consegnato l'Under 19': to him
            continue
        group = list(dict.fromkeys(p.key for p in s.people if p.span[0] < b and p.how != "anaphor"))
        if len(group) >= 2 and re.search(r"\b(?:entramb[ie]|tutti e due)\b(?!\s+le\s+stagioni|\s+gli\s+anni)", text[a:b], re.I):
            for k in group:
                out.append(((a, b), k))  # 'Marco Domenichini ... e Daniele Baldini, entrambi inseriti nello staff'
            continue
        pair = ppl[:2] if len(ppl) >= 2 and prim and prim[0] is ppl[0] and ppl[0].key != ppl[1].key else []
        if pair and re.fullmatch(r"\s+(?:e|ed)\s+", text[pair[0].span[1]:pair[1].span[0]]) and re.match(
                r"\s+(?:(?:si\s+)?(?:sono|erano|furono|saranno)|hanno|avevano|ebbero|\w+(?:ano|ono|arono|irono|eranno|iranno))\b",
                text[pair[1].span[1]:pair[1].span[1] + 20]):
            for p in pair:  # 'Mario Rossi e Luca Bianchi sono passati al Torino': a plural verb, two subjects
                out.append(((a, b), p.key))
            continue
        obj = [p for p in ppl if object_of_verb(text, a, p.span[0])
               and not CLITIC_AGENT.search(text[max(a, p.span[0] - 30):p.span[0]])  # 'mi ha chiamato X': X is the agent
               or p.span[0] - a <= 75 and NEWS_OF.search(text[max(a, p.span[0] - 34):p.span[0]])]
        if obj:
            subj = obj[0].key
        elif prim:
            subj = prim[0].key
        elif re.match(r"\s*(?:l'|il\s+|la\s+)(?:allenatore|tecnico|presidente|direttore|ds|ct)\s+(?:dei|del|della|degli)\b",
                      text[a:b], re.I) and not re.match(r"\s*\S+\s+\S+\s+\S+\s+(?:è|sarà|era)\s+(?:stato\s+)?(?:il|l')",
                                                       text[a:b]):
            out.append(((a, b), None))  # 'l'allenatore dei partenopei è una sua conoscenza': someone else
            continue
        else:
            desc = None if s.introduced else described_subject(ctx, s, a, _Fits(drafts or []))
            if desc:
                subj = desc
            elif _noun_subject(text[a:b]) and not any(a <= t.span[0] <= a + 2 for t in s.timexes):
                out.append(((a, b), None))  # 'Il primo scossone è arrivato a Bologna': not about a person
                continue  # ('La scorsa estate ha raccolto ...': a time, then the subject's verb)
        out.append(((a, b), subj))
    return out


def _no_asides(text: str, span: Span) -> str:
    """text with the dash-delimited asides of the sentence at span blanked (offsets kept)."""
    seg = re.sub(r"\s[-–—]\s[^-–—]{3,120}?\s[-–—]\s", lambda m: " " * len(m.group(0)), text[span[0]:span[1]])
    return text[:span[0]] + seg + text[span[1]:]


def reasons_of(reason: str) -> list[str]:
    return _end_reasons()[reason]


def teams_before(ctx: Context, s: Sentence, upto: int | None = None, back_reference: bool = False) -> str | None:
    """The last club named before upto in this sentence or in the one before (with back_reference, 'quel club',
    also across a 'Leggi anche' box)."""
    i = max(0, s.index - (3 if back_reference else 1))  # ('... al Chievo, dove chiuse la carriera. «...», ha
    lo = ctx.sentences[i].span[0] if s.index > 0 else s.span[0]  # raccontato. Nel 1992 ... di quel club': the Chievo)
    if not back_reference and any(z.kind in ("chrome", "heading", "subheading") and lo < z.span[0] < s.span[0] for z in ctx.doc.zones):
        lo = s.span[0]  # not across page chrome or a heading: the last item's club is not this one's
    hi = s.span[1] if upto is None else upto
    tms = [t for t in ctx.mentions.teams if lo <= t.span[0] < hi and teams()[t.key].type == "club"
           and not is_secondary_team(ctx.doc.text, t) and ctx.doc.zone_of(t.span[0]) != "chrome"
           and not _EX_WITH.search(ctx.doc.text[max(lo, t.span[0] - 60):t.span[0]])]
    return tms[-1].key if tms else None  # (not a past club in an apposition: '..., ex vice di X al Crystal Palace')


def _last_date(ctx: Context, s: Sentence, upto: int | None = None) -> str | None:
    """The last dated expression in this sentence (outside quotes, before upto), for a clause that has none."""
    tx = [t for t in s.timexes if t.value and t.type != "duration" and t.prep != "contract"
          and (upto is None or t.span[1] <= upto)]
    return (tx[-1].start or tx[-1].value) if tx else None


def _trophy_date(ctx: Context, t: Timex) -> bool:
    """A season or year that names a trophy ('la Coppa Italia 2011/12', 'lo scudetto del 2020/21'), not a spell."""
    text = ctx.doc.text
    before = text[max(0, t.span[0] - 14):t.span[0]]
    if re.search(r"\bcampion[ei](?:ssa)?\s+(?:del\s+mondo|d'Europa|d'Italia|olimpic[oi])\s+(?:del|nel|nell')\s*$",
                 text[max(0, t.span[0] - 40):t.span[0]], re.I):
        return True  # 'Per il campione del mondo del 2006 si chiude un'avventura': a title's year, no spell's
    if re.search(r"\bscudett[oi]\s+(?:(?:del|della|di)\s+)?$", before, re.I):
        return True  # 'lo scudetto del 1999/2000': a title's season, whatever verb told it
    won = has_any(text[max(0, t.span[0] - 150):t.span[0]], words("honours", "win_verbs"))
    if not won:
        return False  # ('il campionato 2016/17', 'la Serie B del 2006/07' with no win: the season played)
    if re.search(r"\b(?:scudett[oi]|titol[oi])\s+(?:(?:del|della|di)\s+)?$", before, re.I):
        return True
    if re.search(r"\b(?:la|il)\s+(?:[ABC]|cadetteria)\s+(?:(?:nel|nella|del|della|nell'|dell')\s*)?$", before):
        return True  # 'vincendo la Lega Pro nel 15/16 e la B nel 16/17': the titles' seasons
    return any(0 <= t.span[0] - m.span[1] <= 6 and re.fullmatch(r"\s*(?:(?:del|della|di)\s+)?", text[m.span[1]:t.span[0]])
               or 0 <= t.span[0] - m.span[1] <= 7 and re.fullmatch(r"\s*(?:nel|nella|nell')\s*", text[m.span[1]:t.span[0]])
               and WON_THE.search(text[max(0, m.span[0] - 25):m.span[0]])  # 'vincendo la Lega Pro nel 15/16'
               for m in ctx.mentions.competitions_in((max(0, t.span[0] - 60), t.span[0])))


_FROM = re.compile(r"\b(?:reduce\s+d\w*\b[^,;]{0,40}|strappat[oa]\s+(?:al|alla|all'|a)\s*|"
                   r"(?:sbarcat|approdat|giunt)[oa]\s+(?:[^\s,;.]+\s+){0,6}?(?:dal|dalla|dall'|dai|da)\s*|"
                   r"(?:arriva|arrivano|approda|giunge|rientra|torna)\s+(?:\w+\s+)?(?:dal|dalla|dall'|dai|da)\s*|"
                   r"(?:prelevat|pres|acquistat|arrivat|giunt|rilevat)[oa]\s+(?:in\s+estate\s+|a\s+gennaio\s+|in\s+prestito\s+|"
                   r"(?:la|lo|l'|nella|nello|nell')\s*(?:scorsa|scorso|passata|passato|ultima|ultimo)?\s*"
                   r"(?:estate|inverno|gennaio|sessione\s+di\s+mercato|mercato|stagione)\s+|"
                   r"(?:anche\s+lui\s+|anche\s+lei\s+)?(?:gratis|a\s+parametro\s+zero|a\s+costo\s+zero|a\s+titolo\s+definitivo|"
                   r"a\s+titolo\s+gratuito|per\s+\d+\s+milioni)\s+|"
                   r"(?:nel|nell'|il|a|ad|in|nella)\s*(?:estate\s+(?:del\s+)?|\d{1,2}\s+[a-z]+\s+|[a-z]+\s+)?\d{4}\s+){0,3}"
                   r"(?:dal|dalla|dall'|dai|da)\s*|in\s+prestito\s+(?:dal|dalla|dall'|da)\s*|"
                   r"svincolat[oa]\s+(?:dal|dalla|dall'|dai|da)\s*|"
                   r"(?:arrivat|giunt|approdat|passat)[oa]\s+(?:a|al|alla|all'|allo|in)\s*[A-ZÀ-Ý][\w'’.]*(?:\s+[A-ZÀ-Ý][\w'’.]*)?\s+"
                   r"(?:(?:nel|nell'|a|ad|il|in|nella)\s*[\w'’]+(?:\s+(?:del\s+)?\d{4})?\s+)?(?:dal|dalla|dall'|dai|da)\s*|"
                   # ('è arrivato al Torino nel 2019 dal Bologna')
                   r"(?:cedut|vendut|passat|trasferit)[oa]\s+(?:in\s+prestito\s+|a\s+titolo\s+definitivo\s+)?(?:dal|dalla|dall'|dai|da)\s*|"
                   r"(?:contratto|accordo)\s+(?:scaduto|in\s+scadenza|rescisso|risolto)\s+(?:al|alla|all'|allo|col|con\s+il|con\s+la|con\s+l')\s*)$",
                   re.I)
_ACQUIRED = re.compile(r"\b(?:arrivat[oaie]|arriva|arrivano|approdat[oaie]|giunt[oaie]|sbarcat[oaie]|acquistat[oaie]|acquista|"
                       r"acquistò|prelevat[oaie]|preleva|prelevò|pres[oaie]|prende|prese|ingaggiat[oaie]|ingaggia|ingaggiò|"
                       r"tesserat[oaie]|riscattat[oaie]|strappat[oaie]|rilevat[oaie])\b", re.I)
_SOLD = re.compile(r"\b(?:cedut[oaie]|cede|cedette|venduto|venduta|vende|vendette|girat[oaie]|gira|girò|prestat[oaie]|presta|"
                   r"prestò|mandat[oaie]|manda|mandò)\b", re.I)
_TO = re.compile(r"\b(?:ceduto|ceduta|passato|passata|venduto|venduta|girato|girata|trasferito|trasferita|"
                 r"ceduti|cedute|passati|passate|venduti|vendute|girati|girate|trasferiti|trasferite|passano|passarono|"
                 r"girò|cedette|cedé|prestò|mandò|passò|passa|mandano|manda|mandato|mandata|girano|gira|cedono|cede|"
                 r"girarono|cedettero|prestarono|mandarono|"
                 r"prestano|presta|hanno\s+girato|hanno\s+mandato|hanno\s+ceduto)\s+(?:in\s+prestito\s+)?(?:subito\s+|poi\s+|prima\s+)?"
                 r"(?:(?:a|ad|in|nel|nella|il)\s+(?:metà\s+|fine\s+|inizio\s+)?[a-zà-ù]+\s+(?:\d{4}\s+)?)?"  # 'passato a metà luglio al
                 r"(?:in\s+prestito\s+|a\s+titolo\s+definitivo\s+)?"
                 r"(?:(?:dal|dalla|dall'|dai|da)\s*[A-ZÀ-Ý][\w'’.]*(?:\s+[A-ZÀ-Ý][\w'’.]*)?\s+)?(?:al|alla|all'|ai|a)\s*$", re.I)
# ('ceduto dal Bologna al Torino': the club he joins)


def _transfers(ctx: Context, s: Sentence, span: Span, person: str, tms: list[Mention], drafts: list[Draft],
               last: dict[str, Draft], phase: dict[str, str] | None = None) -> list[Mention]:
    """Moves between clubs: 'preso dal West Ham' (a past club), 'ceduto al Manchester United' (the next one).

    A past club ends on the clause's date; the club the person joins (the paragraph's, unless named)
    starts then; a club the person is sold to starts then and the one they leave ends.
    """
    text = ctx.doc.text
    a, b = span
    born = [t for t in s.timexes if re.search(r"\b(?:nat[oa]|nasce|nacque)\b[^.;]{0,50}$", text[max(s.span[0], t.span[0] - 60):t.span[0]], re.I)]
    when = _last_date(ctx, s) if any(t.value for t in s.timexes if a <= t.span[0] < b and t not in born) else None
    when = next(((t.end if (t.kind == "range" or t.type == "season") else t.value) for t in s.timexes
                 if a <= t.span[0] < b and t.value and t.type != "duration" and t.prep != "contract" and t not in born),
                None) or when  # ('Nato a Palermo il 1° dicembre 1964, ..., nel 1982 passò al Messina': 1982)
    if when is None and any(_FROM.search(text[max(a, m.span[0] - 50):m.span[0]]) or _TO.search(text[max(a, m.span[0] - 50):m.span[0]])
                            for m in tms):
        when = _last_date(ctx, s, a)  # 'In quell'estate lo prese la Juventus, che lo girò in prestito alla Fiorentina'
    if when is None and any(_FROM.search(text[max(a, m.span[0] - 50):m.span[0]]) for m in tms):
        when = _sentence_anchor(ctx, s)  # 'Il primo tassello è arrivato mercoledì 29 giugno. L'Inter ha riabbracciato X, che arriva dal Chelsea'
    if when is None:
        when = news_time(ctx, s)
    if when is None and re.search(r"\b(?:quest'anno|in estate|questa estate)\b", text[a:b], re.I) and ctx.published:
        when = ctx.published[:4]
    role = "player" if _usual_role(drafts, person) == "player" or has_any(text[a:b], _cue("player")) else "head_coach"
    named_role = _role_near(text, a, b, people=[p.span for p in s.people if p.key != person])
    guessed = not has_any(text[a:b], _cue("player")) and not named_role
    if named_role and named_role != "player":
        role = named_role  # 'direttore sportivo del Cosenza dal 2014 al 2016, è poi passato al Lecce'
    if guessed and (phase or {}).get(person) in ("director", "coach"):
        role = "sporting_director" if (phase or {})[person] == "director" else "head_coach"  # '..., è poi passato al Lecce'
        guessed = False
    places = [m for m in _city_mentions(ctx, s) if m.span[0] < a
              and not re.search(r"\bnat[oa]\s+(?:a|ad|in)\s+$", text[max(0, m.span[0] - 10):m.span[0]], re.I)]
    own = [p.span[0] for p in s.people if p.key == person] or [a]
    doer = [t for t in s.teams if t.span[0] < own[0] and _team_is_subject(text, t, s.span[0])
            and ctx.team(t.key).type == "club" and not is_secondary_team(text, t)
            and not any(t.span[1] <= p.span[0] < own[0] for p in s.people if p.key != person)]
    # ('La Juve prova a reagire, ... Osimhen serve X, arrivato dalla Dinamo Batumi': another's clause between)
    elsewhere = {t.key for t in s.teams if not a <= t.span[0] < b and _TO.search(text[max(s.span[0], t.span[0] - 50):t.span[0]])}
    # (the club another clause's player moved to: 'X è stato ceduto al Chelsea, Y al PSG')
    here = _lineup_side(ctx, person) or (doer[0].key if doer else None) or (places[-1].key if places else None)
    here_guessed = here is None
    here = here or next((k for k in (context_team(ctx, s.span[0]), _main_club(ctx)) if k and k not in elsewhere), None)
    # ('L'Inter ha riabbracciato X, che arriva dal Chelsea')
    # ('Osimhen serve Khvicha Kvaratskhelia, arrivato la scorsa estate dalla Dinamo Batumi': the side he lines up for)
    keep = []
    drop: set[str] = set()  # the club named as the buyer or the seller, whose spell the move itself tells
    came_from: dict[str, str | None] = {}  # the clubs he came from, in this clause, and when he left them
    same_move: set[str] = set()  # ... or the club he leaves in the move the clause tells ('dal Lecce passa all'Empoli')
    for m in tms:
        before = text[max(a, m.span[0] - 50):m.span[0]]
        if re.search(r"\b(?:dal|dalla|dall'|dai|da)\s*$", before) and re.match(
                r"\s+(?:passa|passò|si\s+trasferisce|si\s+trasferì|va|andò|approda|approdò|vola|volò)\b",
                text[m.span[1]:m.span[1] + 25]) and not _FROM.search(before):
            before = "prelevato dal "  # 'che dal Lecce passa in prestito all'Empoli': the club he leaves
            same_move.add(m.key)
        own_at = next((p.span for p in s.people if p.key == person and p.span[1] <= m.span[0]), None)
        between = text[own_at[1]:m.span[0]] if own_at else ""
        if not _FROM.search(before) and own_at and re.fullmatch(r"\s*,?\s*(?:in\s+prestito\s+|a\s+titolo\s+definitivo\s+)?"
                                                              r"(?:dal|dalla|dall'|dallo|dai)\s*", between) \
                and _ACQUIRED.search(text[s.span[0]:own_at[0]]):
            before = "prelevato dal "  # 'sono arrivati Nemanja Matić, dal Manchester United', 'il Napoli ha acquistato X dal Real'
        elif not _TO.search(before) and own_at and re.fullmatch(r"\s*,?\s*(?:in\s+prestito\s+|a\s+titolo\s+definitivo\s+)?"
                                                              r"(?:al|alla|all'|allo|ai)\s*", between) \
                and _SOLD.search(text[s.span[0]:own_at[0]]):
            before = "ceduto al "  # 'il Milan ha ceduto Lorenzo Colombo al Monza': the club he goes to
        if _FROM.search(before):
            spell = [t for t in s.timexes if a <= t.span[0] < m.span[0] and (t.kind == "range" or t.type == "season")
                     and m.span[0] - t.span[1] <= 12]
            past_start, past_end = _years(spell[-1]) if spell else (None, when)
            joined = when if not spell else (
                ctx.published[:7] if ctx.published and (_lead(ctx, s) or has_any(text[s.span[0]:m.span[0]], _cue("appointed_by")))
                else None)  # 'ha scelto X, reduce dalla stagione 2022/23 alla Reggina'
            past_role = "youth_coach" if role in ("head_coach", "assistant_coach") and re.search(
                r"\b(?:vivaio|settore\s+giovanile|giovanili|Primavera)\s+$", before) else role
            # ('tecnico della Primavera, reduce da tre stagioni nel vivaio grigiorosso': the Cremonese youth sector)
            sold = past_end and not spell and re.search(r"\b(?:cedut|vendut|passat|trasferit|acquistat|prelevat)[oa]\b", before)
            drafts.append(Draft(person, m.key, past_role, past_start, past_end, "transferred" if sold else None, [s.span],
                                "stint.transfer_from", 0.55, guessed=guessed))  # ('ceduto dal Bologna': a transfer ended it)
            heading_to = any(_TO.search(text[max(a, t.span[0] - 50):t.span[0]]) for t in tms if t is not m)
            if m.key not in same_move:
                came_from[m.key] = past_end  # ('acquistato nel 2022 dal Bayern, è passato al Manchester United': here from 2022)
            seller_named = bool(doer) and here == doer[0].key
            if here and here != m.key and (not any(t.key == here for t in tms) or seller_named) and not heading_to:
                if seller_named:  # 'il Napoli ha acquistato X dal Real Madrid': the buyer's spell starts with the move
                    drop.add(here)
                youth_now = re.search(r"\b(?:tecnico|allenatore)\s+(?:della|dell')\s*(?:Primavera|Under\s*\d+)", text[a:m.span[0]])
                entrusted = re.search(r"\baffidat[oa]\b", text[s.span[0]:m.span[0]])
                d = Draft(person, here, "interim_head_coach" if youth_now and entrusted else role, joined, None, None,
                          [s.span], "stint.transfer_in", 0.55, guessed=guessed and not (youth_now and entrusted),
                          team_guessed=here_guessed)
                drafts.append(d)
                if youth_now and entrusted:  # 'la squadra era stata affidata a X, tecnico della Primavera': both posts
                    drafts.append(Draft(person, here, "youth_coach", None, None, None, [s.span], "stint.transfer_in", 0.55))
                last[person] = d
            continue
        if _TO.search(before):
            prev_end = max((t.span[1] for t in tms if t.span[1] <= m.span[0]), default=a)
            own_when = [t for t in s.timexes if prev_end <= t.span[0] < m.span[0] and t.value and t.type != "duration"
                        and t.prep != "contract"]
            came_then = [t for t in own_when if came_from and any(
                0 <= t.span[0] - o.span[1] < 25 and o.key in came_from and not re.search(r"[,;:]", text[o.span[1]:t.span[0]])
                for o in tms)]  # 'arrivato dall'Udinese nel 2021, si è trasferito all'Atlético': 2021 is the arrival's
            own_when = [t for t in own_when if t not in came_then]
            when = (own_when[-1].start or own_when[-1].value) if own_when and came_from else (
                None if came_then and len(came_then) == len([t for t in s.timexes if a <= t.span[0] < b and t.value
                                                             and t.type != "duration"]) else when)
            # ('acquistato nel 2022 dal Bayern, è passato a metà luglio al Manchester United': July, not 2022)
            d = Draft(person, m.key, role, when, None, None, [s.span], "stint.transfer_to", 0.55, guessed=guessed)
            span_after = next((t for t in s.timexes if t.kind == "range" and t.start and t.end and t.span[0] >= m.span[1]
                               and re.fullmatch(r"\s*(?:,\s*|\(\s*)?", text[m.span[1]:t.span[0]])), None)
            if span_after is not None:  # 'passò alla Lazio, dal 1998 al 2000', 'passò alla Lazio (1998-2000)': the spell
                d.start, d.end = _years(span_after)
            sea = next((t for t in s.timexes if a <= t.span[0] < b and t.type == "season" and t.start and t.end), None)
            loan = bool(re.search(r"\bprestito\b", text[a:b])) and role == "player"
            if sea is not None and loan:
                d.start, d.end = sea.start, sea.end  # 'Nella stagione 1999/00 i nerazzurri lo mandano in prestito alla Reggina'
                when = sea.start
            left_named = any(t.span[1] <= m.span[0] and t.key not in came_from for t in tms if t is not m) or (
                loan and sea is not None)
            # (a season's loan does not end the spell at the club that owns him)
            prev = last.get(person)
            if not left_named and prev and prev.team != m.key and not prev.end and prev.evidence \
                    and prev.evidence[-1] == s.span and (not prev.start or not when or prev.start[:4] <= when[:4]):
                prev.end, prev.end_reason = when, prev.end_reason or "transferred"  # '... a Parigi nel 2011 e nel 2013 è passato al Real'
                left_named = True
            seller_named = bool(doer) and here == doer[0].key and not any(t.key == here for t in tms
                                                                           if t is not m and t is not doer[0])
            if here and here != m.key and (not any(t.key == here for t in tms if t is not m) or seller_named) \
                    and not left_named:
                since = next((v for v in came_from.values() if v and (not when or v[:4] <= when[:4])), None)
                if seller_named:
                    drop.add(here)  # 'il Milan ha ceduto X al Monza': the seller's spell ends, unless it is a loan
                drafts.append(Draft(person, here, role, since, None if (seller_named and loan) else when,
                                    None if (seller_named and loan) else "transferred", [s.span], "stint.transfer_out",
                                    0.55, guessed=guessed))
            drafts.append(d)
            last[person] = d
            continue
        keep.append(m)
    return [m for m in keep if m.key not in drop]



_APPOSITION = re.compile(r"\s*,\s*(?:oggi|ora|già|attuale|ex|(?:nel\s+frattempo\s+)?(?:diventato|divenuto))?\s*"
                         r"(?:(?:sua|suo|la\s+sua|il\s+suo)\s+)?"
                         r"(?:commissario tecnico|commissaria tecnica|ct|allenatore|allenatrice|tecnico|presidente|"
                         r"presidentessa|direttore sportivo|direttrice sportiva|ds|vice)\s+"
                         r"(?:del|della|dell'|dei|degli|delle|in|nella|nel|alla\s+guida\s+(?:del|della|dell'))\s*$"
                         r"|\s*,\s*(?:già\s+|ora\s+|oggi\s+)?(?:alla\s+guida|sulla\s+panchina)\s+(?:del|della|dell'|dei|degli|delle)\s*$")
# ('il contratto della ct Milena Bertolini, alla guida delle azzurre dal 2017': hers)




def _venue(text: str, m: Mention, ctext: str) -> bool:
    """'il 30 giugno ad Amburgo' in a match's sentence: the city where it was played, not its club."""
    t = teams()[m.key]
    if t.city == t.name and m.how == "name" and re.search(
            r"\b(?:lascia|lasciato|lasciata|lasciare|lasciò|lasciando|lontano\s+da|via\s+da|vive\s+a|vivere\s+a)\s+$",
            text[max(0, m.span[0] - 20):m.span[0]], re.I):
        return True  # 'lascia Roma', 'lontano da Roma': the city, bare; the club takes its article ('lascia la Roma')
    return bool(t.city == t.name and m.how in ("name", "city", "region") and re.search(r"\b(?:a|ad|in)\s+$", text[max(0, m.span[0] - 4):m.span[0]])
                and (_MATCH_WORDS.search(ctext) or _EVENT_WORDS.search(ctext)))


_EVENT_WORDS = re.compile(r"\b(?:presentat[oaie]|conferenza(?:\s+stampa)?|cerimonia|sorteggio|assemblea|premiazione|"
                          r"premiat[oaie]|raduno|hotel)\b", re.I)  # 'presentato questa mattina a Roma, all'Hotel ...': where


_APPOSITION_PLAYER = re.compile(r"\s*,\s*(?:ex\s+)?(?:portiere|difensore|attaccante|centrocampista|terzino|centravanti|"
                                r"capitano|bandiera|simbolo|bomber|giocatore|calciatore|giocatrice|calciatrice)\b"
                                r"[^,;.]{0,40}\b(?:del|della|dell'|dello|dei|degli|delle)\s*$")
# '... il cugino Jasmin, portiere anche lui e a lungo bandiera del Maribor': the club is Jasmin's


def _in_apposition(ctx: Context, s: Sentence, m: Mention, person: str) -> bool:
    """'... Roberto Mancini, oggi commissario tecnico della Nazionale': that team is Mancini's, not the subject's."""
    text = ctx.doc.text
    others = [p for p in s.people if p.key != person and p.span[1] <= m.span[0]]
    if others and (_APPOSITION.fullmatch(text[others[-1].span[1]:m.span[0]])
                   or _APPOSITION_PLAYER.fullmatch(text[others[-1].span[1]:m.span[0]])
                   or re.fullmatch(r"\s+(?:del|della|dell'|dello|dei|degli)\s*", text[others[-1].span[1]:m.span[0]])):
        return True  # 'Giorgio Scalvini dell'Atalanta': his club
    if others and re.fullmatch(r"\s+(?:a|ad|al|alla|all'|allo|del|della|dell'|dello)\s*", text[others[-1].span[1]:m.span[0]]) \
            and re.search(r"\b(?:quella|la\s+panchina|le\s+panchine)\s+di\s+$", text[max(0, others[-1].span[0] - 20):others[-1].span[0]]):
        return True  # 'due panchine: quella di Fabio Castori a Perugia e quella di Rolando Maran a Pisa': theirs
    after = [p for p in s.people if p.key != person and p.span[0] >= m.span[1]]
    return bool(after) and bool(re.fullmatch(r"\s+", text[m.span[1]:after[0].span[0]])) \
        and bool(re.search(r"\b(?:del|della|dell'|dello|dei|degli)\s*$", text[max(0, m.span[0] - 8):m.span[0]]))
    # 'i due del Frosinone Federico Gatti e Alessio Zerbin': theirs ('il Milan di Arrigo Sacchi' is his spell)


def _city_club(ctx: Context, m: Mention, person: str, drafts: list[Draft]) -> Mention:
    """'a Torino' names the city; the club meant is the one of that city the person already belongs to."""
    t = teams()[m.key]
    if m.how != "name" or t.city != t.name or not re.search(r"\b(?:a|in)\s+$", ctx.doc.text[max(0, m.span[0] - 4):m.span[0]]) \
            or t.parent:  # (a women's side, already read from the story: 'passaggio a Brescia' of a player there)
        return m
    lo = ctx.doc.text.rfind(".", 0, m.span[0]) + 1
    hi = ctx.doc.text.find(".", m.span[1])
    same = [o for o in ctx.mentions.teams if lo <= o.span[0] < (hi if hi > 0 else len(ctx.doc.text)) and o.key != m.key
            and teams()[o.key].city == t.city and teams()[o.key].type == "club" and o.how != "city"]
    if same:  # 'la chiamata della Juventus, voluto a Torino da ...': the club of that city the sentence names
        return Mention(m.span, "team", same[0].key, "city")
    for d in reversed(drafts):
        if d.person == person and d.team != m.key and teams()[d.team].city == t.city:
            return Mention(m.span, "team", d.team, "city")
    counts: dict[str, int] = {}
    for o in ctx.mentions.teams:  # the club of that city the article is about ('arrivato a Torino' in a Juventus story)
        if teams()[o.key].city == t.city and teams()[o.key].type == "club" and o.how != "city" \
                and not re.search(r"\b(?:a|in)\s+$", ctx.doc.text[max(0, o.span[0] - 4):o.span[0]]):
            counts[o.key] = counts.get(o.key, 0) + 1
    best = max(counts, key=lambda k: counts[k], default=None)
    if best and best != m.key and counts[best] >= 2 * counts.get(m.key, 0) + 1:
        return Mention(m.span, "team", best, "city")
    return m


def fits_from_stints(ctx: Context, stints: list[Stint]):
    """The description test (_Fits), from finished stints (for re-reading subjects after a first pass)."""
    by_key: dict[str, list[Draft]] = {}
    names = {ctx.name_of(k): k for k in ctx.mentions.entities}
    guessed_at = [x.span for x in ctx.sentences if x.described]
    for st in stints:  # a stint read off a guessed subject cannot vouch for the guess ('il tecnico riminese')
        if st.evidence and all(any(a <= e[0] < b for a, b in guessed_at) for e in st.evidence):
            continue
        if st.person in names:
            by_key.setdefault(names[st.person], []).append(Draft(names[st.person], st.team_id or "", st.role,
                                                                 end=st.end, evidence=list(st.evidence),
                                                                 rule=st.rule.split("+")[0]))
    return _Fits([d for ds in by_key.values() for d in ds])


class _Fits:
    """A test: may the person with this key be called by this description, given their stints so far?"""

    def __init__(self, drafts: list[Draft]) -> None:
        from ..knowledge import lexicon
        self.drafts = drafts
        self.groups = {k: list(v) for k, v in lexicon()["descriptions"].items()}

    def __call__(self, key: str, description: str, team_ids: tuple[str, ...] = ()) -> bool:
        drafts, groups = self.drafts, self.groups
        roles = {d.role for d in drafts if d.person == key}
        if team_ids and roles and not {d.team for d in drafts if d.person == key} & set(team_ids) \
                and not re.search(r"\bex\b", description, re.I):
            return False  # 'il ragazzo rossonero': someone of that club ('l'ex attaccante di Torres': news of a past)
        if not roles:
            return True
        if has_any(description, groups["player"]) and not has_any(description, groups["coach"]):
            if re.search(r"\bex\b|\bcampion[ei]\b", description, re.I):  # 'l'ex terzino', 'il campione del mondo del 2006':
                # a former player, maybe a coach now
                return bool(roles - {"president", "sporting_director", "player"}) or any(
                    d.person == key and d.role == "player" and d.end for d in drafts)  # not one who plays on
            return "player" in roles
        if has_any(description, groups["coach"]):
            if roles <= {"assistant_coach", "other_staff"} and not re.search(r"\b(?:vice|collaborator|preparator|secondo)", description, re.I) \
                    and all(d.rule in ("stint.staff_bracket", "stint.staff_title") for d in drafts if d.person == key):
                return False  # 'Con lui sono arrivati X (vice), Y (preparatore) ... Per il tecnico varesino': not his staff
            return bool(roles - {"player", "president", "sporting_director"})
        if has_any(description, groups["director"]):
            return bool(roles & {"president", "sporting_director"})
        return True

    def strong(self, description: str, team_ids: tuple[str, ...], here: Span) -> list[str]:
        """Who holds that very role at that very club, told outside this sentence ('la squadra di Allegri ... Amaro
        ma lucido l'allenatore bianconero': Allegri, whoever was named last)."""
        coach = has_any(description, self.groups["coach"]) and not has_any(description, self.groups["player"])
        if not team_ids or not coach or re.search(r"\bex\b", description, re.I):
            return []
        return list(dict.fromkeys(d.person for d in self.drafts if d.team in team_ids
                                  and d.role in ("head_coach", "interim_head_coach")
                                  and d.evidence and not any(here[0] <= e[0] < here[1] for e in d.evidence)))


_NOUN_START = re.compile(r"\s*(?i:(?:il|lo|la|i|gli|le|un|una|uno)\s+|l')(?:primo\s+|prima\s+|nuovo\s+|grande\s+)?([a-zà-ù]+)\s+"
                         r"(?:\w+\s+){0,3}?(?:è|era|fu|sono|erano|ha|hanno|aveva|arriva|arrivò|resta|sembra)\b")


def _noun_subject(clause: str) -> bool:
    m = _NOUN_START.match(clause)
    if not m:
        return False
    phrase = m.group(0)  # 'La sua longeva carriera lo ha portato': still about the person
    return not has_any(phrase, words("stints", "career_nouns")) and not has_any(phrase, description_words()) \
        and not re.search(r"\b(?:sua|suo|sue|suoi|lui|lei)\b", phrase, re.I)


_EX_DESCRIPTION = re.compile(r"\bex\s+(?:difensore|attaccante|centrocampista|portiere|terzino|centravanti|calciatore|"
                             r"giocatore|capitano|regista|mediano|bomber|fantasista|ala|esterno)\s+(?:(?:lanciat|cresciut|esplos|"
                             r"formatosi|cresciuto)\w*\b[^;:.]*|(?P<of>(?:di|del|della|dell'|dello|dei)\s))", re.I)
# ('ex difensore lanciato in Serie A dalla Sampdoria', 'ex centrocampista di Napoli, Juventus, Sampdoria e Bologna')
_CLUB_REF = re.compile(r"\b(?:della|la|del|il|nella|nel|alla|al|di\s+quel|di\s+quella|quel|quella|dello\s+stesso|"
                       r"della\s+stessa)\s+(società|club|prima\s+squadra)\b", re.I)  # 'di quel club di quartiere'


def _retires_next(ctx: Context, s: Sentence, reasons: dict[str, list[str]]) -> bool:
    """The next sentence of the paragraph tells the end of the playing career ('Lì ho smesso')."""
    nxt = ctx.sentences[s.index + 1] if s.index + 1 < len(ctx.sentences) else None
    if nxt is None or "\n" in ctx.doc.text[s.span[1]:nxt.span[0]]:
        return False
    return bool(has_any(_stated(nxt.text), reasons["retired"])) and len(nxt.text) < 120


_EX_PLAYER = re.compile(r"\bex\s+(?:\w+\s+)?(?:attaccante|difensore|centrocampista|portiere|terzino|centravanti|"
                        r"mediano|regista|capitano|bomber|giocatore|calciatore|giocatrice|calciatrice)\b", re.I)


def _person_demonym(text: str, m: Mention) -> bool:
    """'Per il napoletano sarà la prima esperienza': a singular demonym with its article is a person, not the club."""
    w = text[m.span[0]:m.span[1]]
    if m.how == "demonym" and w.islower() and re.match(r"\s+(?:di|da)\s+[A-ZÀ-Ý]", text[m.span[1]:m.span[1] + 6]):
        return True  # 'Ferrari, 55 anni, bergamasco di Calcinate': where he comes from
    if m.how == "demonym" and w.islower() and PERSON_NOUN_BEFORE.search(text[max(0, m.span[0] - 30):m.span[0]]):
        return True  # 'Per il tecnico riminese è un ritorno a casa': the man's origin
    if m.how == "demonym" and w[:1].isupper() and w.endswith(("o", "a")) and re.match(r"\s*,\s*(?:nat[oa]|classe|\d{2}\s+anni)\b",
                                                                                 text[m.span[1]:m.span[1] + 14]):
        return True  # 'Fiorentino, nato il 18 luglio 1967, l'ex difensore ...': where he comes from
    return m.how == "demonym" and w.islower() and w.endswith("o") and bool(re.search(
        r"\b(?:il|lo|l'|del|dello|dell'|al|allo|all'|dal|dallo|dall'|col|per\s+il|per\s+lo)\s*$",
        text[max(0, m.span[0] - 8):m.span[0]], re.I))


def _team_is_subject(text: str, m: Mention, a: int) -> bool:
    """'il Napoli ha giocato con l'Atalanta': the team, not the person, does the action."""
    before = text[a:m.span[0]]
    if re.search(r"\b(?:a|ad|in|al|all'|allo|alla)\s*[A-ZÀ-Ý][\w'-]+\s+(?:arriva|arriverà|arrivano|arriveranno|sbarca|sbarcherà|"
                 r"scende\s+in\s+campo)\s+(?:anche\s+)?(?:il|la|lo|l'|i|gli|le)\s*$", before):
        return True  # 'a Cesena arriva l'Ungheria', 'all'Arechi arriva il Milan': the visitors, subject after the verb
    after = text[m.span[1]:m.span[1] + 30]
    aside = re.match(r",\s+[^,;:]{3,60},", text[m.span[1]:m.span[1] + 70])
    if aside:  # 'L'Inter, guidata da Inzaghi dal 2021, aveva superato l'Atalanta'
        after = text[m.span[1] + aside.end():m.span[1] + aside.end() + 30]
    lead = re.fullmatch(r"\s*(?:e\s+|ma\s+|poi\s+)?(?:il|la|lo|l'|i|gli|le)?\s*", before, re.I) or (
        len(before) < 60 and re.search(r"(?:^|,\s*|\s)(?:il|la|lo|l'|i|gli|le)\s*$", before)
        and not re.search(r"\b(?:di|del|della|dei|al|alla|ai|con|per|dal|nel|nella|insieme\s+a|contro|dopo|tra|fra|verso|"
                          r"in|a|da|su|oltre)\s+\S+\s*$", before,
                          re.I))  # 'Con la Slovenia ha giocato 81 partite': he did, with it
    return bool(lead) and bool(
        re.match(r"\s+(?:(?:il\s+giorno\s+(?:seguente|dopo|prima)|ieri|oggi|domani|poi|invece|intanto|anche|già|però|"
                 r"ancora|allora)\s+)?(?:ha|è|aveva|era|erano|furono|si|sono|hanno|avrà|sarà|saranno|resta|torna|vince|perde|"
                 r"batte|gioca|giocherà|giocheranno|corre|veniva|viene|affronta|affronterà|ospita|ospiterà|"
                 r"farà\s+visita|fa\s+visita|sfida|sfiderà|incontra|incontrerà|riceve|riceverà|"
                 r"prova|reagisce|attacca|spinge|risponde|pareggia|segna|rimonta|accorcia|dilaga|soffre|crolla|"
                 r"domina|passa|raddoppia|chiude|cala|colpisce|tornano|vincono|perdono|battono|giocano|restano|"
                 r"chiudono|passano|pareggiano|affrontano|ospitano|sfidano|incontrano|conquista|conquistano|"
                 r"festeggia|festeggiano|centra|centrano|sale|salgono|retrocede|retrocedono|cade|cadono)\b",
                 after))


# 'gioca oggi nel Torino', 'è oggi il tecnico del Bari': a state now, not a move made today
_NOWADAYS = re.compile(r"\b(?:gioca|giocano|allena|allenano|milita|militano|veste|vestono|lavora|lavorano|è|sono)\s+"
                       r"(?:tuttora\s+|ancora\s+)?$", re.I)
# 'sollevato X dall'incarico': relieved of a post, no trophy lifted
_LIFTED_FROM_POST = re.compile(r"\bsollev(?:at[oaie]|ò|arono|are|ando)\s+(?:[\w'’]+\s+){0,4}?dall[a']\s*(?:incarico|guida|panchina)", re.I)


_ARRIVED_AFTER = re.compile(r"\s*(?:arrivat[oa]|giunt[oa]|approdat[oa]|sbarcat[oa]|chiamat[oa])\b(?P<when>[^,;:]{0,50}?)\s+"
                            r"dopo\s+(?!(?:l'|il\s+|la\s+)?(?:esonero|dimissioni|addio|partenza)\b)", re.I)


def _arrived_after(ctx: Context, s: Sentence, span: Span, person: str, tms: list[Mention], txs: list[Timex],
                   drafts: list[Draft], last: dict[str, Draft]) -> bool:
    """'(ha esonerato X,) arrivato in estate dopo la salvezza alla guida del Cosenza': the arrival dates the spell
    the sentence told, and a club named after 'dopo' is the one before it, left then."""
    a, b = span
    m = _ARRIVED_AFTER.match(ctx.doc.text, a, b)
    cur = next((d for d in reversed(drafts) if d.person == person and d.evidence and d.evidence[-1] == s.span), None)
    if not m or cur is None or cur.start or not tms:
        return False
    when = [t for t in txs if m.start("when") <= t.span[0] < m.end("when") and t.type != "duration"]
    if len(when) != 1 or any(t.span[0] < m.end() for t in tms) or any(t.key == cur.team for t in tms):
        return False
    cur.start = when[0].start or when[0].value
    for t in tms:
        role = _role_near(ctx.doc.text, m.end(), t.span[1] + 1) or cur.role
        drafts.append(Draft(person, t.key, role, None, cur.start, None, [s.span], "stint.before_arrival", 0.5))
    return True


def _sentence_anchor(ctx: Context, s: Sentence) -> str | None:
    """The date of the sentence just before, when it named no team to spend it on ('Nel 2016 comincia
    la carriera da allenatore. La sua esperienza comincia ... allo Spartak')."""
    para_start = ctx.doc.text.rfind("\n", 0, s.span[0]) + 1
    prev = ctx.sentences[s.index - 1] if s.index > 0 else None
    if prev is None or prev.span[0] < para_start or prev.teams:
        return None
    best = None
    for t in ctx.timexes:
        dated_day = t.anchor == "published" and t.kind not in ("ago", "rel") and len(t.value or "") == 10  # 'mercoledì 29 giugno'
        if para_start <= t.span[0] < s.span[0] and t.value and t.type != "duration" \
                and (t.anchor != "published" and t.kind not in ("rel", "ago", "wd_rel") or dated_day) \
                and not parenthetical(ctx.doc.text, t.span):
            best = t.start if (t.kind == "range" or t.type == "season") else t.value
    return best


def _clause(ctx: Context, s: Sentence, clause: tuple[Span, str | None], drafts: list[Draft],
            phase: dict[str, str], last: dict[str, Draft], reasons: dict[str, list[str]]) -> str | None:
    (a, b), person = clause
    if not person:
        return None
    text = ctx.doc.text
    ctext = _blank_goals(text[a:b])
    stext = s.text
    player_cue = has_any(_EX_PLAYER.sub(lambda m: " " * len(m.group(0)), ctext), _cue("player"))
    if player_cue and phase.get(person) == "coach" and player_cue.lower() in _DEBUT_WORDS:
        player_cue = None  # 'In panchina la gavetta ... il debutto tra i professionisti con il Siracusa': a coach's debut
    # ('L'ex attaccante di Torres ..., a metà giugno ha firmato con l'Inter, dove prende il posto di X': a past)
    alone = not [p for p in s.people if a <= p.span[0] < b and p.key != person]
    first_other = min((p.span[0] for p in s.people if a <= p.span[0] < b and p.key != person), default=b)
    own_lead = ctext[:first_other - a]  # 'ha cominciato la carriera in panchina come vice di X': his own phase
    if (alone or _HANDED_HIM.search(ctext)) and has_any(ctext, _cue("director_phase")):
        phase[person] = "director"
    elif alone and has_any(ctext, _cue("president_phase")) and not player_cue:
        phase[person] = "president"  # 'Poi la presidenza del Como, ... e nel luglio 2003 l'acquisto di un Genoa'
    elif has_any(own_lead if not alone else ctext, words("stints", "coach_phase")) \
            and max((x for x, _y, _w in find_all(own_lead if not alone else ctext, words("stints", "coach_phase"))), default=-1) > max(
                (x for x, _y, _w in find_all(ctext, ["da calciatore", "da giocatore"])), default=-1) \
            and (alone or not has_any(ctext, words("honours", "win_verbs"))):
        _set_phase(phase, person, "coach", cued=True)  # (what set the phase: a coach's words, not a retirement)
    elif has_any(ctext, ["da calciatore", "da giocatore", "da difensore", "da attaccante", "calcio giocato"]) \
            or _WAS_A_PLAYER.search(ctext):
        _set_phase(phase, person, "player")  # ('Sartori era un attaccante cresciuto nel Milan. Poi una lunga gavetta tra ...')
    quit_playing = bool(has_any(_stated(ctext), reasons["retired"]))
    tms = [m for m in s.teams if a <= m.span[0] < b] + [m for m in _city_mentions(ctx, s) if a <= m.span[0] < b]
    objects = [p for p in s.people if a <= p.span[0] < b and object_of_verb(text, a, p.span[0])]
    if any(_team_is_subject(text, m, a) for m in tms) and not objects:
        return "team_subject"  # the clause is about what a team did ('il Napoli ha giocato con l'Atalanta')
    tms = [m for m in tms if not (teams()[m.key].type == "national" and m.how == "name" and re.search(
        r"(?:^|[\s(])(?:[Aa]|[Aa]d|[Ii]n)\s+$", text[max(s.span[0], m.span[0] - 4):m.span[0]]) and not re.match(
        r"\s+(?:Under|U\d|femminile|Women)", text[m.span[1]:m.span[1] + 10]))]  # 'A Malta con lui c'erano ...': a place
    tms = [m for m in tms if not (teams()[m.key].type == "national" and m.how == "name" and not has_any(stext, _cue("national"))
                                  and not (re.search(r"\b(?:l'|la\s+)$", text[max(a, m.span[0] - 4):m.span[0]])
                                           and _HELD_VERB.search(text, a, m.span[0])))]
    # ('ha allenato Verona, ..., l'Italia (dal 2010 al 2014) e il Galatasaray': the side he coached, not the country)
    tms = [m for m in tms if not is_secondary_team(text, m)
           and not re.search(r"\b(?:nat[oa]|nasce|nacque)\s+(?:a|ad|in)\s+(?:(?!\s(?:e|ed)\s+(?:è|sono|ha|ho|era|fu|si|poi|cresciut[oa])\b)"
                             r"[^.;,]){0,45}$",
                             text[max(a, m.span[0] - 60):m.span[0]], re.I)]  # ('nato a Varese ..., è arrivato a Torino')
    mates = [m for m in tms if _MATES_AT.search(text[max(a, m.span[0] - 60):m.span[0]])]
    tms = [m for m in tms if not (m.how == "name" and teams()[m.key].city == teams()[m.key].name and re.search(
        r"\b(?:allenatore|allenatrice|tecnico|mister|presidente|attaccante|difensore|centrocampista|portiere|ragazzo|"
        r"calciatore|giocatore|dirigente|ds)\s+di\s+$", text[max(a, m.span[0] - 30):m.span[0]])
        and not re.search(r"\bex\s+\w+\s+di\s+$", text[max(a, m.span[0] - 30):m.span[0]]))]
    # ('l'allenatore di Latina' is a townsman; 'ex centrocampista di Napoli, Juventus ...' played there)
    tms = [m for m in tms if not _in_apposition(ctx, s, m, person) and not _venue(text, m, ctext)
           and not (m.how == "demonym" and _ORIGIN_OF.search(text[max(a, m.span[0] - 30):m.span[0]]))
           and not _person_demonym(text, m)]
    tms = [_city_club(ctx, m, person, drafts) for m in tms]
    before_moves = [m.span for m in tms]
    tms = _transfers(ctx, s, (a, b), person, tms, drafts, last, phase)
    tms.sort(key=lambda m: m.span)
    moved = [sp for sp in before_moves if sp not in {m.span for m in tms}]  # clubs the move itself told
    txs = [t for t in s.timexes if a <= t.span[0] < b and t.value and t.prep != "contract"
           and not re.search(r"\b(?:nat[oa]|nasce|nacque)\b[^.;]{0,50}$", text[max(a, t.span[0] - 60):t.span[0]], re.I)
           and not (t.text.lower() in ("oggi", "attualmente") and _NOWADAYS.search(text, max(a, t.span[0] - 30), t.span[0]))
           and not (any(0 <= t.span[0] - e < 25 and not re.search(r"[,;:]", text[e:t.span[0]]) for _s0, e in moved)
                    and all(m.span[0] > t.span[0] and (_TO.search(text[max(a, m.span[0] - 40):m.span[0]]) or re.search(
                        r"\b(?:raggiunger\w*|passare|trasferirsi|approdare|andare|accasarsi|vestire)\b\W+(?:\w+\W+){0,2}$",
                        text[max(a, m.span[0] - 40):m.span[0]])) for m in tms))]
    # ('arrivato dall'AZ Alkmaar nel 2021 ..., pur di raggiungere la Juventus': the year of the move, not the Juventus's;
    # but 'arrivato al Toro dalla Spal nel maggio 2020' dates the Toro, and so does 'acquistato dal Sassuolo
    # nell'estate 2022, ha segnato con la Roma')
    trophy_dates = [t for t in txs if _trophy_date(ctx, t)]
    if trophy_dates:
        txs = [t for t in txs if t not in trophy_dates]  # 'rimasto fino al 2013, vincendo la Coppa Italia 2011/12'
    if _arrived_after(ctx, s, (a, b), person, tms, txs, drafts, last):
        return None
    own_text = _stated(_others_cues_blanked(text, a, b, [p.span for p in s.people if p.key != person]))
    agent = next((m for p in s.people if p.key == person and a <= p.span[0] < b
                  for m in [_SACKED_HIM.match(text, p.span[1])] if m), None)
    if agent:  # 'il presidente X lo ha esonerato nella notte': X did the sacking; his post is not what ended
        own_text = own_text[:agent.start() - a] + " " * (agent.end() - agent.start()) + own_text[agent.end() - a:]
    reason = next((r for r in ("sacked", "resigned", "contract_end", "retired", "ended", "transferred")
                   if has_any(own_text, reasons[r])), None)
    if reason is None and _CLOSED_AT.search(own_text):
        reason = "retired"  # 'Chiuderà nel Torino, nel 1967': where his playing days ended
    if reason is None and _ADVENTURE_ENDS.search(ctext):  # 'lo ha esonerato: finisce così l'avventura di X in panchina'
        said_before = text[s.span[0]:a]
        reason = next((r for r in ("sacked", "resigned") if has_any(said_before, reasons[r])), None) or "ended"
    if not txs and (reason or _DATIVE_HANDED.match(text, a)) and re.search(r"\bquando\s*$", text[s.span[0]:a]):
        told = [t for t in s.timexes if t.span[1] <= a and t.value and t.type != "duration" and t.prep != "contract"]
        txs = told[-1:]  # 'restò in panchina fino al settembre 2000, quando i Blues lo esonerarono': that date
    club_intro = bool(re.match(r"\s*(?:Al|Alla|All')\s*[A-ZÀ-Ý][^,]{1,30},", ctext)) or bool(
        re.match(r"\s*(?:Poi|Quindi|Infine)\s+(?:un|una|due|tre|quattro|cinque|l')\s*(?:anno|anni|stagione|stagioni)\s+"
                 r"(?:al|alla|all'|allo|a|con\s+(?:il|la|lo|l'))\s*[A-ZÀ-Ý]", ctext)) or bool(
        re.match(r"\s*(?:Poi|Quindi|Infine|Ed ecco)\s+(?:il|la|lo|l'|i)\s*[A-ZÀ-Ý][^,]{1,30},", ctext)) or bool(
        re.fullmatch(r"\s*(?:il|la|lo|l'|i)\s*[A-ZÀ-Ý][\w'’ .-]{1,30}[.!]?\s*", ctext) and text[:a].rstrip().endswith(":")
        and has_any(text[s.span[0]:a], _cue("first_post")))
    # ('Poi la Roma, dove ...', 'Nell'estate del 2003 la prima squadra: il Crotone.')
    start_cue = bool(has_any(_MODAL_WANT.sub(" ", _POSTVERBAL.sub(" ", ctext)), words("stints", "start"))) or club_intro
    sent_start_cue = start_cue or bool(has_any(stext, words("stints", "start")))
    end_cue = bool(has_any(ctext, words("stints", "end")))
    anchor = _sentence_anchor(ctx, s)
    if anchor is None and a > s.span[0] and text[:a].rstrip().endswith(":") and re.fullmatch(
            r"\s*[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)?\s+(?:esonerat[oa]|sollevat[oa]\s+dall'incarico|dimess[oa]|confermat[oa])\.?\s*",
            ctext):  # 'Ieri la decisione del direttore tecnico ...: Pirlo esonerato.': the day told before the colon
        told = [t for t in s.timexes if s.span[0] <= t.span[0] < a and t.value and t.type != "duration"]
        anchor = told[-1].value if told else None
    others = [p for p in s.people if a <= p.span[0] < b and p.key != person]
    honour_clause = bool(has_any(_LIFTED_FROM_POST.sub(" ", stext), words("honours", "win_verbs"))) and (
        bool(ctx.mentions.competitions_in((a, b))) or bool(re.search(r"scudett|titol|campionat|coppe?\b", ctext, re.I)))
    if not tms:
        club_ref = next((r for r in _CLUB_REF.finditer(ctext) if not (r.group(1).lower().startswith("prima") and any(
            q0 <= a + r.start() < q1 for q0, q1 in s.in_quote))), None)  # a quoted statement's 'prima squadra' is its own
        role_here = _role_near(text, a, b, people=[p.span for p in s.people if p.key != person]) or (
            "head_coach" if club_ref and re.search(r"\b(?:successore|nuovo\s+allenatore|nuovo\s+tecnico)\b", stext, re.I)
            else None)  # 'è arrivata l'ufficialità del successore: X, che si è legato al club fino al 30 giugno'
        if club_ref and not role_here and has_any(stext, _cue("succeeds")):
            gone = [d for d in drafts if d.person != person and d.end_reason in ("sacked", "resigned") and d.evidence
                    and (0 <= s.index - _sentence_index(ctx, d.evidence[-1]) <= 3
                         or d.end == (ctx.published or "")[:10])]  # (or sacked today, told further up)
            gone.sort(key=lambda d: d.end == (ctx.published or "")[:10])
            role_here = gone[-1].role if gone else None  # 'Al suo posto la società ha scelto X': the post of the one sacked
            succeeded = gone[-1].team if gone else None  # (at his club, not the last one named)
        elif club_ref and not role_here and has_any(ctext, _cue("appointed_by")) and not any(d.person == person for d in drafts) \
                and object_of_verb(text, a, next((p.span[0] for p in s.people if p.key == person), a)):
            gone = [d for d in drafts if d.person != person and d.role == "head_coach" and d.end_reason in ("sacked", "resigned")
                    and d.end and d.team == (context_team(ctx, s.span[0]) or _main_club(ctx))]
            gone.sort(key=lambda d: d.end or "")  # the latest one sacked
            taken = [d for d in drafts if gone and d.team == gone[-1].team and d.role == "head_coach" and d.start
                     and d.start >= (gone[-1].end or "")]
            role_here = "head_coach" if gone and not taken else None  # '(X esonerato, Y ad interim ...) In settimana la
            succeeded = gone[-1].team if gone and not taken else None  # società ha ufficializzato Z': the new coach
        else:
            succeeded = None
        prev_s = ctx.sentences[s.index - 1] if s.index > 0 else None
        intro_team = prev_s.teams[-1].key if prev_s is not None and len(prev_s.teams) == 1 \
            and INTRO_LINE.fullmatch(prev_s.text) else None
        if not club_ref and intro_team and role_here and role_here != "player":
            tms = [Mention((b - 1, b), "team", intro_team, "context")]  # 'Poi l'azzurro. Dal 1980 al 1986 fu il vice di X'
        if club_ref and role_here and role_here != "player":
            demonstrative = bool(re.match(r"(?:di\s+)?quel|dell[oa]\s+stess", club_ref.group(0), re.I))
            club = succeeded or context_team(ctx, s.span[0]) or teams_before(ctx, s, a, demonstrative) or _main_club(ctx)
            if club:  # 'fu per pochi mesi presidente della società': the club of the story
                tms = [Mention((a + club_ref.start(), a + club_ref.end()), "team", club, "context")]
    if not tms:
        _no_team(ctx, s, (a, b), person, txs, reason, end_cue, start_cue, anchor, others, drafts, last)
        return None
    def former(m: Mention) -> bool:  # 'L'ex tecnico della Juventus Next Gen era stato esonerato': a past club
        return bool(_EX_OF.search(text[max(a, m.span[0] - 40):m.span[0]])) or former_list(text, m.span[0])
    if tms and reason and all(former(m) for m in tms):
        here = context_team(ctx, s.span[0])
        if here and all(m.key != here for m in tms):
            tms = tms + [Mention((b - 1, b), "team", here, "context")]
    if re.search(r"\bprima\s+squadra\b", ctext, re.I):  # 'la direzione sportiva della prima squadra': not the B side
        tms = [Mention(m.span, "team", str(teams()[m.key].parent), m.how) if teams()[m.key].parent
               and not is_womens(teams()[m.key]) else m for m in tms]  # (a women's side has its own first team)
    text_nx = text if not _EX_PLAYER.search(text, a, b) else \
        text[:a] + _EX_PLAYER.sub(lambda x: " " * len(x.group(0)), text[a:b]) + text[b:]

    arrival = _ARRIVED_AFTER.match(text, a, b)  # 'arrivato ... dopo aver guidato lo Spezia': the clause's arrival
    youth_sides = [o for o in tms if re.search(r"\b(?:Under|U\d|Primavera)", text[o.span[0]:o.span[1]])]
    again: dict[int, Mention] = {}  # a club named again by nickname in the clause is the same spell
    for j, o in enumerate(tms):  # ('Al Pontedera era subentrato ... e con i granata aveva centrato i playoff')
        first = next((x for x in tms[:j] if x.key == o.key and x.how in ("name", "city")), None)
        if first is not None and o.how in ("nick", "demonym") and not former(first) \
                and not any(first.span[1] <= p.span[0] < o.span[0] and p.key == person for p in s.people):  # ('bandiera del Siena, X allena i bianconeri')
            again[id(o)] = first
    for i, m in enumerate(tms):
        guessed = title_only = False
        if m.how in ("nick", "demonym") and any(p.key != person and re.fullmatch(r"\s*,\s*in\s+", text[p.span[1]:m.span[0]])
                                                for p in s.people if p.span[1] <= m.span[0]):
            continue  # '... il posto di Ivan Juric, in granata dalla stagione 21/22': that man's spell, after his name
        if id(m) in again and any(d.person == person and d.team == m.key and any(x < b and y > a for x, y in d.evidence)
                                  for d in drafts):
            continue  # its dates went to the spell the clause's first naming of the club told
        seg_lo = tms[i - 1].span[1] if i else a
        if _COMITATIVE.search(text[a:m.span[0]]) and any(p.key == person and p.span[0] > m.span[1] for p in s.people):
            continue  # 'Con l'ex tecnico della Roma lascia anche il suo vice X': the Roma coach is X's companion
        listed = i + 1 < len(tms) and re.fullmatch(r"\s*(?:,|e|ed|,\s*e)\s*", text[m.span[1]:tms[i + 1].span[0]])
        comma = text.find(",", m.span[1], b)
        others_sp = [p.span for p in s.people if p.key != person]
        known_here = next((d for d in reversed(drafts) if d.person == person and d.team == m.key), None)
        youth_ctx = stext if re.search(r"\bUnder\b|\bU\d", ctx.team(m.key).name) else ""  # a youth side's sentence
        cue_text = text if former(m) else text_nx  # 'L'ex attaccante di Torres ..., ha firmato con l'Inter': not now
        for o in youth_sides:  # another side's name is no cue for this one ('guidato la Nazionale Under 17 ..., firmato con l'Inter')
            if o is not m:
                cue_text = cue_text[:o.span[0]] + " " * (o.span[1] - o.span[0]) + cue_text[o.span[1]:]
        cued = _role_near(cue_text, max(a, seg_lo - 10, m.span[0] - 90), min(b, m.span[1] + 40, comma if comma > 0 else b),
                          people=others_sp, context=youth_ctx, at=m.span[0]) or _role_near(cue_text, a, b, people=others_sp,
                                                                                          context=youth_ctx)
        # ('La panchina dell'Under 20 passa ad A, mentre B viene promosso dall'Under 17 all'Under 19': a coach)
        if cued and known_here is not None and re.search(r"\bdopo\s+(?:il|la|lo|l'|i|gli|le)?\s*$",
                                                          text[max(a, m.span[0] - 12):m.span[0]]):
            cued = None  # 'dopo il Domegliara, in Serie D dal 2007 al 2009, è entrato nello staff ...': the spell told before
        if not cued and known_here is not None and known_here.guessed:
            guessed = True  # the role of a guess told in the same breath is still a guess
        own_came_on = any(p.key == person and a <= p.span[0] < b and re.search(
            r"\b(?:entra|è\s+entrato|entrato|subentra|è\s+subentrato|dentro)\s+(?:anche\s+|subito\s+)?$",
            text[max(a, p.span[0] - 25):p.span[0]], re.I) for p in s.people)
        role = (cued
                or (known_here.role if known_here is not None else None)
                or (_role_near(_no_asides(text, s.span), s.span[0], s.span[1], unique=True, people=others_sp)
                    if b - a < 40 or not phase.get(person) else None))
        if role is None and (reason in ("sacked", "resigned") or re.match(
                r"\s*,?\s*che\s+(?:lo|la|l')\s*(?:aveva\s+|ha\s+|avrebbe\s+)?(?:esonerat|sollevat|licenziat)", text[b:b + 50])):
            role = "head_coach"  # ('dopo le esperienze con Parma e Sampdoria, che lo aveva esonerato': a coach's clubs)
        if role == "youth_coach" and not cued and re.search(r"\b(?:in|della|alla\s+guida\s+della)\s+prima\s+squadra\b", ctext, re.I):
            role = "head_coach"  # 'Quindi il ritorno a Siena, stavolta in prima squadra': from the youth side to the bench
        if role in ("player", None) and phase.get(person) == "president" and not player_cue:
            role = "president"  # an owner's clubs, one after another
        elif role in ("player", "head_coach", None) and phase.get(person) == "director" and not player_cue:
            role = "sporting_director" if role != "head_coach" or not has_any(ctext, ["panchina", "allenatore"]) else role
        elif role in ("player", None) and phase.get(person) == "coach" and not player_cue:
            guessed = role is None  # a coach's habit, not a cue: another stint may tell the role
            role = "head_coach"
        elif role is None:
            guessed = not player_cue and not phase.get(person)
            role = "player" if phase.get(person) == "player" or player_cue else (
                "head_coach" if phase.get(person) == "coach" else _usual_role(drafts, person))
            if role == "player" and not player_cue and not any(d.person == person for d in drafts) and has_any(
                    stext, _cue("succeeds")) and (has_any(stext, _cue("appointed_by") + ["chiamato", "chiamata", "scelto"])
                                                  or re.search(r"\beredità\s+(?:di|del|dello|della)\b", ctext)):
                role = "head_coach"  # 'è arrivato sotto la Mole, chiamato dal presidente ... per prendere il posto di X'
                # ('ha raccolto al Torino l'eredità di X': a bench handed on; a player takes a place, not an inheritance)
        if role == "assistant_coach" and re.search(r"\b(?:sarà|è|farà)\s+(?:il|la)\s+vice\s+di\b", ctext, re.I) \
                and any(d.person == person and d.role == "player" and d.team == m.key and not d.end for d in drafts) \
                and not has_any(ctext, ["allenatore", "tecnico", "panchina", "staff", "in seconda"]):
            role = "player"  # 'Il Taty ... Sarà il vice di Ciro Immobile': a striker's understudy
        if role != "player" and not cued and quit_playing and phase.get(person) != "director" \
                and re.search(r"\b(?:chius[oae]|chiudere|concluso|terminato)\s+(?:la\s+(?:sua\s+)?)?carriera\b", ctext, re.I) \
                and not has_any(ctext, role_words()["head_coach"]):
            role, guessed = "player", False  # 'Ha chiuso la carriera tra Rimini e Alessandria': where he last played
        if role == "head_coach" and not cued and _retires_next(ctx, s, reasons) \
                and not has_any(ctext, role_words()["head_coach"]):
            role, guessed = "player", False  # '... l'ultimo a Carrara, con la Carrarese. Lì ho smesso.': he played
        if role in ("head_coach", "player") and phase.get(person) == "coach" and not player_cue and has_any(
                text[max(a, m.span[0] - 40):m.span[1] + 3], role_words()["youth_coach"]):
            role = "youth_coach"  # 'In panchina ha cominciato ..., per arrivare nel 2010 alla Berretti del Milan'
        if re.search(r"\bcampion[ei]\s+(?:del\s+mondo|d'Europa|d'Italia|olimpic[oi])\s+(?:con|col)\s+(?:il|la|lo|l')?\s*$",
                     text[max(a, m.span[0] - 45):m.span[0]]) and re.search(
                         r"\bex\s+(?:attaccante|centravanti|difensore|centrocampista|portiere|terzino|mediano|bomber|"
                         r"calciatore|giocatore|capitano)\b", text[a:m.span[0]]):
            role, title_only = "player", True  # 'L'ex attaccante del Milan, campione del mondo con l'Italia nel 2006, ...'
        if (_as_player().search(cue_text[a:m.span[0]]) or re.search(r"\b(?:ha\s+giocato|giocò|aveva\s+giocato|ha\s+vestito|vestì)\b",
                                                            text[a:m.span[0]])) \
                and not re.search(r"\b(?:allenat|guidat|panchina)\w*", text[max(a, m.span[0] - 30):m.span[0]]):
            role = "player"  # 'è cresciuto da centrocampista nelle giovanili della Fiorentina e ha giocato con Pescara, ...'
        if m in mates:
            role = "player"  # '... vice di Roberto Mancini, suo vecchio compagno di squadra alla Sampdoria e alla Lazio'
        if own_came_on:
            role = "player"  # 'il tecnico rossonero cambia: al 56' entra Samuel Chukwueze al posto di X': one on the pitch
        ex_desc = _EX_DESCRIPTION.search(text, a, m.span[0])
        if ex_desc and ex_desc.group("of"):  # only the clubs listed right after 'ex centrocampista di'
            glue = text[ex_desc.end():m.span[0]]
            for o in sorted((o for o in tms if ex_desc.end() <= o.span[0] < m.span[0]), key=lambda o: -o.span[0]):
                glue = glue[:o.span[0] - ex_desc.end()] + glue[o.span[1] - ex_desc.end():]
            ex_desc = ex_desc if re.fullmatch(r"(?:\s*(?:,|\be\b|\bed\b)\s*(?:il|la|lo|l'|i|gli|le)?\s*)*", glue) else None
        if ex_desc and not re.search(r"\b(?:ha|è|era|aveva|fu|sarà|ho|sono)\b", text[ex_desc.start():m.span[0]]):
            role = "player"  # 'Genovese, ex difensore lanciato in Serie A dalla Sampdoria e bandiera del Siena, ...'
        if ctx.team(m.key).type == "federation" and role not in ("president", "sporting_director", "other_staff"):
            continue  # 'la Federazione mi chiese di guidare l'Under 21': the federation hires, its teams are coached
        if ctx.team(m.key).type == "national" and role in ("youth_coach", "head_coach"):
            role = "youth_coach" if re.search(r"\bUnder\b|\bU\d", ctx.team(m.key).name) else "head_coach"
        if ctx.team(m.key).type == "national" and role == "youth_coach" and has_any(ctext, role_words()["youth_coordinator"]):
            role = "youth_coordinator"  # '... seguirà le selezioni dall'Under 15 all'Under 19'
        if ctx.team(m.key).type == "national" and role == "youth_coordinator":
            senior = _senior_side(m.key)  # 'il coordinamento tecnico di Nazionale A, Under 21 e Under 20': one post
            if senior:
                m = Mention(m.span, "team", senior, m.how)
        own_mention = [p for p in s.people if p.key == person and a <= p.span[0] < b]
        if own_mention and re.match(r"\s*\((?:vice|collaborator|preparator|match analyst|allenatore in seconda)",
                                    text[own_mention[0].span[1]:own_mention[0].span[1] + 30], re.I):
            role = "assistant_coach"
        sides = [x for x in tms if ctx.team(x.key).type != "federation"] or tms  # ('la Federazione gli affidò la Nazionale')
        seg = [t for t in txs if (near := _nearest_team(t, sides, text)) is m or again.get(id(near)) is m] \
            if m.how != "context" else txs
        if listed:
            seg = [t for t in seg if t.span[0] < m.span[0]]
        dur = next((t for t in s.timexes if t.type == "duration" and a <= t.span[0] < b
                    and not re.match(r"di\s", t.text, re.I) and not str(t.parts.get("unit", "")).startswith("T")
                    and (len(tms) < 2 or _nearest_team(t, tms, text) is m)), None)
        # ('il Palermo nel 2016 e il Sassuolo per tre stagioni': the length is the Sassuolo's)
        # ('un limite di due settimane', 'in meno di quarantotto ore': no stay)
        left = bool(re.search(r"\b(?:dimess\w+|esonerat\w+|separat\w+|sollevat\w+|lasciat[oa]|lascia|salutat[oa]|scadut[oa])\s+"
                              r"(?:\w+\s+){0,2}(?:dal|dalla|dall'|dai|il|la|lo|l'|i)\s*$", text[max(a, m.span[0] - 40):m.span[0]], re.I)
                    or (m.how == "context" and re.search(r"\b(?:lasciat[oa]|lascia|lasciare|salutat[oa]|salutare)\s+$",
                                                          text[max(a, m.span[0] - 20):m.span[0]], re.I)))
        # ('avrebbe lasciato il club a fine stagione': the story's club, left)
        left_after = re.match(r"\s*,\s*(?:poi\s+)?(?:lasciat[oa]|salutat[oa]|abbandonat[oa])\b", text[m.span[1]:m.span[1] + 30])
        if left_after:  # 'prima di passare al Marsiglia, lasciato di sua volontà nel giugno 2023': the date it ended
            left = True
            seg = [t for t in txs if t.span[0] >= m.span[1] + left_after.start() and t.type != "duration"] or seg
        first_end = min((x for x, _y, _w in find_all(own_text, reasons[reason])), default=None) if reason else None
        late_end = first_end is not None and a + first_end > m.span[1] and len(seg) == 1 and seg[0].span[1] <= m.span[0] \
            and "," in text[m.span[1]:a + first_end]  # '... salvò la Ternana in B, lasciando l'Umbria a scadenza'
        after_len = dur is not None and bool(re.match(r"dopo\s", dur.text, re.I)) and (left or bool(reason))
        # ('ha lasciato il Verona nel 2021 dopo tre stagioni': the date ends the spell, the length dates its start)
        start, end = _dates(seg, None if (dur and not after_len) or late_end else (reason or ("left" if left else None)),
                            (start_cue and not left) or (bool(dur) and not after_len), ctext, text)
        if start and not end and len(seg) == 1 and seg[0].kind == "year" and seg[0].prep == "in" and len(tms) >= 2 \
                and _HELD_VERB.search(text, a, m.span[0]) and not start_cue and not reason:
            end = start  # 'ha allenato il Foggia dal 2014 al 2016, il Palermo nel 2016, ...': a past post of that year
        before_now = _AFTER_YEARS_AT.search(text, max(a, m.span[0] - 70), m.span[0])
        since = [t for t in txs if t.prep == "from" and t.span[1] <= (before_now.start() if before_now else a) and t.value]
        held = next((t for t in s.timexes if before_now and before_now.start() <= t.span[0] < before_now.end()
                     and t.type == "duration" and t.parts.get("count")), None)
        if arrival and m.span[0] >= arrival.end() and not end and not reason and not re.search(r"[,;:]", text[arrival.end():m.span[0]]):
            came = [t for t in txs if arrival.start("when") <= t.span[0] < arrival.end("when") and t.type != "duration"]
            if len(came) == 1 and (not start or (start[:4] <= (came[0].start or came[0].value or "")[:4])):
                end = came[0].start or came[0].value  # 'arrivato a Firenze nell'estate del 2021 dopo aver guidato lo
                # Spezia dal 2019': the Spezia spell ended when the next one began
                since0 = next((t for t in seg if t.prep == "from" and t is not came[0] and t.value), None)
                start = (since0.start or since0.value) if since0 else (None if start == end else start)
        then_n = _THEN_YEARS_AT.search(text, max(s.span[0], m.span[0] - 50), m.span[0])
        then_len = _num(then_n.group("n")) if then_n and (then_n.group("n").isdigit()
                                                         or then_n.group("n").lower() in _numbers()) else None
        told_before = [d for d in drafts if d.person == person and d.team != m.key and d.evidence
                       and d.evidence[-1][1] <= s.span[1]
                       and s.index - _sentence_index(ctx, d.evidence[-1]) <= 1][-1:] if then_len else []
        told_before = [d for d in told_before if d.end]  # the spell told just before, closed
        if then_len and told_before and not start and not end and not seg:
            start = (told_before[-1].end or "")[:4]  # '..., dove rimase fino al 1986, poi due stagioni al Bayern Monaco':
            end = str(int(start) + then_len)  # from 1986 to 1988
        if before_now and since and held and not start and not end and str(held.parts.get("unit")) in ("Y", "S"):
            end = (since[-1].start or since[-1].value or "")[:4]  # 'in nerazzurro dal 2021 dopo cinque stagioni alla
            start = _add(end, held, -1)  # guida della Lazio': the Lazio from 2016 to 2021
        if start and not end and len(start) == 4 and len(seg) == 1 and seg[0].type == "date" \
                and re.match(r"\s*\(\s*\d{4}\s*\)", text[m.span[1]:m.span[1] + 10]) and (
                    listed or re.match(r"\s*,\s*(?:e\s+)?(?:il|la|lo|l'|i)?\s*[A-ZÀ-Ý]", text[m.span[1] + 6:m.span[1] + 20])
                    or re.search(r"\)\s*(?:,|e)\s*(?:il|la|lo|l'|i)?\s*$", text[max(a, m.span[0] - 8):m.span[0]])):
            end = start  # 'ha guidato Sassuolo (2013-2015), Genoa (2016) e Udinese': a spell within that year
        if start is None and end is None and not reason and not left and ctx.published and i == 0:
            start = _tenure_start(ctx, s, a, b, ctext)  # 'Da tre anni allena il Cittadella', 'alla sua quarta stagione'
        said_on = [t for t in seg if (t.start or t.value) == start]
        if start and not end and not start_cue and not end_cue and not reason and not left and said_on and all(
                t.kind in ("rel", "wd_rel", "ago") and t.prep != "from" and has_any(
                    text[max(a, t.span[0] - 30):min(b, t.span[1] + 30)], words("quotes", "speech_verbs"))
                for t in said_on) \
                and not has_any(ctext, _cue("news") + _cue("appointed_now") + _cue("succeeds")):
            start = None  # 'X, vice di Y alla Juventus, ha parlato ieri': the day he spoke, not when the spell began
        if re.search(r"\bnon\s+(?:è|sarà)\s+più\b", ctext) and not start and not end and ctx.published and _lead(ctx, s):
            end = ctx.published[:10]  # 'Pippo Inzaghi non è più l'allenatore della Salernitana'
        if dur and not start and not end and ctx.published and re.search(
                r"\b(?:si\s+chiude|si\s+conclude|finisce|termina|è\s+finit[ao])\b", ctext) \
                and "dopo" in text[max(a, dur.span[0] - 25):dur.span[1]]:
            end = ctx.published[:10]  # 'l'avventura in Campania si chiude dopo appena quattro mesi'
            start = _add(end[:7], dur, -1)
        er = reason if reason != "transferred" else None
        cue_ats = [a + x for x, _y, w in find_all(own_text, reasons[reason or "ended"])
                   if not (w.lower().startswith("svincolat") and re.search(r"\bda\s+$", own_text[max(0, x - 4):x]))] \
            if er and len({x.key for x in tms}) >= 2 else []
        if cue_ats:  # the end is the spell of the club named nearest its cue, not every club in the clause
            nearest = {min(tms, key=lambda x: abs(x.span[1] - c) if x.span[1] <= c else abs(x.span[0] - c) + 20).key for c in cue_ats}
            if m.key not in nearest:
                er = None  # ('Arrivato in Brianza da svincolato, dopo aver lasciato l'Inter a contratto scaduto': the Inter's)
        if er == "retired" and (role != "player" or i < len(tms) - 1):
            er = None  # a career told club by club ends, retired, only at the last one
        if er in ("sacked", "resigned") and role == "player":
            er = None
        first_start = min((x for x, _y, _w in find_all(ctext, words("stints", "start"))), default=None)
        told_first = first_end is not None and (first_start is None or first_end < first_start)
        if er and not end and start and (not start_cue or told_first) and not any(t.prep == "from" for t in seg) \
                and not late_end:  # 'nel marzo 2017 salvò la Ternana, lasciando l'Umbria a scadenza di contratto'
            end, start = start, None  # 'esonerato nel marzo 2022' (but 'alla guida dal 2022, è stato esonerato')
        if dur and str(dur.parts.get("unit")) in ("M", "W", "D") and int(str(dur.parts.get("count") or 99)) <= 6 \
                and bool(start) != bool(end) and len(start or end or "") == 4:
            start = end = start or end  # 'nel 2019 aveva guidato il Genoa per poco più di due mesi'
        if er in ("sacked", "resigned") and not end and anchor and (not start or anchor[:4] >= start[:4]):
            end = anchor  # 'La svolta era arrivata il 24 ottobre. X ... è stato esonerato il giorno dopo'
        if end and ctx.published and end[:7] > ctx.published[:7] and not er:
            end = None  # 'almeno fino a giugno': a plan, not the end of a spell
        if start and not end and len(start) == 10 and not start_cue and not end_cue and not reason and re.search(
                r"[A-ZÀ-Ý][\w'.]+\s*[-–]\s*[A-ZÀ-Ý][\w'.]+|\b\d{1,2}\s*-\s*\d{1,2}\b|\b(?:partita|gara|match|derby|sfida|"
                r"ultimi\s+minuti|minuto|fischio|finale|semifinale|rigori)\b", ctext):
            start = None  # 'Ieri sera, negli ultimi minuti di Milan-Fiorentina, Pioli ha ...': a match within his spell
        if start is None and end is None and sent_start_cue and anchor and not listed and role != "player":
            start = anchor
        if start is None and role != "player" and has_any(stext, reasons["retired"]) \
                and not any(d.person == person and d.role != "player" for d in drafts):
            ended = [d for d in drafts if d.person == person and d.role == "player" and d.end]
            if ended:
                start = ended[-1].end
        prev = last.get(person)
        if start is None and prev and prev.team == m.key and prev.role == role:
            start = prev.start
        if dur and end and not start and (er or after_len or (re.match(r"per\s", dur.text, re.I) and any(
                t.prep == "until" and t.value == end for t in seg))) and str(dur.parts.get("unit")) in ("M", "Y", "S"):
            # ('per tre stagioni, fino al 2021': the length back from the end)
            start = _add(end[:7] if str(dur.parts.get("unit")) == "M" else end[:4], dur, -1)  # 'esonerato ... dopo appena sei mesi'
        if dur and start and not end and dur.prep != "from" and (has_any(ctext, _cue("stay")) or er or dur.span[0] - a <= 6):
            end = _add(start, dur)
        if start is None and end is None and (er or re.search(r"\b(?:lascia|saluta)\b", ctext, re.I)) and _lead(ctx, s) \
                and ctx.published:
            end = ctx.published[:10]  # 'Juventus, esonerato Thiago Motta', 'lascia l'Empoli': today's news
        trophy_with = any(re.fullmatch(r"\s*(?:\d{4}(?:[/-]\d{2,4})?\s+)?(?:con|col)\s+(?:il|la|lo|l'|i|gli|le)?\s*",
                                       text[c.span[1]:m.span[0]])
                          and re.search(r"(?:^|\s)(?:lo|la|il|l'|i|gli|le|un|una|due|tre|quattro|cinque)\s*$",
                                        text[max(a, c.span[0] - 8):c.span[0]])
                          for c in ctx.mentions.competitions_in((a, m.span[0]))) or bool(re.search(
            r"\b(?:lo|il|la|uno|un|una|due|tre)\s+(?:scudetto|titolo|campionato|coppa|supercoppa|trofeo|double|triplete)\s+"
            r"(?:(?:italian[oa]|ingles[ei]|spagnol[oa]|tedesc[oa]|frances[ei])\s+)?(?:con|col)\s+(?:il|la|lo|l'|i|gli|le)?\s*$",
            text[max(a, m.span[0] - 50):m.span[0]], re.I))  # 'lo scudetto con il Milan nel 2003/04'

        promoted = re.match(r"\s+in\s+(?:Serie\s+[ABC]|serie\s+[ABC]|[AB]\b|Europa|Champions)", text[m.span[1]:m.span[1] + 20]) \
            and re.search(r"\briportat[oa]\s+(?:il|la|lo|l'|i|gli|le)?\s*$", text[max(a, m.span[0] - 20):m.span[0]]) \
            and re.search(r"\b(?:guidandol[oaie]|allenandol[oaie]|portandol[oaie])\b", ctext) \
            or any(lm.start() <= m.span[0] - a < lm.end() for lm in _LIFTED_DIVISION.finditer(ctext))
        # ('nel 1978/79 portò il Parma dalla C1 alla B': a promotion of his team, his spell's season)
        began_before = bool(has_any(text[a:m.span[0]], words("stints", "start"))) and not has_any(
            text[max(a, m.span[0] - 50):m.span[0]], words("honours", "win_verbs"))  # '... si era seduto sulla panchina X e a maggio ha vinto'
        near_win = title_only or honour_clause and not promoted and not began_before and (trophy_with or bool(has_any(
            _LIFTED_FROM_POST.sub(" ", text[max(a, m.span[0] - 50):min(b, m.span[1] + 50)]), words("honours", "win_verbs"))))
        # ('aveva riportato l'Empoli in Serie A, guidandolo nel 2004/05': a promotion, the spell's own dates)
        if seg and all(t.type == "season" for t in seg) and not start_cue and not end_cue and not reason \
                and re.search(r"\b(?:posto|promozione|salvezza|qualificazione|record|punti|piazzamento)\b", ctext) \
                and any(d.person == person and d.team == m.key for d in drafts):
            start = end = None  # '... al Genoa: promozione immediata in A e, nel 2008/09, il quinto posto': within the spell
        stay_dated = any(t.prep in ("until", "from") for t in seg) and bool(has_any(ctext, _cue("stay"))) or (
            any(t.prep == "from" and t.span[1] <= m.span[0] for t in seg)
            and bool(re.match(r"\s*,\s+con\s+(?:cui|il\s+quale|la\s+quale)\b", text[m.span[1]:m.span[1] + 20])))
        # ('dal 17 dicembre 2021 ha guidato lo Spartak Mosca, con cui ha vinto la Coppa di Russia': the spell's date)
        if near_win and not _range_near(seg) and not stay_dated:  # (not 'resta fino al 2002 e mette in bacheca ...')
            if role != "player" and not has_any(text[max(a, m.span[0] - 40):m.span[1] + 10], _cue("bench")) \
                    and phase.get(person) != "coach":
                continue
            start = end = None
            if club_intro and anchor:
                start = anchor  # 'Nell'estate del 2008 ... la Germania. Al Wolfsburg, ... vince la Bundesliga'
        if start is None and end is None and ctx.published and not listed and not _EX_WITH.search(text[a:m.span[0]]) \
                and not re.search(r"\bgià\b[^.;]{0,40}$", text[a:m.span[0]]) and (
                (has_any(ctext, _cue("news") + _cue("succeeds")) and (news_time(ctx, s) or has_any(ctext, _cue("appointed_by"))))
                or has_any(ctext, _cue("appointed_now"))
                or (role == "player" and _market_news(ctx, s, ctext) and news_time(ctx, s)
                    and re.search(r"\b(?:al|alla|all'|allo|ai|agli|a|ad|in|per\s+(?:il|la|lo|l'))\s*$",
                                  text[max(a, m.span[0] - 8):m.span[0]]))):  # (the club he goes to, not 'di proprietà dell'Inter')
            start = news_time(ctx, s) or ctx.published[:10]
        verbless = (len(stext) < 90 or len(stext) < 220 and bool(_LIST_INTRO.match(ctext))
                    and len(_DATED_ITEM.findall(ctext)) >= 2) and txs and not re.search(r"\b[a-zà-ù]\w*(?:a|e|o)no\b|\b(?:è|ha|era|fu)\b", stext)
        if (verbless or club_intro) and start is None and end is None and not stay_dated:
            start = _date_for(txs, "start")
        stayed = bool(dur) or bool(has_any(ctext, [w for w in _cue("stay") if w != "per"])) or bool(re.search(
            r"\b(?:una|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d+)\s+(?:stagion[ei]|anni|anno|campionat[oi])\s+"
            r"(?:al|alla|all'|allo|ai|agli|in|con|nel|nella|nello)\b|\be\s+una\s+(?:al|alla|all'|allo)\b|"
            r"\b(?:gli\s+ultimi|i\s+primi|le\s+ultime|le\s+prime|l'ultim[oa]|la\s+prima|il\s+primo)\s+(?:anni|anno|stagion[ei]|"
            r"campionat[oi])\s+(?:al|alla|all'|allo|ai|agli|in|con|nel|nella|nello)\b|"  # 'gli ultimi anni al Chievo'

            r"\b(?:biennio|triennio|quadriennio|quinquennio|gavetta)\b|"
            r"\b(?:stagion[ei]|anni|campionat[oi])\s+(?:di\s+\w+\s+)?(?:in\s+\w+\s+)?(?:tra|fra)\b", ctext, re.I))
        # ('Poi quattro stagioni di gavetta in C tra Varese e Spal')
        # ('per la Coppa Italia' is no stay; 'Prima una stagione alla Cavese e una alla Pistoiese' is)
        intro = re.match(r"\s*(?i:poi|quindi|infine|seguirono|in\s+seguito|successivamente|e\s+poi)\s*,?\s+", ctext)
        club_list = bool(intro) and len(tms) >= 2 and not re.search(
            r"\b[a-zà-ù]\w*(?:a|e|o)no\b|\b(?:è|ha|era|fu|sono|hanno)\b", ctext[intro.end():] if intro else "") \
            and bool(re.fullmatch(r"\s*(?:il|la|lo|l'|i|gli|le)?\s*", text[a + intro.end():tms[0].span[0]] if intro else "x")) \
            and all(re.fullmatch(r"\s*(?:,|e|ed)\s*(?:(?:di\s+nuovo|ancora|poi|quindi)\s+)?(?:il|la|lo|l'|i|gli|le)?\s*",
                                 text[x.span[1]:y.span[0]]) for x, y in zip(tms, tms[1:], strict=False))
        # ('Poi Piacenza, Torino, CSKA Sofia, Ancona, di nuovo Napoli, Siena e Lucchese.': the career goes on)
        club_span = len(tms) >= 2 and bool(re.search(r"\b(?:dal|dalla|dall'|dallo|dai)\s*$", text[max(a, tms[0].span[0] - 7):tms[0].span[0]])) \
            and all(re.fullmatch(r"\s*(?:,\s*)?(?:al|alla|all'|allo|ai|e\s+(?:al|alla|all'|allo)|fino\s+(?:al|alla|all'|allo|ai)|"
                                 r"passando\s+per\s+(?:il|la|lo|l'|i)?|e\s+poi\s+(?:al|alla|all'))\s*", text[x.span[1]:y.span[0]])
                    for x, y in zip(tms, tms[1:], strict=False)) \
            and not re.search(r"\b(?:passat[oa]|ceduto|trasferit[oa]|arrivat[oa]|è\s+andat[oa]|approdat[oa])\b", ctext)
        club_list = club_list or (club_span and bool(re.search(r"\b(?:provincia|gavetta|giro|girovag|tappe|piazze|squadre|"
                                                                r"esperienze|maglie|club|peregrinazioni)\w*\b", ctext)))
        # ('Poi tanta provincia, dal Venezia alla Sampdoria fino all'Arezzo': every club between, one after another)
        if not _career_cue(ctext, stext, role) and not has_any(stext, _cue("player")) and not stayed \
                and not honour_clause and not verbless and not club_intro and not club_list:
            continue
        if role != "player" and re.match(r"\s*,\s*dove\s+(?:era|giocava|è)\s+(?:ancora\s+)?(?:giocatore|calciatore|in\s+campo)\b",
                                         text[m.span[1]:m.span[1] + 40]):
            drafts.append(Draft(person, m.key, "player", None, None, None, [s.span], "stint.player_coach", 0.55))
            # ('In panchina ha esordito nel 2013 al Sion, dove era ancora giocatore': he played there too)
        if has_any(ctext, ["allenatore-giocatore", "giocatore-allenatore"]) and role == "player":
            later = [t for t in txs if t.type != "duration" and t.prep != "contract"]
            pm = Draft(person, m.key, "head_coach", later[-1].value if later else None, None, None, [s.span],
                       "stint.player_manager", 0.6)
            drafts.append(pm)
        if m.how in ("nick", "demonym") and re.search(r"\b(?:l'|un\s+)?ex\s+$", text[max(0, m.span[0] - 6):m.span[0]]):
            role, start, end, er = "player", None, None, None  # 'l'ex azzurro': he played there
        elif m.how in ("nick", "demonym") and re.search(r"\b[Ii]n\s+$", text[max(0, m.span[0] - 3):m.span[0]]) \
                and not any(t.kind == "range" or t.prep == "from" for t in seg) and not re.search(
                    r"\b(?:[Rr]ientrat|[Tt]ornat|[Aa]rrivat|[Aa]pprodat|[Ss]barcat|[Rr]ientra|[Tt]orna|[Aa]rriva|[Aa]pproda)[oa]?\s+in\s+$",
                    text[max(0, m.span[0] - 16):m.span[0]]):  # ('Rientrato in neroverde nel 2021': the return's year)
            start = None  # 'In rosanero arriva anche la convocazione ...': during the spell, not its start
            # (but 'in bianconero è rimasto dal 1996 al 2005' dates the whole spell)
        after_spell = re.search(r"\bdopo\s+(?:\w+\s+){0,2}(?:stagioni|stagione|anni|anno|mesi|campionati)\s+"
                                r"(?:al|alla|all'|allo|ai|con\s+(?:il|la|lo|l'|i))\s*$", text[max(a, m.span[0] - 45):m.span[0]])
        if after_spell and not end:  # '... alla guida degli scaligeri dall'estate scorsa dopo due stagioni al Lecce'
            nxt = next((d for d in reversed(drafts) if d.person == person and d.team != m.key and d.evidence
                        and d.evidence[-1] == s.span and d.start), None)
            if nxt:
                start, end, er = None, nxt.start, None
        if former(m):
            start = end = er = None
            ex = _EX_OF.search(text[max(a, m.span[0] - 40):m.span[0]])
            if ex and has_any(ex.group(0), role_words()["player"]):
                role = "player"  # 'L'ex centravanti del Milan aveva cominciato ad allenare ...': he played there
            lead_in = text[max(a, m.span[0] - 90):m.span[0]]
            if not ex and former_list(text, m.span[0]):  # 'il tecnico francese, ex Roma, Lilla e Lione'
                role = "head_coach" if has_any(lead_in, ["tecnico", "allenatore", "mister", "ct"]) else (
                    "player" if has_any(lead_in, role_words()["player"]) else role)
        if not start and not end and ctx.published and role != "player" and re.search(
                r"\b(?:alla|nella|è\s+la|è\s+alla)\s+(?:sua\s+)?prima\s+stagione\b", ctext, re.I):
            pub_y, pub_m = int(ctx.published[:4]), int(ctx.published[5:7] or 6)
            start = str(pub_y if pub_m >= 7 else pub_y - 1)  # 'D'Aversa, alla prima stagione sulla panchina giallorossa'
        if _UNTIL_NOW.match(ctext) and ctx.published:
            start, end, er = None, ctx.published[:10], None  # 'X, fin qui allenatore della Primavera': until today
        if cued == "head_coach" and phase.get(person) in ("player", None) and _COACHED_VERB.search(ctext) \
                and not has_any(ctext, words("stints", "player_phase")) \
                and any(o.person == person and o.role == "player" for o in drafts):
            _set_phase(phase, person, "coach", cued=True)  # 'Sotto la Lanterna ... Guidò il Grifone dal 1975': a coach now
        if own_came_on and not txs:
            start, end, er = None, None, None  # 'al 56' entra X al posto di Y': a match's minute, not when a spell began
        d = Draft(person, m.key, role, start, end, er, [s.span], f"stint.{role}.clause", 0.6, guessed=guessed,
                  coach_phase=guessed and phase.get(_CUED + person) == "coach")
        if role == "player" and player_cue and phase.get(person) == "coach" and not quit_playing:
            _set_phase(phase, person, "player")  # '..., ex mediano cresciuto nelle giovanili dell'Inter, ...; poi Torino e Brescia'
        if ctx.doc.zone_of(s.span[0]) == "caption":
            d.start = d.end = None
        if prev and prev.team == m.key and prev.role == "assistant_coach" and role == "head_coach" and not prev.end:
            prev.end = d.start
        drafts.append(d)
        last[person] = d
        for again_start, again_end in _more_spells(seg, text, start, end):
            d2 = Draft(person, m.key, role, again_start, again_end, None, [s.span], f"stint.{role}.again", 0.55)
            drafts.append(d2)  # 'Guidò il Grifone dal 1975 al 1978, dal 1980 al 1984 e ancora nel 1987-88': three spells
            last[person] = d2
    return None


def _more_spells(seg: list[Timex], text: str, start: str | None, end: str | None) -> list[tuple[str | None, str | None]]:
    """The further spells at one club a clause tells with ranges or seasons after the first, each joined to the one
    before by a comma or 'e (poi|ancora|di nuovo)': 'dal 1959 al 1961 e poi dal '62 al '64'. Consecutive seasons
    ('nel 2004/05 e nel 2005/06') are one spell."""
    spans = [t for t in seg if (t.kind == "range" or t.type == "season") and t.start and t.end]
    if len(spans) < 2 or not start or _years(spans[0])[0] != start[:4]:
        return []
    out: list[tuple[str | None, str | None]] = []
    prev = spans[0]
    for t in spans[1:]:
        gap = text[prev.span[1]:t.span[0]]
        if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:e|ed)\s+)?(?:poi\s+|ancora\s+|di\s+nuovo\s+|infine\s+)?(?:nel(?:la)?\s+(?:stagione\s+)?|"
                            r"tra\s+il\s+|fra\s+il\s+|in\s+)?", gap, re.I):
            break
        a0, b0 = _years(t)
        if not a0 or int(a0) <= int(str(_years(prev)[1] or a0)) or (end and int(a0) <= int(end[:4])):
            break  # contiguous or overlapping: the same spell
        out.append((a0, b0))
        prev = t
    return out



def _lead(ctx: Context, s: Sentence) -> bool:
    """Title, teaser and the first two body paragraphs (a generic lead-in often comes before the news):
    where an undated news event happened on the publication day."""
    if ctx.doc.zone_of(s.span[0]) in ("title", "teaser"):
        return True
    return s.span[0] < ctx.lead_end


_PAST_NARRATIVE = re.compile(r"\b(?:aveva|avevano|era|erano|fu|furono|venne|vennero|stava)\b|\b\w{3,}(?:ò|ì)\s", re.I)


@lru_cache(maxsize=1)
def _question_phase() -> re.Pattern[str]:
    """An interview question's noun of a phase of the interviewee's career, from the lexicon's description groups
    ([descriptions] player, coach, director): 'Che giocatore era?', 'Da allenatore ...'."""
    groups = lexicon()["descriptions"]
    def alts(key: str, extra: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted({*groups[key], *extra}, key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<p>{alts('player', ('giocatrice', 'in campo'))})|(?P<c>{alts('coach', ('in panchina',))})|"
                      rf"(?P<d>{alts('director', ('scrivania',))}))\b", re.I)


def _market_news(ctx: Context, s: Sentence, ctext: str) -> bool:
    """A player's move told as news: a market verb in the clause, in a market story or beside a market word."""
    if not has_any(ctext, _cue("market_news")):
        return False
    if "market_story" not in ctx.memo:  # (once per article: a headline that names the market)
        head = " ".join(ctx.doc.text[z.span[0]:z.span[1]] for z in ctx.doc.zones if z.kind in ("title", "teaser", "heading"))
        ctx.memo["market_story"] = bool(has_any(head, _cue("market_words")))
    return bool(ctx.memo["market_story"]) or bool(has_any(s.text, _cue("market_words")))


def news_time(ctx: Context, s: Sentence) -> str | None:
    """The day a sentence's undated news happened, or None when it tells a past story.

    The lead tells the news of the publication day. Further down, a sentence in the present or the
    passato prossimo ('le Aquile hanno scelto Luca D'Angelo', 'sbarcano in Sicilia X (vice)') is news too
    when the last date read before it is recent: that day ('Il 19 luglio ... Ventiquattro ore più tardi')
    or, if none is near, the publication day. After an old date in the same paragraph the present is
    historical ('Nel 2005/06 i friulani lo girano in prestito al Treviso; a gennaio passa alla Lazio'), and
    an imperfect or a passato remoto is a past story.
    """
    if not ctx.published:
        return None
    key = f"news_time:{s.index}"
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    out: str | None = None
    if _lead(ctx, s):
        out = ctx.published[:10]
    elif not _PAST_NARRATIVE.search(_unquoted(ctx, s)) and not any(
            t.value and t.type != "duration" and t.prep != "contract" and not any(a <= t.span[0] < b for a, b in s.in_quote)
            for t in s.timexes):  # ('Toscano di San Vincenzo, dove è nato il 1° ottobre 1961, ... ha giocato con ...')
        para_start = ctx.doc.text.rfind("\n", 0, s.span[0]) + 1
        before = [t for t in ctx.timexes if para_start <= t.span[0] and t.span[1] <= s.span[0] and t.value
                  and t.type != "duration"
                  and t.prep != "contract" and ctx.doc.zone_of(t.span[0]) == "body"
                  and not parenthetical(ctx.doc.text, t.span)]
        last = before[-1] if before else None
        value = (last.end or last.value) if last and (last.kind == "range" or last.type == "season") else (
            last.value if last else None)
        if value is None:
            out = ctx.published[:10]
        elif value[:7] >= _month_before(ctx.published):
            out = value if len(value) == 10 and value <= ctx.published[:10] else ctx.published[:10]
    ctx.memo[key] = out
    return out


_THEN_YEARS_AT = re.compile(r"\b(?:poi|quindi|infine|e\s+poi|seguono|seguirono)\s+(?P<n>\w+)\s+(?:stagioni|anni|campionati)\s+"
                            r"(?:al|alla|all'|allo|ai|agli|con\s+(?:il|la|lo|l'|i)|nel|nella|nell'|nello|a|ad|in)\s*$", re.I)


def _sentence_index(ctx: Context, span: Span) -> int:
    by_span = ctx.memo.get("sentence_index")
    if not isinstance(by_span, dict):
        by_span = {x.span: x.index for x in ctx.sentences}
        ctx.memo["sentence_index"] = by_span
    return int(by_span.get(span, -99))


_AFTER_YEARS_AT = re.compile(r"\bdopo\s+(?:(?:le|i|gli)\s+)?(?:\w+\s+)?(?:\w+\s+)(?:stagioni|anni|campionati)\s+"
                             r"(?:(?:alla\s+guida|sulla\s+panchina|in\s+panchina)\s+)?"
                             r"(?:al|alla|all'|allo|ai|con\s+(?:il|la|lo|l'|i)|del|della|dell'|dello|dei)\s*$", re.I)
_NTH_SEASON = re.compile(r"\b(?:è|sta\s+vivendo|vive|giunt[oa]|arrivat[oa])\s+(?:ormai\s+)?(?:alla|la)\s+(?:sua\s+)?"
                         r"(?P<n>seconda|terza|quarta|quinta|sesta|settima|ottava|nona|decima)\s+stagione\b", re.I)


def _tenure_start(ctx: Context, s: Sentence, a: int, b: int, ctext: str) -> str | None:
    """How long a post held now has lasted, back from the publication: 'allena il Cittadella da tre anni' (2021 in
    2024), 'da 27 mesi', 'è alla sua quarta stagione' (2020 in May 2024). Only in the present of a clause."""
    pub = ctx.published
    if not pub or _PAST_NARRATIVE.search(ctext):
        return None
    season_now = int(pub[:4]) if int(pub[5:7] or 1) >= 7 else int(pub[:4]) - 1
    nth = _NTH_SEASON.search(ctext)
    if nth:
        return str(season_now - int(lexicon()["dates"]["ordinals"][nth.group("n").lower()]) + 1)
    for t in s.timexes:
        if a <= t.span[0] < b and t.type == "duration" and t.prep == "from" and t.parts.get("count") \
                and not any(q0 <= t.span[0] < q1 for q0, q1 in s.in_quote) \
                and not re.search(r"\b(?:reduce|reduci|fermo|ferma|lontan[oa]|assente|out)\s+$", ctx.doc.text[max(a, t.span[0] - 12):t.span[0]], re.I):
            unit, n = str(t.parts.get("unit")), int(t.parts["count"])  # type: ignore[call-overload]
            if unit == "S":
                return str(season_now - n + 1)
            if unit == "Y":
                return str(int(pub[:4]) - n)
            if unit == "M":
                return _add(pub[:7], t, -1)
    return None


def _month_before(published: str) -> str:
    y, m = int(published[:4]), int(published[5:7] or 1)
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


def _unquoted(ctx: Context, s: Sentence) -> str:
    out = s.text
    for a, b in s.in_quote:
        out = out[:a - s.span[0]] + " " * (b - a) + out[b - s.span[0]:]
    return out


def _range_near(seg: list[Timex]) -> bool:
    return any(t.kind == "range" for t in seg)


def _career_cue(ctext: str, stext: str, role: str) -> bool:
    """Some word of a career in the clause: a role, a move, an end, a phase or a succession."""
    if role != "player" and has_any(stext, [w for ws in role_words().values() for w in ws]):
        return True
    return bool(has_any(stext, words("stints", "start")) or has_any(stext, words("stints", "end"))
                or has_any(stext, words("stints", "coach_phase")) or has_any(ctext, _cue("player"))
                or has_any(ctext, _cue("succeeds"))  # 'ha raccolto al Torino l'eredità di X': a succession
                or bool(_LIFTED_DIVISION.search(ctext)))  # 'nel 1978/79 portò il Parma dalla C1 alla B': his team


_CLOSED_AT = re.compile(r"(?:^|[.;:]\s*|,\s+(?:e|poi)\s+|\s(?:e|poi)\s+)(?:[Pp]oi\s+)?(?:[Cc]hiuderà|[Cc]hiuse|[Cc]hiude|[Hh]a\s+chiuso)\s+"
                        r"(?:nel|nella|nell'|al|alla|all'|allo|con\s+il|con\s+la|in)\s*(?=[A-ZÀ-Ý])")


_LIFTED_DIVISION = re.compile(r"\b(?:portò|ha\s+portato|aveva\s+portato|porta|riportò|ha\s+riportato|trascinò|ha\s+trascinato)\s+"
                              r"(?:il|la|lo|l'|i|gli|le)\s*[A-ZÀ-Ý][\w'’ -]{1,30}?\s+(?:dalla\s+(?:Serie\s+)?[A-D]\d?\s+)?"
                              r"(?:alla|in)\s+(?:Serie\s+)?[A-C]\d?\b")




_YOUTH_APPOSITION = re.compile(r"\s*,\s*(?:\d{2}\s+anni\s*,\s*)?(?:già\s+|finora\s+|fin\s+qui\s+)?(?:il\s+)?(?:tecnico|allenatore|"
                               r"guida)\s+(?:della|dell'|dei)\s*(?:Primavera|Under\s*\d+|Berretti|giovanili|Allievi)"
                               r"(?P<rest>[^,;:]{0,60})")


def _youth_post_apposition(ctx: Context, s: Sentence, drafts: list[Draft], n_sentence: int) -> None:
    """'... affidata ad interim ad Andrea Soncin, 44 anni, tecnico della Primavera arancioneroverde dall'estate 2021':
    the youth post he holds, with its own date, beside the first-team one the sentence hands him (which took
    neither that date nor that role)."""
    text = ctx.doc.text
    for p in s.people:
        m = _YOUTH_APPOSITION.match(text, p.span[1])
        if not m:
            continue
        lo, hi = p.span[1], m.end()
        named = [t for t in s.teams if lo <= t.span[0] < hi and ctx.team(t.key).type == "club"]
        mine = [d for d in drafts[n_sentence:] if d.person == p.key]
        team = named[0].key if named else (mine[0].team if mine else context_team(ctx, s.span[0]) or _main_club(ctx))
        if not team:
            continue
        since = next((t for t in s.timexes if lo <= t.span[0] < hi and t.value and t.type != "duration"
                      and (t.prep == "from" or t.kind == "range")), None)
        began = (since.start or since.value) if since else None
        entrusted = bool(re.search(r"\b(?:affidat[oa]|affida|affidò|consegnat[oa]|passa|passata)\b", text[s.span[0]:p.span[0]], re.I))
        for d in mine:
            if d.team != team:
                continue
            if d.role == "youth_coach" and entrusted and d.start and not since:
                d.role, d.rule = ("interim_head_coach" if has_any(s.text, role_words()["interim_head_coach"]) or
                                  re.search(r"\bad\s+interim\b", s.text) else "head_coach"), d.rule + "+youth_apposition"
            if d.role in ("head_coach", "interim_head_coach") and since and d.start == began:
                meanwhile = re.match(r"\s*(?:Nel\s+frattempo|Intanto|Nell'attesa|In\s+attesa)\b", s.text)
                gone = [o for o in drafts[:n_sentence] if o.team == team and o.end_reason in ("sacked", "resigned") and o.end]
                d.start = gone[-1].end if meanwhile and gone else None
        if not any(d.person == p.key and d.team == team and d.role == "youth_coach" for d in drafts):
            drafts.append(Draft(p.key, team, "youth_coach", began, None, None, [s.span], "stint.youth_apposition", 0.55))


def _colon_list(ctx: Context, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """Clubs listed after a colon, each with its own dates: 'Seguono tre prestiti in Serie B: l'Ascoli dall'agosto
    2018, l'Empoli nella stagione 2019/20 e il Monza nel 2020/21'. The words before the colon tell the role."""
    text = ctx.doc.text
    colon = text.find(":", s.span[0], s.span[1])
    who = s.subject
    if colon < 0 or not who or any(q0 <= colon < q1 for q0, q1 in s.in_quote):
        return []
    head = text[s.span[0]:colon]
    role = "head_coach" if has_any(head, _cue("dated_list_coach")) else (
        "player" if has_any(head, _cue("dated_list_player")) else None)
    if role is None or [p for p in s.people if p.span[0] > colon]:
        return []
    tms = [t for t in s.teams if t.span[0] > colon and ctx.team(t.key).type in ("club", "national")]
    txs = [t for t in s.timexes if t.span[0] > colon and t.value and t.type != "duration"]
    if len(tms) < 2 or len(txs) < 2:
        return []
    rest = list(text[colon + 1:s.span[1]])
    for lo, hi in [t.span for t in tms] + [t.span for t in txs]:
        for i in range(lo - colon - 1, hi - colon - 1):
            rest[i] = " "
    filler = re.sub(r"\b(?:il|la|lo|l|i|gli|le|e|ed|poi|infine|quindi|dal|dall|dalla|nel|nella|nell|in|a|al|alla|all|"
                    r"stagione|annata|fino|tra|fra|con|prestito|ancora|di\s+nuovo)\b|[\s,.;()]", "",
                    re.sub(r"['’]", " ", "".join(rest)), flags=re.I)
    if filler:
        return []  # not a bare list: 'Seguono due stagioni al Lecce, dove vince il campionato e ...'
    out: list[Draft] = []
    for i, m in enumerate(tms):
        nxt = tms[i + 1].span[0] if i + 1 < len(tms) else s.span[1]
        own = [t for t in txs if m.span[1] <= t.span[0] < nxt]
        start = end = None
        if own:
            t = own[0]
            if t.kind == "range" or t.type == "season":
                start, end = _years(t)
            else:
                start = t.start or t.value
        out.append(Draft(who, m.key, role, start, end, None, [s.span], "stint.colon_list", 0.55))
    for x, y in zip(out, out[1:], strict=False):  # 'l'Ascoli dall'agosto 2018, l'Empoli nella stagione 2019/20': until then
        if x.start and not x.end and y.start:
            x.end = y.start[:4]
    return out


def _usual_role(drafts: list[Draft], person: str) -> str:
    """With no cue: the person's last known role, else the role most stints of the article have."""
    own = [d.role for d in drafts if d.person == person]
    if own:
        return own[-1] if own[-1] in ("player", "sporting_director", "president") else "head_coach"
    coach = sum(1 for d in drafts if d.role != "player" and d.rule not in _IN_PASSING_RULES)
    return "head_coach" if coach > len(drafts) - coach else "player"


# rules that name a coach in passing ('la squadra di X', 'il Napoli di X'): no sign of what the article is about
_IN_PASSING_RULES = frozenset(("stint.squad_of", "stint.team_di_person", "stint.coached_by", "stint.with_coach",
                               "stint.in_passing", "stint.ct_title"))


def _cue(name: str) -> list[str]:
    """A cue list of lang/it/lexicon.toml [stint_cues]."""
    return words("stint_cues", name)


def _add(start: str, dur: Timex, sign: int = 1) -> str | None:
    """start + a duration (or minus, with sign -1), at the precision both allow: '2016' + 3 seasons = '2019'."""
    p = parse_iso(start)
    if not p:
        return None
    n, unit = sign * int(dur.parts["count"]), str(dur.parts.get("unit"))  # type: ignore[call-overload]
    if unit in ("Y", "S"):
        return str(p[0] + n) if p[1] is None else f"{p[0] + n:04d}-{p[1]:02d}"
    if unit == "M" and p[1] is not None:
        months = p[0] * 12 + p[1] - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return None


def _others_cues_blanked(text: str, a: int, b: int, others: list[Span]) -> str:
    """The clause with the words right before another person's name blanked: 'dell'esonerato Giovanni Stroppa'."""
    chars = list(text[a:b])
    for p0, _p1 in others:
        if a <= p0 < b:
            lo = max(a, p0 - 30)
            m = re.search(r"(?:dell'|l'|all')?\s*(?:esonerat\w+|dimissionari\w+|dimess\w+|partente|sollevat\w+|"
                          r"(?:esonero|dimissioni|addio|licenziamento)\s+(?:di|del|dello|dell'))\s*$", text[lo:p0])
            if m:
                for i in range(lo + m.start() - a, p0 - a):
                    chars[i] = " "
    return "".join(chars)


_CUED = "cued:"  # phase key prefix: the phase a coach's own words set ('la prima da allenatore'), not a retirement


def _set_phase(phase: dict[str, str], person: str, value: str, cued: bool = False) -> None:
    """The career phase the text has reached for person; cued when a coach's words set it."""
    phase[person] = value
    phase[_CUED + person] = value if cued else ""


def _stated(t: str) -> str:
    """The clause with what it does not state blanked: negated phrases ('a non essersi dimesso' states no
    resignation) and training camps ('nel ritiro di Auronzo' is no retirement)."""
    t = re.sub(r"\bnon\s+(?:\w+\s+){0,2}\w+", lambda m: " " * len(m.group(0)), t)
    return _TRAINING_CAMP.sub(lambda m: " " * len(m.group(0)), t)


_TRAINING_CAMP = re.compile(r"\b(?:(?:in|nel|al|dal|durante\s+il|primo\s+giorno\s+di|a)\s+)?ritiro\s+(?:di|a|estivo|precampionato|"
                            r"pre-campionato|in\s+montagna|di\s+preparazione)\b|\b(?:in|nel|al)\s+ritiro\b", re.I)
# ('al lavoro nel ritiro di Auronzo di Cadore', 'in ritiro a Dimaro': a training camp, no retirement)

def _nearest_team(t: Timex, tms: list[Mention], text: str = "") -> Mention:
    """The club a date belongs to: the nearest one, but a comma between a date and the next club keeps the date
    with the club before it ('l'Acireale nella stagione 2001/02, la Pistoiese nel 2002/03')."""
    def gap(m: Mention) -> int:
        return max(m.span[0] - t.span[1], t.span[0] - m.span[1], 0)
    if text:
        before = [m for m in tms if m.span[1] <= t.span[0] and m.how not in ("city", "region", "context")
                  and (not re.search(r"[,;:]", text[m.span[1]:t.span[0]])
                       or re.search(r",\s+\w+ndol[oaie]\b", text[m.span[1]:t.span[0]])  # 'l'Empoli in A, guidandolo nel 2004/05'
                       or re.match(r",\s+(?:con\s+cui|dove|in\s+cui|per\s+cui|con\s+(?:il|la)\s+quale)\b[^,;:]*$",
                                   text[m.span[1]:t.span[0]]))]  # 'al Torino, con cui ha collezionato 152 presenze fino al 2021'

        after = [m for m in tms if m.span[0] >= t.span[1]]
        if before and after and re.search(r"[,;]|\be\b|\bpoi\b", text[t.span[1]:min(a.span[0] for a in after)]):
            return max(before, key=lambda m: m.span[0])
    return min(tms, key=gap)


_DECIDED_END = re.compile(r"\b(?:ha|hanno|aveva|avevano)\s+(?:deciso|disposto|comunicato|annunciato|ufficializzato|"
                          r"scelto)\s+(?:di\s+\w+\s+)?(?:l'|il\s+)?(?:esonero|licenziamento|allontanamento)\b", re.I)
_DATIVE_HANDED = re.compile(r"\s*(?:(?:il|la|lo|l')\s*(?:club|società|dirigenza|proprietà|presidente|federazione)\s+|"
                            r"[A-ZÀ-Ý][\w'’]+\s+)?(?:gli|le)\s+(?:ha\s+|aveva\s+)?(?:consegnat[oa]|affidat[oa]|assegnat[oa]|"
                            r"consegnò|affidò|assegnò|offrì|ha\s+offerto)\b", re.I)
_DEBUT_WORDS = frozenset({"debutto", "esordio", "esordito", "esordì", "debuttato", "debuttò"})
_COACHED_VERB = re.compile(r"\b(?:guidò|allenò|ha\s+guidato|ha\s+allenato|aveva\s+guidato|aveva\s+allenato|guidava|allenava|"
                           r"allenati|allenata|allenato\s+dal|guidati|guidata\s+dal)\b", re.I)
_IDLE = re.compile(r"\b(?:fermo|ferma|libero|libera|senza\s+squadra|senza\s+panchina|disoccupat[oa]|inattiv[oa]|"
                   r"svincolat[oa])\s+(?:\w+\s+)?$", re.I)


def _dates(seg: list[Timex], reason: str | None, start_cue: bool, ctext: str,
           text: str = "") -> tuple[str | None, str | None]:
    ranges = [t for t in seg if t.kind == "range" or t.type == "season"]
    if ranges and text and ranges[0].type == "season" and ranges[0].end and re.search(
            r"\b(?:a|da)\s+metà\s+(?:della\s+|di\s+quella\s+)?(?:stagione\s+|annata\s+)?$",
            text[max(0, ranges[0].span[0] - 30):ranges[0].span[0]], re.I):
        mid = f"{ranges[0].end[:4]}-01"  # 'A metà della stagione 2010/11 la chiamata della Juventus': January 2011
        return (None, mid) if reason else (mid, None)
    if ranges and text and ranges[0].type == "season" and re.search(
            r"\b(?:al\s+termine|a\s+fine|alla\s+fine|a\s+conclusione)\s+(?:della|di\s+quella|dell[a']\s*)?\s*(?:stagione\s+)?$",
            text[max(0, ranges[0].span[0] - 30):ranges[0].span[0]], re.I):
        since = next((t.start or t.value for t in seg if t.prep == "from" and t is not ranges[0] and t.value), None)
        return since, ranges[0].end  # 'l'addio ai partenopei, maturato al termine della stagione 2022/23'; 'dall'ottobre
        # 2019 fino alla fine della scorsa stagione': both ends
    if ranges:
        if ranges[0].type == "season" and (ranges[0].prep == "from" or (ranges[0].anchor == "narrative" and start_cue)):
            return ranges[0].start, None  # 'Dalla stagione 2021/22 è l'allenatore', 'La stagione dopo sono andato al X'
        seasons = [t for t in ranges if t.type == "season" and t.start and t.end]
        if len(seasons) >= 2 and len(seasons) == len(ranges) and all(
                int(str(x.start)) == int(str(y.end)) for x, y in zip(seasons[1:], seasons, strict=False)):
            return seasons[0].start, seasons[-1].end  # 'nel 2004/05 e poi nella massima serie nel 2005/06'
        return _years(ranges[0])
    start = end = None
    prev: Timex | None = None
    for t in seg:
        if t.type == "duration" or t.prep == "contract":
            continue
        if start and not end and prev is not None and text and t.prep == "in" and (t.value or "") > start \
                and t.kind not in ("narr", "rel", "wd_rel", "ago") \
                and _END_BETWEEN.search(text[prev.span[1]:t.span[0]]):
            end = t.value  # 'nel novembre 2014 lo scelse ..., salvo esonerarlo il 4 giugno 2015'
            continue
        prev = t
        if t.prep == "from" and text and _IDLE.search(text[max(0, t.span[0] - 30):t.span[0]].replace("dal", "").replace("dall'", "")):
            end = end or t.value  # 'era fermo dal dicembre 2022, quando il Cagliari lo aveva esonerato': the end
            continue
        if t.prep == "until":
            end = end or t.value
        elif t.prep == "from":
            start = start or t.value
        elif start is None:
            if not start_cue and (t.text.lower() in ("oggi", "ora", "attualmente")
                                  or (t.kind == "rel" and not reason and _SAME_DAY.fullmatch(t.text))):
                continue  # 'è oggi responsabile della Next Gen', 'stamattina il tecnico della Samp X ha ricordato': a state
            if reason and not start_cue:
                end = end or t.value
            else:
                start = t.value
    return start, end


_LIST_INTRO = re.compile(r"\s*(?i:poi|quindi|infine|seguirono|in\s+seguito|successivamente|e\s+poi)\b")
# ('Quindi Académica (2013-14), Braga (14/15), Vitória Guimarães (2015-16) e, dal dicembre 2016, il Nantes.')
_DATED_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’.-]*\s+\((?:dal\s+)?(?:19|20)?\d\d[^()]{0,12}\)")  # 'Braga (14/15)'
_SAME_DAY = re.compile(r"(?:sta|questa\s+)(?:mattina|mane|sera|notte)|in\s+(?:mattinata|serata)|"
                       r"oggi\s+(?:pomeriggio|a\s+pranzo)|nel\s+pomeriggio|poco\s+fa", re.I)
_RETURN = re.compile(r"\b(?:(?:è|era|sono|ero|fu)\s+tornat[oa]\s+(?:in\s+sella|alla\s+guida|in\s+panchina|sulla\s+panchina)|"
                     r"(?:è|era|fu)\s+(?:stat[oa]\s+)?richiamat[oa]|(?:il\s+)?ritorno\s+in\s+(?:sella|panchina)|"
                     r"secondo\s+(?:ciclo|mandato))\b", re.I)
_END_BETWEEN = re.compile(r"\b(?:esonerat[oa]|esonerarl[oa]|sollevat[oa]|dimess[oa]|lasciat[oa]|lasciando|"
                          r"salvo\s+\w+|chius[oa]|conclus[oa]|risolto|mandato\s+via|ceduto|ceduta|"
                          r"(?:risoluzione|rescissione)(?:\s+consensuale)?(?:\s+del\s+(?:suo\s+)?contratto)?|"
                          r"con\s+(?:l'|un\s+|le\s+)(?:esonero|dimissioni|addio)|"
                          r"(?:prima\s+|fino\s+)?(?:dell'|all')\s*(?:esonero|addio)|(?:prima\s+|fino\s+)?(?:delle|alle)\s+dimissioni)"
                          r"\b[^.;]{0,40}$", re.I)  # ('... prima dell'esonero del febbraio 2020')
_BEGUN = re.compile(r"\b(?:ciclo|percorso|rapporto|avventura|esperienza|matrimonio|cammino|era|gestione|mandato|lavoro)\s+"
                    r"(?:\w+\s+)?(?:cominciat[oa]|iniziat[oa]|partit[oa]|avviat[oa]|apert[oa])\s+(?:nel|nell'|a|ad|il|dal|dall'|"
                    r"nella|in)?\s*$", re.I)
_EX_ROLE = re.compile(r"\b(?:l')?ex\s+(?:suo\s+)?\w+(?:\s+(?:di|del|della|dell')\s*[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)?)?")


def _no_team(ctx: Context, s: Sentence, span: Span, person: str, txs: list[Timex], reason: str | None,
             end_cue: bool, start_cue: bool, anchor: str | None, others: list[Mention],
             drafts: list[Draft], last: dict[str, Draft]) -> None:
    """A clause naming no team speaks of the person's current stint: its end, length or a promotion."""
    a, b = span
    ctext = _blank_goals(ctx.doc.text[a:b])
    cur = last.get(person)
    heads = [z for z in ctx.doc.zones if z.kind == "heading" and z.span[0] < s.span[0]]
    if cur is not None and heads and not any(heads[-1].span[0] <= e[0] for e in cur.evidence):
        section = context_team(ctx, s.span[0])
        if section and section != cur.team:
            cur = None  # 'TARANTO - ...': a new item's news is about that club, not the last one's
    club = [t for t in s.teams if t.span[1] <= a and re.fullmatch(r",?\s*(?:dove|in cui|con cui)?\s*", ctx.doc.text[t.span[1]:a])]
    if club and (re.match(r"\s*(?:che|con cui)\b", ctext) or re.search(r"(?:dove|in cui|con cui)\s*$", ctx.doc.text[max(0, a - 9):a])) \
            and reason in (None, "sacked", "resigned") \
            and (any(t.kind == "range" or t.type == "season" or t.prep in ("from", "until") for t in txs)
                 or (reason and txs)):
        # '... al Sassuolo, che aveva guidato dal 2018 al 2021', '... del Padova, dove è rimasto dal 1990 al 1996'
        own = [d for d in reversed(drafts) if d.person == person and d.team == club[-1].key]
        n_ev = len(own[0].evidence) if own else 0
        rng = [t for t in txs if t.kind == "range" or t.type == "season"]
        since = [t for t in txs if t.prep == "from"]
        until = [t for t in txs if t.prep == "until"]
        if own and rng and own[0].start and (_years(rng[0])[1] or "9999")[:4] < own[0].start[:4]:
            st0, en0 = _years(rng[0])  # 'è tornato sulla panchina del Cagliari, che aveva già guidato dal 2015 al 2017'
            drafts.append(Draft(person, own[0].team, own[0].role, st0, en0, None, [s.span], "stint.earlier_spell", 0.5))
            return
        if own and rng:
            own[0].start, own[0].end = _years(rng[0])
            own[0].evidence.append(s.span)
        elif own and since:
            own[0].start = since[0].value  # '... strappato al Brighton, che l'inglese allenava dal 2019'
            own[0].evidence.append(s.span)
        if own and reason and own[0].role != "player":
            own[0].end_reason = reason  # '... al Siena, dove è rimasto dal 2020 fino all'esonero dell'ottobre 2021'
            if not own[0].end and not rng and not until:
                plain = [t for t in txs if t.prep == "in" and t.type != "duration"]
                if plain:
                    own[0].end = plain[0].value  # '... quella alla Spal, che lo aveva sollevato nel febbraio 2023'
                    own[0].evidence.append(s.span)
        if own and until and not own[0].end and (not own[0].start or (until[0].value or "") >= own[0].start):
            own[0].end = until[0].value  # '... nel 2013 l'Under 20, che ho guidato fino al 2017'
            own[0].evidence.append(s.span)
            dur0 = next((t for t in s.timexes if t.type == "duration" and a <= t.span[0] < b), None)
            p_end = parse_iso(own[0].end)
            if dur0 and not own[0].start and p_end and str(dur0.parts.get("unit")) in ("Y", "S"):
                own[0].start = str(p_end[0] - int(dur0.parts["count"]))  # type: ignore[call-overload]  # 'dove resta quattro stagioni, fino al 2008'
        if own and len(own[0].evidence) > n_ev:
            return
    if cur is None or (reason in ("sacked", "resigned") and cur.end_reason):
        named_here = any(p.key == person for p in s.people if a <= p.span[0] < b)
        now = ctx.doc.text[:a] + _EX_ROLE.sub(lambda m: " " * len(m.group(0)), ctx.doc.text[a:b]) + ctx.doc.text[b:]
        role = _role_near(now, a, b, people=[p.span for p in s.people if p.key != person])  # 'X, ex vice di Y': not now
        same = [t for t in s.teams if t.span[1] <= a and teams()[t.key].type == "club" and not is_secondary_team(ctx.doc.text, t)
                and re.search(r"\b(?:la\s+squadra|la\s+panchina|la\s+guida)\b", ctx.doc.text[t.span[1]:b])]
        team = (same[-1].key if same and named_here else None) or context_team(ctx, s.span[0]) or (
            teams_before(ctx, s, a) if named_here else None) or (
            _main_club(ctx) if named_here and ((reason in ("sacked", "resigned") and _lead(ctx, s))
                                               or (start_cue and (has_any(s.text, _cue("succeeds"))
                                                                  or has_any(ctext, _cue("appointed_now"))))) else None)
        # ('Tre allenatori in un solo campionato ... Rudi Garcia ... è stato esonerato a novembre': the story's club)
        if team and teams()[team].parent and not is_womens(teams()[team]) \
                and re.search(r"\bprima\s+squadra\b", ctext, re.I):
            team = teams()[team].parent
        if role is None and start_cue and named_here and (_lead(ctx, s) or has_any(s.text, _cue("succeeds"))
                                                          or has_any(ctext, _cue("appointed_now"))) \
                and (_usual_role(drafts, person) != "player" or not drafts):
            role = "interim_head_coach" if re.search(r"\b(?:ad?\s+interim|traghettator[ei])\b", s.text, re.I) \
                else "head_coach"  # 'La squadra è stata affidata a X ...: i due resteranno in sella ad interim'

        own_at = next((q.span[0] for q in s.people if q.key == person and a <= q.span[0] < b), None)
        if team and own_at is not None and reason == "sacked" and _DECIDED_END.search(ctext) and re.search(
                r"\b(?:il|la)\s+(?:presidente|patron|proprietario|ds|direttore\s+sportivo|amministratore\s+delegato)\s+$",
                ctx.doc.text[max(a, own_at - 30):own_at], re.I):
            if role in ("president", "sporting_director", "other_staff"):  # 'Martedì il presidente X ha deciso l'esonero'
                d = Draft(person, team, role, None, None, None, [s.span], "stint.decided_end", 0.5)
                drafts.append(d)
                last[person] = d
            return  # the one who decided the sacking, not the one sacked
        if team and named_here and (reason in ("sacked", "resigned") or (start_cue and role and role != "player")):
            if reason in ("sacked", "resigned"):
                own_cue = own_at is not None and any(abs(a + x - own_at) <= 40 and not re.search(
                    r"\b(?:del|dello|della|dell')\s*(?:allenatore|tecnico|mister)\b", ctx.doc.text[min(own_at, a + x):max(own_at, a + x)])
                    for x, _y, _w in find_all(ctext, reasons_of(reason))) or bool(_ADVENTURE_ENDS.search(ctext))
                # (not 'X, fratello dell'allenatore appena esonerato')
                d = Draft(person, team, "head_coach", None, _date_for(txs, "end") or anchor or (
                    news_time(ctx, s) if own_cue else None), reason, [s.span],
                          "stint.end_in_context", 0.5)
                if start_cue and len(txs) >= 2:  # 'X, scelto in estate ..., è stato esonerato a novembre': both ends
                    st, en = _dates(txs, reason, True, ctext, ctx.doc.text)
                    if st and en and en > st:
                        d.start, d.end = st, en
            else:
                st, en = _dates(txs, None, True, ctext)
                st = st or _last_date(ctx, s, a) or news_time(ctx, s) or (ctx.published[:10] if ctx.published and
                                                                          has_any(ctext, _cue("appointed_now")) else None)
                d = Draft(person, team, role or "head_coach", st, en, None, [s.span], "stint.start_in_context", 0.5)
            drafts.append(d)
            last[person] = d
        return
    nxt_season = [t for t in txs if t.type == "season" and t.start]
    if nxt_season and cur.start and cur.end and cur.evidence and cur.evidence[-1] == s.span and not reason \
            and nxt_season[0].start == cur.end and re.match(r"\s*(?:e\s+)?(?:poi|quindi)?\s*(?:nel|nella|in)\b", ctext):
        cur.end = nxt_season[-1].end  # '... guidandolo in cadetteria nel 2004/05 e poi nella massima serie nel 2005/06'
        cur.evidence.append(s.span)
        return
    role = _role_near(ctx.doc.text, a, b)
    if role is None and cur.role == "youth_coach" and txs and re.search(r"\bprima\s+squadra\b", ctext, re.I) \
            and not ctext.rstrip().endswith(":"):
        role = "head_coach"  # '... prima del salto in prima squadra nella stagione 14/15'
    if role and role != cur.role and role != "player" and (
            (start_cue and has_any(ctext, ["promosso", "diventa", "nominato", "primo allenatore"]))
            or (txs and has_any(ctext, ["allenatore della prima squadra", "primo allenatore", "prima squadra"]))):
        st, en = _dates(txs, None, True, ctext)
        d = Draft(person, cur.team, role, st or cur.start or anchor, en, None, [s.span],
                  f"stint.{role}.promotion", 0.6)
        if reason in ("sacked", "resigned"):  # 'promosso in prima squadra nel 2013 ed esonerato dopo poche giornate'
            d.end_reason = reason
            if not d.end and has_any(ctext, ["prima giornata", "poche giornate", "pochi giorni", "poche settimane",
                                             "pochi mesi", "subito"]):
                d.end = d.start
        if not cur.end:
            cur.end = d.start
        drafts.append(d)
        last[person] = d
        return
    if others and not any(o.key == person for o in others) and reason:
        pass
    if cur.role == "player" and cur.start is None and txs and not reason \
            and has_any(ctext, ["debutto", "esordio", "esordito", "debuttato", "ha esordito", "ha debuttato"]):
        cur.start = _date_for(txs, "start")  # 'Il debutto in prima squadra è arrivato nella stagione 1980/81'
        cur.evidence.append(s.span)
        return
    if reason == "retired" and cur.role == "player" and not cur.end and txs:
        cur.end, cur.end_reason = _date_for(txs, "end"), "retired"  # 'Il 2019 è l'anno dell'addio al calcio giocato'
        if cur.start is None:
            cur.start = _date_for(txs, "start") if any(t.kind == "range" for t in txs) else None  # 'giocò dal 2004 al 2006 prima di'
        cur.evidence.append(s.span)
        return
    if reason in ("sacked", "resigned", "contract_end", "ended") and cur.end_reason is None and cur.role != "player":
        cur.end_reason = reason
        soon = has_any(ctext, ["prima giornata", "poche giornate", "pochi giorni", "poche settimane", "subito"])
        cue = [a + x for x, _y, _w in find_all(ctext, reasons_of(reason))]
        after_cue = [t for t in txs if cue and t.span[0] >= cue[0] and t.type != "duration"]
        cur.end = cur.end or (after_cue[0].end or after_cue[0].value if after_cue else None) or _date_for(txs, "end") \
            or (cur.start if soon else None) or (
            anchor if not cur.start or (anchor and anchor >= cur.start) else None)
        begun = next((t for t in txs if t.type != "duration" and _BEGUN.search(ctx.doc.text[max(a, t.span[0] - 40):t.span[0]])), None)
        if begun and not cur.start and (not cur.end or (begun.value or "") <= cur.end):
            cur.start = begun.start or begun.value  # 'chiudendo un ciclo cominciato nel maggio 2018'
        dur1 = next((t for t in s.timexes if t.type == "duration" and a <= t.span[0] < b), None)
        if dur1 and cur.end and not cur.start:
            cur.start = _add(cur.end[:7], dur1, -1)  # 'esonerato il 30 dicembre 2024 dopo appena sei mesi di lavoro'
        cur.evidence.append(s.span)
        return
    back = _RETURN.search(ctext)
    later = [t for t in txs if t.type != "duration" and t.prep != "until" and t.value and cur.start
             and t.value[:4] > cur.start[:4] and (not cur.end or t.value[:4] >= cur.end[:4])]
    if back and later and not reason and cur.role != "player" and _role_near(ctx.doc.text, a, b) in (None, cur.role):
        st = later[0].start or later[0].value  # 'Dopo due anni di stop era tornato in sella nel 2021': a second spell
        gap = next((t for t in s.timexes if t.type == "duration" and a <= t.span[0] < b and t.parts.get("count")
                    and str(t.parts.get("unit")) in ("Y", "S")), None)
        if not cur.end and gap and st:
            cur.end = str(int(st[:4]) - int(gap.parts["count"]))  # type: ignore[call-overload]
        d2 = Draft(person, cur.team, cur.role, st, None, None, [s.span], "stint.return", 0.55)
        drafts.append(d2)
        last[person] = d2
        return
    if start_cue and cur.start is None and txs and not reason and cur.role != "player":
        st, _en = _dates(txs, None, True, ctext)
        if st and (not cur.end or st <= cur.end):
            cur.start = st  # 'arrivato nel giugno 2021'
            cur.evidence.append(s.span)
            return
    since = [t for t in txs if t.prep == "from" and t.type != "duration"]
    if since and cur.start is None and cur.role != "player" and (not cur.end or (since[0].value or "") <= cur.end) \
            and re.search(r"\b(?:in\s+carica|alla\s+guida|in\s+sella|sulla\s+panchina|in\s+panchina)\s+(?:\w+\s+){0,3}"
                          r"(?:dal|dall'|dalla|da)\b", ctext, re.I):
        cur.start = since[0].value  # 'Il tecnico, in carica dal 2019, ha lasciato ...'
        cur.evidence.append(s.span)
    rng = [t for t in txs if t.kind == "range" or t.type == "season"]
    if rng and cur.start and cur.end and cur.evidence and cur.evidence[-1] == s.span and not reason \
            and _role_near(ctx.doc.text, a, b) in (None, cur.role) \
            and (rng[0].start or "")[:4] > cur.end[:4] and re.match(r"\s*(?:e\s+|poi\s+)?(?:nel|nella|dal|dall'|tra)\b", ctext):
        st, en = _years(rng[0])  # '... la maglia del Genoa da gennaio ad agosto 2012 e nella stagione 2013/14': a second spell
        d2 = Draft(person, cur.team, cur.role, st, en, None, [s.span], "stint.second_spell", 0.55)
        drafts.append(d2)
        last[person] = d2
        return
    if rng and cur.start is None and (cur.end is None or cur.end[:4] == (rng[0].end or "")[:4]) \
            and cur.evidence and cur.evidence[-1] == s.span \
            and has_any(ctext, _cue("stay") + ["giocò", "giocato", "gioca", "militò", "vestì", "allenò", "guidò", "guidato",
                                        "allenato", "è stato", "fu"]) \
            and not any(ctx.doc.text.find(w, a, rng[0].span[0]) >= 0 for w in ("vinto", "vinse", "conquist", "alzò")):
        cur.start, cur.end = _years(rng[0])  # 'quello con la Lazio, dove giocò dal 1998 al 2004'
        return
    until_d = _date_for(txs, "end")
    if until_d and not cur.end and end_cue and has_any(ctext, ["fino al", "fino a", "fino alla"] + _cue("stay")):
        cur.end = until_d
        cur.evidence.append(s.span)
        dur0 = next((t for t in s.timexes if t.type == "duration" and a <= t.span[0] < b), None)
        p_end = parse_iso(until_d)
        if dur0 and not cur.start and p_end and str(dur0.parts.get("unit")) in ("Y", "S"):
            cur.start = str(p_end[0] - int(dur0.parts["count"]))  # type: ignore[call-overload]  # 'resta quattro stagioni, fino al 2008'
    dur = next((t for t in s.timexes if t.type == "duration" and a <= t.span[0] < b
                    and not re.match(r"di\s", t.text, re.I) and not str(t.parts.get("unit", "")).startswith("T")), None)
        # ('un limite di due settimane', 'in meno di quarantotto ore': no stay)
    if cur and not cur.end and dur and cur.start and str(dur.parts.get("unit")) in ("Y", "S") and has_any(ctext, _cue("stay")):
        p = parse_iso(cur.start)
        if p:
            cur.end = str(p[0] + int(dur.parts["count"]))  # type: ignore[call-overload]
            cur.evidence.append(s.span)


def _date_for(txs: list[Timex], which: str) -> str | None:
    for t in txs:
        if t.type == "duration":
            continue
        if t.kind == "range" or t.type == "season":
            return t.end if which == "end" else t.start
        return t.value
    return None


def _nearest(ranges: list[Timex], m: Mention) -> Timex:
    return min(ranges, key=lambda t: abs(t.span[0] - m.span[0]))


_EX_WITH = re.compile(r"\bex\s+(?:\w+\s+){1,2}(?:di\s+[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)?\s+)?"
                      r"(?:al|alla|all'|allo|del|della|dell'|dello|delle|dei)\s*(?:\w+\s+){0,3}$")
# ('il gallese X, ex vice di Patrick Vieira al Crystal Palace ed ex direttore tecnico delle federazioni di Galles': a past)
_IN_PLACE_OF = r"\bal\s+posto\s+(?:del|dello|della|dell'|di\s+un|di\s+uno|di\s+una|di)\s*(?:[a-zà-ù]+\s+)?"
# ('al posto di Dzeko', 'al posto di un acciaccato Dzeko', 'al posto dell'ammonito Bastoni')


@lru_cache(maxsize=1)
def _substitution() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """From [match_sides]: the player a coach sends on ('manda dentro X'), the one he takes off ('... al posto di Y'),
    the one a player came on for ('entra al posto di Y'), and a sentence told inside a match ('al 60'')."""
    def alts(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("match_sides", key), key=len, reverse=True))
    sent, came, when = alts("sent_on"), alts("came_on"), alts("match_time")
    names = r"(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de\s+|di\s+|van\s+)?[A-ZÀ-Ý][\w'’.-]*)*\s*(?:,|\be\b)\s*){0,4}"
    # ('inserendo Davide Frattesi, Carlos Augusto e Marko Arnautović al posto di Nicolò Barella, Federico Dimarco e ...')
    return (re.compile(rf"\b(?:{sent})\s+(?:anche\s+)?{names}$", re.I),
            re.compile(rf"\b(?:{sent})\s+[^.;:]{{0,120}}?{_IN_PLACE_OF}{names}$", re.I),
            re.compile(rf"\b(?:{came})\s+(?:\w+\s+){{0,3}}?(?:{_IN_PLACE_OF}|per\s+)$", re.I),
            re.compile(rf"\b\d{{1,3}}(?:\+\d)?['’]|\b(?:{when})\b", re.I))


_SECONDARY = [
    (re.compile(r"\b(?:(?:vice|vice allenatore|collaboratore(?:\s+tecnico)?|assistente|(?:come|da|il|suo)\s+secondo)\s+"
                r"(?:di|del(?:\s+tecnico)?(?:\s+[a-zà-ù]+[oe])?)|collaborazione\s+con)\s+$", re.I),  # 'il vice del romeno X'
     "head_coach", None),
    (re.compile(r"\b(?:posto\s+(?:di|del|dell')|eredità\s+(?:di|del|dell')|sostituire|sostituito|dopo)\s*"
                r"(?:l'esonerato\s+|(?:dimissionari[oa]|esonerat[oa]|partente|uscente|tecnico|allenatore|collega|"
                r"connazionale)\s+)?$", re.I),
     "head_coach", "prev"),  # ('per raccogliere l'eredità del dimissionario Silvio Baldini')
    (re.compile(r"\bsubentrat[oa]\s+(?:[^,.;]{0,30}?\s)?(?:a|ad|al\s+posto\s+di)\s+$", re.I), "head_coach", "prev+"),
    # ('Al Pontedera era subentrato nell'ottobre 2022 a Pasquale Catalano')
    (re.compile(r"\b(?:dell'esonerato|l'esonerato|esonerato|esonerò|esonera|esonerano)\s+$", re.I),
     "head_coach", "sacked"),
    (re.compile(r"\b(?:guidata|guidato|allenata|allenato)\s+da\s+$", re.I), "coach_of_team", None),
    (re.compile(r"\b(?:lasciare|lasciato|lascia|lasciò|cedere|cedette|ceduto)\s+il\s+posto\s+a\s+$", re.I), "head_coach", "next"),
    (re.compile(r"\b(?:(?:sostituit[oa]|rimpiazzat[oa])\s+(?:[^,.;]{0,25}?\s)?da|per\s+far\s+posto\s+a|(?:affidò|affida|ha\s+affidato|"
                r"aveva\s+affidato)\s+la\s+(?:squadra|panchina)\s+a)\s+$", re.I), "head_coach", "next+"),
    (re.compile(r"\b(?:(?:l'|dell'|all')esonero|le\s+dimissioni|l'addio|il\s+licenziamento)\s+(?:di|del\s+tecnico)\s+$", re.I),
     "head_coach", "sacked+"),
    (re.compile(r"\b(?:erede\s+di|ha\s+sostituito|sostituì|sostituisce)\s+$", re.I), "head_coach", "prev+"),
    (re.compile(r"\b(?:del|della)\s+presidente\s+$", re.I), "president", None),
    (re.compile(r"\b(?:ha\s+seguito|aveva\s+seguito|segue|seguirà|seguì|seguire)\s+$", re.I), "head_coach", "followed"),
    # ('il collaboratore tecnico X ha seguito Luciano Spalletti in Nazionale': the one he follows holds the bench)
]


_MATE_BEFORE = re.compile(r"\b(?:trova(?:va|to)?|trovò|ritrova|ritrovò)\s+davanti\s+a\s+sé\s+$|"
                          r"\bfascia\b[^.;]{0,40}\b(?:tolta|levata|passata)\s+(?:a|ad)\s+$|"
                          r"\b(?:con\s+)?l'arrivo\s+(?:in\s+\w+\s+)?di\s+$|\bin\s+coppia\s+con\s+$", re.I)
_WAS_A_PLAYER = re.compile(r"\b(?:era|è|fu|era\s+stato|è\s+stato)\s+(?:un|uno)\s+(?:\w+\s+)?(?:attaccante|difensore|"
                           r"centrocampista|portiere|terzino|centravanti|mediano|regista|trequartista|calciatore|giocatore)\b"
                           r"|\b(?:il|l')\s*(?:ex\s+)?(?:portiere|attaccante|difensore|centrocampista|terzino|centravanti|"
                           r"regista|numero\s+uno)\s+(?-i:[A-ZÀ-Ý])"
                           r"|^\s*(?-i:(?:Ex\s+)?(?:Attaccante|Difensore|Centrocampista|Portiere|Terzino|Centravanti|Mediano|"
                           r"Regista|Trequartista|Ala|Bomber))\b(?:\s+\w+){0,3}\s+(?:cresciut[oa]|lanciat[oa]|nat[oa]|"
                           r"formatosi|svezzat[oa])\b",
                           re.I)  # ('era un attaccante', 'Come nasce il portiere Marchegiani?', 'Attaccante cresciuto nel
# vivaio del Milan, aveva esordito ...': the story of his playing years)
_HIRED_BY = re.compile(r"\b(?:chiamat[oa]\s+da|la\s+chiamata\s+di|voluto\s+da|volut[oa]\s+fortemente\s+da|"
                       r"ingaggiat[oa]\s+da)\s+$", re.I)  # a director is hired by the club's owner
_HANDED_HIM = re.compile(r"\s+(?:gli|le)\s+(?:affidò|ha\s+affidato|aveva\s+affidato|affida)\s+(?:la\s+direzione\s+sportiva|"
                         r"l'area\s+tecnica|il\s+mercato)", re.I)
_DEBUTED_BY_HIM = re.compile(r"\b(?:far|fa|fece|ha\s+fatto|aveva\s+fatto)\s+esordire\s+(?:in\s+(?:Serie\s+\w|\w+)\s+)?"
                             r"(?:un|una|il\s+giovane|la\s+giovane|il\s+sedicenne|il\s+diciassettenne)?\s*$|"
                             r"\b(?:lanciò|ha\s+lanciato|aveva\s+lanciato)\s+(?:in\s+(?:Serie\s+\w|\w+)\s+)?"
                             r"(?:un|una|il\s+giovane|la\s+giovane)?\s*$")
_LAUNCHED_BY = re.compile(r"\s+(?:lo|la|l')\s*(?:getta|gettò|ha\s+gettato|lancia|lanciò|ha\s+lanciato|fa\s+esordire|"
                          r"fece\s+esordire|ha\s+fatto\s+esordire|manda\s+in\s+campo|mandò\s+in\s+campo|"
                          r"promuove\s+titolare|promosse\s+titolare)\b")


def _side_then(ctx: Context, s: Sentence, p: Mention, current: Draft, drafts: list[Draft], strict: bool = False) -> str | None:
    """The subject's side when p is named: the last side of the sentence before p ('poi nel Brescia, con cui ...
    sotto la guida di X'), else his current club. With strict, a fixture's side counts if he has a spell with it
    and is preferred ('in Udinese-Sampdoria 1-1: Luciano Spalletti lo getta nella mischia'), and a sentence
    naming only other sides before p gives none."""
    text = ctx.doc.text
    his_teams = {d.team for d in drafts if d.person == current.person} if strict else set()
    own = [t for t in s.teams if t.span[1] <= p.span[0] and ctx.team(t.key).type == ctx.team(current.team).type
           and (t.key in his_teams or not is_secondary_team(text, t)) and not _venue(text, t, s.text)]
    if own:
        return next((t.key for t in reversed(own) if t.key in his_teams), own[-1].key)
    return None if strict and any(t.span[1] <= p.span[0] for t in s.teams) else current.team


def _in_passing(text: str, p: Mention, before: str, current: Draft) -> str | None:
    """People a player's career names in passing: 'trova davanti a sé X', 'la fascia tolta a X', 'con l'arrivo
    di X' (teammates), 'X lo getta nella mischia' (the coach)."""
    if current.role != "player" or current.person == p.key:
        return None
    if _LAUNCHED_BY.match(text, p.span[1]):
        return "head_coach"
    if _MATE_BEFORE.search(before):
        return "player"
    return None


_WANTED_AT = re.compile(r"\s+(?:lo|la|l'|mi|ci|li|le)\s*(?:volle|vuole|ha\s+voluto|aveva\s+voluto|portò|ha\s+portato|"
                        r"chiamò|ha\s+chiamato|aveva\s+chiamato|fece\s+arrivare|ha\s+fatto\s+arrivare)\s+"
                        r"(?:(?:fortemente|subito|poi|anche)\s+)?(?:all'|alla|allo|al|ad|a|nella|nel|in)\s*", re.I)
_BENCH_SINCE = re.compile(r"\s*,\s*(?:già\s+)?(?:in\s+panchina|alla\s+guida|sulla\s+panchina)\s+(?:(?:a|ad|del|della|dell'|dei)\s*"
                          r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?\s+)?(?:dal|dall'|dalla|da)\s*[^,;.]{0,25}", re.I)
_CAME_FROM = re.compile(r"\s*,?\s+(?:arrivat[oa]|prelevat[oa]|acquistat[oa]|pres[oa]|giunt[oa])\s+(?:in\s+estate\s+|a\s+gennaio\s+|"
                        r"a\s+titolo\s+definitivo\s+|in\s+prestito\s+)?(?:dall'|dallo|dalla|dal|dai|dagli|da)\s*", re.I)
_UNDER_COACH = re.compile(r"\b(?:sotto\s+la\s+(?:guida|gestione)\s+(?:tecnica\s+)?di|agli\s+ordini\s+di|"
                          r"allenat[oa]\s+da|lanciat[oa]\s+da|fatto\s+esordire\s+da)\s+$", re.I)
_COACHED_HIM = re.compile(r",\s+che\s+(?:già\s+)?(?:lo|la)\s+(?:aveva\s+|ha\s+|avrebbe\s+)?(?:già\s+)?"
                          r"(?:allenat[oa]|allenava|allena|guidat[oa]|guidava|fatto\s+esordire|lanciat[oa])\b", re.I)
_WITH = re.compile(r"(?:^|[\s,;:(])(?:[Cc]on|poi\s+con|e\s+con)\s+$")
_COACH_TIME = re.compile(r"\b(?:ciclo|cominciat[oa]|proseguit[oa]|collaborazione|scudett[oi]|titol[oi]|coppa|coppe|"
                         r"trofe[oi]|vint[oaie]|vins[ei]|abbiamo|ho\s+fatto|ho\s+vinto|stagion[ei]|anni)\b", re.I)


def _coached_by(ctx: Context, s: Sentence, p: Mention, before: str, drafts: list[Draft], current: Draft) -> bool:
    """'sotto la guida di Milena Bertolini', 'il ciclo cominciato con Antonio Conte', 'Con Fabio Capello ho fatto
    due anni': a player's coach at his club then. 'con X' is read so only when X is nowhere a player and the
    sentence tells a time or a title, not a pairing on the pitch ('con Bonucci e Chiellini ha formato ...')."""
    if current.role != "player" or not ctx.team(current.team) or ctx.team(current.team).type not in ("club", "national"):
        return False
    if any(t for t in s.teams if 0 <= t.span[0] - p.span[1] <= 6):
        return False  # 'con Antonio Conte, al Chelsea': the rule that reads the club named next handles it
    if _UNDER_COACH.search(before) or _COACHED_HIM.match(ctx.doc.text, p.span[1]):
        return True  # 'Ora ritrova Simone Inzaghi, che lo aveva allenato per poche settimane'
    if not _WITH.search(before):
        return False
    text = ctx.doc.text
    if any(d.person == p.key and d.role == "player" for d in drafts) or any(
            has_any(text[max(0, m[0] - 30):m[0]], _cue("player")) for m in ctx.mentions.entities[p.key].mentions
            if p.key in ctx.mentions.entities):
        return False
    coach_told = any(d.person == p.key and d.role in ("head_coach", "interim_head_coach") for d in drafts)
    return coach_told or bool(_COACH_TIME.search(s.text)) and not re.search(
        r"\b(?:coppia|reparto|difesa|attacco|centrocampo|tandem|compagn[oi]|formato|insieme)\b", s.text, re.I)


def _opt(v: object) -> str | None:
    return None if v is None else str(v)


def _since_after(s: Sentence, text: str, pos: int) -> tuple[str | None, str | None]:
    """The 'dal 2021' (or 'dal 2019 al 2021') right after a name: the spell's start (and end)."""
    t = next((t for t in s.timexes if t.value and t.prep == "from" and t.type != "duration"
              and re.fullmatch(r"\s*(?:(?:dal|dalla|dall'|da)\s*)?", text[pos:t.span[0]])), None)
    if t is None:
        return None, None
    return (_opt(t.start), _opt(t.end)) if t.kind == "range" else (t.value, None)


_HIS_STAFF = re.compile(r"\s*,\s*che\s+(?:lo|la|l['’])\s*(?:ha|aveva)\s+(?:volut|chiamat|portat)[oa]\s+(?:con\s+sé\s+)?"
                        r"(?:nel|nello)\s+(?:suo\s+)?staff\b", re.I)
_LED_BY = re.compile(r",\s+(?:guidat[oa]|allenat[oa])\s+(?:da|dal|dalla)\s+(?:(?:tecnico|mister|ct)\s+)?")


def _secondary(ctx: Context, s: Sentence, drafts: list[Draft], current: Draft | None,
               owners: dict[Span, Draft] | None = None) -> None:
    """Facts about people named inside someone else's sentence: 'vice di X', 'al posto di X', 'l'Inter di X'."""
    text = ctx.doc.text
    sentence_current = current
    sent_on, taken_off, came_on, match_time = _substitution()
    in_match = bool(match_time.search(s.text))  # a substitution told inside a match: 'al 60'', 'nella ripresa'
    for p in s.people:
        current = (owners or {}).get(p.span, sentence_current)
        before = text[max(s.span[0], p.span[0] - 40):p.span[0]]
        vice_of = re.match(r"\s*,\s*(?:già\s+|ex\s+)?(?:suo\s+)?(?:vice|collaboratore tecnico|assistente)\s+(?:di|del tecnico)\s+",
                           text[p.span[1]:p.span[1] + 40])
        if vice_of:
            boss = [q for q in s.people if q.span[0] == p.span[1] + vice_of.end()]
            led = [d.team for d in drafts if boss and d.person == boss[0].key and d.role == "head_coach"
                   and ctx.team(d.team).type == "club"]
            team = (led[-1] if len(set(led)) == 1 else None) or _context_team(ctx, s, p, None) or context_team(ctx, s.span[0])
            # ('affidata a Giovanni Martusciello, vice di Sarri': the club Sarri coached)
            if boss and team:
                drafts.append(Draft(p.key, team, "assistant_coach", None, None, None, [s.span], "stint.vice_of", 0.5))
                if not vice_of.group(0).lstrip(", ").startswith("ex") and not any(
                        d.person == boss[0].key and d.team == team for d in drafts):
                    drafts.append(Draft(boss[0].key, team, "head_coach", None, None, None, [s.span], "stint.vice_of", 0.5))
                    # ('X, vice di Antonio Conte alla Juventus, ha vinto lo scudetto': Conte coached the Juventus)
        in_brackets = next((t for t in s.teams if text[p.span[1]:t.span[0]] == " (" and text[t.span[1]:t.span[1] + 1] == ")"),
                           None)
        if in_brackets is not None and ctx.team(in_brackets.key).type == "club" \
                and not any(d.person == p.key and d.team == in_brackets.key for d in drafts):
            drafts.append(Draft(p.key, in_brackets.key, "player", None, None, None, [s.span], "stint.club_in_brackets", 0.5))
            squad_of = _called_up_side(ctx, s)
            if squad_of and not any(d.person == p.key and d.team == squad_of for d in drafts):
                drafts.append(Draft(p.key, squad_of, "player", None, None, None, [s.span], "stint.called_up", 0.5))
            continue  # a squad list: 'Portieri: Rachele Baldi (Inter), Francesca Durante (Fiorentina)'
        benched = _BENCH_SINCE.match(text, p.span[1]) or (
            re.search(r"\b(?:[Ii]n|[Ss]ulla)\s+panchina\s+(?:c'era|c'è|sedeva|siede|c'erano)\s+$", before) and None)
        on_bench = benched or re.search(r"\b(?:[Ii]n|[Ss]ulla)\s+panchina\s+(?:c'era|c'è|sedeva|siede)\s+$", before)
        if on_bench and not any(d.person == p.key and d.role in ("head_coach", "interim_head_coach") for d in drafts):
            named = [t for t in s.teams if benched and benched.start() <= t.span[0] < benched.end()
                     and ctx.team(t.key).type == "club"]
            place = [m for m in _city_mentions(ctx, s) if benched and benched.start() <= m.span[0] < benched.end()]
            team = (named or place)[0].key if (named or place) else (
                _national_context(ctx, s, p) or context_team(ctx, s.span[0]) or _main_club(ctx))
            since = [t for t in s.timexes if benched and benched.start() <= t.span[0] <= benched.end() + 2 and t.value
                     and t.type != "duration"]
            began = (since[0].start or since[0].value) if since else (
                _tenure_start(ctx, s, benched.start(), benched.end() + 2, benched.group(0)) if benched else None)
            if team:  # 'Con Stefano Pioli, in panchina dall'ottobre 2019, ...', 'In panchina c'era Moreno Longo, ...'
                d = Draft(p.key, team, "head_coach", began, None, None,  # ('in panchina da un anno': back from the day)
                          [s.span], "stint.on_the_bench", 0.5)
                _apposition_dates(ctx, s, p, d)
                drafts.append(d)
                continue
        came = _CAME_FROM.match(text, p.span[1])
        src = next((t for t in s.teams if came and t.span[0] == came.end() and ctx.team(t.key).type == "club"), None) \
            if came else None
        coachy = re.search(r"\b(?:in\s+carica|panchina|allenatore|tecnico|l'era\s+di)\b", s.text, re.I)
        if src is not None and current is not None and current.person != p.key and not coachy \
                and not any(d.person == p.key for d in drafts):
            latest = max((d for d in drafts if d.person == current.person and d.role == "player"),
                         key=lambda d: d.start or "", default=None)  # 'Con lui completerà la mediana, con X arrivato dal Y'
            here = (latest.team if latest is not None else None) or _main_club(ctx) or context_team(ctx, s.span[0])
            drafts.append(Draft(p.key, src.key, "player", None, None, "transferred", [s.span], "stint.came_from", 0.5))
            if here and here != src.key:  # 'con Douglas Luiz arrivato dall'Aston Villa e Khephren Thuram prelevato dal Nizza'
                drafts.append(Draft(p.key, here, "player", None, None, None, [s.span], "stint.came_from", 0.5))
            continue
        chaired = re.search(r"\b(?:presiedut[oa]|guidat[oa]\s+dal\s+presidente|di\s+propriet[àa]\s+(?:di|del|della))\s+(?:da\s+)?$",
                            before)
        if chaired:  # 'la nota del club presieduto da Saverio Sticchi Damiani'
            club = [t for t in s.teams if t.span[1] <= p.span[0] and ctx.team(t.key).type == "club"]
            team = club[-1].key if club else (context_team(ctx, s.span[0]) or _main_club(ctx))
            if team and not any(d.person == p.key and d.team == team for d in drafts):
                drafts.append(Draft(p.key, team, "president", None, None, None, [s.span], "stint.chaired_by", 0.5))
                continue
        wanted = _WANTED_AT.match(text, p.span[1]) or (
            WANTED_BY.search(before) and re.compile(r"\s+(?:all'|alla|allo|al|ad|a|in)\s*").match(text, p.span[1]))
        wanted_at = next((t for t in s.teams if wanted and t.span[0] == wanted.end()
                          and ctx.team(t.key).type == "club"), None) if wanted else None
        if wanted_at is not None and current is not None and current.person != p.key \
                and not any(d.person == p.key and d.team == wanted_at.key for d in drafts):
            hirer = "president" if current.role != "player" or has_any(s.text, _cue("director_phase")) else "head_coach"
            drafts.append(Draft(p.key, wanted_at.key, hirer, None, None, None, [s.span], "stint.wanted_at", 0.5))
            continue  # 'Helenio Herrera lo volle all'Inter': the coach then; 'mi ha chiamato Preziosi al Genoa': the owner
        colours = re.match(r"\s*,\s*(?:già\s+|ex\s+)?", text[p.span[1]:p.span[1] + 12])
        worn = next((t for t in s.teams if colours and t.span[0] == p.span[1] + colours.end()
                     and t.how in ("nick", "demonym") and ctx.team(t.key).type == "club"), None)
        span_told = next((t for t in s.timexes if worn and 0 < t.span[0] - worn.span[1] <= 2 and t.value
                          and (t.kind == "range" or t.prep == "from" or t.type == "season")), None)
        if worn is not None and span_told is not None and not any(d.person == p.key and d.team == worn.key for d in drafts):
            w_start, w_end = _years(span_told) if span_told.kind == "range" or span_told.type == "season" else (
                span_told.start or span_told.value, None)
            drafts.append(Draft(p.key, worn.key, "player", w_start, w_end, None, [s.span], "stint.colours_apposition", 0.5))
            continue  # '... trasformato dall'ex di turno Hakan Calhanoglu, rossonero dal 2017 al 2021, ...'
        # TEAM di PERSON: 'l'Inter di Simone Inzaghi', 'la Sampdoria del presidente Paolo Mantovani'
        team_before = [t for t in s.teams if 0 < p.span[0] - t.span[1] <= 25]
        if team_before and re.fullmatch(r"\s+(?:di|del|della)\s+(?:presidente\s+)?",
                                        text[team_before[-1].span[1]:p.span[0]]):
            tb = team_before[-1]
            in_colours = tb.how in ("nick", "demonym") and bool(re.search(
                r"\b(?:in|con\s+la\s+maglia)\s+$", text[max(0, tb.span[0] - 20):tb.span[0]]))
            # ('il primo gol in nerazzurro di Davide Frattesi': his goal in the colours, so he plays there)
            if in_colours and re.search(r"\b(?:gol|rete|reti|presenz[ae]|partit[ae]|doppietta|tripletta)\s+(?:\w+\s+){0,2}"
                                        r"(?:in|con\s+la\s+maglia)\s+$", text[max(0, tb.span[0] - 40):tb.span[0]]) \
                    and ctx.team(tb.key).type in ("club", "national") \
                    and not any(d.person == p.key and d.team == tb.key for d in drafts):
                drafts.append(Draft(p.key, tb.key, "player", None, None, None, [s.span], "stint.goal_in_colours", 0.5))
                continue
            if not in_colours:
                role = "president" if "presidente" in text[tb.span[1]:p.span[0]] else "head_coach"
                drafts.append(Draft(p.key, tb.key, role, None, None, None, [s.span], "stint.team_di_person", 0.5))
                continue
        bench_of = re.search(r"\b(?:la\s+panchina|le\s+panchine|quella)\s+di\s+$", before)
        at_club = [t for t in s.teams if bench_of and 0 <= t.span[0] - p.span[1] <= 8 and re.fullmatch(
            r"\s+(?:a|al|alla|all'|del|della|dell'|dello)\s*", text[p.span[1]:t.span[0]]) and ctx.team(t.key).type == "club"]
        if at_club:  # 'erano già saltate due panchine: quella di Fabio Castori a Perugia e quella di Rolando Maran a Pisa'
            fell = bool(re.search(r"\b(?:saltat[ae]|esonerat[oi]|esonero|sollevat[oi])\b", s.text, re.I))
            when = ctx.published[:7] if fell and ctx.published and _lead(ctx, s) else None  # news of these days
            drafts.append(Draft(p.key, at_club[0].key, "head_coach", None, when, "sacked" if fell else None, [s.span],
                                "stint.bench_of", 0.5))
            continue
        called = re.search(r"\b(?:convocazion[ei]|chiamata|prima\s+chiamata)\s+(?:in\s+azzurro\s+|in\s+[Nn]azionale\s+)?"
                           r"(?:di|firmata\s+da|del\s+ct|del\s+commissario\s+tecnico)\s+$|\bconvocat[oaie]\s+da\s+$"
                           r"|\b(?:nello\s+staff|collaboratore|collaboratrice|assistente)\s+(?:tecnico\s+)?di\s+$", before)
        nat_here = _national_context(ctx, s, p) if called else None
        if nat_here and not [t for t in s.teams if 0 <= t.span[0] - p.span[1] <= 8 and ctx.team(t.key).type == "club"]:
            drafts.append(Draft(p.key, nat_here, "head_coach", None, None, None, [s.span], "stint.national_coach_of", 0.5))
            continue  # 'la convocazione di Marcello Lippi per il Mondiale', 'nello staff di Roberto Mancini in Nazionale'
        wanted = re.match(r"\s+mi\s+(?:volle|ha\s+voluto|chiamò|ha\s+chiamato|portò|ha\s+portato)\s+con\s+sé\b",
                          text[p.span[1]:p.span[1] + 40])
        if wanted and ctx.protagonist and ctx.protagonist != p.key:
            mine = next((d for d in reversed(drafts) if d.person == ctx.protagonist and d.role != "player"), None)
            team = _national_context(ctx, s, p) or (mine.team if mine else None)
            if team:  # 'Gian Piero Ventura mi volle con sé': the interviewee joined his staff
                drafts.append(Draft(p.key, team, "head_coach", None, None, None, [s.span], "stint.wanted_me", 0.5))
                continue
        ct = re.search(r"\b(?:(il|del|dal|al|col)|la|della|dalla|alla|con\s+la)\s+(?:ct|c\.t\.|commissario\s+tecnico|"
                       r"commissaria\s+tecnica)\s+(?:azzurr[oa]\s+|della\s+Nazionale\s+|dell'Italia\s+)?"
                       r"(?:(?:era|è|fu|sarà|era\s+ancora|era\s+già)\s+)?$", before, re.I)  # ('il ct era Cesare Prandelli')
        side = ("italia" if ct.group(1) else "italia-femminile") if ct else None
        if ct and side and side in teams() and not [t for t in s.teams if 0 <= t.span[0] - p.span[1] <= 8]:
            drafts.append(Draft(p.key, side, "head_coach", None, None, None, [s.span], "stint.ct_title", 0.5))
            _apposition_dates(ctx, s, p, drafts[-1])
            continue  # 'il ct azzurro Roberto Mancini', 'la ct Milena Bertolini, alla guida delle azzurre dal 2017'
        squad = re.search(r"\b(?:(contro|con|battendo|superando)\s+)?(?:la|alla|della|dalla)\s+(?:squadra|rosa)\s+(?:di|del\s+tecnico|"
                          r"dell'allenatore)\s+$", before, re.I)
        if squad:  # 'la squadra di Sergio Conceição ha rimontato ...', 'contro la squadra di Vincenzo Italiano'
            clubs = [t for t in s.teams if ctx.team(t.key).type in ("club", "national")]
            if squad.group(1):
                own_side = next((t.key for t in clubs if t.span[1] <= p.span[0] and not is_secondary_team(text, t)), None)
                others = [t.key for t in clubs if t.key != own_side]
                pick = others[-1] if others else None
            else:
                prior = [t for t in clubs if t.span[1] <= p.span[0] and not is_secondary_team(text, t)]
                pick = prior[-1].key if prior else (context_team(ctx, s.span[0]) or _main_club(ctx))
            if pick:
                drafts.append(Draft(p.key, pick, "head_coach", None, None, None, [s.span], "stint.squad_of", 0.5))
                continue
        colon = text.rfind(":", s.span[0], p.span[0])
        listed_in = _LISTED_PLAYERS.search(text[s.span[0]:colon]) if colon > 0 else None
        if listed_in and not [q for q in s.people if colon < q.span[0] < p.span[0] and
                              re.search(r"[;.]", text[q.span[1]:p.span[0]])]:
            sides_before = [t for t in s.teams if s.span[0] <= t.span[0] < colon and not is_secondary_team(text, t)]
            if sides_before:  # 'Con lui hanno debuttato in azzurro altri cinque giocatori: Davide Frattesi del Sassuolo, ...'
                debut = re.search(r"debutt|esord", listed_in.group(0), re.I)
                drafts.append(Draft(p.key, sides_before[-1].key, "player", _last_day(ctx, s) if debut else None, None, None,
                                    [s.span], "stint.listed_players", 0.5))
        team_after = [t for t in s.teams if 0 <= t.span[0] - p.span[1] <= 8]
        if team_after and re.fullmatch(r"\s+(?:del|dell'|della|dello)\s*", text[p.span[1]:team_after[0].span[0]]):
            cued = (ctx.doc.zone_of(s.span[0]) == "caption" or has_any(s.text, _cue("player"))
                    or re.search(r"\b(?:classe\s+(?:19|20)\d\d|convocat\w+|esordient\w+|debuttat\w+|titolar\w+|"
                                 r"in\s+campo|gol|rete|reti)\b", s.text, re.I))  # 'Davide Frattesi del Sassuolo, classe 1999'
            if cued or not any(d.person == p.key for d in drafts):
                drafts.append(Draft(p.key, team_after[0].key, _title_role(text, p.span[0]) or "player", None,
                                    None, None, [s.span], "stint.person_of_team", 0.5))
                continue  # ('né il tecnico Marco Baroni della Lazio': the title says what he is there)
        after_p = text[p.span[1]:min(s.span[1], p.span[1] + 40)]
        bench = re.match(r"\s+(?:sulla|alla)\s+(?:panchina|guida)\s+(?:del|della|dell'|dei)?\s*", after_p)
        if bench:
            near = [t for t in s.teams if t.span[0] >= p.span[1] and t.span[0] - p.span[1] <= bench.end() + 2]
            if near:
                drafts.append(Draft(p.key, near[0].key, "head_coach", None, None, None, [s.span],
                                    "stint.sulla_panchina", 0.5))
                continue
        youth = re.search(r"\b(?:il|al|dal|del)\s+(?:tecnico|allenatore)\s+(?:della|dell')\s*(?:Primavera|Under\s*\d+)"
                          r",?\s+$", before)
        if youth:
            own = [t for t in s.teams if t.span[1] <= p.span[0] and ctx.team(t.key).type == "club"
                   and not is_secondary_team(text, t) and not former_list(text, t.span[0])]
            team = (own[-1].key if own else None) or context_team(ctx, s.span[0]) or teams_before(ctx, s)
            if team:
                drafts.append(Draft(p.key, team, "youth_coach", None, _last_date(ctx, s, p.span[0]), None, [s.span],
                                    "stint.youth_apposition", 0.5))
        group_of = [t for t in s.teams if t.span[1] <= p.span[0] and p.span[0] - t.span[1] <= 70
                    and re.search(r"\b(?:i|gli|le)\s+(?:due|tre|quattro|cinque)\s+(?:del|della|dell'|dello|dei)\s*$",
                                  text[max(0, t.span[0] - 20):t.span[0]])
                    and re.fullmatch(r"(?:\s|,|\be\b|\bclasse\s+\d{4}|[A-ZÀ-Ý][\w'’.-]*)*", text[t.span[1]:p.span[0]])]
        if group_of and ctx.team(group_of[-1].key).type == "club":  # 'i due del Torino Samuele Ricci, classe 2001, e Tommaso Pobega'
            drafts.append(Draft(p.key, group_of[-1].key, "player", None, None, None, [s.span], "stint.group_of", 0.5))
            continue
        now_at = re.match(r"\s*,\s*(?:[^,;:.]{0,50}\s)?(?:oggi|ora|attualmente|adesso)\s+(?:all'|alla|allo|al|ai|in\s+forza\s+al|"
                          r"in\s+forza\s+alla|in\s+forza\s+all')\s*", text[p.span[1]:p.span[1] + 80])
        at_team = [t for t in s.teams if now_at and t.span[0] == p.span[1] + now_at.end()]
        if at_team and ctx.team(at_team[0].key).type == "club":  # 'Leonardo Bonucci, compagno di mille battaglie e oggi all'Union Berlino'
            drafts.append(Draft(p.key, at_team[0].key, _usual_role(drafts, p.key) if any(d.person == p.key for d in drafts)
                                else "player", None, None, None, [s.span], "stint.now_at", 0.5))
            continue
        on_pitch = re.match(r"\s+in\s+campo\b", text[p.span[1]:p.span[1] + 12])
        if on_pitch and current is not None and current.person != p.key:
            drafts.append(Draft(p.key, current.team, "player", None, None, None, [s.span], "stint.in_campo", 0.5))
            continue  # '... con Eriksson in panchina e Roberto Mancini in campo'
        mate_at = re.match(r",\s+(?:suo|il\s+suo|già)?\s*(?:vecchio\s+|ex\s+)?compagn[oa]\s+di\s+squadra\s+", text[p.span[1]:p.span[1] + 50])
        if mate_at:
            at = [t for t in s.teams if t.span[0] >= p.span[1] and _MATES_AT.search(text[max(p.span[1], t.span[0] - 60):t.span[0]])]
            for t in at:  # 'Roberto Mancini, suo vecchio compagno di squadra alla Sampdoria e alla Lazio'
                drafts.append(Draft(p.key, t.key, "player", None, None, None, [s.span], "stint.team_mate_at", 0.5))
        mate = re.match(r"\s+(?:un|il suo|suo)?\s*(?:compagno|compagna)\s+di\s+squadra", text[p.span[1]:p.span[1] + 35]) or \
            re.search(r"\b(?:il|suo|vecchio)\s+compagno\s+(?:di\s+squadra\s+)?$", before)
        if mate and current is not None and current.person != p.key and current.role == "player":
            drafts.append(Draft(p.key, current.team, "player", None, None, None, [s.span], "stint.team_mate", 0.5))
            continue
        bracket = _STAFF_BRACKET.match(text[p.span[1]:p.span[1] + 45])
        if not bracket:  # 'Francesco Sinatti e Francesco Cacciapuoti (preparatori atletici)': one plural bracket
            end = p.span[1]
            for q in (q for q in s.people if q.span[0] > p.span[1]):
                if not re.fullmatch(r"\s*(?:,|\be\b)\s*", text[end:q.span[0]]):
                    break
                end = q.span[1]
            plural = _STAFF_BRACKET.match(text[end:end + 45]) if end > p.span[1] else None
            bracket = plural if plural and re.match(_PLURAL_STAFF, plural.group(1), re.I) else None
        if bracket:
            team = context_team(ctx, s.span[0]) or _main_club(ctx) or _boss_team(ctx, s, drafts)
            if team:
                r = "other_staff" if re.match(r"(?:team manager|medic|fisioterapist|osservator|capo\s+delegazione|"
                                              r"segretari|addett|responsabil|nutrizionist|psicolog|magazzinier)",
                                              bracket.group(1), re.I) \
                    else "assistant_coach"
                after = re.split(r"[.;]|,\s+[A-ZÀ-Ý]", text[p.span[1]:p.span[1] + 140])[0]
                start = ctx.published[:10] if ctx.published and (has_any(s.text, ["nuovo staff", "staff"])
                                                                 or news_time(ctx, s)) \
                    and not has_any(after, ["da dieci anni", "restano", "confermat"]) \
                    and not re.search(r"\bgià\b(?![^.;]{0,30}\b(?:a|al|alla|all'|allo|nel|nella)\s+[A-ZÀ-Ý])", after) \
                    and not has_any(text[s.span[0]:p.span[0]], ["restano", "resta", "rimangono", "rimane", "confermat"]) \
                    else None
                went_along = bool(re.search(r"\b(?:con\s+lui|insieme\s+a\s+lui|se\s+ne\s+va|se\s+ne\s+vanno|lasciano)\b", s.text, re.I))
                gone = next((d for d in reversed(drafts) if d.person != p.key and d.team == team and d.role in (
                    "head_coach", "interim_head_coach") and d.end_reason in ("sacked", "resigned") and d.evidence and (
                    d.evidence[-1] == s.span or went_along and _sentence_index(ctx, d.evidence[-1]) == s.index - 1)), None)
                if gone is not None:  # '... sollevato dall'incarico X e, insieme a lui, Y (vice)': the staff goes with him
                    drafts.append(Draft(p.key, team, r, None, gone.end, gone.end_reason, [s.span], "stint.staff_bracket", 0.5))
                    continue
                drafts.append(Draft(p.key, team, r, start, None, None, [s.span], "stint.staff_bracket", 0.5))
                continue
        along = re.search(r"\binsieme\s+(?:al|alla|ai)\s+(vice|preparatore atletico|preparatore dei portieri|"
                          r"collaboratore tecnico|match analyst|ds|direttore sportivo)\s+$", before, re.I)
        if along and current is not None and current.person != p.key:
            r = {"vice": "assistant_coach", "collaboratore tecnico": "assistant_coach", "ds": "sporting_director",
                 "direttore sportivo": "sporting_director"}.get(along.group(1).lower(), "assistant_coach")
            drafts.append(Draft(p.key, current.team, r, None, current.end, current.end_reason, [s.span],
                                "stint.along_with", 0.5))
            continue
        promoted = re.search(r"\b(?:la\s+)?promozione\s+(?:di|del)\s+$", before)
        if promoted and current is not None and current.person != p.key:
            tx = [t for t in s.timexes if t.value and t.type != "duration"]
            drafts.append(Draft(p.key, current.team, "head_coach", current.end or (tx[-1].value if tx else None), None,
                                None, [s.span], "stint.promoted_successor", 0.5))
            continue
        swap = re.search(r"\b(?:sostituendo|sostituito|rimpiazzando|sostituire)\s+$", before)
        if swap:
            with_next = [q for q in s.people if 0 < q.span[0] - p.span[1] <= 6 and re.fullmatch(r"\s+con\s+", text[p.span[1]:q.span[0]])]
            team = _context_team(ctx, s, p, None) or context_team(ctx, s.span[0])
            if with_next and team:
                drafts.append(Draft(p.key, team, "head_coach", None, None, None, [s.span], "stint.replaced", 0.5))
                drafts.append(Draft(with_next[0].key, team, "head_coach", None, None, None, [s.span], "stint.replacement", 0.5))
                continue
        tail = r"\s+(?:in\s+panchina|allenatore|alla\s+guida|commissario\s+tecnico|ct|tecnico)\b"
        coach_with = bool(re.search(r"\bcon\s+$", before) and re.match(tail, text[p.span[1]:p.span[1] + 24]))
        if not coach_with and re.search(r"\bcon\s+$", before):  # 'prima con X e poi con Y in panchina': both coached
            nxt = next((q for q in s.people if q.span[0] > p.span[1]), None)
            coach_with = bool(nxt and re.fullmatch(r"\s+e\s+(?:poi\s+|quindi\s+|in\s+seguito\s+|dopo\s+)?(?:con\s+)?",
                                                   text[p.span[1]:nxt.span[0]])
                              and re.match(tail, text[nxt.span[1]:nxt.span[1] + 24]))
        if coach_with:
            tms = [t for t in s.teams if t.span[1] <= p.span[0] and not is_secondary_team(text, t)] + \
                [t for t in _city_mentions(ctx, s) if t.span[1] <= p.span[0]]
            tms.sort(key=lambda t: t.span)
            if re.match(r"\s+(?:commissario\s+tecnico|ct)\b", text[p.span[1]:p.span[1] + 24]):
                tms = [t for t in tms if ctx.team(t.key).type == "national"] or \
                    [Mention(p.span, "team", "italia", "context")]  # 'con Roberto Mancini commissario tecnico'
            team = tms[-1].key if tms else (current.team if current else None)
            if team:
                lo = max(text.rfind(";", s.span[0], p.span[0]), text.rfind(", ", s.span[0], p.span[0]), s.span[0])
                st = [t for t in s.timexes if t.value and (t.kind == "range" or t.type == "season") and lo <= t.span[0] < p.span[0]]
                a0, b0 = _years(st[-1]) if st else (None, None)
                drafts.append(Draft(p.key, team, "head_coach", a0, b0, None, [s.span], "stint.with_coach", 0.5))
                continue
        staff = _STAFF_BEFORE.search(before) or _staff_listed(text, s, p) or _STAFF_TASK.search(before) \
            or _staff_list(text, s, p)
        post = _STAFF_AFTER.match(text, p.span[1])
        told_here = [d for d in drafts if d.person == p.key and d.evidence and d.evidence[-1] == s.span]
        if staff or post:
            title = (staff or post).group("t").lower()  # type: ignore[union-attr]
            role = "other_staff" if re.match(r"(?:capo\s+delegazion|team\s+manager|club\s+manager|medic|fisioterap)", title) \
                else "assistant_coach"
            gone = _gone_with(ctx, s, p, drafts)
            team = gone.team if gone else _staff_team(ctx, s, p, drafts)
            for d in told_here:
                if d.guessed and d.team == team:
                    d.role, d.guessed = role, False  # '... toccherà allo spagnolo Jordi Garcia, già al Real Madrid'
            if team and not any(d.team == team and d.role == role for d in told_here):
                drafts.append(Draft(p.key, team, role, None, gone.end if gone else None, gone.end_reason if gone else None,
                                    [s.span], "stint.staff_title", 0.5))
                continue  # 'il vice Alberico Evani, i collaboratori tecnici Fausto Salsano e Attilio Lombardo'
        titled = _TITLE.search(before)
        if titled:
            role = _TITLE_ROLE.get(titled.group(1).lower(), "sporting_director")
            gone = _gone_with(ctx, s, p, drafts) if role != "president" else None
            team = gone.team if gone else _context_team(ctx, s, p, titled.group(2))
            if team:  # 'Via anche il direttore dell'area tecnica Giorgio Perinetti, il ds Luigi Condò'
                drafts.append(Draft(p.key, team, role, None, gone.end if gone else None,
                                    "sacked" if gone else None, [s.span], "stint.title_name", 0.5))
                continue
        app_role = re.match(r"(?:\s*,\s*(?:oggi|ora|attuale|già|ex|(?:nel\s+frattempo\s+)?(?:diventato|divenuto))?|"
                            r"\s+(?:diventat[oa]|divenut[oa]|nominat[oa]|elett[oa]))\s*"
                            r"(commissario tecnico|commissaria tecnica|ct|allenatore|allenatrice|tecnico|"
                            r"presidente|presidentessa|direttore sportivo|direttrice sportiva|ds|vice allenatore|vice)\s+"
                            r"(?:delle|degli|della|dello|dell'|dei|del)\b\s*",
                            text[p.span[1]:p.span[1] + 60])
        if app_role:
            near = [t for t in s.teams if 0 <= t.span[0] - (p.span[1] + app_role.end()) <= 2]
            if not near and re.match(r"(?:club|società)\b", text[p.span[1] + app_role.end():p.span[1] + app_role.end() + 8]):
                the_club = _main_club(ctx) or context_team(ctx, s.span[0])  # 'Giuseppe Marotta diventato presidente del club'
                near = [Mention((p.span[1] + app_role.end(), p.span[1] + app_role.end() + 4), "team", the_club, "context")] \
                    if the_club else []
            if near:
                r = {"presidente": "president", "presidentessa": "president", "direttore sportivo": "sporting_director",
                     "direttrice sportiva": "sporting_director", "ds": "sporting_director",
                     "vice allenatore": "assistant_coach", "vice": "assistant_coach"}.get(app_role.group(1).lower(),
                                                                                          "head_coach")
                since = [t for t in s.timexes if t.prep == "from" and 0 <= t.span[0] - near[0].span[1] <= 8 and t.value]
                drafts.append(Draft(p.key, near[0].key, r, since[0].start or since[0].value if since else None, None, None,
                                    [s.span], "stint.apposition_role", 0.5))  # '..., commissaria tecnica delle azzurre dal 2017'
                continue
        appo = re.match(r"\s*,\s*(?:già\s+)?(esonerat\w+|dimess\w+|sollevat\w+|silurat\w+)\b", text[p.span[1]:p.span[1] + 30])
        if appo:
            heir = current is not None and current.person != p.key and re.search(
                r"\b(?:eredità|posto)\s+(?:di|del|dell')\s*$", before)  # 'X raccoglie l'eredità di Y, sollevato ...'
            nat = _national_context(ctx, s, p)
            later = [q.span[0] for q in s.people if q.span[0] > p.span[1]]
            told = [t.span[0] for t in s.teams if t.key == nat]
            if nat and later and told and min(told) > min(later):
                nat = None  # ('X, esonerato a novembre, ... e Y, senza lasciare la guida della nazionale slovacca': Y's)
            team = (current.team if heir and current else None) or nat or _context_team(ctx, s, p, None)
            tx = [t for t in s.timexes if 0 <= t.span[0] - p.span[1] <= 60 and t.value and t.type != "duration"]
            if team:
                reason = "resigned" if appo.group(1).lower().startswith("dimess") else "sacked"
                drafts.append(Draft(p.key, team, "head_coach", None, tx[0].value if tx else None, reason,
                                    [s.span], "stint.apposition_end", 0.5))
                continue
        staffed = _HIS_STAFF.match(text, p.span[1])
        if staffed:  # 'Roberto De Zerbi, che lo ha voluto nel suo staff al Benevento e poi al Sassuolo': he coached there
            stop = min([x for x in (text.find(";", staffed.end(), s.span[1]), text.find(":", staffed.end(), s.span[1])) if x >= 0]
                       or [s.span[1]])
            for t in s.teams:
                if staffed.end() <= t.span[0] < stop and ctx.team(t.key).type == "club" \
                        and not any(d.person == p.key and d.team == t.key for d in drafts):
                    drafts.append(Draft(p.key, t.key, "head_coach", None, None, None, [s.span], "stint.his_staff", 0.5))
        led_side = next((t for t in s.teams if t.span[1] <= p.span[0] and _LED_BY.fullmatch(text, t.span[1], p.span[0])), None)
        if led_side is not None and ctx.team(led_side.key).type in ("club", "national"):
            led_start, led_end = _since_after(s, text, p.span[1])
            led_told = next((d for d in drafts if d.person == p.key and d.team == led_side.key), None)
            if led_told is None:
                drafts.append(Draft(p.key, led_side.key, "head_coach", led_start, led_end, None, [s.span], "stint.guidata_da", 0.55))
            elif led_told.start is None and led_start:
                led_told.start, led_told.end = led_start, led_told.end or led_end
                led_told.evidence.append(s.span)
            continue  # 'L'Inter, guidata da Inzaghi dal 2021, aveva superato l'Atalanta': his side since then
        if current is None or current.person == p.key:
            continue
        if current.role == "sporting_director" and current.person != p.key and current.evidence \
                and current.evidence[-1] == s.span and (_HIRED_BY.search(before) or _HANDED_HIM.match(text, p.span[1])) \
                and not any(d.person == p.key and d.team == current.team for d in drafts):
            drafts.append(Draft(p.key, current.team, "president", None, None, None, [s.span], "stint.hired_director", 0.5))
            continue  # 'Nel 1992 Luca Campedelli gli affidò la direzione sportiva', 'chiamato da Antonio Percassi'
        if current.role in ("head_coach", "interim_head_coach", "youth_coach") and current.person != p.key \
                and _DEBUTED_BY_HIM.search(before) and not any(d.person == p.key and d.team == current.team for d in drafts):
            drafts.append(Draft(p.key, current.team, "player", None, None, None, [s.span], "stint.debuted_by", 0.5))
            continue  # 'fu lui, a settembre, a far esordire in Serie A un Roberto Mancini di appena sedici anni'
        mate_role = _in_passing(text, p, before, current)
        if mate_role:
            pick = _side_then(ctx, s, p, current, drafts, strict=True)
            if pick:
                drafts.append(Draft(p.key, pick, mate_role, None, None, None, [s.span], "stint.in_passing", 0.5))
            continue
        if _coached_by(ctx, s, p, before, drafts, current):
            side = _side_then(ctx, s, p, current, drafts) or current.team
            if re.search(r"\b(?:ritrova|ritroverà|ritrovato)\s+$", before):  # 'Ora ritrova X, che lo aveva allenato':
                now = [d for d in drafts if d.person == current.person and d.role == "player" and d.start]
                side = max(now, key=lambda d: d.start or "").team if now else side  # at the club he has just joined
            drafts.append(Draft(p.key, side, "head_coach", None, None, None, [s.span], "stint.coached_by", 0.5))
            continue  # '... poi nel Brescia, con cui ... sotto la guida di X'

        if re.search(r"\b(?:segue|seguì|seguito|seguire)\s+$", before) and re.search(
                r"\bcome\s+(?:suo\s+)?(?:vice|collaborator|assistente|allenatore in seconda)", s.text, re.I):
            drafts.append(Draft(p.key, current.team, "head_coach", current.start, current.end, None, [s.span],
                                "stint.segue_come_vice", 0.5))
            continue
        if current.rule == "stint.transfer_from":  # '... sbarcato nel gennaio 2022 dall'Oostende per prendere il posto di X'
            joined = next((d for d in reversed(drafts) if d.person == current.person and d is not current
                           and d.evidence and d.evidence[-1] == s.span and d.rule != "stint.transfer_from"), None)
            here = joined.team if joined else (context_team(ctx, s.span[0]) or _main_club(ctx))
            if here and here != current.team:
                current = Draft(current.person, here, current.role, joined.start if joined else None, None, None,
                                [s.span], "stint.transfer_in", current.confidence)
        prior = [q for q in s.people if q.span[1] <= p.span[0]]
        if current is sentence_current and prior and prior[-1].key not in (current.person, p.key) \
                and re.fullmatch(r",\s+[^,;:.()«»\"]{0,60}", text[prior[-1].span[1]:p.span[0]]):
            continue  # '... dal ds Mauro Meluso, arrivato in estate al posto di Cristiano Giuntoli': Meluso's predecessor
        if current.role in ("head_coach", "interim_head_coach") and not current.end and (
                current.person == s.subject or in_match) and (sent_on.search(text[max(s.span[0], p.span[0] - 120):p.span[0]]) or taken_off.search(
                    text[max(s.span[0], p.span[0] - 120):p.span[0]])):
            if not any(d.person == p.key and d.team == current.team for d in drafts):
                drafts.append(Draft(p.key, current.team, "player", None, None, None, [s.span], "stint.substituted", 0.5))
            continue  # 'Inzaghi manda dentro Romelu Lukaku al posto di un acciaccato Dzeko': both his players
        if in_match and re.search(_IN_PLACE_OF + "$", before, re.I):
            if current.role == "player" and current.evidence and current.evidence[-1] == s.span \
                    and not any(d.person == p.key and d.team == current.team for d in drafts):
                drafts.append(Draft(p.key, current.team, "player", None, None, None, [s.span], "stint.substituted", 0.5))
            continue  # a substitution in a match report: the one who came off, no predecessor on a bench
        if current.role == "player" and came_on.search(before):
            if current.evidence and current.evidence[-1] == s.span and not any(
                    t.key == current.team and _DESCRIBED_CLUB.search(text[max(s.span[0], t.span[0] - 40):t.span[0]])
                    for t in s.teams) and not any(d.person == p.key and d.team == current.team for d in drafts):
                # (not 'L'attaccante dello Zurigo ... è entrato al posto di X' in a national side's match, nor a match
                # of another side than the one the sentence gives him)
                drafts.append(Draft(p.key, current.team, "player", None, None, None, [s.span], "stint.substituted", 0.5))
            continue  # 'Simone Verdi entra al posto di Strefezza': a substitution, both on the pitch
        for rx, role, kind in _SECONDARY:
            if not rx.search(before):
                continue
            team = current.team
            if kind is None and role == "head_coach" and current.role == "player" and not current.end \
                    and re.search(r"\b(?:sarà|è|farà)\s+(?:il|la)\s+vice\s+(?:di|del)\s+$", before, re.I) and not has_any(s.text, [
                        "allenatore", "tecnico", "panchina", "mister", "staff", "guida", "in seconda", "carriera"]):
                if not any(d.person == p.key and d.team == team for d in drafts):
                    drafts.append(Draft(p.key, team, "player", None, None, None, [s.span], "stint.vice_player", 0.5))
                break  # 'Sarà il vice di Ciro Immobile', said of a striker: his understudy, both players
            if kind is None and re.search(r"\bex\s+(?:\w+\s+){0,2}$", before) and not any(
                    t.span[0] > p.span[1] and re.fullmatch(r"\s+(?:a|al|alla|all'|allo|nel|nella|nell')\s*", text[p.span[1]:t.span[0]])
                    for t in s.teams):
                break  # 'X, ex vice di Maurizio Sarri': of some club before, not of the one X is at now
            if kind is None and role == "head_coach":  # 'rimase ad Appiano Gentile come vice di X': the club he assisted at
                assisted = [d for d in drafts if d.person == current.person and d.role == "assistant_coach"
                            and d.evidence and d.evidence[-1] == s.span]
                named_after = [d0 for d0 in assisted if any(
                    t.key == d0.team and t.span[0] > p.span[1] and not any(p.span[1] <= q.span[0] < t.span[0] for q in s.people)
                    for t in s.teams)]  # (a list right after X: 'collaborazione con X, al Chelsea ... e all'Inter')
                assisted = named_after or assisted
                if assisted and not named_after:  # 'lavora a Monopoli ..., prima come secondo di X e poi ..., a Potenza
                    assisted.sort(key=lambda d0: max((t.span[0] for t in s.teams if t.key == d0.team  # accanto a Y'
                                                      and t.span[0] < p.span[0]), default=-1))
                    assisted = assisted[-1:]  # the club named last before X
                team = assisted[-1].team if assisted else team
                for d0 in assisted[:-1]:  # 'la lunga collaborazione con X, al Chelsea nel 17/18 e all'Inter ...': each
                    drafts.append(Draft(p.key, d0.team, "head_coach", d0.start, d0.end, None, [s.span], "stint.secondary", 0.5))
            if role == "coach_of_team" and re.search(r"\b(?:il\s+)?(?:muro|reparto|difesa|attacco|centrocampo|pacchetto|"
                                                     r"trio|tridente|coppia|linea|retroguardia|mediana)\s+(?:\w+\s+)?$",
                                                     text[max(s.span[0], p.span[0] - 40):p.span[0]].replace("guidato da", "")
                                                     .replace("guidata da", "")):
                side = context_team(ctx, s.span[0]) or _main_club(ctx)
                if side and not any(d.person == p.key and d.team == side for d in drafts):
                    drafts.append(Draft(p.key, side, "player", None, None, None, [s.span], "stint.led_on_the_pitch", 0.5))
                break  # 'Il muro guidato da Schuurs e Buongiorno regge': a defence led on the pitch, by a player
            if role == "coach_of_team":
                near = [t for t in s.teams if t.span[1] <= p.span[0]]
                team = near[-1].key if near else (context_team(ctx, s.span[0]) or current.team)
                r2 = _role_near(text, max(s.span[0], (near[-1].span[0] if near else p.span[0] - 60) - 40), p.span[0])
                role_final = "youth_coach" if r2 == "youth_coach" else "head_coach"
                since_start, since_end = _since_after(s, text, p.span[1])  # 'l'Inter era guidata da Inzaghi dal 2021'
                drafts.append(Draft(p.key, team, role_final, since_start, since_end, None, [s.span], "stint.guidata_da", 0.5))
                break
            if role == "president":
                break
            if kind and kind.endswith("+"):  # 'il Guangzhou lo scelse come erede di Marcello Lippi': the sentence's club
                kind = kind[:-1]
                own = [t for t in s.teams if t.span[1] <= p.span[0] and ctx.team(t.key).type in ("club", "national")
                       and not is_secondary_team(text, t) and not _venue(text, t, s.text) and not former_list(text, t.span[0])]
                team = own[-1].key if own else team
                if kind == "prev" and current.role == "player" and current.team == team:
                    drafts.append(Draft(p.key, team, "player", None, current.start, None, [s.span], "stint.secondary", 0.5))
                    break  # 'l'Inter lo sceglie come erede di Julio Cesar': a player's predecessor played
            slot_of_player = kind == "prev" and current.role == "player" and bool(re.search(
                r"\b(?:maglia|posto\s+in\s+squadra|posto\s+in\s+rosa|ruolo|casella|eredità\s+tecnica)\b",
                text[max(s.span[0], p.span[0] - 60):p.span[0]], re.I)) and not has_any(
                text[max(s.span[0], p.span[0] - 60):p.span[0]], ["panchina", "allenatore", "tecnico", "guida"])
            # ('Prende la maglia numero 6 e ... il posto di Sergej Milinkovic-Savic': a player's place, another player's)
            d = Draft(p.key, team, "player" if slot_of_player else (
                current.role if kind == "prev" and current.role not in ("player", "assistant_coach", "interim_head_coach",
                                                                        "president") else "head_coach"),
                None, None, None, [s.span], "stint.secondary", 0.5)
            if kind is None:
                if not re.search(r"\bex\s+(?:\w+\s+){0,2}$", before):
                    d.start, d.end = current.start, current.end  # 'X, vice di Y': Y's spell then ('ex vice di Y': not)
                    if d.start and ctx.published and d.start[:10] == ctx.published[:10]:
                        d.start = None  # 'X sarà il vice di Y': the vice starts today, Y's bench began some other day
            elif kind == "followed":
                if current.role not in ("assistant_coach", "other_staff", "sporting_director") \
                        or any(x.person == p.key and x.team == team for x in drafts):
                    break  # (only a staff member's boss; 'segue la squadra' or a player's 'ha seguito X' is none)
                d.start, d.end = current.start, current.end
            elif kind == "next":  # '... prima di lasciare il posto a Lucio Cordeddu': the successor, from then
                d.role, d.start = (current.role, current.end) if current.team == team \
                    else ("head_coach", _last_date(ctx, s, p.span[0]))  # '... esonerarlo il 4 giugno 2015 per far posto a X'
            else:
                d.end = current.start
                after = text[p.span[1]:min(s.span[1], p.span[1] + 80)]
                after = re.split(r",\s+(?:è|ha|era|viene|venne|fu|sono|hanno|aveva)\b", after)[0]
                # ('X, scelto per raccogliere l'eredità di Y, è stato esonerato': the sacking is X's, not Y's)
                if kind == "sacked" or has_any(before + after, _end_reasons()["sacked"]):
                    d.end_reason = "sacked"
                elif has_any(text[s.span[0]:s.span[1]], _end_reasons()["resigned"]):
                    d.end_reason = "resigned"
            _apposition_dates(ctx, s, p, d)
            drafts.append(d)
            break


def _apposition_dates(ctx: Context, s: Sentence, p: Mention, d: Draft) -> None:
    """'... l'eredità di Dorival Júnior, in carica da gennaio 2024 ed esonerato a marzo': his own dates, after his name."""
    text = ctx.doc.text
    app = re.match(r"\s*,\s*((?:già\s+)?(?:in\s+carica|alla\s+guida|in\s+panchina|sulla\s+panchina|arrivat[oa]|"
                   r"in\s+[a-zà-ù]+(?=\s+(?:dal|dalla|dall'|da)\b))[^;:]{0,140}?)"  # '..., in granata dalla stagione 21/22'

                   r"(?=[;:]|,\s+(?:e|ma|che|mentre|per)\b|\s+dopo\b|\.\s|\.?$)", text[p.span[1]:s.span[1]])
    if not app:
        return
    lo, hi = p.span[1] + app.start(1), p.span[1] + app.end(1)
    for t in s.timexes:
        if not (lo <= t.span[0] < hi) or not t.value or t.type == "duration":
            continue
        before = text[max(lo, t.span[0] - 30):t.span[0]]
        if re.search(r"\b(?:esonerat|dimess|sollevat|licenziat|silurat)\w*\s+(?:\w+\s+)?$", before, re.I):
            d.end, d.end_reason = t.value, "resigned" if "dimess" in before.lower() else "sacked"
        elif t.prep == "from" or re.search(r"\b(?:in\s+carica|arrivat[oa])\b", before):
            d.start = t.start or t.value


_STAFF_WORDS = (r"vice(?:\s+allenatore)?|allenatore\s+in\s+seconda|secondo\s+allenatore|collaborator[ei]\s+tecnic[oi]|"
                r"preparator[ei]\s+(?:atletic[oi]|dei\s+portieri)|match\s+analyst|capo\s+delegazione|team\s+manager")
_STAFF_BEFORE = re.compile(rf"(?:^|[\s,;:(])(?:il|l'|i|al|ai|del|dei|dal|dai|col|con\s+il|con\s+i|come|suo|sarà|è)?\s*"
                           rf"(?:nuovo\s+|storico\s+|suo\s+)?(?P<t>{_STAFF_WORDS})(?:\s+(?:è|sarà|resta|saranno|sono|restano|"
                           rf"entra|entrano|arriva|arrivano))?\s+$", re.I)  # 'Come collaboratore tecnico entra X'
_STAFF_TASK = re.compile(r"\b(?P<t>(?:i\s+)?portieri|(?:la\s+)?(?:preparazione|parte)\s+(?:atletica|dei\s+portieri)|(?:la\s+)?fase\s+"
                         r"(?:difensiva|offensiva)|(?:l')?analisi\s+video)\s+(?:sar[àa]nno\s+affidat[ieao]|(?:è|sono|verrà|"
                         r"verranno)\s+affidat[ieao]|toccherà|spetterà|sarà\s+curata)\s+(?:a|ad|al|allo|alla|all')\s*"
                         r"(?:(?:spagnolo|portoghese|francese|ex\s+\w+|giovane|fratello)\s+)?$", re.I)  # 'i portieri saranno affidati a X'
_STAFF_AFTER = re.compile(rf"\s+(?:sarà|è|fa|farà)?\s*(?:il|l')\s+(?:nuovo\s+)?(?P<t>{_STAFF_WORDS})\b", re.I)


def _staff_listed(text: str, s: Sentence, p: Mention) -> re.Match[str] | None:
    """The second name of 'i collaboratori tecnici Fausto Salsano e Attilio Lombardo'."""
    prev = [q for q in s.people if q.span[1] <= p.span[0] and re.fullmatch(r"\s+(?:e|ed)\s+", text[q.span[1]:p.span[0]])]
    if not prev:
        return None
    lead = text[max(s.span[0], prev[-1].span[0] - 60):prev[-1].span[0]]
    m = _STAFF_BEFORE.search(lead[-40:])
    if m and re.search(r"(?:ori|ici|i)\s*$", m.group("t")):
        return m
    return _STAFF_TASK.search(lead)  # 'La parte atletica è affidata a Bruno Dominici e Dino Tenderini'


_STAFF_HEAD = re.compile(r"\b(?:(?:(?:il|lo)\s+)?(?:suo\s+)?staff|(?:i\s+)?(?:suoi\s+)?(?P<t>collaboratori|assistenti|componenti\s+del\s+"
                         r"(?:suo\s+)?staff))(?:\s+tecnic[oi])?\s*[,:]\s*", re.I)
_NAME_LIST_GAP = re.compile(r"\s*(?:,|e|ed)\s*")


def _staff_list(text: str, s: Sentence, p: Mention) -> re.Match[str] | None:
    """A name in the list after 'i componenti del suo staff, A, B, C e D' or 'lo staff: A, B e C'."""
    for m in _STAFF_HEAD.finditer(text, s.span[0], p.span[0]):
        names = [q for q in s.people if m.end() <= q.span[0] <= p.span[0]]
        if names and names[0].span[0] == m.end() and names[-1] is p and all(
                _NAME_LIST_GAP.fullmatch(text, x.span[1], y.span[0]) for x, y in zip(names, names[1:], strict=False)):
            return re.match(r"(?P<t>staff)", "staff")
    return None


def _gone_with(ctx: Context, s: Sentence, p: Mention, drafts: list[Draft]) -> Draft | None:
    """The sacking a staff member leaves with: 'esonerato X insieme al vice Y e al preparatore Z', 'Via anche il ds W'."""
    text = ctx.doc.text
    along = re.search(r"\binsieme\s+(?:a|al|alla|allo|ai|agli|all')\b", text[s.span[0]:p.span[0]])
    also = re.match(r"\s*(?:Via|Fuori|Out|Salutano|Lasciano|Saltano|Lascia|Saluta)\s+anche\b", s.text) or re.search(
        r"\b(?:Con\s+lui|Insieme\s+a\s+lui|Con\s+l'ex\s+\w+)\s+(?:lasciano|salutano|vanno\s+via|escono|partono|se\s+ne\s+vanno)\b",
        s.text)  # ('Con lui lasciano Bogliasco anche i componenti del suo staff, A, B e C')
    if not (along or also):
        return None
    lo = s.span[0] if along else text.rfind("\n", 0, s.span[0]) + 1
    return next((d for d in reversed(drafts) if d.person != p.key and d.end_reason in ("sacked", "resigned")
                 and d.evidence and lo <= d.evidence[-1][0] <= s.span[0]), None)


def _called_up_side(ctx: Context, s: Sentence) -> str | None:
    """The national side a squad list by role ('Difensori: X (Inter), Y (Milan)') is called up for: the one the
    article's headline or lead names, when the list is a squad line of an article on a call-up."""
    line_start = ctx.doc.text.rfind("\n", 0, s.span[0]) + 1
    head = re.match(r"\s*([^\W\d_]+)\s*:", ctx.doc.text[line_start:line_start + 40])
    if not head or head.group(1).lower() not in _cue("squad_roles") or not has_any(ctx.doc.text, _cue("call_up")):
        return None
    titled = [t.key for z in ctx.doc.zones if z.kind == "title" for t in ctx.mentions.teams_in(z.span)
              if teams()[t.key].type == "national"]
    if titled:
        return titled[0]  # 'Under 20, Bollini riparte dai campioni d'Europa: 23 convocati ...'
    side = _headline_side(ctx)
    if side and teams()[side].type == "national":
        return side
    nat = [t.key for t in ctx.mentions.teams if t.span[0] < s.span[0] and teams()[t.key].type == "national"]
    return max(dict.fromkeys(nat), key=nat.count) if nat else None


def _national_context(ctx: Context, s: Sentence, p: Mention) -> str | None:
    """The national side a sentence about the ct, the Nazionale or the federation speaks of, if it is one."""
    text = ctx.doc.text
    if not re.search(r"\b(?:ct|c\.t\.|commissari[oa]\s+tecnic[oa]|[Nn]azionale|Federcalcio|FIGC|Figc|Federazione|"
                     r"azzurr[oaie]|[Mm]ondiale|Europeo)\b", s.text):
        return None
    nat = [t.key for t in ctx.mentions.teams if t.span[0] < s.span[1] and teams()[t.key].type == "national"
           and not is_secondary_team(text, t)]
    if nat:
        return max(dict.fromkeys(nat), key=nat.count)  # first named wins a tie: the same answer on every run
    return "italia" if re.search(r"\b(?:Federcalcio|FIGC|Figc)\b", text[s.span[0]:p.span[0]]) else None


def _staff_team(ctx: Context, s: Sentence, p: Mention, drafts: list[Draft]) -> str | None:
    """A staff member's side: a national team when the sentence is about the ct or the Nazionale, else the club."""
    text = ctx.doc.text
    nat = _national_context(ctx, s, p)
    if nat:
        return nat
    here = [t for t in s.teams if t.span[1] <= p.span[0] and not is_secondary_team(text, t) and not _venue(text, t, s.text)]
    if here:  # 'La panchina dell'Under 20 passa ad Attilio Lombardo, che avrà come preparatore dei portieri ...'
        return here[-1].key
    listed = [d for d in drafts if d.rule == "stint.staff_bracket" and d.evidence and d.evidence[-1] == s.span]
    if listed:  # '... Simone Beccaccioli (match analyst), oltre al team manager Giuseppe Santoro': the same staff
        return listed[-1].team
    story = _headline_side(ctx)
    if story and teams()[story].type == "national":
        return story  # 'Italia, inizia l'era Gattuso: ... ecco chi lavorerà al suo fianco': the national side's staff
    return _context_team(ctx, s, p, None)


def _headline_side(ctx: Context) -> str | None:
    """The side the title and teaser name most (by name, alias, nickname)."""
    counts: dict[str, int] = {}
    for z in ctx.doc.zones:
        if z.kind in ("title", "teaser"):
            for t in ctx.mentions.teams_in(z.span):
                if t.how in ("name", "alias", "nick", "official"):
                    counts[t.key] = counts.get(t.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


_STAFF_BRACKET = re.compile(r"\s*\((vice(?:\s+allenatore)?|allenatore in seconda|collaborator[ei](?:\s+tecnic[oi])?|"
                            r"assistente(?:\s+tecnico)?|preparator[ei][^)]{0,30}|match analyst|analist[ai]|team manager|"
                            r"medic[oi][^)]{0,20}|fisioterapist[ai]|osservator[ei]|capo\s+delegazione|nutrizionist[ai]|"
                            r"psicolog[oa]|segretari[oa][^)]{0,20}|responsabile[^)]{0,30})\)", re.I)
_WITH_HIM = re.compile(r"\b(?:con\s+lui|con\s+lei|al\s+suo\s+fianco|(?:il|nel)\s+suo\s+staff|con\s+sé|lo\s+affianc\w+|"
                       r"lo\s+seguir\w+|lo\s+segu\w+|lo\s+accompagn\w+)\b", re.I)


def _boss_team(ctx: Context, s: Sentence, drafts: list[Draft]) -> str | None:
    """The side of the coach a staff list is 'with' ('A Malta con lui c'erano X (vice allenatore), ...'): the one the
    sentence before was about, on the bench he holds."""
    first = min((p.span[0] for p in s.people), default=s.span[1])
    if not _WITH_HIM.search(ctx.doc.text, s.span[0], first) or s.index == 0:
        return None
    boss = next((x.subject for x in reversed(ctx.sentences[:s.index]) if x.subject), None)
    bench = [d for d in drafts if d.person == boss and d.role in ("head_coach", "interim_head_coach", "youth_coach")
             and not d.end]
    return max(bench, key=lambda d: d.start or "").team if bench else None  # (his newest bench, not an old one told)


_PLURAL_STAFF = r"(?:collaboratori|preparatori|analisti|medici|fisioterapisti|osservatori)\b"


_TITLE = re.compile(r"\b(?:il|l'|del|dal|al|col|con il|dell')\s*(presidente|ds|direttore sportivo|football director|"
                    r"direttore dell'area tecnica|responsabile dell'area tecnica|responsabile dello scouting|general\s+manager|"
                    r"responsabile del settore giovanile|team manager|club manager|"
                    r"direttore generale|amministratore delegato|patron|dg|d\.s\.|direttore tecnico)"
                    r"(\s+federale|\s+del\s+\w+|\s+dei\s+\w+)?\s+$", re.IGNORECASE)
_TITLE_ROLE = {"presidente": "president", "patron": "president", "responsabile dello scouting": "other_staff",
               "team manager": "other_staff", "club manager": "other_staff", "amministratore delegato": "other_staff",
               "responsabile del settore giovanile": "youth_coordinator"}


def _main_club(ctx: Context) -> str | None:
    """The club the article names most, opponents ('il ko interno con l'Empoli') and former clubs not counted;
    a mention in the title or teaser counts three times (a career recap names old clubs often: 'Coppa UEFA
    2005/06 (Siviglia)' in a piece about the new Chelsea coach)."""
    key = "main_club"
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    counts: dict[str, int] = {}
    for t in ctx.mentions.teams:
        if teams()[t.key].type == "club" and not is_secondary_team(ctx.doc.text, t) \
                and not former_list(ctx.doc.text, t.span[0]):
            weight = 3 if ctx.doc.zone_of(t.span[0]) in ("title", "teaser") else 1
            counts[t.key] = counts.get(t.key, 0) + weight
    out = max(counts, key=lambda k: counts[k]) if counts else None
    ctx.memo[key] = out
    return out


def _context_team(ctx: Context, s: Sentence, p: Mention, qualifier: str | None) -> str | None:
    """The club a titled person belongs to: named right after them, or the last club named before."""
    if qualifier and "federal" in qualifier.lower():
        return "figc" if "figc" in teams() else None
    after = [t for t in s.teams if 0 <= t.span[0] - p.span[1] <= 6]
    if after:
        return after[0].key
    if any(z.kind == "heading" and z.span[0] < p.span[0] for z in ctx.doc.zones):
        heading = context_team(ctx, p.span[0])
        if heading:
            return heading
    before = [t for t in ctx.mentions.teams if t.span[1] <= p.span[0]
              and ctx.doc.text.rfind("\n", 0, p.span[0]) <= t.span[0] and teams()[t.key].type == "club"
              and not is_secondary_team(ctx.doc.text, t) and not _venue(ctx.doc.text, t, s.text)
              and not _BIRTHPLACE.search(ctx.doc.text[max(0, t.span[0] - 12):t.span[0]])
              and not _PAST_CLUB.search(ctx.doc.text[max(0, t.span[0] - 30):t.span[0]])]
    if before:
        return before[-1].key
    return context_team(ctx, p.span[0]) or _main_club(ctx)  # 'chiamato dal presidente Urbano Cairo': the story's club


def _merge(drafts: list[Draft], local: bool = False) -> list[Draft]:
    """One stint per (person, team, role) spell: compatible drafts are folded together.

    With local, only drafts read off the same sentence are, so that the article's order of spells is kept
    ('al Palermo nel 1978 ... cinque campionati, fino al 1983' is one spell before the next one is told).
    """
    out: list[Draft] = []
    for d in drafts:
        fits = [o for o in out if (o.person, o.team, o.role) == (d.person, d.team, d.role)
                and not (local and o.evidence[:1] != d.evidence[:1]) and _compatible(o, d)]
        if not fits:
            out.append(d)
            continue
        o = fits[0]
        if len(fits) > 1 and d.end and not d.start:  # an end alone closes the latest spell begun before it
            begun = [f for f in fits if f.start and not f.end and (f.start or "") <= d.end]
            o = max(begun, key=lambda f: f.start or "") if begun else o  # ('tornato in sella nel 2021 ... esonerato oggi')
        o.start = o.start or d.start
        o.end = o.end or d.end
        o.end_reason = o.end_reason or d.end_reason
        o.evidence.extend(e for e in d.evidence if e not in o.evidence)
    return out


def _compatible(a: Draft, b: Draft) -> bool:
    def y(v: str | None) -> int | None:
        p = parse_iso(v)
        return p[0] if p else None
    for x, z in ((a.start, b.start), (a.end, b.end)):
        if x and z and y(x) != y(z):
            return False
    if a.start and b.end and y(b.end) is not None and y(a.start) is not None and y(b.end) < y(a.start):  # type: ignore[operator]
        return False
    if b.start and a.end and y(b.start) is not None and y(a.end) is not None and y(b.start) > y(a.end):  # type: ignore[operator]
        return False
    return True
