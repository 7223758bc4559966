"""Measure the Spanish loaded-wording signal on DIPROMATS 2023 (../shared/dev/dipromats2023_es).

DIPROMATS 2023 task 3 (Moral et al., IberLEF 2023) labels tweets of diplomats with propaganda techniques, per
tweet and without spans. Every tweet is analysed as a one-paragraph Spanish article. Its **loaded score** is
the weighted count of its evaluative cues — loaded wording, boosters (exclamations included) and scare quotes,
the categories the German subjectivity evaluation (eval/subjectivity.py) counts; weights from the lexicons —
in any voice (a diplomat quoting a minister's name-calling still tweets it) and, for comparison, in the
writer's voice only. Figures:

* ROC AUC of the loaded score (and of it per 1,000 words) for "loaded language" or "name calling" against
  every other tweet, on the ``develop`` and ``measure`` halves (a fixed hash of the tweet id,
  :func:`scoring.research.evaluate.split_of`); rules were looked at on ``develop`` only;
* the share of positive and negative tweets with any such cue, and, with ``--show N``, the develop tweets
  flagged without the label and labelled without a flag, with the cues found;
* a baseline: a bag-of-words logistic regression trained on the develop half and scored on the measure half
  (scikit-learn), to show what an in-domain classifier reaches on these labels.

Usage: python eval/spanish_loaded.py [--shared ../shared] [--json] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from scoring import analyze
from scoring.research.evaluate import split_of

POSITIVE = ("3 loaded language", "2 discrediting the opponent - name calling")
EVALUATIVE = frozenset(("loaded", "booster", "scare_quote"))
DATA = Path("dev") / "dipromats2023_es"


def load(shared: Path) -> list[tuple[str, str, int]]:
    """(id, text, label) for every tweet with a gold entry; label 1 = loaded language or name calling."""
    gold = json.loads((shared / DATA / "dev_es_gold.json").read_text(encoding="utf-8"))["docs"]
    rows = []
    with (shared / DATA / "dev_es.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            labels = gold.get(item["id"])
            if labels is None:
                continue
            rows.append((item["id"], item["text"], int(any(label in POSITIVE for label in labels["labels"]))))
    return rows


def score(text: str) -> dict:
    result = analyze(text, lang="es")
    # the writer's demands ("debería", "hay que") are evaluative but no loaded word: not what DIPROMATS labels
    cues = [c for c in result.cues if c["category"] in EVALUATIVE and c["subtype"] != "prescriptive"]
    words = max(1, int(result.article["n_words"]))
    any_voice = sum(c["weight"] for c in cues)
    author = sum(c["weight"] for c in cues if c["voice"] == "author")
    return {"any": any_voice, "author": author, "any_per_1000": 1000 * any_voice / words, "cues": [c["text"] for c in cues]}


def evaluate(shared: Path, show: int = 0) -> dict:
    rows = load(shared)
    started = time.perf_counter()
    by_split: dict[str, dict[str, list]] = {}
    shown: Counter[str] = Counter()
    for tweet_id, text, label in rows:
        split = split_of(tweet_id)
        figures = score(text)
        part = by_split.setdefault(split, {"y": [], "any": [], "author": [], "any_per_1000": []})
        part["y"].append(label)
        for key in ("any", "author", "any_per_1000"):
            part[key].append(figures[key])
        if show and split == "develop":
            kind = "flagged, not labelled" if figures["any"] and not label else "labelled, not flagged" if label and not figures["any"] else ""
            if kind and shown[kind] < show:
                shown[kind] += 1
                print(f"[{kind}] {figures['cues']} {text[:160]!r}", file=sys.stderr)
    out: dict = {"tweets": len(rows), "seconds": round(time.perf_counter() - started, 1)}
    train = [(text, label) for tweet_id, text, label in rows if split_of(tweet_id) == "develop"]
    test = [(text, label) for tweet_id, text, label in rows if split_of(tweet_id) == "measure"]
    vectorizer = CountVectorizer(lowercase=True, min_df=2)
    model = LogisticRegression(max_iter=2000).fit(vectorizer.fit_transform([t for t, _ in train]), [y for _, y in train])
    probabilities = model.predict_proba(vectorizer.transform([t for t, _ in test]))[:, 1]
    out["bow_baseline_auc_measure"] = round(float(roc_auc_score([y for _, y in test], probabilities)), 4)
    for split, part in sorted(by_split.items()):
        y = part["y"]
        positives = sum(y)
        flagged = [bool(v) for v in part["any"]]
        out[split] = {
            "tweets": len(y), "positive": positives,
            "auc_any_voice": round(float(roc_auc_score(y, part["any"])), 4),
            "auc_author_voice": round(float(roc_auc_score(y, part["author"])), 4),
            "auc_any_voice_per_1000_words": round(float(roc_auc_score(y, part["any_per_1000"])), 4),
            "positive_with_cue": round(sum(f for f, l in zip(flagged, y) if l) / positives, 4),
            "negative_with_cue": round(sum(f for f, l in zip(flagged, y) if not l) / (len(y) - positives), 4),
        }  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print up to N develop tweets of each error kind to stderr")
    args = parser.parse_args(argv)
    if not (args.shared / DATA).is_dir():
        print(f"error: {args.shared / DATA} not found (pass --shared)", file=sys.stderr)
        return 2
    figures = evaluate(args.shared, args.show)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    for split in ("develop", "measure"):
        f = figures[split]
        print(f"{split}: {f['tweets']} tweets, {f['positive']} loaded/name calling; AUC any voice {f['auc_any_voice']}, "
              f"author voice {f['auc_author_voice']}, per 1,000 words {f['auc_any_voice_per_1000_words']}; "
              f"with a cue: positive {f['positive_with_cue']}, negative {f['negative_with_cue']}")  # fmt: skip
    print(f"bag-of-words baseline (trained on develop) AUC on measure: {figures['bow_baseline_auc_measure']}")
    print(f"({figures['tweets']} tweets in {figures['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
