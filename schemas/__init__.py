"""quellcheck's tables: pandera models, frame builders and validation helpers.

>>> from schemas import frame_from_records, validate
>>> df = frame_from_records("sentences", [])
>>> list(df.columns)[:4]
['article_id', 'start', 'end', 'text']
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pandera.typing

from schemas.tables import (
    ATTRIBUTION_FORMS,
    CUE_CATEGORIES,
    CUE_VOICES,
    LINK_KINDS,
    SENTENCE_KINDS,
    SOURCE_KINDS,
    SUPPORTED_LANGS,
    AUX_MODELS,
    TABLE_MODELS,
    Articles,
    Attributions,
    Claims,
    Cues,
    Errors,
    Links,
    Scores,
    Sentences,
    Sources,
)
from schemas.meta_columns import META_DTYPES, articles_schema, extra_columns_of

__all__ = [
    "ATTRIBUTION_FORMS",
    "CUE_CATEGORIES",
    "CUE_VOICES",
    "LINK_KINDS",
    "SENTENCE_KINDS",
    "SOURCE_KINDS",
    "SUPPORTED_LANGS",
    "TABLE_MODELS",
    "TABLE_NAMES",
    "Articles",
    "Attributions",
    "Claims",
    "Cues",
    "Errors",
    "Links",
    "META_DTYPES",
    "Scores",
    "Sentences",
    "Sources",
    "TableValidationError",
    "check_offsets",
    "model",
    "columns",
    "frame_from_records",
    "articles_schema",
    "extra_columns_of",
    "load_check_backends",
    "validate",
]

TABLE_NAMES: tuple[str, ...] = tuple(TABLE_MODELS)

_MAX_PROBLEMS_IN_MESSAGE = 8


class TableValidationError(ValueError):
    """A frame does not satisfy its table's schema.

    ``problems`` lists every failure as ``(column, check, failure_case, row)``;
    ``str(error)`` is a readable summary naming the table.
    """

    def __init__(self, table: str, problems: list[tuple[str, str, Any, Any]]) -> None:
        self.table = table
        self.problems = problems
        shown = "; ".join(
            f"column {column!r} failed {_short(check)} (value {case!r}, row {row})"
            if row is not None
            else f"{column!r}: {check} ({case!r})"
            for column, check, case, row in problems[:_MAX_PROBLEMS_IN_MESSAGE]
        )
        more = len(problems) - _MAX_PROBLEMS_IN_MESSAGE
        suffix = f"; and {more} more" if more > 0 else ""
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"table {table!r} is invalid, {len(problems)} {noun}: {shown}{suffix}")


@contextmanager
def _without_dask_typing() -> Iterator[None]:
    """Let pandera build schemas without importing dask.dataframe.

    Building a model's schema, pandera looks up the dask, modin and pyspark
    typing modules; with dask installed (``quellcheck[dask]``) that imports
    ``dask.dataframe``, about 0.9 s in every process, though quellcheck only
    validates pandas frames. Inside this block the lookup answers "no dask";
    afterwards the stub and pandera's cached answers are removed, so other code
    in the process still gets pandera's dask support.
    """
    name = "pandera.typing.dask"
    if name in sys.modules:
        yield
        return
    stub = ModuleType(name)
    stub.DASK_INSTALLED = False  # type: ignore[attr-defined]
    sys.modules[name] = stub
    try:
        yield
    finally:
        if sys.modules.get(name) is stub:
            del sys.modules[name]
        if getattr(pandera.typing, "dask", None) is stub:
            delattr(pandera.typing, "dask")
        pandera.typing.get_index_types.cache_clear()
        pandera.typing.get_series_types.cache_clear()


with _without_dask_typing():
    for _table_model in (*TABLE_MODELS.values(), *AUX_MODELS.values()):
        _table_model.to_schema()  # built once per process, here, and cached by pandera


def _cast_first(table_model: type[pa.DataFrameModel]) -> tuple[pa.DataFrameSchema, dict[str, Any]]:
    """The model's schema without coercion, and the column dtypes to cast a frame to beforehand.

    pandera coerces column by column, deep-copying each column's schema; one
    ``DataFrame.astype`` does the same casts in a quarter of the time, and the
    schema still checks every dtype. Used for frames built here from records.
    """
    schema = table_model.to_schema()
    plain = schema.update_columns({name: {"coerce": False} for name in schema.columns})  # a copy
    plain.coerce = False
    return plain, {name: column.dtype.type for name, column in schema.columns.items()}


_CAST_FIRST = {name: _cast_first(m) for name, m in (*TABLE_MODELS.items(), *AUX_MODELS.items())}


def _short(check: str, limit: int = 60) -> str:
    return check if len(check) <= limit else check[: limit - 1] + "…"


def _model(table: str) -> type[pa.DataFrameModel]:
    try:
        return TABLE_MODELS[table] if table in TABLE_MODELS else AUX_MODELS[table]
    except KeyError:
        known = ", ".join(TABLE_NAMES)
        raise KeyError(f"unknown table {table!r}; the tables are: {known}") from None


def model(table: str) -> type[pa.DataFrameModel]:
    """The pandera model of ``table`` (one of the eight tables, or ``errors``)."""
    return _model(table)


def columns(table: str) -> list[str]:
    """The columns of ``table`` in schema order."""
    return list(_model(table).to_schema().columns)


def frame_from_records(table: str, records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a frame for ``table`` from row dicts, with schema column order and dtypes.

    Works for an empty ``records`` too (a typed, empty frame). Columns the
    schema does not know are kept after the schema's own columns (``scores``
    allows extra figure columns; strict tables will reject them on validation).
    The frame is validated and coerced; invalid rows raise
    :class:`TableValidationError`.
    """
    rows = list(records)
    if not rows:
        return _empty_frame(table).copy()
    schema_cols = columns(table)
    frame = pd.DataFrame.from_records(rows)
    extra = [c for c in frame.columns if c not in schema_cols]
    for col in schema_cols:
        if col not in frame.columns:
            frame[col] = pd.Series([None] * len(frame), dtype=object)
    frame = frame[schema_cols + extra]
    if not extra:
        plain, dtypes = _CAST_FIRST[table]
        try:
            return plain.validate(frame.astype(dtypes), lazy=True)
        except (TypeError, ValueError, pa.errors.SchemaError, pa.errors.SchemaErrors):
            pass  # a value that does not cast, or a failed check: pandera's own coercion reports it
    return validate(table, frame)


def load_check_backends(data_synthesis: bool = True) -> None:
    """Load pandera's pandas check backends now instead of on the first validation.

    Loading them, pandera also imports hypothesis when it is installed, for
    its data-synthesis strategies (0.1 s). quellcheck never synthesises data,
    so processes it owns (the command line) pass ``data_synthesis=False``: the
    import is refused for that moment, and pandera's strategies stay off in
    that process. ``import hypothesis`` itself works normally afterwards.
    Library users keep pandera as they know it (the default).
    """
    if data_synthesis or "hypothesis" in sys.modules or "pandera.strategies.base_strategies" in sys.modules:
        _empty_frame("errors")
        return
    sys.modules["hypothesis"] = None  # type: ignore[assignment]  # makes `import hypothesis` raise ImportError
    try:
        _empty_frame("errors")
    finally:
        if sys.modules.get("hypothesis", 0) is None:
            del sys.modules["hypothesis"]


@functools.cache
def _empty_frame(table: str) -> pd.DataFrame:
    """The validated, typed frame of ``table`` without rows (the same every time, so built once)."""
    return validate(table, pd.DataFrame(columns=columns(table)))


def validate(table: str, frame: pd.DataFrame, extra_columns: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Validate ``frame`` against ``table``'s model lazily (all failures at once).

    ``extra_columns``: input fields promoted to columns of ``articles``
    (column name -> ``string``/``int``/``float``/``bool``, see
    :mod:`schemas.meta_columns`); every other table, and ``articles`` without
    them, allows no column beyond its model's. Returns the coerced frame;
    raises :class:`TableValidationError` listing every failure in a readable
    message.
    """
    model = _model(table)
    if extra_columns and table != "articles":
        raise ValueError("only the articles table has promoted input fields")
    try:
        if extra_columns:
            return articles_schema(extra_columns).validate(frame, lazy=True)
        return model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = [
            (
                str(row["column"]),
                str(row["check"]),
                row["failure_case"],
                None if pd.isna(row["index"]) else row["index"],
            )
            for _, row in exc.failure_cases.iterrows()
        ]
        raise TableValidationError(table, problems) from None
    except pa.errors.SchemaError as exc:  # raised for frame-level problems pandera does not collect
        raise TableValidationError(table, [("<frame>", str(exc), None, None)]) from None


def check_offsets(articles: pd.DataFrame, table: str, frame: pd.DataFrame) -> list[str]:
    """Check that every span row of ``frame`` matches the article text it points into.

    For ``sentences`` and ``cues`` checks ``text == article.text[start:end]``;
    for ``attributions`` checks ``cue`` and ``source_text`` against their
    offsets. Returns a list of readable problems (empty when consistent).
    """
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    pairs: list[tuple[str, str, str]] = []
    if table in ("sentences", "cues", "links"):
        pairs = [("text", "start", "end")]
    elif table == "attributions":
        pairs = [("cue", "cue_start", "cue_end"), ("source_text", "source_start", "source_end")]
    problems: list[str] = []
    for row in frame.itertuples(index=False):
        article_text = texts.get(row.article_id)
        if article_text is None:
            problems.append(f"{table}: article {row.article_id!r} is not in the articles table")
            continue
        for text_col, start_col, end_col in pairs:
            value, start, end = getattr(row, text_col), getattr(row, start_col), getattr(row, end_col)
            if value is None or pd.isna(start):
                continue
            if not (0 <= start <= end <= len(article_text)):
                problems.append(f"{table}: {row.article_id}: {start_col}..{end_col} out of range")
            elif article_text[start:end] != value:
                problems.append(
                    f"{table}: {row.article_id}: {text_col} {value!r} != text[{start}:{end}] "
                    f"{article_text[start:end]!r}"
                )
    return problems
