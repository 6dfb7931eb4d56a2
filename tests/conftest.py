"""Shared fixtures: the gold case folders (founding article, shared dev cases, our own cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OWN_CASES = ROOT / "tests" / "cases"
SEED = SHARED / "seed"
DEV = SHARED / "dev"
EXAMPLE = ROOT / "src" / "taccuino" / "examples" / "palladino-fiorentina.txt"


def case_dirs() -> list[Path]:
    """Every folder of gold cases; shared/ must be beside the checkout (it is, locally and in CI)."""
    dirs = [d for d in (SEED, DEV, OWN_CASES) if d.is_dir()]
    assert SEED.is_dir() and DEV.is_dir(), f"../shared not found beside {ROOT}: the gold cases live there"
    return dirs


def all_cases() -> list[Path]:
    out = []
    for d in case_dirs():
        out += sorted(p for p in d.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".gold.json").exists())
    return out


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return next(SEED.glob("*.txt"))
