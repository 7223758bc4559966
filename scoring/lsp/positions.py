"""Offsets in a document's text to LSP positions, and back.

The Language Server Protocol counts lines from 0, splits them at ``\\r\\n``,
``\\r`` and ``\\n`` only (not at U+2028, form feeds or other characters that
Python's ``str.splitlines`` treats as line breaks), and counts columns in code
units of the negotiated position encoding: UTF-16 unless client and server
agreed on UTF-8 or UTF-32. Python strings count code points, so a character
outside the Basic Multilingual Plane ("😀", "𝔄") is one character here and two
UTF-16 units (four UTF-8 bytes) there.
"""

from __future__ import annotations

import re
from bisect import bisect_right

ENCODINGS = ("utf-16", "utf-8", "utf-32")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def code_units(text: str, encoding: str = "utf-16") -> int:
    """How many code units of ``encoding`` (``utf-16``, ``utf-8``, ``utf-32``) ``text`` takes."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-16":
        return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    raise ValueError(f"unknown position encoding {encoding!r} (known: {', '.join(ENCODINGS)})")


class LspPositions:
    """LSP positions of offsets into ``text`` (code points, as Python indexes strings)."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r} (known: {', '.join(ENCODINGS)})")
        self.text = text
        self.encoding = encoding
        self.line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, character)`` of ``offset``; an offset inside a ``\\r\\n`` pair counts as the end of its line."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        return line, code_units(self.text[start:offset], self.encoding)

    def line_end(self, line: int) -> int:
        """The offset where ``line``'s text ends (before its line break)."""
        if line + 1 < len(self.line_starts):
            end = self.line_starts[line + 1]
            return end - 2 if self.text[end - 2 : end] == "\r\n" else end - 1
        return len(self.text)

    def line_end_position(self, line: int) -> tuple[int, int]:
        """``(line, character)`` of the end of ``line`` (clamped to the last line)."""
        line = max(0, min(line, len(self.line_starts) - 1))
        return self.position(self.line_end(line))


def content_offset(line_starts: list[int], line: int, column: int) -> int:
    """The offset of a 1-based ``line`` and ``column`` as ``quellcheck check`` reports them (lines split at ``\\n``)."""
    return line_starts[min(line, len(line_starts)) - 1] + column - 1


def newline_starts(text: str) -> list[int]:
    """Offsets where the lines of ``text`` start, split at ``\\n`` as :mod:`scoring.lint.check` splits them."""
    return [0, *(m.end() for m in re.finditer("\n", text))]


__all__ = ["ENCODINGS", "LspPositions", "code_units", "content_offset", "newline_starts"]
