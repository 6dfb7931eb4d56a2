"""The founding article: everything it states must come out right."""

from __future__ import annotations

import pytest

import taccuino


@pytest.fixture(scope="module")
def seed(seed_path):
    return taccuino.extract(seed_path)


def _stint(ex, person, team, role):
    return [s for s in ex.stints if s.person == person and s.team == team and s.role == role]


def test_published_year_inferred_from_text(seed):
    """The byline has no year: 2025 comes from the text's own dates."""
    assert seed.document.published == "2025-01-28T21:25"
    assert "without a year" in (seed.document.published_reason or "")


def test_author(seed):
    """The byline's author, without the role word."""
    assert seed.document.authors == ["Michele Bellame"]
    assert seed.document.author_roles == {"Michele Bellame": "Redattore"}


@pytest.mark.parametrize("team,role,start,end,reason", [
    ("Ascoli", "head_coach", "2024-03", "2024-09", None),
    ("Bari", "head_coach", "2020", "2021-04", "sacked"),
    ("AEK Atene", "head_coach", "2019", "2020", None),
    ("Italia", "assistant_coach", "2014-08", "2016", None),
    ("Juventus", "youth_coordinator", "2009", "2011", None),
    ("Napoli", "player", "2003", "2004", None),
])
def test_carrera_career(seed, team, role, start, end, reason):
    """Each spell of Massimo Carrera's career with its dates and how it ended."""
    found = _stint(seed, "Massimo Carrera", team, role)
    assert found, f"no {role} stint at {team}"
    assert (found[0].start, found[0].end, found[0].end_reason) == (start, end, reason)


def test_alenitchev_resigns_and_played_for_roma(seed):
    """A secondary person's facts: his resignation and his season at Roma in a dash aside."""
    assert _stint(seed, "Dmitri Alenitchev", "Spartak Mosca", "head_coach")[0].end_reason == "resigned"
    roma = _stint(seed, "Dmitri Alenitchev", "Roma", "player")[0]
    assert (roma.start, roma.end) == ("1998", "1999")


def test_five_quotes_all_carrera(seed):
    """Five quotes, the split one and the headline one included, all by Massimo Carrera."""
    assert len(seed.quotes) == 5
    assert {q.speaker for q in seed.quotes} == {"Massimo Carrera"}
    assert any("- dice Carrera -" in q.text for q in seed.quotes)
    assert any(q.text.startswith("Il Napoli è la vera avversaria") for q in seed.quotes)


def test_caption_match_and_honours(seed):
    """The glued caption yields its match; the honours keep season, year and capacity."""
    assert [(m.home, m.away, m.date) for m in seed.matches] == [("Atalanta", "Bari", "2001-02-24")]
    assert any(h.trophy == "Supercoppa Italiana" and h.year == 2012 and h.capacity == "coach" for h in seed.honours)
    assert any(h.trophy == "Serie A" and h.season == "1994-95" and h.capacity == "player" for h in seed.honours)
