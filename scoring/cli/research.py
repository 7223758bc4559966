"""The research commands: ``calibrate`` (weights from human ratings), ``agree`` (agreement
between coders and with quellcheck)."""

from __future__ import annotations

from typing import Any

import click

from scoring.cli.common import handle_errors, prepare_tables
from scoring.errors import InputError


def _read_csv_table(path: str, what: str) -> Any:
    """A small CSV (ratings, codes) as a DataFrame; the separator is detected."""
    import pandas as pd

    try:
        return pd.read_csv(path, sep=None, engine="python", dtype={"article_id": str}, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        raise InputError(f"{path}: cannot read the {what} CSV: {str(exc).splitlines()[0]}") from None


@click.command()
@click.argument("ratings", type=click.Path(exists=True, dir_okay=False), metavar="RATINGS.csv")
@click.option("--tables", "tables_dir", required=True, type=click.Path(exists=True, file_okay=False), help="Tables of the rated articles (from 'quellcheck corpus' or 'analyze --tables').")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the fitted weights as a config file (TOML) for --config.")
@click.option("--kind", type=click.Choice(["auto", "binary", "ordinal"]), default="auto", show_default=True, help="binary: ratings 0/1; ordinal: three or more integer levels.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Cross-validation folds.")
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of the fold split.")
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
    result = fit(frame, scores, kind=kind, folds=folds, seed=seed)
    click.echo(result.summary(ui_lang), nl=False)
    if output:
        with atomic_write(output) as handle:
            handle.write(result.to_toml())
        click.echo(f"quellcheck: weights written to {output} (use it with --config {output})", err=True)


@click.command()
@click.argument("codes", type=click.Path(exists=True, dir_okay=False), metavar="CODES.csv")
@click.option("--tables", "tables_dir", type=click.Path(exists=True, file_okay=False), help="Tables of the coded articles: compare quellcheck with each coder too.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also write the agreement table as CSV.")
@click.option("--ui-lang", type=click.Choice(["de", "en"]), default="en", show_default=True, help="Language of the table and interpretation.")
@handle_errors
def agree(codes: str, tables_dir: str | None, output: str | None, ui_lang: str) -> None:
    """Agreement between human coders, and between quellcheck and each coder.

    CODES.csv codes sentences (article_id and sent_id as in the sentences
    table) per coder: either wide, with columns coder, article_id, sent_id and
    0/1 columns hedge, attribution, loaded; or long, with columns coder,
    article_id, sent_id, category, label. Prints Krippendorff's alpha and
    Cohen's kappa per category (NLTK), with a short interpretation.
    """
    from scoring.output.files import atomic_write
    from scoring.output.tables import read_table
    from scoring.research.agreement import agreement, quellcheck_codes

    prepare_tables()

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

