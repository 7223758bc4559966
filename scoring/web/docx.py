"""Plain text from Word (.docx) uploads, one paragraph per block.

Only the body paragraphs are read, in document order; tables, headers,
footers, footnotes, comments and text boxes are not (a news article rarely
keeps text there). A .docx is a zip archive, so the declared uncompressed size
is checked before anything is unpacked: a small upload must not expand into
gigabytes of XML.
"""

from __future__ import annotations

import io
import zipfile

from scoring.errors import InputError

# A Word document's XML is typically 5-20 times larger than the text it holds.
MAX_UNPACKED_BYTES = 60_000_000


def docx_paragraphs(data: bytes, max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> list[str]:
    """The non-empty paragraphs of the .docx file ``data``, stripped.

    Raises :class:`InputError` when ``data`` is not a readable .docx or would
    unpack to more than ``max_unpacked_bytes``.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("this is not a .docx file (a .docx is a zip archive; this is not one)") from None
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > max_unpacked_bytes:
            raise InputError(f"this .docx would unpack to {unpacked / 1e6:.0f} MB, more than the {max_unpacked_bytes / 1e6:.0f} MB allowed")
        if "word/document.xml" not in archive.namelist():
            raise InputError("this zip archive is not a Word document (no word/document.xml)")

    import docx  # python-docx is slow to import; only .docx uploads need it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds (KeyError, XMLSyntaxError, ValueError…)
        raise InputError(f"this .docx file cannot be read: {type(exc).__name__}") from None
    return [p.text.strip() for p in document.paragraphs if p.text.strip()]


def docx_text(data: bytes) -> str:
    """The .docx file ``data`` as plain text: paragraphs separated by blank lines."""
    return "\n\n".join(docx_paragraphs(data))
