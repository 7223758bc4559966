"""Benchmark: the corpus report over the 1,028 10kGNAD test articles, grouped by topic label.

Analyses the articles (Python API, batches of 1,000), saves the tables as
Parquet in a temporary directory, then times ``quellcheck report TABLES
--group-by label`` through the real command line. The issue's goal: under a
minute for the report.

Usage: python bench/corpus_report.py [--shared ../shared] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_throughput import load  # noqa: E402

from scoring.pipeline import AnalysisOptions, analyze_input  # noqa: E402
from scoring.results import batch_tables  # noqa: E402
from scoring.output.tables import write_tables  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--keep", type=Path, help="write tables and report here instead of a temporary directory")
    args = parser.parse_args(argv)
    inputs = load(args.shared)
    work = args.keep or Path(tempfile.mkdtemp(prefix="quellcheck-bench-"))
    started = time.perf_counter()
    analyses = [analyze_input(i, AnalysisOptions(lang="de")) for i in inputs]
    write_tables(work / "tables", batch_tables(analyses))
    analysed = time.perf_counter() - started
    quellcheck = Path(sys.executable).parent / "quellcheck"
    started = time.perf_counter()
    subprocess.run([str(quellcheck), "report", str(work / "tables"), "--group-by", "label", "-o", str(work / "corpus.html")], check=True)
    rendered = time.perf_counter() - started
    size = (work / "corpus.html").stat().st_size
    print(f"analysis + tables: {analysed:.1f} s; corpus report (command line, incl. start-up): {rendered:.1f} s, {size / 1e3:.0f} kB -> {work / 'corpus.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
