"""Claims: judgements and predictions about teams and people, in someone's quote or in the author's voice.

'Il Napoli è l'unica vera avversaria dell'Inter per lo scudetto' is a judgement of the author about Napoli, with
Inter as its object; '«L'Inter è la favorita ... Io dico Inter»' is a prediction of the interviewee about Inter.
A claim needs a named subject: a team, a person or a competition the clause names before (or, for 'io dico X',
right after) the claiming words. The cue phrases are data (`lang/it/lexicon.toml [claims]`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import teams, words
from ..model import Claim
from .context import Context, find_all

_CUT = re.compile(r"[.;!?]\s+|:\s+|,\s+(?:ma|mentre|però|e\s+se)\s+|\s+[-–—]\s+")


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    """Cue phrase (lower case) -> kind."""
    out = {c.lower(): "judgement" for c in words("claims", "judgement")}
    out.update({c.lower(): "prediction" for c in words("claims", "prediction")})
    return out


def extract(ctx: Context, quotes: list) -> list[Claim]:
    """Claims of the article, each with its speaker (the quote's, or None for the author), subject and object."""
    text = ctx.doc.text
    out: list[Claim] = []
    for s in ctx.sentences:
        if ctx.doc.zone_of(s.span[0]) in ("chrome", "byline", "caption"):
            continue
        bounds = [s.span[0]] + [s.span[0] + m.end() for m in _CUT.finditer(s.text)] + [s.span[1]]
        for a, b in zip(bounds, bounds[1:], strict=False):
            clause = text[a:b]
            hits = find_all(clause, list(_cues()))
            if not hits:
                continue
            at, end, cue = min(hits, key=lambda h: h[0])
            kind = _cues().get(cue.lower(), "judgement")
            q = next((q for q in quotes if q.start <= a + at < q.end), None)
            entities = _entities_in(ctx, max(a, q.start) if q else a, min(b, q.end) if q else b)
            entities = [e for e in entities if not q or e[2] != q.speaker]  # ('«...», ha detto Chivu': not the object)
            before = [e for e in entities if e[0] < a + at]
            after = [e for e in entities if e[0] >= a + end]
            if cue.lower() in ("io dico", "punto su", "scommetto su"):  # 'Io dico Inter': the one named next
                subject, obj = (after[0] if after else None), None
            else:
                subject = before[0] if before else None  # the clause's head ('Il Napoli di Antonio Conte non molla')
                obj = next((e for e in after if not subject or e[1] != subject[1]), None)
            if subject is None:
                continue
            if q is None and _inside_quote_marks(text, a + at):
                continue  # a quote the quote rules did not keep: whose words these are is unknown
            said = re.sub(r"[,;:]?\s+(?:ma|e|però|mentre)\s*$", "", clause.strip(" «»“”\"\n")).strip(" ,;:")
            # ('Io dico Inter, ma': the claim, not the conjunction after it)
            out.append(Claim(speaker=q.speaker if q else None, subject=subject[2], object=obj[2] if obj else None,
                             kind=kind, text=said, evidence=[s.span], rule=f"claim.{kind}",
                             confidence=0.6 if q else 0.5, by_author=q is None))
    return _dedupe(out)


def _entities_in(ctx: Context, a: int, b: int) -> list[tuple[int, str, str]]:
    """(offset, key, name) of the teams, people and competitions named in text[a:b], in order."""
    out = [(t.span[0], "t:" + t.key, teams()[t.key].name) for t in ctx.mentions.teams if a <= t.span[0] < b]
    out += [(p.span[0], "p:" + p.key, ctx.name_of(p.key)) for p in ctx.mentions.people if a <= p.span[0] < b]
    out += [(c.span[0], "c:" + c.key, _competition_name(c.key)) for c in ctx.mentions.competitions_in((a, b))]
    return sorted(out)


def _competition_name(key: str) -> str:
    from ..knowledge import competitions
    return competitions()[key].name if key in competitions() else key


def _inside_quote_marks(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:pos]
    return head.count("«") > head.count("»") or head.count("“") > head.count("”")


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple] = set()
    out = []
    for c in claims:
        k = (c.speaker, c.subject, c.object, c.kind, c.text)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out
