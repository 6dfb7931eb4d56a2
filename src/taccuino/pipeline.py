"""extract(): the stages, in order. A pure function of the article text (and a caller's date)."""

from __future__ import annotations

from pathlib import Path

from . import dates, layout, mentions
from . import published as pubdate
from .document import Document
from .facts import context, events, honours, quotes, stints
from .model import DocumentInfo, Entity, Extraction, stable_id
from .reader import RawInput, from_text, read_path, to_document


def extract(source: str | Path | RawInput, *, published: str | None = None) -> Extraction:
    """Every fact of one article.

    source: the article's text, a path to a .txt/.html file, or a RawInput from taccuino.reader.
    published: the publication date (ISO) when the caller knows it; it wins over the article's.
    """
    raw = _raw(source)
    doc = to_document(raw)
    return extract_document(doc, published or raw.published)


def _raw(source: str | Path | RawInput) -> RawInput:
    if isinstance(source, RawInput):
        return source
    if isinstance(source, Path) or ("\n" not in source and len(source) < 400 and Path(source).is_file()):
        return read_path(source)
    return from_text(str(source), "<text>")


def extract_document(doc: Document, given: str | None = None) -> Extraction:
    header = layout.analyse(doc)
    timexes = dates.tag(doc.text)
    pub, reason = _published(doc, header, timexes, given)
    dates.resolve(timexes, doc.text, pub, doc.sentences)
    found = mentions.find(doc)
    ctx = context.build(doc, found, timexes, pub)
    first = stints.extract(ctx)
    context.assign_subjects(ctx, stints.fits_from_stints(ctx, first))  # descriptions read again, knowing roles
    st = stints.extract(ctx)
    info = DocumentInfo(doc.source, header.title, header.authors, header.author_roles, pub, reason,
                        doc.kind, doc.encoding, header.teaser, doc.url)
    if not info.authors and doc.meta.get("author"):
        info.authors = [doc.meta["author"]]
    hs = honours.extract(ctx, st)
    st = st + stints.from_honours(st, hs)
    ex = Extraction(info, st, hs, quotes.extract(ctx, st), events.births(ctx),
                    events.matches(ctx), _entities(found, doc), doc.text)
    ex.assign_ids()
    return ex


def _published(doc: Document, header: layout.Header, timexes: list[dates.Timex],
               given: str | None) -> tuple[str | None, str]:
    if given:
        return pubdate.from_meta(given) or given, "given by the caller"
    if doc.meta.get("published"):
        meta = pubdate.from_meta(doc.meta["published"])
        if meta:
            return meta, "page metadata"
    if not header.date_text and header.site_date_text:
        header.date_text, header.date_span = header.site_date_text, header.site_date_span
    if not header.date_text:
        return None, "no date in the byline, dateline or metadata"
    parsed = pubdate.parse_header_date(header.date_text)
    if not parsed:
        return None, f"byline date {header.date_text!r} not understood"
    y, m, d, clock = parsed
    reason = "byline"
    if y is None:
        dates.resolve(timexes, doc.text, None, doc.sentences)
        y, why = pubdate.infer_year(m, d, [t for t in timexes if not _in_span(t, header.date_span)], doc.text)
        if y is None:
            return None, why
        reason = f"byline without a year; {why}"
    value = f"{y:04d}-{m:02d}-{d:02d}" + (f"T{clock}" if clock else "")
    return value, reason


def _in_span(t: dates.Timex, span: tuple[int, int] | None) -> bool:
    return bool(span) and span[0] <= t.span[0] < span[1]  # type: ignore[index]


def _entities(found: mentions.Mentions, doc: Document) -> list[Entity]:
    out = [Entity(stable_id("person", e.name), "person", e.name, None, sorted(e.mentions))
           for e in found.entities.values()]
    by_team: dict[str, list[tuple[int, int]]] = {}
    for m in found.teams:
        by_team.setdefault(m.key, []).append(m.span)
    from .knowledge import teams
    for tid, spans in by_team.items():
        out.append(Entity(stable_id("team", tid), "team", teams()[tid].name, tid, spans))
    del doc
    return out
