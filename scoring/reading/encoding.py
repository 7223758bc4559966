"""Turning the bytes of an input into text.

The encodings users actually have are tried in a fixed, explainable order
rather than guessed statistically (a statistical detector tends to pick an
exotic code page for a short German text):

1. a byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
2. UTF-16 without a BOM, recognised by its pattern of NUL bytes;
3. strict UTF-8;
4. UTF-8 with a few broken bytes (the rest decodes as UTF-8 with multi-byte
   characters): decoded with U+FFFD replacement characters and a warning;
5. Windows-1252 (a superset of Latin-1's printable range), falling back to
   Latin-1 for the five bytes cp1252 leaves undefined.

Binary files (PDF, images, archives, executables, Office documents) are
refused with an error that names what they are.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

from scoring.errors import InputError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT/XLSX document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of undecodable bytes above which text is not "UTF-8 with a few broken bytes".
_MAX_BROKEN_UTF8_SHARE = 0.01
# Control characters (other than tab, newlines, form feed) that do not occur in text files.
_BINARY_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding that decoded it and any warning to show the user."""

    text: str
    encoding: str
    warning: str | None = None


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` starts with, or ``None`` for text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Detect BOM-less UTF-16 by NULs in every other byte of mostly-ASCII text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str = "input") -> Decoded:
    """Decode ``data`` (the bytes of ``name``) following the order in the module doc.

    Raises :class:`InputError` for binary data.
    """
    what = sniff_binary(data)
    if what:
        raise InputError(f"this is {what}, not text; quellcheck reads .txt .md .html .json .jsonl .csv")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding + " (BOM)")
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}") from None
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise InputError("contains NUL bytes: this is a binary file, not text")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    # Text that is UTF-8 apart from a few bytes has valid multi-byte characters and few broken ones;
    # Windows-1252 text has no valid multi-byte sequences at all.
    if multibyte and (broken <= multibyte or broken <= _MAX_BROKEN_UTF8_SHARE * len(data)):
        warning = f"{broken} undecodable byte(s) replaced by U+FFFD (the rest is UTF-8)"
        return _checked(Decoded(text, "utf-8", warning))
    try:
        return _checked(Decoded(data.decode("cp1252"), "cp1252"))
    except UnicodeDecodeError:
        warning = "neither UTF-8 nor Windows-1252 (bytes that code page leaves undefined): read as Latin-1; check the characters"
        return _checked(Decoded(data.decode("latin-1"), "latin-1", warning))


def _checked(decoded: Decoded) -> Decoded:
    """Refuse decoded "text" full of control characters: it is binary data."""
    head = decoded.text[:8192]
    controls = sum(1 for ch in head if ord(ch) in _BINARY_CONTROL)
    if controls > 0.01 * len(head):
        raise InputError("contains control bytes that do not occur in text: this looks like a binary file")
    return decoded


# Surrogate code points are not characters: a str holding one cannot be encoded as UTF-8. They reach
# quellcheck from JSON escapes ("\\ud83d" of a cut emoji), from bytes decoded with "surrogateescape"
# and from file names that are not valid UTF-8.
_SURROGATE_CODE_POINTS = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every surrogate code point replaced by U+FFFD, and how many there were.

    One code point for one, so offsets into the text stay valid. Text
    without surrogates is returned as it is (one regex scan).
    """
    if _SURROGATE_CODE_POINTS.search(text) is None:
        return text, 0
    return _SURROGATE_CODE_POINTS.subn("\ufffd", text)


def replace_surrogates_in(value: Any) -> tuple[Any, int]:
    """:func:`replace_surrogates` over a row: strings, and the keys and values of dicts and lists."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        total = 0
        for key, item in value.items():
            new_key, n_key = replace_surrogates_in(key)
            new_item, n_item = replace_surrogates_in(item)
            out[new_key] = new_item
            total += n_key + n_item
        return (out, total) if total else (value, 0)
    if isinstance(value, list | tuple):
        items = [replace_surrogates_in(item) for item in value]
        total = sum(n for _, n in items)
        return (type(value)(item for item, _ in items), total) if total else (value, 0)
    return value, 0


def surrogate_warning(count: int) -> str:
    """The warning shown when :func:`replace_surrogates` replaced ``count`` code points."""
    return (
        f"{count} invalid character(s) (lone UTF-16 surrogates or undecodable bytes) replaced by U+FFFD"
    )
