"""The ``quellcheck`` command line: a thin click layer over :mod:`scoring`.

Library errors become one line on stderr (``quellcheck: error: INPUT: …``)
and a documented exit code, never a traceback (``--debug`` shows it).
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import sys
import traceback
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import IO, Any

import click

from schemas import load_check_backends
from scoring._version import __version__
from scoring.errors import (
    LexiconError,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    InputError,
    OutputError,
    QuellcheckError,
    UnscoredLanguageError,
    UsageError,
)
from scoring.config import load_config
from scoring.cleaning.langid import normalise_lang
from scoring.analysis.sources import registry
from scoring.output.files import atomic_write, dumps_article
from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import DEFAULT_MAX_CHARS, INPUT_FORMATS, ArticleInput, InputFailure, ReadOptions, iter_articles
from scoring.results import ArticleAnalysis, batch_tables
from scoring.output.tables import find_table, read_table, write_tables

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
    from scoring.analysis.scorer import unscored_note
    from scoring.languages import scored_codes

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
        try:
            return func(*args, **kwargs)
        except QuellcheckError as exc:
            if debug_enabled(ctx):
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
            if debug_enabled(ctx):
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


def _input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options saying how inputs are read: format, CSV dialect, column names, size limit."""
    options = [
        click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
                     help="Read inputs as this format instead of going by the file suffix."),
        click.option("--csv-sep", help="CSV field separator (default: detected from the header: , ; tab |)."),
        click.option("--csv-quote", default='"', show_default=True, help="CSV quote character (the 10kGNAD files use ')."),
        click.option("--text-col", help="Column (or JSON field) holding the article text [default: text]."),
        click.option("--id-col", help="Column holding the article id [default: id; missing: a hash of the text]."),
        click.option("--title-col", help="Column holding the title [default: title]."),
        click.option("--outlet-col", help="Column holding the outlet [default: outlet]."),
        click.option("--url-col", help="Column holding the URL [default: url]."),
        click.option("--published-col", help="Column holding the publication date [default: published]."),
        click.option("--lang-col", help="Column holding the language code [default: lang]."),
        click.option("--no-header", is_flag=True, help="CSV files have no header row (name the columns with --columns)."),
        click.option("--columns", "column_names", help="Comma-separated column names for --no-header CSV, e.g. label,text."),
        click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
                     help="Refuse articles longer than this many characters."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def _analysis_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options that change the analysis: language, profile configuration, extra registry files."""
    options = [
        click.option("--lang", default="auto", show_default=True, callback=_check_lang,
                     help="Language of the articles: auto, de, en or es (tags like de-AT are accepted)."),
        click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
                     help="TOML file with a [profile] table (reliability weights, thresholds); see METHODS.md."),
        click.option("--registry", "registry_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra source-registry TSV (same columns as scoring/languages/mul/lexicons/sources.tsv); repeatable."),
        click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra cue-lexicon TSV adding hedges, boosters or loaded terms ('# name: loaded'); repeatable."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def _checked_lexicons(paths: tuple[str, ...]) -> tuple[str, ...]:
    """User cue-lexicon files, loaded once so a malformed one is a usage error before any article."""
    from scoring.analysis.cues import extra_cue_lexicons
    from scoring.analysis.hedging import CUE_LEXICONS

    try:
        extra_cue_lexicons(paths, dict(CUE_LEXICONS))
    except LexiconError as exc:
        raise UsageError(str(exc)) from None
    return tuple(str(Path(p).resolve()) for p in paths)


_COLUMN_OPTIONS = ("text", "id", "title", "outlet", "url", "published", "lang")


def _read_options(params: dict[str, Any]) -> ReadOptions:
    """The :class:`ReadOptions` from the values of :func:`_input_options` (consumed from ``params``)."""
    column_map = tuple(
        (name, value) for name in _COLUMN_OPTIONS if (value := params.pop(f"{name}_col", None))
    )
    names = params.pop("column_names", None)
    header = not params.pop("no_header", False)
    if names and header:
        raise UsageError("--columns names the columns of header-less CSV files: add --no-header")
    columns = tuple(c.strip() for c in names.split(",")) if names else ()
    if any(not c for c in columns):
        raise UsageError("--columns has an empty name; give comma-separated names like label,text")
    return ReadOptions(
        input_format=params.pop("input_format"),
        csv_sep=params.pop("csv_sep"),
        csv_quote=params.pop("csv_quote"),
        max_chars=params["max_chars"],
        column_map=column_map,
        header=header,
        columns=columns,
    )


def debug_enabled(ctx: click.Context) -> bool:
    """Whether ``--debug`` was given, before the command (``quellcheck --debug corpus``) or after it."""
    return bool(ctx.find_root().params.get("debug") or ctx.meta.get("quellcheck.debug"))


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta["quellcheck.debug"] = True


_DEBUG_HELP = "Show tracebacks for internal errors."


class _Commands(click.Group):
    """The command group; commands with heavy dependencies are imported only when used.

    Every command also takes ``--debug`` (the error hint says "run with --debug", and users put
    it after the command name).
    """

    lazy = {"serve": "scoring.web.cli:serve"}  # FastAPI, uvicorn, matplotlib: not for every command's start-up

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attr = self.lazy[name].split(":")
            command = getattr(importlib.import_module(module), attr)
        else:
            command = super().get_command(ctx, name)
        if command is not None and not any(p.name == "debug" for p in command.params):
            command.params.append(click.Option(["--debug"], is_flag=True, expose_value=False, is_eager=True,
                                               callback=_set_debug, help=_DEBUG_HELP))  # fmt: skip
        return command


@click.group(cls=_Commands, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quellcheck")
@click.option("--debug", is_flag=True, help=_DEBUG_HELP)
def main(debug: bool) -> None:
    """quellcheck: source criticism for news text.

    Finds hedges, attributions, loaded wording and the sources an article relies
    on, and writes them as validated tables, scores and reports.
    """
    load_check_backends(data_synthesis=False)  # every command validates tables; 0.1 s less start-up


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@_analysis_options
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
    help="Write to this file (a regular file is replaced atomically; a device or FIFO is written to; - is standard output).",
)
@_input_options
@click.option("-q", "--quiet", is_flag=True, help="No warnings or summary on stderr (errors are still shown).")
@_handle_errors
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
    **input_params: Any,
) -> None:
    """Analyse articles and write their tables.

    INPUT is a .txt, .md, .html, .json, .jsonl or .csv file, a directory (every
    supported file below it) or - for standard input. JSON and CSV rows need a
    'text' field; 'id', 'title', 'outlet', 'url', 'published' and 'lang' are
    used when present, other fields are kept in the article's 'meta'.
    """
    ctx = click.get_current_context()
    run = _Run(debug=debug_enabled(ctx), quiet=quiet)
    if output == "-":
        output = None  # standard output
    options = AnalysisOptions(
        lang=lang, max_chars=max_chars, config=load_config(config_path), registry_files=tuple(registry_files),
        lexicon_files=_checked_lexicons(lexicon_files), readability=True,
    )  # fmt: skip
    registry(options.registry_files)  # a malformed registry file is a usage error, reported once
    read = _read_options({**input_params, "max_chars": max_chars})
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
    from reports import render_article_html, safe_file_stem

    for analysis in analyses:
        path = directory / f"{safe_file_stem(analysis.article_id)}.html"
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
    from reports.corpus import render_corpus_html
    from scoring.output.tables import load_corpus_tables

    frames = load_corpus_tables(tables_dir, group_by)
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


CHECK_EXIT_HELP = """\b
Exit codes:
  0   no finding at or above --fail-on
  1   findings at or above --fail-on (default: warning), or a file could not
      be read or analysed (named on stderr; the other files are still checked)
  2   usage error (bad option, bad configuration file, unknown rule), or a
      draft in a language without scorers (unless --allow-unscored)
"""


@main.command(epilog=CHECK_EXIT_HELP)
@click.argument("inputs", nargs=-1, metavar="FILE...")
@click.option("--format", "output_format", type=click.Choice(["gnu", "json"]), default="gnu", show_default=True,
              help="gnu: path:line:col: severity: message [rule-id], one line per finding; json: a list of objects for tools.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), help="Lowest severity that makes the exit code 1 [default: from the configuration, else warning].")
@click.option("--select", "enable", multiple=True, metavar="RULE", help="Turn this rule on (also rules off by default); repeatable.")
@click.option("--ignore", "disable", multiple=True, metavar="RULE", help="Turn this rule off; repeatable.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), help="Use this .quellcheck.toml or pyproject.toml instead of looking for one.")
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option("--lang", default=None, callback=lambda ctx, p, v: None if v is None else _check_lang(ctx, p, v), help="Language of the drafts [default: from the configuration, else auto].")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), help="Language of the messages [default: from the configuration, else en].")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra cue-lexicon TSV (adds to the configuration's); repeatable.")
@click.option("--registry", "registry_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra source-registry TSV (adds to the configuration's); repeatable.")
@click.option("--list-rules", is_flag=True, help="List the rules with their default severities and exit.")
@click.option("--allow-unscored", is_flag=True, help="A draft in a language without scorers is reported as not checked, but does not make the exit code 2.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@_handle_errors
def check(inputs: tuple[str, ...], output_format: str, fail_on: str | None, enable: tuple[str, ...], disable: tuple[str, ...],
          config_file: str | None, no_config: bool, lang: str | None, ui_lang: str | None, lexicon_files: tuple[str, ...],
          registry_files: tuple[str, ...], list_rules: bool, quiet: bool, allow_unscored: bool = False) -> None:  # fmt: skip
    """Check drafts like a linter: each finding as path:line:col: severity: message [rule-id].

    FILE is a .txt, .md or .html draft (or a directory of them, or - for
    standard input). Settings come from [tool.quellcheck] in pyproject.toml or
    from .quellcheck.toml, looked up from each file's directory: enable,
    disable, severity, thresholds, lexicons, registries, lang, ui-lang,
    fail-on. Silence a finding in the text with <!-- quellcheck: ignore RULE -->
    (see README). Rules: quellcheck check --list-rules.
    """
    from scoring.lint.check import check_input, draft_files, fails, find_config, load_settings, rules_table

    if list_rules:
        click.echo(rules_table(ui_lang or "en"))
        return
    if not inputs:
        raise UsageError("no FILE given (use - for standard input, --list-rules for the rules)")
    cached: dict[str | None, Any] = {}

    def settings_for(path: str) -> Any:
        if no_config:
            source = None
        elif config_file:
            source = Path(config_file)
        else:
            source = find_config(Path.cwd() if path == "<stdin>" else Path(path))
        key = str(source) if source else None
        if key not in cached:
            base = load_settings(source)
            try:
                rules = replace(base.rules, enable=base.rules.enable | set(enable), disable=(base.rules.disable | set(disable)) - set(enable))
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            cached[key] = replace(
                base, rules=rules, lang=lang or base.lang, ui_lang=ui_lang or base.ui_lang, fail_on=fail_on or base.fail_on,
                lexicons=_checked_lexicons(base.lexicons + lexicon_files), registries=base.registries + tuple(registry_files),
            )  # fmt: skip
            registry(cached[key].registries)
        return cached[key]

    settings_for(inputs[0] if inputs[0] != "-" else "<stdin>")  # a bad configuration is reported before any file
    located_all: list[Any] = []
    failed = unscored = 0
    failing = False
    files = 0
    drafts, problems = draft_files(inputs)
    for problem in problems:
        click.echo(f"quellcheck: error: {problem}", err=True)
        failed += 1
    for item in iter_articles(drafts, ReadOptions()):
        if isinstance(item, InputFailure):
            click.echo(f"quellcheck: error: {item.name}: {item.error}", err=True)
            failed += 1
            continue
        if item.input_format not in ("txt", "md", "html"):
            click.echo(f"quellcheck: error: {item.name}: check works on draft files (.txt, .md, .html); "
                       "use 'quellcheck analyze' or 'corpus' for JSON, CSV and Parquet", err=True)  # fmt: skip
            failed += 1
            continue
        settings = settings_for(item.name)
        try:
            located, warnings = check_input(item, settings)
        except UnscoredLanguageError as exc:
            click.echo(f"{item.name}: {exc}", err=True)  # never a silent "0 findings"
            unscored += 1
            continue
        except QuellcheckError as exc:
            click.echo(f"quellcheck: error: {item.name}: {exc}", err=True)
            failed += 1
            continue
        files += 1
        for warning in warnings:
            click.echo(f"quellcheck: warning: {item.name}: {warning}", err=True)
        failing = failing or fails(located, settings.fail_on)
        if output_format == "gnu":
            for loc in located:
                click.echo(loc.gnu(settings.ui_lang))
        located_all.extend(located)
    if output_format == "json":
        click.echo(json.dumps([loc.to_json() for loc in located_all], ensure_ascii=False, indent=1))
    if not quiet:
        counts = {level: sum(1 for loc in located_all if loc.finding.severity == level) for level in ("error", "warning", "info")}
        summary = ", ".join(f"{n} {level}{'s' if n != 1 and level != 'info' else ''}" for level, n in counts.items())
        click.echo(f"quellcheck: {len(located_all)} finding(s) in {files} file(s): {summary}"
                   + (f"; {failed} file(s) failed" if failed else "")
                   + (f"; {unscored} file(s) not checked (no scorers for their language)" if unscored else ""), err=True)  # fmt: skip
    if unscored and not allow_unscored:
        click.get_current_context().exit(EXIT_USAGE)
    if failed:
        click.get_current_context().exit(EXIT_INPUT)
    if failing:
        click.get_current_context().exit(1)


CORPUS_EXIT_HELP = """\b
Exit codes:
  0   every article was analysed
  1   some articles could not be analysed: they are listed in OUTDIR/errors/
  2   usage error (bad option, OUTDIR not empty, resume with other settings)
  3   the output could not be written (the run can be resumed with --resume)
  70  internal error in quellcheck (please report it)
  130 interrupted (the run can be resumed with --resume)
"""


@main.command(epilog=CORPUS_EXIT_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory for the datasets, manifest and reports (new or empty, or the run to --resume).")
@_analysis_options
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
@click.option("--ui-lang", type=click.Choice(["de", "en"]), help="Language of report labels.")
@click.option("--readability", is_flag=True, help="Compute readability figures (about 10% slower).")
@_input_options
@click.option("--progress", type=click.Choice(["auto", "bar", "log", "none"]), default="auto", show_default=True, help="auto: a live bar on a terminal, log lines otherwise.")
@click.option("--log-every", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Seconds between progress log lines.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
@_handle_errors
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
    readability: bool,
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
    from scoring.corpus.run import CorpusOptions, Progress, run_corpus

    read = _read_options({**input_params, "max_chars": max_chars})
    analysis = AnalysisOptions(
        lang=lang, max_chars=max_chars, config=load_config(config_path), registry_files=tuple(registry_files),
        lexicon_files=_checked_lexicons(lexicon_files), readability=readability,
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


def _read_csv_table(path: str, what: str) -> Any:
    """A small CSV (ratings, codes) as a DataFrame; the separator is detected."""
    import pandas as pd

    try:
        return pd.read_csv(path, sep=None, engine="python", dtype={"article_id": str}, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        raise InputError(f"{path}: cannot read the {what} CSV: {str(exc).splitlines()[0]}") from None


@main.command()
@click.argument("ratings", type=click.Path(exists=True, dir_okay=False), metavar="RATINGS.csv")
@click.option("--tables", "tables_dir", required=True, type=click.Path(exists=True, file_okay=False), help="Tables of the rated articles (from 'quellcheck corpus' or 'analyze --tables').")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the fitted weights as a config file (TOML) for --config.")
@click.option("--kind", type=click.Choice(["auto", "binary", "ordinal"]), default="auto", show_default=True, help="binary: ratings 0/1; ordinal: three or more integer levels.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Cross-validation folds.")
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of the fold split.")
@click.option("--id-col", default="article_id", show_default=True, help="Column of RATINGS.csv with the article id.")
@click.option("--rating-col", default="rating", show_default=True, help="Column of RATINGS.csv with the human rating.")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), default="en", show_default=True, help="Language of the printed summary.")
@_handle_errors
def calibrate(ratings: str, tables_dir: str, output: str | None, kind: str, folds: int, seed: int, id_col: str, rating_col: str, ui_lang: str) -> None:
    """Fit the reliability weights to your own human ratings.

    RATINGS.csv has one row per article: its id (as in the articles table) and
    a rating, binary (1 = reliable) or ordinal (e.g. 1-5, higher = more
    reliable). Prints cross-validated figures for the fitted weights beside
    those of the default weights, and with -o writes them as a config file
    that analyze, corpus and check accept with --config.
    """
    from scoring.research.calibrate import calibrate as fit
    from scoring.config import COMPONENTS

    frame = _read_csv_table(ratings, "ratings")
    missing = [c for c in (id_col, rating_col) if c not in frame.columns]
    if missing:
        raise InputError(f"{ratings}: no column {', '.join(map(repr, missing))} (columns: {', '.join(map(str, frame.columns[:10]))}); name them with --id-col/--rating-col")
    frame = frame.rename(columns={id_col: "article_id", rating_col: "rating"})[["article_id", "rating"]]
    scores = read_table(tables_dir, "scores", ["article_id", *COMPONENTS, "reliability"], check=False)
    result = fit(frame, scores, kind=kind, folds=folds, seed=seed)
    click.echo(result.summary(ui_lang), nl=False)
    if output:
        with atomic_write(output) as handle:
            handle.write(result.to_toml())
        click.echo(f"quellcheck: weights written to {output} (use it with --config {output})", err=True)


@main.command()
@click.argument("codes", type=click.Path(exists=True, dir_okay=False), metavar="CODES.csv")
@click.option("--tables", "tables_dir", type=click.Path(exists=True, file_okay=False), help="Tables of the coded articles: compare quellcheck with each coder too.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also write the agreement table as CSV.")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), default="en", show_default=True, help="Language of the table and interpretation.")
@_handle_errors
def agree(codes: str, tables_dir: str | None, output: str | None, ui_lang: str) -> None:
    """Agreement between human coders, and between quellcheck and each coder.

    CODES.csv codes sentences (article_id and sent_id as in the sentences
    table) per coder: either wide, with columns coder, article_id, sent_id and
    0/1 columns hedge, attribution, loaded; or long, with columns coder,
    article_id, sent_id, category, label. Prints Krippendorff's alpha and
    Cohen's kappa per category (NLTK), with a short interpretation.
    """
    from scoring.research.agreement import agreement, quellcheck_codes

    frame = _read_csv_table(codes, "codes")
    machine = None
    if tables_dir:
        needed = {"sentences": ["article_id", "sent_id", "kind"], "cues": ["article_id", "sent_id", "category", "voice"], "attributions": ["article_id", "sent_id"]}
        machine = quellcheck_codes({t: read_table(tables_dir, t, cols, check=False) for t, cols in needed.items()})
    result = agreement(frame, machine)
    click.echo(result.table(ui_lang))
    click.echo(result.interpretation(ui_lang), nl=False)
    if output:
        with atomic_write(output) as handle:
            result.rows.to_csv(handle, index=False)


class _NothingWritten(Exception):
    """No article succeeded: leave any existing output file untouched."""


if __name__ == "__main__":  # pragma: no cover
    main()
