"""Convergent validity of the profile: do articles of outlets rated low on factual quality get lower scores?

Data: PolNeAR v1.0 (Newell, Margolin & Ruths 2018) in ``../shared/dev/polnear_en``, train and dev
compartments (the test compartment is kept aside). ``metadata.tsv`` names each article's publisher and
marks wire copy (AP, AFP, Reuters, UPI); wire copy is left out, since its sourcing is the agency's, not
the outlet's. Every remaining article is analysed with ``lang="en"`` and nothing else: the outlet is
never passed to quellcheck, so the profile judges the text, not the masthead.

Ratings: outlet-level aggregate domain-quality scores of Lin et al. (2023), in
``eval/outlet_ratings.tsv`` with their source. Outlets are grouped there, before any figure was
looked at: ``low`` (pc1 < 0.6: Breitbart, Western Journalism), ``high`` (pc1 ≥ 0.8: Washington Post,
New York Times, Politico, USA Today); HuffPost (0.715) is in neither group.

Figures, on the ``develop`` and ``measure`` halves of the articles (a hash of the file name,
:func:`scoring.research.evaluate.split_of`; profile rules are developed on ``develop`` only):

* ROC AUC between articles of high- and low-rated outlets of ``reliability`` and of each component
  (0.5: no separation; above 0.5: higher-rated outlets score higher, the intended direction;
  below 0.5: the component points the wrong way). Articles whose figure is null are left out of it;
* Spearman's rho between the article's figure and its outlet's rating, over all seven outlets;
* the distribution of ``reliability`` per outlet (n, quartiles, median).

``--explore`` lists the AUC of every numeric column of the scores table on the ``develop`` half
only: what to look at while designing the profile, never on the half that is only measured on.

Usage: python eval/validity.py [--shared ../shared] [--json] [--explore]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path
from statistics import median, quantiles
from typing import Any

from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

from scoring import analyze
from scoring.config import COMPONENTS
from scoring.research.evaluate import split_of

FIGURES = ("reliability", *COMPONENTS)
RATINGS = Path(__file__).resolve().parent / "outlet_ratings.tsv"
WIRE_NONE = frozenset(("None", "NA", ""))  # metadata.tsv: "NA" (Western Journalism) is not wire copy
PARTS = ("develop", "measure")


def folder(shared: Path) -> Path:
    return shared / "dev" / "polnear_en"


def ratings(path: Path = RATINGS) -> dict[str, dict[str, Any]]:
    """publisher → {domain, pc1, group} from the ratings table (lines starting with # are its header)."""
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {r["publisher"]: {"domain": r["domain"], "pc1": float(r["pc1"]), "group": r["group"]} for r in rows}


def articles(shared: Path) -> list[dict[str, Any]]:
    """The outlet's own PolNeAR articles (train and dev, no wire copy) with publisher, text and part."""
    rated = ratings()
    out = []
    with (folder(shared) / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["compartment"] not in ("train", "dev") or row["wire"] not in WIRE_NONE:
                continue
            if row["publisher"] not in rated:
                continue
            path = folder(shared) / row["compartment"] / "text" / f"{row['filename']}.txt"
            out.append({
                "id": row["filename"], "publisher": row["publisher"], "path": path,
                "part": split_of(row["filename"]), **rated[row["publisher"]],
            })  # fmt: skip
    return out


def score_all(shared: Path, config: Any = None) -> list[dict[str, Any]]:
    """Each article with its scores row (``analyze(text, lang="en")``, no outlet given)."""
    rows = []
    for article in articles(shared):
        text = article["path"].read_text(encoding="utf-8")
        scores = analyze(text, lang="en", article_id=article["id"], config=config).scores
        rows.append({**article, "scores": scores})
    return rows


def _auc(rows: list[dict[str, Any]], column: str) -> tuple[float | None, int]:
    pairs = [(1 if r["group"] == "high" else 0, r["scores"].get(column)) for r in rows if r["group"] in ("high", "low")]
    pairs = [(y, float(v)) for y, v in pairs if isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v)]
    labels = [y for y, _ in pairs]
    if not pairs or len(set(labels)) < 2:
        return None, len(pairs)
    return round(float(roc_auc_score(labels, [v for _, v in pairs])), 4), len(pairs)


def _rho(rows: list[dict[str, Any]], column: str) -> float | None:
    pairs = [(r["pc1"], r["scores"].get(column)) for r in rows]
    pairs = [(x, v) for x, v in pairs if v is not None]
    if len(pairs) < 3:
        return None
    return round(float(spearmanr([x for x, _ in pairs], [v for _, v in pairs]).statistic), 4)


def distribution(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0}
    q = quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return {"n": len(values), "q1": round(q[0], 1), "median": round(median(values), 1), "q3": round(q[2], 1)}


def evaluate(shared: Path, config: Any = None, rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """AUC and Spearman's rho per figure, and the reliability distribution per outlet, on both parts."""
    started = time.perf_counter()
    rows = rows if rows is not None else score_all(shared, config)
    out: dict[str, Any] = {"articles": len(rows), "parts": {}}
    for part in (*PARTS, "all"):
        mine = [r for r in rows if part == "all" or r["part"] == part]
        figures = {}
        for column in FIGURES:
            auc, n = _auc(mine, column)
            figures[column] = {"auc": auc, "n": n, "spearman": _rho(mine, column)}
        outlets = {}
        for publisher in sorted({r["publisher"] for r in mine}, key=lambda p: ratings()[p]["pc1"]):
            values = [r["scores"]["reliability"] for r in mine if r["publisher"] == publisher and r["scores"]["reliability"] is not None]
            outlets[publisher] = {"pc1": ratings()[publisher]["pc1"], "articles": sum(1 for r in mine if r["publisher"] == publisher), **distribution(values)}
        out["parts"][part] = {"articles": len(mine), "figures": figures, "outlets": outlets}
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def explore(rows: list[dict[str, Any]]) -> list[tuple[str, float, int]]:
    """AUC (high vs low outlets) of every numeric scores column, on the develop half only."""
    develop = [r for r in rows if r["part"] == "develop"]
    columns = sorted({k for r in develop for k, v in r["scores"].items() if isinstance(v, (int, float)) and not isinstance(v, bool)})
    found = []
    for column in columns:
        auc, n = _auc(develop, column)
        if auc is not None:
            found.append((column, auc, n))
    return sorted(found, key=lambda t: -abs(t[1] - 0.5))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--explore", action="store_true", help="AUC of every scores column, develop half only")
    args = parser.parse_args(argv)
    if not (folder(args.shared) / "metadata.tsv").is_file():
        print(f"error: {folder(args.shared)} not found (pass --shared)", file=sys.stderr)
        return 2
    rows = score_all(args.shared)
    if args.explore:
        for column, auc, n in explore(rows):
            print(f"{column:<36}{auc:>8.3f}{n:>6}")
        return 0
    result = evaluate(args.shared, rows=rows)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"PolNeAR, outlets' own articles: {result['articles']} (wire copy left out)")
    for part in (*PARTS, "all"):
        data = result["parts"][part]
        print(f"\n{part} ({data['articles']} articles): AUC high- vs low-rated outlets, Spearman rho with the rating")
        for column, fig in data["figures"].items():
            auc = "—" if fig["auc"] is None else f"{fig['auc']:.3f}"
            rho = "—" if fig["spearman"] is None else f"{fig['spearman']:+.3f}"
            print(f"  {column:<22}{auc:>8}{rho:>9}  (n={fig['n']})")
        print(f"  {'outlet':<14}{'pc1':>6}{'n':>5}{'q1':>7}{'median':>8}{'q3':>7}")
        for publisher, d in data["outlets"].items():
            print(f"  {publisher:<14}{d['pc1']:>6.3f}{d['n']:>5}{d.get('q1', float('nan')):>7}{d.get('median', float('nan')):>8}{d.get('q3', float('nan')):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
