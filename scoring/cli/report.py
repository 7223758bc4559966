"""``quellcheck report``: the corpus report from saved tables."""

from __future__ import annotations

import os
from pathlib import Path

import click

from scoring.cli.common import EXIT_CODES_HELP, handle_errors, prepare_tables
from scoring.errors import UsageError


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("tables_dir", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write (atomically).")
@click.option("--group-by", help="Group by this column of articles or scores, or a field of articles.meta (default: outlet).")
@click.option("--ui-lang", type=click.Choice(["de", "en", "es"]), help="Language of the report labels [default: the articles' most frequent language when it is German or Spanish, else English].")
@click.option("--reports-dir", type=click.Path(file_okay=False), help="Directory of per-article reports (<article_id>.html) to link to.")
@click.option("--max-rows", type=click.IntRange(min=1), default=1000, show_default=True, help="Articles listed in the table (lowest reliability first).")
@click.option("--title", help="Title of the report.")
@handle_errors
def report(tables_dir: str, output: str, group_by: str | None, ui_lang: str | None, reports_dir: str | None, max_rows: int, title: str | None) -> None:
    """Render the corpus report from tables saved as Parquet or CSV.

    TABLES_DIR holds articles, scores, sources and cues tables as written by
    'quellcheck analyze --tables' or 'quellcheck corpus'. Works for one article
    and for 100,000: distributions are aggregated, and only the articles with
    the lowest reliability are listed (--max-rows).
    """
    from reports.corpus import render_corpus_html
    from scoring.output.files import atomic_write
    from scoring.output.tables import load_corpus_tables

    prepare_tables()
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

