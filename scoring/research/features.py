"""quellcheck's article figures as a scikit-learn transformer.

:class:`ArticleFeatures` turns article texts into a numeric matrix of the
figures in the ``scores`` table (``reliability``, the four components and the
raw figures behind them), so that they can feed a classifier or regression
next to other features::

    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    model = Pipeline([
        ("qc", ArticleFeatures(lang="de")),
        ("impute", SimpleImputer()),
        ("clf", LogisticRegression()),
    ])
    model.fit(texts, labels)

The transformer follows the scikit-learn estimator contract (as
``sklearn.preprocessing.FunctionTransformer`` does): ``__init__`` only stores
parameters, ``fit`` learns nothing and sets derived state ending in ``_``,
and it declares itself stateless (``requires_fit = False``), so ``transform``
works without ``fit`` and the object can be cloned and pickled.

The figures are the ones METHODS.md defines; they are measured by rules over
the project lexicons, so a figure is only as good as those rules. Not
detected: anything the scorers do not detect (see METHODS.md, "Not detected"
under each scorer). Texts in a language without scorers (English, Spanish)
get empty profiles, i.e. rows of ``missing``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from schemas import Scores
from scoring.errors import InputError
from scoring.cleaning.langid import normalise_lang
from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ArticleInput, sha256_hex

DEFAULT_FEATURES: tuple[str, ...] = (
    "reliability",
    "attribution_strength",
    "source_diversity",
    "loaded_wording",
    "hedging",
    "loaded_per_1000_words",
    "attributed_claim_share",
    "distinct_named_sources",
    "anonymous_source_share",
    "hedges_per_100_claims",
    "boosters_per_100_claims",
)
"""The figures :class:`ArticleFeatures` gives when ``features=None``."""

_READABILITY_PREFIX = "readability_"


@lru_cache(maxsize=1)
def numeric_score_columns() -> tuple[str, ...]:
    """The numeric columns of the ``scores`` table, in schema order (the valid feature names)."""
    return tuple(
        name
        for name, column in Scores.to_schema().columns.items()
        if pd.api.types.is_numeric_dtype(pd.Series([], dtype=column.dtype.type))
    )


def _check_features(features: Sequence[str] | None) -> tuple[str, ...]:
    """``features`` as a tuple of valid names; ValueError listing the valid names otherwise."""
    if features is None:
        return DEFAULT_FEATURES
    if isinstance(features, str):
        raise ValueError(f"features must be a list of figure names, not the string {features!r}")
    names = tuple(features)
    if not names:
        raise ValueError("features must name at least one figure")
    valid = numeric_score_columns()
    unknown = [name for name in names if name not in valid]
    if unknown:
        raise ValueError(
            f"unknown feature(s): {', '.join(map(str, unknown))}; valid names: {', '.join(valid)}"
        )
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise ValueError(f"feature(s) listed twice: {', '.join(duplicated)}")
    return names


def _texts(X: Any) -> list[Any]:
    """The items of ``X`` as a list: a 1-D array-like, or a 2-D one with a single column."""
    if isinstance(X, str):
        raise InputError("ArticleFeatures expects a list of article texts, not a single string")
    if isinstance(X, pd.DataFrame):
        if X.shape[1] != 1:
            raise InputError(f"ArticleFeatures expects one column of texts, got {X.shape[1]} columns")
        return X.iloc[:, 0].tolist()
    if isinstance(X, np.ndarray):
        if X.ndim == 2 and X.shape[1] == 1:
            return X[:, 0].tolist()
        if X.ndim != 1:
            raise InputError(f"ArticleFeatures expects a 1-D sequence of texts, got an array of shape {X.shape}")
        return X.tolist()
    if isinstance(X, pd.Series):
        return X.tolist()
    try:
        return list(X)
    except TypeError:
        raise InputError(f"ArticleFeatures expects an iterable of article texts, not {type(X).__name__}") from None


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


class ArticleFeatures(TransformerMixin, BaseEstimator):
    """Article texts in, a 2-D float array of quellcheck figures out (one row per text).

    Parameters
    ----------
    lang:
        The texts' language (``"de"``, ``"de-AT"`` …, or ``"auto"`` to detect
        it per text). Normalised at fit/transform time.
    features:
        Names of numeric ``scores`` columns, in output order; ``None`` gives
        :data:`DEFAULT_FEATURES`. Unknown names raise ``ValueError`` listing
        the valid ones (at fit/transform time, as scikit-learn expects).
    missing:
        The value for a figure that could not be measured: null in the
        ``scores`` row (too few claims, no named sources …), and every figure
        of a text that cannot be analysed at all (empty, no words, too long,
        language not identified, ``None``/NaN in place of a text).

    ``transform`` raises :class:`~scoring.errors.InputError` for items that
    are not strings. Readability figures are only computed when asked for
    (they cost several ms per article).
    """

    def __init__(self, lang: str = "de", features: Sequence[str] | None = None, missing: float = np.nan) -> None:
        self.lang = lang
        self.features = features
        self.missing = missing

    def fit(self, X: Any, y: Any = None) -> ArticleFeatures:
        """Check the parameters and record the output names; learns nothing from ``X``. Returns self."""
        names = _check_features(self.features)
        normalise_lang(self.lang)
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.n_features_out_ = len(names)
        return self

    def transform(self, X: Iterable[str]) -> np.ndarray:
        """Analyse each text of ``X``; returns a float array of shape ``(n_texts, n_features)``."""
        names = _check_features(self.features)
        options = AnalysisOptions(
            lang=self.lang,
            readability=any(name.startswith(_READABILITY_PREFIX) for name in names),
        )
        texts = _texts(X)
        out = np.full((len(texts), len(names)), self.missing, dtype=float)
        for row, text in enumerate(texts):
            if _is_missing(text):
                continue
            if not isinstance(text, str):
                raise InputError(f"ArticleFeatures: item {row} is a {type(text).__name__}, not a text (str)")
            scores = _scores(text, row, options)
            if scores is None:
                continue
            for col, name in enumerate(names):
                value = scores.get(name)
                if not _is_missing(value):
                    out[row, col] = float(value)
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The output column names (an object array of ``scores`` column names); ``input_features`` is ignored."""
        return np.asarray(_check_features(self.features), dtype=object)

    def __sklearn_is_fitted__(self) -> bool:
        # Stateless: nothing is learnt, so the transformer is always ready.
        return True

    def _more_tags(self) -> dict[str, Any]:
        # The same declaration for scikit-learn < 1.6, which pyproject still allows.
        return {"stateless": True, "requires_fit": False, "X_types": ["string"]}

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        # scikit-learn >= 1.6: stateless, takes a 1-D sequence of strings.
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


def _scores(text: str, row: int, options: AnalysisOptions) -> dict[str, Any] | None:
    """The scores row of one text, or None when it cannot be analysed (empty, no words, too long …)."""
    inp = ArticleInput(
        name=f"<text {row}>",
        content=text,
        markup="txt",
        input_format="txt",
        input_sha256=sha256_hex(text.encode("utf-8", "surrogatepass")),
    )
    try:
        return analyze_input(inp, options).scores
    except InputError:
        return None


__all__ = ["DEFAULT_FEATURES", "ArticleFeatures", "numeric_score_columns"]
