"""A language without scorers is never reported as "clean", and a wrong --lang is questioned.

Which languages are scored comes from ``scoring.languages.scored_codes()``; the tests pick a
language outside it, so they keep working as languages are added.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
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
UNSCORED = [lang for lang in SAMPLES if lang not in scored_codes()]


@pytest.fixture
def unscored(tmp_path: Path) -> tuple[str, Path]:
    if not UNSCORED:
        pytest.skip("every language quellcheck reads has scorers")
    lang = UNSCORED[0]
    path = tmp_path / "draft.txt"
    path.write_text(SAMPLES[lang], encoding="utf-8")
    return lang, path


def test_check_refuses_to_call_an_unscored_draft_clean(unscored: tuple[str, Path]) -> None:
    lang, path = unscored
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert f"{path}: not checked: no scorers for '{lang}' (available: {', '.join(scored_codes())})" in result.stderr.splitlines()


def test_check_allow_unscored_keeps_the_line_but_not_the_exit_code(unscored: tuple[str, Path]) -> None:
    _, path = unscored
    result = run_cli("check", str(path), "--allow-unscored")
    assert result.returncode == 0 and "not checked" in result.stderr


def test_check_still_checks_the_scored_files_beside_it(unscored: tuple[str, Path], tmp_path: Path) -> None:
    _, path = unscored
    german = tmp_path / "entwurf.txt"
    german.write_text("Das Regime soll 40 Millionen Euro veruntreut haben. " + GERMAN, encoding="utf-8")
    result = run_cli("check", str(path), str(german))
    assert result.returncode == 2
    assert "[loaded-term]" in result.stdout and "not checked" in result.stderr


def test_analyze_warns_once_per_language_and_says_so_in_the_table(unscored: tuple[str, Path], tmp_path: Path) -> None:
    lang, path = unscored
    second = tmp_path / "second.txt"
    second.write_text(SAMPLES[lang], encoding="utf-8")
    result = run_cli("analyze", str(path), str(second))
    assert result.returncode == 0
    assert result.stderr.count(f"no scorers for language '{lang}'") == 1
    notes = [json.loads(line)["scores"]["reliability_note"] for line in result.stdout.splitlines()]
    assert all(note and "no scorers" in note for note in notes)


def test_corpus_warns_once_and_counts_the_unscored_articles(unscored: tuple[str, Path], tmp_path: Path) -> None:
    lang, _ = unscored
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": f"a{k}", "text": SAMPLES[lang]}) + "\n" for k in range(4)), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("corpus", str(rows), "-o", str(out), "--progress", "none", "--batch-size", "2")
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
    result = run_cli("analyze", str(path), "--lang", "de", "--format", "text")
    assert result.returncode == 0 and "--lang de was given, but the text looks like English" in result.stderr
