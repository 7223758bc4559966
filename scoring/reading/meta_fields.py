"""Input fields promoted to typed columns of the ``articles`` table.

Rows of JSON Lines, CSV and Parquet inputs often carry fields quellcheck has
no column of its own for (``label``, ``section``, ``author`` …). Every such
field whose values are scalars (text, whole numbers, decimals, true/false)
becomes a column of ``articles`` with one type for the whole corpus, so a
query groups by it directly (``GROUP BY label``) instead of going through
``json_extract(meta, '$.label')``. Fields with nested values (objects, lists)
stay in the ``meta`` JSON column, as do fields that no plan foresaw (a corpus
read from standard input, which cannot be read twice).

The type of a column is decided from every value of the field in the corpus
(:func:`infer_meta_columns`): all true/false -> ``bool``; all whole numbers
-> ``int``; numbers -> ``float``; anything else -> ``string`` (other scalars
written as JSON: ``true``, ``12``). CSV values are text, so CSV fields are
``string`` columns. A field named like a column quellcheck already has
(``n_words``, ``meta``, ``text_sha256`` …) gets the prefix ``meta_``
(``meta_n_words``). Missing values are null. :mod:`schemas.meta_columns`
checks the columns.

Plain Python: ``analyze`` to JSON uses it without loading pandas.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

META_PREFIX = "meta_"
"""Prefix of a promoted field whose name is taken by a column of ``articles``."""

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "lang", "title", "text", "outlet", "url", "published", "n_words", "n_sentences", "n_body_words",
    "n_body_sentences", "lang_source", "lang_confidence", "input_name", "input_format", "input_sha256", "text_sha256",
    "meta", "quellcheck_version",
)  # fmt: skip
"""The columns of ``schemas.Articles`` (a test checks they agree), which promoted fields must not take."""


@dataclass(frozen=True)
class MetaColumn:
    """One promoted input field: its name in the input, its column in ``articles`` and its type."""

    field: str
    column: str
    dtype: str  # string, int, float or bool (schemas.meta_columns.META_DTYPES)

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "column": self.column, "dtype": self.dtype}

    @classmethod
    def from_json(cls, obj: Mapping[str, str]) -> MetaColumn:
        return cls(str(obj["field"]), str(obj["column"]), str(obj["dtype"]))


def _kind(value: Any) -> str | None:
    """The kind of one value: a column type, ``nested``, or None for a missing value."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return None if math.isnan(value) else "float"
    if isinstance(value, dict | list | tuple):
        return "nested"
    return "string"


def _merge(kinds: set[str]) -> str | None:
    """The column type for a field whose values have ``kinds``; None when it stays in ``meta``."""
    if "nested" in kinds:
        return None
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds == {"int", "float"}:
        return "float"
    return "string"


def infer_meta_columns(metas: Iterable[Mapping[str, Any]], taken: Iterable[str] | None = None) -> tuple[MetaColumn, ...]:
    """The columns to promote for rows whose extra fields are ``metas``, ordered by field name.

    ``taken``: column names already in use (default: the columns of ``articles``); a field named
    like one gets :data:`META_PREFIX` (repeated until the name is free).
    """
    kinds: dict[str, set[str]] = {}
    for meta in metas:
        for name, value in meta.items():
            kind = _kind(value)
            seen = kinds.setdefault(str(name), set())
            if kind is not None:
                seen.add(kind)
    reserved = set(ARTICLE_COLUMNS if taken is None else taken)
    merged = {name: _merge(found) if found and name.strip() else None for name, found in sorted(kinds.items())}
    promoted = {name: dtype for name, dtype in merged.items() if dtype is not None}  # else nested, empty or nameless
    # a field keeps its own name unless quellcheck has a column of that name; only then is it prefixed,
    # to a name no other field has
    used = reserved | set(promoted)
    columns = []
    for name, dtype in promoted.items():
        column = name
        if name in reserved:
            column = META_PREFIX + name
            while column in used:
                column = META_PREFIX + column
            used.add(column)
        columns.append(MetaColumn(name, column, dtype))
    return tuple(columns)


def column_value(value: Any, dtype: str) -> Any:
    """``value`` as a value of a column of type ``dtype`` (None when missing)."""
    if _kind(value) is None:
        return None
    if dtype == "string":
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if dtype == "float":
        return float(value)
    if dtype == "int":
        return int(value)
    return bool(value)


def split_meta(meta: Mapping[str, Any], columns: Iterable[MetaColumn]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``meta`` split into the promoted columns' values (by column name) and the fields that stay in ``meta``."""
    values: dict[str, Any] = {}
    rest = dict(meta)
    for column in columns:
        value = rest.pop(column.field, None)
        values[column.column] = column_value(value, column.dtype)
    return values, rest


def meta_json(meta: Mapping[str, Any]) -> str | None:
    """The ``meta`` column's JSON for ``meta`` (None when empty), keys sorted."""
    return json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str) if meta else None


def extra_columns(columns: Iterable[MetaColumn]) -> dict[str, str]:
    """Column name -> type, as :func:`schemas.validate` takes them."""
    return {c.column: c.dtype for c in columns}


def promote_meta(articles: pd.DataFrame, columns: tuple[MetaColumn, ...]) -> pd.DataFrame:
    """``articles`` (with every extra field still in ``meta``) with ``columns`` promoted out of ``meta``.

    Not validated here: :func:`schemas.validate` with :func:`extra_columns` does that.
    """
    import pandas as pd

    from schemas import META_DTYPES

    if not columns:
        return articles
    parsed = [json.loads(m) if isinstance(m, str) and m else {} for m in articles["meta"].tolist()]
    split = [split_meta(meta, columns) for meta in parsed]
    frame = articles.copy()
    frame["meta"] = pd.Series([meta_json(rest) for _, rest in split], index=frame.index, dtype=object)
    for column in columns:
        values = [vals[column.column] for vals, _ in split]
        frame[column.column] = pd.Series(values, index=frame.index, dtype=object).astype(META_DTYPES[column.dtype])
    return frame


__all__ = [
    "ARTICLE_COLUMNS",
    "META_PREFIX",
    "MetaColumn",
    "column_value",
    "extra_columns",
    "infer_meta_columns",
    "meta_json",
    "promote_meta",
    "split_meta",
]
