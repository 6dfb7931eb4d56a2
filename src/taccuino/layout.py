"""Article layout: title, teaser, byline (authors, date), dateline, headings, chrome and glued captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Document, Zone
from .knowledge import words
from .model import Span


@dataclass
class Header:
    """What the article's head says about itself."""

    title: str | None = None
    teaser: str | None = None
    authors: list[str] = field(default_factory=list)
    author_roles: dict[str, str] = field(default_factory=dict)
    date_text: str | None = None  # the byline/dateline date as written
    date_span: Span | None = None
    date_has_author: bool = False
    site_date_text: str | None = None  # a date in the page's own header or "Aggiornato il" chrome
    site_date_span: Span | None = None


_MID_SENTENCE = re.compile(r"(?:\b(?:il|lo|la|i|gli|le|di|da|a|ad|in|con|su|per|tra|fra|e|ed|o|del|dal|al|nel|sul|dell|"
                           r"dall|all|nell|fino|entro|dallo|dalla|allo|alla|nello|nella|dello|della|dei|dai|ai|nei)|')\s*$",
                           re.I)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    months = "|".join(sorted(words("dates", "months") + words("dates", "months_short"), key=len, reverse=True))
    roles = "|".join(words("layout", "author_roles"))
    starters = "|".join(re.escape(w) for w in words("text", "sentence_starters"))
    date = (rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}\s+(?:{months})\.?(?:\s+\d{{4}})?|"
            rf"\d{{1,2}}[./]\d{{1,2}}(?=\s*(?:[-|,–]\s*)?\d{{1,2}}[:.]\d{{2}}))"  # '01.05 23:05', '12/04 - 15:10'
            rf"(?:\s*[-|,–]?\s*(?:ore|alle)?\s*\d{{1,2}}[:.]\d{{2}})?")  # '20 febbraio 2024, ore 11:20'
    return {
        "date": re.compile(date, re.IGNORECASE),
        "role": re.compile(rf"\b({roles})\b"),
        "dateline": re.compile(rf"^([A-ZÀ-Ý][A-ZÀ-Ý' ]+|[A-Z][a-zà-ù]+),\s*({date})\s*[-–—]\s*", re.IGNORECASE),
        "caption": re.compile(rf"(?:(?<=^)|(?<=[\s.»\"”]))(\d{{1,2}}\s+(?:{months})\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*:\s+"),
        "caption_end": re.compile(rf"(?<=[a-zà-ù0-9)\]])\s+(?=(?:{starters})\s)"),
        "caption_clause": re.compile(r"(?<=[a-zà-ù0-9)\]])\s+(?=[A-ZÀ-Ý][a-zà-ù]+\s+(?:è|ha|era|aveva|sarà|non|si|resta|vince)\s)"),
        "heading_dash": re.compile(r"^([^.!?\n]{8,90}?)\s+[—–]\s+(?=[A-ZÀ-Ý])"),
        "heading_caps": re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý' ]{2,40})\s+[-–—]\s+"),
        "heading_line": re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý' ]{2,40})\s+[-–—]\s+[^.]{3,90}$"),
        "author": re.compile(r"^(?:di|a cura di|by)?\s*((?:[A-ZÀ-Ý][a-zà-ÿ'’]+\.?\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’]+)$"),
    }


_SITE = re.compile(r"\b[\w-]+\.(?:it|com|net|org|eu|info)\b|^home\b|\bcookie|\s>\s", re.IGNORECASE)


def _is_site_chrome(line: str) -> bool:
    """The site's own header, menus and banners: 'Sito.it | Serie A | ...', 'Home > Serie A'."""
    if line.count("|") >= 2 or (bool(_SITE.search(line)) and len(line) < 400):
        return True
    if len(re.findall(r"\S\s{3,}\S", line)) >= 2 or len(re.findall(r"\S {2,}(?=\S)", line)) >= 4:
        return True  # a menu laid out with runs of spaces ('CALCIOMONDO24   Home  Serie A  Inter  Video')
    if line.count("»") - line.count("«") >= 2 or line.count("•") >= 2 or line.count(" · ") >= 3:  # '» Girone C, il programma  » Giudice sportivo ...': links
        # (not a paragraph quoting twice in « »)
        return True
    low = line.lower()
    if len(line) < 120 and any(t in low for t in words("layout", "site_taglines")) and re.search(r"\s[-–|]\s", line):
        return True  # 'LEGAPRO24 - Il quotidiano online della Serie C'
    if re.fullmatch(r"[A-ZÀ-Ý0-9' ]{3,30}(?:\s*[-–/·|]\s*[A-ZÀ-Ý0-9' ]{1,30})*", line.strip()):
        return True  # a section label: 'MERCATO', 'SERIE C - GIRONE C'
    wd = "|".join(words("dates", "weekdays"))
    if len(line) < 120 and re.match(rf"\s*(?:(?:{wd})\s*,?\s*)?" + _rx()["date"].pattern + r"\s*[-|–,]?\s*(?:ultimo\s+)?aggiorna",
                                    line, re.IGNORECASE):
        return True  # 'Venerdì, 4 Agosto 2023 - Ultimo aggiornamento 20:31': the site's clock, not the article's
    return bool(re.fullmatch(rf"(?:{wd})?\s*,?\s*" + _rx()["date"].pattern, line.strip(), re.IGNORECASE)) and \
        bool(re.search(rf"^(?:{wd})", line.strip(), re.IGNORECASE))


def _is_chrome(line: str) -> bool:
    low = line.lower().strip(" :-|·•")
    if len(low) > 80:
        return False
    return any(low == w or low.startswith(w + ":") or low.startswith(w + " ") and (len(low) < 40 or "|" in low)
               for w in words("layout", "chrome_lines"))  # 'Tutte le notizie di Salernitana | Torna alla home'


def analyse(doc: Document) -> Header:
    """Cut the document into zones and read its header; fills doc.zones and doc.sentences."""
    h = Header()
    paras = doc.paragraphs()
    rx = _rx()
    captions_meta = set((doc.meta.get("captions") or "").split("\n")) - {""}
    zones: list[Zone] = []
    body_started = False
    related = False  # under a 'LEGGI ANCHE' heading: headlines of other articles
    heads = [w.lower() for w in words("layout", "related_links")]
    prev_end = 0
    for s, e in paras:
        line = doc.text[s:e]
        gap, prev_end = doc.text[prev_end:s], e
        if line in captions_meta:
            zones.append(Zone("caption", (s, e)))
            continue
        if related and "\n\n" in gap:
            related = False  # a blank line ends the list of links
        if related and len(line) < 150 and not line.rstrip().endswith((".", "»", "\"", "”")):
            zones.append(Zone("chrome", (s, e)))
            continue
        related = line.lower().strip(" :-|·•") in heads or (related and line.count("»") >= 2)
        if _is_chrome(line) or ((not body_started or line.count("|") >= 2) and _is_site_chrome(line)):
            dm = rx["date"].search(line)
            if dm and not h.site_date_text and re.search(r"\d{4}", dm.group(0)):
                h.site_date_text, h.site_date_span = dm.group(0), (s + dm.start(), s + dm.end())
            zones.append(Zone("chrome", (s, e)))
            continue
        nxt = next((doc.text[a:b] for a, b in paras if a > s), "")
        label = (len(line.split()) <= 2 and "'" not in line) or (line.isupper() and len(line.split()) <= 4)
        if not body_started and h.title is None and label and not re.search(r"[.,:;!?«»\"]", line) \
                and 20 < len(nxt) < 300 and not nxt.rstrip().endswith("."):
            zones.append(Zone("chrome", (s, e)))  # a section label over the headline: 'Lecce', 'INTER WOMEN'
            continue
        if not body_started and h.title is None and len(line) < 300 and len(paras) > 1 \
                and not rx["date"].fullmatch(line.strip()):
            h.title = line
            zones.append(Zone("title", (s, e)))
            continue
        if not body_started and len(line) < 160 and _byline(doc, h, (s, e), line):
            zones.append(Zone("byline", (s, e)))
            continue
        if not body_started and h.teaser is None and not h.date_text and len(line) < 400 \
                and not rx["dateline"].match(line) and len(paras) > 3:
            h.teaser = line
            zones.append(Zone("teaser", (s, e)))
            continue
        wd = "|".join(words("dates", "weekdays"))
        if not h.date_text and len(line) < 100 and len(zones) < 12 and (
                re.match(r"(?:di|a cura di|by|pubblicato|aggiornato|redazione)\b", line, re.I)
                or rx["date"].match(re.sub(rf"^(?:{wd})\b[\s,]*", "", line.strip(), flags=re.I))) \
                and _byline(doc, h, (s, e), line):
            zones.append(Zone("byline", (s, e)))  # a byline after a subtitle the header took for text
            continue
        body_started = True
        zones.extend(_body_zones(doc, h, (s, e)))
    if doc.meta.get("title") and not h.title:
        h.title = doc.meta["title"]
    doc.zones = zones
    doc.split_sentences()
    return h


def _byline(doc: Document, h: Header, span: Span, line: str) -> bool:
    rx = _rx()
    dm = rx["date"].search(line)
    collective = [w.lower() for w in words("layout", "collective_authors")]
    if line.strip().lower() in collective:
        return True
    rest = (line[:dm.start()] + " " + line[dm.end():]).strip(" |-–,·") if dm else ""
    wd = "|".join(words("dates", "weekdays"))
    rest = re.sub(rf"^(?:{wd})\b[\s,|–-]*", "", rest, flags=re.IGNORECASE).strip(" |-–,·")  # 'Martedì 20 febbraio ...'
    if dm and (len(rest.split()) <= 7 or rest.lower().startswith(("di ", "by "))):
        n_authors = len(h.authors)
        _authors(h, rest)
        with_author = len(h.authors) > n_authors
        if not h.date_text or (with_author and not h.date_has_author and h.date_text and not re.search(
                r"\d{1,2}[:.]\d{2}", h.date_text)):
            h.date_text = dm.group(0)
            h.date_span = (span[0] + dm.start(), span[0] + dm.end())
            h.date_has_author = with_author
        return True
    if rx["author"].match(line.strip()) and (line.strip().lower().startswith(("di ", "by ", "a cura di"))
                                             or rx["role"].search(line) or len(line.split()) <= 4):
        _authors(h, line)
        return True
    if rx["role"].search(line) and len(line.split()) <= 6:
        _authors(h, line)
        return True
    return False


def _authors(h: Header, text: str) -> None:
    rx = _rx()
    text = re.sub(r"^\s*(?:di|a cura di|by)\s+", "", text.strip(), flags=re.IGNORECASE).strip(" |-–,")
    role = None
    rm = rx["role"].search(text)
    if rm:
        role = rm.group(1)
        text = (text[:rm.start()] + text[rm.end():]).strip(" |-–,")
    if not text or text.lower() in [w.lower() for w in words("layout", "collective_authors")]:
        return
    for name in re.split(r"\s*(?:,| e |&)\s*", text):
        name = re.sub(r"^(?:di|by)\s+", "", name.strip(), flags=re.IGNORECASE)
        if rx["author"].match(name) and name not in h.authors:
            h.authors.append(name)
            if role:
                h.author_roles[name] = role


def _body_zones(doc: Document, h: Header, span: Span) -> list[Zone]:
    """A body paragraph, with its dateline, glued heading and glued captions as zones of their own."""
    rx = _rx()
    s, e = span
    line = doc.text[s:e]
    out: list[Zone] = []
    if len(line) < 70 and len(line.split()) <= 8 and not re.search(r"[.!?;:»”\"\d|·•]\s*$|[\d|·•]", line) \
            and line[:1].isupper() and e < len(doc.text) - 1 and not line.isupper() \
            and not (rx["heading_dash"].match(line) or rx["heading_caps"].match(line)):
        return [Zone("subheading", (s, e))]  # 'Il campo, prima della panchina': a section title inside the body
    if len(line) < 80 and len(line.split()) <= 10 and line.isupper() and not re.search(r"[.!?;»”\"]\s*$", line) \
            and e < len(doc.text) - 1 and re.search(r"[A-ZÀ-Ý]{3}", line):
        return [Zone("heading", (s, e))]  # 'NAPOLI, LA RIVOLUZIONE DI GIUNTOLI': a section on its own line
    dl = rx["dateline"].match(line)
    if dl:
        if not h.date_text:
            h.date_text = dl.group(2)
            h.date_span = (s + dl.start(2), s + dl.end(2))
        out.append(Zone("byline", (s, s + dl.end())))
        s = s + dl.end()
    else:
        hd = rx["heading_dash"].match(line) or rx["heading_caps"].match(line)
        if hd:
            out.append(Zone("heading", (s, s + hd.end(1))))
            s = s + hd.end()
    pos = s
    for cm in rx["caption"].finditer(doc.text, s, e):
        if cm.start() < pos:
            continue
        if _MID_SENTENCE.search(doc.text, max(s, cm.start() - 12), cm.start()):
            continue  # 'nata a Gavardo il 23 aprile 1990: cresciuta ...': a date inside a sentence, not a caption
        end_m = rx["caption_end"].search(doc.text, cm.end(), e)
        dot = doc.text.find(". ", cm.end(), e)
        cap_end = end_m.start() if end_m else (dot + 1 if dot > 0 else e)
        new_clause = rx["caption_clause"].search(doc.text, cm.end(), cap_end)
        if new_clause and len(doc.text[cm.end():new_clause.start()].split()) >= 8:
            cap_end = new_clause.start()  # '... contro il Liverpool Ancelotti è l'unico ...': a sentence begins
        if dot > 0 and dot + 1 < cap_end:
            cap_end = dot + 1
        credit = re.compile(r"\((?:foto|photo|ph\.?|credit|crediti|fonte)\b[^)]{0,40}\)", re.I).search(doc.text, cm.end(), cap_end)
        if credit:
            cap_end = credit.end()  # '... al Ferraris (foto archivio) Poco spazio, però, ...': the credit closes the caption
        if cm.start() > pos:
            out.append(Zone("body", (pos, cm.start())))
        out.append(Zone("caption", (cm.start(), cap_end)))
        pos = cap_end
        while pos < e and doc.text[pos].isspace():
            pos += 1
    if pos < e:
        out.append(Zone("body", (pos, e)))
    return [z for z in out if z.span[1] > z.span[0]]
