"""Review quellcheck's output on ordinary German news: the 1,028 10kGNAD test articles in ../shared.

Prints the median and quartiles of every profile component (overall and per
topic label), the most frequent loaded terms (lexicon entries, by lemma), the
stance marks (self-mention, reader address, rhetorical questions), the most
frequent cues per category in the author's voice, and
with ``--examples CATEGORY`` sentences where a cue of that category fired, to
browse for false positives. The articles are Austrian news (derStandard,
2015-16; Block 2019), so most cues there should be true hedges, attributions
and the occasional loaded word, not labels and scare quotes.

Usage: python eval/corpus_review.py [--shared ../shared] [--top 15] [--examples loaded] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ArticleInput

COMPONENTS = ("reliability", "attribution_strength", "source_diversity", "loaded_wording", "hedging")


def quartiles(values: list[float]) -> tuple[float, float, float]:
    q = statistics.quantiles(values, n=4)
    return q[0], statistics.median(values), q[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--examples", help="show sentences for cues of this category (hedge, booster, loaded, scare_quote, foreign)")
    parser.add_argument("--json", action="store_true", help="print the summary figures as JSON")
    args = parser.parse_args(argv)
    path = args.shared / "corpus" / "10kgnad" / "test.csv"
    if not path.exists():
        print(f"error: {path} not found (pass --shared)", file=sys.stderr)
        return 2
    rows = list(csv.reader(path.open(encoding="utf-8", newline=""), delimiter=";", quotechar="'"))
    options = AnalysisOptions(lang="de")
    by_label: dict[str, list[dict]] = defaultdict(list)
    all_scores: list[dict] = []
    cue_counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: list[str] = []
    source_articles: Counter[tuple[str, str]] = Counter()  # (name, kind) -> articles naming it
    for i, (label, text) in enumerate(rows):
        inp = ArticleInput(name=f"gnad[{i}]", content=text, markup="txt", input_format="csv", input_sha256="0" * 64, article_id=f"gnad-{i}")
        result = analyze_input(inp, options)
        all_scores.append(result.scores)
        by_label[label].append(result.scores)
        sentences = {s["sent_id"]: s["text"] for s in result.sentences}
        for source in result.sources:
            if source["kind"] not in ("author", "impersonal", "unresolved"):  # no source: the writer, "man", "er"
                source_articles[(source["name"], source["kind"])] += 1
        for cue in result.cues:
            if cue["voice"] == "author":
                cue_counts[cue["category"]][cue["text"].lower()] += 1
                if cue["category"] == "loaded" and cue["rule"].startswith(("loaded:", "evaluative:")):
                    cue_counts["loaded_terms"][cue["rule"].split(":", 1)[1]] += 1
                    if cue["subtype"] != "intensifier":  # intensifiers have their own column
                        cue_counts["counted_loaded_terms"][cue["rule"].split(":", 1)[1]] += 1
                elif cue["category"] == "loaded":
                    cue_counts["stance_marks"][cue["subtype"]] += 1
                if args.examples == cue["category"] and len(examples) < 60:
                    examples.append(f"[{cue['text']}] {sentences[cue['sent_id']][:200]}")
    summary: dict = {"articles": len(rows)}
    for component in COMPONENTS:
        values = [s[component] for s in all_scores if s.get(component) is not None]
        if values:
            q1, med, q3 = quartiles(values)
            summary[component] = {"q1": round(q1, 1), "median": round(med, 1), "q3": round(q3, 1), "n": len(values)}
    summary["top_loaded_terms"] = cue_counts["loaded_terms"].most_common(10)
    summary["top_counted_loaded_terms"] = cue_counts["counted_loaded_terms"].most_common(args.top)
    summary["top_sources"] = [[name, kind, n] for (name, kind), n in source_articles.most_common(args.top)]
    summary["stance_marks"] = cue_counts["stance_marks"].most_common()
    summary["median_reliability_by_label"] = {
        label: round(statistics.median([s["reliability"] for s in scores if s["reliability"] is not None]), 1)
        for label, scores in sorted(by_label.items())
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    print(f"10kGNAD test: {len(rows)} articles")
    for component in COMPONENTS:
        figures = summary.get(component)
        if figures:
            print(f"  {component:22} median {figures['median']:5.1f}  (quartiles {figures['q1']:.1f} – {figures['q3']:.1f}, n={figures['n']})")
    print("  median reliability by topic: " + ", ".join(f"{k} {v}" for k, v in summary["median_reliability_by_label"].items()))
    print("  most frequent loaded terms (lexicon entries): " + ", ".join(f"{t} {n}" for t, n in summary["top_loaded_terms"]))
    print("  loaded terms counted in loaded_wording (no intensifiers): "
          + ", ".join(f"{t} {n}" for t, n in summary["top_counted_loaded_terms"]))
    print("  sources in most articles: " + ", ".join(f"{name} ({kind}) {n}" for name, kind, n in summary["top_sources"]))
    print("  stance marks: " + ", ".join(f"{t} {n}" for t, n in summary["stance_marks"]))
    for category in ("loaded", "booster", "hedge", "scare_quote", "foreign"):
        common = ", ".join(f"{t} {n}" for t, n in cue_counts[category].most_common(args.top))
        print(f"  {category} ({sum(cue_counts[category].values())}): {common}")
    for line in examples:
        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
