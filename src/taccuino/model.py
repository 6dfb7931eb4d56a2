"""The output contract: dataclasses and closed vocabularies. The only place field names live."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

ROLES: tuple[str, ...] = (
    "player", "head_coach", "interim_head_coach", "assistant_coach", "youth_coach",
    "youth_coordinator", "sporting_director", "president", "other_staff",
)
END_REASONS: tuple[str, ...] = ("sacked", "resigned", "contract_end", "retired", "transferred")
CAPACITIES: tuple[str, ...] = ("player", "coach")

Role = Literal[
    "player", "head_coach", "interim_head_coach", "assistant_coach", "youth_coach",
    "youth_coordinator", "sporting_director", "president", "other_staff",
]


def stable_id(kind: str, *parts: object) -> str:
    """A short content-derived id: the same fact from the same article always gets the same id."""
    raw = "\x1f".join([kind, *("" if p is None else str(p) for p in parts)])
    return f"{kind[:2]}_{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:12]}"


@dataclass
class DocumentInfo:
    source: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    author_roles: dict[str, str] = field(default_factory=dict)
    published: str | None = None
    published_reason: str | None = None
    document: str = "text"  # which text offsets point into: "text" (file as read) or "extracted" (HTML)
    encoding: str = "utf-8"
    teaser: str | None = None
    url: str | None = None


@dataclass
class Stint:
    person: str
    team: str
    role: str
    start: str | None
    end: str | None
    end_reason: str | None
    evidence: list[Span]
    rule: str = ""
    confidence: float = 0.7
    team_id: str | None = None
    id: str = ""


@dataclass
class Honour:
    person: str
    trophy: str
    season: str | None
    year: int | None
    team: str | None
    capacity: str
    evidence: list[Span]
    rule: str = ""
    confidence: float = 0.7
    id: str = ""


@dataclass
class Quote:
    speaker: str | None
    text: str
    start: int
    end: int
    rule: str = ""
    confidence: float = 0.8
    id: str = ""


@dataclass
class Claim:
    """A judgement or a prediction about a team or a person ('il Napoli è l'unica vera avversaria dell'Inter')."""
    speaker: str | None  # who says it (a quote's speaker); None with by_author for the article's own voice
    subject: str  # the team, person or competition it is about, by canonical name
    object: str | None  # the other side of it ('dell'Inter'), if any
    kind: str  # prediction | judgement
    text: str  # the clause that states it
    evidence: list[Span]
    rule: str = ""
    confidence: float = 0.5
    by_author: bool = False
    id: str = ""


@dataclass
class Birth:
    person: str
    date: str | None
    place: str | None
    evidence: list[Span]
    rule: str = ""
    id: str = ""


@dataclass
class Match:
    home: str
    away: str
    date: str | None
    score: str | None
    competition: str | None
    evidence: list[Span]
    rule: str = ""
    id: str = ""


@dataclass
class Entity:
    id: str
    type: str  # person | team | competition | organisation (a federation)
    name: str
    kb_id: str | None
    mentions: list[Span]
    surfaces: list[str] = field(default_factory=list)  # each mention as written, in the order of mentions
    how: list[str] = field(default_factory=list)  # how each mention names it: full, surname, alias, nick, anaphor ...


@dataclass
class Extraction:
    document: DocumentInfo
    stints: list[Stint] = field(default_factory=list)
    honours: list[Honour] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    births: list[Birth] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    text: str = field(default="", repr=False)

    def assign_ids(self) -> None:
        """Give every fact a stable id derived from the article text and the fact's content."""
        doc = hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]
        for s in self.stints:
            s.id = stable_id("stint", doc, s.person, s.team, s.role, s.start, s.end)
        for h in self.honours:
            h.id = stable_id("honour", doc, h.person, h.trophy, h.season, h.year, h.capacity)
        for q in self.quotes:
            q.id = stable_id("quote", doc, q.start, q.end)
        for b in self.births:
            b.id = stable_id("birth", doc, b.person)
        for m in self.matches:
            m.id = stable_id("match", doc, m.home, m.away, m.date)
        for c in self.claims:
            c.id = stable_id("claim", doc, c.evidence[0][0] if c.evidence else None, c.subject, c.kind, c.text)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (plus the project's own extra fields)."""
        d = asdict(self)
        d.pop("text")
        d["document"]["content_hash"] = hashlib.sha1(self.text.encode("utf-8")).hexdigest()
        for key in ("stints", "honours", "births", "matches", "claims"):
            for item in d[key]:
                item["evidence"] = [list(s) for s in item["evidence"]]
        for e in d["entities"]:
            e["mentions"] = [list(s) for s in e["mentions"]]
        return d
