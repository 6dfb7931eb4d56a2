"""Language and domain knowledge: loads and validates the data files under lang/it/."""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import DataError

TEAM_FIELDS = {
    "id": str, "name": str, "type": str, "country": str, "official": list, "aliases": list,
    "nicknames": list, "demonyms": list, "city": (str, type(None)), "region": (str, type(None)),
    "stadiums": list,
}
COMPETITION_FIELDS = {
    "id": str, "name": str, "country": (str, type(None)), "kind": str, "top_league": bool,
    "aliases": list, "lineage": (str, type(None)), "calendar_year": bool,
}


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    type: str
    country: str
    official: tuple[str, ...]
    aliases: tuple[str, ...]
    nicknames: tuple[str, ...]
    demonyms: tuple[str, ...]
    city: str | None
    region: str | None
    stadiums: tuple[str, ...]
    grounds: tuple[str, ...] = ()  # training grounds that stand for the club ('ad Appiano Gentile')
    parent: str | None = None  # a second team's first team ('juventus-next-gen' -> 'juventus')


@dataclass(frozen=True)
class Competition:
    id: str
    name: str
    country: str | None
    kind: str
    top_league: bool
    aliases: tuple[str, ...]
    lineage: str | None
    calendar_year: bool


def fold_char(c: str) -> str:
    """One character folded to lower case without accents, always one character long."""
    if c in "’‘`´":
        return "'"
    low = c.lower()
    if len(low) != 1:
        return c
    base = unicodedata.normalize("NFKD", low)[0]
    return base if base.isalnum() or base == "'" else low


def fold(text: str) -> str:
    """Text folded character by character, so offsets into the result are offsets into text."""
    return "".join(fold_char(c) for c in text)


def _read_jsonl(name: str, fields: dict[str, Any]) -> list[dict[str, Any]]:
    path = resources.files("taccuino") / "lang" / "it" / name
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"lang/it/{name}, line {lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(f"{where}: not valid JSON ({e.msg})") from e
        for key, typ in fields.items():
            if key not in row:
                raise DataError(f"{where}: missing field {key!r}")
            if not isinstance(row[key], typ):
                raise DataError(f"{where}: field {key!r} has the wrong type")
        if row["id"] in seen:
            raise DataError(f"{where}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The lexicon (lang/it/lexicon.toml), parsed once."""
    path = resources.files("taccuino") / "lang" / "it" / "lexicon.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"lang/it/lexicon.toml: {e}") from e


class TeamTable(dict[str, Team]):
    """Teams by id; an id '~Name' is a club the data lacks, named in the article as written ('~Bellinzago')."""

    def __missing__(self, key: str) -> Team:
        if key.startswith("~") and len(key) > 1:
            return Team(key, key[1:], "club", "", (), (), (), (), None, None, ())
        raise KeyError(key)


@lru_cache(maxsize=1)
def teams() -> TeamTable:
    """Every club and national team, by id."""
    out = TeamTable()
    for r in _read_jsonl("teams.jsonl", TEAM_FIELDS):
        out[r["id"]] = Team(
            r["id"], r["name"], r["type"], r["country"], tuple(r["official"]), tuple(r["aliases"]),
            tuple(r["nicknames"]), tuple(r["demonyms"]), r["city"], r["region"], tuple(r["stadiums"]),
            tuple(r.get("grounds", [])), r.get("parent"),
        )
    for t in out.values():
        if t.parent is not None and t.parent not in out:
            raise DataError(f"lang/it/teams.jsonl: {t.id!r} names an unknown parent {t.parent!r}")
    return out


_WOMENS_NAME = re.compile(r"femminil|women", re.IGNORECASE)


def is_womens(team: Team) -> bool:
    """A women's side ('Juventus Women', 'Italia femminile')."""
    return bool(_WOMENS_NAME.search(team.name))


@lru_cache(maxsize=1)
def womens_sides() -> dict[str, str]:
    """Club or national side id -> its women's side id ('juventus' -> 'juventus-women')."""
    return {t.parent: t.id for t in teams().values() if t.parent and is_womens(t)}


@lru_cache(maxsize=1)
def competitions() -> dict[str, Competition]:
    """Every competition and trophy, by id."""
    out: dict[str, Competition] = {}
    for r in _read_jsonl("competitions.jsonl", COMPETITION_FIELDS):
        out[r["id"]] = Competition(
            r["id"], r["name"], r["country"], r["kind"], r["top_league"], tuple(r["aliases"]),
            r["lineage"], r["calendar_year"],
        )
    return out


def words(section: str, key: str) -> list[str]:
    """A word list from the lexicon, e.g. words('quotes', 'speech_verbs')."""
    try:
        return list(lexicon()[section][key])
    except KeyError as e:
        raise DataError(f"lang/it/lexicon.toml: no [{section}] {key}") from e


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The lexicon's [names] first and the longer list of lang/it/first_names.txt."""
    path = resources.files("taccuino") / "lang" / "it" / "first_names.txt"
    extra = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(words("names", "first")) | frozenset(extra)


def top_league(country: str) -> Competition | None:
    """The top league of a country, for a 'scudetto' won there."""
    for c in competitions().values():
        if c.top_league and c.country == country:
            return c
    return None
