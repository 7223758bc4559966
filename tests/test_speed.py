"""What makes the analysis, corpus runs and reports fast (issue 12), guarded without timing.

Timing would make flaky tests on a shared machine; these tests check the mechanisms instead
and that each gives the same result as the slow way it replaced: the one lexicon pass per
article (cue matching visits only the tokens it found), the attribution grammar asked only
about sentences with a trigger (calls counted), report pages rendered from a whole batch's
tables in the worker that analysed it, profile charts filled in rather than drawn (compared
byte for byte with matplotlib), and the corpus run's memory settings. ``bench/floor.py`` and
``bench/corpus_run.py`` measure the time.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEMO, ROOT

from reports import render_article_html, render_article_pages
from reports.article import COMPONENTS
from reports.charts import draw_profile_chart, profile_chart
from reports.i18n import LABELS
from scoring import analyze
from scoring.analysis import attribution
from scoring.analysis.cues import CUE_KINDS, CUE_LEXICONS, lexicon_scan, matcher
from scoring.corpus.run import CorpusOptions, Progress, auto_batch_size
from scoring.languages import Language, get_language
from scoring.languages.grammar import Grammar
from scoring.model.doc import build_doc
from scoring.results import batch_tables

GERMAN = (
    "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie 2 Mio. Euro. "
    "Das Regime soll 40 Millionen Euro veruntreut haben. Analysten zufolge ist das ein Problem.\n\n"
    "„Wir bleiben dabei“, sagte die Sprecherin. Der Bau beginnt im Mai. Unklar ist, wer zahlt! "
    "Die Kosten seien zu hoch, hieß es. Demnach fehlen Mittel. Wir finden das richtig.\n\n"
    "Castro-Regimes und Sanktionsregime. Es ist kein Zufall, dass das Projekt möglicherweise scheitert."
)


def _german_texts() -> list[str]:
    return [GERMAN, DEMO.read_text(encoding="utf-8")]


# --- one lexicon pass per article ---------------------------------------------------------------------


@pytest.mark.parametrize("text", _german_texts(), ids=["constructed", "demo"])
def test_cue_matching_over_the_scan_finds_what_a_full_pass_finds(text: str) -> None:
    result = analyze(text, lang="de")
    doc = build_doc(result.article_id, "de", result.text, result.sentences)
    scan = lexicon_scan(doc)
    cues = matcher("de", CUE_LEXICONS)
    visited = 0
    for first, last in doc.sent_tokens:
        tokens = doc.tokens[first:last]
        candidates = scan.local(first, last, CUE_KINDS)
        visited += len(candidates)
        assert list(cues.find(tokens, candidates)) == list(cues.find(tokens))
    assert 0 < visited < len(doc.tokens) / 2  # most tokens are no form of any cue lexicon


def test_the_scan_is_made_once_per_article() -> None:
    result = analyze(GERMAN, lang="de")
    doc = build_doc(result.article_id, "de", result.text, result.sentences)
    assert lexicon_scan(doc) is lexicon_scan(doc)
    assert doc.lows == [t.low for t in doc.tokens] and doc._starts == [t.start for t in doc.tokens]


# --- attribution only where something can start one ---------------------------------------------------


TOY_ARTICLE = (
    "La polico diris, ke la regimo eble kashis tri milionojn.\n\n"
    "La urbo konstruas novan ponton. La ponto estas longa. La vetero estas bona.\n\n"
    "Lau la ministerio la nombro certe estas pli alta.\n\n"
    "Ano Berger diris: „Ni ne scias, kion la regimo planas nun.“\n"
)


def _asked(monkeypatch: pytest.MonkeyPatch, grammar_class: type) -> list[int]:
    """Record the sentences a grammar's find_in_sentence is called for."""
    asked: list[int] = []
    original = grammar_class.find_in_sentence

    def counting(self: Grammar, doc: object, sent_id: int, *args: object) -> None:
        asked.append(sent_id)
        original(self, doc, sent_id, *args)

    monkeypatch.setattr(grammar_class, "find_in_sentence", counting)
    return asked


def test_the_generic_grammar_is_not_asked_about_sentences_without_a_trigger(toy: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, Grammar)
    result = analyze(TOY_ARTICLE, lang="xx")
    texts = {row["sent_id"]: row["text"] for row in result.sentences}
    assert [texts[k] for k in asked] == [
        "La polico diris, ke la regimo eble kashis tri milionojn.",
        "Lau la ministerio la nombro certe estas pli alta.",
        "Ano Berger diris: „Ni ne scias, kion la regimo planas nun.“",
    ]
    asked.clear()
    monkeypatch.setattr(attribution, "may_hold_attribution", lambda scan, toks: True)
    everything = analyze(TOY_ARTICLE, lang="xx")
    assert len(asked) == len(result.sentences)
    assert everything.to_json_obj()["attributions"] == result.to_json_obj()["attributions"]


def test_the_german_grammar_is_asked_only_about_sentences_with_a_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, type(get_language("de").grammar))
    result = analyze(GERMAN, lang="de")
    texts = {row["sent_id"]: row["text"] for row in result.sentences}
    asked_texts = {texts[k] for k in asked}
    assert "Die Stadt plant neue Radwege." not in asked_texts  # no reporting word at all
    assert "Der Bau beginnt im Mai." not in asked_texts
    assert "Demnach fehlen Mittel." in asked_texts  # a trigger of the grammar's own
    assert "Die Kosten seien zu hoch, hieß es." in asked_texts  # Konjunktiv I and a reporting phrase


@pytest.mark.parametrize("text", _german_texts(), ids=["constructed", "demo"])
def test_skipping_sentences_changes_no_german_attribution(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = analyze(text, lang="de").to_json_obj()
    monkeypatch.setattr(attribution, "may_hold_attribution", lambda scan, toks: True)
    assert analyze(text, lang="de").to_json_obj() == result


# --- reports ----------------------------------------------------------------------------------------------


def _labels(ui: str) -> tuple[list[str], str, str]:
    return [LABELS[k][ui] for k in ("reliability", *COMPONENTS)], LABELS["not_measured"][ui], LABELS["profile"][ui]


VALUES = [0.0, 0.1, 3.1, 17.9, 17.95, 18.0, 33.3, 49.95, 54.9, 66.7, 99.9, 100.0, 12.345678, 87.654321]


@pytest.mark.parametrize("ui", ["de", "en"])
def test_filled_in_profile_charts_are_what_matplotlib_draws(ui: str) -> None:
    labels, missing, title = _labels(ui)
    charts = [[VALUES[(k + j * 5) % len(VALUES)] for j in range(5)] for k in range(len(VALUES))]
    charts += [[None if m else VALUES[(k * 7 + j) % len(VALUES)] for j, m in enumerate(pattern)]
               for k, pattern in enumerate(itertools.product([False, True], repeat=5))][::3]  # fmt: skip
    for values in charts:
        assert profile_chart(labels, values, missing, title) == draw_profile_chart(labels, values, missing, title), values


def test_report_pages_of_a_batch_are_the_per_article_reports() -> None:
    analyses = [analyze(text, lang="de", article_id=f"a{k}", url="https://example.org/x" if k else None)
                for k, text in enumerate([*_german_texts(), "Kurz. Nur ein Satz ohne Quelle."])]  # fmt: skip
    tables = batch_tables(analyses)
    for ui in (None, "en"):
        pages = dict(render_article_pages(tables, ui))
        assert list(pages) == [a.article_id for a in analyses]
        for analysis in analyses:
            assert pages[analysis.article_id] == render_article_html(analysis.tables(), ui)


def test_corpus_reports_are_rendered_in_the_workers(tmp_path: Path) -> None:
    """With --jobs 2, the process that runs the corpus never loads the report code."""
    source = tmp_path / "articles.jsonl"
    texts = _german_texts() * 3
    source.write_text("".join(json.dumps({"id": f"r{k}", "text": t}) + "\n" for k, t in enumerate(texts)), encoding="utf-8")
    script = (
        "import sys\n"
        "from scoring.corpus.run import CorpusOptions, run_corpus\n"
        "from scoring.pipeline import AnalysisOptions\n"
        f"run = run_corpus([{str(source)!r}], {str(tmp_path / 'out')!r}, analysis=AnalysisOptions(lang='de'),\n"
        "                 options=CorpusOptions(jobs=2, batch_size=2, reports=True, corpus_report=False))\n"
        "print(run.analysed, 'reports.article' in sys.modules, 'matplotlib' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(texts)), "False", "False"]
    assert sorted(p.stem for p in (tmp_path / "out" / "reports").glob("*.html")) == sorted(f"r{k}" for k in range(len(texts)))


# --- corpus runs: memory and progress ---------------------------------------------------------------------


def test_automatic_batches_stay_small_for_large_corpora() -> None:
    # a batch's rows and frames are most of a worker's memory: 250 articles at most on average
    assert auto_batch_size(100_000, CorpusOptions(jobs=2)) == 250
    assert auto_batch_size(1_028, CorpusOptions(jobs=1)) == 250
    assert auto_batch_size(300, CorpusOptions(jobs=2)) == 75
    assert auto_batch_size(None, CorpusOptions(engine="dask", scheduler="tcp://host:8786")) == 1000


def test_the_progress_says_what_the_run_is_doing_before_articles_come_back() -> None:
    stream = io.StringIO()
    progress = Progress("log", stream=stream)
    progress.status("starting a Dask LocalCluster with 2 workers")
    assert stream.getvalue() == "quellcheck: starting a Dask LocalCluster with 2 workers\n"


def test_a_cached_chart_layout_draws_what_matplotlib_draws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reports import charts

    monkeypatch.setenv("QUELLCHECK_CACHE_DIR", str(tmp_path))
    labels, missing_label, title = _labels("en")
    missing = (False, False, True, False, False)
    charts._profile_layout.cache_clear()
    built = charts._profile_layout(tuple(labels), missing_label, title, missing)
    assert built.exact and len(list(tmp_path.glob("chart-profile-*.json"))) == 1
    charts._profile_layout.cache_clear()
    loaded = charts._profile_layout(tuple(labels), missing_label, title, missing)
    assert loaded is not built and loaded.to_json() == built.to_json()
    values = [73.0, 12.5, None, 100.0, 0.0]
    assert loaded.svg(values) == charts.draw_profile_chart(labels, values, missing_label, title)
    charts._profile_layout.cache_clear()


def test_a_damaged_chart_layout_file_is_drawn_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reports import charts

    monkeypatch.setenv("QUELLCHECK_CACHE_DIR", str(tmp_path))
    labels, missing_label, title = _labels("de")
    missing = (False,) * 5
    name = charts._layout_cache_name(tuple(labels), missing_label, title, missing)
    assert name is not None
    (tmp_path / name).write_text('{"missing": [true], "exact": true}', encoding="utf-8")
    charts._profile_layout.cache_clear()
    values = [55.0, 20.0, 3.0, 99.0, 41.0]
    assert charts.profile_chart(labels, values, missing_label, title) == charts.draw_profile_chart(labels, values, missing_label, title)
    assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["missing"] == [False] * 5  # written anew
    charts._profile_layout.cache_clear()


def test_a_report_with_a_cached_layout_does_not_import_matplotlib(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from scoring import analyze\n"
        "from reports import render_article_html\n"
        "html = render_article_html(analyze('Die Stadt teilte mit, die Brücke bleibe gesperrt.', lang='de').tables())\n"
        "print('matplotlib' in sys.modules, '<svg' in html)\n"
    )
    env = {**os.environ, "QUELLCHECK_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split() == ["True", "True"]  # drawn once with matplotlib, then kept
    assert second.stdout.split() == ["False", "True"]


def test_the_floor_bench_times_stages_that_the_analysis_runs() -> None:
    """``bench/floor.py bounds`` times each stage where the pipeline looks it up: a renamed or moved stage
    would leave its timer unused and the figures wrong, so every stage must be a module global that one
    analysis calls."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("floor_bench", ROOT / "bench" / "floor.py")
    assert spec is not None and spec.loader is not None
    floor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(floor)
    spent = dict.fromkeys((label for _, _, label in floor.STAGES), 0.0)
    originals = []
    for module_name, name, label in floor.STAGES:
        module = importlib.import_module(module_name)
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, floor._timer(getattr(module, name), label, spent))
    try:
        analyze(GERMAN, lang="de")
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    assert all(seconds > 0 for seconds in spent.values()), spent
