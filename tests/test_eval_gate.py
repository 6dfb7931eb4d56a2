"""The evaluation gate: F1 per fact type over every gold case must not fall below the pinned floors.

Raising a floor is a commit; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from taccuino.evaluate import Report, evaluate

from .conftest import case_dirs

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text())


@pytest.fixture(scope="module")
def report() -> Report:
    r = Report()
    for d in case_dirs():
        r.cases += evaluate(d).cases
    return r


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(report, metric):
    """Each metric's F1 (or publication accuracy) stays at or above its floor."""
    s = report.summary()
    got = s[metric] if metric == "published_acc" else s[metric]["f1"]
    assert got >= FLOORS[metric], f"{metric}: {got} < floor {FLOORS[metric]}"


def test_no_case_crashes(report):
    """Every case extracts without an exception."""
    assert [c.name for c in report.cases if c.error] == []


def test_no_held_out_or_blind_article_crashes():
    """Every article kept out of the gate (heldout, blind batches) extracts without an exception: a crash loses a
    whole article, and blind batches are where unseen shapes turn up (a duration once read as a day did)."""
    from taccuino import extract

    root = Path(__file__).parent
    paths = sorted(p for d in (root / "heldout", root / "blind") if d.is_dir() for p in d.rglob("*")
                   if p.suffix in (".txt", ".html"))
    assert paths, "no held-out articles found"
    failed = []
    for p in paths:
        try:
            extract(p)
        except Exception as e:  # noqa: BLE001 - the test reports every failure, not only the first
            failed.append(f"{p.name}: {type(e).__name__}: {e}")
    assert failed == []
