"""Corpus runs: many articles in, one dataset per table out.

Articles are read in input order and cut into batches of a fixed size. Each
batch is analysed (in this process, in ``jobs`` local processes, or on a Dask
cluster), its rows are validated per table, and written as one *part* per
table. Layout of the output directory::

    articles/part-000000.parquet …   one part per batch and table (sentences/, cues/ …)
    errors/part-000003.parquet       articles that could not be analysed (input, id, stage, message)
    reports/<article_id>.html        per-article reports (with ``reports=True``)
    _batches/000000.json             a batch's commit marker, written after its parts
    _run.json                        the settings the run was started with (checked on resume)
    manifest.json                    versions, configuration, counts, timings, input checksums
    corpus.html                      the corpus report

Loss-free and resumable: parts are written atomically and the marker last, so
a batch either counts (marker present) or is redone on resume, overwriting any
parts it left. Batches are the same on every run and for any number of jobs,
so a resumed run has no missing and no duplicated articles, and results are
identical (after sorting by id) whatever the engine.

Memory is bounded: only the batches in flight (at most ``2 × jobs``) are held;
the one thing that grows with the corpus is the set of article ids seen (to
rename duplicates), about 100 bytes per article.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import platform
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scoring._version import __version__
from scoring.errors import EXIT_INPUT, EXIT_OK, InputError, OutputError, QuellcheckError, UsageError
from scoring.languages.lexicon import lexicons_version, load_lexicon
from scoring.output.files import atomic_write, atomic_write_texts
from scoring.pipeline import AnalysisOptions, add_readability, analyze_input
from scoring.analysis.scorer import unscored_note
from scoring.languages import scored_codes
from scoring.cleaning.langid import detect_language, normalise_lang
from scoring.reading.readers import SUFFIX_FORMATS, ArticleInput, InputFailure, ReadOptions, article_from_row, article_sizes, display_name, iter_articles, unique_id
from scoring.reading.meta_fields import MetaColumn, extra_columns, infer_meta_columns, promote_meta
from scoring.results import ArticleAnalysis
from scoring.output.files import TABLE_FORMATS

if TYPE_CHECKING:
    import pandas as pd

# The process that runs a corpus reads articles and hands out batches; pandas, pandera and pyarrow
# (about 110 MB) are imported where tables are made and written: in the workers, or in this process
# with --jobs 1 and for the corpus report at the end (tests/test_cli.py checks that the names are the
# schemas' and that the process does not import them).
TABLE_NAMES: tuple[str, ...] = ("articles", "sentences", "cues", "attributions", "sources", "claims", "links", "scores")
OUTPUT_TABLES: tuple[str, ...] = (*TABLE_NAMES, "errors")
ENGINES = ("local", "dask")
RUN_FILE = "_run.json"
BATCH_DIR = "_batches"
MANIFEST = "manifest.json"
CORPUS_REPORT = "corpus.html"
_MAX_DUPLICATES_LISTED = 100
_MAX_WARNINGS_PER_BATCH = 20
_MAX_WARNINGS_LISTED = 1000
_MAX_WARNINGS_SHOWN = 3  # per-article warnings printed during a run; the manifest lists them all
_LANG_CHECKS_PER_BATCH = 3
# Articles per automatic batch (on average). A batch's rows and frames are the memory of a worker
# beyond what it loads once: measured on 10,000 articles with --jobs 2, batches of 1,000 peaked at
# 724 MB over all processes, of 250 at 557 MB; pandera's fixed cost per batch (about 0.1 s) is
# then 0.4 ms per article instead of 0.1 ms.
_MIN_AUTO_BATCH, _MAX_AUTO_BATCH = 50, 250
_REMOTE_BATCH = 1000  # a remote Dask cluster, whose size and memory are not known here
_DASK_SMALL_CORPUS = 10_000  # below this, a LocalCluster's start (3–10 s) outweighs what it gains
# Settings that change the output: a resumed run must use the same ones.
_RESUME_KEYS = ("inputs", "read", "analysis", "table_format", "batch_size", "reports", "ui_lang", "quellcheck_version", "lexicons_version")


@dataclass(frozen=True)
class CorpusOptions:
    """How a corpus run is carried out (what is analysed is set by the read and analysis options)."""

    table_format: str = "parquet"
    batch_size: int | None = None
    """Articles per batch; None chooses (see :func:`plan_batches`): two batches per worker, of about
    equal text size, 50 to 250 articles on average."""
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    """Address of an existing Dask scheduler (``tcp://host:8786``); None starts a LocalCluster."""
    resume: bool = False
    reports: bool = False
    ui_lang: str | None = None
    corpus_report: bool = True
    group_by: str | None = None
    collect: bool = False
    """Dask only: send each batch's tables back to the client to write (workers without shared storage)."""

    def __post_init__(self) -> None:
        if self.table_format not in TABLE_FORMATS:
            raise UsageError(f"table format must be one of {', '.join(TABLE_FORMATS)}, not {self.table_format!r}")
        if self.batch_size is not None and self.batch_size < 1:
            raise UsageError("the batch size must be at least 1")
        if self.jobs < 1:
            raise UsageError("--jobs must be at least 1")
        if self.jobs > 1 and not self.scheduler and self.jobs > max_jobs():
            raise UsageError(f"--jobs {self.jobs} is more local processes than this machine can hold: at most {max_jobs()} "
                             f"({os.cpu_count() or 1} CPUs, about {_WORKER_MB} MB each)")
        if self.engine not in ENGINES:
            raise UsageError(f"the engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        if self.scheduler and self.engine != "dask":
            raise UsageError("--scheduler needs --engine dask")


_WORKER_MB = 300  # a worker's peak memory with its batches in flight, rounded up (README, "Speed and memory")


def max_jobs() -> int:
    """The most local worker processes a run may start here: four per CPU, and no more than the physical
    memory holds at :data:`_WORKER_MB` each ("--jobs 100000" would start that many processes at once)."""
    cpus = os.cpu_count() or 1
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        memory = 0
    by_memory = memory // (_WORKER_MB * 2**20) if memory > 0 else 4 * cpus
    return max(1, min(4 * cpus, by_memory))


@dataclass
class BatchTask:
    """One batch to analyse: its number, its items and where its parts go (None: return them)."""

    batch_no: int
    items: list[ArticleInput | InputFailure]
    analysis: AnalysisOptions
    out_dir: str | None
    table_format: str = "parquet"
    reports: bool = False
    ui_lang: str | None = None
    meta_columns: tuple[MetaColumn, ...] = ()
    """The input fields promoted to columns of ``articles``, planned for the whole run (see :func:`plan_meta_columns`)."""


@dataclass
class BatchOutcome:
    """What a batch produced: counts, timing and (when not written by the worker) its tables."""

    batch_no: int
    n_items: int
    n_ok: int
    n_failed: int
    rows: dict[str, int]
    seconds: float
    frames: dict[str, pd.DataFrame] | None = None
    pages: dict[str, str] | None = None
    first_input: str = ""
    warnings: list[dict[str, str]] = field(default_factory=list)
    n_warnings: int = 0
    unscored: dict[str, int] = field(default_factory=dict)  # articles per language without scorers


@dataclass
class CorpusRun:
    """The outcome of :func:`run_corpus`: counts over all batches (including earlier sessions)."""

    out_dir: Path
    articles: int
    analysed: int
    failed: int
    batches: int
    batches_this_session: int
    seconds: float
    rows: dict[str, int]
    duplicates: int
    manifest: dict[str, Any]

    @property
    def exit_code(self) -> int:
        """1 when some articles failed (they are in the ``errors`` table), else 0."""
        return EXIT_INPUT if self.failed else EXIT_OK


# --- the work on one batch (runs in a worker) ----------------------------------------------------


class _ArticleCounter:
    """Articles analysed so far in this process (a corpus run with ``--jobs 1``): a stand-in for the
    shared ``multiprocessing.Value`` the worker processes of ``--jobs N`` count into."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def get_lock(self) -> threading.Lock:
        return self._lock


# Where process_batch counts each article it has done, for progress between batches: set in the main
# process for --jobs 1 and by the initializer of each worker process (a shared counter can only reach
# a worker process when the process is made). None (Dask workers, the Python API): not counted.
_articles_done: Any = None


def _count_article() -> None:
    counter = _articles_done
    if counter is not None:
        with counter.get_lock():
            counter.value += 1


def process_batch(task: BatchTask) -> BatchOutcome:
    """Analyse one batch; write its parts (and reports) when ``task.out_dir`` is set.

    Never raises for a bad article: reading, analysis and validation failures
    become rows of the ``errors`` table. Raises :class:`OutputError` when the
    parts cannot be written.
    """
    started = time.perf_counter()
    analyses: list[ArticleAnalysis] = []
    errors: list[dict[str, Any]] = []
    # A given language is checked on the first articles of each batch only (a detection costs 0.4 ms):
    # enough to catch a corpus run with the wrong --lang.
    # Readability is added for the whole batch after its analyses (see add_readability).
    options = replace(task.analysis, readability=False)
    unverified = replace(options, verify_lang=False)
    for n, item in enumerate(task.items):
        if isinstance(item, InputFailure):
            errors.append(_error_row(item.name, None, "read", item.error))
            _count_article()
            continue
        try:
            analyses.append(analyze_input(item, options if n < _LANG_CHECKS_PER_BATCH else unverified))
        except Exception as exc:  # one bad article never stops the batch
            errors.append(_error_row(item.name, item.article_id, "analyze", exc))
        _count_article()
    if task.analysis.readability:
        analyses = _with_readability(analyses, errors)
    warnings = [
        {"input": a.article["input_name"], "article_id": a.article_id, "message": message}
        for a in analyses
        for message in a.warnings
    ]
    frames, rejected = _validated_frames(analyses, task.meta_columns)
    for analysis, exc in rejected:
        errors.append(_error_row(analysis.article["input_name"], analysis.article_id, "validate", exc))
    from schemas import frame_from_records

    frames["errors"] = frame_from_records("errors", errors)
    pages: dict[str, str] = {}
    if task.reports:
        pages = _report_pages(frames, task.ui_lang)
    outcome = BatchOutcome(
        batch_no=task.batch_no,
        n_items=len(task.items),
        n_ok=len(analyses) - len(rejected),
        n_failed=len(errors),
        rows={table: len(frame) for table, frame in frames.items()},
        seconds=0.0,
        first_input=_name(task.items[0]) if task.items else "",
        warnings=warnings[:_MAX_WARNINGS_PER_BATCH],
        n_warnings=len(warnings),
        unscored=dict(Counter(a.article["lang"] for a in analyses if a.article["lang"] not in scored_codes())),
    )
    if task.out_dir is None:
        outcome.frames, outcome.pages = frames, pages
    else:
        write_batch(Path(task.out_dir), task.batch_no, frames, pages, task.table_format, task.meta_columns)
    outcome.seconds = round(time.perf_counter() - started, 4)
    return outcome


def _run_batch(task: BatchTask) -> BatchOutcome:
    """:func:`process_batch`, then hand the memory the batch used back to the system (see :func:`release_memory`)."""
    outcome = process_batch(task)
    release_memory()
    return outcome


def release_memory() -> None:
    """Return freed memory to the operating system after a batch.

    A batch's rows, frames and Arrow buffers are freed when it is written, but the allocators keep
    the pages for reuse: pyarrow's mimalloc pool and glibc's heap held 60–90 MB more per process
    after a batch than before it, and a corpus run's memory is counted per process. Both are
    asked to give back what is free (glibc's ``malloc_trim``; elsewhere nothing happens).
    """
    arrow = sys.modules.get("pyarrow")
    if arrow is not None:
        arrow.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on other C libraries."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _name(item: ArticleInput | InputFailure) -> str:
    return item.name


def _error_row(name: str, article_id: str | None, stage: str, exc: BaseException) -> dict[str, Any]:
    schemas = sys.modules.get("schemas")  # not imported: no table was validated
    if isinstance(exc, QuellcheckError) or (schemas is not None and isinstance(exc, schemas.TableValidationError)):
        message = str(exc)
    else:
        message = f"internal error: {type(exc).__name__}: {exc}"
    return {"input": name, "article_id": article_id, "stage": stage, "message": message}


def _validated_frames(
    analyses: list[ArticleAnalysis], meta_columns: tuple[MetaColumn, ...] = ()
) -> tuple[dict[str, pd.DataFrame], list[tuple[ArticleAnalysis, Exception]]]:
    """One validated frame per table; articles whose rows break a schema are set aside with the reason."""
    from schemas import TableValidationError
    from scoring.results import batch_tables

    try:
        return batch_tables(analyses, meta_columns), []
    except TableValidationError:
        pass
    good: list[ArticleAnalysis] = []
    rejected: list[tuple[ArticleAnalysis, Exception]] = []
    for analysis in analyses:
        try:
            batch_tables([analysis], meta_columns)
            good.append(analysis)
        except TableValidationError as exc:
            rejected.append((analysis, exc))
    return batch_tables(good, meta_columns), rejected


def _with_readability(analyses: list[ArticleAnalysis], errors: list[dict[str, Any]]) -> list[ArticleAnalysis]:
    """``analyses`` with their readability figures; an article whose figures fail becomes an error row."""
    from scoring.languages import get_language
    from scoring.languages.readability import expect_many_words

    done = []
    expected: set[str] = set()
    for analysis in analyses:
        try:
            lang = analysis.article["lang"]
            if lang not in expected and get_language(lang).readability_formulas is not None:
                expect_many_words(lang)
            expected.add(lang)
            add_readability(analysis)
            done.append(analysis)
        except Exception as exc:  # one bad article never stops the batch
            errors.append(_error_row(analysis.article["input_name"], analysis.article_id, "analyze", exc))
    return done


def _report_pages(frames: Mapping[str, pd.DataFrame], ui_lang: str | None) -> dict[str, str]:
    """The report of every article of a batch, from the batch's validated tables (rejected articles are
    not in them), by file stem. Runs in the worker that analysed the batch."""
    from reports import render_article_pages, safe_file_stem

    return {safe_file_stem(article_id): html for article_id, html in render_article_pages(frames, ui_lang)}


def part_name(batch_no: int, fmt: str) -> str:
    return f"part-{batch_no:06d}.{fmt}"


def write_batch(
    out: Path, batch_no: int, frames: Mapping[str, pd.DataFrame], pages: Mapping[str, str], fmt: str,
    meta_columns: tuple[MetaColumn, ...] = (),
) -> None:  # fmt: skip
    """Write a batch's parts (empty tables get no part) and its report pages, each atomically.

    ``meta_columns``: the run's promoted input fields, so every part of ``articles`` has the same columns.
    """
    from scoring.output.tables import write_part

    for table in OUTPUT_TABLES:
        path = out / table / part_name(batch_no, fmt)
        frame = frames[table]
        if len(frame):
            write_part(path, frame, table, fmt, extra_columns(meta_columns) if table == "articles" else None)
        else:
            path.unlink(missing_ok=True)  # a stale part of an interrupted earlier attempt
    atomic_write_texts({out / "reports" / f"{stem}.html": html for stem, html in pages.items()})


# --- reading and batching (runs in the main process) ---------------------------------------------


@dataclass
class _Duplicates:
    """Article ids seen so far; a repeated id gets a suffix (``id~2``), in input order."""

    seen: dict[str, int] = field(default_factory=dict)
    renamed: list[dict[str, str]] = field(default_factory=list)
    count: int = 0

    def unique(self, item: ArticleInput) -> ArticleInput:
        if item.article_id is None:
            return item
        new_id = unique_id(self.seen, item.article_id)
        if new_id == item.article_id:
            return item
        self.count += 1
        if len(self.renamed) < _MAX_DUPLICATES_LISTED:
            self.renamed.append({"input": item.name, "article_id": item.article_id, "renamed_to": new_id})
        return replace(item, article_id=new_id)


def iter_batches(
    items: Iterable[ArticleInput | InputFailure], batch_size: int, duplicates: _Duplicates, ends: Sequence[int] = ()
) -> Iterator[tuple[int, list[ArticleInput | InputFailure]]]:
    """Cut ``items`` into numbered batches, giving repeated ids a suffix.

    ``ends`` plans where batches end (cumulative article counts, see
    :func:`plan_batches`); after the plan, or without one, a batch ends every
    ``batch_size`` articles.
    """
    bounds = _batch_bounds(ends, batch_size)
    end = next(bounds)
    batch: list[ArticleInput | InputFailure] = []
    batch_no = 0
    for index, item in enumerate(items, 1):
        batch.append(duplicates.unique(item) if isinstance(item, ArticleInput) else item)
        if index >= end:
            yield batch_no, batch
            batch_no += 1
            batch = []
            end = next(bounds)
    if batch:
        yield batch_no, batch


def _batch_bounds(ends: Sequence[int], batch_size: int) -> Iterator[int]:
    last = 0
    for end in ends:
        if end > last:
            yield end
            last = end
    while True:
        last += batch_size
        yield last


# --- engines ---------------------------------------------------------------------------------------


def _execute(
    tasks: Iterator[BatchTask],
    options: CorpusOptions,
    timing: dict[str, float] | None = None,
    analysis: AnalysisOptions | None = None,
    progress: Progress | None = None,
    total: int | None = None,
    processes: LocalProcesses | None = None,
) -> Iterator[BatchOutcome]:
    """Run ``tasks`` on the chosen engine, yielding outcomes as batches finish (any order).

    ``timing["engine_start_seconds"]`` gets the time spent starting the engine (a Dask cluster
    and loading lexicons and schemas on its workers for ``analysis``). With ``progress``, the local
    engines count every article as it is done (:meth:`Progress.follow`), so progress moves between
    batches; Dask reports whole batches.
    """
    if options.engine == "dask":
        yield from _execute_dask(tasks, options, timing if timing is not None else {}, analysis, progress or Progress("none"), total)
    elif options.jobs == 1:
        global _articles_done
        counter = _ArticleCounter()
        if progress is not None:
            progress.follow(counter)
        _articles_done = counter
        try:
            for task in tasks:
                yield _run_batch(task)
        finally:
            _articles_done = None
    else:
        # workers the caller started are the caller's to end; otherwise they are started (and ended) here
        with nullcontext(processes) if processes is not None else LocalProcesses(options.jobs, analysis) as started:
            if progress is not None:
                progress.follow(started.counter)
            yield from _run_pool(tasks, started.jobs, started.pool)


class LocalProcesses:
    """``jobs`` local worker processes, started at once: each loads the lexicons, registry and schemas
    (:func:`_worker_start`, about 0.5 s) while the process that starts them goes on (a corpus run reads
    and plans its input meanwhile). Use as a context manager; leaving it shuts the workers down.

    The workers load what they need themselves rather than inheriting it from this process: memory is
    counted per process, and a copy in this process, which analyses nothing, was 50 MB more at the
    peak of every run.
    """

    def __init__(self, jobs: int, analysis: AnalysisOptions | None = None) -> None:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        self.jobs = jobs
        self.counter = context.Value("q", 0)  # articles done by all workers, for progress between batches
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start, initargs=(analysis, self.counter))
        self.pool.submit(_started)  # the pool starts its processes with its first task, not before

    def __enter__(self) -> LocalProcesses:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Shut the workers down (again: a no-op): before the corpus report, whose memory adds to theirs."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def _started() -> None:
    """A task that does nothing: submitting it makes the pool start its workers."""


def _worker_start(analysis: AnalysisOptions | None, counter: Any = None) -> None:
    """Prepare a worker process: load lexicons, registry and schemas, then move them out of the
    garbage collector's reach (its collections would otherwise walk them again and again:
    measured on 1,028 articles with 2 jobs, 8% of the worker's time). ``counter``: the shared
    count of articles done (see :func:`_count_article`)."""
    global _articles_done
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the main process's to handle (exit 130, --resume)
    from schemas import load_check_backends

    load_check_backends(data_synthesis=False)  # a process of quellcheck's own: no pandera strategies
    if analysis is not None:
        _warm_up(analysis)
    _articles_done = counter
    gc.freeze()


def _run_pool(tasks: Iterator[BatchTask], jobs: int, pool: ProcessPoolExecutor) -> Iterator[BatchOutcome]:
    """Submit ``tasks`` to ``pool``, at most two per worker in flight, yielding outcomes as they finish."""
    pending: set[Future[BatchOutcome]] = set()
    try:
        for task in tasks:
            pending.add(pool.submit(_run_batch, task))
            if len(pending) >= 2 * jobs:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    except BaseException:
        for future in pending:
            future.cancel()
        raise


def _execute_dask(
    tasks: Iterator[BatchTask], options: CorpusOptions, timing: dict[str, float], analysis: AnalysisOptions | None,
    progress: Progress, total: int | None,
) -> Iterator[BatchOutcome]:  # fmt: skip
    """Run the batches on a Dask cluster: the one at ``options.scheduler``, or a LocalCluster of ``jobs`` workers.

    Starting a LocalCluster and loading the lexicons on its workers takes 3–10 s, in which the
    progress shows nothing else: the progress says so (and, for a small corpus, that local
    processes would start at once).
    """
    started = time.perf_counter()
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise UsageError("--engine dask needs dask.distributed: pip install 'quellcheck[dask]'") from None
    cluster = None
    if options.scheduler:
        progress.status(f"connecting to the Dask scheduler {options.scheduler}")
    else:
        hint = ""
        if total is not None and total < _DASK_SMALL_CORPUS:
            hint = f"; for {total:,} articles, --jobs {options.jobs} without --engine dask starts at once"
        progress.status(f"starting a Dask LocalCluster with {options.jobs} workers (takes 3–10 s{hint})")
    try:
        if options.scheduler:
            client = Client(options.scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=options.jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler {options.scheduler or '(local)'}: {exc}") from None
    try:
        if analysis is not None:
            client.run(_warm_up, analysis)  # every worker loads lexicons and schemas before the first batch
        timing["engine_start_seconds"] = time.perf_counter() - started
        progress.status(f"Dask workers ready after {timing['engine_start_seconds']:.1f} s", done=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})) or options.jobs)
        limit = 2 * workers
        queue = as_completed()
        in_flight = 0
        for task in tasks:
            queue.add(client.submit(_run_batch, task, pure=False))
            in_flight += 1
            if in_flight >= limit:
                yield _dask_result(next(queue))
                in_flight -= 1
        for future in queue:
            yield _dask_result(future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(future: Any) -> BatchOutcome:
    outcome = future.result()
    future.release()
    return outcome


# --- the run ----------------------------------------------------------------------------------------


ProgressCallback = Callable[[int, int], None]


def run_corpus(
    inputs: Iterable[str],
    out_dir: str | Path,
    read: ReadOptions | None = None,
    analysis: AnalysisOptions | None = None,
    options: CorpusOptions | None = None,
    progress: Progress | None = None,
) -> CorpusRun:
    """Analyse every article of ``inputs`` into the datasets of ``out_dir``.

    Raises :class:`UsageError` when ``out_dir`` holds another run (or, with
    ``resume``, a run with other settings or changed inputs) and
    :class:`OutputError` when a part cannot be written; the run can then be
    resumed. Bad articles never raise: they are rows of the ``errors`` table.
    """
    inputs = list(inputs)
    read = read or ReadOptions()
    analysis = analysis or AnalysisOptions()
    options = options or CorpusOptions()
    progress = progress or Progress("none")
    out = Path(out_dir)
    if "-" in inputs and options.resume:
        raise UsageError("standard input cannot be read again: a run reading '-' cannot be resumed")
    if options.engine != "local" or options.jobs == 1:
        return _run_corpus(inputs, out, read, analysis, options, progress, None)
    # the workers load lexicons and schemas while this process reads and plans the input
    with LocalProcesses(options.jobs, analysis) as processes:
        return _run_corpus(inputs, out, read, analysis, options, progress, processes)


def _run_corpus(
    inputs: list[str], out: Path, read: ReadOptions, analysis: AnalysisOptions, options: CorpusOptions, progress: Progress,
    processes: LocalProcesses | None,
) -> CorpusRun:  # fmt: skip
    clock = time.perf_counter()
    started_at = _now()
    checksums = [_checksum(raw) for raw in inputs]
    sizes = None if "-" in inputs else article_sizes(inputs, read)
    total = None if sizes is None else len(sizes)
    auto_size = auto_batch_size(total, options)
    meta_columns = plan_meta_columns(inputs, read)
    settings = _settings(inputs, checksums, read, analysis, options)
    settings["meta_columns"] = [column.to_json() for column in meta_columns]
    batch_size, batch_ends = _prepare(out, settings, options.resume, auto_size, plan_batches(sizes, options))
    del sizes
    committed = _committed_batches(out)
    _remove_uncommitted(out, committed, options.table_format)

    done_items = sum(marker["n_items"] for marker in committed.values())
    done_failed = sum(marker["n_failed"] for marker in committed.values())
    duplicates = _Duplicates()
    if options.engine == "local" and options.jobs == 1:
        _warm_up(analysis)  # this process analyses; workers and Dask workers load what they need themselves
    session = started_at
    setup_seconds = time.perf_counter() - clock
    progress.start(total, done_items, done_failed)

    run_ui_lang = options.ui_lang  # without --ui-lang: from the corpus language, decided on the first batch

    def tasks() -> Iterator[BatchTask]:
        nonlocal run_ui_lang
        for batch_no, items in iter_batches(iter_articles(inputs, read), batch_size, duplicates, batch_ends):
            if run_ui_lang is None:
                run_ui_lang = corpus_ui_lang(items, analysis.lang)
            if batch_no in committed:
                continue
            write_here = not (options.engine == "dask" and options.collect)
            yield BatchTask(batch_no, items, analysis, str(out) if write_here else None, options.table_format, options.reports,
                            run_ui_lang, meta_columns)  # fmt: skip

    new_batches = 0
    announced: dict[str, int] = {"shown": 0}
    engine_timing: dict[str, float] = {}
    try:
        for outcome in _execute(tasks(), options, engine_timing, analysis, progress, total, processes):
            if outcome.frames is not None:
                write_batch(out, outcome.batch_no, outcome.frames, outcome.pages or {}, options.table_format, meta_columns)
            marker = _commit(out, outcome, options, session)
            committed[outcome.batch_no] = marker
            new_batches += 1
            _announce_warnings(outcome, progress, announced)
            progress.update(outcome.n_items, outcome.n_failed)
    finally:
        progress.close()
        if processes is not None:
            processes.close()  # the workers end before the manifest and the corpus report are written

    seconds = time.perf_counter() - clock
    setup_seconds += engine_timing.get("engine_start_seconds", 0.0)
    timing = {"seconds": seconds, "setup_seconds": setup_seconds, "batch_size": batch_size, "batch_ends": batch_ends}
    manifest = _manifest(out, settings, committed, duplicates, analysis, options, started_at, timing, new_batches, checksums)
    manifest["options"]["ui_lang"] = run_ui_lang
    manifest["options"]["meta_columns"] = settings["meta_columns"]
    with atomic_write(out / MANIFEST) as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=2, default=str)
        handle.write("\n")
    counts = manifest["counts"]
    if options.corpus_report and counts["analysed"]:
        write_corpus_report(out, replace(options, ui_lang=run_ui_lang))
    return CorpusRun(
        out_dir=out,
        articles=counts["articles"],
        analysed=counts["analysed"],
        failed=counts["failed"],
        batches=len(committed),
        batches_this_session=new_batches,
        seconds=seconds,
        rows=counts["rows"],
        duplicates=duplicates.count,
        manifest=manifest,
    )


_UI_LANG_SAMPLE = 25  # articles of the first batch whose language decides a run's UI language


def ui_lang_for(article_lang: str, requested: str | None) -> str:
    """:func:`reports.i18n.ui_lang_for`'s rule, here so the process running the corpus does not load
    the report code (workers render the pages): German for German, else English."""
    return requested or ("de" if article_lang == "de" else "en")


def corpus_ui_lang(items: Sequence[ArticleInput | InputFailure], lang: str) -> str:
    """The UI language of a corpus run's documents (corpus report and per-article reports) when
    ``--ui-lang`` is not given: the one a single article of the corpus language gets (German for
    German, else English). The corpus language is ``lang`` when given, else the most frequent
    language among the first articles (a row's ``lang`` field, or detected, 0.4 ms each)."""
    if lang != "auto":
        return ui_lang_for(lang, None)
    found: Counter[str] = Counter()
    for item in [i for i in items if isinstance(i, ArticleInput)][:_UI_LANG_SAMPLE]:
        try:
            if item.lang:
                found[normalise_lang(item.lang)] += 1
            else:
                text = _TAG.sub(" ", item.content) if item.markup == "html" else item.content
                found[detect_language(text).lang] += 1
        except QuellcheckError:
            continue  # too short, or a language without a pack: the others decide
    if not found:
        return ui_lang_for("en", None)
    best = max(sorted(found), key=found.__getitem__)
    return ui_lang_for(best, None)


_TAG = re.compile(r"<[^>]*>")


def plan_meta_columns(inputs: Sequence[str], read: ReadOptions) -> tuple[MetaColumn, ...]:
    """The input fields a run promotes to columns of ``articles`` (see :mod:`scoring.reading.meta_fields`).

    Decided before the run from every readable row, so that every part of ``articles`` has the same
    columns and types, whichever batch a field first appears in (a dataset read whole, by pandas,
    Arrow or DuckDB, takes its columns from one part). HTML pages may give an ``author`` from their
    metadata, so a corpus with HTML files gets that column. Standard input cannot be read twice:
    its fields stay in ``meta``.
    """
    if "-" in inputs:
        return ()

    def metas() -> Iterator[Mapping[str, Any]]:
        for item in iter_articles(inputs, read):
            if isinstance(item, ArticleInput):
                yield {"author": "(page metadata)", **item.meta} if item.markup == "html" else item.meta

    return infer_meta_columns(metas())


def _announce_warnings(outcome: BatchOutcome, progress: Progress, announced: dict[str, int]) -> None:
    """Say once per language that it has no scorers, and show the first few article warnings."""
    for lang in outcome.unscored:
        if lang not in announced:
            announced[lang] = 1
            progress.warn(f"{unscored_note(lang)}: those articles get sentences but no cues, attributions or "
                          "scores (reliability_note in the scores table says so)")  # fmt: skip
    for warning in outcome.warnings:
        announced["shown"] += 1
        if announced["shown"] <= _MAX_WARNINGS_SHOWN:
            progress.warn(f"{warning['input']}: {warning['message']}")
        if announced["shown"] == _MAX_WARNINGS_SHOWN:
            progress.warn("further warnings are listed in manifest.json")


def write_corpus_report(out: Path, options: CorpusOptions) -> Path:
    """Render ``corpus.html`` from the datasets in ``out`` (reading only the columns it needs)."""
    from reports.corpus import render_corpus_html
    from scoring.output.tables import load_corpus_tables

    frames = load_corpus_tables(out, options.group_by)
    reports_dir = out / "reports" if options.reports else None
    html = render_corpus_html(frames, options.group_by, options.ui_lang, reports_dir, "reports" if reports_dir else None)
    with atomic_write(out / CORPUS_REPORT) as handle:
        handle.write(html)
    return out / CORPUS_REPORT


def _warm_up(analysis: AnalysisOptions) -> None:
    """Load lexicons, the registry and the table schemas once, before workers fork, so they share them."""
    try:
        analyze_input(
            ArticleInput(name="<warm-up>", content="Die Stadt plant neue Wege, sagte sie.", markup="txt",
                         input_format="txt", input_sha256="0" * 64, article_id="warm-up"),
            replace(analysis, lang="de" if analysis.lang == "auto" else analysis.lang),
        )  # fmt: skip
    except QuellcheckError:
        pass
    # pandera imports its check backends on the first validation (0.1 s, more with hypothesis
    # installed); one small table is enough, the schemas themselves are built when schemas is imported.
    from schemas import frame_from_records

    frame_from_records("errors", [])


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _checksum(raw: str) -> dict[str, Any]:
    """sha256 of an input file, or of a directory's supported files (path, size and content)."""
    if raw == "-":
        return {"path": "-", "sha256": None, "bytes": None, "files": None}
    path = Path(raw)
    if path.is_dir():
        digest = hashlib.sha256()
        files = size = 0
        for file in sorted(path.rglob("*")):
            if file.is_file() and file.suffix.lower() in SUFFIX_FORMATS:
                rel = file.relative_to(path).as_posix()
                if any(part.startswith(".") for part in rel.split("/")):
                    continue
                digest.update(os.fsencode(rel) + f"\0{_file_sha256(file)}\n".encode())  # the name's own bytes
                files += 1
                size += file.stat().st_size
        return {"path": display_name(path.resolve()), "sha256": digest.hexdigest(), "bytes": size, "files": files}
    if not path.is_file():
        return {"path": display_name(path), "sha256": None, "bytes": None, "files": 0}
    return {"path": display_name(path.resolve()), "sha256": _file_sha256(path), "bytes": path.stat().st_size, "files": 1}


def _file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _settings(
    inputs: list[str], checksums: list[dict[str, Any]], read: ReadOptions, analysis: AnalysisOptions, options: CorpusOptions
) -> dict[str, Any]:
    return {
        "inputs": [{"path": c["path"], "sha256": c["sha256"]} for c in checksums],
        "read": json.loads(json.dumps(asdict(read))),
        "analysis": {
            "lang": analysis.lang,
            "max_chars": analysis.max_chars,
            "readability": analysis.readability,
            "config": json.loads(analysis.config.fingerprint()),
            "registry_files": [{"path": p, "sha256": _file_sha256(Path(p))} for p in analysis.registry_files],
            "lexicon_files": [{"path": p, "sha256": _file_sha256(Path(p))} for p in analysis.lexicon_files],
        },
        "table_format": options.table_format,
        "batch_size": options.batch_size,
        "reports": options.reports,
        "ui_lang": options.ui_lang,
        "quellcheck_version": __version__,
        "lexicons_version": lexicons_version(),
    }


def auto_batch_size(total: int | None, options: CorpusOptions) -> int:
    """The batch size to use: the one asked for, else about two batches per worker (50 to 250).

    Large batches make validation and writing cheap per article (pandera's cost
    is mostly per call), small ones keep memory low; small corpora still need
    several batches to keep every worker busy. A remote Dask cluster, whose size
    is not known here, gets 1,000.
    """
    if options.batch_size is not None:
        return options.batch_size
    if options.scheduler:
        return _REMOTE_BATCH
    if total is None:
        return _MAX_AUTO_BATCH
    return max(_MIN_AUTO_BATCH, min(_MAX_AUTO_BATCH, -(-total // (2 * options.jobs))))


def plan_batches(sizes: Sequence[int] | None, options: CorpusOptions) -> list[int]:
    """Where the automatic batches end (cumulative article counts), for batches of about equal work.

    As many batches as :func:`auto_batch_size` gives, rounded to a multiple
    of the workers (equal batches shared unevenly would leave one worker a
    whole batch behind; up, unless batches would fall below 50 articles), cut where the running total of article
    sizes (see :func:`scoring.reading.readers.article_sizes`) crosses an equal share,
    so a worker given long articles does not finish last; no batch holds more
    than twice the automatic size. Empty (cut by count) when a batch size was
    asked for or the sizes are unknown.
    """
    if options.batch_size is not None or not sizes or options.scheduler:
        return []
    per_batch = auto_batch_size(len(sizes), options)
    count = -(-len(sizes) // per_batch)
    multiple = -(-count // options.jobs) * options.jobs
    if len(sizes) >= _MIN_AUTO_BATCH * multiple:
        count = multiple
    elif count >= options.jobs:
        count -= count % options.jobs
    total = sum(sizes)
    ends: list[int] = []
    running = share = last = 0
    for index, size in enumerate(sizes, 1):
        running += size
        if running * count >= (share + 1) * total or index - last >= 2 * per_batch:
            ends.append(index)
            last = index
            share = running * count // total  # a long article may cross several shares: skip them
    if not ends or ends[-1] != len(sizes):
        ends.append(len(sizes))
    return ends


def _prepare(out: Path, settings: dict[str, Any], resume: bool, batch_size: int, ends: list[int]) -> tuple[int, list[int]]:
    """Create ``out`` for a new run, or check that it holds the same run for ``resume``.

    Returns how the run cuts its batches (see :func:`iter_batches`):
    ``batch_size`` and ``ends`` for a new run; for a resumed one what it was
    started with, so batch numbers stay the same (another batch size asked
    for is refused).
    """
    run_file = out / RUN_FILE
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a directory")
    if resume and not run_file.is_file() and _holds_nothing(out):
        resume = False  # killed before the run was set up: start it
    if resume:
        if not run_file.is_file():
            raise UsageError(f"{out}: nothing to resume (no {RUN_FILE}); start the run without --resume")
        try:
            before = json.loads(run_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{out / RUN_FILE}: cannot read the run's settings: {exc}") from None
        if settings["batch_size"] is None:
            settings["batch_size"] = before.get("batch_size")
        changed = [key for key in _RESUME_KEYS if before.get(key) != settings.get(key)]
        if changed:
            raise UsageError(
                f"{out} was started with other settings or inputs ({', '.join(changed)} differ); "
                "resume with the same inputs and options, or write to a new directory"
            )
        return int(settings["batch_size"]), [int(end) for end in before.get("batch_ends", [])]
    settings["batch_size"] = batch_size
    settings["batch_ends"] = ends
    if out.exists() and not _holds_nothing(out):
        hint = " (an unfinished run: add --resume to finish it)" if run_file.exists() else ""
        raise UsageError(f"{out} is not empty{hint}; choose a new directory")
    try:
        for table in OUTPUT_TABLES:
            (out / table).mkdir(parents=True, exist_ok=True)
        (out / BATCH_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create: {exc.strerror or exc}") from None
    with atomic_write(run_file) as handle:  # last: until it exists, the directory holds no run
        json.dump(settings, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return batch_size, ends


def _holds_nothing(out: Path) -> bool:
    """True when ``out`` is absent or holds only empty directories and temporary files."""
    if not out.exists():
        return True
    return not any(p.is_file() and not p.name.endswith(".tmp") for p in out.rglob("*"))


def _committed_batches(out: Path) -> dict[int, dict[str, Any]]:
    markers: dict[int, dict[str, Any]] = {}
    for path in sorted((out / BATCH_DIR).glob("*.json")):
        try:
            marker = json.loads(path.read_text(encoding="utf-8"))
            markers[int(marker["batch_no"])] = marker
        except (OSError, ValueError, KeyError):
            continue  # an unreadable marker: the batch is redone
    return markers


def _remove_uncommitted(out: Path, committed: Mapping[int, Any], fmt: str) -> None:
    """Delete leftovers of an interrupted run: temporary files and parts of batches without a marker."""
    for table in OUTPUT_TABLES:
        directory = out / table
        if not directory.is_dir():
            directory.mkdir(parents=True, exist_ok=True)
            continue
        for path in directory.iterdir():
            if path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)
            elif path.name.startswith("part-"):
                try:
                    batch_no = int(path.name[5:].split(".")[0])
                except ValueError:
                    continue
                if batch_no not in committed:
                    path.unlink(missing_ok=True)
    for directory in (out / "reports", out / BATCH_DIR, out):
        if directory.is_dir():
            for path in directory.glob(".*.tmp"):
                path.unlink(missing_ok=True)


def _commit(out: Path, outcome: BatchOutcome, options: CorpusOptions, session: str) -> dict[str, Any]:
    marker = {
        "batch_no": outcome.batch_no,
        "n_items": outcome.n_items,
        "n_ok": outcome.n_ok,
        "n_failed": outcome.n_failed,
        "rows": outcome.rows,
        "seconds": outcome.seconds,
        "first_input": outcome.first_input,
        "n_warnings": outcome.n_warnings,
        "warnings": outcome.warnings,
        "unscored": outcome.unscored,
        "session": session,
        "engine": options.engine,
        "jobs": options.jobs,
    }
    with atomic_write(out / BATCH_DIR / f"{outcome.batch_no:06d}.json") as handle:
        json.dump(marker, handle)
    return marker


def _package_versions() -> dict[str, str]:
    versions = {}
    for name in ("pandas", "pyarrow", "pandera", "numpy", "scikit-learn", "nltk", "textstat", "trafilatura", "dask", "distributed"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def _manifest(
    out: Path,
    settings: dict[str, Any],
    committed: Mapping[int, Mapping[str, Any]],
    duplicates: _Duplicates,
    analysis: AnalysisOptions,
    options: CorpusOptions,
    started_at: str,
    timing: Mapping[str, Any],
    new_batches: int,
    checksums: list[dict[str, Any]],
) -> dict[str, Any]:
    markers = [committed[k] for k in sorted(committed)]
    rows = {table: sum(m["rows"].get(table, 0) for m in markers) for table in OUTPUT_TABLES}
    articles = sum(m["n_items"] for m in markers)
    analysed = sum(m["n_ok"] for m in markers)
    failed = sum(m["n_failed"] for m in markers)
    worker_seconds = sum(m["seconds"] for m in markers)
    registry_lexicon = load_lexicon("mul", "sources")
    this_session = sum(m["n_items"] for m in markers if m["session"] == started_at)
    seconds = timing["seconds"]
    processing = seconds - timing["setup_seconds"]
    return {
        "tool": "quellcheck",
        "version": __version__,
        "lexicons_version": lexicons_version(),
        "registry": {
            "version": registry_lexicon.version,
            "sha256": registry_lexicon.sha256,
            "extra_files": settings["analysis"]["registry_files"],
        },
        "config": settings["analysis"]["config"],
        "options": {
            "lang": analysis.lang,
            "max_chars": analysis.max_chars,
            "readability": analysis.readability,
            "table_format": options.table_format,
            "batch_size": timing["batch_size"],
            "batches_cut_by": "text size" if timing["batch_ends"] else "article count",
            "reports": options.reports,
            "read": settings["read"],
        },
        "inputs": checksums,
        "tables": {table: f"{table}/" for table in OUTPUT_TABLES},
        "counts": {
            "articles": articles,
            "analysed": analysed,
            "failed": failed,
            "rows": rows,
            "batches": len(markers),
            "duplicate_ids_renamed": duplicates.count,
            "warnings": sum(m.get("n_warnings", 0) for m in markers),
            "unscored_by_lang": dict(sum((Counter(m.get("unscored", {})) for m in markers), Counter())),
        },
        "duplicate_ids": duplicates.renamed,
        # analysed articles with a warning (e.g. invalid characters replaced): the first of each batch
        "warnings": [w for m in markers for w in m.get("warnings", [])][:_MAX_WARNINGS_LISTED],
        "timings": {
            "started": started_at,
            "finished": _now(),
            "wall_seconds_this_session": round(seconds, 3),
            "articles_this_session": this_session,
            "articles_per_second_this_session": round(this_session / seconds, 1) if seconds > 0 else None,
            "setup_seconds": round(timing["setup_seconds"], 3),
            "articles_per_second_after_setup": round(this_session / processing, 1) if processing > 0 else None,
            "batch_seconds_total": round(worker_seconds, 3),
            "batches_this_session": new_batches,
            "sessions": len({m["session"] for m in markers}),
            "engine": options.engine,
            "jobs": options.jobs,
        },
        "environment": {"python": platform.python_version(), "platform": platform.platform(), "packages": _package_versions()},
    }


# --- progress ----------------------------------------------------------------------------------------


class Progress:
    """Progress on stderr: a live bar with rate and ETA on a terminal, log lines every ``every`` s otherwise.

    ``mode`` is ``bar``, ``log``, ``none`` or ``auto`` (bar when stderr is a terminal).

    A batch can take minutes (large ``--batch-size``, ``--reports``, long articles, 1,000-article
    batches on a remote cluster), so progress is not tied to batches: the local engines count
    every article as it is done (:meth:`follow`), and a timer thread writes a log line every
    ``every`` seconds (and moves the bar twice a second), whether or not a batch has finished.
    Failures are counted when their batch is written.
    """

    def __init__(self, mode: str = "auto", every: float = 10.0, stream: Any = None, warnings: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.warnings = warnings
        if mode == "auto":
            mode = "bar" if hasattr(self.stream, "isatty") and self.stream.isatty() else "log"
        self.mode = mode
        self.every = every
        self.total: int | None = None
        self.done = self.failed = self.start_done = 0
        self._bar: Any = None
        self._started = self._last = 0.0
        self._live: Any = None  # a counter of articles done this session, across unfinished batches too
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._timer: threading.Thread | None = None

    def start(self, total: int | None, done: int = 0, failed: int = 0) -> None:
        self.total, self.done, self.failed, self.start_done = total, done, failed, done
        self._started = self._last = time.monotonic()
        if self.mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total, initial=done, unit=" articles", file=self.stream, dynamic_ncols=True, smoothing=0.1)
            self._bar.set_postfix(failed=failed)
        elif self.mode == "log" and done:
            self._line(f"resuming: {done:,} articles already done")
        if self.mode in ("bar", "log"):
            self._stop.clear()
            self._timer = threading.Thread(target=self._tick, name="quellcheck-progress", daemon=True)
            self._timer.start()

    def follow(self, counter: Any) -> None:
        """Count articles as they are done: ``counter.value`` is the number done this session (a
        ``multiprocessing.Value`` the workers add to), including those of batches still running."""
        self._live = counter

    def update(self, n: int, failed: int = 0) -> None:
        """A batch of ``n`` articles, ``failed`` of them failed, is written."""
        with self._lock:
            self.done += n
            self.failed += failed
            if self._bar is not None:
                self._move_bar()
                if failed:
                    self._bar.set_postfix(failed=self.failed)

    def articles_done(self) -> int:
        """Articles done so far: those of written batches, or more when the workers' count is ahead."""
        live = self._live.value if self._live is not None else 0
        return max(self.done, self.start_done + live)

    def _move_bar(self) -> None:
        shown = self.articles_done()
        if shown != self._bar.n:
            self._bar.update(shown - self._bar.n)

    def _tick(self) -> None:
        """The timer thread: a log line every ``every`` seconds, the bar moved twice a second."""
        interval = self.every if self.mode == "log" else 0.5
        while not self._stop.wait(interval):
            with self._lock:
                if self._bar is not None:
                    self._move_bar()
                elif self.mode == "log":
                    self._last = time.monotonic()
                    self._line(self._status())

    def status(self, text: str, done: bool = False) -> None:
        """What the run is doing before articles come back (starting a Dask cluster): the bar's
        description on a terminal (cleared with ``done``), a log line otherwise."""
        with self._lock:
            if self._bar is not None:
                self._bar.set_description_str("" if done else text)
            elif self.mode == "log":
                self._line(text)

    def warn(self, text: str) -> None:
        """A warning line that does not break the live bar (silent when warnings are off)."""
        if not self.warnings:
            return
        with self._lock:
            if self._bar is not None:
                self._bar.write(f"quellcheck: warning: {text}", file=self.stream)
            else:
                self._line(f"warning: {text}")

    def close(self) -> None:
        self._stop.set()
        if self._timer is not None:
            self._timer.join()
            self._timer = None
        with self._lock:
            if self._bar is not None:
                self._move_bar()
                self._bar.close()
                self._bar = None
            elif self.mode == "log":
                self._line(self._status(final=True))

    def _status(self, final: bool = False) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        done = self.articles_done()
        rate = (done - self.start_done) / elapsed
        total = f"/{self.total:,}" if self.total else ""
        share = f" ({100 * done / self.total:.0f}%)" if self.total else ""
        eta = ""
        if self.total and rate > 0 and not final:
            eta = f", ETA {_clock(max(0, self.total - done) / rate)}"
        return f"{done:,}{total} articles{share}, {self.failed:,} failed, {rate:,.0f}/s{eta}, {_clock(elapsed)} elapsed"

    def _line(self, text: str) -> None:
        print(f"quellcheck: {text}", file=self.stream, flush=True)


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


# --- Python API ----------------------------------------------------------------------------------------


@dataclass
class CorpusResult:
    """The tables of a corpus analysed in memory (see :func:`analyze_corpus`).

    ``result.scores`` (or ``result["scores"]``) is the scores DataFrame, and so
    on for every table; ``errors`` lists the articles that could not be analysed.
    """

    tables: dict[str, pd.DataFrame]

    def __getitem__(self, table: str) -> pd.DataFrame:
        return self.tables[table]

    def __getattr__(self, table: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if table in tables:
            return tables[table]
        raise AttributeError(table)

    def __repr__(self) -> str:
        return f"CorpusResult({len(self.tables['articles'])} articles, {len(self.tables['errors'])} errors)"

    def _repr_html_(self) -> str:
        from reports.corpus import NEEDED, render_corpus_html

        frames = {t: self.tables[t][[c for c in cols if c in self.tables[t]]] for t, cols in NEEDED.items()}
        return render_corpus_html(frames)


def analyze_corpus(
    source: str | Path | Iterable[Any] | pd.DataFrame,
    *,
    lang: str = "auto",
    jobs: int = 1,
    batch_size: int = 200,
    columns: Mapping[str, str] | None = None,
    config: Any = None,
    readability: bool = False,
    read: ReadOptions | None = None,
) -> CorpusResult:
    """Analyse many articles in memory and return their tables as DataFrames.

    ``source`` is a path (a file or directory of articles), a DataFrame with a
    ``text`` column, or an iterable of article texts (strings), row dicts
    (``{"text": …, "id": …}``) and ``pathlib.Path`` objects. ``columns``
    maps quellcheck's fields to the DataFrame's or the files' column names,
    e.g. ``{"text": "body", "id": "doc_id"}``. Bad articles are rows of
    ``result.errors``, never exceptions. For corpora that do not fit in memory
    use :func:`run_corpus` (``quellcheck corpus``), which writes to disk.

    >>> result = analyze_corpus(["Laut der Polizei ist niemand verletzt worden.", ""], lang="de")
    >>> len(result.articles), result.errors["stage"].tolist()
    (1, ['analyze'])
    """
    from scoring.config import ProfileConfig

    read = read or ReadOptions(column_map=tuple((columns or {}).items()))
    analysis = AnalysisOptions(lang=lang, config=config or ProfileConfig(), readability=readability)
    options = CorpusOptions(batch_size=batch_size, jobs=jobs)
    duplicates = _Duplicates()
    tasks = (
        BatchTask(batch_no, items, analysis, None)
        for batch_no, items in iter_batches(_source_items(source, read), batch_size, duplicates)
    )
    import pandas as pd

    from schemas import frame_from_records, validate

    parts: dict[str, list[tuple[int, pd.DataFrame]]] = {table: [] for table in OUTPUT_TABLES}
    for outcome in _execute(tasks, options, analysis=analysis):
        assert outcome.frames is not None
        for table, frame in outcome.frames.items():
            parts[table].append((outcome.batch_no, frame))
    tables = {}
    for table, numbered in parts.items():
        frames = [frame for _, frame in sorted(numbered, key=lambda pair: pair[0]) if len(frame)]
        tables[table] = pd.concat(frames, ignore_index=True) if frames else frame_from_records(table, [])
    # the batches kept every input field in meta: promote them now, typed over the whole corpus
    articles = tables["articles"]
    meta_columns = infer_meta_columns(json.loads(m) for m in articles["meta"] if isinstance(m, str) and m)
    if meta_columns:
        tables["articles"] = validate("articles", promote_meta(articles, meta_columns), extra_columns(meta_columns))
    return CorpusResult(tables)


def _source_items(source: Any, read: ReadOptions) -> Iterator[ArticleInput | InputFailure]:
    """Articles from a path, a DataFrame, or an iterable of texts, row dicts and paths (``Path`` objects)."""
    if isinstance(source, str | Path):
        if not Path(source).exists():
            raise InputError(f"{source}: no such file or directory (pass texts as a list of strings)")
        yield from iter_articles([str(source)], read)
        return
    pandas = sys.modules.get("pandas")  # a DataFrame means pandas is imported
    if pandas is not None and isinstance(source, pandas.DataFrame):
        rows: Iterable[Any] = (
            {k: (None if _is_missing(v) else v) for k, v in row.items()} for row in source.to_dict("records")
        )
    else:
        rows = source
    for n, row in enumerate(rows):
        name = f"<row {n}>"
        if isinstance(row, Path):
            yield from iter_articles([str(row)], read)
            continue
        try:
            if isinstance(row, str):
                row = {"text": row}
            if not isinstance(row, dict):
                raise InputError(f"expected a string, a dict with a 'text' field or a Path, got {type(row).__name__}")
            yield article_from_row(row, name, read)
        except QuellcheckError as exc:
            yield InputFailure(name, exc)


def _is_missing(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


__all__ = [
    "CorpusOptions",
    "CorpusResult",
    "CorpusRun",
    "Progress",
    "analyze_corpus",
    "process_batch",
    "run_corpus",
]
