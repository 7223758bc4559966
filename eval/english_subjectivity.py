"""Measure the English evaluative-language signal on CheckThat! 2025 task 1 English (../shared/dev).

Every sentence of train and dev (labelled SUBJ or OBJ) is analysed as a
one-sentence article with ``lang="en"``. Its **evaluative score** is the
weighted count of the evaluative cues in the author's voice, as in the scores
column ``evaluative_per_1000_words``
(``scoring.aggregation.profile.evaluative_weight``: loaded and judging words,
boosters, scare quotes, epistemic hedges; weights from the lexicons) — the
same signal as for German (``eval/subjectivity.py``). Figures:

* ROC AUC of the evaluative score for SUBJ vs OBJ (train, dev, both), and
  macro-F1 when a sentence with any evaluative cue is predicted SUBJ;
* the same AUC for the plain (unweighted) count of cues;
* a baseline: a bag-of-words logistic regression, 5-fold cross-validated on
  the same sentences (scikit-learn);
* reported speech: among OBJ sentences with an attribution (someone is
  reported as saying, thinking or claiming something — the English
  counterpart of German Konjunktiv I), the share flagged as evaluative in
  the author's voice. Words inside the attributed content are the source's,
  so this should be near 0.

The develop/measure split of the sentences is CheckThat's own: rules were
looked at on train only; dev is measured.

Usage: python eval/english_subjectivity.py [--shared ../shared] [--json] [--errors N]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from scoring import analyze
from scoring.aggregation.profile import evaluative_weight, is_evaluative

FILES = {"train": ("train_en.tsv",), "dev": ("dev_en.tsv",), "all": ("train_en.tsv", "dev_en.tsv")}


def _unescape(text: str) -> str:
    """The TSV files keep CSV escaping: a field "…""…""…" stands for …"…"…."""
    if len(text) > 1 and text[0] == text[-1] == '"' and '""' in text:
        return text[1:-1].replace('""', '"')
    return text


def folder(shared: Path) -> Path:
    return shared / "dev" / "checkthat2025_en"


def load(shared: Path, names: tuple[str, ...]) -> list[tuple[str, int]]:
    rows = []
    for name in names:
        with (folder(shared) / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                rows.append((_unescape(row["sentence"]), 1 if row["label"] == "SUBJ" else 0))
    return rows


def score(text: str) -> tuple[float, int, bool, list[str]]:
    """Weighted and plain count of evaluative cues in the author's voice, whether the sentence reports
    someone's words or thoughts, and the cue texts."""
    result = analyze(text, lang="en")
    cues = [c for c in result.cues if is_evaluative(c)]
    reported = any(a["source_start"] is not None and a["form"] in ("indirect", "direct_quote", "according_to") for a in result.attributions)
    return evaluative_weight(result.cues), len(cues), reported, [c["text"] for c in cues]


def evaluate(shared: Path, part: str = "all", show_errors: int = 0) -> dict:
    rows = load(shared, FILES[part])
    started = time.perf_counter()
    weighted, counts, labels, reported_obj = [], [], [], []
    shown = 0
    for text, label in rows:
        value, count, reported, texts = score(text)
        weighted.append(value)
        counts.append(count)
        labels.append(label)
        if label == 0 and reported:
            reported_obj.append(count > 0)
        if show_errors and shown < show_errors and label == 0 and count:
            print(f"  OBJ flagged: {texts} …{text[:140]}", file=sys.stderr)
            shown += 1
    y = np.array(labels)
    predicted = (np.array(counts) > 0).astype(int)
    return {
        "part": part,
        "sentences": len(rows),
        "subj": int(y.sum()),
        "auc_weighted": round(float(roc_auc_score(y, weighted)), 4),
        "auc_count": round(float(roc_auc_score(y, counts)), 4),
        "macro_f1_any_cue": round(float(f1_score(y, predicted, average="macro")), 4),
        "subj_with_cue": round(float(predicted[y == 1].mean()), 4),
        "obj_with_cue": round(float(predicted[y == 0].mean()), 4),
        "reported_obj_sentences": len(reported_obj),
        "reported_obj_flagged_share": round(sum(reported_obj) / len(reported_obj), 4) if reported_obj else None,
        "seconds": round(time.perf_counter() - started, 1),
    }


def bow_baseline(shared: Path) -> float:
    """ROC AUC of a bag-of-words logistic regression, 5-fold cross-validated on train + dev."""
    rows = load(shared, FILES["all"])
    y = np.array([label for _, label in rows])
    proba = cross_val_predict(
        LogisticRegression(max_iter=2000, C=1.0),
        CountVectorizer(lowercase=True, min_df=2).fit_transform([t for t, _ in rows]),
        y,
        cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=13),
        method="predict_proba",
    )[:, 1]
    return round(float(roc_auc_score(y, proba)), 4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="show up to N OBJ sentences of train flagged as evaluative")
    args = parser.parse_args(argv)
    if not folder(args.shared).is_dir():
        print(f"error: {folder(args.shared)} not found (pass --shared)", file=sys.stderr)
        return 2
    figures = {part: evaluate(args.shared, part, args.errors if part == "train" else 0) for part in ("train", "dev", "all")}
    figures["bow_baseline_auc"] = bow_baseline(args.shared)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    for part in ("train", "dev", "all"):
        f = figures[part]
        print(f"CheckThat EN {part} ({f['sentences']} sentences, {f['subj']} SUBJ): AUC weighted {f['auc_weighted']}, "
              f"count {f['auc_count']}, macro-F1 {f['macro_f1_any_cue']} (SUBJ with cue {f['subj_with_cue']}, OBJ with cue "
              f"{f['obj_with_cue']}); reported-speech OBJ flagged {f['reported_obj_flagged_share']} of "
              f"{f['reported_obj_sentences']} [{f['seconds']}s]")  # fmt: skip
    print(f"  bag-of-words baseline (5-fold CV on train + dev): AUC {figures['bow_baseline_auc']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
