"""Saved web pages: the metadata and figure captions that trafilatura's main text leaves out."""

from __future__ import annotations

import re

import lxml.html


def _clean(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for n in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{n}"]/@content')
            if found and _clean(found[0]):
                return _clean(found[0])
    return None


def captions_and_meta(html: str) -> tuple[dict[str, str], list[str], list[str]]:
    """(metadata, header lines, captions) of a page: title, teaser, byline, author, published, url."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return {}, [], []
    meta: dict[str, str] = {}
    h1 = tree.xpath("//article//h1|//h1")
    title = _clean(h1[0].text_content()) if h1 else _meta(tree, "og:title")
    if title:
        meta["title"] = title
    teaser_el = tree.xpath('//*[contains(@class,"teaser") or contains(@class,"summary") '
                           'or contains(@class,"occhiello") or contains(@class,"subtitle")]')
    teaser = _clean(teaser_el[0].text_content()) if teaser_el else _meta(tree, "description", "og:description")
    if teaser:
        meta["teaser"] = teaser
    byline_el = tree.xpath('//*[contains(@class,"byline") or contains(@class,"author")]')
    if byline_el:
        meta["byline"] = _clean(byline_el[0].text_content())
    author = _meta(tree, "author", "article:author")
    if author and not author.startswith("http"):
        meta["author"] = author
    published = _meta(tree, "article:published_time", "datePublished", "pubdate", "date")
    if not published:
        times = tree.xpath("//time/@datetime")
        published = times[0] if times else None
    if published:
        meta["published"] = published
    canon = tree.xpath('//link[@rel="canonical"]/@href')
    if canon:
        meta["url"] = canon[0]
    captions: list[str] = []
    for fc in tree.xpath("//figcaption"):
        for credit in fc.xpath('.//*[contains(@class,"credit")]'):
            credit.drop_tree()
        c = _clean(fc.text_content())
        if c:
            captions.append(c)
    return meta, [], captions
