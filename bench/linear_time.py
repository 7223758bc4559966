"""Benchmark: does analysis time grow linearly with the length of the text?

Analyses 10k, 100k and 1M characters of

* ``unpunctuated``: one sentence of German-like words without any punctuation
  (the worst case for clause finding: the whole text is a single clause),
* ``normal``: ordinary news prose, i.e. 10kGNAD test articles joined as
  paragraphs (read at run time from ``../shared/corpus/10kgnad/test.csv`` when
  present; that corpus has almost no quotation marks) or, without that file,
  ``generated`` prose, and
* ``generated`` (only when asked for): sentences with commas, quotations (one
  sentence in six, and a quoted word in every third) and paragraphs,

with ``scoring.analyze(text, lang="de")`` (the whole pipeline, readability
included) and prints the median µs per character of several runs, and the
ratio of the largest to the smallest size per character. Linear time gives a
ratio near 1 (the goal is at most 1.5); quadratic time a ratio near the size
ratio (100 for 10k → 1M).

The generated texts come from a small word list written for this script;
they are German-like (capitalised nouns, verbs, reporting verbs, "dass",
"laut", "soll") so that every scorer has something to look at.

Not a test: times depend on the machine, and a shared machine is noisy, hence
medians. ``--quick`` stops at 100k characters.

Each run analyses a different text of the same size (textstat caches readability by
text) in a forked child process, so that a run that takes too long can be stopped.

Usage: python bench/linear_time.py [--quick] [--repeat N] [--timeout SECONDS] [--variant unpunctuated|normal|generated]
"""

from __future__ import annotations

import argparse
import csv
import gc
import multiprocessing
import random
import statistics
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

from scoring import analyze

SIZES = (10_000, 100_000, 1_000_000)
_FORK = multiprocessing.get_context("fork")  # children start with the parent's loaded lexicons (POSIX)
_WARM_UP = "Laut der Polizei soll der Minister „nichts“ gesagt haben, erklärte Müller. Die Stadt plant neue Radwege."

# A small German-like vocabulary, written for this benchmark (not taken from any corpus).
_NOUNS = (
    "Regierung Ministerium Sprecher Polizei Stadt Gemeinde Bericht Zeitung Agentur Experten Quellen Minister "
    "Präsidentin Kommission Gericht Verband Unternehmen Studie Angaben Behörde Bürgermeister Vorschlag Haushalt "
    "Wahl Partei Opposition Grenze Truppen Armee Analysten Schule Bahn Straße Jahr Woche Montag Euro Prozent"
).split()
_ADJECTIVES = "neue große alte russische deutsche wichtige offizielle unabhängige lokale hohe schwere".split()
_VERBS = "plant baut fordert zeigt bleibt steigt sinkt kostet lehnt bringt hält trifft gilt".split()
_REPORTING = "sagte erklärte betonte berichtete bestätigte kritisierte warnte meint glaubt".split()
_FUNCTION = "der die das den dem des ein eine einen und oder aber auch nicht noch nun mit von bei für über nach".split()
_SPECIAL = "dass laut zufolge soll sollen sei habe könnte angeblich wohl".split()
_NAMES = "Müller Schmidt Weber Fischer Wagner Becker Hoffmann Schulz Berlin Wien Moskau Kiew".split()


def _word(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.30:
        return rng.choice(_FUNCTION)
    if pick < 0.55:
        return rng.choice(_NOUNS)
    if pick < 0.65:
        return rng.choice(_ADJECTIVES)
    if pick < 0.78:
        return rng.choice(_VERBS)
    if pick < 0.85:
        return rng.choice(_REPORTING)
    if pick < 0.93:
        return rng.choice(_SPECIAL)
    return rng.choice(_NAMES)


def unpunctuated_text(n_chars: int, seed: int = 1) -> str:
    """One line of words without punctuation, ``n_chars`` long (cut at a word end)."""
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < n_chars:
        word = rng.choice(_NAMES).capitalize() if not words else _word(rng)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:n_chars].rsplit(" ", 1)[0]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_NAMES + _NOUNS)] + [_word(rng) for _ in range(rng.randint(6, 18))]
    if rng.random() < 0.4:
        words.insert(rng.randint(2, len(words) - 1), ",")
    if rng.random() < 0.25:
        words += [",", rng.choice(_REPORTING), rng.choice(_NAMES)]
    if rng.random() < 0.3:  # a word in quotation marks (scare quotes, titles)
        k = rng.randrange(1, len(words))
        words[k] = f"„{words[k]}“"
    text = " ".join(words).replace(" ,", ",")
    if rng.random() < 0.15:
        text = f"„{text}“"
    return text + rng.choice(".....?!")


def generated_prose(n_chars: int, seed: int = 2) -> str:
    """Sentences with commas, quotations and paragraphs of three to six sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while length < n_chars:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return _cut("\n\n".join(paragraphs), n_chars)


def corpus_prose(n_chars: int, shared: Path, first: int = 0) -> str | None:
    """10kGNAD test articles from number ``first`` on, joined as paragraphs (repeated if
    needed), or None without the file."""
    path = shared / "corpus" / "10kgnad" / "test.csv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        articles = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    articles = articles[first % len(articles) :] + articles[: first % len(articles)]
    paragraphs: list[str] = []
    length = 0
    while length < n_chars:
        for article in articles:
            paragraphs.append(article)
            length += len(article) + 2
            if length >= n_chars:
                break
    return _cut("\n\n".join(paragraphs), n_chars)


def _cut(text: str, n_chars: int) -> str:
    """``text`` cut to ``n_chars`` at the last paragraph break before that (or a word end)."""
    text = text[:n_chars]
    cut = text.rfind("\n\n")
    return text[:cut] if cut > n_chars // 2 else text.rsplit(" ", 1)[0]


def make_text(variant: str, size: int, run: int, shared: Path) -> tuple[str, str]:
    """The text of one run and its label. Each run gets a different text of the same size:
    textstat caches readability by text, so repeating one text would time it only once."""
    if variant == "unpunctuated":
        return unpunctuated_text(size, seed=run + 1), "unpunctuated"
    text = corpus_prose(size, shared, first=97 * run) if variant == "normal" else None
    if text is not None:
        return text, "normal (10kGNAD)"
    return generated_prose(size, seed=run + 2), "normal (generated)"


def _timed_analysis(text: str, sender: Connection) -> None:
    try:
        analyze(_WARM_UP, lang="de")  # touch the inherited lexicons first (copy-on-write), untimed
        started = time.perf_counter()
        analyze(text, lang="de")
        sender.send(time.perf_counter() - started)
    except Exception as exc:  # reported by the parent
        sender.send(exc)


def time_once(text: str, timeout: float) -> float | None:
    """Seconds for one analysis, or None when it takes longer than ``timeout``.

    Each analysis runs in a forked child (with the parent's loaded lexicons), which is
    stopped when it runs out of time; the quadratic cases of the old code take many
    minutes at 1M characters.
    """
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = _FORK.Process(target=_timed_analysis, args=(text, sender))
    child.start()
    sender.close()
    result = receiver.recv() if receiver.poll(timeout) else None
    if child.is_alive():
        child.terminate()
    child.join()
    if isinstance(result, Exception):
        raise result
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only 10k and 100k characters")
    parser.add_argument("--repeat", type=int, default=5, help="runs per size (median); 1M runs at most 3 times")
    parser.add_argument("--timeout", type=float, default=600, help="give up on a size after this many seconds per run")
    parser.add_argument("--variant", choices=("unpunctuated", "normal", "generated"), action="append",
                        help="unpunctuated, normal (10kGNAD, or generated without it), generated (prose with many "
                             "quotations); default: unpunctuated and normal")  # fmt: skip
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    args = parser.parse_args(argv)
    sizes = SIZES[:2] if args.quick else SIZES
    variants = args.variant or ["unpunctuated", "normal"]

    analyze(generated_prose(20_000, seed=0), lang="de")  # load lexicons and hyphenation patterns
    # Keep the garbage collector of the forked children off the loaded lexicons: scanning them would
    # copy their memory pages into every child and add noise that grows with the text (Python's gc docs).
    gc.freeze()
    for variant in variants:
        per_char: dict[int, float] = {}
        label = variant
        for size in sizes:
            repeat = min(args.repeat, 3) if size >= 1_000_000 else args.repeat
            runs = []  # µs per character of each run
            for run in range(repeat):
                text, label = make_text(variant, size, run, args.shared)
                seconds = time_once(text, args.timeout)
                if seconds is None:
                    break
                runs.append(1e6 * seconds / len(text))
            if len(runs) < repeat:
                print(f"{label:20} {size:>9,} chars: did not finish in {args.timeout:.0f} s", flush=True)
                break
            per_char[size] = statistics.median(runs)
            seconds = per_char[size] * len(text) / 1e6
            print(f"{label:20} {size:>9,} chars: {per_char[size]:7.2f} µs/char  ({seconds:.2f} s; median of {repeat})", flush=True)
        if len(per_char) > 1:
            small, large = min(per_char), max(per_char)
            print(f"{label:20} per-char ratio {large:,} / {small:,}: {per_char[large] / per_char[small]:.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
