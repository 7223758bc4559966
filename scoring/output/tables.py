"""Saving and loading the tables as files: Parquet (default) or CSV, one file per table.

Layout of a tables directory: ``articles.parquet``, ``sentences.parquet`` …
(or ``.csv``). Each file is written atomically. Reading takes only the tables
and columns asked for, so a report over a large corpus does not load every
sentence into memory.
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLE_NAMES, columns, extra_columns_of, model, validate
from scoring.errors import InputError
from scoring.output.files import TABLE_FORMATS, atomic_write



def write_tables(directory: str | Path, frames: Mapping[str, pd.DataFrame], fmt: str = "parquet") -> list[Path]:
    """Write each frame to ``directory/<table>.<fmt>`` atomically; returns the paths."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"table format must be one of {', '.join(TABLE_FORMATS)}")
    out = Path(directory)
    paths = []
    for table, frame in frames.items():
        path = out / f"{table}.{fmt}"
        with atomic_write(path, mode="wb") as handle:
            if fmt == "parquet":
                frame.to_parquet(handle, index=False)
            else:
                frame.to_csv(handle, index=False, encoding="utf-8")
        paths.append(path)
    return paths


_ARROW_TYPES = {"bool": "bool_", "Int64": "int64", "int64": "int64", "float64": "float64"}
_ARROW_META_TYPES = {"string": "string", "int": "int64", "float": "float64", "bool": "bool_"}


@lru_cache(maxsize=None)
def _arrow_schema(table: str, extra: tuple[tuple[str, str], ...]) -> pa.Schema:
    fields = []
    for name, column in _schema_columns(table).items():
        kind = _ARROW_TYPES.get(str(column.dtype))
        fields.append(pa.field(name, getattr(pa, kind)() if kind else pa.string(), nullable=True))
    fields += [pa.field(name, getattr(pa, _ARROW_META_TYPES[dtype])(), nullable=True) for name, dtype in extra]
    return pa.schema(fields)


def arrow_schema(table: str, extra_columns: Mapping[str, str] | None = None) -> pa.Schema:
    """The Parquet schema of ``table``, taken from its pandera model.

    Every part of a table is written with this schema, so parts agree even when
    a batch happens to have a column that is all null (DuckDB, Arrow and Spark
    read the directory as one dataset). ``extra_columns``: the input fields
    promoted to columns of ``articles`` (column -> type), the same for every
    part of a corpus run.
    """
    return _arrow_schema(table, tuple((extra_columns or {}).items()))


def _schema_columns(table: str) -> dict:
    return dict(model(table).to_schema().columns)


def write_part(
    path: str | Path, frame: pd.DataFrame, table: str, fmt: str = "parquet", extra_columns: Mapping[str, str] | None = None
) -> Path:
    """Write one part of ``table`` atomically (Parquet with the table's fixed schema, or CSV).

    ``extra_columns`` as in :func:`arrow_schema`; None for ``articles``: the frame's columns beyond
    the schema's (its promoted input fields), so none is dropped.
    """
    if extra_columns is None and table == "articles":
        extra_columns = extra_columns_of(frame)
    target = Path(path)
    with atomic_write(target, mode="wb") as handle:
        if fmt == "parquet":
            arrow = pa.Table.from_pandas(frame, schema=arrow_schema(table, extra_columns), preserve_index=False)
            pq.write_table(arrow, handle)
        else:
            frame.to_csv(handle, index=False, encoding="utf-8")
    return target


def find_table(directory: str | Path, table: str) -> Path | None:
    """The file or directory of parts holding ``table`` in ``directory`` (Parquet preferred), or None."""
    base = Path(directory)
    for fmt in TABLE_FORMATS:
        if (base / f"{table}.{fmt}").is_file():
            return base / f"{table}.{fmt}"
    if (base / table).is_dir():
        return base / table
    return None


def _parts(path: Path) -> tuple[list[Path], str]:
    """The parts of a table directory, in batch order, and their format."""
    for fmt in TABLE_FORMATS:
        parts = sorted(path.glob(f"*.{fmt}"))
        if parts:
            return parts, fmt
    return [], "parquet"


def iter_table(
    directory: str | Path,
    table: str,
    use_columns: Iterable[str] | None = None,
    where: Mapping[str, str] | None = None,
) -> Iterator[pd.DataFrame]:
    """Yield a table part by part (one frame for a single file), unvalidated, for aggregating large corpora.

    ``use_columns`` and ``where`` as in :func:`read_table`; empty parts are skipped.
    """
    path = find_table(directory, table)
    if path is None:
        raise InputError(f"{directory}: no {table} table (expected {table}.parquet or {table}.csv)")
    wanted = list(use_columns) if use_columns is not None else None
    wanted_for_filter = wanted + [c for c in where if c not in wanted] if wanted is not None and where else wanted
    if path.is_dir():
        parts, fmt = _parts(path)
    else:
        parts, fmt = [path], "csv" if path.suffix == ".csv" else "parquet"
    for part in parts:
        try:
            frame = _read_part(part, fmt, wanted_for_filter, where)
        except (OSError, ValueError) as exc:
            raise InputError(f"{part}: cannot read the {table} table: {_first_line(exc)}") from None
        if wanted is not None and where:
            frame = frame[[c for c in wanted if c in frame.columns]]
        if len(frame):
            yield frame


def read_table(
    directory: str | Path,
    table: str,
    use_columns: Iterable[str] | None = None,
    check: bool = True,
    where: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Read one table (a file, or a directory of parts); ``check`` validates it against its schema.

    ``use_columns`` reads only those columns; ``where`` keeps only rows whose
    columns equal the given values (``{"category": "loaded"}``), applied part
    by part, so a filtered read of a large corpus stays small in memory.
    """
    wanted = list(use_columns) if use_columns is not None else None
    frames = list(iter_table(directory, table, wanted, where))
    if not frames:
        frame = pd.DataFrame(columns=wanted or columns(table))
    else:
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    if check and wanted is None:
        # the articles of a corpus run may have input fields as columns of their own (schemas.meta_columns)
        frame = validate(table, frame, extra_columns_of(frame) if table == "articles" else None)
    elif check:
        missing = set(wanted or ()) - set(frame.columns)
        if missing:
            raise InputError(f"{find_table(directory, table)}: missing columns {', '.join(sorted(missing))}")
    return frame


def _read_part(path: Path, fmt: str, wanted: list[str] | None, where: Mapping[str, str] | None) -> pd.DataFrame:
    if fmt == "csv":
        frame = pd.read_csv(path, usecols=wanted, keep_default_na=True, low_memory=False)
        for column, value in (where or {}).items():
            frame = frame[frame[column] == value]
        return frame.reset_index(drop=True)
    filters = [(column, "==", value) for column, value in where.items()] if where else None
    return pd.read_parquet(path, columns=wanted, filters=filters)


def table_columns(directory: str | Path, table: str) -> list[str]:
    """The columns ``table`` has on disk (with promoted input fields, for ``articles``), from the
    first part's header; the schema's columns when there is no part."""
    path = find_table(directory, table)
    if path is None:
        return columns(table)
    if path.is_dir():
        parts, fmt = _parts(path)
    else:
        parts, fmt = [path], "csv" if path.suffix == ".csv" else "parquet"
    if not parts:
        return columns(table)
    try:
        if fmt == "csv":
            return list(pd.read_csv(parts[0], nrows=0).columns)
        return list(pq.read_schema(parts[0]).names)
    except (OSError, ValueError) as exc:
        raise InputError(f"{parts[0]}: cannot read the {table} table: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    """The first line of an error from a table library (pyarrow appends the whole schema to a missing
    column's message); the error stays one line on stderr."""
    lines = str(exc).strip().splitlines()
    first = lines[0] if lines else type(exc).__name__
    missing = re.search(r"No match for FieldRef\.Name\(([^)]*)\)", first)
    return f"it has no column {missing.group(1)!r}" if missing else first


def read_tables(directory: str | Path, tables: Iterable[str] = TABLE_NAMES) -> dict[str, pd.DataFrame]:
    """Read and validate several tables."""
    return {table: read_table(directory, table) for table in tables}


def load_corpus_tables(directory: str | Path, group_by: str | None = None) -> dict[str, Any]:
    """What the corpus report (:func:`reports.corpus.render_corpus_html`) needs from tables on disk,
    read part by part.

    Articles and scores are read as the few columns the report uses (``meta``
    only when ``group_by`` names a meta field), the text of untitled articles
    only as its first words; sources and loaded-wording cues are aggregated part by part, so memory grows with the number of articles
    only by their scores and titles, not by their sentences, cues or sources.
    """
    from reports import corpus as corpus_report  # matplotlib and jinja: only when a report is made

    article_cols = [c for c in corpus_report.NEEDED["articles"] if c != "meta"]
    score_cols = list(corpus_report.NEEDED["scores"])
    if group_by in table_columns(directory, "articles") and group_by not in article_cols:
        article_cols.append(group_by)
    elif group_by in columns("scores") and group_by not in score_cols:
        score_cols.append(group_by)
    elif group_by is not None and group_by not in article_cols + score_cols:
        article_cols.append("meta")
    scores = read_table(directory, "scores", score_cols)
    articles = read_table(directory, "articles", article_cols)
    # untitled articles are named by their first words: read the text part by part, keep only those
    names = [
        corpus_report.first_words(part["text"].where(part["title"].isna()))
        for part in iter_table(directory, "articles", ["title", "text"])
    ]
    if names and sum(map(len, names)) == len(articles):
        articles["first_words"] = pd.concat(names, ignore_index=True).values
    frames: dict[str, Any] = {"articles": articles, "scores": scores}
    if find_table(directory, "sources") is not None:
        frames["source_summary"] = corpus_report.summarize_sources(iter_table(directory, "sources", corpus_report.NEEDED["sources"]))
    if find_table(directory, "cues") is not None:
        frames["loaded_terms"] = corpus_report.count_loaded_terms(iter_table(directory, "cues", corpus_report.NEEDED["cues"], where=corpus_report.WHERE["cues"]))
    return frames


__all__ = ["TABLE_FORMATS", "arrow_schema", "columns", "find_table", "iter_table", "load_corpus_tables", "read_table",
           "read_tables", "table_columns", "write_part", "write_tables"]  # fmt: skip
