"""Reading articles from files, directories, row files and standard input.

:func:`iter_articles` turns the command line's ``INPUT...`` into a stream of
:class:`ArticleInput` (one article each) and :class:`InputFailure` (an input
or row that could not be read), in input order, so one bad input never stops
the others. Row files (``.jsonl``, ``.csv``) are streamed, not loaded whole.

Formats, by file suffix (or ``input_format``):

========================  =====================================================
``.txt`` ``.text``        one article, plain text
``.md`` ``.markdown``     one article, Markdown
``.html`` ``.htm``        one article; main text and metadata via trafilatura
``.json``                 one article object (or a list of them)
``.jsonl`` ``.ndjson``    one article object per line
``.csv`` ``.tsv``         one article per row, header required
========================  =====================================================

Row fields: ``text`` (required), ``id`` (becomes ``article_id``), ``title``,
``outlet``, ``url``, ``published``, ``lang``; any other field is kept in the
article's ``meta`` (JSON) so nothing is lost. A directory stands for every
supported file below it (hidden files skipped), ``-`` for standard input.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from scoring.reading.encoding import decode_bytes, replace_surrogates, replace_surrogates_in, sniff_binary, surrogate_warning
from scoring.errors import FormatError, InputError, QuellcheckError

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
}
INPUT_FORMATS = ("auto", "txt", "md", "html", "json", "jsonl", "csv", "parquet")
ROW_FIELDS = ("id", "text", "title", "outlet", "url", "published", "lang")
DEFAULT_MAX_CHARS = 2_000_000
_CSV_SEPARATORS = (",", ";", "\t", "|")
_CSV_HEAD_BYTES = 1 << 16
# A UTF-8 character takes at most 4 bytes: a file larger than this cannot fit the limit.
_BYTES_PER_CHAR = 4

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
# Undecodable bytes of a CSV file survive decoding as lone surrogates (errors="surrogateescape"), so
# they are replaced per row, with a warning, like the lone surrogates of JSON escapes ("\ud83d").


@dataclass
class ArticleInput:
    """One article as read from its input, before analysis.

    ``name`` identifies the input in messages (a path, ``data.csv[row 3]``,
    ``<stdin>``); ``markup`` is how ``content`` is written (``txt``, ``md``,
    ``html``); ``input_format`` the container it came in.
    """

    name: str
    content: str
    markup: str
    input_format: str
    input_sha256: str
    article_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InputFailure:
    """An input, or one row of it, that could not be read."""

    name: str
    error: QuellcheckError


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: forced format, CSV dialect, size limit, column mapping.

    ``column_map`` maps quellcheck's row fields (``text``, ``id``, ``title``,
    ``outlet``, ``url``, ``published``, ``lang``) to the input's column names;
    ``header=False`` reads CSV files without a header row, naming the columns
    ``columns`` (or ``col0``, ``col1`` …).
    """

    input_format: str = "auto"
    csv_sep: str | None = None
    csv_quote: str = '"'
    max_chars: int = DEFAULT_MAX_CHARS
    column_map: tuple[tuple[str, str], ...] = ()
    header: bool = True
    columns: tuple[str, ...] = ()
    text_markup: str = "txt"
    """How the text field of JSON, CSV and Parquet rows is written: ``txt``, ``md`` or ``html`` (a crawl's
    raw pages: the main text is extracted and the links are kept)."""

    def rename(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` with the input's column names replaced by quellcheck's field names."""
        if not self.column_map:
            return row
        out = dict(row)
        for field_name, column in self.column_map:
            if column in out:
                out[field_name] = out.pop(column)
        return out


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def display_name(path: str | Path) -> str:
    """A path as shown in messages and tables: bytes that are not UTF-8 become U+FFFD."""
    return replace_surrogates(str(path))[0]


def iter_articles(
    inputs: Iterable[str], options: ReadOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[ArticleInput | InputFailure]:
    """Yield every article (or failure) of ``inputs`` in order; never raises for bad input."""
    options = options or ReadOptions()
    for raw in inputs:
        if raw == "-":
            yield from _guard("<stdin>", _read_stdin(stdin or sys.stdin.buffer, options))
            continue
        path = Path(raw)
        raw = display_name(raw)
        if path.is_dir():
            files = [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUFFIX_FORMATS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            if not files:
                yield InputFailure(raw, InputError("directory has no supported files (.txt .md .html .json .jsonl .csv)"))
            for file in files:
                rel = display_name(file.relative_to(path).with_suffix("").as_posix())
                yield from _guard(display_name(file), _read_file(file, options, default_id=rel))
            continue
        yield from _guard(raw, _read_file(path, options, default_id=display_name(path.stem)))


def _guard(name: str, articles: Iterator[ArticleInput | InputFailure]) -> Iterator[ArticleInput | InputFailure]:
    """Turn an error raised while reading ``name`` into an :class:`InputFailure`."""
    try:
        yield from articles
    except QuellcheckError as exc:
        yield InputFailure(name, exc)
    except OSError as exc:
        yield InputFailure(name, InputError(f"cannot read: {exc.strerror or exc}"))


def _format_for(path: Path, options: ReadOptions) -> str:
    if options.input_format != "auto":
        return options.input_format
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(SUFFIX_FORMATS))
        raise InputError(f"unknown file type {path.suffix or '(no suffix)'!r}; supported: {known} (or --input-format)")
    return fmt


def _read_file(path: Path, options: ReadOptions, default_id: str) -> Iterator[ArticleInput | InputFailure]:
    if not path.exists():
        raise InputError("no such file or directory")
    fmt = _format_for(path, options)
    if fmt == "jsonl":
        yield from _read_jsonl(path, options)
        return
    if fmt == "csv":
        yield from _read_csv(path, options)
        return
    if fmt == "parquet":
        yield from _read_parquet(path, options)
        return
    size = path.stat().st_size
    limit = options.max_chars * _BYTES_PER_CHAR
    if size > limit:
        raise InputError(
            f"file is {size / 1e6:.1f} MB, too large for one article "
            f"(limit {options.max_chars:,} characters; raise it with --max-chars)"
        )
    with path.open("rb") as stream:
        data = stream.read(limit + 1)  # bounded: a device or pipe ("/dev/zero") reports no size
    if len(data) > limit:
        raise InputError(f"input is larger than one article may be (limit {options.max_chars:,} characters; raise it with --max-chars)")
    yield from _articles_from_bytes(data, fmt, display_name(path), default_id, options)


def _articles_from_bytes(
    data: bytes, fmt: str, name: str, default_id: str | None, options: ReadOptions
) -> Iterator[ArticleInput | InputFailure]:
    decoded = decode_bytes(data, name)
    warnings = [decoded.warning] if decoded.warning else []
    digest = sha256_hex(data)
    if fmt in ("txt", "md", "html"):
        _check_size(decoded.text, options)
        yield ArticleInput(
            name=name,
            content=decoded.text,
            markup=fmt,
            input_format=fmt,
            input_sha256=digest,
            article_id=default_id,
            warnings=warnings,
        )
        return
    if fmt == "json":
        try:
            obj = parse_json(decoded.text)
        except json.JSONDecodeError as exc:
            raise FormatError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        items = obj if isinstance(obj, list) else [obj]
        for i, item in enumerate(items):
            row_name = name if len(items) == 1 else f"{name}[{i}]"
            try:
                yield _from_row(item, row_name, "json", options, default_id if len(items) == 1 else None)
            except QuellcheckError as exc:
                yield InputFailure(row_name, exc)
        return
    if fmt in ("jsonl", "csv"):
        # stdin or forced format: rows from memory
        reader = _iter_jsonl_lines(io.BytesIO(data), name) if fmt == "jsonl" else None
        if reader is not None:
            yield from _rows_to_articles(reader, "jsonl", options)
        else:
            yield from _read_csv_text(io.StringIO(decoded.text, newline=""), name, options)
        return
    raise InputError(f"unsupported input format {fmt!r}")


def _check_size(text: str, options: ReadOptions) -> None:
    if len(text) > options.max_chars:
        raise InputError(
            f"article has {len(text):,} characters, more than the limit of {options.max_chars:,} "
            "(raise it with --max-chars)"
        )


def _text_field(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from CSV tools
        return None
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)
    return text if text.strip() else None


def unique_id(seen: dict[str, int], article_id: str) -> str:
    """``article_id``, or for a repeated one the first free ``id~N`` (N from 2), recorded in ``seen`` (ids
    used so far, by how often each was asked for): "x", "x", "x~2" become "x", "x~2", "x~2~2"."""
    n = seen.get(article_id, 0) + 1
    seen[article_id] = n
    if n == 1:
        return article_id
    new_id = f"{article_id}~{n}"
    while new_id in seen:
        n += 1
        new_id = f"{article_id}~{n}"
    seen[new_id] = 1
    return new_id


def _json_value(value: Any) -> Any:
    """A metadata value as JSON can hold it: a non-finite float (NaN, Infinity from a table or a JSON
    extension) becomes null, inside lists and objects too; everything else is kept."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def _from_row(row: Any, name: str, input_format: str, options: ReadOptions, default_id: str | None = None) -> ArticleInput:
    """Build an :class:`ArticleInput` from one row object (dict)."""
    if not isinstance(row, dict):
        raise FormatError(f"expected an article object with a 'text' field, got {type(row).__name__}")
    row, replaced = replace_surrogates_in(options.rename(row))
    if "text" not in row:
        fields = ", ".join(map(str, list(row)[:10])) or "none"
        raise FormatError(f"no 'text' field (fields: {fields})")
    text = row["text"]
    if not isinstance(text, str):
        raise FormatError(f"'text' must be a string, got {type(text).__name__}")
    _check_size(text, options)
    canonical = json.dumps(row, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    meta = {k: _json_value(v) for k, v in row.items() if k not in ROW_FIELDS and v not in (None, "")}
    article_id = _text_field(row.get("id"))
    return ArticleInput(
        name=name,
        content=text,
        markup=options.text_markup,
        input_format=input_format,
        input_sha256=sha256_hex(canonical),
        # Rows without an id get a hash of their text, so the same row has the same id in every run.
        article_id=article_id.strip() if article_id and article_id.strip() else (default_id or content_id(text)),
        title=_text_field(row.get("title")),
        outlet=_text_field(row.get("outlet")),
        url=_text_field(row.get("url")),
        published=_text_field(row.get("published")),
        lang=_text_field(row.get("lang")),
        meta=meta,
        warnings=[surrogate_warning(replaced)] if replaced else [],
    )


def article_from_row(row: dict[str, Any], name: str, options: ReadOptions | None = None, input_format: str = "records") -> ArticleInput:
    """One article from a row given in Python (a dict with a ``text`` field, renamed by ``options.column_map``).

    Raises :class:`~scoring.errors.InputError` (or :class:`FormatError`) for an unusable row.
    """
    return _from_row(row, name, input_format, options or ReadOptions())


def _rows_to_articles(
    rows: Iterator[tuple[str, Any] | InputFailure], input_format: str, options: ReadOptions
) -> Iterator[ArticleInput | InputFailure]:
    for item in rows:
        if isinstance(item, InputFailure):
            yield item
            continue
        name, row = item
        try:
            yield _from_row(row, name, input_format, options)
        except QuellcheckError as exc:
            yield InputFailure(name, exc)


def _iter_jsonl_lines(stream: BinaryIO, name: str) -> Iterator[tuple[str, Any] | InputFailure]:
    for lineno, raw in enumerate(stream, start=1):
        line_name = f"{name}[line {lineno}]"
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield InputFailure(line_name, InputError("line is not valid UTF-8 (JSON Lines must be UTF-8)"))
            continue
        try:
            yield line_name, parse_json(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(line_name, FormatError(f"invalid JSON at column {exc.colno}: {exc.msg}"))
        except FormatError as exc:
            yield InputFailure(line_name, exc)


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[ArticleInput | InputFailure]:
    with path.open("rb") as stream:
        head = stream.read(8)
        if sniff_binary(head):
            raise InputError(f"this is {sniff_binary(head)}, not JSON Lines")
        stream.seek(0)
        yield from _rows_to_articles(_iter_jsonl_lines(stream, display_name(path)), "jsonl", options)


def _read_csv(path: Path, options: ReadOptions) -> Iterator[ArticleInput | InputFailure]:
    with path.open("rb") as raw:
        head = raw.read(_CSV_HEAD_BYTES)
    # Decode only up to the last complete line so a multi-byte character is never cut.
    cut = head.rfind(b"\n")
    sample = head if cut < 0 or len(head) < _CSV_HEAD_BYTES else head[: cut + 1]
    encoding = decode_bytes(sample, str(path)).encoding.replace(" (BOM)", "")
    if encoding == "utf-8" and head.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    if encoding.startswith("utf-16") and head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    with path.open("r", encoding=encoding, errors="surrogateescape", newline="") as stream:
        yield from _read_csv_text(stream, display_name(path), options)


def _read_parquet(path: Path, options: ReadOptions) -> Iterator[ArticleInput | InputFailure]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several kinds for a broken file
        raise InputError(f"not a readable Parquet file: {exc}") from None
    row_no = 0
    for batch in parquet.iter_batches(batch_size=1000):
        for row in batch.to_pylist():
            row_no += 1
            row_name = f"{display_name(path)}[row {row_no}]"
            try:
                yield _from_row(row, row_name, "parquet", options)
            except QuellcheckError as exc:
                yield InputFailure(row_name, exc)


def count_articles(inputs: Iterable[str], options: ReadOptions | None = None) -> int | None:
    """A quick count of the articles in ``inputs`` (for progress and ETA), or None when unknown.

    Rows are counted without analysing or hashing them; bad rows count too.
    """
    sizes = article_sizes(inputs, options)
    return None if sizes is None else len(sizes)


def article_sizes(inputs: Iterable[str], options: ReadOptions | None = None) -> array[int] | None:
    """The size of every article in ``inputs``, in input order, or None when unknown (standard input).

    A quick pass without analysing or hashing, for progress and for cutting
    batches of about equal work: the characters of a CSV row's fields, the bytes
    of a JSON Lines line, the characters of the text of a Parquet row or of an
    item of a JSON array, the bytes of any other file. Rows that cannot be read
    count too (size 1).
    """
    options = options or ReadOptions()
    sizes: array[int] = array("q")
    for raw in inputs:
        if raw == "-":
            return None
        path = Path(raw)
        files = [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIX_FORMATS] if path.is_dir() else [path]
        for file in files:
            start = len(sizes)
            try:
                fmt = _format_for(file, options)
                if fmt == "jsonl":
                    with file.open("rb") as stream:
                        sizes.extend(len(line) for line in stream if line.strip())
                elif fmt == "csv":
                    with file.open("r", encoding="utf-8", errors="replace", newline="") as stream:
                        rows = csv.reader(stream, delimiter=options.csv_sep or ",", quotechar=options.csv_quote)
                        if options.header:
                            next(rows, None)
                        sizes.extend(max(1, sum(map(len, fields))) for fields in rows if fields)
                elif fmt == "json":
                    sizes.extend(_json_sizes(file, options))
                else:
                    sizes.extend(_parquet_sizes(file, options) if fmt == "parquet" else [max(1, file.stat().st_size)])
            except (QuellcheckError, OSError, csv.Error, ValueError):
                del sizes[start:]
                sizes.append(1)
    return sizes


def parse_json(text: str | bytes) -> Any:
    """``json.loads``, with nesting too deep for Python's parser (thousands of brackets) reported as a
    :class:`FormatError` rather than a ``RecursionError``."""
    try:
        return json.loads(text)
    except RecursionError:
        raise FormatError("the JSON is nested too deeply to read") from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # an integer of more than 4,300 digits (Python's limit on int conversion)
        raise FormatError(f"the JSON holds a value that cannot be read: {str(exc).split(';')[0]}") from None


def _json_sizes(path: Path, options: ReadOptions) -> list[int]:
    """One size per article of a JSON file: each item of a top-level array (the characters of its text
    field, 1 when it has none), or the whole file for a single object."""
    data = path.read_bytes()
    obj = parse_json(decode_bytes(data, str(path)).text)
    if not isinstance(obj, list):
        return [max(1, len(data))]
    column = dict(options.column_map).get("text", "text")
    return [max(1, len(item[column])) if isinstance(item, dict) and isinstance(item.get(column), str) else 1 for item in obj]


def _parquet_sizes(path: Path, options: ReadOptions) -> list[int]:
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    column = dict(options.column_map).get("text", "text")
    if column not in parquet.schema_arrow.names:
        return [1] * parquet.metadata.num_rows
    lengths = pc.utf8_length(parquet.read(columns=[column]).column(0).cast("large_string"))
    return [max(1, n) for n in pc.fill_null(lengths, 1).to_pylist()]


def _pick_separator(header_line: str, options: ReadOptions) -> str:
    if options.csv_sep:
        return options.csv_sep
    best, best_fields = ",", 0
    for sep in _CSV_SEPARATORS:
        fields = next(csv.reader([header_line], delimiter=sep, quotechar=options.csv_quote), [])
        names = [f.strip().lower() for f in fields]
        if "text" in names:
            return sep
        if len(fields) > best_fields:
            best, best_fields = sep, len(fields)
    return best


def _read_csv_text(stream: io.TextIOBase, name: str, options: ReadOptions) -> Iterator[ArticleInput | InputFailure]:
    if options.header:
        header_line = stream.readline()
        if not header_line.strip():
            raise FormatError("empty CSV file (a header row with a 'text' column is required)")
        sep = _pick_separator(header_line, options)
        header = next(csv.reader([header_line], delimiter=sep, quotechar=options.csv_quote))
        columns = [h.strip().lstrip("\ufeff") for h in header]
    else:
        sep = options.csv_sep or ","
        columns = list(options.columns)
    text_column = dict(options.column_map).get("text", "text")
    if columns and text_column not in columns and text_column.lower() not in [c.lower() for c in columns]:
        shown = ", ".join(repr(c[:30]) for c in columns[:8])
        raise FormatError(f"CSV has no {text_column!r} column (header: {shown}); name it with --text-col, or use --no-header --columns")
    if not options.column_map:
        columns = [c.lower() if c.lower() in ROW_FIELDS else c for c in columns]
    reader = csv.reader(stream, delimiter=sep, quotechar=options.csv_quote)
    row_no = 0
    while True:
        row_no += 1
        row_name = f"{name}[row {row_no}]"
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputFailure(row_name, FormatError(f"malformed CSV: {exc}"))
            continue
        if not any(f.strip() for f in fields):
            continue
        if not columns:  # header-less without names: col0, col1, …
            columns = [f"col{i}" for i in range(len(fields))]
            if text_column not in columns:
                raise FormatError(f"no {text_column!r} column among {', '.join(columns)}; use --text-col")
        if len(fields) != len(columns):
            yield InputFailure(
                row_name, FormatError(f"has {len(fields)} fields, the header has {len(columns)}")
            )
            continue
        try:
            yield _from_row(dict(zip(columns, fields, strict=True)), row_name, "csv", options)
        except QuellcheckError as exc:
            yield InputFailure(row_name, exc)


def _read_stdin(stream: BinaryIO, options: ReadOptions) -> Iterator[ArticleInput | InputFailure]:
    data = stream.read(options.max_chars * _BYTES_PER_CHAR + 1)
    if len(data) > options.max_chars * _BYTES_PER_CHAR:
        raise InputError(f"standard input is larger than the limit of {options.max_chars:,} characters (--max-chars)")
    fmt = options.input_format
    if fmt == "auto":
        fmt = _sniff_format(data)
    yield from _articles_from_bytes(data, fmt, "<stdin>", None, options)


def _sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        first_line = data.lstrip().split(b"\n", 1)[0]
        try:
            parse_json(first_line)
            return "jsonl" if data.strip().count(b"\n") and head.startswith(b"{") else "json"
        except (json.JSONDecodeError, UnicodeDecodeError, FormatError):
            return "json"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head:
        return "html"
    return "txt"


__all__ = [
    "DEFAULT_MAX_CHARS",
    "INPUT_FORMATS",
    "ArticleInput",
    "InputFailure",
    "ReadOptions",
    "article_from_row",
    "content_id",
    "article_sizes",
    "count_articles",
    "iter_articles",
]
