"""The research commands: ``calibrate`` (weights from human ratings), ``agree`` (agreement
between coders and with quellcheck), ``evaluate`` (P/R/F1 against human annotations)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from scoring.cli.common import handle_errors, prepare_tables
from scoring.errors import InputError, QuellcheckError, UsageError


def _read_csv_table(path: str, what: str) -> Any:
    """A small CSV (ratings, codes) as a DataFrame; the separator is detected.

    InputError for an empty file, a file that is not CSV, and rows with more
    fields than the header names (pandas would take the first fields as an
    index and shift every column by them).
    """
    import csv

    import pandas as pd

    if Path(path).stat().st_size == 0:
        raise InputError(f"{path}: cannot read the {what} CSV: the file is empty")
    try:
        frame = pd.read_csv(path, sep=None, engine="python", dtype={"article_id": str}, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError, csv.Error, pd.errors.ParserError) as exc:
        # csv.Error: the separator cannot be detected (one column, or no text at all)
        raise InputError(f"{path}: cannot read the {what} CSV: {str(exc).splitlines()[0]}") from None
    if not isinstance(frame.index, pd.RangeIndex):
        raise InputError(
            f"{path}: the rows have {frame.index.nlevels} field(s) more than the header names "
            f"({', '.join(map(str, frame.columns))}); give every row one value per column"
        )
    return frame


@click.command()
@click.argument("ratings", type=click.Path(exists=True, dir_okay=False), metavar="RATINGS.csv")
@click.option("--tables", "tables_dir", required=True, type=click.Path(exists=True, file_okay=False), help="Tables of the rated articles (from 'quellcheck corpus' or 'analyze --tables').")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the fitted weights as a config file (TOML) for --config.")
@click.option("--kind", type=click.Choice(["auto", "binary", "ordinal"]), default="auto", show_default=True, help="binary: ratings 0/1; ordinal: three or more integer levels.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Cross-validation folds.")
@click.option("--seed", type=click.IntRange(0, 2**32 - 1), default=13, show_default=True, help="Seed of the fold split.")
@click.option("--id-col", default="article_id", show_default=True, help="Column of RATINGS.csv with the article id.")
@click.option("--rating-col", default="rating", show_default=True, help="Column of RATINGS.csv with the human rating.")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), default="en", show_default=True, help="Language of the printed summary.")
@handle_errors
def calibrate(ratings: str, tables_dir: str, output: str | None, kind: str, folds: int, seed: int, id_col: str, rating_col: str, ui_lang: str) -> None:
    """Fit the reliability weights to your own human ratings.

    RATINGS.csv has one row per article: its id (as in the articles table) and
    a rating, binary (1 = reliable) or ordinal (e.g. 1-5, higher = more
    reliable). Prints cross-validated figures for the fitted weights beside
    those of the default weights, and with -o writes them as a config file
    that analyze, corpus and check accept with --config.
    """
    from scoring.config import COMPONENTS
    from scoring.output.files import atomic_write
    from scoring.output.tables import read_table
    from scoring.research.calibrate import calibrate as fit

    prepare_tables()

    frame = _read_csv_table(ratings, "ratings")
    missing = [c for c in (id_col, rating_col) if c not in frame.columns]
    if missing:
        raise InputError(f"{ratings}: no column {', '.join(map(repr, missing))} (columns: {', '.join(map(str, frame.columns[:10]))}); name them with --id-col/--rating-col")
    frame = frame.rename(columns={id_col: "article_id", rating_col: "rating"})[["article_id", "rating"]]
    scores = read_table(tables_dir, "scores", ["article_id", *COMPONENTS, "reliability"], check=False)
    try:
        result = fit(frame, scores, kind=kind, folds=folds, seed=seed)
    except InputError as exc:
        if str(exc).startswith("ratings"):
            raise InputError(f"{ratings}: {exc}") from None  # name the file whose values are wrong
        raise
    click.echo(result.summary(ui_lang), nl=False)
    if output:
        with atomic_write(output) as handle:
            handle.write(result.to_toml())
        click.echo(f"quellcheck: weights written to {output} (use it with --config {output})", err=True)


@click.command()
@click.argument("codes", type=click.Path(exists=True, dir_okay=False), metavar="CODES.csv")
@click.option("--tables", "tables_dir", type=click.Path(exists=True, file_okay=False), help="Tables of the coded articles: compare quellcheck with each coder too.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also write the agreement table as CSV.")
@click.option("--categories", type=click.Choice(["combined", "teaching"]), default="combined", show_default=True,
              help="combined: hedge (hedges and boosters), attribution, loaded (loaded words and scare quotes); teaching: the teaching mode's five (hedge, attribution, loaded, scare_quote, booster).")
@click.option("--voice", type=click.Choice(["author", "any"]), default="author", show_default=True,
              help="combined categories: count quellcheck's cues in the writer's own voice only, or in any voice (quotations too).")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), default="en", show_default=True, help="Language of the table and interpretation.")
@handle_errors
def agree(codes: str, tables_dir: str | None, output: str | None, categories: str, voice: str, ui_lang: str) -> None:
    """Agreement between human coders, and between quellcheck and each coder.

    CODES.csv codes sentences (article_id and sent_id as in the sentences
    table) per coder: either wide, with columns coder, article_id, sent_id and
    a 0/1 column per category; or long, with columns coder, article_id,
    sent_id, category, label. Categories (--categories): combined (default)
    hedge, attribution, loaded, where quellcheck's hedge counts hedges and
    boosters and its loaded counts loaded words and scare quotes, in the
    writer's own voice unless --voice any; or teaching, the teaching mode's
    five. Prints Krippendorff's alpha and Cohen's kappa per category (NLTK),
    with a short interpretation and what quellcheck counted.
    """
    from scoring.output.files import atomic_write
    from scoring.output.tables import read_table
    from scoring.research.agreement import NEEDED_COLUMNS, agreement, quellcheck_codes

    prepare_tables()

    frame = _read_csv_table(codes, "codes")
    machine = None
    if tables_dir:
        tables = {t: read_table(tables_dir, t, list(cols), check=False) for t, cols in NEEDED_COLUMNS[categories].items()}
        machine = quellcheck_codes(tables, categories, voice)
    try:
        result = agreement(frame, machine, categories, voice)
    except InputError as exc:
        if str(exc).startswith("codes"):
            raise InputError(f"{codes}: {exc}") from None  # name the file whose columns or values are wrong
        raise
    click.echo(result.table(ui_lang))
    click.echo(result.interpretation(ui_lang), nl=False)
    if output:
        with atomic_write(output) as handle:
            result.rows.to_csv(handle, index=False)



EVALUATE_EXIT_HELP = """\b
Exit codes:
  0   the evaluation ran
  1   a gold file or an input could not be read (named on stderr)
  2   usage error (bad option, unknown gold format)
"""


@click.command(epilog=EVALUATE_EXIT_HELP)
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...")
@click.option("--gold-format", type=click.Choice(["auto", "jsonl", "spkatt", "brat"]), default="auto", show_default=True,
              help="jsonl: quellcheck's span format; spkatt: SpkAtt-2023 JSON (a file or a folder); brat: .ann beside .txt (a file or a folder).")
@click.option("--input", "inputs", multiple=True, type=click.Path(exists=True), help="Texts of the gold articles (any input 'analyze' reads; ids must match), for span JSONL without a text field; repeatable.")
@click.option("--tables", "tables_dir", type=click.Path(exists=True, file_okay=False), help="Use saved tables (articles, attributions, cues) instead of analysing the texts.")
@click.option("--lang", default="auto", show_default=True, help="Language of the texts: auto, de, en or es.")
@click.option("--split", type=click.Choice(["all", "develop", "measure"]), default="all", show_default=True,
              help="develop / measure: a fixed half of the articles, by a hash of the id (develop rules on one, report the other).")
@click.option("--voice", type=click.Choice(["any", "author"]), default="any", show_default=True, help="Compare only cues in this voice (author: the writer's own words).")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True, help="A table with the matching rules, or JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also write the figures as JSON to this file.")
@click.option("--errors", type=click.IntRange(min=0), default=0, show_default=True, help="List up to N missed and extra annotations on stderr (for error analysis; one JSON object per line with --format json).")
@handle_errors
def evaluate(gold: tuple[str, ...], gold_format: str, inputs: tuple[str, ...], tables_dir: str | None, lang: str, split: str,
             voice: str, output_format: str, output: str | None, errors: int) -> None:  # fmt: skip
    """Compare quellcheck with human annotations: P/R/F1 per capability.

    GOLD is span JSONL (article_id, start, end, category: attribution, hedge,
    booster, loaded, scare_quote; attribution rows may add source_start/end,
    cue_start/end, form, named), SpkAtt-2023 JSON, or brat standoff. The gold
    texts are analysed (or --tables are read) and compared: attribution by
    message and by cue, source span (overlap and exact), form, and the cue
    categories the gold annotates. The matching rule of each figure is printed
    with it; see METHODS.md for the validity table made with this command.
    """
    import json

    from scoring.cleaning.langid import normalise_lang
    from scoring.output.files import atomic_write
    from scoring.research.evaluate import evaluate as run_evaluation
    from scoring.research.evaluate import read_gold

    try:
        lang = normalise_lang(lang)
    except QuellcheckError as exc:
        raise UsageError(str(exc)) from None
    articles = read_gold(gold, gold_format)
    if not articles:
        raise InputError("the gold files hold no annotated article")
    texts = _texts_of(inputs) if inputs else None
    tables = None
    if tables_dir:
        from scoring.output.tables import read_table

        prepare_tables()
        tables = {name: read_table(tables_dir, name, check=False) for name in ("articles", "attributions", "cues")}
    result = run_evaluation(articles, lang=lang, split=split, voice=None if voice == "any" else voice,
                            texts=texts, tables=tables, keep_errors=errors)  # fmt: skip
    figures = result.to_json()
    if output_format == "json":
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(result.table(), nl=False)
    for error in result.errors:
        if output_format == "json":
            click.echo(json.dumps(error, ensure_ascii=False), err=True)
            continue
        cue = f" (cue {error['cue']!r})" if error.get("cue") else ""
        click.echo(f"{error['kind']:7} {error['category']:12} {error['article_id']}: {error.get('text', '')!r}{cue}", err=True)
    if output:
        with atomic_write(output) as handle:
            json.dump(figures, handle, ensure_ascii=False, indent=2)
            handle.write("\n")


def _texts_of(inputs: tuple[str, ...]) -> dict[str, str]:
    """Article id -> text of every article in ``inputs`` (as 'analyze' reads them)."""
    from scoring.reading.readers import InputFailure, ReadOptions, iter_articles

    texts: dict[str, str] = {}
    for item in iter_articles(inputs, ReadOptions()):
        if isinstance(item, InputFailure):
            raise InputError(f"{item.name}: {item.error}")
        texts[str(item.article_id)] = item.content
    return texts
