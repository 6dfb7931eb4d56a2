"""One base exception; messages say what was wrong, where, and how to fix it."""

from __future__ import annotations


class TaccuinoError(Exception):
    """Base of every error taccuino raises on purpose."""


class InputError(TaccuinoError):
    """An input file or text that cannot be read as an Italian football article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class DataError(TaccuinoError):
    """A broken language-data file in the package (file and line in the message)."""
