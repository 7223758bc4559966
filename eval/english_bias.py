"""Measure English loaded and evaluative wording against BABE (Spinde et al. 2021) in ../shared/dev.

BABE (SG2) labels 2,959 English news sentences ``Biased`` / ``Non-biased``
and marks the biased words as character spans. Each sentence is analysed as
a one-sentence article with ``lang="en"``; the cues of category ``loaded``
(the ``loaded`` and ``evaluative`` lexicons, scare quotes) are compared:

* **word level**: a predicted cue from a lexicon or a scare quote (stance marks such as "we" or "!" are
  no biased words in BABE's sense and are left out) matches an annotated biased word when the
  spans overlap (one-to-one, as many pairs as possible, as ``quellcheck
  evaluate`` matches spans: :func:`scoring.research.evaluate.match_pairs`);
  precision, recall, F1 over all sentences of the part;
* **sentence level**: ROC AUC of the weighted count of loaded cues for
  Biased vs Non-biased, and the share of sentences with any cue per label;
* both **per outlet leaning** (left, right, center), so that a lexicon that
  only knows one side's vocabulary shows.

Cues are counted in any voice: BABE marks biased words wherever they stand,
also inside quotations. Sentences are split into a ``develop`` part (looked
at while writing the lexicons) and a ``measure`` part (only measured on) by
a hash of the sentence id (:func:`scoring.research.evaluate.split_of`).

Usage: python eval/english_bias.py [--shared ../shared] [--part develop|measure|all] [--json] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from scoring import analyze
from scoring.research.evaluate import Tally, match_pairs, split_of

LOADED = frozenset(("loaded", "scare_quote"))


def folder(shared: Path) -> Path:
    return shared / "dev" / "babe_en"


def load(shared: Path, part: str = "all") -> list[dict]:
    """The sentences of ``part`` with their gold: label, leaning, biased word spans."""
    gold = json.loads((folder(shared) / "dev_gold.json").read_text(encoding="utf-8"))["docs"]
    rows = []
    with (folder(shared) / "dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if part != "all" and split_of(doc["id"]) != part:
                continue
            g = gold[doc["id"]]
            rows.append({
                "id": doc["id"], "text": doc["text"], "biased": g["label_bias"] == "Biased",
                "leaning": g.get("outlet_type") or "unknown",
                "spans": [(s["start"], s["end"]) for s in g.get("biased_word_spans") or []],
            })  # fmt: skip
    return rows


def cues_of(text: str) -> list[dict]:
    """The loaded cues of one sentence, with offsets into ``text``."""
    result = analyze(text, lang="en")
    norm = result.normalized
    cues = []
    for cue in result.cues:
        if cue["category"] not in LOADED or cue["subtype"] == "prescriptive":
            continue  # the writer's demands ("should act") are evaluative but no word choice: not what BABE labels
        start, end = cue["start"], cue["end"]
        if norm is not None and norm.offsets is not None:
            start, end = norm.source_offset(start), norm.source_offset(end - 1) + 1
        cues.append({**cue, "start": start, "end": end})
    return cues


def evaluate(shared: Path, part: str = "all", show_errors: int = 0) -> dict:
    rows = load(shared, part)
    started = time.perf_counter()
    words: dict[str, Tally] = defaultdict(Tally)
    scores: dict[str, list[float]] = defaultdict(list)
    labels: dict[str, list[int]] = defaultdict(list)
    flagged: Counter[tuple[str, bool]] = Counter()
    totals: Counter[tuple[str, bool]] = Counter()
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for row in rows:
        cues = cues_of(row["text"])
        words_only = [c for c in cues if not c["rule"].startswith("rule:") or c["category"] == "scare_quote"]
        predicted = [[(c["start"], c["end"])] for c in words_only]
        wanted = [[span] for span in row["spans"]]
        pairs = match_pairs(predicted, wanted)
        value = sum(c["weight"] for c in cues)
        for group in ("all", row["leaning"]):
            words[group].add(Tally(len(wanted), len(predicted), len(pairs), len(pairs)))
            scores[group].append(value)
            labels[group].append(int(row["biased"]))
            totals[(group, row["biased"])] += 1
            flagged[(group, row["biased"])] += bool(cues)
        if show_errors:
            matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
            extra.update(c["text"].lower() for i, c in enumerate(words_only) if i not in matched_p)
            missed.update(row["text"][a:b].lower() for j, (a, b) in enumerate(row["spans"]) if j not in matched_g)
    out: dict = {"part": part, "sentences": len(rows), "seconds": round(time.perf_counter() - started, 1), "groups": {}}
    for group in sorted(words, key=lambda g: (g != "all", g)):
        y = np.array(labels[group])
        fig = words[group].figures()
        out["groups"][group] = {
            "sentences": len(y), "biased": int(y.sum()),
            "word_precision": fig["precision"], "word_recall": fig["recall"], "word_f1": fig["f1"],
            "sentence_auc": round(float(roc_auc_score(y, scores[group])), 4) if 0 < y.sum() < len(y) else None,
            "biased_with_cue": round(flagged[(group, True)] / totals[(group, True)], 4) if totals[(group, True)] else None,
            "nonbiased_with_cue": round(flagged[(group, False)] / totals[(group, False)], 4) if totals[(group, False)] else None,
        }  # fmt: skip
    if show_errors:
        print("most frequent missed biased words:", missed.most_common(show_errors), file=sys.stderr)
        print("most frequent cues that are no biased word:", extra.most_common(show_errors), file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--part", choices=("develop", "measure", "all"), default="all")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="list the N most frequent missed and extra words (develop part only)")
    args = parser.parse_args(argv)
    if not folder(args.shared).is_dir():
        print(f"error: {folder(args.shared)} not found (pass --shared)", file=sys.stderr)
        return 2
    if args.errors and args.part != "develop":
        parser.error("--errors only on the develop part: the measure part is only measured on")
    figures = evaluate(args.shared, args.part, args.errors)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"BABE {figures['part']} ({figures['sentences']} sentences) [{figures['seconds']}s]")
    print(f"{'leaning':<10}{'sents':>7}{'biased':>8}{'word P':>8}{'word R':>8}{'word F1':>8}{'AUC':>8}{'B cue':>8}{'N cue':>8}")
    for group, g in figures["groups"].items():
        cells = [("—" if g[k] is None else f"{g[k]:.3f}") for k in
                 ("word_precision", "word_recall", "word_f1", "sentence_auc", "biased_with_cue", "nonbiased_with_cue")]  # fmt: skip
        print(f"{group:<10}{g['sentences']:>7}{g['biased']:>8}" + "".join(f"{c:>8}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
