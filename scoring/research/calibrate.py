"""Fit the reliability weights to a researcher's own human ratings.

quellcheck's default ``reliability`` is a weighted mean of four components
with weights chosen by the project (METHODS.md). A study that has human
reliability ratings for some articles can instead learn the weights that fit
its ratings best, check by cross-validation whether they beat the default,
and write them as a ``--config`` file::

    result = calibrate(ratings, scores)      # two DataFrames
    print(result.summary())
    Path("weights.toml").write_text(result.to_toml(), encoding="utf-8")

Methods: binary ratings (0/1) get a logistic regression on the four
components; ordinal ratings (three or more integer levels) a linear
regression with non-negative coefficients (Lawson & Hanson 1974 NNLS, as in
scikit-learn's ``LinearRegression(positive=True)``). Quality is measured on
out-of-fold predictions of k-fold cross-validation (stratified for binary
ratings), pooled over the folds: ROC AUC, accuracy and Brier score (Brier
1950) for binary ratings, Spearman's rho and mean absolute error for ordinal
ones. The same figure for the default ``reliability`` column is reported as
the baseline.

The learned weights are the model's coefficients on the components (all on
the same 0-100 scale), negatives set to 0 and normalised to sum 1, so that
``reliability`` with these weights is a monotone transform of the fitted
model's linear score. What this cannot do: find signals the four components
do not carry (the ratings may judge truth, which quellcheck does not
measure), learn from a handful of ratings (a few dozen per class are a
minimum for stable weights), or give a component negative weight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.base import clone
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import accuracy_score, brier_score_loss, mean_absolute_error, roc_auc_score
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_predict

from scoring._version import __version__
from scoring.config import COMPONENTS
from scoring.errors import ConfigError, InputError

KINDS: tuple[str, ...] = ("auto", "binary", "ordinal")
_LANGS: tuple[str, ...] = ("en", "de")

_METRIC_LABELS: dict[str, tuple[str, str]] = {
    "roc_auc": ("ROC AUC", "ROC-AUC"),
    "accuracy": ("accuracy", "Trefferquote"),
    "brier": ("Brier score (lower is better)", "Brier-Score (niedriger ist besser)"),
    "spearman": ("Spearman's rho", "Spearmans Rho"),
    "mae": ("mean absolute error", "mittlerer absoluter Fehler"),
    "weights_roc_auc": ("ROC AUC of the written weights", "ROC-AUC der geschriebenen Gewichte"),
    "weights_spearman": ("Spearman's rho of the written weights", "Spearmans Rho der geschriebenen Gewichte"),
}
_HEADLINE = {"binary": "roc_auc", "ordinal": "spearman"}


@dataclass
class CalibrationResult:
    """What :func:`calibrate` found.

    ``kind`` is ``binary`` or ``ordinal``; ``n`` the number of rated articles
    used; ``metrics`` the cross-validated figures of the fitted weights
    (binary: ``roc_auc``, ``accuracy``, ``brier``; ordinal: ``spearman``,
    ``mae``); ``baseline`` the same headline figure for quellcheck's default
    ``reliability`` on the same articles (``roc_auc`` or ``spearman``, plus
    ``n``); ``weights`` maps each component to its learned weight (summing to
    1); ``notes`` says what was dropped or assumed (``notes_de`` the same
    in German).
    """

    kind: str
    n: int
    metrics: dict[str, float]
    baseline: dict[str, float]
    weights: dict[str, float]
    notes: list[str] = field(default_factory=list)
    notes_de: list[str] = field(default_factory=list)
    folds: int = 5
    seed: int = 13

    def summary(self, lang: str = "en") -> str:
        """A short plain-text report (English or German): metrics beside the baseline, then weights."""
        de = _lang_is_de(lang)
        headline = _HEADLINE[self.kind]
        kind_word = {"binary": ("binary", "binäre"), "ordinal": ("ordinal", "ordinale")}[self.kind][de]
        lines = [
            (
                f"Kalibrierung an {self.n} {kind_word}n Bewertungen ({self.folds}-fache Kreuzvalidierung)"
                if de
                else f"Calibration on {self.n} {kind_word} ratings ({self.folds}-fold cross-validation)"
            ),
            "",
        ]
        width = max(len(_METRIC_LABELS[m][de]) for m in self.metrics)
        col1, col2 = ("angepasst", "Standard") if de else ("fitted", "default")
        lines.append(f"{'':<{width}}  {col1:>9}  {col2:>9}")
        for metric, value in self.metrics.items():
            base = self.baseline.get(metric) if metric == headline else None
            shown_base = _fmt(base, de) if base is not None else ""
            lines.append(f"{_METRIC_LABELS[metric][de]:<{width}}  {_fmt(value, de):>9}  {shown_base:>9}")
        lines.append("")
        lines.append("Gewichte:" if de else "Weights:")
        name_width = max(len(c) for c in COMPONENTS)
        for component in COMPONENTS:
            lines.append(f"  {component:<{name_width}}  {_fmt(self.weights[component], de)}")
        notes = self.notes_de if de and len(self.notes_de) == len(self.notes) else self.notes
        if notes:
            lines.append("")
            lines.append("Hinweise:" if de else "Notes:")
            lines.extend(f"  - {note}" for note in notes)
        return "\n".join(lines) + "\n"

    def to_toml(self) -> str:
        """A ``--config`` file holding these weights as a ``[profile]`` table, with a comment header.

        The header records how the weights were fitted (number and kind of
        ratings, model, cross-validated figure against the default), not when.
        """
        headline = _HEADLINE[self.kind]
        model = "logistic regression" if self.kind == "binary" else "non-negative linear regression"
        base = self.baseline.get(headline)
        lines = [
            f"# quellcheck profile weights fitted to {self.n} {self.kind} human ratings",
            f"# by `calibrate` (quellcheck {__version__}): {model} on the four components.",
            f"# {self.folds}-fold cross-validated {_METRIC_LABELS[headline][0]}: "
            f"{_fmt(self.metrics[headline])}"
            f" (default reliability: {_fmt(base) if base is not None else 'n/a'}; "
            f"these weights: {_fmt(self.metrics.get('weights_' + headline))}); seed {self.seed}.",
        ]
        lines.extend(f"# note: {note}" for note in self.notes)
        weights = ", ".join(f"{c} = {self.weights[c]:.4f}" for c in COMPONENTS)
        lines += ["", "[profile]", f"weights = {{ {weights} }}", ""]
        return "\n".join(lines)


def calibrate(
    ratings: pd.DataFrame, scores: pd.DataFrame, kind: str = "auto", folds: int = 5, seed: int = 13
) -> CalibrationResult:
    """Learn component weights from human ratings and cross-validate them.

    ``ratings``: columns ``article_id`` and ``rating`` (0/1, or integers with
    three or more levels), one row per article. ``scores``: a ``scores``
    table (``article_id``, the four components, and ``reliability`` for the
    baseline). ``kind``: ``auto`` (0/1 is binary, three or more levels
    ordinal), ``binary`` or ``ordinal``. ``folds``: cross-validation folds;
    ``seed`` fixes the fold split.

    Ratings without a scores row and rows with a missing component are
    dropped and counted in ``notes``. Raises :class:`InputError` for missing
    columns, non-numeric or non-integer ratings, duplicate articles, a single
    class, fewer than ``2 × folds`` usable articles, or (binary) fewer than
    ``folds`` articles in a class; :class:`ConfigError` for a bad ``kind``
    or ``folds``.
    """
    if kind not in KINDS:
        raise ConfigError(f"calibration kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if isinstance(folds, bool) or not isinstance(folds, int | np.integer) or folds < 2:
        raise ConfigError(f"folds must be an integer of at least 2, not {folds!r}")
    _require(ratings, ("article_id", "rating"), "ratings")
    _require(scores, ("article_id", *COMPONENTS), "scores")
    notes: list[tuple[str, str]] = []  # (English, German)

    rated = ratings[["article_id", "rating"]].copy()
    rated["article_id"] = rated["article_id"].astype(str)
    rated["rating"] = _numeric_ratings(rated["rating"])
    unrated = int(rated["rating"].isna().sum())
    if unrated:
        rated = rated[rated["rating"].notna()]
        notes.append((
            f"{unrated} row(s) without a rating were dropped",
            f"{unrated} Zeile(n) ohne Bewertung weggelassen",
        ))
    _no_duplicates(rated, "ratings")

    wanted = ["article_id", *COMPONENTS] + (["reliability"] if "reliability" in scores.columns else [])
    scored = scores[wanted].copy()
    scored["article_id"] = scored["article_id"].astype(str)
    _no_duplicates(scored, "scores")
    data = rated.merge(scored, on="article_id", how="inner")
    without_scores = len(rated) - len(data)
    if without_scores:
        notes.append((
            f"{without_scores} rated article(s) have no scores row and were left out",
            f"{without_scores} bewertete(r) Artikel ohne Scores-Zeile weggelassen",
        ))
    components = data[list(COMPONENTS)].apply(pd.to_numeric, errors="coerce").astype(float)
    incomplete = components.isna().any(axis=1)
    if incomplete.any():
        dropped = int(incomplete.sum())
        notes.append((
            f"{dropped} article(s) with a missing component (too few claims) were left out",
            f"{dropped} Artikel mit fehlender Komponente (zu wenige Aussagen) weggelassen",
        ))
        data, components = data[~incomplete], components[~incomplete]

    n = len(data)
    if n < 2 * folds:
        raise InputError(
            f"only {n} rated article(s) have all four components; "
            f"{folds}-fold calibration needs at least {2 * folds}"
        )
    y = data["rating"].to_numpy(dtype=float)
    kind = _kind(y, kind)
    # Components share the 0-100 scale; /100 keeps the solver well conditioned without changing
    # the ratio of the coefficients, which is all the weights use.
    X = components.to_numpy() / 100.0
    reliability = None
    if "reliability" in data:
        reliability = pd.to_numeric(data["reliability"], errors="coerce").to_numpy(dtype=float)

    if kind == "binary":
        labels = y.astype(int)
        smaller = int(np.bincount(labels, minlength=2).min())
        if smaller < folds:
            raise InputError(
                f"the rarer rating class has only {smaller} article(s); "
                f"{folds}-fold calibration needs at least {folds} per class"
            )
        model = LogisticRegression(max_iter=1000)
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        proba = cross_val_predict(model, X, labels, cv=splitter, method="predict_proba")[:, 1]
        metrics = {
            "roc_auc": float(roc_auc_score(labels, proba)),
            "accuracy": float(accuracy_score(labels, proba >= 0.5)),
            "brier": float(brier_score_loss(labels, proba)),
        }
        metrics["weights_roc_auc"] = float(roc_auc_score(labels, _weighted_out_of_fold(model, X, labels, splitter)))
        coefficients = model.fit(X, labels).coef_[0]
        baseline = _baseline(reliability, y, roc_auc_score, "roc_auc", notes)
    else:
        model = LinearRegression(positive=True)
        splitter = KFold(n_splits=folds, shuffle=True, random_state=seed)
        predicted = cross_val_predict(model, X, y, cv=splitter)
        metrics = {
            "spearman": _spearman(y, predicted),
            "mae": float(mean_absolute_error(y, predicted)),
        }
        if np.isnan(metrics["spearman"]):
            notes.append((
                "the cross-validated predictions are constant, so Spearman's rho is undefined",
                "die kreuzvalidierten Vorhersagen sind konstant, Spearmans Rho ist daher nicht bestimmbar",
            ))
        metrics["weights_spearman"] = _spearman(y, _weighted_out_of_fold(model, X, y, splitter))
        coefficients = model.fit(X, y).coef_
        baseline = _baseline(reliability, y, _spearman, "spearman", notes)

    return CalibrationResult(
        kind=kind,
        n=n,
        metrics=metrics,
        baseline=baseline,
        weights=_weights(coefficients, notes),
        notes=[en for en, _ in notes],
        notes_de=[de for _, de in notes],
        folds=int(folds),
        seed=seed,
    )


def _require(frame: pd.DataFrame, needed: tuple[str, ...], name: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise InputError(f"{name} must be a table (DataFrame), not {type(frame).__name__}")
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise InputError(f"{name} lack the column(s) {', '.join(missing)}; needed: {', '.join(needed)}")


def _numeric_ratings(values: pd.Series) -> pd.Series:
    """Ratings as floats; InputError for text that is not a number or for non-integer values."""
    if pd.api.types.is_bool_dtype(values):
        values = values.astype("Int64")
    try:
        numeric = pd.to_numeric(values, errors="coerce").astype(float)
    except OverflowError:  # an integer beyond the range of a float (more than 308 digits)
        raise InputError("ratings must be numbers (0/1 or integer levels); found a number too large to compute with") from None
    bad = values[numeric.isna() & values.notna()]
    if len(bad):
        shown = _scalar(bad.iloc[0])
        raise InputError(f"ratings must be numbers (0/1 or integer levels); found {shown!r}")
    present = numeric.dropna()
    fractional = present[(present != np.round(present)) | ~np.isfinite(present)]
    if len(fractional):
        shown = _scalar(fractional.iloc[0])
        raise InputError(f"ratings must be integers (0/1 or ordinal levels); found {shown!r}")
    return numeric


def _no_duplicates(frame: pd.DataFrame, name: str) -> None:
    duplicated = frame["article_id"][frame["article_id"].duplicated()]
    if len(duplicated):
        raise InputError(
            f"{name} list {duplicated.nunique()} article(s) more than once "
            f"(first: {_scalar(duplicated.iloc[0])!r}); "
            "give one row per article (e.g. the mean of several coders, rounded)"
        )


def _kind(y: np.ndarray, kind: str) -> str:
    """Resolve ``auto`` and check the ratings fit the kind."""
    levels = np.unique(y)
    if len(levels) < 2:
        raise InputError(f"every rating is {levels[0]:g}: calibration needs at least two classes")
    binary = set(levels.tolist()) == {0.0, 1.0}
    if kind == "auto":
        if binary:
            return "binary"
        if len(levels) >= 3:
            return "ordinal"
        raise InputError(
            f"two rating levels ({levels[0]:g}, {levels[1]:g}) that are not 0/1: "
            "recode them as 0/1 for binary ratings"
        )
    if kind == "binary" and not binary:
        found = ", ".join(f"{v:g}" for v in levels)
        raise InputError(f"binary ratings must be 0 or 1; found levels {found}")
    if kind == "ordinal" and len(levels) < 3:
        raise InputError(f"ordinal ratings need at least three levels; found {len(levels)}")
    return kind


def _weighted_out_of_fold(model: Any, X: np.ndarray, y: np.ndarray, splitter: Any) -> np.ndarray:
    """Out-of-fold weighted means with the weights as written (clipped, normalised), fitted per fold.

    The model's own predictions can use negative coefficients that the written
    weights drop; this is the figure the ``--config`` file will actually give.
    """
    scores = np.empty(len(y))
    for train, test in splitter.split(X, y):
        fitted = clone(model).fit(X[train], y[train])
        weights = _weights(np.ravel(fitted.coef_), [])
        scores[test] = X[test] @ np.array([weights[c] for c in COMPONENTS])
    return scores


def _spearman(truth: np.ndarray, predicted: np.ndarray) -> float:
    if np.ptp(predicted) == 0 or np.ptp(truth) == 0:
        return float("nan")
    return float(spearmanr(truth, predicted).statistic)


def _baseline(
    reliability: np.ndarray | None, y: np.ndarray, metric: Any, name: str, notes: list[tuple[str, str]]
) -> dict[str, float]:
    """The headline metric of the default ``reliability`` on the articles that have one."""
    if reliability is None:
        notes.append((
            "the scores have no reliability column, so there is no baseline",
            "die Scores haben keine Spalte reliability, daher kein Vergleichswert",
        ))
        return {}
    present = ~np.isnan(reliability)
    if present.sum() < len(y):
        missing = int((~present).sum())
        notes.append((
            f"the default reliability is missing for {missing} article(s); its baseline leaves them out",
            f"die Standard-Reliabilität fehlt für {missing} Artikel; der Vergleichswert lässt sie aus",
        ))
    truth = y[present]
    if present.sum() < 2 or len(np.unique(truth)) < 2:
        notes.append((
            "too few articles with a default reliability to compute a baseline",
            "zu wenige Artikel mit Standard-Reliabilität für einen Vergleichswert",
        ))
        return {}
    value = metric(truth.astype(int) if name == "roc_auc" else truth, reliability[present])
    return {name: float(value), "n": int(present.sum())}


def _weights(coefficients: np.ndarray, notes: list[tuple[str, str]]) -> dict[str, float]:
    """Non-negative coefficients normalised to sum 1; equal weights (with a note) when all are 0."""
    clipped = np.clip(np.asarray(coefficients, dtype=float), 0.0, None)
    if np.any(np.asarray(coefficients) < 0):
        negative = [c for c, w in zip(COMPONENTS, coefficients, strict=True) if w < 0]
        notes.append((
            f"negative coefficient(s) set to 0: {', '.join(negative)}",
            f"negative(r) Koeffizient(en) auf 0 gesetzt: {', '.join(negative)}",
        ))
    total = clipped.sum()
    if total <= 0:
        notes.append((
            "no component predicts the ratings positively; equal weights are given instead",
            "keine Komponente sagt die Bewertungen positiv vorher; stattdessen gleiche Gewichte",
        ))
        return {c: 1.0 / len(COMPONENTS) for c in COMPONENTS}
    return {c: float(w / total) for c, w in zip(COMPONENTS, clipped, strict=True)}


def _lang_is_de(lang: str) -> bool:
    code = lang.strip().lower().split("-", 1)[0]
    if code not in _LANGS:
        raise ConfigError(f"summary language must be one of {', '.join(_LANGS)}, not {lang!r}")
    return code == "de"


def _scalar(value: Any) -> Any:
    """A numpy scalar as the Python value, so messages show ``2``, not ``np.int64(2)``."""
    return value.item() if isinstance(value, np.generic) else value


def _fmt(value: float | None, de: bool = False) -> str:
    """Three decimals (a decimal comma in German); ``n/a`` for a missing or undefined value."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "n/a"
    text = f"{value:.3f}"
    return text.replace(".", ",") if de else text


__all__ = ["KINDS", "CalibrationResult", "calibrate"]
