"""The article's hyperlinks: where its text sends the reader for evidence (the ``links`` table).

A link in Markdown or HTML input is evidence a reader can follow: the court ruling as a PDF, a
statistics office's table, a study, or a social-media post retold. The reader (``scoring.reading.markup``)
keeps each anchor's text and records its address; here each anchor is placed in the normalised text
(through the offsets both texts keep into the input), given the sentence it lies in, and typed by its
address:

* ``document``: a file (pdf, doc(x), xls(x), csv, odt, ods, ppt(x)), whatever its site;
* ``same_site``: the article's own site (its ``url``; a relative address): an outlet citing itself or
  its earlier pieces;
* by the host's domain, from the list ``scoring/languages/mul/lexicons/link_domains.tsv`` (a domain
  matches its subdomains, the longest match wins): ``official`` (governments, parliaments, courts,
  statistics offices, international bodies), ``research``, ``social_media``, ``archive``,
  ``encyclopedia``;
* ``other`` for the rest, other outlets among them.

The profile counts the links (``scores.n_links``) and the claims whose sentence links to something other
than the article's own site (``scores.linked_claims``). They are not part of a component: no data with
links and outlet ratings was at hand to measure what they say about sourcing (METHODS.md, "Validity").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from scoring.cleaning.normalize import NormalizedText
from scoring.reading.markup import MarkedText

DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".odt", ".ods", ".ppt", ".pptx")


@lru_cache(maxsize=1)
def _domain_kinds() -> dict[str, str]:
    from scoring.languages.lexicon import load_lexicon

    return {row["domain"].lower(): row["kind"] for row in load_lexicon("mul", "link_domains").records()}


def _split(url: str | None) -> tuple[str, str | None]:
    """The lower-cased path of ``url`` and its host without a leading ``www.`` (None when it has none: a
    relative address, ``mailto:``, a malformed one)."""
    if not url:
        return "", None
    if "://" not in url and url.lower().startswith("www."):
        url = "//" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed address (an unclosed IPv6 bracket)
        return "", None
    if host and host.startswith("www."):
        host = host[4:]
    return parts.path.lower(), host or None


def host_of(url: str | None) -> str | None:
    """The host of ``url`` in lower case without a leading ``www.``; None when it has none."""
    return _split(url)[1]


def link_kind(url: str, article_host: str | None = None) -> str:
    """What ``url`` points to (see the module doc); ``article_host``: the host of the article's own address."""
    path, host = _split(url)
    return _kind(url, path, host, article_host)


def _kind(url: str, path: str, host: str | None, article_host: str | None) -> str:
    if path.endswith(DOCUMENT_SUFFIXES):
        return "document"
    if host is None:
        relative = ":" not in url.split("/", 1)[0] and not url.startswith("//")  # no scheme such as "mailto:"
        return "same_site" if relative else "other"  # "/politik/…": a page of the article's own site
    if article_host is not None and (host == article_host or host.endswith("." + article_host) or article_host.endswith("." + host)):
        return "same_site"
    kinds = _domain_kinds()
    labels = host.split(".")
    for k in range(len(labels)):  # longest suffix first: "pubmed.ncbi.nlm.nih.gov" before "gov"
        kind = kinds.get(".".join(labels[k:]))
        if kind is not None:
            return kind
    return "other"


def link_rows(
    article_id: str,
    marked: MarkedText,
    norm: NormalizedText,
    sentences: Sequence[dict[str, Any]],
    article_url: str | None,
) -> list[dict[str, Any]]:
    """The ``links`` rows of an article: each anchor of ``marked.links`` placed in ``norm.text``.

    An anchor whose text did not survive normalisation (it lay in a dropped block) has no row.
    """
    if not marked.links:
        return []
    text = norm.text
    offsets = norm.offsets[:-1] if norm.offsets is not None else None
    starts = [s["start"] for s in sentences]
    article_host = host_of(article_url)
    rows: list[dict[str, Any]] = []
    for a, b, url in marked.links:
        first, last = marked.source_offset(a), marked.source_offset(b - 1)
        if offsets is None:
            start, end = first, last + 1
        else:
            start, end = bisect_left(offsets, first), bisect_right(offsets, last)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        k = bisect_right(starts, start) - 1
        sent_id = sentences[k]["sent_id"] if k >= 0 and start < sentences[k]["end"] else None
        path, host = _split(url)
        rows.append({
            "article_id": article_id, "start": start, "end": end, "text": text[start:end], "link_id": len(rows),
            "sent_id": sent_id, "url": url, "domain": host, "kind": _kind(url, path, host, article_host),
        })  # fmt: skip
    return rows


def link_figures(links: Sequence[dict[str, Any]], claims: Sequence[dict[str, Any]]) -> dict[str, int]:
    """``n_links`` and ``linked_claims``: claims whose sentence links somewhere other than the article's own site."""
    linked_sentences = {row["sent_id"] for row in links if row["kind"] != "same_site" and row["sent_id"] is not None}
    return {"n_links": len(links), "linked_claims": sum(1 for c in claims if c["sent_id"] in linked_sentences)}
