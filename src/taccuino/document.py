"""The document model: text, zones, paragraphs and sentences. The only code that makes offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .knowledge import fold
from .model import Span

# a sentence ends at . ! ? … followed by space and an upper-case letter, a quote or a dash
_SENT_END = re.compile(r"(?<=[.!?…])[»”\"']?\s+(?=[«“\"'(\-–—]?[A-ZÀ-ÖØ-Þ0-9])")
# 'I. Sulemana (Cagliari)': an initial before a surname, not a sentence's end ('in Serie A. Poi ...' is one)
_INITIAL = re.compile(r"(?:^|(?<=[\s(,;:]))(?P<prev>\w+\s+)?[A-ZÀ-Ý]\.$")
_INITIAL_NEXT = re.compile(r"\s+(?P<w>[A-ZÀ-Ý][a-zà-ÿ'’]+)")
_GROUP_WORDS = frozenset({"serie", "girone", "gruppo", "group", "lega", "liga", "pro", "categoria", "classe", "tipo",
                          "piano", "settore", "curva", "tribuna", "lettera", "fascia"})
_OPENERS = frozenset({"il", "lo", "la", "le", "gli", "i", "un", "una", "uno", "e", "ma", "poi", "nel", "nella", "nei",
                      "negli", "nelle", "in", "a", "al", "alla", "da", "dal", "dalla", "di", "del", "della", "con",
                      "per", "dopo", "prima", "quando", "se", "non", "che", "questo", "questa", "ora", "oggi", "ieri",
                      "domani", "qui", "lì", "così", "anche", "già", "sono", "è", "era", "ha", "hanno", "alle", "sul",
                      "sulla", "tra", "fra", "mentre", "infatti", "intanto", "inoltre", "quindi", "dunque", "però",
                      "eppure", "oltre", "secondo", "come", "dove", "chi", "cosa", "nessuno", "tutto", "tutti"})
_QUOTE_CHAR = re.compile(r"[«“»”]")
_ABBREV = re.compile(r"(?:\b(?:S|Sig|Dott|Prof|Avv|Ing|ecc|St|Mr|vs|n|pag|c\.d|F\.C|A\.C|S\.S|U\.S)\.)$")


@dataclass
class Zone:
    kind: str  # title | teaser | byline | caption | heading | subheading | body | chrome
    span: Span


@dataclass
class Document:
    """An article as read: its text, where it came from, and its zones and sentences."""

    text: str
    source: str
    kind: str = "text"  # "text": offsets into the file as read; "extracted": into HTML main text
    encoding: str = "utf-8"
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    zones: list[Zone] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    folded: str = ""

    def __post_init__(self) -> None:
        self.folded = fold(self.text)

    def slice(self, span: Span) -> str:
        return self.text[span[0]:span[1]]

    def paragraphs(self) -> list[Span]:
        """Non-empty lines (paragraphs), as spans, stripped of surrounding white space."""
        out: list[Span] = []
        for m in re.finditer(r"[^\n]+", self.text):
            s, e = m.span()
            while s < e and self.text[s].isspace():
                s += 1
            while e > s and self.text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
        return out

    def zone_of(self, pos: int) -> str:
        for z in self.zones:
            if z.span[0] <= pos < z.span[1]:
                return z.kind
        return "body"

    def spans_of(self, kind: str) -> list[Span]:
        return [z.span for z in self.zones if z.kind == kind]

    def split_sentences(self) -> None:
        """Cut every non-chrome zone into sentences; captions and headings are sentences of their own."""
        out: list[Span] = []
        for z in sorted(self.zones, key=lambda z: z.span):
            if z.kind in ("chrome", "byline"):
                continue
            if z.kind in ("title", "teaser", "caption", "heading", "subheading"):
                out.append(z.span)
                continue
            out.extend(split_span(self.text, z.span))
        self.sentences = out

    def sentence_index(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if s <= pos < e:
                return i
        return -1


def _initial(text: str, i: int, e0: int) -> bool:
    """Whether the full stop ending at i closes a name's initial ('I. Sulemana', 'G. Rossi')."""
    m = _INITIAL.search(text[max(0, i - 24):i])
    if not m or (m.group("prev") and m.group("prev").strip().lower() in _GROUP_WORDS):
        return False
    nxt = _INITIAL_NEXT.match(text, i, e0)
    return nxt is not None and nxt.group("w").lower() not in _OPENERS


def split_span(text: str, span: Span) -> list[Span]:
    """Sentences of text[span], never cutting inside « » or “ ” quotes."""
    s0, e0 = span
    out: list[Span] = []
    start = s0
    depth = 0
    quotes = [(m.start(), m.group()) for m in _QUOTE_CHAR.finditer(text, s0, e0)]
    qi = 0
    for m in _SENT_END.finditer(text, s0, e0):
        i = m.start()
        if i < start:
            continue
        while qi < len(quotes) and quotes[qi][0] <= i:  # the quote marks up to the cut decide whether it is inside
            if quotes[qi][1] in "«“":
                depth += 1
            elif depth:
                depth -= 1
            qi += 1
        if depth or _ABBREV.search(text[max(s0, i - 6):i]) or _initial(text, i, e0):
            continue
        j = i
        while j < e0 and text[j] in "»”\"'":
            j += 1
        out.append((start, j))
        while j < e0 and text[j].isspace():
            j += 1
        start = j
    if start < e0:
        out.append((start, e0))
    return [(a, b) for a, b in out if b > a]
