"""extract(): the stages, in order. A pure function of the article text (and a caller's date)."""

from __future__ import annotations

import re
from pathlib import Path

from . import dates, layout, mentions
from . import published as pubdate
from .document import Document
from .facts import claims, context, events, honours, quotes, stints
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
    qs, bs = quotes.extract(ctx, st), events.births(ctx)
    named: list[str] = [x.person for x in st] + [h.person for h in hs] + [b.person for b in bs] \
        + [q.speaker for q in qs if q.speaker]
    ex = Extraction(info, st, hs, qs, bs, events.matches(ctx), _entities(found, doc, named), claims.extract(ctx, qs),
                    doc.text)
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


def _entities(found: mentions.Mentions, doc: Document, named: list[str] | None = None) -> list[Entity]:
    """People, teams and competitions of the article, each with every mention, as written and how it names it.

    A person a fact names whom the mention finder did not group (a line-up's surnames) becomes an entity
    too, with each place the name is written, so that every fact's person is an entity of the article.
    """
    from .knowledge import competitions, teams
    text = doc.text
    how_of = {(m.key, m.span): m.how for m in found.people}
    out = []
    for e in found.entities.values():
        spans = sorted(set(e.mentions) | {m.span for m in found.people if m.key == e.key})
        out.append(Entity(stable_id("person", e.name), "person", e.name, None, spans,
                          [text[a:b] for a, b in spans], [how_of.get((e.key, sp), "name") for sp in spans]))
    known = {e.name for e in out} | {teams()[m.key].name for m in found.teams}
    for name in dict.fromkeys(named or []):
        if name in known:
            continue
        known.add(name)
        spans = [m.span() for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text)]
        out.append(Entity(stable_id("person", name), "person", name, None, spans, [text[a:b] for a, b in spans],
                          ["lineup"] * len(spans)))
    for kind, ms, table in (("team", found.teams, teams()), ("competition", found.competitions, competitions())):
        by_key: dict[str, list[mentions.Mention]] = {}
        for m in ms:
            by_key.setdefault(m.key, []).append(m)
        for key, group in by_key.items():
            group.sort(key=lambda m: m.span)
            kb = None if key.startswith("~") else key  # '~Name': a club the gazetteer lacks, kept as written
            typ = "organisation" if kind == "team" and teams()[key].type == "federation" else kind  # FIGC is no side
            out.append(Entity(stable_id(kind, key), typ, table[key].name, kb, [m.span for m in group],
                              [text[m.span[0]:m.span[1]] for m in group], [_how(m, text) for m in group]))
    _titles(out, text, found)
    return out


_PLURAL_DET = re.compile(r"(?:\b(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle|coi|sui|sugli|nei|negli|"
                         r"nelle|tra\s+i|fra\s+i|per\s+i|con\s+i|con\s+gli|con\s+le|questi|quei|quegli)\s+"
                         r"(?:\w+\s+)?)$", re.IGNORECASE)


_IN_COLOURS = re.compile(r"\bin\s+$", re.IGNORECASE)  # 'gli anni in bianconero': the side's shirt, the side


def _how(m: mentions.Mention, text: str) -> str:
    """How a team mention names it, for the entity output: a nickname or demonym used as a noun ('i
    bianconeri', 'i partenopei', 'in bianconero') names the side; one used as an adjective ('il tecnico
    rossonero', 'la maglia viola', 'l'ex blucerchiato') describes something of it: an 'adjective' mention."""
    if m.how in ("nick", "demonym"):
        w = text[m.span[0]:m.span[1]]
        if w.islower() and " " not in w and not _PLURAL_DET.search(text, max(0, m.span[0] - 24), m.span[0]) \
                and not _IN_COLOURS.search(text, max(0, m.span[0] - 4), m.span[0]):
            return "adjective"
    return m.how


_SCUDETTO = re.compile(r"\bscudett[oi]\b", re.IGNORECASE)
# 'promosso in B', 'dalla C alla A', 'torna in A': a division by its letter, after a preposition or article
_DIVISION = re.compile(r"(?<!Serie )(?<!serie )\b(?:in|la|alla|dalla|della|nella|verso\s+la|per\s+la)\s+([ABCD])\b(?![\w'’])")


def _add_mentions(out: list[Entity], key: str, spans: list[tuple[int, int]], text: str, how: str) -> None:
    from .knowledge import competitions
    if not spans or key not in competitions():
        return
    ent = next((e for e in out if e.type == "competition" and e.kb_id == key), None)
    if ent is None:
        ent = Entity(stable_id("competition", key), "competition", competitions()[key].name, key, [], [], [])
        out.append(ent)
    for sp in spans:
        ent.mentions.append(sp)
        ent.surfaces.append(text[sp[0]:sp[1]])
        ent.how.append(how)
    order = sorted(range(len(ent.mentions)), key=lambda i: ent.mentions[i])
    ent.mentions = [ent.mentions[i] for i in order]
    ent.surfaces = [ent.surfaces[i] for i in order]
    ent.how = [ent.how[i] for i in order]


def _titles(out: list[Entity], text: str, found: mentions.Mentions) -> None:
    """'lo scudetto', 'tre scudetti': the Italian league's title, a mention of Serie A (or of the women's
    league when the article's sides are women's); 'in B', 'dalla C alla A': the divisions by their letter."""
    womens = any(t.key.endswith("-women") for t in found.teams)
    _add_mentions(out, "serie-a-femminile" if womens else "serie-a", [m.span() for m in _SCUDETTO.finditer(text)],
                  text, "title")
    for letter in "ABCD":
        spans = [m.span(1) for m in _DIVISION.finditer(text) if m.group(1) == letter]
        key = f"serie-{letter.lower()}" + ("-femminile" if womens and letter in "AB" else "")
        _add_mentions(out, key, spans, text, "letter")
