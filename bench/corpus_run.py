"""Benchmark: ``quellcheck corpus`` speed and memory, through the real command line.

speed
    The 1,028 10kGNAD test articles (``;``-separated, ``'`` quotes, no header)
    to Parquet without per-article reports or the corpus report, with
    ``--jobs 1``, ``--jobs 2`` and ``--engine dask --jobs 2`` (a 2-worker
    LocalCluster). Prints the run's articles per second (from manifest.json:
    articles / wall-clock time of the run, without interpreter start-up), the
    rate after the run's setup (checksums, counting, loading lexicons and schemas,
    starting a Dask cluster), the whole command's time, and the peak memory of
    the process tree. Best of
    ``--repeat`` runs. ``--scale K`` repeats the articles K times (ids
    changed) for a longer, steadier run.

memory
    Corpora of 10,000 and 100,000 articles built by repeating the 10kGNAD
    articles with changed ids (written to a temporary directory, never to the
    repository), run with the default settings (corpus report included).
    Prints the peak resident memory of the process tree (sampled every
    0.2 s) and of its largest process, to show that memory does not grow with
    the corpus.

Not a test: figures depend on the machine (2 cores here); the README quotes
what was measured.

Usage: python bench/corpus_run.py speed [--repeat 3] [--scale 1]
       python bench/corpus_run.py memory [--sizes 10000 100000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

QUELLCHECK = str(Path(sys.executable).parent / "quellcheck")
GNAD_ARGS = ["--no-header", "--columns", "label,text", "--csv-sep", ";", "--csv-quote", "'"]


def gnad_rows(shared: Path) -> list[tuple[str, str]]:
    path = shared / "corpus" / "10kgnad" / "test.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        return [(label, text) for label, text in csv.reader(stream, delimiter=";", quotechar="'")]


def build_jsonl(rows: list[tuple[str, str]], n: int, path: Path) -> Path:
    """``n`` articles: the 10kGNAD rows repeated, each copy with its own id."""
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            label, text = rows[k % len(rows)]
            out.write(json.dumps({"id": f"gnad-{k % len(rows)}-r{k // len(rows)}", "text": text, "label": label}, ensure_ascii=False))
            out.write("\n")
    return path


def run_measured(args: list[str]) -> dict[str, float]:
    """Run a command; return its wall time and the peak RSS of its process tree (sum and largest)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak_sum = peak_one = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            rss = []
            for proc in tree:
                try:
                    rss.append(proc.memory_info().rss)
                except psutil.Error:
                    continue
            if rss:
                peak_sum, peak_one = max(peak_sum, sum(rss)), max(peak_one, max(rss))
        except psutil.Error:
            pass
        time.sleep(0.2)
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"command failed ({process.returncode}): {' '.join(args)}\n{stderr}")
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_sum / 2**20, "peak_one_mb": peak_one / 2**20}


def speed(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="quellcheck-bench-"))
    try:
        if args.scale > 1:
            source = build_jsonl(gnad_rows(args.shared), 1028 * args.scale, work / "gnad.jsonl")
            read_args: list[str] = []
        else:
            source = args.shared / "corpus" / "10kgnad" / "test.csv"
            read_args = GNAD_ARGS
        print(f"{source.name}: {1028 * args.scale:,} articles, Parquet, no reports, best of {args.repeat}")
        baseline = None
        for label, extra in (("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"]), ("dask, 2 workers", ["--engine", "dask", "--jobs", "2"])):
            best: dict[str, float] | None = None
            for attempt in range(args.repeat):
                out = work / f"out-{attempt}"
                shutil.rmtree(out, ignore_errors=True)
                measured = run_measured([QUELLCHECK, "corpus", str(source), *read_args, "-o", str(out), "--lang", "de",
                                         "--no-corpus-report", "--progress", "none", *extra])  # fmt: skip
                manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
                measured["rate"] = manifest["timings"]["articles_per_second_this_session"]
                measured["steady"] = manifest["timings"]["articles_per_second_after_setup"]
                measured["setup"] = manifest["timings"]["setup_seconds"]
                measured["articles"] = manifest["counts"]["analysed"]
                if best is None or measured["rate"] > best["rate"]:
                    best = measured
            assert best is not None
            baseline = baseline or best
            print(f"  {label:16} {best['rate']:5.0f} articles/s in the run ({best['rate'] / baseline['rate']:.2f}x); "
                  f"{best['steady']:5.0f}/s after {best['setup']:.1f} s setup ({best['steady'] / baseline['steady']:.2f}x); "
                  f"command {best['seconds']:5.1f} s, peak memory {best['peak_mb']:5.0f} MB "
                  f"(largest process {best['peak_one_mb']:.0f} MB), {best['articles']:,} analysed")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


def memory(args: argparse.Namespace) -> None:
    rows = gnad_rows(args.shared)
    work = Path(tempfile.mkdtemp(prefix="quellcheck-bench-"))
    try:
        print(f"JSON Lines corpora of repeated 10kGNAD articles, --jobs {args.jobs}, Parquet, corpus report on")
        for n in args.sizes:
            source = build_jsonl(rows, n, work / f"corpus-{n}.jsonl")
            out = work / f"out-{n}"
            measured = run_measured([QUELLCHECK, "corpus", str(source), "-o", str(out), "--lang", "de", "--jobs", str(args.jobs), "--progress", "none"])
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            print(f"  {n:>8,} articles: peak memory {measured['peak_mb']:5.0f} MB (largest process {measured['peak_one_mb']:.0f} MB), "
                  f"{measured['seconds']:6.1f} s, {manifest['timings']['articles_per_second_this_session']:.0f} articles/s, "
                  f"{manifest['counts']['rows']['sentences']:,} sentence rows")  # fmt: skip
            shutil.rmtree(out, ignore_errors=True)
            source.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    sub = parser.add_subparsers(dest="mode", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--repeat", type=int, default=3)
    s.add_argument("--scale", type=int, default=1, help="repeat the 1,028 articles this many times")
    m = sub.add_parser("memory")
    m.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    m.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if not (args.shared / "corpus" / "10kgnad" / "test.csv").is_file():
        print(f"no 10kGNAD test set under {args.shared}", file=sys.stderr)
        return 2
    speed(args) if args.mode == "speed" else memory(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
