"""Normalising article text while keeping every character traceable to the input.

Two stages:

:func:`clean_characters`
    Unicode NFC; every line break (CRLF, CR, U+2028/2029, VT, FF, NEL) becomes
    ``\\n``; tabs and the many Unicode spaces (no-break, narrow, thin, ideographic)
    become a plain space; zero-width characters, soft hyphens, bidirectional
    controls, the BOM and C0 controls are removed. In plain text a double
    quotation mark typed as two characters (``''``, as in LexisNexis exports,
    and the typewriter opening ````` ``) becomes ``"``. A left single quotation
    mark between two letters ("Trump‘s") becomes the apostrophe ``’``. Letters of any script,
    right-to-left included, are kept.

:func:`normalise`
    Strips and collapses spaces in each line and rebuilds the text from blocks
    (paragraphs, headings, captions). A line break inside a sentence is joined:
    in a hard-wrapped text (every line filled to a common width) by the width
    test: a break was forced if the next word would not have fitted; otherwise
    when the line evidently continues (it ends in an abbreviation or ordinal
    such as "vom 3.", in an article, preposition or attributive adjective, or
    the next line starts in lower case). Words hyphenated across a line are
    rejoined. Short lines without final punctuation stay blocks of their own
    (headings, labels); blocks are separated by ``\\n`` (a line break in the
    input) or ``\\n\\n`` (a blank line).

Joined line breaks become a space, so text and input stay aligned 1:1 there;
every output character keeps the offset of the input character it came from
(:attr:`NormalizedText.offsets`), which is how line and column of a finding in
the user's file are computed.

Not handled: text laid out in columns, tables pasted as text, and poetry
(verse lines are joined like wrapped prose).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from scoring.reading.markup import MarkedText

_LINE_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_REMOVED = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
    "\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
    + "".join(chr(c) for c in (*range(0, 9), *range(0x0E, 0x20), 0x7F))
)
# Double quotation marks typed as two characters: two apostrophes ('' … '', the convention of LexisNexis
# exports such as the New York Times archive) and the typewriter/TeX opening mark ``. Not one of them
# is a quotation mark to the quote matcher, so quotations written so were read as the author's words.
# Plain text only: in HTML source '' is an empty attribute value (alt=''), in Markdown `` opens code.
_TWO_CHARACTER_QUOTES = ("''", "``")
# A left single quotation mark between two letters ("Trump‘s", "geht‘s") is an apostrophe typed with the wrong
# key: read as an opening mark, it started a quotation that ran to the next apostrophe.
_APOSTROPHE_TYPO = r"(?<=[^\W\d_])\u2018(?=[^\W\d_])"
_CHARACTERS = "[" + re.escape(_LINE_BREAKS + _SPACES + _REMOVED) + "]"
_SPECIAL = re.compile("\r\n|" + _APOSTROPHE_TYPO + "|" + _CHARACTERS)
# Three apostrophes are a single and a double mark side by side: closing ("... by that?'''": the inner
# quotation's single mark, then the double one) after a word or punctuation, opening after a space or at the start.
_THREE_APOSTROPHES = "'''"
_SPECIAL_WITH_QUOTES = re.compile("\r\n|" + _THREE_APOSTROPHES + "|" + "|".join(_TWO_CHARACTER_QUOTES) + "|" + _APOSTROPHE_TYPO + "|" + _CHARACTERS)
_SPACE_TABLE = {ord(c): " " for c in _SPACES}


def clean_characters(text: str, typed_quotes: bool = True) -> tuple[str, list[int] | None]:
    """Clean ``text`` at the character level (see the module doc).

    ``typed_quotes``: turn ``''`` and ````` `` into ``"`` (plain text; not for Markdown or HTML source).
    Returns the cleaned text and, for each of its characters plus one for the
    end, the offset in ``text`` it came from; ``None`` when nothing changed.
    """
    special = _SPECIAL_WITH_QUOTES if typed_quotes else _SPECIAL
    if not special.search(text):
        cleaned, offsets = text, None
    else:
        parts: list[str] = []
        offsets = []
        pos = 0
        for m in special.finditer(text):
            start = m.start()
            parts.append(text[pos:start])
            offsets.extend(range(pos, start))
            ch = m.group()
            if ch == "\r\n" or ch in _LINE_BREAKS:
                parts.append("\n")
                offsets.append(start)
            elif ch in _SPACES:
                parts.append(" ")
                offsets.append(start)
            elif ch == _THREE_APOSTROPHES:
                opening = start == 0 or text[start - 1].isspace()
                parts.append("\"'" if opening else "'\"")
                offsets.extend((start, start + 1) if opening else (start, start + 2))
            elif ch in _TWO_CHARACTER_QUOTES:
                parts.append('"')
                offsets.append(start)
            elif ch == "\u2018":
                parts.append("\u2019")
                offsets.append(start)
            pos = m.end()
        parts.append(text[pos:])
        offsets.extend(range(pos, len(text)))
        offsets.append(len(text))
        cleaned = "".join(parts)
    if unicodedata.is_normalized("NFC", cleaned):
        return cleaned, offsets
    return _nfc_with_offsets(cleaned, offsets)


def _nfc_with_offsets(text: str, offsets: list[int] | None) -> tuple[str, list[int]]:
    """NFC-normalise ``text`` by combining sequences, mapping each result to its sequence start."""
    base = offsets if offsets is not None else list(range(len(text) + 1))
    parts: list[str] = []
    new_offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        parts.append(piece)
        new_offsets.extend([base[i]] * len(piece))
        i = j
    new_offsets.append(base[n])
    return "".join(parts), new_offsets


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading, caption or label: ``text[start:end]`` of the normalised text.

    ``hint`` is the block type known from markup (``"heading"``, ``"list_item"``
    …) or ``None`` for plain text; ``n_lines`` counts the input lines joined.
    """

    start: int
    end: int
    hint: str | None
    n_lines: int


@dataclass(frozen=True)
class NormalizedText:
    """The normalised text, its blocks, and the input offset of each character."""

    text: str
    blocks: tuple[Block, ...]
    offsets: list[int] | None

    def source_offset(self, i: int) -> int:
        """Offset in the original input of position ``i`` of the normalised text."""
        if self.offsets is None:
            return i
        return self.offsets[min(max(i, 0), len(self.offsets) - 1)]


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offsets into the marked text, content only (stripped)
    end: int
    text: str


JoinRule = Callable[[str, str], bool]
"""``continues(line, next_line) -> bool``: does the sentence run on across the break?"""


@dataclass(frozen=True)
class JoinPolicy:
    """Language-specific knowledge the line joiner needs.

    ``continues_after_period(line, next_line)``: whether a line ending in a
    period (abbreviation, ordinal) runs on into ``next_line`` (asks the
    sentence splitter). ``continuation_words``: lower-cased words that cannot
    end a heading (articles, prepositions, conjunctions).
    ``adjective_ending``: a pattern for attributive adjective forms, which
    cannot end a heading either.
    """

    continues_after_period: JoinRule
    continuation_words: frozenset[str]
    adjective_ending: re.Pattern[str] | None
    max_heading_words: int = 20
    max_heading_chars: int = 160


_FINAL = re.compile(r"[.!?…:;][\"'“”„»«‘’)\]]*$")
_STAMP = re.compile(r"^\d[\d:.]*(?: \S+){0,2}$")  # a time or date alone on its line: "2:05 p.m.", "6. Dez."
_BULLET = re.compile(r"^(?:[-*+•▪◦‣·]|\d{1,3}[.)]|[a-z][.)])\s")
_HYPHEN_WRAP = re.compile(r"[^\W\d_]-$")
_SUSPENDED_HYPHEN_FOLLOWERS = frozenset(("und", "oder", "bis", "sowie", "als", "bzw.", "and", "or", "y", "o"))
_MULTISPACE = re.compile(r" {2,}")
_TRAILING_PUNCT = "\"'“”„»«‘’()[]*,"
_MIN_WRAPPED_LINES = 3
_WRAPPED_SHARE = 0.8


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def _wrap_width(paragraphs: list[list[_Line]]) -> int | None:
    """The common width of a hard-wrapped text, or ``None`` if lines are not wrapped.

    Lines are wrapped when nearly every line followed by another one in its
    paragraph is so full that the next word would not have fitted.
    """
    inner = [(a, b) for para in paragraphs for a, b in zip(para, para[1:], strict=False)]
    if len(inner) < _MIN_WRAPPED_LINES:
        return None
    width = max(len(a.text) for a, _ in inner)
    if width > 150:
        return None
    forced = sum(1 for a, b in inner if len(a.text) + 1 + len(_first_word(b.text)) > width)
    return width if forced >= _WRAPPED_SHARE * len(inner) else None


def _decide(a: str, b: str, width: int | None, policy: JoinPolicy, markup_paragraph: bool) -> str:
    """``"join"``, ``"hyphen"`` (drop the hyphen), ``"glue"`` (keep it) or ``"break"``."""
    if _BULLET.match(b) and not markup_paragraph:
        return "break"
    if _HYPHEN_WRAP.search(a) and b[:1].isalpha():
        if _first_word(b).lower() in _SUSPENDED_HYPHEN_FOLLOWERS:
            return "join"  # "Nord- und Südkorea"
        return "hyphen" if b[0].islower() else "glue"
    if markup_paragraph:
        return "join"
    if width is not None:
        return "join" if len(a) + 1 + len(_first_word(b)) > width else "break"
    if _FINAL.search(a):
        if a.endswith(".") and policy.continues_after_period(a, b) and not _STAMP.match(a):
            return "join"  # (a line of a time or date alone, "2:05 p.m.", "14.30 Uhr", is a live blog's stamp)
        return "break"
    if b[0].islower() or b[0] in ",;)]–—-":
        return "join"
    words = a.split()
    if len(words) > policy.max_heading_words or len(a) > policy.max_heading_chars:
        return "join"  # too long for a heading: a sentence broken across lines
    last = words[-1].strip(_TRAILING_PUNCT)
    if last.islower():
        low = last.lower()
        if low in policy.continuation_words:
            return "join"
        if policy.adjective_ending is not None and policy.adjective_ending.search(low):
            return "join"
    return "break"


def normalise(marked: MarkedText, policy: JoinPolicy) -> NormalizedText:
    """Rebuild ``marked`` (already character-cleaned) as normalised text with blocks.

    See the module doc for the rules. Offsets in the result point into the
    original input (through ``marked.offsets``).
    """
    source = marked.text
    paragraphs: list[list[_Line]] = []
    current: list[_Line] = []
    pos = 0
    for raw in source.split("\n"):
        stripped = raw.strip(" ")
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip(" ")))
            current.append(_Line(start, start + len(stripped), stripped))
        elif current:
            paragraphs.append(current)
            current = []
        pos += len(raw) + 1
    if current:
        paragraphs.append(current)

    hints = marked.hints
    width = None if hints else _wrap_width(paragraphs)

    parts: list[str] = []
    offsets: list[int] = []
    blocks: list[Block] = []
    length = 0

    def emit(piece: str, src_start: int | None, src_pos: int = 0) -> None:
        nonlocal length
        parts.append(piece)
        if src_start is None:
            offsets.extend([src_pos] * len(piece))
        else:
            offsets.extend(range(src_start, src_start + len(piece)))
        length += len(piece)

    def emit_line(line: _Line) -> None:
        # copy the line, collapsing runs of spaces
        pos = line.start
        for m in _MULTISPACE.finditer(source, line.start, line.end):
            emit(source[pos : m.start() + 1], pos)
            pos = m.end()
        emit(source[pos : line.end], pos)

    for p_index, para in enumerate(paragraphs):
        hint = _paragraph_hint(hints, para[0].start)
        if p_index:
            emit("\n\n", None, para[0].start - 1)
        block_start, n_lines = length, 1
        emit_line(para[0])
        for prev, line in zip(para, para[1:], strict=False):
            if hints.get(prev.end) == "hardbreak" or hint == "table":
                decision = "break"
            elif hint == "heading":
                decision = "join"
            else:
                decision = _decide(
                    prev.text, line.text, width, policy, hint in ("paragraph", "list_item", "quote")
                )
            if decision == "break":
                blocks.append(Block(block_start, length, hint, n_lines))
                emit("\n", None, prev.end)
                block_start, n_lines = length, 1
            else:
                n_lines += 1
                if decision == "hyphen":
                    parts[-1] = parts[-1][:-1]
                    del offsets[-1]
                    length -= 1
                elif decision == "join":
                    emit(" ", None, prev.end)
            emit_line(line)
        blocks.append(Block(block_start, length, hint, n_lines))

    text = "".join(parts)
    offsets.append(len(source))
    if marked.offsets is not None:
        outer = marked.offsets
        offsets = [outer[i] for i in offsets]
    identity = len(offsets) == len(text) + 1 and offsets == list(range(len(offsets)))
    return NormalizedText(text=text, blocks=tuple(blocks), offsets=None if identity else offsets)


def _paragraph_hint(hints: dict[int, str], start: int) -> str | None:
    hint = hints.get(start)
    return None if hint == "hardbreak" else hint
