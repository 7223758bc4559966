"""Loading the project's language data files.

Language data lives in ``scoring/languages/<lang>/lexicons/<name>.txt`` (one entry per
line) or ``<name>.tsv`` (tab-separated, first non-comment line names the
columns). Every file starts with a ``#`` header that says what the list is,
how it was built and its version::

    # name: abbreviations
    # lang: de
    # version: 1
    # description: German abbreviations that end in a period ...

The loader checks the header, NFC and duplicates, and caches the result.
Users may pass extra files of the same format (see :func:`load_lexicon_file`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from scoring.errors import LexiconError

REQUIRED_HEADER_KEYS = ("name", "lang", "version", "description")


@dataclass(frozen=True)
class Lexicon:
    """A loaded lexicon: header fields, column names and rows.

    For ``.txt`` files ``columns == ("entry",)`` and every row has one field.
    """

    name: str
    lang: str
    version: str
    description: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    path: str
    sha256: str = field(repr=False)

    @property
    def entries(self) -> tuple[str, ...]:
        """The first column of every row (the entries of a ``.txt`` list)."""
        return tuple(row[0] for row in self.rows)

    def records(self) -> list[dict[str, str]]:
        """Rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _parse(text: str, origin: str) -> Lexicon:
    header: dict[str, str] = {}
    body: list[tuple[int, str]] = []
    last_key = ""
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if line.startswith("#"):
            content = line[1:].strip()
            key, sep, value = content.partition(":")
            key = key.strip().lower()
            if sep and key in REQUIRED_HEADER_KEYS and key not in header:
                header[key] = value.strip()
                last_key = key
            elif last_key == "description" and content:
                # later comment lines extend the description (how the list was built, notes)
                header["description"] += " " + content
            continue
        if line.strip():
            body.append((lineno, line))
    missing = [k for k in REQUIRED_HEADER_KEYS if not header.get(k)]
    if missing:
        raise LexiconError(f"{origin}: header lacks {', '.join(missing)}")
    if not unicodedata.is_normalized("NFC", text):
        raise LexiconError(f"{origin}: not in Unicode NFC")

    is_tsv = origin.endswith(".tsv")
    if is_tsv:
        if not body:
            raise LexiconError(f"{origin}: no column header line")
        columns = tuple(c.strip() for c in body[0][1].split("\t"))
        data = body[1:]
    else:
        columns = ("entry",)
        data = body
    rows: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    for lineno, line in data:
        fields = tuple(f.strip() for f in line.split("\t")) if is_tsv else (line.strip(),)
        if len(fields) < len(columns):
            fields = fields + ("",) * (len(columns) - len(fields))
        if len(fields) != len(columns):
            raise LexiconError(
                f"{origin}:{lineno}: {len(fields)} fields, expected {len(columns)} ({', '.join(columns)})"
            )
        key = fields[: 2 if is_tsv and len(columns) > 1 else 1]
        if key in seen:
            raise LexiconError(f"{origin}:{lineno}: duplicate entry {fields[0]!r}")
        seen.add(key)
        rows.append(fields)
    return Lexicon(
        name=header["name"],
        lang=header["lang"],
        version=header["version"],
        description=header["description"],
        columns=columns,
        rows=tuple(rows),
        path=origin,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


# Lexicon folders of language packs registered from outside the package (scoring.languages.register).
_PACK_DIRS: dict[str, Path] = {}


def add_pack_directory(lang: str, directory: Path) -> None:
    """Make ``directory`` the lexicon folder of ``lang`` (a pack registered from outside the package)."""
    _PACK_DIRS[lang] = Path(directory)
    load_lexicon.cache_clear()
    lexicons_version.cache_clear()


def _lexicon_folder(lang: str) -> Traversable | Path:
    if lang in _PACK_DIRS:
        return _PACK_DIRS[lang]
    return resources.files("scoring.languages") / lang / "lexicons"


def lexicon_exists(lang: str, name: str) -> bool:
    """Whether ``lang`` has the lexicon ``name``."""
    folder = _lexicon_folder(lang)
    return any((folder / f"{name}{suffix}").is_file() for suffix in (".tsv", ".txt"))


@lru_cache(maxsize=None)
def load_lexicon(lang: str, name: str) -> Lexicon:
    """Load the lexicon ``name`` of the language pack ``lang`` (``.tsv`` or ``.txt``).

    Raises :class:`LexiconError` when it does not exist or is malformed, or when
    its header names another language or list.
    """
    base = _lexicon_folder(lang)
    for suffix in (".tsv", ".txt"):
        res = base / f"{name}{suffix}"
        if res.is_file():
            origin = f"{lang}/lexicons/{name}{suffix}"
            lexicon = _parse(res.read_text(encoding="utf-8"), origin)
            if lexicon.lang != lang or lexicon.name != name:
                raise LexiconError(
                    f"{origin}: header says name={lexicon.name!r} lang={lexicon.lang!r}"
                )
            return lexicon
    raise LexiconError(f"no lexicon {name!r} for language {lang!r}")


def load_lexicon_file(path: str | Path) -> Lexicon:
    """Load a user-supplied lexicon file of the same format as the bundled ones."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{p}: cannot read lexicon ({exc})") from None
    return _parse(text, str(p))


def bundled_lexicons() -> list[tuple[str, str]]:
    """Every ``(lang, name)`` pair of the language packs, sorted: the files in
    ``scoring/languages/<lang>/lexicons/`` and in the folders of packs registered from outside."""
    root = resources.files("scoring.languages")
    folders: dict[str, Traversable | Path] = {}
    for lang_dir in root.iterdir():
        if lang_dir.is_dir() and not lang_dir.name.startswith(("_", ".")) and (lang_dir / "lexicons").is_dir():
            folders[lang_dir.name] = lang_dir / "lexicons"
    folders.update(_PACK_DIRS)
    pairs: list[tuple[str, str]] = []
    for lang, folder in folders.items():
        for res in folder.iterdir():
            if res.name.endswith((".txt", ".tsv")):
                pairs.append((lang, res.name.rsplit(".", 1)[0]))
    return sorted(pairs)


@lru_cache(maxsize=1)
def lexicons_version() -> str:
    """A short fingerprint of all bundled lexicons (changes when any entry or header changes). It hashes the
    files as they are, without parsing them: a command that needs the lexicons of one language does not pay for
    reading every language's."""
    digest = hashlib.sha256()
    for lang, name in bundled_lexicons():
        folder = _lexicon_folder(lang)
        res = next(r for r in (folder / f"{name}.tsv", folder / f"{name}.txt") if r.is_file())
        digest.update(f"{lang}/{name}:".encode() + hashlib.sha256(res.read_bytes()).digest() + b"\n")
    return digest.hexdigest()[:12]
