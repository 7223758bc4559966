from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from schemas import SUPPORTED_LANGS
from schemas.tables import SOURCE_KINDS
from scoring.errors import LexiconError
from scoring.languages.lexicon import bundled_lexicons, lexicons_version, load_lexicon, load_lexicon_file

PAIRS = bundled_lexicons()
REQUIRED = ("abbreviations", "sentence_starters", "months", "continuation_words", "boilerplate")


def test_every_supported_language_has_the_required_lexicons() -> None:
    for lang in SUPPORTED_LANGS:
        for name in REQUIRED:
            assert (lang, name) in PAIRS, f"lexicons/{lang}/{name} is missing"


@pytest.mark.parametrize(("lang", "name"), PAIRS)
def test_lexicon_is_well_formed(lang: str, name: str) -> None:
    lexicon = load_lexicon(lang, name)
    assert (lexicon.lang, lexicon.name) == (lang, name)
    assert lexicon.version and len(lexicon.description) > 40
    assert lexicon.rows, "a lexicon without entries"
    for row in lexicon.rows:
        for value in row:
            assert value == value.strip() and unicodedata.is_normalized("NFC", value)
    if "pattern" in lexicon.columns:
        for record in lexicon.records():
            re.compile(record["pattern"], re.IGNORECASE)
    if name in ("sentence_starters", "months", "continuation_words"):
        assert all(e == e.lower() for e in lexicon.entries), "these lists are lower case"


def test_version_fingerprint_is_stable() -> None:
    assert lexicons_version() == lexicons_version()
    assert re.fullmatch(r"[0-9a-f]{12}", lexicons_version())


def test_version_fingerprint_follows_every_byte_of_every_pack(tmp_path: Path) -> None:
    """The fingerprint is read off the files without parsing them; it must still change with any entry of any
    pack, a registered one included, and come back when the file does."""
    import shutil

    from toy_packs import TOY_LEXICONS, Toy, registered

    folder = tmp_path / "lexicons"
    shutil.copytree(TOY_LEXICONS, folder)

    class Copy(Toy):
        lexicon_dir = folder

    with registered(Copy):
        before = lexicons_version()
        target = next(p for p in sorted(folder.iterdir()) if p.suffix in (".tsv", ".txt"))
        text = target.read_text(encoding="utf-8")
        target.write_text(text + "\n# a comment line added\n", encoding="utf-8")
        lexicons_version.cache_clear()
        changed = lexicons_version()
        target.write_text(text, encoding="utf-8")
        lexicons_version.cache_clear()
        assert changed != before
        assert lexicons_version() == before
    lexicons_version.cache_clear()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("# name: x\n# lang: de\n# version: 1\nentry\n", "header lacks description"),
        ("# name: x\n# lang: de\n# version: 1\n# description: a list\neins\neins\n", "duplicate entry"),
        ("# name: x\n# lang: de\n# version: 1\n# description: a list\nMu\u0308ller\n", "NFC"),
    ],
)
def test_malformed_user_lexicons_are_refused(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "x.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon_file(path)


def test_unknown_lexicon() -> None:
    with pytest.raises(LexiconError, match="no lexicon"):
        load_lexicon("de", "does_not_exist")


def test_registry_ids_are_unique_and_kinds_known() -> None:
    """A second row with an id already used would silently replace the first entry."""
    rows = list(load_lexicon("mul", "sources").records())
    repeated = [i for i, n in Counter(row["id"] for row in rows).items() if n > 1]
    assert repeated == []
    assert sorted({row["kind"] for row in rows} - set(SOURCE_KINDS)) == []
