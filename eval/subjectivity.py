"""Measure the evaluative-language signal on CheckThat! 2025 task 1 German (../shared/dev).

Every sentence of train + dev (labelled SUBJ or OBJ) is analysed as a
one-sentence article. Its **evaluative score** is the weighted count of the
evaluative cues in the author's voice, as in the scores column
``evaluative_per_1000_words`` (``scoring.aggregation.profile.evaluative_weight``:
loaded and judging words, boosters, scare quotes, epistemic hedges; weights
from the lexicons). Figures:

* ROC AUC of the evaluative score for SUBJ vs OBJ, and macro-F1 when a
  sentence with any evaluative cue is predicted SUBJ;
* the same AUC for the plain (unweighted) count of cues;
* a baseline: a bag-of-words logistic regression, 5-fold cross-validated on
  the same sentences (scikit-learn);
* Konjunktiv I: among OBJ sentences with Konjunktiv-I reported speech, the
  share flagged as evaluative in the author's voice (should be near 0).

Every figure is given for the whole set and for its two fixed halves
(``scoring.research.evaluate.split_of`` on the sentence id): ``develop``,
the half looked at while choosing cues, and ``measure``, only measured on.

Usage: python eval/subjectivity.py [--shared ../shared] [--json] [--errors N]
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
from scoring.analysis.hedging import reported_speech_tokens
from scoring.model.doc import build_doc
from scoring.research.evaluate import split_of



def _unescape(text: str) -> str:
    """The TSV files keep CSV escaping: a field "…""…""…" stands for …"…"…."""
    if len(text) > 1 and text[0] == text[-1] == '"' and '""' in text:
        return text[1:-1].replace('""', '"')
    return text


def load(shared: Path, names: tuple[str, ...] = ("train_de.tsv", "dev_de.tsv"), split: str = "all") -> list[tuple[str, int]]:
    rows = []
    for name in names:
        with (shared / "dev" / "checkthat2025_de" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if split == "all" or split_of(row["sentence_id"]) == split:
                    rows.append((_unescape(row["sentence"]), 1 if row["label"] == "SUBJ" else 0))
    return rows


def evaluate(shared: Path, show_errors: int = 0, names: tuple[str, ...] = ("train_de.tsv", "dev_de.tsv"), split: str = "all") -> dict:
    rows = load(shared, names, split)
    started = time.perf_counter()
    weighted, counts, labels, konj1_obj = [], [], [], []
    shown = 0
    for text, label in rows:
        result = analyze(text, lang="de")
        weight = evaluative_weight(result.cues)
        cues = [c for c in result.cues if is_evaluative(c)]
        weighted.append(weight)
        counts.append(len(cues))
        labels.append(label)
        doc = build_doc(result.article_id, "de", result.text, result.sentences)
        has_konj1 = any(reported_speech_tokens(doc, doc.sentence_tokens(s["sent_id"])) for s in result.sentences)
        if label == 0 and has_konj1:
            konj1_obj.append(bool(cues))
        if show_errors and shown < show_errors and (label == 0) == bool(cues):
            what = f"OBJ flagged: {[c['text'] for c in cues]}" if cues else "SUBJ missed:"
            print(f"  {what} …{text[:160]}", file=sys.stderr)
            shown += 1
    seconds = time.perf_counter() - started
    y = np.array(labels)
    predicted = (np.array(counts) > 0).astype(int)
    texts = [t for t, _ in rows]
    bow = cross_val_predict(
        LogisticRegression(max_iter=2000, C=1.0),
        CountVectorizer(lowercase=True, min_df=2).fit_transform(texts),
        y,
        cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=13),
        method="predict_proba",
    )[:, 1]
    return {
        "sentences": len(rows),
        "subj": int(y.sum()),
        "auc_weighted": round(float(roc_auc_score(y, weighted)), 4),
        "auc_count": round(float(roc_auc_score(y, counts)), 4),
        "macro_f1_any_cue": round(float(f1_score(y, predicted, average="macro")), 4),
        "subj_with_cue": round(float(predicted[y == 1].mean()), 4),
        "obj_with_cue": round(float(predicted[y == 0].mean()), 4),
        "bow_baseline_auc": round(float(roc_auc_score(y, bow)), 4),
        "konjunktiv1_obj_sentences": len(konj1_obj),
        "konjunktiv1_obj_flagged_share": round(sum(konj1_obj) / len(konj1_obj), 4) if konj1_obj else None,
        "seconds": round(seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", type=int, default=0,
                        help="show up to N errors of the develop half (OBJ flagged, SUBJ missed)")  # fmt: skip
    args = parser.parse_args(argv)
    if not (args.shared / "dev" / "checkthat2025_de").is_dir():
        print(f"error: {args.shared}/dev/checkthat2025_de not found (pass --shared)", file=sys.stderr)
        return 2
    figures = evaluate(args.shared)
    figures["auc_weighted_train"] = evaluate(args.shared, 0, ("train_de.tsv",))["auc_weighted"]
    figures["auc_weighted_dev"] = evaluate(args.shared, 0, ("dev_de.tsv",))["auc_weighted"]
    for split in ("develop", "measure"):
        half = evaluate(args.shared, args.errors if split == "develop" else 0, split=split)
        figures[f"auc_weighted_{split}"] = half["auc_weighted"]
        figures[f"macro_f1_any_cue_{split}"] = half["macro_f1_any_cue"]
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"CheckThat ({figures['sentences']} sentences, {figures['subj']} SUBJ): AUC weighted {figures['auc_weighted']}, "
            f"count {figures['auc_count']}, macro-F1 {figures['macro_f1_any_cue']} "
            f"(SUBJ with cue {figures['subj_with_cue']}, OBJ with cue {figures['obj_with_cue']}); "
            f"BoW baseline AUC {figures['bow_baseline_auc']}; Konjunktiv-I OBJ flagged "
            f"{figures['konjunktiv1_obj_flagged_share']} of {figures['konjunktiv1_obj_sentences']} [{figures['seconds']}s]"
        )
        print(f"  AUC weighted: train {figures['auc_weighted_train']}, dev {figures['auc_weighted_dev']}; "
              f"develop half {figures['auc_weighted_develop']}, measure half {figures['auc_weighted_measure']} "
              f"(cues are chosen looking at the develop half only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
