"""The language data files load, validate and report broken lines with file and line."""

from __future__ import annotations

import pytest

from taccuino import knowledge
from taccuino.errors import DataError


def test_data_loads_with_unique_ids():
    """Teams and competitions load; ids are unique; every team has a name."""
    teams = knowledge.teams()
    comps = knowledge.competitions()
    assert teams and comps
    assert all(t.name for t in teams.values())
    assert knowledge.top_league("IT").name == "Serie A"


def test_broken_line_names_file_and_line(monkeypatch, tmp_path):
    """A broken JSON line is reported with the file and line number."""
    bad = tmp_path / "teams.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")

    class FakeFiles:
        def __truediv__(self, other):
            return tmp_path if other == "it" else self
        def __call__(self, *_):
            return self
    monkeypatch.setattr(knowledge.resources, "files", lambda _pkg: FakeFiles())
    with pytest.raises(DataError, match=r"teams.jsonl, line 1: missing field"):
        knowledge._read_jsonl("teams.jsonl", knowledge.TEAM_FIELDS)


def test_fold_keeps_length():
    """Folding accents and case never changes the text's length, so offsets stay valid."""
    s = "Conceição è già all'Atalanta’s"
    assert len(knowledge.fold(s)) == len(s)


def test_trento_is_the_aquilotti():
    """'TRENTO - Sarà Francesco Baldini a guidare gli aquilotti': the nickname Trento shares with Lazio, Spezia and
    Cavese is Trento's in Trento's item."""
    from taccuino import extract
    ex = extract("Serie C, cambi in panchina\nTre club cambiano guida\n\nTRENTO - Sarà Francesco Baldini a guidare gli "
                 "aquilotti fino al termine del campionato.\n\nFOGGIA - Il Foggia ha richiamato Mirko Cudini.",
                 published="2024-02-13")
    assert {(s.person, s.team) for s in ex.stints if s.person == "Francesco Baldini"} == {("Francesco Baldini", "Trento")}
