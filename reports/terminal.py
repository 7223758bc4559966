"""A short human summary of one article's tables, for the terminal.

Styles are ANSI colours applied with click; click drops them when the output
is not a terminal, so piped output is plain text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping

import click
import pandas as pd

from schemas import SENTENCE_KINDS

# the profile's components, named so their direction is plain: every one 0-100, higher = better
_COMPONENTS = (
    ("attribution_strength", "attribution strength"),
    ("source_diversity", "source diversity"),
    ("loaded_wording", "restraint in wording"),
    ("hedging", "no unsourced hearsay"),
)
_KIND_LABELS = {
    "body": "body",
    "heading": "headings",
    "boilerplate": "boilerplate",
    "caption": "captions",
    "question": "questions",
}


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 or noun.endswith("s") else f"{n:,} {noun}s"


def render_summary(tables: Mapping[str, pd.DataFrame]) -> str:
    """Summarise the single article in ``tables`` in a few lines."""
    article = tables["articles"].iloc[0]
    sentences = tables["sentences"]
    kinds = Counter(sentences["kind"])
    lang_note = "detected" if article["lang_source"] == "detected" else "given"
    if article["lang_source"] == "detected" and pd.notna(article["lang_confidence"]):
        lang_note += f", p={article['lang_confidence']:.2f}"
    lines = [
        click.style(str(article["article_id"]), bold=True) + f"  [{article['lang']}, {lang_note}]",
    ]
    if pd.notna(article["title"]):
        lines.append(f"  title: {article['title']}")
    by_kind = ", ".join(
        f"{kinds.get(kind, 0)} {_KIND_LABELS[kind]}" for kind in SENTENCE_KINDS if kinds.get(kind, 0)
    )
    lines.append(
        f"  {_count(int(article['n_sentences']), 'sentence')} ({by_kind}), "
        f"{_count(int(article['n_words']), 'word')}"
    )
    counts = " · ".join(
        f"{table}: {len(tables[table]):,}" for table in ("cues", "attributions", "sources", "claims")
    )
    lines.append(f"  {counts}")
    scores = tables["scores"]
    if len(scores):
        row = scores.iloc[0]
        if pd.notna(row["reliability"]):
            value = click.style(f"{row['reliability']:.0f}/100", bold=True)
            parts = "  ".join(
                f"{label} {row[col]:.0f}" for col, label in _COMPONENTS if pd.notna(row.get(col))
            )
            lines.append(f"  reliability: {value}   ({parts}; each 0-100, higher = better sourced or more neutral)")
        else:
            lines.append(f"  reliability: not measured ({row['reliability_note']})")
        if pd.notna(row.get("profile_reasons")):
            for reason in json.loads(row["profile_reasons"])[:5]:
                lines.append("   - " + reason["en"])
        if pd.notna(row.get("profile_note")):
            lines.append(click.style(f"  {row['profile_note']}", dim=True))
    if pd.notna(article["meta"]):
        extra = ", ".join(sorted(json.loads(article["meta"])))
        lines.append(f"  extra input fields kept in meta: {extra}")
    return "\n".join(lines)
