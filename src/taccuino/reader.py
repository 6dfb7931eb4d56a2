"""Readers: .txt (UTF-8, cp1252, latin-1), saved web pages, JSON lines and stdin -> Document."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .errors import InputError

MAX_BYTES = 5 * 1024 * 1024  # an article is never this long; larger inputs are refused
_ITALIAN = re.compile(
    r"\b(?:il|lo|la|gli|le|di|del|della|che|non|è|e|per|con|una|un|nel|alla|al|dopo|anche|sono|ha)\b",
    re.IGNORECASE,
)
_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)


@dataclass
class RawInput:
    """One article's text before layout analysis, and where it came from."""

    text: str
    source: str
    kind: str = "text"
    encoding: str = "utf-8"
    url: str | None = None
    published: str | None = None
    meta: dict[str, str] | None = None


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """Bytes to text: UTF-8 first, then cp1252/latin-1 when the bytes say so; the choice is returned."""
    if not raw.strip():
        raise InputError(source, "the file is empty")
    if len(raw) > MAX_BYTES:
        raise InputError(source, f"the file is {len(raw) // (1024 * 1024)} MB; articles over "
                                 f"{MAX_BYTES // (1024 * 1024)} MB are refused (split it or pass the article alone)")
    if b"\x00" in raw[:4096]:
        raise InputError(source, "the file is binary (it contains NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = raw.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        text, enc = raw.decode("latin-1"), "latin-1"
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t") or 0x80 <= ord(c) < 0xA0)
    if controls > len(text) * 0.01:
        raise InputError(source, f"the bytes are not text in UTF-8, cp1252 or latin-1 "
                                 f"(first bad byte at offset {utf8_error.start})")
    return text, enc


def check_italian(text: str, source: str) -> None:
    """Refuse text that is not Italian prose (too few Italian function words)."""
    words = re.findall(r"\w+", text)
    if len(words) < 8:
        raise InputError(source, f"only {len(words)} words: too short to be an article")
    hits = len(_ITALIAN.findall(text))
    if hits / len(words) < 0.06:
        raise InputError(source, "the text does not look Italian (too few Italian function words); "
                                 "taccuino reads Italian football articles only")


def from_html(html: str, source: str, encoding: str = "utf-8") -> RawInput:
    """Main text and metadata of a saved web page (trafilatura); captions kept on lines of their own."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    from .htmlpage import captions_and_meta

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True,
                               include_images=False)
    if not body or len(body.split()) < 8:
        raise InputError(source, "the HTML page has no article text (is it an index page or broken?)")
    meta, header, captions = captions_and_meta(html)
    if captions:
        meta["captions"] = "\n".join(captions)
    parts = [p for p in (meta.get("title"), meta.get("teaser"), meta.get("byline")) if p]
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if lines and meta.get("title") and lines[0].strip() == meta["title"].strip():
        lines = lines[1:]
    if lines and meta.get("teaser") and lines[0].strip() == meta["teaser"].strip():
        lines = lines[1:]
    kept = [ln for ln in lines if ln.strip() not in captions]
    text = "\n\n".join(parts + kept + [c for c in captions])
    return RawInput(text, source, "extracted", encoding, meta.get("url"), meta.get("published"), meta)


def read_path(path: str | Path) -> RawInput:
    """One article file (.txt or .html), decoded."""
    p = Path(path)
    source = str(path)
    if not p.exists():
        raise InputError(source, "no such file")
    if p.is_dir():
        raise InputError(source, "is a directory; pass the article files inside it")
    raw = p.read_bytes()
    text, enc = decode(raw, source)
    return from_text(text, source, enc)


def from_text(text: str, source: str, encoding: str = "utf-8") -> RawInput:
    """Text that may be plain or a web page."""
    if _HTML.match(text[:2000]) or (text.count("<p") > 2 and text.count("</") > 5):
        return from_html(text, source, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    return RawInput(text, source, "text", encoding)


def read_jsonl(path: str | Path, stream: Iterator[str] | None = None) -> Iterator[RawInput | InputError]:
    """JSON lines of {"text", "url"?, "published"?}: one RawInput (or the error for that line) per line."""
    lines = stream if stream is not None else Path(path).read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
            text = obj["text"]
            if not isinstance(text, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            yield InputError(where, 'not a JSON object with a "text" string')
            continue
        try:
            raw = from_text(text, obj.get("url") or where)
        except InputError as e:
            yield e
            continue
        raw.url = obj.get("url") or raw.url
        raw.published = obj.get("published") or raw.published
        yield raw


def read_stdin(data: bytes | None = None) -> RawInput:
    """The article on standard input (or the bytes already read from it)."""
    data = sys.stdin.buffer.read() if data is None else data
    text, enc = decode(data, "<stdin>")
    return from_text(text, "<stdin>", enc)


def to_document(raw: RawInput) -> Document:
    check_italian(raw.text, raw.source)
    return Document(raw.text, raw.source, raw.kind, raw.encoding, raw.url, dict(raw.meta or {}))
