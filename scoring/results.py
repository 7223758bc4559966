"""The result of analysing one article: its rows in every table.

Rows are kept as plain dicts (cheap to build per article); frames are built
and validated on demand, per article (:meth:`ArticleAnalysis.tables`) or per
batch (:func:`batch_tables`).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from scoring.cleaning.normalize import NormalizedText

if TYPE_CHECKING:
    import pandas as pd

    from scoring.reading.meta_fields import MetaColumn

LIST_TABLES: tuple[str, ...] = ("sentences", "cues", "attributions", "sources", "claims", "links")


@dataclass
class ArticleAnalysis:
    """All rows quellcheck produced for one article.

    ``article`` is the ``articles`` row and ``scores`` the ``scores`` row; the
    other tables are lists of row dicts. ``normalized`` keeps the offset map
    back into the input file (for line/column positions); ``warnings`` are
    messages for the user that did not stop the analysis.
    """

    article: dict[str, Any]
    sentences: list[dict[str, Any]] = field(default_factory=list)
    cues: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)
    normalized: NormalizedText | None = field(default=None, repr=False)
    warnings: list[str] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return str(self.article["article_id"])

    @property
    def text(self) -> str:
        return str(self.article["text"])

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The rows of ``table`` (one row for ``articles`` and ``scores``)."""
        if table == "articles":
            return [self.article]
        if table == "scores":
            return [self.scores] if self.scores else []
        return list(getattr(self, table))

    def to_json_obj(self) -> dict[str, Any]:
        """The JSON contract: ``article``, the list tables and ``scores``; no key is ever missing.

        The article's scalar input fields are keys of ``article`` of their own, as they are columns
        of the ``articles`` table (see :mod:`schemas.meta_columns`); ``meta`` keeps the nested ones.
        """
        obj: dict[str, Any] = {"article": _jsonable(promoted_article(self.article))}
        for table in LIST_TABLES:
            obj[table] = [_jsonable(row) for row in getattr(self, table)]
        obj["scores"] = _jsonable(self.scores)
        return obj

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table as a validated DataFrame (the article's scalar input fields as columns of ``articles``)."""
        return batch_tables([self])

    def _repr_html_(self) -> str:
        """The highlighted report, for Jupyter (a fragment with its own scoped style)."""
        from reports import render_article_html

        return render_article_html(self.tables(), fragment=True)


def batch_tables(analyses: Iterable[ArticleAnalysis], meta_columns: tuple[MetaColumn, ...] | None = None) -> dict[str, pd.DataFrame]:
    """Build and validate one frame per table from many analyses at once.

    ``meta_columns``: the input fields to promote to columns of ``articles``
    (a corpus run plans them for the whole corpus, so every part has the same
    columns); None promotes every scalar field found in these analyses.
    """
    from schemas import TABLE_NAMES, frame_from_records, validate  # pandas and pandera: only when frames are asked for
    from scoring.reading.meta_fields import extra_columns, promote_meta

    items = list(analyses)
    if meta_columns is None:
        meta_columns = _meta_columns_of(items)
    frames = {table: frame_from_records(table, (row for a in items for row in a.rows(table))) for table in TABLE_NAMES}
    if meta_columns:
        frames["articles"] = validate("articles", promote_meta(frames["articles"], meta_columns), extra_columns(meta_columns))
    return frames


def _meta_columns_of(analyses: Iterable[ArticleAnalysis]) -> tuple[MetaColumn, ...]:
    from scoring.reading.meta_fields import infer_meta_columns

    return infer_meta_columns(json.loads(a.article["meta"]) for a in analyses if a.article.get("meta"))


def promoted_article(article: dict[str, Any]) -> dict[str, Any]:
    """The ``articles`` row with its scalar input fields out of ``meta`` as keys of their own."""
    if not article.get("meta"):
        return article
    from scoring.reading.meta_fields import infer_meta_columns, meta_json, split_meta

    meta = json.loads(article["meta"])
    columns = infer_meta_columns([meta])
    values, rest = split_meta(meta, columns)
    return {**article, "meta": meta_json(rest), **values}


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """Replace NaN and pandas NA with ``None`` and numpy scalars with Python ones."""
    na = sys.modules["pandas"].NA if "pandas" in sys.modules else None  # rows built here never hold it otherwise
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or value is na:
            out[key] = None
        elif isinstance(value, float) and math.isnan(value):
            out[key] = None
        elif hasattr(value, "item") and not isinstance(value, str | bytes):
            out[key] = value.item()
        else:
            out[key] = value
    return out
