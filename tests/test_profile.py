from __future__ import annotations

import json

import pytest

from scoring import analyze
from scoring.config import ProfileConfig, load_config
from scoring.errors import ConfigError

SOURCED = (
    "Die Stadt erhöht die Gebühren um vier Prozent. Das teilte Kämmerin Lea Roth am Montag mit. "
    "„Wir haben keine andere Wahl“, sagte Roth. Der Bund der Steuerzahler kritisierte, die Erhöhung sei zu hoch. "
    "Laut der Verbraucherzentrale zahlen Familien dann 40 Euro mehr im Jahr. "
    "Der Ökonom Paul Weber von der Universität Köln hält die Erhöhung dagegen für angemessen."
)
LOADED = (
    "Das Regime erhöht skrupellos die Gebühren. Die galoppierende Abzocke ist eine Schande. "
    "Es ist kein Zufall, dass die Bürger zweifellos betrogen werden. Viele könnten bald pleite sein. "
    "Die Stadt versinkt im Chaos."
)


def test_components_are_in_range_and_explained() -> None:
    scores = analyze(SOURCED, lang="de").scores
    for name in ("reliability", "attribution_strength", "source_diversity", "loaded_wording", "hedging"):
        assert 0 <= scores[name] <= 100
    assert scores["profile_note"].startswith("A profile of sourcing and language")
    reasons = json.loads(scores["profile_reasons"])
    assert all(r["en"] and r["de"] and r["component"] for r in reasons)


def test_sourced_text_scores_above_loaded_text() -> None:
    sourced, loaded = analyze(SOURCED, lang="de").scores, analyze(LOADED, lang="de").scores
    assert sourced["reliability"] > loaded["reliability"] + 20
    assert sourced["attributed_claim_share"] > loaded["attributed_claim_share"]
    assert sourced["loaded_per_1000_words"] < loaded["loaded_per_1000_words"]
    assert sourced["distinct_named_sources"] >= 3
    codes = {r["code"] for r in json.loads(loaded["profile_reasons"])}
    assert {"unattributed_claims", "loaded_terms", "unsupported_boosters"} <= codes


def test_too_few_claims_gives_no_reliability() -> None:
    scores = analyze("Das Regime lügt. Wirklich.", lang="de").scores
    assert scores["reliability"] is None
    assert "too few claims" in scores["reliability_note"]


def test_weights_change_reliability(tmp_path) -> None:
    path = tmp_path / "q.toml"
    path.write_text("[profile]\nweights = { loaded_wording = 1.0, attribution_strength = 0.0, source_diversity = 0.0, hedging = 0.0 }\n")
    config = load_config(path)
    scores = analyze(LOADED, lang="de", config=config).scores
    assert scores["reliability"] == scores["loaded_wording"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[profile]\nweights = { truth = 1.0 }\n", "unknown reliability weights"),
        ("[profile]\nmin_claim = 3\n", "unknown profile settings"),
        ("[profile\n", "invalid TOML"),
    ],
)
def test_bad_config(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "q.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_pyproject_tool_table(tmp_path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.quellcheck.profile]\nmin_claims = 7\n")
    assert load_config(path).min_claims == 7
    assert ProfileConfig().min_claims == 3


@pytest.mark.parametrize(
    "text",
    [
        "# Neue Radwege\n\n## Was die Stadt plant\n\n## Wer das bezahlt\n",  # headings only
        "# Nur eine Überschrift\n",
    ],
)
def test_components_without_anything_to_measure_are_null_and_give_no_reasons(text: str) -> None:
    scores = analyze(text, lang="de", markup="md").scores
    assert scores["n_claims"] == 0
    for name in ("reliability", "attribution_strength", "source_diversity", "hedging"):
        assert scores[name] is None, name
    assert json.loads(scores["profile_reasons"]) == []


# --- sourcing quality (issue 17): one voice, retelling other outlets ---------------------------------------

ONE_VOICE_EN = (
    "The mayor wants a new bridge. \"It will cost less than people think,\" Mayor Ann Lowe said on Monday. "
    "Lowe said the city had saved for years. \"We are ready,\" Lowe said. Lowe added that work could start in May."
)
MANY_VOICES_EN = (
    "The mayor wants a new bridge. \"It will cost less than people think,\" Mayor Ann Lowe said on Monday. "
    "Council member Tom Reyes said the city had saved for years. \"We are not ready,\" said engineer Maria Chen. "
    "The state transport agency said work could start in May."
)


def test_one_voice_lowers_source_diversity_and_is_explained() -> None:
    one, many = analyze(ONE_VOICE_EN, lang="en").scores, analyze(MANY_VOICES_EN, lang="en").scores
    assert one["source_diversity"] < many["source_diversity"]
    reasons = {r["code"]: r for r in json.loads(one["profile_reasons"])}
    assert "one_voice" in reasons
    assert "Lowe" in reasons["one_voice"]["en"] and "Lowe" in reasons["one_voice"]["de"]
    assert "one_voice" not in {r["code"] for r in json.loads(many["profile_reasons"])}


@pytest.mark.parametrize(
    ("text", "lang", "secondary"),
    [
        ("The plant will close next year, according to Reuters.", "en", True),
        ("The plant will close next year, according to the labour minister Ann Lowe.", "en", False),
        ("Das Werk schließt im nächsten Jahr, berichtete die Agentur Reuters.", "de", True),
        ("Das Werk schließt im nächsten Jahr, sagte Arbeitsministerin Anna Berg.", "de", False),
    ],
)
def test_another_outlet_as_source_is_secondary(text: str, lang: str, secondary: bool) -> None:
    result = analyze(text, lang=lang)
    strengths = [a["strength"] for a in result.attributions if a["named"]]
    assert strengths, result.attributions
    assert (max(strengths) <= 0.6) == secondary


def test_named_sources_count_on_a_log_scale() -> None:
    config = ProfileConfig()
    assert config.named_sources_for_full_count == 8
    assert set(config.diversity_parts) == {"count", "voices", "kinds", "countries", "independence"}


@pytest.mark.parametrize(
    ("lang", "careful", "hearsay"),
    [
        ("de", "Die Bauarbeiten könnten sich bis zum Herbst verzögern.", "Die Bauarbeiten sollen sich bis zum Herbst verzögert haben."),
        ("en", "The works may be delayed until the autumn.", "The works were allegedly delayed until the autumn."),
    ],
)
def test_hearsay_lowers_hedging_and_caution_does_not(lang: str, careful: str, hearsay: str) -> None:
    opening = {"de": "Die Stadt baut eine neue Brücke. Sie soll zwei Ufer verbinden. Die Arbeiten beginnen im Mai. ",
               "en": "The city is building a new bridge. It will link two districts. Work starts in May. "}[lang]  # fmt: skip
    cautious = analyze(opening + careful, lang=lang).scores
    passed_on = analyze(opening + hearsay, lang=lang).scores
    assert cautious["unsupported_hedged_claims"] >= 1 and cautious["unsupported_hearsay_claims"] == 0
    assert passed_on["unsupported_hearsay_claims"] == 1
    assert cautious["hedging"] > passed_on["hedging"]
    reasons = [r["code"] for r in json.loads(passed_on["profile_reasons"])]
    assert "unsupported_hedges" in reasons and "unsupported_hedges" not in [r["code"] for r in json.loads(cautious["profile_reasons"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Firma schließt ihr Werk. Das sagte der Betriebsrat am Montag. Der Konzern wollte sich nicht äußern."),
        ("en", "The company is closing its plant, the union said on Monday. The company did not respond to a request for comment."),
    ],
)
def test_a_source_asked_for_comment_is_a_voice_the_article_sought(lang: str, text: str) -> None:
    scores = analyze(text, lang=lang).scores
    assert scores["asked_for_comment"] == 1
    without = analyze(text.rsplit(".", 2)[0] + ".", lang=lang).scores
    assert without["asked_for_comment"] == 0 and scores["source_diversity"] > without["source_diversity"]


def test_source_strength_counts_a_named_source_fully_whether_quoted_or_paraphrased() -> None:
    from scoring.aggregation.profile import source_strength
    from scoring.model.records import STRENGTH

    assert source_strength(STRENGTH["named_direct"]) == source_strength(STRENGTH["named_indirect"]) == 1.0
    assert source_strength(STRENGTH["named_direct"] - 0.1) == pytest.approx(source_strength(STRENGTH["named_indirect"] - 0.1))
    ladder = [source_strength(STRENGTH[k]) for k in ("named_indirect", "secondary", "generic", "anonymous", "agentless")]
    assert ladder == sorted(ladder, reverse=True) and ladder[-1] > 0


@pytest.mark.parametrize(
    ("quoted", "paraphrased", "unsourced"),
    [
        (
            'Die Stadt baut eine neue Brücke. „Sie kostet zwölf Millionen Euro“, sagte Bürgermeisterin Eva Lind. '
            "Der Bau beginnt im Frühjahr. Die alte Brücke wird abgerissen.",
            "Die Stadt baut eine neue Brücke. Sie koste zwölf Millionen Euro, sagte Bürgermeisterin Eva Lind. "
            "Der Bau beginnt im Frühjahr. Die alte Brücke wird abgerissen.",
            "Die Stadt baut eine neue Brücke. Sie kostet zwölf Millionen Euro. Der Bau beginnt im Frühjahr. "
            "Die alte Brücke wird abgerissen.",
        ),
        (
            'The town is building a new bridge. "It will cost twelve million dollars," Mayor Eva Lind said. '
            "Work starts in the spring. The old bridge will be torn down.",
            "The town is building a new bridge. It will cost twelve million dollars, Mayor Eva Lind said. "
            "Work starts in the spring. The old bridge will be torn down.",
            "The town is building a new bridge. It will cost twelve million dollars. Work starts in the spring. "
            "The old bridge will be torn down.",
        ),
    ],
    ids=["de", "en"],
)
def test_attribution_strength_rates_the_sourced_claims_not_the_background(quoted: str, paraphrased: str, unsourced: str) -> None:
    a, b = analyze(quoted).scores, analyze(paraphrased).scores
    assert a["attribution_strength"] == b["attribution_strength"] == 100.0  # one named source; background sentences are no fault
    assert a["attributed_claim_share"] < 1 and a["mean_claim_strength"] < 1  # both still in their own columns
    assert analyze(unsourced).scores["attribution_strength"] == 0.0
