"""English through every interface: analyze, corpus, reports, check, the web app (menu, editor, teaching mode
with the English sample article), evaluate, calibrate, agree and ArticleFeatures(lang="en"). Texts are written
for these tests or are the English sample in scoring/samples/."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT, run_cli

from scoring import analyze
from scoring.languages import get_language, scored_codes

SAMPLE_EN = ROOT / "scoring" / "samples" / "en_waterworks.txt"

SOURCED = [
    ("The city council approved the new budget on Tuesday. Mayor Ana Ruiz said the plan would fund two schools. "
     "“We are investing in our children,” Ruiz told reporters. According to the state audit office, the plan is sound."),
    ("The transit agency will raise fares in June. A spokesman for the agency, Paul Green, said energy costs had "
     "risen. The riders' union criticized the increase. The transport ministry said subsidies would not change."),
    ("A new museum opened in the harbor district. Its director, Jonas White, said he expected 100,000 visitors in "
     "the first year. The culture department said the building cost $12 million, according to a statement."),
]
LOADED = [
    ("The regime lies shamelessly. The so-called reform is a farce. Of course everyone knows the ministers are "
     "incompetent. The country is clearly heading for disaster."),
    ("The thugs in charge have bungled everything. This outrageous power grab is a disgrace. It is no coincidence "
     "that the radical left cheers. The whole thing is absurd."),
    ("The corrupt bosses rake in whopping bonuses. Workers are brutally exploited. There is no doubt the system is "
     "rotten. The chaos is a nightmare for everyone."),
]


def test_english_is_scored_and_every_scoring_lexicon_is_there() -> None:
    assert "en" in scored_codes()
    english = get_language("en")
    assert english.scored and english.grammar.lex.verbs and english.readability_formulas


def test_analyze_gives_validated_tables_and_an_english_profile() -> None:
    result = analyze(SOURCED[0], lang="en")
    tables = result.tables()  # every table validates against its pandera schema
    assert tables["articles"]["lang"].tolist() == ["en"]
    assert len(tables["attributions"]) >= 3 and tables["scores"]["reliability"].notna().all()
    reasons = json.loads(result.scores["profile_reasons"])
    assert all(r["en"] and r["de"] for r in reasons)
    assert ("person:ruiz", "government") in {(s["source_id"], s["kind"]) for s in result.sources}  # "Mayor Ana Ruiz"


def test_readability_uses_the_english_formulas() -> None:
    from scoring.pipeline import AnalysisOptions, analyze_input
    from scoring.reading.readers import ArticleInput

    inp = ArticleInput(name="x", content=SOURCED[1], markup="txt", input_format="txt", input_sha256="", article_id="x")
    scores = analyze_input(inp, AnalysisOptions(lang="en", readability=True)).scores
    assert scores["readability_formulas"] == "Flesch Reading Ease; Flesch–Kincaid grade"
    assert 0 < scores["readability_reading_ease"] < 100 and scores["readability_grade"] > 0


def test_language_detection_picks_english() -> None:
    assert analyze(SAMPLE_EN.read_text(encoding="utf-8")).article["lang"] == "en"


def test_corpus_run_scores_english_articles(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": f"a{k}", "text": t}) + "\n" for k, t in enumerate(SOURCED + LOADED)), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("corpus", str(rows), "-o", str(out), "--progress", "none", "--lang", "en", "--format", "csv", "--no-corpus-report")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert not manifest["counts"].get("unscored_by_lang")
    cues = pd.concat(pd.read_csv(p) for p in sorted((out / "cues").glob("*.csv")))
    assert {"loaded", "booster"} <= set(cues["category"])


def test_reports_render_english_articles() -> None:
    from reports import render_article_html, render_article_markdown, render_summary

    tables = analyze(LOADED[0], lang="en").tables()
    html = render_article_html(tables, "en")
    assert "regime" in html and "government" in html  # highlighted, with its neutral suggestion
    assert "Flesch" in html or "reliability" in html.lower()
    assert "regime" in render_article_markdown(tables, "en") and render_summary(tables)


def test_check_reports_english_findings(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Harbor news\n\nThe regime is said to have spent $4 million on the stadium. Analysts say the deal is bad.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(draft))
    assert result.returncode == 1, result.stderr
    for rule in ("loaded-term", "reportative-sollen", "vague-source"):
        assert f"[{rule}]" in result.stdout
    assert f"{draft}:3:5: warning: Loaded term: “regime”" in result.stdout


def test_check_finds_nothing_to_warn_about_in_a_sourced_report(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(SOURCED[0] + "\n", encoding="utf-8")
    result = run_cli("check", str(draft), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_sample_article_shows_every_category() -> None:
    result = analyze(SAMPLE_EN.read_text(encoding="utf-8"), lang="en")
    cues = {(c["category"], c["subtype"]) for c in result.cues}
    assert {("hedge", "reportative"), ("hedge", "epistemic_modal"), ("booster", "insinuation"), ("loaded", "label")} <= cues
    assert ("scare_quote", "distance") in cues
    forms = {a["form"] for a in result.attributions}
    assert {"direct_quote", "indirect", "according_to", "reportative"} <= forms
    assert any(a["via_text"] for a in result.attributions)  # "told the Harbor City Ledger"
    kinds = {s["source_id"].split(":")[0] for s in result.sources}
    assert "person" in kinds and "generic" in kinds
    # the rule that must not fire: "must be approved by the city council by Friday" is deontic
    assert not any(c["text"] == "must" for c in result.cues)
    assert any(s["kind"] == "boilerplate" for s in result.sentences)  # "Related articles:", "Tags: …"


# --- the web app -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from scoring.web import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as client:
        yield client


def test_the_language_menu_offers_english(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/?lang=en").text
    assert 'value="en"' in page


def test_the_editor_analyses_the_english_sample(client) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE_EN.read_text(encoding="utf-8")
    response = client.post("/analyze?lang=en", data={"text": text, "markup": "txt", "article_lang": "en"})
    assert response.status_code == 200
    assert "regime" in response.text and "Loaded term" in response.text


def test_teaching_mode_checks_english_marks_in_every_category(client) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE_EN.read_text(encoding="utf-8")
    analysis = analyze(text, lang="en")
    norm = analysis.text

    def span(needle: str, category: str) -> dict:
        start = norm.index(needle)
        return {"start": start, "end": start + len(needle), "category": category}

    spans = [span("is said to", "hedge"), span("Maria Delgado", "attribution"), span("regime", "loaded"),
             span('"special"', "scare_quote")]  # fmt: skip
    response = client.post("/api/teach/check", json={"text": text, "ui": "en", "article_lang": "en", "spans": spans})
    assert response.status_code == 200, response.text
    result = {c["category"]: c for c in response.json()["categories"]}
    for category in ("hedge", "attribution", "loaded", "scare_quote"):
        assert len(result[category]["found"]) == 1, (category, result[category])
        assert not result[category]["extra"]
    assert result["hedge"]["missed"]  # the other hedges of the sample ("may", "an estimated") are still to find


def test_teaching_pages_render_for_english(client) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE_EN.read_text(encoding="utf-8")
    form = {"text": text, "markup": "txt", "article_lang": "en"}
    for path in ("/teach?lang=en", "/teach/worksheet?lang=en", "/teach/answers?lang=en"):
        response = client.post(path, data=form)
        assert response.status_code == 200 and "Harbor City" in response.text, path


# --- research tools --------------------------------------------------------------------------------


def test_evaluate_english_span_gold(tmp_path: Path) -> None:
    from scoring.research.evaluate import evaluate, read_gold

    text = "The mayor said the bridge would reopen. The regime is said to have lied. Officials may resign."
    gold = [
        {"article_id": "e1", "text": text, "category": "attribution", "start": 16, "end": 38, "source_start": 0, "source_end": 9},
        {"article_id": "e1", "category": "hedge", "start": 56, "end": 66},
        {"article_id": "e1", "category": "hedge", "start": 85, "end": 88},
        {"article_id": "e1", "category": "loaded", "start": 44, "end": 50},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    figures = evaluate(read_gold([path]), lang="en").to_json()
    assert figures["capabilities"]["attribution"]["recall"] == 1.0
    assert figures["source"]["overlap"] == 1.0
    assert figures["capabilities"]["hedge"]["recall"] == 1.0 and figures["capabilities"]["loaded"]["f1"] == 1.0


def test_article_features_for_english() -> None:
    from scoring.research.features import ArticleFeatures

    X = ArticleFeatures(lang="en", features=["reliability", "loaded_wording", "attribution_strength"]).transform(SOURCED + LOADED)
    assert X.shape == (6, 3)
    assert X[:3, 1].min() > X[3:, 1].max()  # the loaded texts score lower on loaded wording
    assert np.nanmean(X[:3, 2]) > np.nanmean(X[3:, 2])


def test_calibrate_and_agree_on_english_tables() -> None:
    from scoring.research.agreement import agreement, quellcheck_codes
    from scoring.research.calibrate import calibrate

    frames = [analyze(t, lang="en", article_id=f"a{k}").tables() for k, t in enumerate(SOURCED + LOADED)]
    scores = pd.concat([f["scores"] for f in frames], ignore_index=True)
    ratings = pd.DataFrame({"article_id": scores["article_id"], "rating": [1, 1, 1, 0, 0, 0]})
    result = calibrate(ratings, scores, folds=3)
    assert result.kind == "binary" and result.n == 6 and sum(result.weights.values()) == pytest.approx(1.0)

    tables = {name: pd.concat([f[name] for f in frames], ignore_index=True) for name in ("sentences", "cues", "attributions")}
    ours = quellcheck_codes(tables)
    coder = ours.assign(coder="A")  # a coder who agrees with quellcheck everywhere
    rows = agreement(coder, ours).rows
    assert (rows[rows["pair"] == "quellcheck vs A"]["observed_agreement"] == 1.0).all()
