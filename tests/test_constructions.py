"""Banks of common Italian ways to state a spell or a trophy, one sentence each (tests/constructions/*.tsv).

Each line names the stints the sentence must give; the sentence comes after a generic lead-in paragraph,
in an article published 2024-05-17. A line whose kind starts with 'todo:' is a construction taccuino reads
wrong today: a strict xfail, so the run fails as soon as it is read right and the line must be promoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from taccuino import extract

BANK = Path(__file__).parent / "constructions" / "stints.tsv"
HONOURS = Path(__file__).parent / "constructions" / "honours.tsv"
LEAD = ("Ci sono settimane in cui il calcio corre più veloce di qualunque programmazione, e le società si "
        "trovano a prendere decisioni che fino a pochi giorni prima sembravano lontane.")


def _lines(bank: Path = BANK) -> list:
    out = []
    for n, line in enumerate(bank.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, text, want = line.split("\t")
        marks = [pytest.mark.xfail(strict=True, reason="read wrong today")] if kind.startswith("todo:") else []
        out.append(pytest.param(text, want, id=f"{n}-{kind}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "want"), _lines())
def test_construction(text: str, want: str) -> None:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published="2024-05-17")
    got = {(s.person, s.team, s.role, (s.start or "-")[:4], (s.end or "-")[:4], s.end_reason or "-") for s in ex.stints}
    expected = {tuple(e.split("|")) for e in want.split(";")}
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


@pytest.mark.parametrize(("text", "want"), _lines(HONOURS))
def test_honour_construction(text: str, want: str) -> None:
    ex = extract(f"Titolo della notizia\nUn sommario della notizia\n\n{LEAD}\n\n{text}", published="2024-05-17")
    got = {(h.person, h.trophy, h.season or "-", str(h.year) if h.year else "-", h.team or "-", h.capacity) for h in ex.honours}
    expected = {tuple(e.split("|")) for e in want.split(";")}
    assert expected <= got, f"missing {sorted(expected - got)}; got {sorted(got)}"


def test_bank_is_large_and_mostly_read_right() -> None:
    lines = _lines()
    todo = [p for p in lines if p.marks]
    assert len(lines) >= 60 and len(todo) <= len(lines) // 5
