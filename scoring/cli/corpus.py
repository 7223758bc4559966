"""``quellcheck corpus``: a corpus into one dataset per table, in batches, resumably."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from scoring.cli.common import analysis_options, checked_lexicons, handle_errors, input_options, prepare_tables, read_options


CORPUS_EXIT_HELP = """\b
Exit codes:
  0   every article was analysed
  1   some articles could not be analysed: they are listed in OUTDIR/errors/
  2   usage error (bad option, OUTDIR not empty, resume with other settings)
  3   the output could not be written (the run can be resumed with --resume)
  70  internal error in quellcheck (please report it)
  130 interrupted (the run can be resumed with --resume)
"""


@click.command(epilog=CORPUS_EXIT_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory for the datasets, manifest and reports (new or empty, or the run to --resume).")
@analysis_options
@click.option("--format", "table_format", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True, help="File format of the datasets.")
@click.option("--batch-size", type=click.IntRange(min=1), help="Articles per batch, the unit of parallel work, writing and resuming [default: two batches per worker of about equal text size, 50 to 1,000 articles on average].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Local processes (with --engine dask and no --scheduler: LocalCluster workers).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Run batches in local processes or on Dask (dask.distributed).")
@click.option("--scheduler", help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: start a LocalCluster).")
@click.option("--collect", is_flag=True, help="Dask: send results to this process to write (for workers that cannot write to OUTDIR).")
@click.option("--resume", is_flag=True, help="Finish an interrupted run in OUTDIR (same inputs and options); finished batches are kept.")
@click.option("--reports", is_flag=True, help="Also write a report per article to OUTDIR/reports/ (slower).")
@click.option("--no-corpus-report", is_flag=True, help="Do not write OUTDIR/corpus.html.")
@click.option("--group-by", help="Group the corpus report by this column (default: outlet).")
@click.option("--ui-lang", type=click.Choice(["de", "en", "es"]), help="Language of the corpus report and the per-article reports [default: the corpus language when it is German or Spanish, else English].")
@click.option("--readability/--no-readability", default=None, help="Compute readability (about 2.5 ms per article, half as much again as the analysis itself) [default: with --reports, whose pages show it; otherwise not].")
@input_options
@click.option("--progress", type=click.Choice(["auto", "bar", "log", "none"]), default="auto", show_default=True, help="auto: a live bar on a terminal, log lines otherwise.")
@click.option("--log-every", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds between progress log lines.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
@handle_errors
def corpus(
    inputs: tuple[str, ...],
    out_dir: str,
    lang: str,
    config_path: str | None,
    registry_files: tuple[str, ...],
    lexicon_files: tuple[str, ...],
    table_format: str,
    batch_size: int | None,
    jobs: int,
    engine: str,
    scheduler: str | None,
    collect: bool,
    resume: bool,
    reports: bool,
    no_corpus_report: bool,
    group_by: str | None,
    ui_lang: str | None,
    readability: bool | None,
    max_chars: int,
    progress: str,
    log_every: float,
    quiet: bool,
    **input_params: Any,
) -> None:
    """Analyse a corpus into one dataset per table, in batches, resumably.

    INPUT is a directory of articles, a JSON Lines, CSV or Parquet file (or
    several). OUTDIR gets articles/, sentences/, cues/, attributions/,
    sources/, claims/, scores/ and errors/ (one Parquet or CSV part per batch;
    read a dataset with pandas.read_parquet('OUTDIR/scores') or DuckDB
    'OUTDIR/scores/*.parquet'), manifest.json and corpus.html.

    Interrupted or killed? Run the same command with --resume: finished batches
    are kept, the rest is done, no article is lost or doubled.
    """
    from scoring.analysis.sources import registry
    from scoring.config import load_config
    from scoring.corpus.run import CorpusOptions, Progress, run_corpus
    from scoring.pipeline import AnalysisOptions

    if jobs == 1 and engine == "local":
        prepare_tables()  # this process makes the tables; worker processes prepare themselves

    read = read_options({**input_params, "max_chars": max_chars})
    analysis = AnalysisOptions(
        lang=lang, max_chars=max_chars, config=load_config(config_path), registry_files=tuple(registry_files),
        lexicon_files=checked_lexicons(lexicon_files), readability=reports if readability is None else readability,
    )  # fmt: skip
    registry(analysis.registry_files)
    options = CorpusOptions(
        table_format=table_format, batch_size=batch_size, jobs=jobs, engine=engine, scheduler=scheduler,
        resume=resume, reports=reports, ui_lang=ui_lang, corpus_report=not no_corpus_report, group_by=group_by,
        collect=collect,
    )  # fmt: skip
    meter = Progress("none" if quiet else progress, every=log_every, warnings=not quiet)
    try:
        result = run_corpus(inputs, out_dir, read, analysis, options, meter)
    except KeyboardInterrupt:
        click.echo(f"quellcheck: interrupted; finished batches are saved: run the same command with --resume to finish {out_dir}", err=True)
        click.get_current_context().exit(130)
    if not quiet:
        rate = result.manifest["timings"]["articles_per_second_this_session"]
        failed = f", {result.failed:,} failed (see {Path(out_dir) / 'errors'})" if result.failed else ""
        renamed = f", {result.duplicates:,} repeated id(s) renamed (see manifest.json)" if result.duplicates else ""
        n_warnings = result.manifest["counts"].get("warnings", 0)
        renamed += f", {n_warnings:,} warning(s) (see manifest.json)" if n_warnings else ""
        click.echo(
            f"quellcheck: {result.analysed:,} of {result.articles:,} articles analysed into {out_dir}{failed}{renamed}; "
            f"{result.seconds:,.1f} s this session ({rate or 0:,.0f} articles/s)",
            err=True,
        )
    click.get_current_context().exit(result.exit_code)

