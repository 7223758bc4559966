from __future__ import annotations

import codecs

import pytest

from scoring.reading.encoding import decode_bytes
from scoring.errors import InputError

GERMAN = "Die Bürger äußern „Zweifel“ an den Plänen – 20 € für Öl."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"", "utf-8"),
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8 (BOM)"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16-le (BOM)"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16-be (BOM)"),
        (GERMAN.encode("utf-16-le"), "utf-16-le"),
        (GERMAN.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"), "utf-32-le (BOM)"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_common_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == ("" if not data else GERMAN)
    assert decoded.warning is None


def test_latin1_bytes_undefined_in_cp1252_still_decode() -> None:
    data = "Grüße".encode("latin-1") + b"\x81"
    decoded = decode_bytes(data)
    assert decoded.encoding == "latin-1"
    assert decoded.text.startswith("Grüße")


def test_utf8_with_a_few_broken_bytes_is_kept_with_a_warning() -> None:
    data = ("Müller sagt: " * 20).encode("utf-8") + b"\xff" + " Ende.".encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text
    assert decoded.warning and "1 undecodable byte" in decoded.warning


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"abc\x00\x01\x02\x03 binary \x00\x00\x10\x11", "binary"),
    ],
)
def test_binary_input_is_refused_with_its_kind(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=what):
        decode_bytes(data)


def test_random_control_bytes_are_refused() -> None:
    data = bytes(range(1, 9)) * 50 + bytes(range(14, 31)) * 50
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)
