"""Benchmark: English analysis speed per word against German, in one run.

The English corpus is built at run time from the PolNeAR article texts in
``../shared/dev/polnear_en/train/text`` (US political news, 2015–16; never
copied into the project); the German one is the 10kGNAD test set
(``../shared/corpus/10kgnad/test.csv``). Both are analysed end to end in one
process with the language given (``lang="en"`` / ``lang="de"``), the two
corpora interleaved run by run so that a slow spell of the shared machine
hits both; the figure is the best run's CPU time per word of body text, and
the ratio English ÷ German (goal: at most 1.2).

Not a test: speed depends on the machine; METHODS.md quotes the figures measured.

Usage: python bench/english_speed.py [--shared ../shared] [--articles N] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ArticleInput


def english(shared: Path, n: int) -> list[ArticleInput]:
    files = sorted((shared / "dev" / "polnear_en" / "train" / "text").glob("*.txt"))[:n]
    return [
        ArticleInput(name=f.name, content=f.read_text(encoding="utf-8"), markup="txt", input_format="txt",
                     input_sha256="0" * 64, article_id=f.stem)
        for f in files
    ]  # fmt: skip


def german(shared: Path, n: int) -> list[ArticleInput]:
    path = shared / "corpus" / "10kgnad" / "test.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline=""), delimiter=";", quotechar="'"))[:n]
    return [
        ArticleInput(name=f"10kgnad[{i}]", content=text, markup="txt", input_format="csv",
                     input_sha256="0" * 64, article_id=f"gnad-{i}")
        for i, (_label, text) in enumerate(rows)
    ]  # fmt: skip


def run(inputs: list[ArticleInput], lang: str) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of one pass, and the body words analysed."""
    options = AnalysisOptions(lang=lang, verify_lang=False)
    words = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for inp in inputs:
        words += analyze_input(inp, options).article["n_body_words"]
    return time.perf_counter() - started, time.process_time() - cpu_started, words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--articles", type=int, default=500, help="articles per language")
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs")
    args = parser.parse_args(argv)
    if not (args.shared / "dev" / "polnear_en").is_dir() or not (args.shared / "corpus" / "10kgnad").is_dir():
        print(f"error: PolNeAR or 10kGNAD not found under {args.shared} (pass --shared)", file=sys.stderr)
        return 2
    corpora = {"en": english(args.shared, args.articles), "de": german(args.shared, args.articles)}
    for lang, inputs in corpora.items():
        run(inputs[:20], lang)  # load lexicons, caches and the sentence splitter once
    best: dict[str, tuple[float, float, int]] = {}
    for _ in range(args.repeat):
        for lang, inputs in corpora.items():
            wall, cpu, words = run(inputs, lang)
            if lang not in best or cpu < best[lang][1]:
                best[lang] = (wall, cpu, words)
    per_word = {}
    for lang, (wall, cpu, words) in best.items():
        per_word[lang] = 1e6 * cpu / words
        print(f"{lang}: {len(corpora[lang])} articles, {words} body words: {per_word[lang]:.1f} µs/word CPU "
              f"({1e6 * wall / words:.1f} µs/word wall-clock), {len(corpora[lang]) / wall:.0f} articles/s")  # fmt: skip
    print(f"English ÷ German per word: {per_word['en'] / per_word['de']:.2f} (goal ≤ 1.2; best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
