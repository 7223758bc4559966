"""What every command shares: one line per error and a documented exit code, the input and
analysis options, ``--debug``.

Library errors become one line on stderr (``quellcheck: error: INPUT: …``)
and a documented exit code, never a traceback (``--debug`` shows it).

Imports here stay light (click and the readers' constants): ``quellcheck
--help`` loads every command module, and a linter must start at once.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from scoring.errors import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_OUTPUT,
    LexiconError,
    QuellcheckError,
    UsageError,
)
from scoring.reading.readers import DEFAULT_MAX_CHARS, INPUT_FORMATS, ReadOptions

EXIT_CODES_HELP = """\b
Exit codes:
  0   every input was analysed
  1   some inputs could not be analysed (each is named on stderr); the rest were
  2   usage error (bad option or argument)
  3   the output could not be written
  70  internal error in quellcheck (please report it)
"""


class Run:
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


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
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


def check_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Normalise a ``--lang`` value (``de-AT`` → ``de``), or fail as a bad parameter."""
    from scoring.cleaning.langid import normalise_lang

    try:
        return normalise_lang(value)
    except QuellcheckError as exc:
        raise click.BadParameter(str(exc)) from None


def one_character(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A CSV separator or quote character: exactly one character ("\\t" as written in a shell for a tab)."""
    if value is None:
        return None
    value = "\t" if value == "\\t" else value
    if len(value) != 1:
        raise click.BadParameter(f"must be exactly one character, not {value!r}")
    return value


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options saying how inputs are read: format, CSV dialect, column names, size limit."""
    options = [
        click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
                     help="Read inputs as this format instead of going by the file suffix."),
        click.option("--csv-sep", callback=one_character, help="CSV field separator, one character (default: detected from the header: , ; tab |; "
                     "a tab may be written \\t)."),
        click.option("--csv-quote", default='"', show_default=True, callback=one_character, help="CSV quote character, one character (the 10kGNAD files use ')."),
        click.option("--text-col", help="Column (or JSON field) holding the article text [default: text]."),
        click.option("--text-markup", type=click.Choice(("txt", "md", "html")), default="txt", show_default=True,
                     help="How the text of JSON, CSV and Parquet rows is written: html reads raw pages of a crawl "
                          "(main text extracted, links kept in the links table), md Markdown."),
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


def analysis_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options that change the analysis: language, profile configuration, extra registry files."""
    options = [
        click.option("--lang", default="auto", show_default=True, callback=check_lang,
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


def checked_lexicons(paths: tuple[str, ...]) -> tuple[str, ...]:
    """User cue-lexicon files, loaded once so a malformed one is a usage error before any article."""
    from scoring.analysis.cues import extra_cue_lexicons
    from scoring.analysis.hedging import CUE_LEXICONS

    try:
        extra_cue_lexicons(paths, dict(CUE_LEXICONS))
    except LexiconError as exc:
        raise UsageError(str(exc)) from None
    return tuple(str(Path(p).resolve()) for p in paths)


COLUMN_OPTIONS = ("text", "id", "title", "outlet", "url", "published", "lang")


def read_options(params: dict[str, Any]) -> ReadOptions:
    """The :class:`ReadOptions` from the values of :func:`input_options` (consumed from ``params``)."""
    column_map = tuple(
        (name, value) for name in COLUMN_OPTIONS if (value := params.pop(f"{name}_col", None))
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
        text_markup=params.pop("text_markup", "txt"),
    )


def debug_enabled(ctx: click.Context) -> bool:
    """Whether ``--debug`` was given, before the command (``quellcheck --debug corpus``) or after it."""
    return bool(ctx.find_root().params.get("debug") or ctx.meta.get("quellcheck.debug"))


def set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta["quellcheck.debug"] = True


DEBUG_HELP = "Show tracebacks for internal errors."


def prepare_tables() -> None:
    """Load pandera's check backends before the first table is validated, without its
    data-synthesis strategies (hypothesis: 0.1 s that a command never needs)."""
    from schemas import load_check_backends

    load_check_backends(data_synthesis=False)
