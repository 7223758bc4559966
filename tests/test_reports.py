"""Reports: golden files, determinism, escaping of hostile text, no external URLs, corpus report."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from markupsafe import Markup

from conftest import DEMO, ROOT, run_cli
from reports import render_article_html, render_article_markdown, render_summary
from reports.corpus import render_corpus_html
from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ReadOptions, iter_articles
from scoring.results import batch_tables

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("QUELLCHECK_UPDATE_GOLDEN") == "1"


def demo_tables() -> dict[str, pd.DataFrame]:
    [inp] = list(iter_articles([str(DEMO)], ReadOptions()))
    return analyze_input(inp, AnalysisOptions(readability=True)).tables()


def check_golden(name: str, content: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(content, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written; review and commit it")
    assert content == path.read_text(encoding="utf-8"), f"{name} differs from the golden file (QUELLCHECK_UPDATE_GOLDEN=1 to regenerate on purpose)"


@pytest.mark.parametrize("ui", ["de", "en"])
def test_golden_html(ui: str) -> None:
    check_golden(f"demo.{ui}.html", render_article_html(demo_tables(), ui))


@pytest.mark.parametrize("ui", ["de", "en"])
def test_golden_markdown(ui: str) -> None:
    check_golden(f"demo.{ui}.md", render_article_markdown(demo_tables(), ui))


def test_golden_text() -> None:
    check_golden("demo.txt", render_summary(demo_tables()) + "\n")


def test_html_is_deterministic_through_the_cli(tmp_path: Path) -> None:
    outputs = []
    for n in range(2):
        path = tmp_path / f"r{n}.html"
        assert run_cli("analyze", str(DEMO), "--format", "html", "-o", str(path)).returncode == 0
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"Stadtwerke Lindenau" in outputs[0]


def test_ui_language_defaults_to_the_article_language() -> None:
    tables = demo_tables()
    assert '<html lang="de">' in render_article_html(tables)
    assert '<html lang="en">' in render_article_html(tables, "en")
    assert "Quellenprofil" in render_article_html(tables) and "Source profile" in render_article_html(tables, "en")


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str]] = []
        self.handlers: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts.append(attributes)
        for key, value in attributes.items():
            if key.startswith("on"):
                self.handlers.append((tag, key))
            if key in ("href", "src", "action", "srcset", "poster", "formaction", "xlink:href", "data"):
                self.links.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


HOSTILE = (
    "Die Stadt <script>alert(1)</script> plant neue Radwege. "
    'Ein Sprecher sagte: "><img src=x onerror=alert(1)>. '
    "Mehr unter javascript:alert(2) und [Link](javascript:alert(3)). "
    "Das Regime rechnet mit {{ 7*7 }} Millionen Euro. Die Seite https://example.invalid/evil bleibt Text."
)


def hostile_tables() -> dict[str, pd.DataFrame]:
    from scoring import analyze

    result = analyze(HOSTILE, lang="de", title='<b onmouseover="alert(4)">Titel</b>', article_id="x<script>")
    return result.tables()


@pytest.mark.parametrize("render", ["article", "corpus"])
def test_hostile_text_renders_as_text(render: str) -> None:
    tables = hostile_tables()
    html = render_article_html(tables, "de") if render == "article" else render_corpus_html(tables, ui_lang="de")
    audit = _Audit()
    audit.feed(html)
    text = "".join(audit.text)
    own_scripts = [s for s in audit.scripts if s.get("id") == "quellcheck-table"]
    assert len(audit.scripts) == len(own_scripts)  # no script element from the article
    assert audit.handlers == []  # no event-handler attributes at all
    assert not any(link.strip().lower().startswith("javascript:") for link in audit.links)
    if render == "article":
        assert "<script>alert(1)</script>" in text
        assert '"><img src=x onerror=alert(1)>' in text
        assert "{{ 7*7 }}" in text and "49 Millionen" not in text


def test_markdown_escapes_hostile_text() -> None:
    md = render_article_markdown(hostile_tables(), "de")
    assert "<script>" not in md and "\\<script\\>" in md


@pytest.mark.parametrize("render", ["article", "corpus"])
def test_no_external_url(render: str) -> None:
    tables = hostile_tables()
    html = render_article_html(tables, "de") if render == "article" else render_corpus_html(tables, ui_lang="de")
    audit = _Audit()
    audit.feed(html)
    for link in audit.links:
        assert "://" not in link and not link.startswith("//"), link
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "@import" not in html
    assert "http://www.w3.org" not in html  # not even namespace URIs in the inline SVG


def test_report_fragment_for_jupyter() -> None:
    html = render_article_html(demo_tables(), fragment=True)
    assert html.lstrip().startswith('<div class="quellcheck-report">') and "<html" not in html


def corpus_tables(n: int = 6) -> dict[str, pd.DataFrame]:
    from scoring import analyze

    texts = [
        "Laut der Polizei wurde niemand verletzt. Die Feuerwehr bestätigte, dass das Feuer gelöscht ist. Der Schaden ist hoch.",
        "Das Regime lügt skrupellos. Die galoppierende Abzocke ist eine Schande. Es ist kein Zufall, dass alle leiden.",
    ]
    analyses = []
    for i in range(n):
        result = analyze(texts[i % 2], lang="de", article_id=f"a{i}", outlet=["Blatt A", "Blatt B"][i % 2])
        result.article["meta"] = '{"topic": "%s"}' % ("Politik" if i < n // 2 else "Chronik")
        analyses.append(result)
    return batch_tables(analyses)


def test_corpus_report_groups_and_lists() -> None:
    tables = corpus_tables()
    html = render_corpus_html(tables, ui_lang="en")
    assert "Blatt A" in html and "Blatt B" in html and "6 Articles" in html
    by_topic = render_corpus_html(tables, group_by="topic", ui_lang="de")
    assert "Politik" in by_topic and "Chronik" in by_topic
    with pytest.raises(ValueError, match="no column or meta field"):
        render_corpus_html(tables, group_by="nonexistent")


def test_corpus_report_with_one_article_and_row_limit(tmp_path: Path) -> None:
    tables = corpus_tables(1)
    assert "1 Articles" in render_corpus_html(tables, ui_lang="en")
    many = corpus_tables(8)
    html = render_corpus_html(many, max_rows=3, ui_lang="en")
    assert "3 of 8 shown" in html


def test_corpus_report_from_parts_equals_report_from_whole_tables(tmp_path: Path) -> None:
    """The report read part by part (summaries added up) is the report of the whole tables."""
    from reports.corpus import summarize_sources
    from scoring.output.tables import load_corpus_tables
    from scoring.output.tables import write_part

    tables = corpus_tables(8)
    for table, frame in tables.items():
        ids = sorted(tables["articles"]["article_id"])
        for n, chunk in enumerate((ids[:3], ids[3:5], ids[5:])):  # three parts, each article in one
            (tmp_path / table).mkdir(exist_ok=True)
            write_part(tmp_path / table / f"part-{n:05d}.parquet", frame[frame["article_id"].isin(chunk)], table)
    whole = summarize_sources([tables["sources"]]).sort_values("key").reset_index(drop=True)
    loaded = load_corpus_tables(tmp_path, group_by="topic")
    parts = loaded["source_summary"].sort_values("key").reset_index(drop=True)
    pd.testing.assert_frame_equal(whole, parts, check_dtype=False)
    assert sum(loaded["loaded_terms"].values()) > 0
    assert render_corpus_html(loaded, group_by="topic") == render_corpus_html(tables, group_by="topic")


def test_corpus_report_links_existing_reports(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a0.html").write_text("x", encoding="utf-8")
    html = render_corpus_html(corpus_tables(), reports_dir=reports)
    assert 'href="reports/a0.html"' in html and 'href="reports/a1.html"' not in html


def test_report_command_on_saved_tables(tmp_path: Path) -> None:
    tables_dir = tmp_path / "tables"
    result = run_cli("analyze", str(DEMO), "--tables", str(tables_dir), "--tables-format", "csv", "-q")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tables_dir.iterdir()) == sorted(
        f"{t}.csv" for t in ("articles", "sentences", "cues", "attributions", "sources", "claims", "links", "scores")
    )
    out = tmp_path / "corpus.html"
    result = run_cli("report", str(tables_dir), "-o", str(out), "--ui-lang", "de")
    assert result.returncode == 0, result.stderr
    assert "Korpusbericht" in out.read_text(encoding="utf-8")
    bad = run_cli("report", str(tables_dir), "-o", str(out), "--group-by", "nope")
    assert bad.returncode == 2 and "no column or meta field" in bad.stderr


def test_several_html_reports_need_a_directory(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie viel.", encoding="utf-8")
    result = run_cli("analyze", str(DEMO), str(other), "--format", "html")
    assert result.returncode == 2 and "directory" in result.stderr
    out = tmp_path / "reports"
    result = run_cli("analyze", str(DEMO), str(other), "--format", "html", "-o", str(out))
    assert result.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["b.html", "de_stadtwerke.html"]


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_colours_meet_wcag_aa() -> None:
    css = (ROOT / "reports" / "templates" / "_style.css.j2").read_text(encoding="utf-8")
    var = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    backgrounds = ["bg", "panel", "hedge", "booster", "loaded", "scare", "foreign", "attr"]
    for bg in backgrounds:
        assert _contrast(var["ink"], var[bg]) >= 4.5, bg  # body text on every highlight
    for bg in ("bg", "panel"):
        assert _contrast(var["muted"], var[bg]) >= 4.5, f"muted on {bg}"
    assert _contrast("#ffffff", "#1f2328") >= 4.5  # tooltip text
    for underline in ("hedge-u", "booster-u", "loaded-u", "scare-u", "attr-u"):
        assert _contrast(var[underline], var["bg"]) >= 3.0, underline  # non-text contrast of the marks


def test_corpus_report_language_follows_the_articles_and_columns_explain_themselves() -> None:
    tables = corpus_tables(2)  # German articles
    html = render_corpus_html(tables)
    assert '<html lang="de"' in html and "Zurückhaltende Wortwahl" in html
    english = render_corpus_html(tables, ui_lang="en")
    assert "Restraint in wording" in english and "Language /1000" not in english
    assert 'aria-describedby="help-col-loaded_wording"' in english and 'id="help-col-loaded_wording"' in english
    assert "100 = no loaded words" in english and "Loaded words per 1,000 words" in english


@pytest.mark.parametrize("value", ['Tom & "Jerry" <b>', "it's <script>&amp;", "", "plain", 42, Markup("<i>kept</i>"), 0.5])
def test_fast_escape_matches_markupsafe(value: object) -> None:
    from markupsafe import escape

    from reports.article import _e

    assert _e(value) == str(escape(value))
