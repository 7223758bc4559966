"""Measure English attribution against PolNeAR (Newell, Margolin & Ruths 2018) in ../shared/dev.

A thin wrapper around ``quellcheck evaluate`` (:mod:`scoring.research.evaluate`):
the brat annotations of ``polnear_en/<split>/attributions`` are read with
:func:`~scoring.research.evaluate.read_gold`, every article text is analysed
with ``lang="en"`` and compared by message overlap (one-to-one, largest
overlap first), cue overlap and source-span overlap/exactness, as the CLI
does::

    quellcheck evaluate ../shared/dev/polnear_en/dev --lang en

Three training files hold annotation texts that run over a line break, which
the brat reader of ``quellcheck evaluate`` takes for a new annotation and
refuses; this script reads a copy of those three files (in a temporary
folder, never in the project) with the broken lines joined, and the rest as
they are. The development split has no such file, so the CLI reads it
directly.

Usage: python eval/english_attribution.py [--shared ../shared] [--split train|dev]
       [--part all|develop|measure] [--errors N] [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from scoring.research.evaluate import Evaluation, evaluate, read_gold

_ANNOTATION_LINE = re.compile(r"^[TEARMN#]\d*\t")


def polnear_dir(shared: Path, split: str) -> Path:
    return shared / "dev" / "polnear_en" / split


def _readable_copy(source: Path, target: Path) -> Path:
    """``source`` (a PolNeAR split) as brat the reader accepts: annotation lines that run over a line
    break joined, in ``target``; the texts are linked, not copied."""
    (target / "attributions").mkdir(parents=True)
    (target / "text").symlink_to((source / "text").resolve(), target_is_directory=True)
    for ann in sorted((source / "attributions").glob("*.ann")):
        lines = ann.read_text(encoding="utf-8").split("\n")
        if all(not line or _ANNOTATION_LINE.match(line) for line in lines):
            (target / "attributions" / ann.name).symlink_to(ann.resolve())
            continue
        joined: list[str] = []
        for line in lines:
            if line and not _ANNOTATION_LINE.match(line) and joined:
                joined[-1] += " " + line
            elif line:
                joined.append(line)
        (target / "attributions" / ann.name).write_text("\n".join(joined) + "\n", encoding="utf-8")
    return target


def run(shared: Path, split: str = "train", part: str = "all", errors: int = 0, limit: int | None = None) -> Evaluation:
    """The evaluation of one PolNeAR split (``part``: all, or the develop / measure half by article id)."""
    with tempfile.TemporaryDirectory(prefix="quellcheck-polnear-") as tmp:
        folder = _readable_copy(polnear_dir(shared, split), Path(tmp) / split)
        gold = read_gold([folder / "attributions"], "brat")
        if limit is not None:
            gold = gold[:limit]
        return evaluate(gold, lang="en", split=part, keep_errors=errors)


def figures(result: Evaluation) -> dict:
    """The headline figures: message P/R/F1, cue P/R/F1, source overlap and exactness."""
    data = result.to_json()
    message = data["capabilities"]["attribution"]
    cue = data["capabilities"].get("attribution_cue", {})
    return {
        "articles": data["articles"],
        "message_precision": message["precision"], "message_recall": message["recall"], "message_f1": message["f1"],
        "cue_precision": cue.get("precision"), "cue_recall": cue.get("recall"), "cue_f1": cue.get("f1"),
        "source_overlap": data["source"]["overlap"], "source_exact": data["source"]["exact"],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--part", choices=("all", "develop", "measure"), default="all")
    parser.add_argument("--errors", type=int, default=0, help="list up to N missed and extra attributions on stderr")
    parser.add_argument("--limit", type=int, default=None, help="only the first N annotation files")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not polnear_dir(args.shared, args.split).is_dir():
        print(f"error: {polnear_dir(args.shared, args.split)} not found (pass --shared)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = run(args.shared, args.split, args.part, args.errors, args.limit)
    for error in result.errors:
        print(json.dumps(error, ensure_ascii=False), file=sys.stderr)
    if args.json:
        print(json.dumps({**figures(result), "seconds": round(time.perf_counter() - started, 1)}, indent=2))
    else:
        print(f"PolNeAR {args.split} ({args.part}):")
        print(result.table(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
