"""Scoring the `entities` of an extraction against hand-annotated entity gold (`<case>.entities.json`).

Gold (written by annotators who did not see the system): per article, each person, team and competition
with its fullest name and every named mention as written, in order (no pronouns, no 'quest'ultimo', no
common nouns). Three figures, each a P/R/F1 over counts:

- ``mentions``: the multiset of (type, surface) over named mentions — what was found;
- ``entities``: the (type, name) of each entity, people matched by surname and compatible first name,
  teams and competitions by name or by a knowledge-data alias — what they were resolved to;
- ``linked``: a mention counts only when it also sits under the right entity — how they were grouped.

Surfaces, not offsets, are compared, so gold written on a page's visible text also scores HTML cases.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import _fold, name_match, person_match, prf

ENTITY_CATEGORIES = ("mentions", "entities", "linked", "person_entities", "team_entities")
_NOT_NAMED = ("anaphor", "adjective", "ground")  # kinds gold never lists: 'quest'ultimo', 'rossonero', 'Milanello'


def _aliases(e: dict[str, Any]) -> list[str]:
    """The predicted entity's own name and the knowledge data's other names for it."""
    names = [e["name"]]
    kb = e.get("kb_id")
    if kb:
        from .knowledge import competitions, teams
        if e["type"] == "team" and kb in teams():
            t = teams()[kb]
            names += list(t.official) + list(t.aliases)
        elif e["type"] == "competition" and kb in competitions():
            names += list(competitions()[kb].aliases)
    return names


def same_entity(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if p["type"] != g["type"]:
        return False
    if p["type"] == "person":
        return person_match(p["name"], g["name"])
    return any(_fold(n) == _fold(g["name"]) for n in _aliases(p)) or name_match(p["name"], [g["name"]])


def _named(e: dict[str, Any]) -> list[str]:
    how = e.get("how") or [""] * len(e.get("surfaces") or [])
    return [s for s, h in zip(e.get("surfaces") or [], how, strict=False) if h not in _NOT_NAMED]


def _overlap(a: Counter[Any], b: Counter[Any]) -> int:
    return sum((a & b).values())


def score_entities(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, gold) for each of ENTITY_CATEGORIES."""
    pm = Counter((e["type"], _fold(s)) for e in pred for s in _named(e))
    gm = Counter((g["type"], _fold(s)) for g in gold for s in g["mentions"])
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    # greedy by mention overlap, so that 'Carrera' goes to the Carrera the article talks about most
    cands = sorted(((sum((Counter(map(_fold, _named(p))) & Counter(map(_fold, g["mentions"]))).values()), i, j)
                    for i, p in enumerate(pred) for j, g in enumerate(gold) if same_entity(p, g)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _ov, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((pred[i], gold[j]))
    linked = sum(_overlap(Counter(map(_fold, _named(p))), Counter(map(_fold, g["mentions"]))) for p, g in pairs)
    out = {
        "mentions": (_overlap(pm, gm), sum(pm.values()), sum(gm.values())),
        "entities": (len(pairs), len(pred), len(gold)),
        "linked": (linked, sum(pm.values()), sum(gm.values())),
    }
    for t, key in (("person", "person_entities"), ("team", "team_entities")):
        out[key] = (sum(1 for p, _g in pairs if p["type"] == t), sum(1 for p in pred if p["type"] == t),
                    sum(1 for g in gold if g["type"] == t))
    return out


@dataclass
class EntityReport:
    cases: list[tuple[str, dict[str, tuple[int, int, int]]]] = field(default_factory=list)

    def totals(self) -> dict[str, tuple[int, int, int]]:
        tot = {c: [0, 0, 0] for c in ENTITY_CATEGORIES}
        for _name, counts in self.cases:
            for c in ENTITY_CATEGORIES:
                for k in range(3):
                    tot[c][k] += counts[c][k]
        return {c: (v[0], v[1], v[2]) for c, v in tot.items()}

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {c: dict(zip(("p", "r", "f1"), (round(x, 3) for x in prf(*v)), strict=True))
                               for c, v in self.totals().items()}
        out["cases"] = len(self.cases)
        return out


def gold_path(case: Path, gold_dir: Path | None) -> Path | None:
    """The entity gold of a case: beside it, or in gold_dir, as '<stem>.entities.json'."""
    for d in ([case.parent] + ([gold_dir] if gold_dir else [])):
        p = d / f"{case.stem}.entities.json"
        if p.exists():
            return p
    return None


def evaluate_entities(cases: list[Path], gold_dir: Path | None, extract: Any = None) -> EntityReport:
    """Score the entities of each case that has entity gold; cases without it are skipped."""
    from .pipeline import extract as run
    report = EntityReport()
    for case in cases:
        gp = gold_path(case, gold_dir)
        if gp is None:
            continue
        gold = json.loads(gp.read_text(encoding="utf-8"))["entities"]
        out = (extract or (lambda p: run(p).to_dict()))(case)
        report.cases.append((case.name, score_entities(out.get("entities", []), gold)))
    return report
