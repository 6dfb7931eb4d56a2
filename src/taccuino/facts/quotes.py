"""Direct quotes and their speakers."""

from __future__ import annotations

import re

from ..knowledge import teams, words
from ..model import Quote
from .context import Context, has_any

_PAIRS = re.compile(r"«([^»]{3,}?)»|“([^”]{3,}?)”|\"([^\"\n]{3,}?)\"|„([^“]{3,}?)“")


def extract(ctx: Context, stints: list | None = None) -> list[Quote]:
    text = ctx.doc.text
    out: list[Quote] = []
    prev: Quote | None = None
    for m in _PAIRS.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        s, e = m.span(g)
        inner = text[s:e].strip()
        if len(inner.split()) < 3 or _is_title_like(inner):
            continue
        speaker, rule = _speaker(ctx, m.start(), m.end(), s, e, stints or [])
        if speaker is None and prev is not None and prev.speaker and _continues(ctx, prev, m.start()):
            speaker, rule = prev.speaker, "quote.continues"
        q = Quote(speaker, text[s:e], s, e, rule, 0.8 if speaker else 0.4)
        out.append(q)
        prev = q
    return out


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


def _speaker(ctx: Context, qs: int, qe: int, s: int, e: int, stints: list) -> tuple[str | None, str]:
    text = ctx.doc.text
    verbs = words("quotes", "speech_verbs")
    # 1. an interjection inside the quote: "... - dice Carrera - ..."
    for im in re.finditer(r"\s[-–—]\s([^-–—]{3,60}?)\s[-–—]\s", text[s:e]):
        if has_any(im.group(1), verbs):
            who = _person_in(ctx, s + im.start(1), s + im.end(1))
            if who:
                return who, "quote.interjection"
    # 2. after the quote, in the same sentence: ', ha detto X', 'racconta il suo allenatore'
    after_end = _clause_end(text, qe)
    after = text[qe:after_end]
    if has_any(after[:80], verbs) or has_any(after[:60], words("quotes", "statement_words")):
        who = _person_in(ctx, qe, after_end)
        if who:
            return who, "quote.after"
        club = _club_in_quote(ctx, s, e, after) or _club_statement(ctx, after, qs)
        if club:
            return club, "quote.statement"
        desc = _described(ctx, qs, after[:80], stints)
        if desc:
            return desc, "quote.after.description"
        topic = _topic_at(ctx, qs)
        if topic:
            return topic, "quote.after.topic"
    # 3. before the quote, in the same sentence, ending with ':' or a speech verb
    sent_start = _clause_start(text, qs)
    before = text[sent_start:qs]
    if before.rstrip().endswith(":") or has_any(before[-60:], verbs):
        who = _person_in(ctx, sent_start, qs, last=True)
        if who:
            return who, "quote.before"
        desc = _described(ctx, qs, before[-80:], stints)
        if desc:
            return desc, "quote.before.description"
        topic = _topic_at(ctx, qs)
        if topic:
            return topic, "quote.before.topic"
    club = _club_in_quote(ctx, s, e, after)
    if club:
        return club, "quote.statement"
    return None, "quote.unattributed"


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


def _topic_at(ctx: Context, pos: int) -> str | None:
    """The person the sentence holding pos is about (its zero subject)."""
    for sent in ctx.sentences:
        if sent.span[0] <= pos < sent.span[1]:
            return ctx.name_of(sent.subject) if sent.subject else None
    return None


def _described(ctx: Context, qs: int, near: str, stints: list) -> str | None:
    """'il nuovo ct', 'l'allenatore': who the article describes so, who holds that kind of role, who is talked about."""
    from ..knowledge import lexicon
    groups = {k: list(v) for k, v in lexicon()["descriptions"].items()}
    group = next((g for g, ws in groups.items() if has_any(near, ws)), None)
    if group is None:
        return None
    from .context import protagonist
    scores: dict[str, float] = {}
    seen = [p for p in ctx.mentions.people if p.span[0] < qs and p.how != "anaphor"]
    for p in seen:
        scores.setdefault(p.key, 0.0)
    if not scores:
        return None
    for sent in ctx.sentences:
        if sent.span[0] >= qs:
            break
        if has_any(sent.text, groups[group]):
            for k in {sent.subject, *(p.key for p in sent.people)} - {None}:
                if k in scores:
                    scores[k] += 2.0 if k == sent.subject else 1.0
    coach_roles = {"head_coach", "interim_head_coach", "assistant_coach", "youth_coach"}
    for k in scores:
        roles = {st.role for st in stints if st.person == ctx.name_of(k)}
        if group == "coach":
            scores[k] += 2.0 if roles & coach_roles else (-2.0 if roles == {"player"} else 0.0)
        elif group == "player":
            scores[k] += 2.0 if "player" in roles and not roles & coach_roles else 0.0
        elif group == "director":
            scores[k] += 2.0 if roles & {"president", "sporting_director"} else 0.0
    prot = protagonist(ctx.doc, ctx.mentions)
    if prot in scores:
        scores[prot] += 1.5
    recent = max(seen, key=lambda p: p.span[0]).key
    scores[recent] += 1.0
    best = max(scores, key=lambda k: scores[k])
    return ctx.name_of(best)


def _club_statement(ctx: Context, after: str, qs: int) -> str | None:
    if not has_any(after[:80], words("quotes", "statement_words")):
        return None
    if not re.search(r"\b(?:club|società|nota|comunicato)\b", after[:90], re.I):
        return None
    counts: dict[str, int] = {}
    for t in ctx.mentions.teams:
        if t.span[0] < qs:
            counts[t.key] = counts.get(t.key, 0) + 1
    return teams()[max(counts, key=lambda k: counts[k])].name if counts else None


def _club_in_quote(ctx: Context, s: int, e: int, after: str) -> str | None:
    head = ctx.doc.text[s:min(e, s + 40)]
    tms = [t for t in ctx.mentions.teams if s <= t.span[0] < s + 25]
    if tms and re.search(r"\b(?:comunica|annuncia|rende noto|ringrazia)\b", ctx.doc.text[s:s + 60]):
        return teams()[tms[0].key].name
    del head, after
    return None
