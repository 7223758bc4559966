"""``quellcheck check``: findings in drafts, one line each, like a compiler or linter.

Only what a draft needs is imported: no pandas, pandera, matplotlib, FastAPI
or scipy, so a check starts at once (editors run it on every save).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from scoring.cli.common import checked_lexicons, check_lang, handle_errors
from scoring.errors import EXIT_INPUT, EXIT_USAGE, QuellcheckError, UnscoredLanguageError, UsageError


CHECK_EXIT_HELP = """\b
Exit codes:
  0   no finding at or above --fail-on
  1   findings at or above --fail-on (default: warning), or a file could not
      be read or analysed (named on stderr; the other files are still checked)
  2   usage error (bad option, bad configuration file, unknown rule), or a
      draft in a language without scorers (unless --allow-unscored)
"""


@click.command(epilog=CHECK_EXIT_HELP)
@click.argument("inputs", nargs=-1, metavar="FILE...")
@click.option("--format", "output_format", type=click.Choice(["gnu", "json"]), default="gnu", show_default=True,
              help="gnu: path:line:col: severity: message [rule-id], one line per finding; json: a list of objects for tools.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), help="Lowest severity that makes the exit code 1 [default: from the configuration, else warning].")
@click.option("--select", "enable", multiple=True, metavar="RULE", help="Turn this rule on (also rules off by default); repeatable.")
@click.option("--ignore", "disable", multiple=True, metavar="RULE", help="Turn this rule off; repeatable.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), help="Use this .quellcheck.toml or pyproject.toml instead of looking for one.")
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option("--lang", default=None, callback=lambda ctx, p, v: None if v is None else check_lang(ctx, p, v), help="Language of the drafts [default: from the configuration, else auto].")
@click.option("--ui-lang", type=click.Choice(["de", "en", "es"]), help="Language of the messages [default: from the configuration, else en].")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra cue-lexicon TSV (adds to the configuration's); repeatable.")
@click.option("--registry", "registry_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra source-registry TSV (adds to the configuration's); repeatable.")
@click.option("--list-rules", is_flag=True, help="List the rules with their default severities and exit.")
@click.option("--allow-unscored", is_flag=True, help="A draft in a language without scorers is reported as not checked, but does not make the exit code 2.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@handle_errors
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
    from scoring.analysis.sources import registry
    from scoring.lint.check import check_input, draft_files, fails, find_config, load_settings, rules_table
    from scoring.reading.readers import InputFailure, ReadOptions, iter_articles

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
                lexicons=checked_lexicons(base.lexicons + lexicon_files), registries=base.registries + tuple(registry_files),
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

