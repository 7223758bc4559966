"""The research tools: ArticleFeatures (scikit-learn), calibrate (weights from ratings), agreement (coders)."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from scoring import analyze
from scoring.research.agreement import agreement, alpha_band, kappa_band, quellcheck_codes
from scoring.research.calibrate import calibrate
from scoring.config import COMPONENTS, load_config
from scoring.errors import ConfigError, InputError
from scoring.research.features import DEFAULT_FEATURES, ArticleFeatures

# Short texts written for these tests: named sources, neutral wording ...
SOURCED = [
    "Der Stadtrat hat den Haushalt beschlossen. Das teilte Bürgermeisterin Anna Berg am Dienstag mit. "
    "„Wir investieren vor allem in Schulen“, sagte Berg. Laut dem Landesrechnungshof ist der Plan solide.",
    "Die Bahn erhöht die Preise im Regionalverkehr. Ein Sprecher der Deutschen Bahn sagte, die Kosten für "
    "Energie seien gestiegen. Der Fahrgastverband Pro Bahn kritisierte die Erhöhung. Nach Angaben des "
    "Verkehrsministeriums bleiben die Zuschüsse gleich.",
    "In Hamburg hat ein neues Museum eröffnet. Direktor Jonas Weber sagte, man erwarte im ersten Jahr "
    "100.000 Besucher. Die Kulturbehörde teilte mit, der Bau habe zwölf Millionen Euro gekostet. Laut der "
    "Handelskammer profitieren auch Hotels davon.",
    "Die Arbeitslosigkeit ist im März leicht gesunken. Das teilte die Bundesagentur für Arbeit in Nürnberg "
    "mit. Der Ökonom Peter Klein vom Institut für Wirtschaftsforschung sagte, der Frühling belebe den "
    "Arbeitsmarkt. Die Gewerkschaft Verdi erklärte, viele neue Stellen seien befristet.",
    "Das Gericht hat die Klage der Anwohner abgewiesen. Eine Sprecherin des Verwaltungsgerichts Köln sagte, "
    "der Lärmschutz reiche aus. „Wir prüfen eine Berufung“, sagte der Anwalt der Kläger, Martin Roth. Laut "
    "der Stadtverwaltung beginnt der Bau im Herbst.",
    "Die Universität Leipzig startet ein Forschungsprojekt zum Klima. Projektleiterin Sara Neumann sagte, "
    "man wolle Daten aus vierzig Jahren auswerten. Die Deutsche Forschungsgemeinschaft teilte mit, sie "
    "fördere das Projekt mit drei Millionen Euro. Laut dem Umweltbundesamt sind solche Daten selten.",
]
# ... and no sources, loaded wording, unsupported boosters.
LOADED = [
    "Das Regime lügt skrupellos. Die galoppierende Abzocke ist eine Schande. Es ist kein Zufall, dass die "
    "Bürger zweifellos betrogen werden. Die Stadt versinkt im Chaos.",
    "Die Regierung versagt völlig. Die sogenannte Reform ist eine Farce. Natürlich wissen alle, dass die "
    "Minister unfähig sind. Das Land steuert zweifellos in die Katastrophe.",
    "Die Bosse kassieren schamlos ab. Die Arbeiter werden brutal ausgebeutet. Es ist kein Zufall, dass die "
    "Gewinne explodieren. Das System ist zutiefst korrupt.",
    "Das Chaos bei der Bahn ist ein Skandal. Die Manager sind offenbar völlig überfordert. Die Kunden werden "
    "dreist abgezockt. Die Lage könnte bald noch schlimmer werden.",
    "Die Hetze der Extremisten ist widerlich. Die Propaganda vergiftet die Gesellschaft. Unmissverständlich "
    "zeigt sich das wahre Gesicht der Partei. Die Demokratie ist massiv bedroht.",
    "Der Skandal um das Krankenhaus ist ungeheuerlich. Die Verantwortlichen vertuschen skrupellos alles. "
    "Die Patienten sind angeblich in Gefahr. Das Versagen der Behörden ist katastrophal.",
]


# ---------------------------------------------------------------------------------------------
# ArticleFeatures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cannot be analysed at all: every figure is `missing`
        ("", [-1.0, -1.0]),
        ("   \n\t ", [-1.0, -1.0]),
        (None, [-1.0, -1.0]),
        (float("nan"), [-1.0, -1.0]),
        # analysed; too few claims for a reliability, but the claim count is a measured figure
        ("Regime.", [-1.0, 1.0]),
        ("Laut der Polizei wurde niemand verletzt", [-1.0, 0.0]),  # no final punctuation: a heading, no claim
        ("Laut der Polizei wurde niemand verletzt. Der Täter floh", [-1.0, 2.0]),
        (SOURCED[0], [77.6, 4.0]),  # council, mayor and court of audit: all government now (the court of audit was of unknown kind)
    ],
)
def test_features_edge_cases(text: object, expected: list[float]) -> None:
    row = ArticleFeatures(features=["reliability", "n_claims"], missing=-1.0).transform([text])
    assert row.tolist() == [expected]


def test_features_values_match_analyze() -> None:
    X = ArticleFeatures().transform(SOURCED[:1] + LOADED[:1])
    assert X.shape == (2, len(DEFAULT_FEATURES))
    assert X.dtype == float
    for row, text in zip(X, SOURCED[:1] + LOADED[:1], strict=True):
        scores = analyze(text, lang="de").scores
        assert row.tolist() == pytest.approx([float(scores[name]) for name in DEFAULT_FEATURES])
    # the sourced text scores higher on reliability and lower on loaded wording
    assert X[0, 0] > X[1, 0] + 30
    loaded = DEFAULT_FEATURES.index("loaded_per_1000_words")
    assert X[0, loaded] < X[1, loaded]


def test_features_too_few_claims_is_missing_not_zero() -> None:
    qc = ArticleFeatures(features=["reliability", "loaded_wording"])
    X = qc.transform(["Die Abzocke ist eine Schande. Wirklich."])
    assert np.isnan(X[0, 0])  # no reliability with fewer than 3 claims
    assert X[0, 1] == 0.0  # but loaded wording was measured, and a measured 0 stays 0


def test_features_readability_only_when_asked() -> None:
    X = ArticleFeatures(features=["readability_reading_ease"]).transform([SOURCED[0]])
    assert not np.isnan(X[0, 0])


def test_features_in_pipeline_fit_predict_and_names() -> None:
    train = SOURCED[:4] + LOADED[:4]
    labels = [1] * 4 + [0] * 4
    model = Pipeline([("qc", ArticleFeatures()), ("impute", SimpleImputer()), ("clf", LogisticRegression())])
    model.fit(train, labels)
    assert model.predict(SOURCED[4:] + LOADED[4:]).tolist() == [1, 1, 0, 0]
    assert model[:-1].get_feature_names_out().tolist() == list(DEFAULT_FEATURES)
    assert model.named_steps["qc"].feature_names_out_.tolist() == list(DEFAULT_FEATURES)
    assert model.named_steps["qc"].n_features_out_ == len(DEFAULT_FEATURES)


def test_features_accept_series_and_one_column_frame() -> None:
    texts = [SOURCED[0], LOADED[0]]
    qc = ArticleFeatures(features=["reliability"])
    expected = qc.transform(texts)
    assert np.array_equal(qc.transform(pd.Series(texts)), expected)
    assert np.array_equal(qc.transform(pd.DataFrame({"text": texts})), expected)
    assert np.array_equal(qc.transform(np.array(texts, dtype=object)), expected)


def test_features_pandas_output_names_columns() -> None:
    qc = ArticleFeatures(features=["hedging", "reliability"]).set_output(transform="pandas")
    frame = qc.fit_transform([SOURCED[1]])
    assert list(frame.columns) == ["hedging", "reliability"]


def test_features_clone_pickle_and_tags() -> None:
    qc = ArticleFeatures(lang="de-AT", features=["reliability", "hedging"], missing=0.0)
    copy = clone(qc)
    assert copy.get_params() == {"lang": "de-AT", "features": ["reliability", "hedging"], "missing": 0.0}
    restored = pickle.loads(pickle.dumps(qc.fit([])))
    assert np.array_equal(restored.transform([SOURCED[2]]), qc.transform([SOURCED[2]]))
    tags = qc.__sklearn_tags__()
    assert tags.requires_fit is False
    assert tags.input_tags.string is True
    assert tags.input_tags.two_d_array is False
    assert qc.fit_transform([LOADED[2]]).shape == (1, 2)


def test_features_unknown_name_raises_at_fit_not_init() -> None:
    qc = ArticleFeatures(features=["reliability", "truthiness"])  # storing parameters never fails
    expected = r"unknown feature\(s\): truthiness; valid names: reliability, attribution_strength"
    with pytest.raises(ValueError, match=expected):
        qc.fit([SOURCED[0]])
    with pytest.raises(ValueError, match="truthiness"):
        qc.transform([SOURCED[0]])
    with pytest.raises(ValueError, match="profile_reasons"):
        ArticleFeatures(features=["profile_reasons"]).get_feature_names_out()  # not numeric


def test_features_unsupported_language() -> None:
    with pytest.raises(InputError, match="language 'fr' is not supported"):
        ArticleFeatures(lang="fr").fit([SOURCED[0]])


@pytest.mark.parametrize(
    ("X", "message"),
    [
        ("Ein einzelner Text.", "not a single string"),
        ([SOURCED[0], 42], "item 1 is a int"),
        (np.array([[SOURCED[0], LOADED[0]]], dtype=object), "one column of texts|1-D"),
    ],
)
def test_features_bad_input(X: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        ArticleFeatures().transform(X)


# ---------------------------------------------------------------------------------------------
# calibrate


def _scores(n: int = 60, seed: int = 0) -> pd.DataFrame:
    """A synthetic scores table: four independent uniform components and the default reliability."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({"article_id": [f"a{i:03d}" for i in range(n)]})
    for component in COMPONENTS:
        frame[component] = rng.uniform(0, 100, n).round(1)
    frame["reliability"] = frame[list(COMPONENTS)].mean(axis=1)
    return frame


def _ratings(scores: pd.DataFrame, values: object) -> pd.DataFrame:
    """Ratings for the first ``len(values)`` articles of ``scores``."""
    values = list(values)
    return pd.DataFrame({"article_id": scores["article_id"][: len(values)].tolist(), "rating": values})


@pytest.mark.parametrize("driver", COMPONENTS)
def test_calibrate_binary_learns_the_component_that_decides(driver: str) -> None:
    scores = _scores()
    ratings = _ratings(scores, (scores[driver] > 50).astype(int))
    result = calibrate(ratings, scores)
    assert result.kind == "binary"
    assert result.n == 60
    assert max(result.weights, key=result.weights.get) == driver
    assert result.weights[driver] > 0.6
    assert sum(result.weights.values()) == pytest.approx(1.0)
    assert min(result.weights.values()) >= 0
    assert result.metrics["roc_auc"] > 0.9
    assert result.metrics["accuracy"] > 0.8
    assert 0 <= result.metrics["brier"] < 0.2
    # the equal-weight mean is a worse predictor than the learned weights
    assert result.baseline["roc_auc"] < result.metrics["roc_auc"]
    assert result.baseline["n"] == 60


def test_calibrate_ordinal_learns_hedging() -> None:
    scores = _scores()
    ratings = _ratings(scores, np.digitize(scores["hedging"], [20, 40, 60, 80]) + 1)  # levels 1-5
    result = calibrate(ratings, scores, kind="auto")
    assert result.kind == "ordinal"
    assert max(result.weights, key=result.weights.get) == "hedging"
    assert result.weights["hedging"] > 0.8
    assert result.metrics["spearman"] > 0.9
    assert result.metrics["mae"] < 0.5
    assert result.baseline["spearman"] < result.metrics["spearman"]


def test_calibrate_notes_dropped_rows() -> None:
    # nullable dtypes, as a scores table read from Parquet has them
    scores = _scores().astype({c: "Float64" for c in (*COMPONENTS, "reliability")})
    scores.loc[:1, "hedging"] = pd.NA  # two articles with too few claims
    scores.loc[2, "reliability"] = pd.NA
    extra = pd.DataFrame({"article_id": ["unknown-1", "unknown-2", "unknown-3"], "rating": [0, 1, 1]})
    ratings = pd.concat([_ratings(scores, (scores["loaded_wording"] > 50).astype(int)), extra])
    result = calibrate(ratings, scores)
    assert result.n == 58
    assert "3 rated article(s) have no scores row and were left out" in result.notes
    assert "2 article(s) with a missing component (too few claims) were left out" in result.notes
    assert result.baseline["n"] == 57
    assert len(result.notes_de) == len(result.notes)


def test_calibrate_all_components_useless_gives_equal_weights() -> None:
    scores = _scores()
    total = scores[list(COMPONENTS)].sum(axis=1)
    # a rating that falls as every component rises: no non-negative weight fits it
    ratings = _ratings(scores, 5 - np.digitize(total, np.quantile(total, [0.25, 0.5, 0.75])))
    result = calibrate(ratings, scores)
    assert result.weights == {c: 0.25 for c in COMPONENTS}
    assert any("equal weights" in note for note in result.notes)


def test_calibrate_toml_round_trip(tmp_path) -> None:
    scores = _scores()
    ratings = _ratings(scores, (scores["attribution_strength"] > 40).astype(int))
    result = calibrate(ratings, scores)
    text = result.to_toml()
    assert text.startswith("# quellcheck profile weights fitted to 60 binary human ratings")
    assert "5-fold cross-validated ROC AUC: " in text
    path = tmp_path / "weights.toml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    assert config.weights == pytest.approx(result.weights, abs=1e-4)
    row = analyze(SOURCED[3], lang="de", config=config).scores
    expected = sum(config.weights[c] * row[c] for c in COMPONENTS) / sum(config.weights.values())
    assert row["reliability"] == pytest.approx(expected, abs=0.1)  # components are rounded to 0.1
    assert row["reliability"] != analyze(SOURCED[3], lang="de").scores["reliability"]


def test_calibrate_summary_in_both_languages() -> None:
    scores = _scores()
    ratings = _ratings(scores, (scores["hedging"] > 50).astype(int))
    result = calibrate(ratings, scores)
    english, german = result.summary(), result.summary("de")
    assert english.startswith("Calibration on 60 binary ratings (5-fold cross-validation)")
    assert f"{result.metrics['roc_auc']:.3f}" in english
    assert f"hedging               {result.weights['hedging']:.3f}" in english
    assert german.startswith("Kalibrierung an 60 binären Bewertungen")
    assert f"{result.metrics['roc_auc']:.3f}".replace(".", ",") in german
    with pytest.raises(ConfigError, match="summary language"):
        result.summary("fr")




@pytest.mark.parametrize(
    ("ratings", "kwargs", "error", "message"),
    [
        (pd.DataFrame({"article_id": [], "rating": []}), {}, InputError, r"only 0 rated article\(s\).*at least 10"),
        ("nine", {}, InputError, r"only 9 rated article\(s\)"),
        (pd.DataFrame({"id": ["a000"], "rating": [1]}), {}, InputError, "ratings lack the column"),
        ("text", {}, InputError, "ratings must be numbers.*'gut'"),
        ("fraction", {}, InputError, "must be integers.*0.5"),
        ("one class", {}, InputError, "every rating is 1: calibration needs at least two classes"),
        ("two levels", {}, InputError, "two rating levels .1, 2. that are not 0/1"),
        ("three levels", {"kind": "binary"}, InputError, "binary ratings must be 0 or 1"),
        ("binary", {"kind": "ordinal"}, InputError, "at least three levels"),
        ("rare class", {}, InputError, "rarer rating class has only 3"),
        ("duplicates", {}, InputError, "list 1 article"),
        ("binary", {"kind": "logistic"}, ConfigError, "kind must be one of auto, binary, ordinal"),
        ("binary", {"folds": 1}, ConfigError, "folds must be an integer of at least 2"),
    ],
)
def test_calibrate_errors(ratings: object, kwargs: dict, error: type, message: str) -> None:
    scores = _scores(30)
    cases = {
        "nine": [0, 1] * 4 + [1],
        "text": ["gut", 1] * 10,
        "fraction": [0, 0.5, 1] * 5,
        "one class": [1] * 20,
        "two levels": [1, 2] * 10,
        "three levels": [0, 1, 2] * 7,
        "binary": [0, 1] * 10,
        "rare class": [0] * 17 + [1] * 3,
    }
    if isinstance(ratings, str) and ratings == "duplicates":
        ratings = pd.concat([_ratings(scores, [0, 1] * 10), _ratings(scores, [1])])
    elif isinstance(ratings, str):
        ratings = _ratings(scores, cases[ratings])
    with pytest.raises(error, match=message):
        calibrate(ratings, scores, **kwargs)


def test_calibrate_scores_without_components() -> None:
    scores = _scores(20).drop(columns=["hedging"])
    with pytest.raises(InputError, match="scores lack the column.*hedging"):
        calibrate(_ratings(scores, [0, 1] * 10), scores)


# ---------------------------------------------------------------------------------------------
# agreement


def _codes(category: str, **coders: list[int | None]) -> pd.DataFrame:
    """Long-form codes: coder -> labels of sentences 0, 1, 2 … of article "a" (None = not coded)."""
    rows = [
        {"article_id": "a", "sent_id": i, "coder": coder, "category": category, "label": label}
        for coder, labels in coders.items()
        for i, label in enumerate(labels)
        if label is not None
    ]
    return pd.DataFrame(rows)


def _row(result, category: str, pair: str) -> pd.Series:
    rows = result.rows[(result.rows["category"] == category) & (result.rows["pair"] == pair)]
    assert len(rows) == 1, result.rows
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("a", "b", "alpha", "kappa"),
    [
        # identical coders: perfect agreement
        ([1, 0, 1, 0], [1, 0, 1, 0], 1.0, 1.0),
        # always opposite: Ao = 0, Ae = 0.5·0.5 + 0.5·0.5 = 0.5, kappa = (0 − 0.5) / 0.5 = −1;
        # alpha = 1 − (n−1)·o01 / (n0·n1) = 1 − 7·4 / (4·4) = −0.75
        ([1, 0, 1, 0], [0, 1, 0, 1], -0.75, -1.0),
        # two disagreements in ten: Ao = 0.8; each coder says 1 four times, so
        # Ae = 0.4·0.4 + 0.6·0.6 = 0.52 and kappa = (0.8 − 0.52) / (1 − 0.52) = 0.5833;
        # alpha: 20 values, n1 = 8, n0 = 12, o01 = 2: 1 − 19·2 / (12·8) = 0.6042
        ([1, 1, 0, 0, 1, 0, 1, 0, 0, 0], [1, 0, 0, 0, 1, 0, 1, 1, 0, 0], 0.604167, 0.583333),
    ],
)
def test_agreement_two_coders_by_hand(a: list[int], b: list[int], alpha: float, kappa: float) -> None:
    result = agreement(_codes("hedge", A=a, B=b))
    humans = _row(result, "hedge", "all humans")
    assert humans["alpha"] == pytest.approx(alpha, abs=1e-6)
    assert humans["kappa"] == pytest.approx(kappa, abs=1e-6)
    assert _row(result, "hedge", "A vs B")["kappa"] == pytest.approx(kappa, abs=1e-6)
    assert result.n_items == {"hedge": len(a)}


def test_agreement_three_coders_with_missing_codes() -> None:
    # C coded only sentences 0-3.
    # A–B over 6: Ao = 5/6, pA1 = 1/2, pB1 = 1/3, Ae = 1/2·1/3 + 1/2·2/3 = 1/2,
    #   kappa = (5/6 − 1/2) / (1/2) = 2/3
    # A–C and B–C over 4: Ao = 3/4, Ae = 1/2·1/4 + 1/2·3/4 = 1/2, kappa = 1/2
    # mean kappa = (2/3 + 1/2 + 1/2) / 3 = 5/9
    # alpha: 16 pairable values, n1 = 6, n0 = 10, o01 = 1 (sentence 1) + 1 (sentence 4) = 2:
    # 1 − 15·2 / (10·6) = 0.5
    codes = _codes("loaded", A=[1, 1, 0, 0, 1, 0], B=[1, 1, 0, 0, 0, 0], C=[1, 0, 0, 0, None, None])
    result = agreement(codes)
    assert _row(result, "loaded", "A vs B")["kappa"] == pytest.approx(2 / 3)
    assert _row(result, "loaded", "A vs C")["kappa"] == pytest.approx(0.5)
    assert _row(result, "loaded", "B vs C")["n_items"] == 4
    humans = _row(result, "loaded", "all humans")
    assert humans["kappa"] == pytest.approx(5 / 9)
    assert humans["alpha"] == pytest.approx(0.5)
    assert humans["n_items"] == 6
    assert np.isnan(_row(result, "loaded", "A vs B")["alpha"])  # human pairs report kappa only


def test_agreement_wide_and_long_forms_agree() -> None:
    wide = pd.DataFrame(
        {
            "article_id": ["a"] * 8,
            "sent_id": [0, 1, 2, 3] * 2,
            "coder": ["A"] * 4 + ["B"] * 4,
            "hedge": [1, 0, 1, 0, 1, 0, 0, 0],
            "attribution": [True, True, False, False, True, True, False, False],
        }
    )
    long = wide.melt(id_vars=["article_id", "sent_id", "coder"], var_name="category", value_name="label")
    from_wide, from_long = agreement(wide), agreement(long)
    pd.testing.assert_frame_equal(from_wide.rows, from_long.rows)
    named_value = agreement(long.rename(columns={"label": "value"}))
    pd.testing.assert_frame_equal(from_wide.rows, named_value.rows)
    assert from_wide.n_items == {"hedge": 4, "attribution": 4}
    assert _row(from_wide, "attribution", "all humans")["kappa"] == 1.0
    # hedge: Ao = 3/4, pA1 = 1/2, pB1 = 1/4, Ae = 1/8 + 3/8 = 1/2, kappa = 1/2
    assert _row(from_wide, "hedge", "A vs B")["kappa"] == pytest.approx(0.5)
    assert list(from_wide.rows["category"].unique()) == ["hedge", "attribution"]


def test_agreement_long_form_category_names_are_trimmed_and_lowercased() -> None:
    codes = pd.concat([_codes(" Hedge", A=[1, 0, 1]), _codes("HEDGE", B=[1, 0, 0])])
    result = agreement(codes)
    assert result.rows["category"].unique().tolist() == ["hedge"]
    # Ao = 2/3, pA1 = 2/3, pB1 = 1/3, Ae = 2/9 + 2/9 = 4/9, kappa = (2/3 − 4/9) / (5/9) = 0.4
    assert _row(result, "hedge", "A vs B")["kappa"] == pytest.approx(0.4)


def test_agreement_with_quellcheck_compares_only_human_coded_sentences() -> None:
    humans = _codes("hedge", A=[1, 0, 1, 0], B=[1, 0, 0, 0])
    # sentences 4-6 were coded by no human; no coder column needed
    machine = _codes("hedge", quellcheck=[1, 0, 1, 0, 1, 1, 1]).drop(columns="coder")
    result = agreement(humans, machine)
    versus_a = _row(result, "hedge", "quellcheck vs A")
    assert versus_a["kappa"] == 1.0 and versus_a["alpha"] == 1.0 and versus_a["n_items"] == 4
    # vs B: Ao = 3/4, pQ1 = 1/2, pB1 = 1/4, Ae = 1/2, kappa = 1/2
    assert _row(result, "hedge", "quellcheck vs B")["kappa"] == pytest.approx(0.5)
    assert result.n_items == {"hedge": 4}
    text = result.interpretation()
    assert "quellcheck agrees with the coders at least as well as they agree with each other" in text
    assert "with A κ = 1.000 (almost perfect)" in text


def test_agreement_one_human_is_still_compared_with_quellcheck() -> None:
    result = agreement(_codes("attribution", A=[1, 0, 0]), _codes("attribution", quellcheck=[1, 0, 1]))
    assert result.rows["pair"].tolist() == ["quellcheck vs A"]
    assert "attribution: only one human coder (A), so no agreement between humans" in result.notes


def test_agreement_skips_category_with_one_coder() -> None:
    codes = pd.concat([_codes("hedge", A=[1, 0, 1], B=[1, 0, 0]), _codes("loaded", A=[1, 0, 0])])
    result = agreement(codes)
    assert set(result.rows["category"]) == {"hedge"}
    assert result.n_items == {"hedge": 3}
    assert result.notes == ["loaded: only one human coder (A), so no agreement between humans"]
    assert "nur ein Codierer (A)" in result.interpretation("de")


def test_agreement_constant_labels_are_undefined_not_perfect() -> None:
    result = agreement(_codes("hedge", A=[0, 0, 0], B=[0, 0, 0]))
    humans = _row(result, "hedge", "all humans")
    assert np.isnan(humans["alpha"]) and np.isnan(humans["kappa"])
    assert humans["observed_agreement"] == 1.0
    assert "undefined" in result.interpretation()


def test_agreement_table_and_interpretation_in_both_languages() -> None:
    result = agreement(_codes("hedge", A=[1, 1, 0, 0, 1, 0, 1, 0, 0, 0], B=[1, 0, 0, 0, 1, 0, 1, 1, 0, 0]))
    assert result.table().splitlines() == [
        "category  pair        sentences  agreement  alpha  kappa",
        "--------  ----------  ---------  ---------  -----  -----",
        "hedge     all humans         10      0.800  0.604  0.583",
        "hedge     A vs B             10      0.800      –  0.583",
    ]
    assert "alle Codierer" in result.table("de") and "0,583" in result.table("de")
    assert "α = 0.604 (not reliable) with a mean κ = 0.583 (moderate)" in result.interpretation()
    german = result.interpretation("de")
    assert "α = 0,604 (nicht verlässlich) überein und einem mittleren κ = 0,583 (mittelmäßig)" in german
    assert "Landis & Koch (1977)" in german


@pytest.mark.parametrize(
    ("kappa", "band"),
    [
        (-0.1, "poor"),
        (0.0, "slight"),
        (0.2, "slight"),
        (0.21, "fair"),
        (0.5, "moderate"),
        (0.7, "substantial"),
        (0.81, "almost perfect"),
        (1.0, "almost perfect"),
    ],
)
def test_kappa_bands(kappa: float, band: str) -> None:
    assert kappa_band(kappa) == band
    assert kappa_band(0.5, "de") == "mittelmäßig"


@pytest.mark.parametrize(
    ("alpha", "band", "band_de"),
    [
        (-0.2, "not reliable", "nicht verlässlich"),
        (0.666, "not reliable", "nicht verlässlich"),
        (0.667, "tentative conclusions only", "nur vorläufige Schlüsse"),
        (0.799, "tentative conclusions only", "nur vorläufige Schlüsse"),
        (0.8, "reliable", "verlässlich"),
    ],
)
def test_alpha_thresholds(alpha: float, band: str, band_de: str) -> None:
    assert alpha_band(alpha) == band
    assert alpha_band(alpha, "de") == band_de


@pytest.mark.parametrize(
    ("codes", "quellcheck", "message"),
    [
        (
            pd.DataFrame({"article_id": ["a"], "sent_id": [0], "coder": ["A"], "category": ["hedge"]}),
            None,
            "lack the column.*label",
        ),
        (_codes("bias", A=[1, 0], B=[1, 1]), None, "unknown category bias; known: hedge, attribution, loaded"),
        (
            pd.DataFrame({"article_id": ["a"], "sent_id": [0], "coder": ["A"], "hedges": [1]}),
            None,
            "unknown category column.*hedges",
        ),
        (pd.DataFrame({"article_id": ["a"], "sent_id": [0], "coder": ["A"]}), None, "no category column"),
        (_codes("hedge", A=[1, 2], B=[1, 0]), None, "labels must be 0 or 1; found 2"),
        (_codes("hedge", A=["ja", 0], B=[1, 0]), None, "labels must be 0 or 1; found 'ja'"),
        (_codes("hedge", A=[1, 0, 1]), None, "no category has two coders.*only one human coder"),
        (
            pd.concat([_codes("hedge", A=[1, 0]), _codes("hedge", B=[None, None, 1, 0])]),
            None,
            "A and B coded no sentence in common",
        ),
        (
            pd.concat([_codes("hedge", A=[1, 0], B=[1, 0]), _codes("hedge", A=[0])]),
            None,
            "coder A gives sentence 0 of a two different hedge labels",
        ),
        (
            _codes("hedge", A=[1, 0], quellcheck=[1, 0]),
            _codes("hedge", Q=[1, 0]),
            "a human coder is named 'quellcheck'",
        ),
        (
            _codes("hedge").reindex(columns=["article_id", "sent_id", "coder", "category", "label"]),
            None,
            "hold no labels",
        ),
    ],
)
def test_agreement_errors(codes: pd.DataFrame, quellcheck: pd.DataFrame | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        agreement(codes, quellcheck)


def test_agreement_sent_id_must_be_an_integer() -> None:
    codes = _codes("hedge", A=[1, 0], B=[1, 0])
    codes["sent_id"] = codes["sent_id"].astype(float) + 0.5
    with pytest.raises(InputError, match="sent_id must be non-negative integers"):
        agreement(codes)


# ---------------------------------------------------------------------------------------------
# quellcheck_codes


def test_quellcheck_codes_from_analyze() -> None:
    text = (
        "# Ärger um das Regime\n\n"
        "Die Regierung könnte möglicherweise scheitern. "
        "„Das ist eine Schande“, sagte Bürgermeisterin Anna Berg. "
        "Das Regime ist eine Schande."
    )
    codes = quellcheck_codes(analyze(text, lang="de", markup="md").tables())
    assert list(codes.columns) == ["article_id", "sent_id", "coder", "category", "label"]
    assert set(codes["coder"]) == {"quellcheck"}
    labels = codes.pivot(index="sent_id", columns="category", values="label")
    assert labels.loc[:, ["hedge", "attribution", "loaded"]].values.tolist() == [
        [0, 0, 1],  # heading: "Regime" in the author's voice
        [1, 0, 0],  # "könnte möglicherweise": hedges in the author's voice
        [0, 1, 0],  # attributed quotation: "Schande" is the mayor's word, not the author's
        [0, 0, 1],  # loaded, author's voice
    ]


def test_quellcheck_codes_kinds_and_voices() -> None:
    tables = {
        "sentences": pd.DataFrame(
            {
                "article_id": ["x"] * 5,
                "sent_id": [0, 1, 2, 3, 4],
                "kind": ["body", "caption", "question", "boilerplate", "body"],
            }
        ),
        "cues": pd.DataFrame(
            {
                "article_id": ["x", "x", "x", "x"],
                "sent_id": [0, 1, 2, 4],
                "category": ["booster", "hedge", "scare_quote", "loaded"],
                "voice": ["author", "author", "author", "quoted"],
            }
        ),
        "attributions": pd.DataFrame({"article_id": ["x"], "sent_id": [2]}),
    }
    codes = quellcheck_codes(tables)
    labels = codes.pivot(index="sent_id", columns="category", values="label")
    assert labels.index.tolist() == [0, 2, 4]  # caption and boilerplate are not coded
    assert labels.loc[:, ["hedge", "attribution", "loaded"]].values.tolist() == [
        [1, 0, 0],  # booster in the author's voice
        [0, 1, 1],  # question with an attribution and a scare quote
        [0, 0, 0],  # loaded word inside quotation marks: not the author's
    ]


def test_quellcheck_codes_need_the_tables() -> None:
    with pytest.raises(InputError, match="need the cues table"):
        quellcheck_codes({"sentences": pd.DataFrame(columns=["article_id", "sent_id", "kind"])})


def test_quellcheck_codes_feed_agreement() -> None:
    text = "Die Regierung könnte scheitern. Laut der Polizei wurde niemand verletzt. Das Regime ist eine Schande."
    tables = analyze(text, lang="de").tables()
    ours = quellcheck_codes(tables)
    article = tables["articles"]["article_id"].iloc[0]
    humans = pd.DataFrame(
        {
            "article_id": [article] * 6,
            "sent_id": [0, 1, 2] * 2,
            "coder": ["A"] * 3 + ["B"] * 3,
            "hedge": [1, 0, 0, 1, 0, 1],
            "loaded": [0, 0, 1, 0, 0, 1],
        }
    )
    result = agreement(humans, ours)
    assert _row(result, "hedge", "quellcheck vs A")["kappa"] == 1.0
    assert _row(result, "loaded", "quellcheck vs B")["kappa"] == 1.0
    assert "attribution" not in set(result.rows["category"])  # no human coded it


# --- which categories agree compares: coders built from the tables ---------------------------------

_AGREE_TEXTS = [
    "Zweifellos ist der Plan gescheitert. Das Regime soll angeblich Millionen veruntreut haben. "
    "Der Minister sagte: „Das Regime lügt.“ Die Stadt plant neue Radwege. "
    "Laut der Polizei wurde niemand verletzt. Die Kosten könnten steigen.",
    "Es ist kein Zufall, dass die „Reform“ scheiterte. Der Bürgermeister sagte, die Lage sei ernst. "
    "Vermutlich wird der Bau teurer. Die Feuerwehr löschte den Brand.",
]


def _tables_for_agreement() -> dict[str, pd.DataFrame]:
    from scoring.results import batch_tables

    return batch_tables([analyze(text, lang="de", article_id=f"g{k}") for k, text in enumerate(_AGREE_TEXTS)])


def _coder_from_cues(tables: dict[str, pd.DataFrame], coder: str, category: str, cue_categories: tuple[str, ...]) -> pd.DataFrame:
    """A coder who marks every sentence with a cue of ``cue_categories`` (any voice), as a researcher
    would build one from ``cues.category``."""
    sentences = tables["sentences"][tables["sentences"]["kind"].isin(("body", "question", "heading"))]
    cues = tables["cues"]
    marked = set(zip(cues.loc[cues["category"].isin(cue_categories), "article_id"], cues.loc[cues["category"].isin(cue_categories), "sent_id"]))
    return pd.DataFrame({
        "coder": coder, "article_id": sentences["article_id"].values, "sent_id": sentences["sent_id"].values,
        "category": category, "label": [int((a, s) in marked) for a, s in zip(sentences["article_id"], sentences["sent_id"])],
    })  # fmt: skip


def test_agree_teaching_categories_match_coders_built_from_cue_categories() -> None:
    tables = _tables_for_agreement()
    cues = tables["cues"]
    # the fixture has what makes the two sets differ: boosters, and hedges or loaded words in a source's voice
    assert {"booster", "hedge", "loaded", "scare_quote"} <= set(cues["category"])
    assert (cues["voice"] != "author").any()
    codes = pd.concat([
        _coder_from_cues(tables, coder, "hedge", ("hedge",)) for coder in ("A", "B")
    ], ignore_index=True)  # fmt: skip
    teaching = agreement(codes, quellcheck_codes(tables, "teaching"), categories="teaching")
    versus = teaching.rows[teaching.rows["coder_a"] == "quellcheck"]
    assert versus["observed_agreement"].tolist() == [1.0, 1.0]  # hedge means cues.category == "hedge"
    combined = agreement(codes, quellcheck_codes(tables))  # hedges and boosters, writer's voice only
    assert (combined.rows.loc[combined.rows["coder_a"] == "quellcheck", "observed_agreement"] < 1.0).all()
    assert "hedge = a hedge or booster cue" in combined.interpretation() and "writer's own voice" in combined.interpretation()
    assert "hedge = a hedge cue, any voice" in teaching.interpretation()


def test_agree_voice_any_counts_quoted_words() -> None:
    tables = _tables_for_agreement()
    author = quellcheck_codes(tables, voice="author")
    anyone = quellcheck_codes(tables, voice="any")
    loaded = lambda codes: codes[codes["category"] == "loaded"]["label"].sum()  # noqa: E731
    assert loaded(anyone) > loaded(author)  # "Das Regime lügt" inside the minister's quotation
    codes = _coder_from_cues(tables, "A", "loaded", ("loaded", "scare_quote"))
    result = agreement(pd.concat([codes, codes.assign(coder="B")]), anyone, voice="any")
    assert result.rows.loc[result.rows["coder_a"] == "quellcheck", "observed_agreement"].tolist() == [1.0, 1.0]


def test_agree_teaching_categories_need_the_option() -> None:
    codes = pd.DataFrame({"coder": ["A", "B"], "article_id": ["x", "x"], "sent_id": [0, 0], "category": ["booster", "booster"], "label": [1, 0]})
    with pytest.raises(InputError, match="use --categories teaching"):
        agreement(codes)
    assert agreement(codes, categories="teaching").rows["category"].tolist() == ["booster", "booster"]
    with pytest.raises(ConfigError, match="combined, teaching"):
        quellcheck_codes(_tables_for_agreement(), "everything")
