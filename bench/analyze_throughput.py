"""Benchmark: analyse the 1,028 10kGNAD test articles in one process, end to end to validated tables.

Reads ``../shared/corpus/10kgnad/test.csv`` (``;``-separated, ``'`` quotes,
columns label;text), analyses every article with ``lang="de"`` given and
``lang="auto"``, builds and validates the seven tables in batches of 1,000 (as
a corpus run does) and prints articles per second and peak memory. Not a
test: speed depends on the machine; the README quotes the figures measured.

Wall-clock time on a shared virtual machine varies by ±10 %; the CPU time of
the process is steadier and is quoted alongside.

Usage: python bench/analyze_throughput.py [--shared ../shared] [--repeat N] [--profile]
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ArticleInput
from scoring.results import batch_tables

BATCH = 1000


def load(shared: Path) -> list[ArticleInput]:
    path = shared / "corpus" / "10kgnad" / "test.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline=""), delimiter=";", quotechar="'"))
    return [
        ArticleInput(name=f"10kgnad[{i}]", content=text, markup="txt", input_format="csv",
                     input_sha256="0" * 64, article_id=f"gnad-{i}", meta={"label": label})
        for i, (label, text) in enumerate(rows)
    ]  # fmt: skip


def run(inputs: list[ArticleInput], lang: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds for one pass over ``inputs``."""
    options = AnalysisOptions(lang=lang)
    started, cpu_started = time.perf_counter(), time.process_time()
    batch = []
    for inp in inputs:
        batch.append(analyze_input(inp, options))
        if len(batch) == BATCH:
            batch_tables(batch)
            batch = []
    if batch:
        batch_tables(batch)
    return time.perf_counter() - started, time.process_time() - cpu_started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = parser.parse_args(argv)
    inputs = load(args.shared)
    run(inputs[:50], "de")  # warm caches (lexicons, regexes)
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("run(inputs, 'de')", globals(), {"run": run, "inputs": inputs}, "/tmp/analyze.prof")
        pstats.Stats("/tmp/analyze.prof").sort_stats("cumulative").print_stats(30)
        return 0
    for lang in ("de", "auto"):
        runs = [run(inputs, lang) for _ in range(args.repeat)]
        wall = min(r[0] for r in runs)
        cpu = min(r[1] for r in runs)
        print(f"lang={lang:4}  {len(inputs)} articles: {len(inputs) / wall:.0f} articles/s wall-clock "
              f"({1000 * wall / len(inputs):.2f} ms/article), {len(inputs) / cpu:.0f} articles/s CPU time "
              f"(best of {args.repeat})")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
