"""The floor: the least work any analysis of 10kGNAD must do, to measure quellcheck against.

The floor reads the 1,028 10kGNAD test articles (``;``-separated, ``'`` quotes,
no header, columns label,text), normalises each text to Unicode NFC, splits it
into sentences with NLTK's Punkt *untrained* (default parameters) and runs
*one* regular expression over the lower-cased text: a trie of every form of
every lexicon quellcheck looks words up in (hedges, boosters, loaded,
evaluative, reporting verbs, nouns and phrases; the forms come from the
language pack, :meth:`~scoring.languages.base.Language.forms_of` and
``verb_forms``, as quellcheck's own matchers get them). Nothing is written.

Quellcheck does all of that and more (line joining, blocks, sentence rules,
tokens, quotations, attribution grammar, sources, claims, profile, seven
validated tables written as Parquet); the ratio to the floor says how much
more it costs, measured in one run so that the noise of this shared machine
cancels out.

Modes
    ``process``   the floor as a whole process (interpreter start-up, imports,
                  building the trie included): run it with ``time`` or let
                  ``compare`` do so.
    ``compare``   alternately runs the floor process and ``quellcheck corpus
                  --jobs 1 --no-corpus-report`` (``--runs`` times each) and, in one
                  process, the in-process floor and quellcheck's analysis (to rows,
                  and to validated tables); prints medians and ratios.
    ``bounds``    what any run to validated tables costs before it analyses anything, as
                  multiples of the floor: importing the table libraries the design fixes
                  (pandas, pandera, pyarrow) against the floor process, and, in process,
                  each stage of quellcheck's analysis (reading the markup, normalising,
                  segmenting, building sentences, tokens, attribution, sources, cue rows,
                  claims, profile) against the in-process floor, cumulatively.

:func:`floor_in_process` is the in-process variant (the rows already read and
the trie built: what remains per article), also used by ``bench/corpus_run.py``.

Usage: python bench/floor.py process [--shared ../shared]
       python bench/floor.py compare [--runs 5] [--shared ../shared]
       python bench/floor.py bounds [--runs 5] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUELLCHECK = str(Path(sys.executable).parent / "quellcheck")
GNAD_ARGS = ["--no-header", "--columns", "label,text", "--csv-sep", ";", "--csv-quote", "'"]
CUE_LEXICONS = ("hedges", "boosters", "loaded", "evaluative")


def gnad_path(shared: Path) -> Path:
    return shared / "corpus" / "10kgnad" / "test.csv"


def read_rows(path: Path) -> list[tuple[str, str]]:
    """The (label, text) rows of the 10kGNAD CSV."""
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8", newline="") as stream:
        return [(row[0], row[1]) for row in csv.reader(stream, delimiter=";", quotechar="'")]


def lexicon_forms(lang: str = "de") -> set[str]:
    """Every lower-cased form quellcheck looks up: cue lexicons and the reporting lexicons.

    Phrases are kept up to their first wildcard (``wie * berichtet`` → ``wie``): the floor
    only has to find where something may start.
    """
    from scoring.languages import get_language

    language = get_language(lang)
    forms: set[str] = set()
    for name in CUE_LEXICONS:
        for row in language.lexicon(name).records():
            extra = tuple(f.strip().lower() for f in (row.get("forms") or "").split("|") if f.strip())
            forms |= language.forms_of(row["entry"], row.get("pos") or "", extra)
    for row in language.lexicon("reporting_verbs").records():
        forms |= set(language.verb_forms(row))
    for row in language.lexicon("reporting_nouns").records():
        forms |= language.forms_of(row["noun"], "noun", tuple(f for f in row["forms"].split("|") if f))
    for row in language.lexicon("reporting_phrases").records():
        forms.add(row["phrase"].lower())
    literal = set()
    for form in forms:
        words = []
        for word in form.split():
            if word.startswith("*"):
                break
            words.append(word)
        if words:
            literal.add(" ".join(words))
    return literal


def trie_regex(words: set[str]) -> re.Pattern[str]:
    """One regular expression matching any of ``words`` as whole words, its alternatives a trie
    (shared prefixes factored out), so that matching costs about the length of the text."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return re.compile(r"\b" + pattern(trie) + r"\b")


def punkt_tokenizer() -> Any:
    """NLTK's Punkt without training (its default parameters), imported without the rest of NLTK."""
    from scoring.cleaning.punkt import punkt

    return punkt().PunktSentenceTokenizer()


def floor_in_process(texts: list[str], tokenizer: Any, trie: re.Pattern[str]) -> tuple[int, int]:
    """The per-article floor work on texts already read; returns (sentences, lexicon matches)."""
    sentences = matches = 0
    for raw in texts:
        text = unicodedata.normalize("NFC", raw)
        sentences += len(list(tokenizer.span_tokenize(text)))
        for _ in trie.finditer(text.lower()):
            matches += 1
    return sentences, matches


def run_process(shared: Path) -> None:
    """The whole floor process: read, build the trie, do the per-article work, print the counts."""
    rows = read_rows(gnad_path(shared))
    tokenizer = punkt_tokenizer()
    trie = trie_regex(lexicon_forms())
    sentences, matches = floor_in_process([text for _, text in rows], tokenizer, trie)
    print(f"{len(rows)} articles, {sentences} sentences, {matches} lexicon matches")


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def compare(shared: Path, runs: int) -> dict[str, float]:
    """Medians of ``runs`` alternating runs: whole processes, then in-process; prints and returns them."""
    source = gnad_path(shared)
    work = Path(tempfile.mkdtemp(prefix="quellcheck-floor-"))
    floor_s: list[float] = []
    corpus_s: list[float] = []
    try:
        floor_cmd = [sys.executable, str(Path(__file__).resolve()), "process", "--shared", str(shared)]
        _timed(floor_cmd)  # warm the file cache and quellcheck's cache
        for n in range(runs):
            floor_s.append(_timed(floor_cmd))
            out = work / f"out-{n}"
            corpus_s.append(_timed([QUELLCHECK, "corpus", str(source), *GNAD_ARGS, "-o", str(out), "--lang", "de",
                                    "--jobs", "1", "--no-corpus-report", "--progress", "none"]))  # fmt: skip
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {"floor_process": statistics.median(floor_s), "corpus_process": statistics.median(corpus_s)}
    result["process_ratio"] = statistics.median(c / f for c, f in zip(corpus_s, floor_s, strict=True))
    result.update(compare_in_process(shared, runs))
    print(f"whole process   floor {result['floor_process']:.2f} s, quellcheck corpus --jobs 1 {result['corpus_process']:.2f} s: "
          f"{result['process_ratio']:.2f}x (median of {runs} paired runs)")  # fmt: skip
    print(f"in-process      floor {result['floor']:.2f} s, analysis to rows {result['analysis']:.2f} s "
          f"({result['analysis_ratio']:.2f}x), to validated tables {result['tables']:.2f} s ({result['tables_ratio']:.2f}x)")  # fmt: skip
    return result


def gnad_inputs(shared: Path) -> tuple[list[str], list[Any]]:
    """The 10kGNAD texts, and the same as the article inputs quellcheck's analysis takes."""
    from scoring.reading.readers import ArticleInput

    rows = read_rows(gnad_path(shared))
    inputs = [
        ArticleInput(name=f"10kgnad[{i}]", content=text, markup="txt", input_format="csv",
                     input_sha256="0" * 64, article_id=f"gnad-{i}", meta={"label": label})
        for i, (label, text) in enumerate(rows)
    ]  # fmt: skip
    return [text for _, text in rows], inputs


def compare_in_process(shared: Path, runs: int) -> dict[str, float]:
    """In one process: the in-process floor against quellcheck's analysis of the same texts (rows only,
    and rows built into validated tables in batches of 250, what a corpus run's batches hold)."""
    from scoring.pipeline import AnalysisOptions, analyze_input
    from scoring.results import batch_tables

    texts, inputs = gnad_inputs(shared)
    tokenizer, trie = punkt_tokenizer(), trie_regex(lexicon_forms())
    options = AnalysisOptions(lang="de", verify_lang=False)
    batch_tables([analyze_input(inp, options) for inp in inputs[:50]])  # warm caches (lexicons, schemas)
    floor_s: list[float] = []
    analysis_s: list[float] = []
    tables_s: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        floor_in_process(texts, tokenizer, trie)
        floor_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        analyses = [analyze_input(inp, options) for inp in inputs]
        analysis_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        for k in range(0, len(analyses), 250):
            batch_tables(analyses[k : k + 250])
        tables_s.append(analysis_s[-1] + time.perf_counter() - started)
        del analyses
    return {
        "floor": statistics.median(floor_s),
        "analysis": statistics.median(analysis_s),
        "tables": statistics.median(tables_s),
        "analysis_ratio": statistics.median(a / f for a, f in zip(analysis_s, floor_s, strict=True)),
        "tables_ratio": statistics.median(t / f for t, f in zip(tables_s, floor_s, strict=True)),
    }


TABLE_IMPORTS = "import pandas, pandera.pandas, pyarrow.parquet"
# (module, function, label) of the stages of one article's analysis, in the order they run; each is
# timed where the module that calls it looks it up (scoring.pipeline, scoring.analysis.scorer)
STAGES = (
    ("scoring.pipeline", "_to_marked", "markup"),
    ("scoring.pipeline", "normalise", "normalise"),
    ("scoring.pipeline", "classify", "segment and classify"),
    ("scoring.pipeline", "_build", "sentence rows"),
    ("scoring.analysis.scorer", "build_doc", "tokens and quotations"),
    ("scoring.analysis.scorer", "find_attributions", "attribution"),
    ("scoring.analysis.scorer", "resolve_sources", "sources"),
    ("scoring.analysis.scorer", "_cue_rows", "cue rows"),
    ("scoring.analysis.scorer", "_claims", "claims"),
    ("scoring.analysis.scorer", "build_scores", "profile"),
)


def bounds(shared: Path, runs: int) -> dict[str, Any]:
    """Medians of ``runs`` rounds: the cost of the table libraries' import against the floor process,
    and the cost of each analysis stage against the in-process floor; prints and returns them."""
    floor_cmd = [sys.executable, str(Path(__file__).resolve()), "process", "--shared", str(shared)]
    _timed(floor_cmd)  # warm the file cache
    empty, imports, floors = [], [], []
    for _ in range(runs):
        empty.append(_timed([sys.executable, "-c", "pass"]))
        imports.append(_timed([sys.executable, "-c", TABLE_IMPORTS]))
        floors.append(_timed(floor_cmd))
    result: dict[str, Any] = {
        "floor_process": statistics.median(floors),
        "table_imports": statistics.median(i - e for i, e in zip(imports, empty, strict=True)),
    }
    result["process_lower_bound"] = statistics.median(
        (f + i - e) / f for f, i, e in zip(floors, imports, empty, strict=True)
    )
    print(f"whole process   floor {result['floor_process']:.2f} s; '{TABLE_IMPORTS}' adds "
          f"{result['table_imports']:.2f} s: a run to validated tables takes at least "
          f"{result['process_lower_bound']:.2f}x the floor before it analyses anything")  # fmt: skip
    result["stages"] = _stage_times(shared, runs)
    floor = result["stages"].pop("floor")
    print(f"in-process      floor {floor:.2f} s; quellcheck's stages (median of {runs} rounds), cumulatively:")
    total = 0.0
    for label, seconds in result["stages"].items():
        total += seconds
        print(f"  {label:24s} {seconds:6.3f} s   cumulative {total:6.3f} s = {total / floor:5.2f}x the floor")
    result["floor"] = floor
    return result


def _stage_times(shared: Path, runs: int) -> dict[str, float]:
    """Seconds per analysis stage over the 10kGNAD articles (medians of ``runs``), with the in-process floor."""
    import importlib

    from scoring.pipeline import AnalysisOptions, analyze_input

    texts, inputs = gnad_inputs(shared)
    spent: dict[str, float] = dict.fromkeys((label for _, _, label in STAGES), 0.0)
    originals = []
    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        originals.append((module, name, original))
        setattr(module, name, _timer(original, label, spent))
    tokenizer, trie = punkt_tokenizer(), trie_regex(lexicon_forms())
    options = AnalysisOptions(lang="de", verify_lang=False)
    try:
        for inp in inputs[:50]:  # warm caches (lexicons)
            analyze_input(inp, options)
        rounds: list[dict[str, float]] = []
        for _ in range(runs):
            started = time.perf_counter()
            floor_in_process(texts, tokenizer, trie)
            floor = time.perf_counter() - started
            spent.update(dict.fromkeys(spent, 0.0))
            for inp in inputs:
                analyze_input(inp, options)
            rounds.append({"floor": floor, **spent})
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    return {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}


def _timer(function: Any, label: str, spent: dict[str, float]) -> Any:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - started

    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("process", "compare", "bounds"))
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not gnad_path(args.shared).is_file():
        print(f"no 10kGNAD test set under {args.shared}", file=sys.stderr)
        return 2
    if args.mode == "process":
        run_process(args.shared)
    elif args.mode == "bounds":
        bounds(args.shared, args.runs)
    else:
        compare(args.shared, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
