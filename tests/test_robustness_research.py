"""Bad input to ``--config``, ``evaluate``, ``calibrate`` and ``agree``: one line on stderr and the
documented exit code (2 for a bad option or config, 1 for a bad input file), never an internal error,
and never a silently wrong figure."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from scoring.config import ProfileConfig, load_config
from scoring.errors import EXIT_INPUT, EXIT_USAGE, ConfigError

TEXT = "Die Stadt erhöht die Gebühren. Laut Kämmerin Lea Roth soll das nötig sein."
SCORES_HEADER = "article_id,attribution_strength,source_diversity,loaded_wording,hedging,reliability\n"


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *fragments: str) -> None:
    """The command failed with ``code`` and said why in one line that holds every fragment."""
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quellcheck: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    return path


# --- --config -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["analyze", "corpus"])
def test_config_that_is_not_utf8_is_a_usage_error_naming_the_file(tmp_path: Path, article: Path, command: str) -> None:
    config = tmp_path / "latin1.toml"
    config.write_bytes("[profile]\n# Gewichte für die Prüfung\nmin_claims = 3\n".encode("latin-1"))
    args = [command, str(article), "--config", str(config)]
    if command == "corpus":
        args += ["-o", str(tmp_path / "out")]
    assert_one_line_error(run_cli(*args), EXIT_USAGE, "latin1.toml", "UTF-8")


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("tool = 5\n", "tool"),
        ("[tool]\nquellcheck = 5\n", "quellcheck"),
        ("profile = 3\n", "[profile]"),
        ("[profile]\nweights = [1, 2]\n", "weights"),
        ("[profile]\ndiversity_parts = 0.5\n", "diversity_parts"),
        ('[profile]\nloaded_points_per_1000_words = "a"\n', "loaded_points_per_1000_words"),
        ("[profile]\nloaded_points_per_1000_words = -1.0\n", "loaded_points_per_1000_words"),
        ("[profile]\nloaded_points_per_1000_words = inf\n", "loaded_points_per_1000_words"),
        ('[profile]\ndiversity_parts = { count = "x" }\n', "diversity_parts.count"),
        ("[profile]\ndiversity_parts = { count = -0.4 }\n", "diversity_parts.count"),
        ("[profile]\ndiversity_parts = { colour = 0.1 }\n", "colour"),
        ("[profile]\ndiversity_parts = { count = 0, voices = 0, kinds = 0, countries = 0, independence = 0 }\n", "diversity_parts"),
        ("[profile]\nnamed_sources_for_full_count = 0\n", "named_sources_for_full_count"),
        ("[profile]\nnamed_sources_for_full_count = -8\n", "named_sources_for_full_count"),
        ("[profile]\nnamed_sources_for_full_count = 8.5\n", "named_sources_for_full_count"),
        ("[profile]\nweights = { hedging = inf }\n", "weights.hedging"),
        ("[profile]\nweights = { hedging = nan }\n", "weights.hedging"),
        ("[profile]\nweights = { hedging = true }\n", "weights.hedging"),
        ("[profile]\nweights = { hedging = 1e308, loaded_wording = 1e308 }\n", "reliability weights"),
        ("[profile]\nmin_claims = true\n", "min_claims"),
        ("[profile]\nmin_claims = 2.5\n", "min_claims"),
        ("[profile]\nmin_claims = 0\n", "min_claims"),
        ("[profile]\nsupported_strength = [1]\n", "supported_strength"),
        ("[profile]\nsupported_strength = 1.5\n", "supported_strength"),
        ("[profile]\nsupported_strength = -0.1\n", "supported_strength"),
    ],
)
def test_a_bad_profile_setting_is_a_usage_error_naming_it(tmp_path: Path, article: Path, content: str, named: str) -> None:
    config = tmp_path / "profile.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"profile\.toml: "):
        load_config(config)
    assert_one_line_error(run_cli("analyze", str(article), "--config", str(config)), EXIT_USAGE, "profile.toml", named)


@pytest.mark.parametrize(
    ("content", "setting", "value"),
    [
        ("[profile]\nweights = { hedging = 1 }\n", "min_claims", 3),  # an integer weight is a number
        ("[profile]\nloaded_points_per_1000_words = 0\n", "loaded_points_per_1000_words", 0),
        ("[profile]\nnamed_sources_for_full_count = 1\n", "named_sources_for_full_count", 1),
        ("[profile]\nsupported_strength = 1\n", "supported_strength", 1),
        ("[tool.quellcheck.profile]\nmin_claims = 1\n", "min_claims", 1),
        ("[tool.other]\nx = 1\n", "min_claims", 3),  # a pyproject.toml without our table: the defaults
    ],
)
def test_good_profile_settings_still_load(tmp_path: Path, content: str, setting: str, value: float) -> None:
    config = tmp_path / "profile.toml"
    config.write_text(content, encoding="utf-8")
    assert getattr(load_config(config), setting) == value


def test_a_partial_table_keeps_the_other_defaults(tmp_path: Path) -> None:
    config = tmp_path / "profile.toml"
    config.write_text("[profile]\ndiversity_parts = { count = 0.9 }\n", encoding="utf-8")
    parts = load_config(config).diversity_parts
    assert parts == {**ProfileConfig().diversity_parts, "count": 0.9}


# --- evaluate: gold files -------------------------------------------------------------------------

HEDGE = TEXT.index("soll")


def jsonl(*rows: dict) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def hedge_row(**changes: object) -> dict:
    return {"article_id": "a1", "text": TEXT, "category": "hedge", "start": HEDGE, "end": HEDGE + 4, **changes}


def spkatt(tokens: object = None, message: object = None) -> str:
    sentence = {"SentenceId": 0, "Tokens": ["Roth", "sagte", ",", "es", "sei", "nötig", "."] if tokens is None else tokens}
    annotation = {"Cue": ["0:1"], "Source": ["0:0"], "Message": ["0:3", "0:4", "0:5"] if message is None else message}
    return json.dumps({"Sentences": [sentence], "Annotations": [annotation]})


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tokens.json", spkatt(tokens=5), "Tokens must be a list of strings"),
        ("token.json", spkatt(tokens=["Roth", 7]), "Tokens must be a list of strings"),
        ("ref.json", spkatt(message=[3]), "token id 3 is not a"),
        ("refs.json", spkatt(message="0:3"), "expected a list of"),
        ("long.json", '{"Sentences": [], "Annotations": [], "n": ' + "7" * 4400 + "}", "not a SpkAtt JSON file"),
        ("long.jsonl", '{"article_id": "a1", "category": "hedge", "start": ' + "7" * 4400 + ', "end": 3}\n', "long.jsonl:1"),
        ("past.jsonl", jsonl(hedge_row(end=10**6)), "does not lie within the article text"),
        ("float.jsonl", jsonl(hedge_row(start=1.5)), "must be integers"),
        ("bool.jsonl", jsonl(hedge_row(start=True)), "must be integers"),
        ("string.jsonl", jsonl(hedge_row(start=str(HEDGE))), "must be integers"),
        ("twice.jsonl", jsonl(hedge_row(), {"article_id": "a1", "category": "none", "text": "Ein anderer Text."}),
         "twice.jsonl:2: article 'a1' has a different text"),
    ],
)  # fmt: skip
def test_a_bad_gold_file_is_one_input_error(tmp_path: Path, name: str, content: str, message: str) -> None:
    gold = tmp_path / name
    gold.write_text(content, encoding="utf-8")
    assert_one_line_error(run_cli("evaluate", str(gold)), EXIT_INPUT, message)


def test_whole_number_floats_are_offsets(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(jsonl(hedge_row(start=float(HEDGE), end=HEDGE + 4.0)), encoding="utf-8")
    result = run_cli("evaluate", str(gold), "--lang", "de", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["capabilities"]["hedge"]["gold"] == 1


@pytest.mark.parametrize("whole", [False, True])
def test_brat_text_that_is_not_utf8_is_one_input_error(tmp_path: Path, whole: bool) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a1.ann").write_text(f"T1\tHedge {HEDGE} {HEDGE + 4}\tsoll\n", encoding="utf-8")
    (tmp_path / "gold" / "a1.txt").write_bytes(TEXT.encode("latin-1"))
    target = tmp_path / "gold" if whole else tmp_path / "gold" / "a1.ann"
    assert_one_line_error(run_cli("evaluate", str(target)), EXIT_INPUT, "a1.txt", "cannot read")


def test_brat_span_past_the_end_of_its_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a1.ann").write_text(f"T1\tHedge {HEDGE} {len(TEXT) + 10}\tsoll\n", encoding="utf-8")
    (tmp_path / "a1.txt").write_text(TEXT, encoding="utf-8")
    assert_one_line_error(run_cli("evaluate", str(tmp_path / "a1.ann")), EXIT_INPUT, "a1", "does not lie within")


# --- evaluate: saved tables -----------------------------------------------------------------------


def write_tables(directory: Path, articles: str) -> Path:
    directory.mkdir()
    (directory / "articles.csv").write_text(articles, encoding="utf-8")
    (directory / "attributions.csv").write_text(
        "article_id,sent_id,form,cue_start,cue_end,content_start,content_end,source_start,source_end\n", encoding="utf-8"
    )
    (directory / "cues.csv").write_text("article_id,category,voice,start,end,text\n", encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    ("articles", "message"),
    [
        ("id,text\na1,Die Stadt.\n", "lacks the column(s) article_id"),
        ("article_id,title\na1,Gebühren\n", "lacks the column(s) text"),
        (f"article_id,text\na1,{TEXT}\na1,Ein anderer Text.\n", "two rows for 'a1' with different texts"),
    ],
)
def test_bad_saved_tables_are_one_input_error(tmp_path: Path, articles: str, message: str) -> None:
    tables = write_tables(tmp_path / "tables", articles)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(jsonl({"article_id": "a1", "category": "hedge", "start": HEDGE, "end": HEDGE + 4}), encoding="utf-8")
    assert_one_line_error(run_cli("evaluate", str(gold), "--tables", str(tables)), EXIT_INPUT, message)


# --- calibrate and agree --------------------------------------------------------------------------


@pytest.fixture
def scores_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "tables"
    directory.mkdir()
    (directory / "scores.csv").write_text(SCORES_HEADER + "a1,80,60,90,70,75\na2,40,30,50,60,45\n", encoding="utf-8")
    return directory


def research_args(command: str, csv_file: Path, tables: Path) -> list[str]:
    return [command, str(csv_file)] + (["--tables", str(tables)] if command == "calibrate" else [])


@pytest.mark.parametrize("command", ["calibrate", "agree"])
def test_an_empty_csv_is_one_input_error(tmp_path: Path, scores_dir: Path, command: str) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert_one_line_error(run_cli(*research_args(command, empty, scores_dir)), EXIT_INPUT, "empty.csv", "empty")


@pytest.mark.parametrize(
    ("command", "content", "message"),
    [
        ("calibrate", f"article_id,rating\na1,1{'0' * 400}\na2,0\n", "ratings must be numbers"),
        ("calibrate", "article_id,rating\na1,1e400\na2,0\n", "ratings must be integers"),
        ("agree", f"coder,article_id,sent_id,hedge\nA,a1,0,1{'0' * 400}\nB,a1,0,0\n", "labels must be 0 or 1"),
        ("agree", f"coder,article_id,sent_id,hedge\nA,a1,1{'0' * 400},1\nB,a1,0,0\n", "sent_id must be"),
        ("agree", f"coder,article_id,sent_id,hedge\nA,a1,1{'0' * 20},1\nB,a1,1{'0' * 20}1,0\n", "sent_id must be"),
    ],
)
def test_a_number_too_large_is_one_input_error(tmp_path: Path, scores_dir: Path, command: str, content: str, message: str) -> None:
    codes = tmp_path / "values.csv"
    codes.write_text(content, encoding="utf-8")
    assert_one_line_error(run_cli(*research_args(command, codes, scores_dir)), EXIT_INPUT, "values.csv", message)


@pytest.mark.parametrize(
    ("command", "content"),
    [
        ("calibrate", "article_id,rating\na1,1,2\na2,1,3\n"),
        ("agree", "coder,article_id,sent_id,hedge\nA,a1,0,1,5\nB,a1,0,0,6\n"),
    ],
)
def test_rows_longer_than_the_header_are_named_as_such(tmp_path: Path, scores_dir: Path, command: str, content: str) -> None:
    codes = tmp_path / "extra.csv"
    codes.write_text(content, encoding="utf-8")
    result = run_cli(*research_args(command, codes, scores_dir))
    assert_one_line_error(result, EXIT_INPUT, "extra.csv", "1 field(s) more than the header")
    assert "more than once" not in result.stderr


@pytest.mark.parametrize("seed", ["-1", str(2**32)])
def test_calibrate_seed_out_of_range_is_a_usage_error(tmp_path: Path, scores_dir: Path, seed: str) -> None:
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("article_id,rating\na1,1\na2,0\n", encoding="utf-8")
    result = run_cli("calibrate", str(ratings), "--tables", str(scores_dir), "--seed", seed)
    assert result.returncode == EXIT_USAGE, result.stderr
    assert "--seed" in result.stderr and "Traceback" not in result.stderr
