"""``quellcheck analyze``: articles in, tables (JSON), summaries or reports out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from scoring.cli.common import (
    EXIT_CODES_HELP,
    Run,
    analysis_options,
    checked_lexicons,
    debug_enabled,
    handle_errors,
    input_options,
    prepare_tables,
    read_options,
)
from scoring.errors import InputError, OutputError, QuellcheckError, UsageError

if TYPE_CHECKING:
    from scoring.pipeline import AnalysisOptions
    from scoring.reading.readers import ArticleInput, ReadOptions
    from scoring.results import ArticleAnalysis


def _analyses(inputs: tuple[str, ...], read: ReadOptions, options: AnalysisOptions, run: Run) -> Iterator[ArticleAnalysis]:
    """Analyse every article of ``inputs`` in order, reporting failures and going on."""
    from scoring.analysis.scorer import unscored_note
    from scoring.languages import scored_codes
    from scoring.pipeline import analyze_input
    from scoring.reading.readers import InputFailure, iter_articles

    seen_ids: dict[str, int] = {}
    unscored_warned: set[str] = set()
    for item in iter_articles(inputs, read):
        if isinstance(item, InputFailure):
            run.error(item.name, item.error)
            continue
        try:
            analysis = analyze_input(item, options)
        except Exception as exc:  # one bad article never stops the batch
            run.error(item.name, exc)
            continue
        _make_id_unique(analysis, item, seen_ids, run)
        for warning in analysis.warnings:
            run.warn(item.name, warning)
        lang = analysis.article["lang"]
        if lang not in scored_codes() and lang not in unscored_warned:
            unscored_warned.add(lang)  # once per language: the tables say it for every article
            run.warn(item.name, f"{unscored_note(lang)}: its articles get sentences but no cues, attributions "
                                "or scores (reliability_note in the scores table says so)")  # fmt: skip
        run.ok += 1
        yield analysis


def _make_id_unique(analysis: ArticleAnalysis, item: ArticleInput, seen: dict[str, int], run: Run) -> None:
    """Give a repeated article id a suffix (``id~2``), as a corpus run does: never one already used
    ("x", "x", "x~2" become "x", "x~2", "x~2~2")."""
    from scoring.reading.readers import unique_id

    article_id = analysis.article_id
    new_id = unique_id(seen, article_id)
    if new_id == article_id:
        return
    run.warn(item.name, f"article id {article_id!r} already used; this one is {new_id!r}")
    for row in [analysis.article, analysis.scores, *analysis.sentences, *analysis.cues,
                *analysis.attributions, *analysis.sources, *analysis.claims]:  # fmt: skip
        if row:
            row["article_id"] = new_id


def _write_json(analyses: Iterator[ArticleAnalysis], out: IO[str]) -> None:
    """One article: a pretty object; several: JSON Lines in input order."""
    from scoring.output.files import dumps_article

    first = next(analyses, None)
    if first is None:
        return
    second = next(analyses, None)
    if second is None:
        out.write(dumps_article(first.to_json_obj(), pretty=True) + "\n")
        return
    for analysis in (first, second):
        out.write(dumps_article(analysis.to_json_obj(), pretty=False) + "\n")
    for analysis in analyses:
        out.write(dumps_article(analysis.to_json_obj(), pretty=False) + "\n")


def _write_text(analyses: Iterator[ArticleAnalysis], out: IO[str], color: bool) -> None:
    from reports import render_summary

    for n, analysis in enumerate(analyses):
        if n:
            out.write("\n")
        click.echo(render_summary(analysis.tables()), file=out, color=color)


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@analysis_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text", "html", "md"]),
    default="json",
    show_default=True,
    help="json: the tables (one object, or JSON Lines for several articles); text: a short summary; "
    "html: a self-contained report (several articles: -o names a directory, one file each); md: Markdown.",
)
@click.option("--ui-lang", type=click.Choice(["de", "en", "es"]), help="Language of report labels (default: German for German articles, Spanish for Spanish ones, else English).")
@click.option("--readability/--no-readability", default=True, show_default=True, help="Compute readability (reading ease and grade, about 2.5 ms per article); without it the report says it was not computed.")
@click.option("--timestamp", is_flag=True, help="Put the current time into HTML reports (off: reports are byte-identical for the same input).")
@click.option("--tables", "tables_dir", type=click.Path(file_okay=False), help="Also write the eight tables to this directory.")
@click.option("--tables-format", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True, help="File format for --tables.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file (a regular file is replaced atomically; a device or FIFO is written to; - is standard output).",
)
@input_options
@click.option("-q", "--quiet", is_flag=True, help="No warnings or summary on stderr (errors are still shown).")
@handle_errors
def analyze(
    inputs: tuple[str, ...],
    lang: str,
    output_format: str,
    output: str | None,
    max_chars: int,
    config_path: str | None,
    registry_files: tuple[str, ...],
    lexicon_files: tuple[str, ...],
    quiet: bool,
    ui_lang: str | None = None,
    timestamp: bool = False,
    tables_dir: str | None = None,
    tables_format: str = "parquet",
    readability: bool = True,
    **input_params: Any,
) -> None:
    """Analyse articles and write their tables.

    INPUT is a .txt, .md, .html, .json, .jsonl or .csv file, a directory (every
    supported file below it) or - for standard input. JSON and CSV rows need a
    'text' field; 'id', 'title', 'outlet', 'url', 'published' and 'lang' are
    used when present, other fields are kept in the article's 'meta'.
    """
    from scoring.analysis.sources import registry
    from scoring.config import load_config
    from scoring.output.files import atomic_write
    from scoring.pipeline import AnalysisOptions

    ctx = click.get_current_context()
    run = Run(debug=debug_enabled(ctx), quiet=quiet)
    if output == "-":
        output = None  # standard output
    if output_format != "json" or tables_dir:
        prepare_tables()  # reports and --tables validate the tables; JSON is written from the rows
    options = AnalysisOptions(
        lang=lang, max_chars=max_chars, config=load_config(config_path), registry_files=tuple(registry_files),
        lexicon_files=checked_lexicons(lexicon_files), readability=readability,
    )  # fmt: skip
    registry(options.registry_files)  # a malformed registry file is a usage error, reported once
    read = read_options({**input_params, "max_chars": max_chars})
    analyses = _analyses(inputs, read, options, run)
    kept: list[ArticleAnalysis] = []
    if tables_dir:
        analyses = _keeping(analyses, kept)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None

    def write(out: IO[str], color: bool) -> None:
        if output_format == "json":
            _write_json(analyses, out)
        elif output_format == "md":
            _write_markdown(analyses, out, ui_lang)
        elif output_format == "html":
            _write_html_single(analyses, out, ui_lang, generated, run)
        else:
            _write_text(analyses, out, color)

    if output_format == "html" and output and _is_directory_target(output):
        _write_html_directory(analyses, Path(output), ui_lang, generated, run)
    elif output:
        try:
            with atomic_write(output) as handle:
                write(handle, color=False)
                if run.ok == 0:
                    raise _NothingWritten
        except _NothingWritten:
            pass
        except QuellcheckError:
            raise
        except OSError as exc:
            run.error(output, OutputError(f"cannot write: {exc.strerror or exc}"))
    else:
        write(sys.stdout, color=sys.stdout.isatty())
        sys.stdout.flush()

    if tables_dir and kept:
        from scoring.output.tables import write_tables
        from scoring.results import batch_tables

        try:
            write_tables(tables_dir, batch_tables(kept), tables_format)
        except OSError as exc:
            run.error(tables_dir, OutputError(f"cannot write tables: {exc.strerror or exc}"))
    if run.ok == 0 and run.failed == 0:
        run.error(", ".join(inputs), InputError("no articles in the input (an empty file, an empty JSON array, or a table without rows)"))
        ctx.exit(run.exit_code)
    if not quiet and (run.failed or run.ok > 1):
        where = f" to {output}" if output and run.ok else ""
        click.echo(f"quellcheck: analysed {run.ok:,} article(s){where}, {run.failed:,} failed", err=True)
    ctx.exit(run.exit_code)


def _keeping(analyses: Iterator[ArticleAnalysis], kept: list[ArticleAnalysis]) -> Iterator[ArticleAnalysis]:
    for analysis in analyses:
        kept.append(analysis)
        yield analysis


def _is_directory_target(output: str) -> bool:
    """Whether ``-o`` names a directory for one report per article: an existing directory, or a new
    path without a suffix. An existing file, device or FIFO (``/dev/stdout``) is written as it is."""
    path = Path(output)
    if path.exists():
        return path.is_dir()
    return not path.suffix


def _write_markdown(analyses: Iterator[ArticleAnalysis], out: IO[str], ui_lang: str | None) -> None:
    from reports import render_article_markdown

    for n, analysis in enumerate(analyses):
        if n:
            out.write("\n---\n\n")
        out.write(render_article_markdown(analysis.tables(), ui_lang))


def _write_html_single(
    analyses: Iterator[ArticleAnalysis], out: IO[str], ui_lang: str | None, generated: str | None, run: Run
) -> None:
    from reports import render_article_html

    first = next(analyses, None)
    if first is None:
        return
    if next(analyses, None) is not None:
        raise UsageError("several articles give several HTML reports: name a directory with -o")
    out.write(render_article_html(first.tables(), ui_lang, generated=generated))


def _write_html_directory(
    analyses: Iterator[ArticleAnalysis], directory: Path, ui_lang: str | None, generated: str | None, run: Run
) -> None:
    from reports import render_article_html, safe_file_stem
    from scoring.output.files import atomic_write

    for analysis in analyses:
        path = directory / f"{safe_file_stem(analysis.article_id)}.html"
        try:
            with atomic_write(path) as handle:
                handle.write(render_article_html(analysis.tables(), ui_lang, generated=generated))
        except OutputError as exc:
            run.error(str(path), exc)


class _NothingWritten(Exception):
    """No article succeeded: leave any existing output file untouched."""


