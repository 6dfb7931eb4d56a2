"""Direct quotes and their speakers."""

from __future__ import annotations

import re

from ..knowledge import teams, words
from ..model import Quote
from .context import Context, has_any

_PAIRS = re.compile(r"«([^»]{3,}?)»|“([^”]{3,}?)”|\"([^\"\n]{3,}?)\"|„([^“]{3,}?)“")


def extract(ctx: Context) -> list[Quote]:
    text = ctx.doc.text
    out: list[Quote] = []
    prev: Quote | None = None
    for m in _PAIRS.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        s, e = m.span(g)
        inner = text[s:e].strip()
        if len(inner.split()) < 3 or _is_title_like(inner):
            continue
        speaker, rule = _speaker(ctx, m.start(), m.end(), s, e)
        if speaker is None and prev is not None and _adjacent(text, prev.end, m.start()):
            speaker, rule = prev.speaker, "quote.continues"
        q = Quote(speaker, text[s:e], s, e, rule, 0.8 if speaker else 0.4)
        out.append(q)
        prev = q
    return out


def _is_title_like(inner: str) -> bool:
    """Nicknames and titles in quotes ('gemelli del gol') are not speech."""
    return len(inner.split()) <= 4 and not re.search(r"[.,!?;:]", inner) and inner[:1].islower()


def _adjacent(text: str, prev_end: int, start: int) -> bool:
    gap = text[prev_end:start]
    return len(gap) < 40 and not re.search(r"\b(?:ha|dice|spiega|aggiunge)\b", gap) or gap.strip(" ».\"”") == ""


def _speaker(ctx: Context, qs: int, qe: int, s: int, e: int) -> tuple[str | None, str]:
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
        club = _club_statement(ctx, after, qs)
        if club:
            return club, "quote.statement"
        desc = _described(ctx, qs, after)
        if desc:
            return desc, "quote.after.description"
    # 3. before the quote, in the same sentence, ending with ':' or a speech verb
    sent_start = _clause_start(text, qs)
    before = text[sent_start:qs]
    if before.rstrip().endswith(":") or has_any(before[-60:], verbs):
        who = _person_in(ctx, sent_start, qs, last=True)
        if who:
            return who, "quote.before"
        desc = _described(ctx, qs, before)
        if desc:
            return desc, "quote.before.description"
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


def _described(ctx: Context, qs: int, near: str) -> str | None:
    """'il nuovo ct', 'l'allenatore': the person the article calls so, else the running topic."""
    desc = has_any(near, words("text", "person_descriptions"))
    if not desc:
        return None
    text = ctx.doc.text
    best = None
    for sent in ctx.sentences:
        if sent.span[1] > qs:
            break
        if sent.subject and has_any(sent.text, [desc]) and sent.explicit_subject:
            best = sent.subject
    if best is None:
        for sent in ctx.sentences:
            if sent.span[0] > qs:
                break
            if sent.subject and not (sent.span[0] <= qs < sent.span[1] and not sent.explicit_subject):
                best = sent.subject
        idx = next((i for i, se in enumerate(ctx.sentences) if se.span[0] <= qs < se.span[1]), -1)
        if idx >= 0 and ctx.sentences[idx].subject:
            best = ctx.sentences[idx].subject
    del text
    return ctx.name_of(best) if best else None


def _club_statement(ctx: Context, after: str, qs: int) -> str | None:
    if not has_any(after[:80], words("quotes", "statement_words")):
        return None
    if not re.search(r"\b(?:club|società|nota|comunicato)\b", after[:90], re.I):
        return None
    tms = [t for t in ctx.mentions.teams if t.span[0] < qs and t.how in ("name", "official", "alias")]
    return teams()[tms[-1].key].name if tms else None


def _club_in_quote(ctx: Context, s: int, e: int, after: str) -> str | None:
    head = ctx.doc.text[s:min(e, s + 40)]
    tms = [t for t in ctx.mentions.teams if s <= t.span[0] < s + 25]
    if tms and re.search(r"\b(?:comunica|annuncia|rende noto|ringrazia)\b", ctx.doc.text[s:s + 60]):
        return teams()[tms[0].key].name
    del head, after
    return None
