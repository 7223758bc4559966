"""``quellcheck calibrate`` and ``quellcheck agree`` on tables written by a corpus run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from scoring import analyze_corpus
from scoring.research.agreement import quellcheck_codes
from scoring.cli import main
from scoring.config import load_config
from scoring.output.tables import write_tables
from test_corpus import make_article


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = analyze_corpus([{"id": f"a{k:03d}", "text": make_article(k)} for k in range(60)], lang="de")
    out = tmp_path_factory.mktemp("tables")
    write_tables(out, {t: result[t] for t in ("articles", "sentences", "cues", "attributions", "sources", "claims", "scores")})
    return out


def test_calibrate_fits_weights_and_writes_a_config(tables_dir: Path, tmp_path: Path) -> None:
    scores = pd.read_parquet(tables_dir / "scores.parquet").dropna(subset=["loaded_wording", "hedging", "attribution_strength", "source_diversity"])
    assert len(scores) >= 20 and scores["loaded_wording"].nunique() > 2
    # ratings a researcher might give: articles with little loaded wording count as reliable
    ratings = pd.DataFrame({"doc": scores["article_id"], "reliable": (scores["loaded_wording"] >= scores["loaded_wording"].median()).astype(int)})
    ratings.to_csv(tmp_path / "ratings.csv", sep=";", index=False)
    config = tmp_path / "weights.toml"
    result = CliRunner().invoke(main, ["calibrate", str(tmp_path / "ratings.csv"), "--tables", str(tables_dir), "--id-col", "doc", "--rating-col", "reliable", "-o", str(config), "--folds", "3"])
    assert result.exit_code == 0, result.output
    assert "ROC AUC" in result.output and "loaded_wording" in result.output
    weights = load_config(config).weights
    assert max(weights, key=weights.get) == "loaded_wording"
    assert sum(weights.values()) == pytest.approx(1.0, abs=1e-3)


def test_calibrate_names_a_missing_column(tables_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text("id,score\na001,1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["calibrate", str(tmp_path / "r.csv"), "--tables", str(tables_dir)])
    assert result.exit_code == 1 and "--id-col" in result.output and "Traceback" not in result.output


def test_agree_compares_coders_and_quellcheck(tables_dir: Path, tmp_path: Path) -> None:
    tables = {t: pd.read_parquet(tables_dir / f"{t}.parquet") for t in ("sentences", "cues", "attributions")}
    ours = quellcheck_codes(tables)
    # coder A copies quellcheck's attribution codes; coder B flips every fourth sentence
    attribution = ours[ours["category"] == "attribution"].reset_index(drop=True)
    a = attribution.assign(coder="A")
    b = attribution.assign(coder="B", label=[1 - v if k % 4 == 0 else v for k, v in enumerate(attribution["label"])])
    pd.concat([a, b]).rename(columns={"label": "value"}).to_csv(tmp_path / "codes.csv", index=False)
    out = tmp_path / "agreement.csv"
    result = CliRunner().invoke(main, ["agree", str(tmp_path / "codes.csv"), "--tables", str(tables_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(out)
    vs_a = rows[(rows["pair"] == "quellcheck vs A")].iloc[0]
    vs_b = rows[(rows["pair"] == "quellcheck vs B")].iloc[0]
    assert vs_a["kappa"] == pytest.approx(1.0) and vs_b["kappa"] < 1.0
    assert vs_b["observed_agreement"] == pytest.approx(0.75, abs=0.01)
    assert "Landis" in result.output


def test_agree_teaching_categories_from_the_command_line(tables_dir: Path, tmp_path: Path) -> None:
    tables = {t: pd.read_parquet(tables_dir / f"{t}.parquet") for t in ("sentences", "cues", "attributions")}
    ours = quellcheck_codes(tables, "teaching")
    hedges = ours[ours["category"] == "hedge"].reset_index(drop=True)
    assert hedges["label"].sum() > 0
    coders = pd.concat([hedges.assign(coder="A"), hedges.assign(coder="B", label=1 - hedges["label"].where(hedges.index % 5 == 0, 1 - hedges["label"]))])
    pd.concat([coders, coders.head(1).assign(category="booster")]).to_csv(tmp_path / "codes.csv", index=False)
    refused = CliRunner().invoke(main, ["agree", str(tmp_path / "codes.csv"), "--tables", str(tables_dir)])
    assert refused.exit_code == 1 and "--categories teaching" in refused.output and "Traceback" not in refused.output
    result = CliRunner().invoke(main, ["agree", str(tmp_path / "codes.csv"), "--tables", str(tables_dir), "--categories", "teaching"])
    assert result.exit_code == 0, result.output
    assert "hedge = a hedge cue, any voice" in result.output


def test_agree_names_the_codes_file_that_lacks_columns(tmp_path: Path) -> None:
    (tmp_path / "codes.csv").write_text("article_id,rating\na000,1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["agree", str(tmp_path / "codes.csv")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'codes.csv'}: codes lack the column(s) sent_id, coder" in result.output
