"""The per-article report, in HTML and Markdown, built from the validated tables only.

The HTML is one self-contained file: inline CSS and SVG, a few lines of plain
JavaScript (none needed to read it), no external requests, so it works offline
and can be mailed. Article text is untrusted input: it is escaped everywhere
(Jinja2 autoescaping for the template, ``markupsafe.escape`` for the annotated
text assembled here). Output is deterministic for the same tables and options.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from reports.charts import profile_chart
from reports.css import scope_css
from reports.i18n import FORM_LABELS, KIND_LABELS, LABELS, help_text, t, ui_lang_for
from reports.i18n_es import cue_explanation, note_text, quote, readability_band, reason_text

COMPONENTS = ("attribution_strength", "source_diversity", "loaded_wording", "hedging")
CATEGORIES = ("hedge", "booster", "loaded", "scare_quote", "foreign")
_BLOCK_KINDS = {"heading": "h3", "caption": "p", "boilerplate": "p", "body": "p", "question": "p"}


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["scope_css"] = scope_css
    env.filters["fmt"] = lambda v, digits=0: "—" if v is None or pd.isna(v) else f"{v:.{digits}f}"
    env.globals["strip_html"] = strip_html
    return env


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dicts of Python values, missing values (None, NaN, pd.NA, NaT) as None.

    Built column by column (``Series.tolist`` gives the same Python values as
    ``to_dict("records")``, in a fraction of the time), and only columns that hold a missing
    value are searched for it: a corpus batch's report pages read every value of seven tables.
    """
    columns = list(frame.columns)
    rows = [dict(zip(columns, values, strict=True)) for values in zip(*(frame[name].tolist() for name in columns), strict=True)]
    for name in columns:
        if frame[name].hasnans:
            for row in rows:
                if _missing(row[name]):
                    row[name] = None
    return rows


def _missing(value: Any) -> bool:
    """``pd.isna`` for the scalars ``DataFrame.to_dict`` gives, without its cost per value (a report of a
    whole batch reads every value of seven tables)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str | bytes | list | dict | int):
        return False
    return bool(pd.isna(value))


@dataclass
class _Mark:
    start: int
    end: int
    kind: str  # a cue category, "attribution" or "source"
    row: dict[str, Any]


@dataclass
class ArticleView:
    """Everything the templates show, computed from the tables of one article."""

    ui: str
    article: dict[str, Any]
    scores: dict[str, Any]
    sentences: list[dict[str, Any]]
    cues: list[dict[str, Any]]
    attributions: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    claims: dict[int, dict[str, Any]]
    reasons: list[dict[str, Any]] = field(default_factory=list)
    source_rows: list[dict[str, Any]] = field(default_factory=list)
    strip: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    def label(self, key: str) -> str:
        return LABELS[key][self.ui]


_VIEW_TABLES = ("articles", "scores", "sentences", "cues", "attributions", "sources", "claims", "links")
# tables written before a table was added lack it: the view reads it as empty ("links": before 2026-12-03)


def build_view(tables: Mapping[str, pd.DataFrame], ui_lang: str | None = None, article_id: str | None = None) -> ArticleView:
    """Select one article (the only one, or ``article_id``) from ``tables`` and prepare it for rendering."""
    articles = tables["articles"]
    if article_id is None:
        if len(articles) != 1:
            raise ValueError(f"the tables hold {len(articles)} articles; name one with article_id")
        article_id = str(articles.iloc[0]["article_id"])

    def of(table: str) -> list[dict[str, Any]]:
        frame = tables.get(table)
        return _rows(frame[frame["article_id"] == article_id]) if frame is not None and len(frame) else []

    return _view({table: of(table) for table in _VIEW_TABLES}, ui_lang)


def _view(rows: Mapping[str, list[dict[str, Any]]], ui_lang: str | None) -> ArticleView:
    """The view of one article from its rows of every table."""
    article = rows["articles"][0]
    scores = (rows["scores"] or [{}])[0]
    ui = ui_lang_for(article["lang"], ui_lang)
    view = ArticleView(
        ui=ui, article=article, scores=scores, sentences=rows["sentences"], cues=rows["cues"],
        attributions=rows["attributions"], sources=rows["sources"], claims={c["sent_id"]: c for c in rows["claims"]},
    )  # fmt: skip
    view.reasons = json.loads(scores["profile_reasons"]) if scores.get("profile_reasons") else []
    view.source_rows = _source_rows(view)
    view.strip = _strip(view)
    view.links = [
        {"text": r["text"], "site": r["domain"] or "—", "kind": view.label(f"link_{r['kind']}"),
         "sentence": r["sent_id"]}
        for r in rows.get("links", [])
    ]  # fmt: skip
    return view


def _source_rows(view: ArticleView) -> list[dict[str, Any]]:
    names = {s["source_id"]: s["name"] for s in view.sources}
    via: dict[str, set[str]] = defaultdict(set)
    strength: dict[str, float] = defaultdict(float)
    for a in view.attributions:
        if a["source_id"]:
            strength[a["source_id"]] = max(strength[a["source_id"]], a["strength"])
            if a["via_source_id"]:
                via[a["source_id"]].add(names.get(a["via_source_id"]) or a["via_text"] or "?")
    rows = []
    for s in sorted(view.sources, key=lambda s: (-s["mentions"], s["name"])):
        kind = KIND_LABELS.get(s["kind"], {}).get(view.ui, s["kind"])
        rows.append({
            "anchor": _anchor("src", s["source_id"]), "name": s["name"], "kind": kind, "kind_key": s["kind"],
            "country": s["country"] or "—", "named": view.label("yes") if s["named"] else view.label("no"),
            "mentions": s["mentions"], "via": ", ".join(sorted(via.get(s["source_id"], ()))) or "—",
            "strength": f"{strength.get(s['source_id'], 0.0):.2f}",
        })  # fmt: skip
    return rows


def _anchor(prefix: str, key: str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in key.lower())
    return f"{prefix}-{safe}"[:80]


def _strip(view: ArticleView) -> list[dict[str, Any]]:
    """One mark per sentence: claim status on top, language below."""
    author_by_sent: dict[int, set[str]] = defaultdict(set)
    for cue in view.cues:
        if cue["voice"] == "author":
            author_by_sent[cue["sent_id"]].add(cue["category"])
    marks = []
    for s in view.sentences:
        claim = view.claims.get(s["sent_id"])
        if claim is None:
            top = "other"
        else:
            top = "attributed" if claim["attributed"] else "unattributed"
        cats = author_by_sent.get(s["sent_id"], set())
        bottom = "loaded" if cats & {"loaded", "scare_quote"} else "hedged" if cats & {"hedge", "booster"} else "plain"
        parts = [view.label(f"strip_{top}")] if top != "other" else [view.label("strip_other")]
        if bottom != "plain":
            parts.append(view.label(f"strip_{bottom}"))
        marks.append({"sent_id": s["sent_id"], "top": top, "bottom": bottom, "title": f"{s['sent_id'] + 1}: " + ", ".join(parts)})
    return marks


def strip_html(strip: list[dict[str, Any]]) -> Markup:
    """The sentence strip as HTML: one link per sentence (built here rather than in the template,
    whose loop yields and escapes about ten pieces per sentence)."""
    return Markup("".join(
        f'<a href="#s-{_e(m["sent_id"])}" title="{_e(m["title"])}" aria-label="{_e(m["title"])}">'
        f'<span class="t t-{_e(m["top"])}"></span><span class="u u-{_e(m["bottom"])}"></span></a>'
        for m in strip
    ))  # fmt: skip


# --- the annotated text -------------------------------------------------------------


def _marks(view: ArticleView) -> list[_Mark]:
    marks = [_Mark(c["start"], c["end"], c["category"], c) for c in view.cues]
    for a in view.attributions:
        if a["cue_start"] is not None and a["form"] not in ("continuation",):
            marks.append(_Mark(a["cue_start"], a["cue_end"], "attribution", a))
        if a["source_start"] is not None:
            marks.append(_Mark(a["source_start"], a["source_end"], "source", a))
    return marks


# The annotated text is most of a report's work (a corpus run with --reports renders thousands). Its
# pieces are built as f-strings with every inserted value passed through _e, which escapes exactly as
# Markup.format does: Markup.format parses its pattern with Python's string.Formatter on every call,
# several times slower.


def _e(value: Any) -> str:
    """``value`` escaped for HTML (Markup passes through), as ``Markup.format`` would insert it.

    A plain string is escaped with ``str.replace`` into exactly what ``markupsafe.escape`` gives
    (``&#39;`` and ``&#34;`` for the quotes) without making a Markup object for every piece: a
    corpus report run escapes about 500 pieces per article.
    """
    if type(value) is str:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&#34;")
    if type(value) is int:
        return str(value)
    return str(escape(value))


def _tooltip(view: ArticleView, active: list[_Mark], names: Mapping[str | None, str]) -> str:
    """The tooltip of a highlighted segment: one line per mark on it. ``names``: source id -> name."""
    ui = view.ui
    items = []
    for mark in active:
        row = mark.row
        if mark.kind in CATEGORIES:
            explanation = cue_explanation(row, ui, view.article["lang"])
            voice = ""
            if row["voice"] in ("source", "quoted"):
                voice = " " + t(f"voice_{row['voice']}", ui)
            item = f"<b>{_e(t(f'cat_{mark.kind}', ui))}</b>{_e(voice)}: {_e(quote(row['text'], ui))} – {_e(explanation)}"
            if row["suggestion"]:
                item += f"<br><i>{_e(t('suggestion', ui))}:</i> {_e(row['suggestion'])}"
            items.append(item)
        elif mark.kind == "attribution":
            form = FORM_LABELS.get(row["form"], {}).get(ui, row["form"])
            source = names.get(row["source_id"]) or row["source_text"] or "—"
            item = (f"<b>{_e(t('cat_attribution', ui))}</b>: {_e(form)} – {_e(source)} "
                    f"({_e(t('strength', ui))}: {_e(format(row['strength'], '.2f'))})")  # fmt: skip
            if row["via_text"]:
                item += f" · {_e(t('via', ui))} {_e(row['via_text'])}"
            items.append(item)
        elif mark.kind == "source":
            source = names.get(row["source_id"]) or row["source_text"]
            items.append(f"<b>{_e(t('cat_source', ui))}</b>: {_e(source)}")
    return "<br>".join(items)


def _render_sentence(view: ArticleView, text: str, sent: dict[str, Any], inside: list[_Mark], names: Mapping[str | None, str]) -> str:
    """One sentence as HTML; ``inside`` are the marks (of non-zero length) that overlap it, in mark order."""
    start, end = sent["start"], sent["end"]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        segment = text[a:b]
        active = [m for m in inside if m.start <= a and m.end >= b]
        if not active:
            out.append(_e(segment))
            continue
        classes = " ".join(f"m-{k}" for k in sorted({m.kind for m in active}))
        tip = _tooltip(view, active, names)
        attribution = next((m for m in active if m.kind == "attribution"), None)
        if attribution is not None and attribution.row["source_id"]:
            out.append(f'<a class="m {_e(classes)}" href="#{_e(_anchor("src", attribution.row["source_id"]))}">{_e(segment)}'
                       f'<span class="tip" role="tooltip">{tip}</span></a>')  # fmt: skip
        else:
            out.append(f'<span class="m {_e(classes)}" tabindex="0">{_e(segment)}<span class="tip" role="tooltip">{tip}</span></span>')
    claim = view.claims.get(sent["sent_id"])
    flag = ""
    if claim is not None and not claim["attributed"]:
        label = _e(t("cat_unattributed", view.ui))
        flag = f'<span class="claim-flag" title="{label}"><span class="sr-only">{label}: </span></span>'
    return f'<span class="s s-{_e(sent["kind"])}" id="s-{_e(sent["sent_id"])}">{flag}{"".join(out)}</span>'


def _marks_by_sentence(sentences: list[dict[str, Any]], marks: list[_Mark]) -> list[list[_Mark]]:
    """For each sentence, the marks of non-zero length that overlap it, in mark order.

    Sentences are in text order and do not overlap, so each mark is looked up by binary search
    instead of testing every mark against every sentence (quadratic in a long article).
    """
    ends = [s["end"] for s in sentences]
    found: list[list[_Mark]] = [[] for _ in sentences]
    for mark in marks:
        if mark.end <= mark.start:
            continue
        k = bisect_right(ends, mark.start)  # the first sentence ending after the mark starts
        while k < len(sentences) and sentences[k]["start"] < mark.end:
            found[k].append(mark)
            k += 1
    return found


def annotated_text(view: ArticleView) -> Markup:
    """The article as HTML blocks with every cue, attribution cue and source highlighted in place."""
    text = view.article["text"]
    marks = _marks(view)
    names: dict[str | None, str] = {s["source_id"]: s["name"] for s in view.sources}
    sentences = view.sentences
    if all(a["end"] <= b["start"] for a, b in pairwise(sentences)):
        by_sentence = _marks_by_sentence(sentences, marks)
    else:  # not in text order (tables not made by quellcheck): test every mark
        by_sentence = [[m for m in marks if m.start < s["end"] and m.end > s["start"] and m.end > m.start] for s in sentences]
    blocks: list[list[int]] = []
    for n, sent in enumerate(sentences):
        if blocks and sentences[blocks[-1][0]]["para_id"] == sent["para_id"]:
            blocks[-1].append(n)
        else:
            blocks.append([n])
    html = []
    for block in blocks:
        first = sentences[block[0]]
        kind = first["kind"] if all(sentences[n]["kind"] == first["kind"] for n in block) else "body"
        tag = _BLOCK_KINDS.get(kind, "p")
        pieces = []
        for position, n in enumerate(block):
            sent = sentences[n]
            if position:
                gap = text[sentences[block[position - 1]]["end"] : sent["start"]]
                pieces.append(_e(" " if gap.strip() == "" else gap))
            pieces.append(_render_sentence(view, text, sent, by_sentence[n], names))
        html.append(f'<{_e(tag)} class="b b-{_e(kind)}">{"".join(pieces)}</{_e(tag)}>')
    return Markup("\n".join(html))


# --- renderers ----------------------------------------------------------------------


def _components(view: ArticleView) -> list[dict[str, Any]]:
    keys = ("reliability", *COMPONENTS)
    return [{"key": k, "label": view.label(k), "help": help_text(k, view.ui), "value": view.scores.get(k)} for k in keys]


def readability_note(view: ArticleView) -> str | None:
    """Why the readability tiles show "—", or None when they show figures. Without formulas the
    figures were not computed (a corpus run without ``--readability``); with them, there was no
    body text to measure."""
    if view.scores.get("readability_reading_ease") is not None:
        return None
    if not view.scores.get("readability_formulas"):
        return view.label("readability_missing")
    return view.label("readability_unmeasured")


def _chart(view: ArticleView) -> Markup:
    comps = _components(view)
    return Markup(profile_chart([c["label"] for c in comps], [c["value"] for c in comps], view.label("not_measured"), view.label("profile")))


def render_article_html(
    tables: Mapping[str, pd.DataFrame],
    ui_lang: str | None = None,
    article_id: str | None = None,
    fragment: bool = False,
    generated: str | None = None,
) -> str:
    """The self-contained HTML report for one article (``fragment``: without the page frame, for Jupyter)."""
    return _render_html(build_view(tables, ui_lang, article_id), fragment, generated)


def render_article_pages(tables: Mapping[str, pd.DataFrame], ui_lang: str | None = None) -> Iterator[tuple[str, str]]:
    """``(article_id, html)`` of every article in ``tables`` (many articles, e.g. a corpus batch), in table order.

    Each page is what :func:`render_article_html` gives for that article alone; the tables are
    read once for all of them instead of once per article.
    """
    by_article: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in _rows(tables["articles"]):
        by_article[row["article_id"]] = {table: [] for table in _VIEW_TABLES}
        by_article[row["article_id"]]["articles"].append(row)
    for table in _VIEW_TABLES[1:]:
        frame = tables.get(table)
        for row in _rows(frame) if frame is not None and len(frame) else ():
            article = by_article.get(row["article_id"])
            if article is not None:
                article[table].append(row)
    for article_id, rows in by_article.items():
        yield article_id, _render_html(_view(rows, ui_lang), False, None)


def _render_html(view: ArticleView, fragment: bool, generated: str | None) -> str:
    template = _env().get_template("article.html.j2")
    return template.render(
        v=view, L=lambda key: view.label(key), components=_components(view), chart=_chart(view),
        text=annotated_text(view), categories=CATEGORIES, fragment=fragment, generated=generated,
        reasons=[reason_text(r, view.ui) for r in view.reasons], host=_host(view.article.get("url")),
        note=note_text(view.scores.get("reliability_note") or "", view.ui), band=_band(view),
        readability_note=readability_note(view),
    )  # fmt: skip


def _band(view: ArticleView) -> str | None:
    """The reading-ease band, for formulas that have one (the Spanish Szigriszt-Pazos: INFLESZ)."""
    return readability_band(view.scores.get("readability_reading_ease"), view.scores.get("readability_formulas"), view.ui)


def _host(url: str | None) -> str | None:
    """The article's address without its scheme: a report holds no link out."""
    if not url:
        return None
    return url.split("://", 1)[-1]


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>|#" else ch for ch in text)


def render_article_markdown(tables: Mapping[str, pd.DataFrame], ui_lang: str | None = None, article_id: str | None = None) -> str:
    """The report as Markdown for a ticket or wiki: profile and sources as tables, flagged sentences quoted."""
    view = build_view(tables, ui_lang, article_id)
    ui = view.ui
    L = view.label  # noqa: N806
    a = view.article
    lines = [f"# {L('report_title')}: {_md_escape(a['title'] or a['article_id'])}", ""]
    meta = [x for x in (a.get("outlet"), a.get("published"), _host(a.get("url"))) if x]
    if meta:
        lines += [_md_escape(" · ".join(meta)), ""]
    lines += [f"> {L('scope_note')}", "", f"## {L('profile')}", "", L("scale_note"), "",
              f"| {L('profile')} | 0–100 | {L('scale')} |", "|---|---:|---|"]  # fmt: skip
    for c in _components(view):
        value = "—" if c["value"] is None else f"{c['value']:.0f}"
        lines.append(f"| {c['label']} | {value} | {_md_escape(c['help'])} |")
    if view.scores.get("reliability_note"):
        lines += ["", f"*{_md_escape(note_text(view.scores['reliability_note'], ui))}*"]
    lines += ["", f"### {L('reasons')}", ""]
    lines += [f"- {_md_escape(reason_text(r, ui))}" for r in view.reasons] or [f"- {L('no_reasons')}"]
    lines += ["", f"## {L('text')}", ""]
    by_sent: dict[int, list[str]] = defaultdict(list)
    for cue in view.cues:
        if cue["voice"] != "author":
            continue
        explanation = cue_explanation(cue, ui, a["lang"])
        flag = f"**{t('cat_' + cue['category'], ui)}** {quote(_md_escape(cue['text']), ui)} – {_md_escape(explanation)}"
        if cue["suggestion"]:
            flag += f" *{L('suggestion')}: {_md_escape(cue['suggestion'])}*"
        by_sent[cue["sent_id"]].append(flag)
    for sent_id, claim in view.claims.items():
        if not claim["attributed"]:
            by_sent[sent_id].append(f"**{L('cat_unattributed')}**")
    flagged = [s for s in view.sentences if s["sent_id"] in by_sent]
    for s in flagged:
        lines += [f"> {_md_escape(s['text'])}", ""]
        lines += [f"- {flag}" for flag in by_sent[s["sent_id"]]]
        lines.append("")
    lines += [f"## {L('sources')}", ""]
    if view.source_rows:
        lines += [f"| {L('source_name')} | {L('source_kind')} | {L('country')} | {L('named')} | {L('mentions')} | {L('via')} | {L('strength')} |",
                  "|---|---|---|---|---:|---|---:|"]  # fmt: skip
        for r in view.source_rows:
            lines.append(f"| {_md_escape(r['name'])} | {r['kind']} | {r['country']} | {r['named']} | {r['mentions']} | {_md_escape(r['via'])} | {r['strength']} |")
    else:
        lines.append(L("no_sources"))
    lines += ["", f"## {L('readability')}", ""]
    ease, grade = view.scores.get("readability_reading_ease"), view.scores.get("readability_grade")
    formulas = view.scores.get("readability_formulas") or ""
    if ease is not None:
        band = _band(view)
        lines.append(f"{L('reading_ease')} {ease:.0f}{f' ({band})' if band else ''}, {L('grade')} {grade:.1f} ({formulas})")
    else:
        lines.append(f"{L('readability')}: — ({readability_note(view)})")
    lines.append(f"{a['n_sentences']} {L('sentences')}, {a['n_words']} {L('words')}, {len(view.claims)} {L('claims')}")
    lines += ["", "---", f"*{L('footer')}: {L('tool')} {a['quellcheck_version']} · {L('config')} {view.scores.get('config_fingerprint') or '—'} · {L('input_hash')} {a['input_sha256'][:16]}*", ""]
    return "\n".join(lines)
