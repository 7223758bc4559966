"""The ``articles`` schema with input fields promoted to columns of their own.

A corpus's rows often carry fields quellcheck has no column for (``label``,
``section``, ``author`` …); ``scoring.reading.meta_fields`` decides which
become columns of ``articles`` and of what type. This module only knows the
types and checks them: a promoted column is nullable and of one of the types
in :data:`META_DTYPES`; the table stays strict, so any other unknown column is
still an error.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import pandas as pd
import pandera.pandas as pa

from schemas.tables import Articles

META_DTYPES: dict[str, Any] = {"string": str, "int": "Int64", "float": "float64", "bool": "boolean"}
"""The types of promoted input fields (``string``, ``int``, ``float``, ``bool``) as pandas dtypes, all nullable."""


@functools.lru_cache(maxsize=64)
def _articles_schema(extra: tuple[tuple[str, str], ...]) -> pa.DataFrameSchema:
    schema = Articles.to_schema()
    unknown = sorted({dtype for _, dtype in extra} - set(META_DTYPES))
    if unknown:
        raise ValueError(f"unknown column type(s) {', '.join(unknown)}; known: {', '.join(META_DTYPES)}")
    clash = sorted(set(schema.columns) & {column for column, _ in extra})
    if clash:
        raise ValueError(f"promoted input field(s) named like articles columns: {', '.join(clash)}")
    if not extra:
        return schema
    return schema.add_columns({column: pa.Column(META_DTYPES[dtype], nullable=True, coerce=True) for column, dtype in extra})


def articles_schema(extra_columns: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    """The ``articles`` schema with ``extra_columns`` (column name -> type, see :data:`META_DTYPES`)
    after its own columns."""
    return _articles_schema(tuple((extra_columns or {}).items()))


def extra_columns_of(frame: pd.DataFrame) -> dict[str, str]:
    """The promoted columns of an ``articles`` frame (read back from disk): its columns beyond the
    model's, with the type their dtype shows (text for any dtype that is not bool, integer or float)."""
    known = set(Articles.to_schema().columns)
    extra = {}
    for name in frame.columns:
        if name in known:
            continue
        dtype = frame[name].dtype
        if pd.api.types.is_bool_dtype(dtype):
            extra[str(name)] = "bool"
        elif pd.api.types.is_integer_dtype(dtype):
            extra[str(name)] = "int"
        elif pd.api.types.is_float_dtype(dtype):
            extra[str(name)] = "float"
        else:
            extra[str(name)] = "string"
    return extra


__all__ = ["META_DTYPES", "articles_schema", "extra_columns_of"]
