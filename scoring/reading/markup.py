"""From Markdown and HTML to plain text, keeping track of where each character came from.

:class:`MarkedText` is plain text in lines plus, for every character, its
offset in the original input (so a finding can be reported at the line and
column of the file the user edits) and hints about the block each line
belongs to (a Markdown heading is a heading whatever its length).

Markdown block structure comes from markdown-it-py (CommonMark); inline markup
(emphasis, links, images, code spans, HTML tags, escapes) is removed here so
that offsets survive. HTML goes through trafilatura (Barbaresi 2021), which
finds the main text and drops navigation, then through the Markdown path;
offsets of HTML input point into trafilatura's extract, not into the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from scoring.errors import InputError

BLOCK_HINTS = ("heading", "paragraph", "list_item", "quote", "table", "html")


@dataclass
class MarkedText:
    """Plain text, the input offset of each character, and per-block hints.

    ``offsets[i]`` is the position in the original input of ``text[i]``; it has
    one extra entry for the end of the text. ``None`` means identity (the text
    *is* the input). ``hints`` maps the start offset of a block (a run of lines
    separated from others by a blank line) to one of :data:`BLOCK_HINTS`;
    blocks without a hint are plain text whose structure the normaliser infers.
    """

    text: str
    offsets: list[int] | None = None
    hints: dict[int, str] = field(default_factory=dict)
    links: list[tuple[int, int, str]] = field(default_factory=list)
    """Hyperlinks of Markdown or HTML input: ``(start, end, url)``, the anchor's span in :attr:`text`."""

    def source_offset(self, i: int) -> int:
        """Offset in the original input of text position ``i``."""
        if self.offsets is None:
            return i
        return self.offsets[min(i, len(self.offsets) - 1)]


class _Builder:
    """Accumulates output text with a source offset per character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.length = 0
        self.links: list[tuple[int, int, str]] = []

    def copy(self, source: str, start: int, end: int) -> None:
        """Append ``source[start:end]``, each character mapped to its own position."""
        if end > start:
            self.parts.append(source[start:end])
            self.offsets.extend(range(start, end))
            self.length += end - start

    def insert(self, piece: str, source_pos: int) -> None:
        """Append text that has no counterpart in the source, mapped to ``source_pos``."""
        if piece:
            self.parts.append(piece)
            self.offsets.extend([source_pos] * len(piece))
            self.length += len(piece)

    def build(self, source_end: int) -> tuple[str, list[int]]:
        return "".join(self.parts), [*self.offsets, source_end]


# --- inline Markdown -------------------------------------------------------------

# Order matters: images before links, code spans before emphasis.
_INLINE = re.compile(
    r"""
    (?P<image>!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\))          # ![alt](url): dropped
    | (?P<link>\[(?P<label>[^\]\n]+)\]\((?P<href>[^)\n]*)\))  # [label](url): label kept, link recorded
    | (?P<refl>\[(?P<rlabel>[^\]\n]+)\]\[[^\]\n]*\])      # [label][ref]: label kept
    | (?P<footnote>\[\^[^\]\n]+\])                        # [^1]: dropped
    | (?P<code>`+)(?P<codetext>[^`\n]+?)(?P=code)         # `code`: text kept
    | (?P<auto><(?P<url>(?:https?|mailto):[^>\s]+)>)      # <http://…>: url kept
    | (?P<comment><!--.*?-->)                             # HTML comment: dropped
    | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)   # inline HTML tag: dropped
    | (?P<escape>\\(?P<escaped>[\\`*_{}\[\]()#+\-.!|<>~"]))  # \*: the character kept
    """,
    re.VERBOSE | re.DOTALL,
)


def _link_target(href: str) -> str | None:
    """The URL of a Markdown link's ``(…)`` part: its first word (a title may follow), without ``<>``."""
    target = href.strip().split(maxsplit=1)[0].strip("<>") if href.strip() else ""
    return target or None


# Groups whose text survives when their markup is removed.
_INLINE_KEEP = ("label", "rlabel", "codetext", "url", "escaped")


# Emphasis delimiter runs that can open (left-flanking) or close (right-flanking) a span.
_EMPH_OPEN = re.compile(r"(?<![\w*_~\\])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])")
_EMPH_CLOSE = re.compile(r"(?<=[^\s*_~\\])(\*{1,3}|_{1,3}|~~)(?![\w*_~])")


def _paired_emphasis(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges of emphasis delimiters that open and close a span; unpaired ones are text."""
    runs = sorted(
        {(m.start(), m.end(), "open") for m in _EMPH_OPEN.finditer(source, start, end)}
        | {(m.start(), m.end(), "close") for m in _EMPH_CLOSE.finditer(source, start, end)}
    )
    drops: list[tuple[int, int]] = []
    stack: list[tuple[int, int]] = []
    for s, e, role in runs:
        if role == "open" and (not stack or stack[-1][1] <= s):
            stack.append((s, e))
            continue
        # a closing run closes the innermost openers of the same character, "***" closing "*" then "**"
        pos = s
        while pos < e and stack:
            i = next((k for k in range(len(stack) - 1, -1, -1) if source[stack[k][0]] == source[s]), None)
            if i is None:
                break
            o_start, o_end = stack[i]
            width = min(o_end - o_start, e - pos)
            drops.extend([(o_end - width, o_end), (pos, pos + width)])
            pos += width
            if o_end - o_start == width:
                del stack[i:]
            else:
                stack[i] = (o_start, o_end - width)
                del stack[i + 1 :]
        if role == "open" and pos < e:
            stack.append((pos, e))
    return sorted(drops)


def _copy_without(source: str, start: int, end: int, drops: list[tuple[int, int]], out: _Builder) -> None:
    pos = start
    for s, e in drops:
        if e <= pos or s >= end:
            continue
        out.copy(source, pos, max(pos, s))
        pos = max(pos, e)
    out.copy(source, pos, end)


def _strip_inline(source: str, start: int, end: int, out: _Builder) -> None:
    """Append ``source[start:end]`` to ``out`` without its inline markup."""
    drops = _paired_emphasis(source, start, end)
    pos = start
    for m in _INLINE.finditer(source, start, end):
        _copy_without(source, pos, m.start(), drops, out)
        anchor_start = out.length
        for group in _INLINE_KEEP:
            if m.group(group) is not None:
                _copy_without(source, m.start(group), m.end(group), drops, out)
                break
        url = _link_target(m.group("href")) if m.group("link") else m.group("url")
        if url and out.length > anchor_start:
            out.links.append((anchor_start, out.length, url))
        pos = m.end()
    _copy_without(source, pos, end, drops, out)


# --- block Markdown ---------------------------------------------------------------

_ATX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_CONTAINER_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*")
_BULLET = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_TABLE_RULE = re.compile(r"^[ \t|:-]+$")


def from_markdown(source: str) -> MarkedText:
    """Convert CommonMark ``source`` to :class:`MarkedText`.

    Headings, paragraphs, list items, block quotes, tables and HTML blocks keep
    their type as a hint; code blocks, horizontal rules and HTML comments are
    dropped (they are not prose). Soft line breaks inside a paragraph are kept
    as ``\\n`` and joined by the normaliser; hard breaks (two trailing spaces
    or a backslash) end the line for good.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(source)
    lines = source.split("\n")
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line) + 1)

    out = _Builder()
    hints: dict[int, str] = {}
    containers: list[str] = []
    pending_list_item = False
    for tok in tokens:
        if tok.type in ("blockquote_open", "list_item_open"):
            containers.append(tok.type)
            pending_list_item = tok.type == "list_item_open" or pending_list_item
            continue
        if tok.type in ("blockquote_close", "list_item_close"):
            containers.pop()
            continue
        if tok.map is None or tok.type not in (
            "heading_open",
            "paragraph_open",
            "html_block",
            "table_open",
        ):
            continue
        first, last = tok.map
        if tok.type == "html_block":
            block_text = "\n".join(lines[first:last])
            if re.fullmatch(r"\s*<!--.*?-->\s*", block_text, re.DOTALL):
                continue
        if tok.type == "heading_open":
            hint = "heading"
        elif tok.type == "table_open":
            hint = "table"
        elif tok.type == "html_block":
            hint = "html"
        elif "list_item_open" in containers:
            hint = "list_item"
        elif "blockquote_open" in containers:
            hint = "quote"
        else:
            hint = "paragraph"
        if out.length:
            out.insert("\n\n", line_starts[first])
        block_start = out.length
        wrote_line = False
        for n in range(first, last):
            line = lines[n]
            base = line_starts[n]
            if hint == "heading" and _SETEXT_UNDERLINE.match(line) and n > first:
                continue
            if hint == "table" and _TABLE_RULE.match(line):
                continue
            prefix = (_BULLET.match(line) if pending_list_item else None) or _CONTAINER_PREFIX.match(line)
            pending_list_item = False
            start = prefix.end() if prefix else 0
            end = len(line)
            if hint == "heading":
                atx = _ATX.match(line)
                if atx:
                    start = max(start, atx.end())
                    close = _ATX_CLOSE.search(line, start)
                    end = close.start() if close else end
            hard = bool(_HARD_BREAK.search(line)) and hint in ("paragraph", "list_item", "quote")
            if hint == "table":
                row = line[start:end]
                start += len(row) - len(row.lstrip(" \t|"))
                end = start + len(row.strip(" \t|"))
            content = line[start:end].rstrip(" \t\\" if hard else " \t")
            if not content.strip():
                continue
            if wrote_line:
                out.insert("\n", base - 1)
            _strip_inline(source, base + start, base + start + len(content), out)
            wrote_line = True
            if hard:
                hints[out.length] = "hardbreak"
        if out.length > block_start:
            hints[block_start] = hint
        elif out.length:
            # nothing but markup in this block: undo the separator
            del out.parts[-1]
            del out.offsets[-2:]
            out.length -= 2
    text, offsets = out.build(len(source))
    return MarkedText(text=text, offsets=offsets, hints={k: v for k, v in hints.items() if k < len(text)}, links=out.links)


_TAG = re.compile(r"<[A-Za-z!/?]")  # the start of an HTML tag, comment, doctype or processing instruction


def html_to_markdown(html: str) -> tuple[str, dict[str, Any]]:
    """Extract the main text of ``html`` as Markdown, plus metadata.

    Metadata keys: ``title``, ``outlet`` (site name), ``url`` (canonical),
    ``published`` (ISO date), ``author``. Raises :class:`InputError` when the page has no text.
    """
    if not _TAG.search(html):
        return html, {}  # no markup at all (a plain-text row of a crawl read with --text-markup html): the text itself
    import trafilatura

    extract = trafilatura.extract(
        html,
        output_format="markdown",
        include_formatting=True,
        include_comments=False,
        include_images=False,
        include_tables=True,
        include_links=True,  # recorded as the article's links (the ``links`` table), the anchor text kept
        favor_recall=True,
        with_metadata=False,
        deduplicate=False,
    )
    meta: dict[str, Any] = {}
    doc = trafilatura.bare_extraction(html, with_metadata=True, only_with_metadata=False)
    if doc is not None:
        meta = {
            "title": doc.title,
            "outlet": doc.sitename,
            "url": doc.url,
            "published": doc.date,
            "author": doc.author,
        }
    if not extract or not extract.strip():
        raise InputError("the HTML page has no main text that could be extracted")
    return extract, {k: v for k, v in meta.items() if v}
