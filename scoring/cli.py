"""The ``quellcheck`` command line: a thin click layer over :mod:`scoring`.

Library errors become one line on stderr (``quellcheck: error: INPUT: …``)
and a documented exit code, never a traceback (``--debug`` shows it).
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import IO, Any

import click

from scoring._version import __version__
from scoring.errors import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_OUTPUT,
    OutputError,
    QuellcheckError,
    UsageError,
)
from scoring.config import load_config
from scoring.lang import normalise_lang
from scoring.sources import registry
from scoring.output import atomic_write, dumps_article
from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.readers import DEFAULT_MAX_CHARS, INPUT_FORMATS, ArticleInput, InputFailure, ReadOptions, iter_articles
from scoring.results import ArticleAnalysis, batch_tables
from scoring.tables_io import find_table, read_table, write_tables

EXIT_CODES_HELP = """\b
Exit codes:
  0   every input was analysed
  1   some inputs could not be analysed (each is named on stderr); the rest were
  2   usage error (bad option or argument)
  3   the output could not be written
  70  internal error in quellcheck (please report it)
"""


class _Run:
    """Bookkeeping for one command: messages on stderr and the exit code."""

    def __init__(self, debug: bool, quiet: bool) -> None:
        self.debug = debug
        self.quiet = quiet
        self.exit_code = EXIT_OK
        self.ok = 0
        self.failed = 0

    def _raise_code(self, code: int) -> None:
        precedence = [EXIT_OK, EXIT_INPUT, EXIT_OUTPUT, EXIT_INTERNAL]
        if precedence.index(code) > precedence.index(self.exit_code):
            self.exit_code = code

    def error(self, name: str, exc: BaseException) -> None:
        self.failed += 1
        if isinstance(exc, QuellcheckError):
            click.echo(f"quellcheck: error: {name}: {exc}", err=True)
            self._raise_code(exc.exit_code if exc.exit_code in (EXIT_INPUT, EXIT_OUTPUT) else EXIT_INTERNAL)
        else:
            click.echo(
                f"quellcheck: internal error: {name}: {type(exc).__name__}: {exc} "
                "(run with --debug for the traceback; please report this)",
                err=True,
            )
            if self.debug:
                traceback.print_exception(exc, file=sys.stderr)
            self._raise_code(EXIT_INTERNAL)

    def warn(self, name: str, message: str) -> None:
        if not self.quiet:
            click.echo(f"quellcheck: warning: {name}: {message}", err=True)


def _analyses(inputs: tuple[str, ...], read: ReadOptions, options: AnalysisOptions, run: _Run) -> Iterator[ArticleAnalysis]:
    """Analyse every article of ``inputs`` in order, reporting failures and going on."""
    seen_ids: dict[str, int] = {}
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
        run.ok += 1
        yield analysis


def _make_id_unique(analysis: ArticleAnalysis, item: ArticleInput, seen: dict[str, int], run: _Run) -> None:
    article_id = analysis.article_id
    if article_id not in seen:
        seen[article_id] = 1
        return
    seen[article_id] += 1
    new_id = f"{article_id}~{seen[article_id]}"
    run.warn(item.name, f"article id {article_id!r} already used; this one is {new_id!r}")
    for row in [analysis.article, analysis.scores, *analysis.sentences, *analysis.cues,
                *analysis.attributions, *analysis.sources, *analysis.claims]:  # fmt: skip
        if row:
            row["article_id"] = new_id


def _write_json(analyses: Iterator[ArticleAnalysis], out: IO[str]) -> None:
    """One article: a pretty object; several: JSON Lines in input order."""
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


def _handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn stray exceptions in a command into one line and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = bool(ctx.find_root().params.get("debug"))
        try:
            return func(*args, **kwargs)
        except QuellcheckError as exc:
            if debug:
                traceback.print_exc()
            click.echo(f"quellcheck: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
            ctx.exit(EXIT_OK)
        except KeyboardInterrupt:
            click.echo("quellcheck: interrupted", err=True)
            ctx.exit(130)
        except click.exceptions.Exit:
            raise
        except Exception as exc:
            if debug:
                traceback.print_exc()
            click.echo(
                f"quellcheck: internal error: {type(exc).__name__}: {exc} "
                "(run with --debug for the traceback; please report this)",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)

    return wrapper


def _check_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return normalise_lang(value)
    except QuellcheckError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quellcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def main(debug: bool) -> None:
    """quellcheck: source criticism for news text.

    Finds hedges, attributions, loaded wording and the sources an article relies
    on, and writes them as validated tables, scores and reports.
    """


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--lang",
    default="auto",
    show_default=True,
    callback=_check_lang,
    help="Language of the articles: auto, de, en or es (tags like de-AT are accepted).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text", "html", "md"]),
    default="json",
    show_default=True,
    help="json: the tables (one object, or JSON Lines for several articles); text: a short summary; "
    "html: a self-contained report (several articles: -o names a directory, one file each); md: Markdown.",
)
@click.option("--ui-lang", type=click.Choice(["de", "en"]), help="Language of report labels (default: German for German articles, else English).")
@click.option("--timestamp", is_flag=True, help="Put the current time into HTML reports (off: reports are byte-identical for the same input).")
@click.option("--tables", "tables_dir", type=click.Path(file_okay=False), help="Also write the seven tables to this directory.")
@click.option("--tables-format", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True, help="File format for --tables.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file (atomically) instead of standard output.",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="Read inputs as this format instead of going by the file suffix.",
)
@click.option("--csv-sep", help="CSV field separator (default: detected from the header: , ; tab |).")
@click.option("--csv-quote", default='"', show_default=True, help="CSV quote character.")
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Refuse articles longer than this many characters.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="TOML file with a [profile] table (reliability weights, thresholds); see METHODS.md.",
)
@click.option(
    "--registry",
    "registry_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra source-registry TSV (same columns as scoring/lexicons/mul/sources.tsv); repeatable.",
)
@click.option("-q", "--quiet", is_flag=True, help="No warnings or summary on stderr (errors are still shown).")
@_handle_errors
def analyze(
    inputs: tuple[str, ...],
    lang: str,
    output_format: str,
    output: str | None,
    input_format: str,
    csv_sep: str | None,
    csv_quote: str,
    max_chars: int,
    config_path: str | None,
    registry_files: tuple[str, ...],
    quiet: bool,
    ui_lang: str | None = None,
    timestamp: bool = False,
    tables_dir: str | None = None,
    tables_format: str = "parquet",
) -> None:
    """Analyse articles and write their tables.

    INPUT is a .txt, .md, .html, .json, .jsonl or .csv file, a directory (every
    supported file below it) or - for standard input. JSON and CSV rows need a
    'text' field; 'id', 'title', 'outlet', 'url', 'published' and 'lang' are
    used when present, other fields are kept in the article's 'meta'.
    """
    ctx = click.get_current_context()
    run = _Run(debug=bool(ctx.find_root().params.get("debug")), quiet=quiet)
    options = AnalysisOptions(
        lang=lang, max_chars=max_chars, config=load_config(config_path), registry_files=tuple(registry_files),
        readability=True,
    )  # fmt: skip
    registry(options.registry_files)  # a malformed registry file is a usage error, reported once
    read = ReadOptions(input_format=input_format, csv_sep=csv_sep, csv_quote=csv_quote, max_chars=max_chars)
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
        try:
            write_tables(tables_dir, batch_tables(kept), tables_format)
        except OSError as exc:
            run.error(tables_dir, OutputError(f"cannot write tables: {exc.strerror or exc}"))
    if not quiet and (run.failed or run.ok > 1):
        where = f" to {output}" if output and run.ok else ""
        click.echo(f"quellcheck: analysed {run.ok:,} article(s){where}, {run.failed:,} failed", err=True)
    ctx.exit(run.exit_code)


def _keeping(analyses: Iterator[ArticleAnalysis], kept: list[ArticleAnalysis]) -> Iterator[ArticleAnalysis]:
    for analysis in analyses:
        kept.append(analysis)
        yield analysis


def _is_directory_target(output: str) -> bool:
    path = Path(output)
    return path.is_dir() or not path.suffix


def _safe_name(article_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in article_id)[:150] or "article"


def _write_markdown(analyses: Iterator[ArticleAnalysis], out: IO[str], ui_lang: str | None) -> None:
    from reports import render_article_markdown

    for n, analysis in enumerate(analyses):
        if n:
            out.write("\n---\n\n")
        out.write(render_article_markdown(analysis.tables(), ui_lang))


def _write_html_single(
    analyses: Iterator[ArticleAnalysis], out: IO[str], ui_lang: str | None, generated: str | None, run: _Run
) -> None:
    from reports import render_article_html

    first = next(analyses, None)
    if first is None:
        return
    if next(analyses, None) is not None:
        raise UsageError("several articles give several HTML reports: name a directory with -o")
    out.write(render_article_html(first.tables(), ui_lang, generated=generated))


def _write_html_directory(
    analyses: Iterator[ArticleAnalysis], directory: Path, ui_lang: str | None, generated: str | None, run: _Run
) -> None:
    from reports import render_article_html

    for analysis in analyses:
        path = directory / f"{_safe_name(analysis.article_id)}.html"
        try:
            with atomic_write(path) as handle:
                handle.write(render_article_html(analysis.tables(), ui_lang, generated=generated))
        except OutputError as exc:
            run.error(str(path), exc)


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("tables_dir", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write (atomically).")
@click.option("--group-by", help="Group by this column of articles or scores, or a field of articles.meta (default: outlet).")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), default="en", show_default=True, help="Language of the report labels.")
@click.option("--reports-dir", type=click.Path(file_okay=False), help="Directory of per-article reports (<article_id>.html) to link to.")
@click.option("--max-rows", type=click.IntRange(min=1), default=1000, show_default=True, help="Articles listed in the table (lowest reliability first).")
@click.option("--title", help="Title of the report.")
@_handle_errors
def report(tables_dir: str, output: str, group_by: str | None, ui_lang: str, reports_dir: str | None, max_rows: int, title: str | None) -> None:
    """Render the corpus report from tables saved as Parquet or CSV.

    TABLES_DIR holds articles, scores, sources and cues tables as written by
    'quellcheck analyze --tables' or 'quellcheck corpus'. Works for one article
    and for 100,000: distributions are aggregated, and only the articles with
    the lowest reliability are listed (--max-rows).
    """
    from reports.corpus import NEEDED, render_corpus_html

    frames = {}
    for table, cols in NEEDED.items():
        if table in ("sources", "cues") and find_table(tables_dir, table) is None:
            continue
        frames[table] = read_table(tables_dir, table, cols)
    href = None
    if reports_dir:
        href = os.path.relpath(Path(reports_dir).resolve(), Path(output).resolve().parent)
    try:
        html = render_corpus_html(frames, group_by, ui_lang, reports_dir, href, max_rows, title)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with atomic_write(output) as handle:
        handle.write(html)
    click.echo(f"quellcheck: corpus report for {len(frames['articles']):,} articles written to {output}", err=True)


class _NothingWritten(Exception):
    """No article succeeded: leave any existing output file untouched."""


if __name__ == "__main__":  # pragma: no cover
    main()
