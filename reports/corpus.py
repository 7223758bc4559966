"""The corpus report: many articles at once, aggregated so it works for 1 article and for 100,000.

Shows the distribution of every profile component per group (outlet, or any
column or ``meta`` field the user names, such as a topic label), loaded wording
against attribution strength, the most frequent sources, kinds of source and
loaded terms, and a sortable table of articles that links to per-article reports
when they exist. Only the articles with the lowest reliability are listed in
full (``max_rows``); everything is in the tables.
"""

from __future__ import annotations

import hashlib

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from reports.article import _env
from reports.charts import box_chart, scatter_chart
from reports.i18n import HELP, KIND_LABELS, LABELS

COMPONENTS = ("reliability", "attribution_strength", "source_diversity", "loaded_wording", "hedging")
MAX_GROUPS = 20
OTHER = "…"

# The columns each table contributes (a corpus of 100,000 articles need not load every sentence).
NEEDED: dict[str, list[str]] = {
    "articles": ["article_id", "title", "outlet", "lang", "n_words", "meta"],  # and first_words, see first_words()
    "scores": ["article_id", *COMPONENTS, "loaded_per_1000_words", "attributed_claim_share", "distinct_named_sources"],
    "sources": ["article_id", "source_id", "name", "kind", "country", "mentions"],
    "cues": ["article_id", "category", "voice", "rule"],
}
"""The columns the corpus report reads from each table."""

WHERE: dict[str, dict[str, str]] = {"cues": {"category": "loaded", "voice": "author"}}
"""Rows the corpus report needs (read filtered, so a large corpus's cues stay out of memory)."""


def _group_values(articles: pd.DataFrame, scores: pd.DataFrame, group_by: str | None) -> tuple[str | None, pd.Series]:
    """The grouping column: ``group_by`` from articles, scores or meta; else the outlet if known."""
    if group_by is None:
        if "outlet" in articles and articles["outlet"].notna().any():
            return "outlet", articles["outlet"].fillna("—").astype(str)
        return None, pd.Series(["—"] * len(articles), index=articles.index)
    if group_by in articles.columns:
        return group_by, articles[group_by].fillna("—").astype(str)
    if group_by in scores.columns:
        return group_by, scores[group_by].fillna("—").astype(str)
    if "meta" in articles.columns:
        values = articles["meta"].map(lambda m: (json.loads(m) if isinstance(m, str) and m else {}).get(group_by))
        if values.notna().any():
            return group_by, values.fillna("—").astype(str)
    raise ValueError(f"no column or meta field {group_by!r} in the tables")


FIRST_WORDS = 10
"""Words of an untitled article's text that name it in the table of articles."""


def first_words(texts: pd.Series, n: int = FIRST_WORDS) -> pd.Series:
    """The first ``n`` words of each text (with "…" when there are more): what names an untitled article."""

    def head(text: Any) -> str:
        if not isinstance(text, str):
            return ""
        words = text.split(None, n)
        return " ".join(words[:n]) + (" …" if len(words) > n else "")

    return texts.map(head)


def corpus_ui_lang(articles: pd.DataFrame) -> str:
    """The UI language for a corpus whose articles are ``articles``: German when most are German
    (as a single German article gets), else English."""
    langs = articles["lang"].dropna() if "lang" in articles else pd.Series(dtype=object)
    if langs.empty:
        return "en"
    counts = langs.value_counts()
    most = max(sorted(counts.index), key=counts.__getitem__)  # a tie goes to the first code in order
    return "de" if most == "de" else "en"


def render_corpus_html(
    tables: Mapping[str, pd.DataFrame],
    group_by: str | None = None,
    ui_lang: str | None = None,
    reports_dir: str | Path | None = None,
    reports_href: str | None = None,
    max_rows: int = 1000,
    title: str | None = None,
) -> str:
    """The corpus report as one self-contained HTML page.

    ``reports_dir`` is where per-article reports are (``<article_id>.html``); the
    table links those that exist, with ``reports_href`` as the link prefix
    (default: the directory's name, for a report written beside it). Articles
    are named by their title, else by the first words of their text (a
    ``first_words`` column of ``articles``, or its ``text``). ``ui_lang``
    None: from the articles' language (:func:`corpus_ui_lang`).
    """
    ui_lang = ui_lang or corpus_ui_lang(tables["articles"])
    L = lambda key: LABELS[key][ui_lang]  # noqa: E731,N806
    H = lambda key: HELP[key][ui_lang]  # noqa: E731,N806
    articles = tables["articles"].reset_index(drop=True)
    scores = tables["scores"].set_index("article_id").reindex(articles["article_id"]).reset_index()
    group_name, groups = _group_values(articles, scores, group_by)
    frame = pd.DataFrame({"article_id": articles["article_id"], "group": groups.values})
    for column in COMPONENTS + ("loaded_per_1000_words", "attributed_claim_share", "distinct_named_sources"):
        frame[column] = pd.to_numeric(scores[column], errors="coerce").values
    frame["title"] = articles["title"].fillna("").astype(str).values
    if "first_words" in articles:
        untitled = articles["first_words"].fillna("").astype(str)
    elif "text" in articles:
        untitled = first_words(articles["text"])
    else:
        untitled = pd.Series([""] * len(articles))
    frame["untitled"] = untitled.values

    counts = frame["group"].value_counts()
    top = list(counts.index[:MAX_GROUPS])
    frame["group_shown"] = frame["group"].where(frame["group"].isin(top), OTHER)
    order = top + ([OTHER] if (frame["group_shown"] == OTHER).any() else [])

    charts = []
    for n, component in enumerate(COMPONENTS):
        series = [frame.loc[frame["group_shown"] == g, component].dropna().tolist() for g in order]
        labels = [f"{g} (n={len(frame[frame['group_shown'] == g])})" for g in order]
        charts.append(Markup(box_chart(labels, series, LABELS[component][ui_lang], f"box{n}")))
    both = frame[["loaded_wording", "attribution_strength"]].dropna()
    scatter = Markup(scatter_chart(both["attribution_strength"].tolist(), both["loaded_wording"].tolist(),
                                   L("attribution_strength"), L("loaded_wording"), L("scatter")))  # fmt: skip

    medians = []
    for g in order:
        sub = frame[frame["group_shown"] == g]
        medians.append({"group": g, "n": len(sub), **{c: _median(sub[c]) for c in COMPONENTS}})

    summary = tables.get("source_summary")
    if summary is None and tables.get("sources") is not None:
        summary = summarize_sources([tables["sources"]])
    top_sources: list[dict[str, Any]] = []
    top_kinds: list[dict[str, Any]] = []
    if summary is not None and len(summary):
        for row in summary.sort_values(["articles", "mentions", "key"], ascending=[False, False, True]).head(25).to_dict("records"):
            top_sources.append({"name": row["name"], "kind": KIND_LABELS.get(row["kind"], {}).get(ui_lang, row["kind"]),
                                "country": row["country"] if isinstance(row["country"], str) else "—",
                                "articles": int(row["articles"]), "mentions": int(row["mentions"])})  # fmt: skip
        kind_counts = summary.groupby("kind")["rows"].sum().sort_values(ascending=False, kind="stable")
        top_kinds = [{"kind": KIND_LABELS.get(k, {}).get(ui_lang, k), "count": int(v)} for k, v in kind_counts.items()]

    terms = tables.get("loaded_terms")
    if terms is None and tables.get("cues") is not None:
        terms = count_loaded_terms([tables["cues"]])
    top_loaded = [{"term": term, "count": count} for term, count in (terms or Counter()).most_common(30)]

    listed = frame.sort_values(["reliability", "article_id"], na_position="last").head(max_rows)
    existing = _existing_reports(reports_dir)
    prefix = reports_href if reports_href is not None else (Path(reports_dir).name if reports_dir else "")
    rows = []
    for rec in listed.to_dict("records"):
        name = safe_file_stem(rec["article_id"])
        rows.append({
            **{c: rec[c] for c in ("article_id", "title", "group") }, **{c: _num(rec[c]) for c in COMPONENTS},
            "name": rec["title"] or rec["untitled"] or rec["article_id"],
            "loaded_per_1000_words": _num(rec["loaded_per_1000_words"], 1),
            "distinct_named_sources": _num(rec["distinct_named_sources"]),
            "href": f"{prefix}/{name}.html" if name in existing else None,
        })  # fmt: skip
    template = _env().get_template("corpus.html.j2")
    return template.render(
        L=L, H=H, ui=ui_lang, title=title or L("corpus_title"), n=len(frame), group_name=group_name or "—",
        charts=charts, scatter=scatter, medians=medians, components=COMPONENTS, top_sources=top_sources,
        top_kinds=top_kinds, top_loaded=top_loaded, rows=rows, shown=len(rows),
    )  # fmt: skip


def summarize_sources(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Sources across articles, from the sources table read whole or part by part.

    Source ids are article-local except registry ids (``reg:…``), so sources are
    grouped by registry id, else by lower-cased name and kind. Columns: key,
    name, kind, country, articles (distinct articles citing it), mentions, rows.
    Every article's sources sit in one part, so per-part counts add up.
    """
    partials = []
    for sources in parts:
        real = sources[~sources["kind"].isin(["author"]) & ~sources["source_id"].str.startswith(("pronoun:", "generic:man"))]
        if real.empty:
            continue
        real = real.assign(key=real["source_id"].where(real["source_id"].str.startswith("reg:"), real["name"].str.lower() + "|" + real["kind"]))
        partials.append(real.groupby("key", sort=False).agg(name=("name", "first"), kind=("kind", "first"), country=("country", "first"),
                                                            articles=("article_id", "nunique"), mentions=("mentions", "sum"),
                                                            rows=("article_id", "size")))  # fmt: skip
    if not partials:
        return pd.DataFrame(columns=["key", "name", "kind", "country", "articles", "mentions", "rows"])
    merged = pd.concat(partials).groupby(level=0, sort=False).agg(
        name=("name", "first"), kind=("kind", "first"), country=("country", "first"),
        articles=("articles", "sum"), mentions=("mentions", "sum"), rows=("rows", "sum"),
    )  # fmt: skip
    return merged.rename_axis("key").reset_index()


def count_loaded_terms(parts: Iterable[pd.DataFrame]) -> Counter[str]:
    """How often each lexicon term was used as loaded wording in the writer's own voice."""
    terms: Counter[str] = Counter()
    for cues in parts:
        lexical = cues[(cues["category"] == "loaded") & (cues["voice"] == "author") & cues["rule"].str.startswith(("loaded:", "evaluative:"))]
        terms.update(rule.split(":", 1)[1] for rule in lexical["rule"])
    return terms


def _median(series: pd.Series) -> str:
    values = series.dropna()
    return "—" if values.empty else f"{values.median():.0f}"


def _num(value: Any, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:.{digits}f}"


def safe_file_stem(article_id: str) -> str:
    """The file name (without ``.html``) of an article's report: ``article_id`` itself when it is a safe
    name; otherwise with unsafe characters replaced, no leading dot, at most 150 characters, and a short
    hash of the id, so that ids that differ only there ("a/b", "a~b", "a_b") never share a file."""
    article_id = str(article_id)
    stem = "".join(ch if ch.isalnum() or ch in "-_.~" else "_" for ch in article_id)[:150]
    if stem == article_id and not stem.startswith("."):
        return stem
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem.lstrip('.')[:140] or 'article'}-{digest}"


def _existing_reports(reports_dir: str | Path | None) -> set[str]:
    if not reports_dir or not Path(reports_dir).is_dir():
        return set()
    return {p.stem for p in Path(reports_dir).glob("*.html")}
