"""Benchmark: ``quellcheck corpus`` speed and memory, through the real command line.

speed
    The 1,028 10kGNAD test articles (``;``-separated, ``'`` quotes, no header)
    to Parquet without per-article reports or the corpus report, ``--jobs 1``
    and ``--jobs 2`` run alternately ``--repeat`` times (``--dask`` adds
    ``--engine dask --jobs 2``, a 2-worker LocalCluster). Prints the medians
    of the whole command's time, of the run's articles per second (from
    manifest.json: articles / wall-clock time of the run, without interpreter
    start-up) and the rate after the run's setup, and the median of the
    per-round ratios to ``--jobs 1`` (a round's runs follow each other, so a
    slow spell of this shared machine weighs on both). ``--scale K`` repeats
    the articles K times (ids changed) for a longer, steadier run.

reports
    The same corpus with ``--jobs 1``: without reports, with ``--reports
    --no-readability`` (rendering and writing one HTML report per article) and
    with ``--reports`` (which also computes readability, so that the pages show
    it), alternately; prints the medians and the median of the per-round overheads.

memory
    Corpora of 10,000 and 100,000 articles built by repeating the 10kGNAD
    articles with changed ids (written to a temporary directory, never to the
    repository), run with the default settings (corpus report included).
    Prints the peak of the resident memory summed over the process tree
    (sampled every 0.2 s), the largest process at that moment, and the peak of
    the proportional set size (PSS: pages shared between processes, such as
    libraries and what workers inherit, counted once), to show that memory
    does not grow with the corpus.

Not a test: figures depend on the machine (2 cores here, shared with other
people's work); the README quotes what was measured.

Usage: python bench/corpus_run.py speed [--repeat 5] [--scale 1] [--dask]
       python bench/corpus_run.py reports [--repeat 5]
       python bench/corpus_run.py memory [--sizes 10000 100000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import statistics
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


def run_measured(args: list[str], pss: bool = False) -> dict[str, float]:
    """Run a command; return its wall time and the peak memory of its process tree: resident (RSS)
    summed over the processes, the largest process at that moment, and with ``pss`` the summed PSS
    (reading it costs the sampler more time, so speed runs leave it out)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak_sum = peak_one = peak_pss = 0
    while process.poll() is None:
        try:
            rss, pss = [], []
            for proc in [root, *root.children(recursive=True)]:
                try:
                    info = proc.memory_full_info() if pss else proc.memory_info()
                except psutil.Error:
                    continue
                rss.append(info.rss)
                pss.append(getattr(info, "pss", info.rss))
            if rss and sum(rss) > peak_sum:
                peak_sum, peak_one = sum(rss), max(rss)
            peak_pss = max(peak_pss, sum(pss))
        except psutil.Error:
            pass
        time.sleep(0.2)
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"command failed ({process.returncode}): {' '.join(args)}\n{stderr}")
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_sum / 2**20, "peak_one_mb": peak_one / 2**20,
            "peak_pss_mb": peak_pss / 2**20}  # fmt: skip


def run_corpus_command(source: Path, read_args: list[str], out: Path, extra: list[str], measure: bool = True) -> dict[str, float]:
    """One ``quellcheck corpus`` run to ``out`` (removed first and after); its time, memory and manifest timings."""
    shutil.rmtree(out, ignore_errors=True)
    args = [QUELLCHECK, "corpus", str(source), *read_args, "-o", str(out), "--lang", "de", "--no-corpus-report", "--progress", "none", *extra]
    if measure:
        measured = run_measured(args)
    else:
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        measured = {"seconds": time.perf_counter() - started}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    measured["rate"] = manifest["timings"]["articles_per_second_this_session"]
    measured["steady"] = manifest["timings"]["articles_per_second_after_setup"]
    measured["setup"] = manifest["timings"]["setup_seconds"]
    measured["articles"] = manifest["counts"]["analysed"]
    shutil.rmtree(out, ignore_errors=True)
    return measured


def _source(args: argparse.Namespace, work: Path) -> tuple[Path, list[str]]:
    if args.scale > 1:
        return build_jsonl(gnad_rows(args.shared), 1028 * args.scale, work / "gnad.jsonl"), []
    return args.shared / "corpus" / "10kgnad" / "test.csv", GNAD_ARGS


def speed(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="quellcheck-bench-"))
    try:
        source, read_args = _source(args, work)
        variants = [("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"])]
        if args.dask:
            variants.append(("dask, 2 workers", ["--engine", "dask", "--jobs", "2"]))
        print(f"{source.name}: {1028 * args.scale:,} articles, Parquet, no reports, medians of {args.repeat} rounds")
        rounds: list[dict[str, dict[str, float]]] = []
        for _ in range(args.repeat):
            rounds.append({label: run_corpus_command(source, read_args, work / "out", extra) for label, extra in variants})
        for label, _extra in variants:
            runs = [r[label] for r in rounds]
            ratio = statistics.median(r[label]["rate"] / r["--jobs 1"]["rate"] for r in rounds)
            steady = statistics.median(r[label]["steady"] / r["--jobs 1"]["steady"] for r in rounds)
            med = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            print(f"  {label:16} {med['rate']:5.0f} articles/s in the run ({ratio:.2f}x); "
                  f"{med['steady']:5.0f}/s after {med['setup']:.1f} s setup ({steady:.2f}x); "
                  f"command {med['seconds']:5.2f} s, peak memory {med['peak_mb']:5.0f} MB "
                  f"(largest process {med['peak_one_mb']:.0f} MB), {int(med['articles']):,} analysed")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


def reports(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="quellcheck-bench-"))
    try:
        source, read_args = _source(args, work)
        print(f"{source.name}: {1028 * args.scale:,} articles, --jobs 1, without and with --reports, medians of {args.repeat} rounds")
        variants = {"no reports": [], "--reports --no-readability": ["--reports", "--no-readability"],
                    "--reports (readability on)": ["--reports"]}  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.repeat):
            for name, extra in variants.items():
                times[name].append(run_corpus_command(source, read_args, work / "out", ["--jobs", "1", *extra], measure=False)["seconds"])
        plain = times["no reports"]
        print(f"  no reports {statistics.median(plain):.2f} s")
        for name in list(variants)[1:]:
            overhead = statistics.median(r / p - 1 for p, r in zip(plain, times[name], strict=True))
            print(f"  {name}: {statistics.median(times[name]):.2f} s, +{100 * overhead:.0f}% (median of the per-round overheads)")
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
            measured = run_measured([QUELLCHECK, "corpus", str(source), "-o", str(out), "--lang", "de", "--jobs", str(args.jobs), "--progress", "none"], pss=True)
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            print(f"  {n:>8,} articles: peak memory {measured['peak_mb']:5.0f} MB RSS summed (largest process {measured['peak_one_mb']:.0f} MB), "
                  f"{measured['peak_pss_mb']:5.0f} MB PSS; {measured['seconds']:6.1f} s, "
                  f"{manifest['timings']['articles_per_second_this_session']:.0f} articles/s, "
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
    s.add_argument("--repeat", type=int, default=5)
    s.add_argument("--scale", type=int, default=1, help="repeat the 1,028 articles this many times")
    s.add_argument("--dask", action="store_true", help="also run --engine dask --jobs 2")
    r = sub.add_parser("reports")
    r.add_argument("--repeat", type=int, default=5)
    r.add_argument("--scale", type=int, default=1, help="repeat the 1,028 articles this many times")
    m = sub.add_parser("memory")
    m.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    m.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if not (args.shared / "corpus" / "10kgnad" / "test.csv").is_file():
        print(f"no 10kGNAD test set under {args.shared}", file=sys.stderr)
        return 2
    {"speed": speed, "reports": reports, "memory": memory}[args.mode](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
