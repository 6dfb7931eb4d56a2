"""Grounding: every span of every fact slices back to the text it claims."""

from __future__ import annotations

import pytest

import taccuino
from taccuino.reader import read_path

from .conftest import all_cases


@pytest.mark.parametrize("path", all_cases(), ids=lambda p: p.name)
def test_spans_slice_back(path):
    """Quote offsets give exactly the quote text; evidence spans lie inside the text."""
    raw = read_path(path)
    ex = taccuino.extract(raw)
    for q in ex.quotes:
        assert raw.text[q.start:q.end] == q.text
    for fact in [*ex.stints, *ex.honours, *ex.births, *ex.matches]:
        assert fact.evidence, f"{fact} has no evidence"
        for s, e in fact.evidence:
            assert 0 <= s < e <= len(raw.text)
    for ent in ex.entities:
        for s, e in ent.mentions:
            assert 0 <= s < e <= len(raw.text)
