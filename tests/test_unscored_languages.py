"""A language without scorers is never reported as "clean", and a wrong --lang is questioned.

Every bundled language has scorers, so the tests register a made-up language that is read but not
scored ("xx", the toy lexicons of tests/toy_language), as a researcher's own pack would be: the
command line runs through ``tests/unscored_cli.py``, which registers it first.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import conftest
from conftest import ROOT
from scoring import analyze
from scoring.languages import scored_codes

SAMPLES = {
    "en": (
        "The city council approved the new budget on Tuesday after a long debate. The mayor said the plan "
        "would cut costs by ten percent over the next three years, according to a statement released after the vote."
    ),
    "es": (
        "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate. El alcalde dijo que el plan "
        "reducirá los costes un diez por ciento en los próximos tres años, según un comunicado publicado tras la votación."
    ),
}
GERMAN = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen. Der Bürgermeister sagte, "
    "der Plan werde die Kosten in den nächsten drei Jahren um zehn Prozent senken, wie es in einer Mitteilung hieß."
)
TOY = "La urbo konstruas novan ponton super la rivero. Gxi kostos du milionojn kaj estos preta en majo."


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``quellcheck ARGS`` with the unscored language "xx" registered."""
    return subprocess.run([sys.executable, str(ROOT / "tests" / "unscored_cli.py"), *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def unscored(tmp_path: Path) -> tuple[str, Path]:
    assert "xx" not in scored_codes()
    path = tmp_path / "draft.txt"
    path.write_text(TOY, encoding="utf-8")
    return "xx", path


def test_check_refuses_to_call_an_unscored_draft_clean(unscored: tuple[str, Path]) -> None:
    lang, path = unscored
    result = run_cli("check", str(path), "--lang", "xx")
    assert result.returncode == 2
    assert f"{path}: not checked: no scorers for '{lang}' (available: {', '.join(scored_codes())})" in result.stderr.splitlines()


def test_check_allow_unscored_keeps_the_line_but_not_the_exit_code(unscored: tuple[str, Path]) -> None:
    _, path = unscored
    result = run_cli("check", str(path), "--lang", "xx", "--allow-unscored")
    assert result.returncode == 0 and "not checked" in result.stderr


def test_an_unscored_draft_is_refused_and_a_scored_one_still_checked(unscored: tuple[str, Path], tmp_path: Path) -> None:
    _, path = unscored
    german = tmp_path / "entwurf.txt"
    german.write_text("Das Regime soll 40 Millionen Euro veruntreut haben. " + GERMAN, encoding="utf-8")
    refused = run_cli("check", str(path), "--lang", "xx")
    checked = run_cli("check", str(german), "--lang", "de")  # the same command line, the extra pack registered
    assert refused.returncode == 2 and "not checked" in refused.stderr and not refused.stdout.strip()
    assert checked.returncode != 0 and "[loaded-term]" in checked.stdout and "not checked" not in checked.stderr


def test_analyze_warns_once_per_language_and_says_so_in_the_table(unscored: tuple[str, Path], tmp_path: Path) -> None:
    lang, path = unscored
    second = tmp_path / "second.txt"
    second.write_text(TOY, encoding="utf-8")
    result = run_cli("analyze", str(path), str(second), "--lang", "xx")
    assert result.returncode == 0
    assert result.stderr.count(f"no scorers for language '{lang}'") == 1
    notes = [json.loads(line)["scores"]["reliability_note"] for line in result.stdout.splitlines()]
    assert all(note and "no scorers" in note for note in notes)


def test_corpus_warns_once_and_counts_the_unscored_articles(unscored: tuple[str, Path], tmp_path: Path) -> None:
    lang, _ = unscored
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": f"a{k}", "text": TOY}) + "\n" for k in range(4)), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("corpus", str(rows), "-o", str(out), "--progress", "none", "--batch-size", "2", "--lang", "xx")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(f"no scorers for language '{lang}'") == 1
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["unscored_by_lang"] == {lang: 4}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_forcing_the_wrong_language_warns(lang: str) -> None:
    assert any("looks like" in w for w in analyze(SAMPLES[lang], lang="de").warnings)


@pytest.mark.parametrize(
    "text",
    [
        GERMAN,
        "Kurz: Die Stadt plant neue Radwege.",  # too short to question
        GERMAN + " Der Slogan der Kampagne lautete „Make the city great again“, wie die Grünen kritisierten.",
    ],
)
def test_the_right_language_is_not_questioned(text: str) -> None:
    assert not any("looks like" in w for w in analyze(text, lang="de").warnings)


def test_the_cli_prints_the_wrong_language_warning(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text(SAMPLES["en"], encoding="utf-8")
    result = conftest.run_cli("analyze", str(path), "--lang", "de", "--format", "text")
    assert result.returncode == 0 and "--lang de was given, but the text looks like English" in result.stderr
