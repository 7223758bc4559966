"""``quellcheck check``: rules, positions in the original file, suppression, configuration, exit codes.

Texts are written for these tests. Positions are checked against the file
itself: the text at the reported line and column must be the finding's text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT
from scoring import analyze
from scoring.lint.check import find_config, load_settings, strip_directives
from scoring.cli import main
from scoring.errors import UsageError
from scoring.aggregation.findings import RULES, CheckConfig, find_findings

DRAFT = (
    "Neue Radwege für die Stadt\n"
    "\n"
    "Die Stadt plant neue Radwege. Das Regime soll 40 Millionen Euro veruntreut haben.\n"
    "Analysten zufolge ist das ein Problem.\n"
    "Es ist kein Zufall, dass die \"Experten\" schweigen.\n"
    "Nach Angaben von Insidern steigen die Kosten auf 12 Millionen Euro.\n"
)


def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    if cwd is None:
        result = runner.invoke(main, list(args))
    else:
        with runner.isolated_filesystem(temp_dir=cwd):
            result = runner.invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def findings_of(path: Path, *args: str) -> list[dict]:
    defaults = () if "--config" in args else ("--no-config",)
    code, out, err = run("check", str(path), "--format", "json", *defaults, *args)
    assert code in (0, 1), err
    return json.loads(out)


def at(path: Path, item: dict) -> str:
    """The file's text starting at a finding's line and column."""
    line = path.read_text(encoding="utf-8").split("\n")[item["line"] - 1]
    return line[item["column"] - 1 :]


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_rules_fire_at_the_right_place(draft: Path) -> None:
    found = findings_of(draft)
    rules = {f["rule"] for f in found}
    assert {"loaded-term", "reportative-sollen", "vague-source", "unsupported-booster", "scare-quote", "anonymous-source"} <= rules
    for item in found:
        assert at(draft, item).startswith(item["text"].split("\n")[0]), item
    loaded = next(f for f in found if f["rule"] == "loaded-term")
    assert (loaded["line"], loaded["column"]) == (3, 35) and loaded["suggestion"]
    assert "neutral:" in loaded["message"]


def test_gnu_format_and_exit_codes(draft: Path) -> None:
    code, out, err = run("check", str(draft), "--no-config")
    assert code == 1
    lines = out.strip().split("\n")
    assert all(line.startswith(f"{draft}:") for line in lines)
    first = lines[0].split(":", 4)
    assert first[1].isdigit() and first[2].isdigit() and first[3].strip() in ("warning", "error", "info")
    assert lines[0].endswith("]") and "finding(s) in 1 file(s)" in err
    assert run("check", str(draft), "--no-config", "--fail-on", "never")[0] == 0
    assert run("check", str(draft), "--no-config", "--fail-on", "error")[0] == 0  # nothing is an error by default


def test_unattributed_figure_and_single_source(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Der Umbau kostet 3,5 Millionen Euro.\n"
        "Laut dem Bürgermeister beginnt er im Mai. Laut dem Bürgermeister dauert er zwei Jahre.\n"
        "Der Bürgermeister sagte, die Stadt zahle die Hälfte.\n",
        encoding="utf-8",
    )  # fmt: skip
    found = findings_of(path)
    figure = [f for f in found if f["rule"] == "unattributed-figure"]
    assert [(f["line"], f["column"]) for f in figure] == [(1, 1)]
    assert any(f["rule"] == "single-source" for f in found)
    relaxed = findings_of(path, "--ignore", "single-source")
    assert not any(f["rule"] == "single-source" for f in relaxed)


def test_a_vague_group_as_the_only_source_is_no_single_source(tmp_path: Path) -> None:
    """"3 attributed claims, all from Viele" had stood beside the vague-source finding of the same words: a group
    nobody can name is no one source to rely on."""
    path = tmp_path / "a.txt"
    path.write_text(
        "Kritiker sagen, der Umbau sei zu teuer. Kritiker meinen, er dauere zu lange.\n"
        "Kritiker fordern, die Stadt solle ihn stoppen.\n",
        encoding="utf-8",
    )  # fmt: skip
    rules = [f["rule"] for f in findings_of(path)]
    assert "vague-source" in rules and "single-source" not in rules


def figure_lines(text: str) -> list[int]:
    """The sentences (their first words) flagged as figures without a source in ``text``."""
    result = analyze(text, lang="de")
    return [result.text[f.start : f.end].split()[0] for f in find_findings(result, CheckConfig()) if f.rule == "unattributed-figure"]


def test_a_named_source_covers_the_figures_of_its_passage() -> None:
    release = ("Die Preise stiegen im Mai um 2,1 Prozent, teilte das Statistikamt am Dienstag mit. "
               "Mieten wurden um 3,4 Prozent teurer. Strom kostete 8,2 Prozent weniger. Der Mai war warm. "
               "Gemüse kostete 7,7 Prozent mehr.")  # fmt: skip
    assert figure_lines(release) == ["Gemüse"]  # the fourth sentence after the source is out of its passage
    figures_on = release.replace("Der Mai war warm.", "Obst verteuerte sich um 5,5 Prozent.")
    assert figure_lines(figures_on) == []  # unless the figures run on from it sentence after sentence
    lead = "Die Preise stiegen im Mai um 2,1 Prozent. Das teilte das Statistikamt am Dienstag mit."
    assert figure_lines(lead) == []  # the figure first, its source in the next sentence
    apart = "Die Preise stiegen im Mai um 2,1 Prozent.\n\nDas Statistikamt nannte keine Gründe, sagte die Sprecherin Eva Lind."
    assert figure_lines(apart) == ["Die"]  # another paragraph
    vague = "Die Preise stiegen im Mai um 2,1 Prozent, hieß es. Mieten wurden um 3,4 Prozent teurer."
    assert figure_lines(vague) == ["Mieten"]  # nobody named: no passage


def test_a_report_taking_up_the_lead_with_a_pronoun_covers_its_figures() -> None:
    lead = ("Zöllner haben am Flughafen 120.000 Zigaretten beschlagnahmt. Die Ware lag in zwei Koffern. "
            "Ein Reisender wurde angezeigt. Das teilte das Zollamt am Montag mit.")  # fmt: skip
    assert figure_lines(lead) == []  # "Das" takes up the three sentences before: the customs office's account
    farther = lead.replace("Das teilte", "Die Koffer waren blau. Das teilte")
    assert figure_lines(farther) == ["Zöllner"]  # guard: four sentences back is out of reach
    other = lead.replace("Die Ware lag", "Laut einem Zeugen lag die Ware")
    assert figure_lines(other) == ["Zöllner"]  # guard: another source stands between


def test_a_paragraph_credited_to_a_source_in_brackets_is_that_source_s_text() -> None:
    digest = ("Ferry fares rise again - Harbour News: Fares on the island ferry rose 14 percent in May. "
              "In fact, officials expect another rise. [Harbour News.]\n\n"
              "Lighthouse reopens - The lighthouse drew 12,000 visitors in its first week. [Coastline]\n\n"
              "Our view - The fares rose 14 percent in May. In fact, nobody asked the riders.")  # fmt: skip
    result = analyze(digest, lang="en")
    found = [(f.rule, result.text[f.start : f.end]) for f in find_findings(result, CheckConfig())
             if f.rule in ("unattributed-figure", "unsupported-booster")]  # fmt: skip
    # the credited items are the named outlets' text; the writer's own paragraph is not
    assert found == [("unattributed-figure", "Our view - The fares rose 14 percent in May."), ("unsupported-booster", "In fact")]


def test_the_figures_of_a_match_report_are_its_record() -> None:
    match = ("Der SV Nordheim gewann am Samstag mit 3:1 (1:0) gegen Eintracht Süd. Vor 12.400 Zuschauern traf "
             "die Stürmerin zweimal. Ihre Elf gewann 58 Prozent der Zweikämpfe.")  # fmt: skip
    assert figure_lines(match) == []  # the crowd and the duels won: the record of a game played in public
    assert figure_lines(match.replace(" (1:0)", "")) == ["Vor", "Ihre"]  # guard: a score alone is no match report
    two = "Nach dem 2:1-Sieg im Hinspiel reichte ein 0:0-Remis. Vor 12.400 Zuschauern blieb es torlos."
    assert figure_lines(two) == []  # two scores written as a game's
    ratio = "Das Modell ist keine 1:1-Kopie. Die Halle hat 12.400 Plätze."
    assert figure_lines(ratio) == ["Die"]  # guard: one ratio is no game


def test_a_word_pointing_back_to_a_named_source_goes_on_with_its_passage() -> None:
    report = ("Laut dem Jahresbericht des Seenverbands sank der Pegel um 1,2 Prozent. Der Winter war mild. Die Fähren "
              "fuhren selten. Im Herbst kam Regen. Am stärksten sank der Pegel demnach am Nordufer. Dort fehlen 3,4 Prozent. ")  # fmt: skip
    assert figure_lines(report) == []  # "demnach" goes on with the report: the figure after it is the report's
    assert figure_lines(report.replace("demnach ", "")) == ["Dort"]  # guard: without it the passage ended
    alone = "Der Winter war mild. Am stärksten sank der Pegel demnach am Nordufer. Dort fehlen 3,4 Prozent."
    assert figure_lines(alone) == ["Dort"]  # guard: nothing named before it to point back to


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # a figure that a named body counted, registered or found has its source in the sentence
        ("Am Samstag zählte die Polizei 4.200 Demonstranten vor dem Parlament.", "de", False),
        ("4.200 Demonstranten zählte die Polizei am Samstag.", "de", False),
        ("Die Demonstranten waren 4.200 an der Zahl, und sie blieben bis zum Abend.", "de", True),
        ("The inspectors found 3,100 households without power in the district.", "en", False),
        ("About 3,100 households in the district lost power, and most were reconnected.", "en", True),
        ("La Policía Local contabilizó 4.200 manifestantes ante el Parlamento.", "es", False),
    ],
)
def test_a_figure_counted_by_a_named_body_is_sourced(text: str, lang: str, flagged: bool) -> None:
    findings = find_findings(analyze(text, lang=lang), CheckConfig())
    assert any(f.rule == "unattributed-figure" for f in findings) is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # a poll cited once and later described with the article: its method is the poll's, not the writer's figure
        ("A new survey by the Lindqvist Institute shows the mayor ahead.\n\nLund will speak in May. The ferry runs at night. "
         "The port is old. The quay needs repair.\n\nThe survey reached 1,204 adults by phone in March.", "en", False),
        ("Laut einer Umfrage des Lindqvist-Instituts liegt die Bürgermeisterin vorn. Die Wahl ist im Mai. "
         "Die Fähre fährt nachts. Der Hafen ist alt. Die Umfrage wurde unter 1.204 Erwachsenen im März durchgeführt.", "de", False),
        # guard: a document nobody cited before
        ("The ferry runs at night.\n\nLund will speak in May.\n\nThe survey reached 1,204 adults by phone in March.", "en", True),
    ],
)
def test_a_cited_document_described_later_sources_its_figures(text: str, lang: str, flagged: bool) -> None:
    findings = find_findings(analyze(text, lang=lang), CheckConfig())
    assert any(f.rule == "unattributed-figure" for f in findings) is flagged


def test_the_figures_of_a_named_poll_run_on_until_a_sentence_without_one() -> None:
    poll = ("In a survey by the Lindqvist Institute released on Tuesday, 52 percent backed the plan. "
            "In the capital, the share was 61 percent. Among farmers, it was 38 percent. Among students, it was 70 percent. "
            "Among nurses, it was 55 percent. ")  # fmt: skip
    run = analyze(poll + "Among retirees, it was 44 percent.", lang="en")
    assert not [f for f in find_findings(run) if f.rule == "unattributed-figure"]
    broken = analyze(poll + "The plan goes to a vote in May. Among retirees, it was 44 percent.", lang="en")
    flagged = [broken.text[f.start : f.end] for f in find_findings(broken) if f.rule == "unattributed-figure"]
    assert flagged == ["Among retirees, it was 44 percent."]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The city is building a new bridge. The governor has kept a wide lead in North Dakota polls.", False),
        # guard: a figure passed on from the polls of a place nobody names
        ("The city is building a new bridge. The governor has kept a lead of 12 points in North Dakota polls.", True),
    ],
)
def test_a_standing_in_the_polls_of_a_place_is_no_vague_source(text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "The Vermont senator" describes the senator named before: one voice, not two
        ("Sen. Ann Lund said on Monday that the bridge would open in May. The Vermont senator said the cost had doubled. "
         "She said the state would pay.", False),
        # guard: two senators by name are two official voices
        ("Sen. Ann Lund said on Monday that the bridge would open in May. Sen. Tom Berg said the cost had doubled. "
         "She said the state would pay.", True),
    ],
)
def test_a_description_of_a_named_source_is_no_voice_of_its_own(text: str, flagged: bool) -> None:
    assert ("no-independent-source" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "the survey" after a named poll points back to it under another word of the same type
        ("A Lindqvist Institute poll released on Monday finds the mayor ahead. The race is close. What is less clear, "
         "the survey shows, is whether young voters will turn out.", False),
        # guard: no document cited before
        ("The mayor is ahead. The race is close. What is less clear, the survey shows, is whether young voters will "
         "turn out.", True),
    ],
)
def test_a_document_named_before_is_no_vague_source_under_another_word(text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a lead that keeps the name of its survey for the next sentence, which takes it up with "The survey"
        ("The city is building a new bridge. Voters back the plan, a new city survey has found. The survey, released "
         "by the Lindqvist Institute on Monday, showed the mayor far ahead.", False),
        # guard: nobody names it
        ("The city is building a new bridge. Voters back the plan, a new city survey has found. The mayor was pleased, "
         "and the council will vote in May.", True),
    ],
)
def test_a_document_named_in_the_next_sentence_is_no_vague_source(text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an outlet read in the message is what the source speaks about, not whom it spoke through
        ("The city is building a new bridge. The mayor's office said the Reuters story was unfair.", False),
        ("The city is building a new bridge. Governor Lund said he'd welcome CNN's coverage.", False),
        # guards: the source spoke to the outlet
        ("The city is building a new bridge. The mayor's office told Reuters that the story was unfair.", True),
        ("The city is building a new bridge. Governor Lund told CNN he would welcome the coverage.", True),
    ],
)
def test_an_outlet_in_the_message_is_no_intermediary(text: str, flagged: bool) -> None:
    assert ("second-hand-source" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # what a source only might say, told by another, passes nothing on
        ("Lund will attend the hearing, because, according to his aide, the press would call him a coward if he stayed away.", False),
        # guard: what it said
        ("Lund will attend the hearing, because, according to his aide, the press called him a coward last time.", True),
    ],
)
def test_a_source_that_only_might_speak_is_not_cited_second_hand(text: str, flagged: bool) -> None:
    assert ("second-hand-source" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


def test_second_hand_and_foreign_fragment(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(
        "Laut einem Bericht des Verteidigungsministeriums, der von der Zeitung Le Monde zitiert wird, "
        "wurden 20 Panzer geliefert. Sin embargo, die Lage bleibt unklar.\n",
        encoding="utf-8",
    )  # fmt: skip
    rules = {f["rule"] for f in findings_of(path)}
    assert "second-hand-source" in rules and "foreign-fragment" in rules


def test_no_independent_source(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(
        "Die Bundesregierung erklärte, die Hilfe komme an. Das Innenministerium sagte, es gebe keine Engpässe. "
        "Die Polizei teilte mit, alles sei ruhig.\n",
        encoding="utf-8",
    )  # fmt: skip
    (finding,) = [f for f in findings_of(path) if f["rule"] == "no-independent-source"]
    assert "(Bundesregierung, Polizei)" in finding["message"]  # the named sources by name
    path.write_text(
        "Die Bundesregierung erklärte, die Hilfe komme an. Das Innenministerium sagte, es gebe keine Engpässe. "
        "Die Nachrichtenagentur dpa berichtete, alles sei ruhig.\n",
        encoding="utf-8",
    )  # fmt: skip
    assert "no-independent-source" not in {f["rule"] for f in findings_of(path)}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a speaker whose name carries the body's: one voice, below the threshold of two sources
        ("Die ÖVP lehnt den Antrag ab. Das sei zu teuer, sagte ÖVP-Klubsprecher Hans Berger am Montag.", False),
        ("Die ÖVP lehnt den Antrag ab. Das sei zu teuer, sagte ÖVP-Klubsprecher Hans Berger am Montag. "
         "Die SPÖ sei dafür, teilte SPÖ-Klubchefin Eva Huber mit.", True),
    ],
)
def test_a_body_and_its_own_speaker_are_one_voice(text: str, flagged: bool) -> None:
    assert ("no-independent-source" in {f.rule for f in find_findings(analyze(text, lang="de"))}) is flagged


def test_a_source_finding_stands_at_a_mention_that_names_the_source() -> None:
    text = ("Secretary of State Anna Berg visited the border on Monday. She said the aid would arrive in May. "
            "The Pentagon said the trucks were ready. Berg added that more would follow.")  # fmt: skip
    result = analyze(text, lang="en")
    (finding,) = [f for f in find_findings(result) if f.rule == "no-independent-source"]
    assert result.text[finding.start : finding.end] == "The Pentagon"  # not the pronoun "She" that stands for Berg


def test_positions_in_markdown_with_markup(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("# Titel\n\nDie *Stadt* plant viel. Das **Regime** soll 40 Millionen Euro veruntreut haben.\n", encoding="utf-8")
    loaded = next(f for f in findings_of(path) if f["rule"] == "loaded-term")
    assert at(path, loaded).startswith("Regime**")


def test_positions_in_html(tmp_path: Path) -> None:
    path = tmp_path / "e.html"
    path.write_text(
        "<html><head><title>Radwege</title></head><body><article><h1>Radwege</h1>\n"
        "<p>Die Stadt plant neue Radwege f&uuml;r alle Bezirke der Stadt.</p>\n"
        "<p>Das <b>Regime</b> soll 40 Millionen Euro veruntreut haben, wie schon lange vermutet wurde.</p>\n"
        "</article></body></html>\n",
        encoding="utf-8",
    )  # fmt: skip
    loaded = next(f for f in findings_of(path) if f["rule"] == "loaded-term")
    assert at(path, loaded).startswith("Regime</b>") and not loaded["approximate"]


def test_suppression_comments(tmp_path: Path) -> None:
    path = tmp_path / "f.md"
    path.write_text(
        "Das Regime schweigt. <!-- quellcheck: ignore loaded-term -->\n"
        "\n"
        "<!-- quellcheck: ignore -->\n"
        "Das Regime soll Geld veruntreut haben.\n"
        "\n"
        "Das Regime soll Geld veruntreut haben.\n",
        encoding="utf-8",
    )  # fmt: skip
    found = findings_of(path)
    assert {f["line"] for f in found} == {6}  # line 1: that rule; line 4: every rule
    assert {f["rule"] for f in found} == {"loaded-term", "reportative-sollen"}
    path.write_text("<!-- quellcheck: ignore-file reportative-sollen -->\nDas Regime soll Geld veruntreut haben.\n", encoding="utf-8")
    assert {f["rule"] for f in findings_of(path)} == {"loaded-term"}


def test_suppression_in_plain_text_and_unknown_rule(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text("# quellcheck: ignore loaded-term\nDas Regime schweigt.\n[quellcheck: ignore nonsense-rule]\nDas Regime soll Geld veruntreut haben.\n", encoding="utf-8")
    code, out, err = run("check", str(path), "--format", "json", "--no-config")
    found = json.loads(out)
    assert [(f["line"], f["rule"]) for f in found if f["rule"] == "loaded-term"] == [(4, "loaded-term")]
    assert "unknown rule 'nonsense-rule'" in err


def test_directives_are_not_article_text() -> None:
    content = "Die Stadt plant viel. <!-- quellcheck: ignore loaded-term -->\nMehr Text.\n"
    stripped, suppressions, warnings = strip_directives(content, "md")
    assert len(stripped) == len(content) and "quellcheck" not in stripped and not warnings
    assert suppressions.silenced("loaded-term", 1) and not suppressions.silenced("scare-quote", 1)


def test_pyproject_configuration(tmp_path: Path, draft: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.quellcheck]\nlang = "de"\ndisable = ["vague-source"]\n'
        'fail-on = "error"\n\n[tool.quellcheck.severity]\nloaded-term = "error"\n',
        encoding="utf-8",
    )  # fmt: skip
    assert find_config(draft) == tmp_path / "pyproject.toml"
    code, out, err = run("check", str(draft), "--format", "json")
    found = json.loads(out)
    assert code == 1  # fail-on error, and loaded-term is an error now
    assert "vague-source" not in {f["rule"] for f in found}
    assert {f["severity"] for f in found if f["rule"] == "loaded-term"} == {"error"}
    # a .quellcheck.toml nearer to the file wins
    sub = tmp_path / "drafts"
    sub.mkdir()
    nearer = sub / "draft.txt"
    nearer.write_text(DRAFT, encoding="utf-8")
    (sub / ".quellcheck.toml").write_text('disable = ["loaded-term"]\n', encoding="utf-8")
    rules = {f["rule"] for f in json.loads(run("check", str(nearer), "--format", "json")[1])}
    assert "loaded-term" not in rules and "vague-source" in rules


def test_thresholds_lexicons_and_off_by_default_rules(tmp_path: Path) -> None:
    (tmp_path / "extra.tsv").write_text(
        "# name: loaded\n# lang: de\n# version: 1\n# description: house list\nentry\tpos\tsubtype\tsuggestion\tweight\n"
        "Quatschbehörde\tnoun\tpejorative\tBehörde\t0.9\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / ".quellcheck.toml").write_text(
        'lexicons = ["extra.tsv"]\nenable = ["evaluative-term"]\n[thresholds]\nloaded-min-weight = 0.95\n', encoding="utf-8"
    )
    path = tmp_path / "h.txt"
    path.write_text("Die Quatschbehörde prüft den sehr dramatischen Fall.\n", encoding="utf-8")
    found = findings_of(path, "--config", str(tmp_path / ".quellcheck.toml"))
    assert "evaluative-term" in {f["rule"] for f in found}
    assert not any(f["rule"] == "loaded-term" for f in found)  # 0.9 < 0.95
    (tmp_path / ".quellcheck.toml").write_text('lexicons = ["extra.tsv"]\n', encoding="utf-8")
    found = findings_of(path, "--config", str(tmp_path / ".quellcheck.toml"))
    term = next(f for f in found if f["rule"] == "loaded-term")
    assert term["text"] == "Quatschbehörde" and term["suggestion"] == "Behörde"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('disable = ["no-such-rule"]\n', "unknown rule"),
        ('[severity]\nloaded-term = "fatal"\n', "severity of loaded-term"),
        ('colour = "red"\n', "unknown setting colour"),
        ('lexicons = ["missing.tsv"]\n', "does not exist"),
        ("disable = [\n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_a_usage_error(tmp_path: Path, draft: Path, config: str, message: str) -> None:
    (tmp_path / ".quellcheck.toml").write_text(config, encoding="utf-8")
    code, out, err = run("check", str(draft))
    assert code == 2 and message in err and "Traceback" not in err and err.count("\n") == 1
    with pytest.raises(UsageError):
        load_settings(tmp_path / ".quellcheck.toml")


def test_bad_files_do_not_stop_the_others(tmp_path: Path, draft: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "Das Regime schweigt."}\n', encoding="utf-8")
    code, out, err = run("check", str(empty), str(rows), str(draft), "--no-config")
    assert code == 1 and "empty.txt" in err and "rows.jsonl: check reads drafts" in err
    assert f"{draft}:" in out  # the good file was still checked
    code, out, err = run("check", str(empty), "--no-config", "--fail-on", "never")
    assert code == 1  # an unreadable file fails the run whatever --fail-on says


def test_directories_hold_drafts_only(tmp_path: Path) -> None:
    (tmp_path / "drafts" / ".hidden").mkdir(parents=True)
    (tmp_path / "drafts" / "a.md").write_text("Das Regime schweigt.\n", encoding="utf-8")
    (tmp_path / "drafts" / "list.tsv").write_text("entry\nRegime\n", encoding="utf-8")
    (tmp_path / "drafts" / ".hidden" / "b.md").write_text("Das Regime schweigt.\n", encoding="utf-8")
    (tmp_path / "drafts" / "c.docx").write_bytes(b"PK\x03\x04")
    code, out, err = run("check", str(tmp_path / "drafts"), "--no-config")
    assert code == 1 and "a.md:1:5:" in out and "b.md" not in out and "list.tsv" not in err + out
    code, out, err = run("check", str(tmp_path / "drafts" / "c.docx"), "--no-config")
    assert code == 1 and "quellcheck serve" in err and err.count("error:") == 1


def test_list_rules_and_rule_registry() -> None:
    code, out, _ = run("check", "--list-rules")
    assert code == 0
    for rule in RULES:
        assert rule in out
    with pytest.raises(ValueError, match="unknown rule"):
        CheckConfig(disable=frozenset({"nope"}))


def test_findings_api_offsets_index_the_text() -> None:
    analysis = analyze(DRAFT, lang="de")
    for finding in find_findings(analysis):
        assert analysis.text[finding.start : finding.end] == finding.text
        assert finding.severity in ("error", "warning", "info") and finding.message and finding.message_de


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "quellcheck")
    assert hook["entry"].startswith("quellcheck check") and hook["language"] == "python"
    assert {"markdown", "text", "html"} & set(hook.get("types_or", []))


@pytest.mark.shared
def test_seed_lists_unnamed_sources_and_loaded_terms(shared: Path) -> None:
    seed = shared / "corpus" / "seeds" / "000_086306737b0c145a.txt"
    found = findings_of(seed)
    loaded = [f for f in found if f["rule"] == "loaded-term"]
    unnamed = [f for f in found if f["rule"] in ("anonymous-source", "vague-source")]
    assert len(loaded) >= 4 and len(unnamed) >= 3
    for item in loaded + unnamed:
        assert at(seed, item).startswith(item["text"]), item


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Der Umbau kostet 3,5 Millionen Euro.", True),
        ("de", "Die Arbeitslosigkeit stieg auf 7,2 Prozent.", True),
        ("de", "Bei dem Unglück starben 30 Menschen.", True),
        ("de", "Die Halle fasst 12.000 Zuschauer.", True),
        ("de", "Hunderte von Helfern waren im Einsatz.", True),
        ("de", "Zwischen zwei Städten liegen Welten.", False),
        ("de", "Das Spiel endete 1:0 für die Gäste.", False),
        ("de", "Die 34-Jährige zog 2015 nach Graz.", False),
        ("de", "Am 5. März beginnt die Saison.", False),
        ("de", "Er bestritt 18 Pflichtspiele für den Verein.", False),
        ("de", "Die Seilbahn endet auf 2.400 Metern, die Piste ist dort 35 Grad steil.", False),
        ("de", "(Agentur, 14.2.2016) Die Saison beginnt am Samstag in Linz.", False),
        ("de", "Die Gruppe stieg auf 2.400 Meter auf, 12.000 Menschen sahen zu.", True),
        ("de", "Das Wasser lief durch die 700-Einwohner-Gemeinde am Fluss.", False),
        ("de", "Ein 24-Stunden-Streik legte die Bahn lahm, 3.000 Menschen warteten.", True),
        ("en", "The climbers turned back at 2,400 meters on a 35-degree slope.", False),
        ("en", "The storm left 12,000 homes without power.", True),
        ("en", 'The mayor posted it on Monday. <post id="771234567890123456"></post>', False),
        ("es", "Los escaladores se detuvieron a 2.400 metros de altura.", False),
        ("es", "La tormenta dejó sin luz a 12.000 hogares.", True),
        # what a prize or fund is worth and the specifications of a device describe the thing named
        ("de", "Das mit 250.000 Euro dotierte Turnier beginnt am Montag.", False),
        ("de", "Der Akku fasst 4.100 mAh, der Bildschirm misst 6,1 Zoll.", False),
        ("en", "She won the $50,000 prize at the festival.", False),
        ("es", "El torneo, dotado con 250.000 euros, empieza el lunes.", False),
        ("de", "Das Turnier kostete die Stadt 250.000 Euro.", True),
        # prices and fines are tariffs stated, unless a scale word makes them a large sum
        ("de", "Der Einstiegspreis liegt bei 35.000 Euro, die UVP beträgt 59,90 Euro.", False),
        ("de", "Wer erwischt wird, zahlt Strafen zwischen 55 und 550 Euro.", False),
        ("de", "Im Netz gibt es das Gerät ab 1.299 Euro.", False),
        ("de", "Die Preise für den Ausbau liegen bei 40 Millionen Euro.", True),
        ("en", "Tickets are $25, and the fine for parking there is $1,000.", False),
        ("es", "La multa es de 3.000 euros.", False),
        # a price range, a price with an approximator, dimensions and build numbers describe a thing
        ("de", "Kostenpunkt: zwischen 1.400 und knapp 2.900 Euro.", False),
        ("de", "Im Handel wird die Konsole ab etwa 1.100 Euro zu haben sein.", False),
        ("de", "Die Leinwand misst 3.840 x 2.160 Bildpunkte.", False),
        ("en", "The update ships as build 20931 for testers.", False),
        ("de", "Die Zahl der Besucher stieg von 1.400 auf 2.900 Menschen.", True),
        ("de", "Die Stadt zahlte für rund 20 Millionen Euro Grundstücke.", True),
        ("de", "Das mit 12,5 Millionen Dollar dotierte Turnier beginnt am Montag.", False),  # a scale word, then "dotiert"
        ("de", "Der Router funkt nach WLAN 802.11 und schafft 940 MBit/s.", False),  # a standard's number, a data rate
        ("de", "Eine Kilowattstunde kostet dort 21,4 Cent, die Grundgebühr beträgt 48 Euro.", False),  # tariffs
        ("de", "Die Behörde strafte den Lenker mit 300 Euro.", False),
        ("de", "Die Zahl der Anträge stieg auf 1.234,5 Tonnen.", True),
        # what a product, a service or a fine costs is a price; what a building cost is a figure to source
        ("de", "Das Gerät kostet im Handel knapp 900 Euro.", False),
        ("de", "Für das Falschparken muss er 90 Euro bezahlen.", False),
        ("de", "Der Umbau der Halle kostet 800.000 Euro.", True),
        ("de", "Das Modul gibt es für 220 Dollar (rund 198 Euro) im Netz.", False),  # the same price, converted
        ("en", "The headset costs $299 in stores.", False),
        ("en", "The new bridge cost $40,000 more than planned.", True),
        # what it takes to win or to have a majority is a rule, not a count to source; what an actor needs is a claim
        ("en", "It takes 2,250 delegates to win the party's nomination.", False),
        ("en", "A challenger needs 60 votes to override the veto.", False),
        ("en", "It takes about $5 billion a year to run the program.", True),
        ("en", "The airline needs $300 million to stay in business.", True),
        ("de", "Für eine absolute Mehrheit im Landtag sind 46 Sitze nötig.", False),
        ("de", "Die Reederei braucht 300 Millionen Euro, um zu überleben.", True),
        ("es", "Para la mayoría absoluta hacen falta 68 escaños en el parlamento.", False),
        ("es", "La aerolínea necesita 300 millones de euros para sobrevivir.", True),
        # a threshold or limit that a rule sets, and what is needed to secure a nomination
        ("en", "The mayor is short of the 2,100 delegates needed to secure the nomination.", False),
        ("en", "The board kept its 20 percent threshold for the debates.", False),
        ("en", "Congress set a cap of 50,000 visas for the program.", False),
        ("en", "The board counted 20 percent more entries this year.", True),
        ("de", "Betriebe ab 50 Mitarbeitern müssen einen Bericht vorlegen.", False),
        ("de", "Für kleine Parteien gilt eine Hürde von 5 Prozent.", False),
        ("de", "Über 12.000 Menschen demonstrierten am Sonntag.", True),
        ("es", "El partido no alcanzó el umbral del 3 % de los votos.", False),
        # a distance that places something is no statistic; a distance counted is one
        ("de", "Die Läuferin stürzte 12 Kilometer vor dem Ziel.", False),
        ("de", "Das Lager liegt rund 30 Kilometer nördlich der Stadt.", False),
        ("de", "Der Stau war zuletzt 18 Kilometer lang.", True),
        ("en", "The farm lies 25 miles west of the border.", False),
        ("en", "The county paved 140 miles of gravel roads.", True),
    ],
)
def test_what_counts_as_a_statistic(lang: str, sentence: str, expected: bool) -> None:
    """Units and counted nouns make a number a statistic; years, dates, scores, ages, measurements
    ("2.400 Metern", "35 Grad") and long identifiers do not, in every language."""
    from scoring.aggregation.findings import is_statistic

    assert is_statistic(sentence, lang) is expected


def test_directives_for_the_same_line_add_up() -> None:
    content = (
        "<!-- quellcheck: ignore loaded-term -->\n"
        "Das Regime soll Geld veruntreut haben. <!-- quellcheck: ignore reportative-sollen -->\n"
        "<!-- quellcheck: ignore -->\n"
        "Das Regime soll Geld veruntreut haben. <!-- quellcheck: ignore scare-quote -->\n"
    )
    _, suppressions, _ = strip_directives(content, "md")
    assert suppressions.silenced("loaded-term", 2) and suppressions.silenced("reportative-sollen", 2)
    assert not suppressions.silenced("scare-quote", 2)
    assert suppressions.silenced("unsupported-booster", 4)  # "every rule" is not narrowed by a later directive


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a quotation that opens the article names the work it presents
        ('"Hafen im Wandel" zeigt alte Fotos der Kais seit 1900. Die Schau ist bis Mai zu sehen. Sie kostet keinen Eintritt.', False),
        # guard: the same words inside the text
        ('Die Schau zeigt den "Wandel" des Hafens seit 1900. Sie ist bis Mai zu sehen. Sie kostet keinen Eintritt.', True),
    ],
)
def test_a_quotation_opening_the_article_is_no_scare_quote(text: str, flagged: bool) -> None:
    assert ("scare-quote" in {f.rule for f in find_findings(analyze(text, lang="de"))}) is flagged


def test_a_scare_quote_message_quotes_the_passage_once() -> None:
    analysis = analyze("Die „Sparallianz“ tagte am Montag im Rathaus. Der Regen hielt an.", lang="de")
    (finding,) = [f for f in find_findings(analysis) if f.rule == "scare-quote"]
    assert ": „Sparallianz“ — " in finding.message_de and "„„" not in finding.message_de
    assert ": „Sparallianz“ — " in finding.message
    analysis = analyze("Das Regime schweigt. Der Regen hielt an.", lang="de")
    (loaded,) = [f for f in find_findings(analysis) if f.rule == "loaded-term"]
    assert ": „Regime“" in loaded.message_de and ": “Regime”" in loaded.message


# --- false alarms found on ordinary news (10kGNAD), by class ----------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Das Gesetz wurde am Dienstag mit klarer Mehrheit beschlossen.", "unsupported-booster"),  # describes the vote
        ("Die Serie entstand mit eindeutiger Ausrichtung auf den US-Markt.", "unsupported-booster"),  # a rule, not a verdict
        ("Die Autohalter im Bezirk erhalten künftig \"TU\"-Kennzeichen.", "scare-quote"),  # part of a compound
        ("\"WSJ\": Der Konzern plant ein neues Gerät für den Herbst.", "scare-quote"),  # a source label
        ("Wie viele Stellen wegfallen, ist noch nicht klar.", "unsupported-booster"),  # uncertainty, negated
        ("Einen klaren Favoriten für das Finale gibt es nicht.", "unsupported-booster"),
        ("Im September stellte man drei neue Handys vor.", "vague-source"),  # the impersonal pronoun
        ("Man weiß, woher der Kandidat kommt.", "vague-source"),
        ("Zu Besuch in Graz stellte die Ministerin am Freitag klar: Die Schule bleibt offen.", "unsupported-booster"),
        ("Die Stürmerin machte kurz vor der Pause alles klar (44.).", "unsupported-booster"),  # "klarmachen"
        ("Für die Wahl gibt es noch keine klare Prognose.", "unsupported-booster"),  # denied
        ("Nehmen wir den Frieden nicht als selbstverständlich.", "unsupported-booster"),
        ("Der Tod des Sohnes war ein brutaler Schlag für die Familie.", "loaded-term"),  # severity, no actor labelled
        ("Der Staat musste Kredit aufnehmen, um die Einlagen auch tatsächlich auszahlen zu können.", "unsupported-booster"),  # as planned
        ("Die Gäste gewannen mit einem klaren 4:0-Auswärtserfolg.", "unsupported-booster"),  # describes the result
        ("Nach langem Warten hat der Konzern nun klar gestellt: Der Dienst bleibt.", "unsupported-booster"),  # "klarstellen"
        ("Die Regierung hat klar gemacht, dass das Amt bleibt.", "unsupported-booster"),
        ("Mit dem Sieg hielt die Mannschaft klar Kurs auf das Finale.", "unsupported-booster"),  # a margin
        ("Der Verteidiger sah Rot, weil er eine offensichtliche Torchance vereitelte.", "unsupported-booster"),  # the rule's term
        ("Nach dem Heimsieg bleibt die Elf klarer Tabellenführer.", "unsupported-booster"),  # a rank
        ("Der Roman zeigt die eindeutigen familiären Verhältnisse im Dorf.", "unsupported-booster"),  # adjectives before the noun
        ("Welche der Linien tatsächlich im Mai fahren, ist noch offen.", "unsupported-booster"),  # an indirect question
        ("War der Bürgermeister tatsächlich bei der Sitzung?", "unsupported-booster"),  # a question vouches for nothing
        ("Wofür die neue Liste steht, ist viel weniger klar.", "unsupported-booster"),  # less clear: uncertainty
        ("Der Fahrer war betrunken, wie die Polizei am Montag mitteilte. Er soll vorher mit seinem Nachbarn gestritten haben.",
         "reportative-sollen"),  # goes on with the police's report
        ("Ab Mai soll die neue Platte erschienen sein. Das teilte der Verlag am Montag mit.", "reportative-sollen"),
        ("Zwei Mandate gingen an die Liste \"Aufbruch\", eines an die Partei \"Zukunft\".", "scare-quote"),  # names
        ("STANDARD: Was plant die Regierung?\n\nBerger: Das Innenministerium hat angekündigt, dass es spart.\n\n"
         "STANDARD: Und die Polizei?\n\nBerger: Die Polizei teilte mit, sie bekomme mehr Geld.", "no-independent-source"),  # an interview
    ],
)
def test_ordinary_news_false_alarms_stay_quiet(text: str, rule: str) -> None:
    assert rule not in {f.rule for f in find_findings(analyze(text, lang="de"))}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the certainty belongs to a report: before a frame set off from the message, or between commas inside it
        ("Of course, the mayor said, “nobody expected the bridge to open in May.”", False),
        ("Council members, in fact, insist that the budget is balanced.", False),
        # guards: the writer's own certainty, also when a report follows it without a frame
        ("In fact, the council approved the budget in May.", True),
        ("In fact, the mayor has proposed a smaller budget for the port.", True),
        ("Council members in fact insist that the budget is balanced.", True),
    ],
)
def test_a_booster_of_a_report_is_not_the_writers(text: str, flagged: bool) -> None:
    assert ("unsupported-booster" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Es ist klar, dass der Plan scheitern wird.", "unsupported-booster"),
        ("Tatsächlich kamen nur 600 Gäste statt der erwarteten 900.", "unsupported-booster"),  # "in fact" opening its clause
        ("Erwartet wurden 900 Gäste, tatsächlich kamen nur 600.", "unsupported-booster"),
        ("Im Saal war es voll, und tatsächlich kamen mehr Gäste als im Vorjahr.", "unsupported-booster"),
        ("Der Täter soll über die Grenze geflohen sein.", "reportative-sollen"),
        ("Die Regierung plant eine \"Reform\" der Renten.", "scare-quote"),  # the writer keeps a distance
        ("Experten zufolge steigen die Preise weiter.", "vague-source"),
    ],
)
def test_the_same_rules_still_fire_where_they_should(text: str, rule: str) -> None:
    assert rule in {f.rule for f in find_findings(analyze(text, lang="de"))}


def test_a_clear_message_is_still_the_writers_certainty() -> None:
    # "klar" that vouches for an interpretation stays a booster; only results, margins and rules are described
    found = find_findings(analyze("Der Besuch des Ministers ist eine klare Botschaft an die Nachbarn.", lang="de"))
    assert "unsupported-booster" in {f.rule for f in found}


@pytest.mark.parametrize(("text", "lang"), [("Wie viele Stellen wegfallen, ist offen.", "de"), ("How many jobs will go is open.", "en")])
def test_how_many_is_a_question_not_a_vague_figure(text: str, lang: str) -> None:
    assert not [c for c in analyze(text, lang=lang).cues if c["subtype"] == "vague_quantifier"]


def test_an_adverb_pointing_back_to_a_vague_source_is_not_a_second_finding(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Bei der Abstimmung zeichnet sich einer neuen Umfrage zufolge ein knappes Ergebnis ab. "
                     "40 Prozent der Befragten sind demnach dafür, 41 Prozent dagegen.\n", encoding="utf-8")  # fmt: skip
    vague = [f for f in findings_of(draft) if f["rule"] == "vague-source"]
    assert [f["text"] for f in vague] == ["einer neuen Umfrage"]


def test_a_timing_or_a_decimal_is_no_unattributed_statistic() -> None:
    from scoring.aggregation.findings import is_statistic

    assert not is_statistic("Der Schwede war 0,606 Sekunden langsamer.", "de")
    assert not is_statistic("Sie lag 2,4 Sekunden zurück.", "de")
    assert is_statistic("Der Verein verkaufte 12.000 Karten.", "de")


def test_a_second_hand_source_is_reported_once_with_the_medium_alone() -> None:
    text = ("Der Konzern plant einen Umbau, berichtete die Zeitung unter Berufung auf Branchenkreise. "
            "Weitere Einzelheiten will der Konzern demnach im Frühjahr bekannt geben.")
    found = [f for f in find_findings(analyze(text, lang="de")) if f.rule == "second-hand-source"]
    assert [f.message for f in found] == ["Second-hand source only: “Branchenkreise” — cited via: die Zeitung"]


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Die Forscher der Universität Wien warnten, das Virus sei gefährlich.", "de", False),  # the university can be asked
        ("Die Forscher der Universität warnten, das Virus sei gefährlich.", "de", True),  # which university?
        ("Experten warnten, das Virus sei gefährlich.", "de", True),
        ("Researchers at Stanford University said the virus was dangerous.", "en", False),
        ("Researchers at the university said the virus was dangerous.", "en", True),
        ("Surveys of Ohio voters show the senator ahead.", "en", True),  # documents stay vague
    ],
)
def test_experts_of_a_named_institution_are_no_vague_source(text: str, lang: str, flagged: bool) -> None:
    result = analyze(text, lang=lang)
    rules = {f.rule for f in find_findings(result, CheckConfig())}
    assert ("vague-source" in rules) is flagged


def test_a_named_source_covers_the_figures_after_it_in_short_paragraphs() -> None:
    web = ("Die Preise stiegen im Mai um 2,1 Prozent, teilte das Statistikamt mit.\n\nMieten wurden um 3,4 Prozent teurer.\n\n"
           "Strom kostete 8,2 Prozent weniger.\n\nDer Mai war warm.\n\nGemüse kostete 7,7 Prozent mehr.")  # fmt: skip
    assert figure_lines(web) == ["Gemüse"]  # one-sentence paragraphs: the passage runs on, three sentences long
    long_paragraphs = ("Die Preise stiegen im Mai um 2,1 Prozent, teilte das Statistikamt mit. Es war ein warmer Monat. "
                       "Viele fuhren in den Urlaub.\n\nMieten wurden um 3,4 Prozent teurer.")  # fmt: skip
    assert figure_lines(long_paragraphs) == ["Mieten"]  # a paragraph of three sentences ends the passage


def test_a_vague_speaker_is_reported_once_at_its_own_name() -> None:
    text = ("Die Behörde prüft den Antrag seit Mai. Die Frist läuft im Herbst ab. Die Firma wartet. "
            "Wir erwarten eine Antwort, sagten Anwohner am Montag. Sie würden sonst klagen.")
    found = [f for f in find_findings(analyze(text, lang="de")) if f.rule == "vague-source"]
    assert [f.text for f in found] == ["Anwohner"]


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("de", "Es gibt Berichte, wonach die Ministerin ihr Amt abgibt.", True),  # passed on from unnamed reports
        ("de", "Die Ministerin hat einen Bericht dementiert, wonach sie ihr Amt abgibt.", False),  # a denied report
        ("de", "Die Ministerin wies Berichte zurück, wonach sie ihr Amt abgibt.", False),
    ],
)
def test_a_report_passed_on_as_denied_is_no_vague_source(lang: str, text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang=lang))}) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "Critics say the plan would fail.", True),  # the modal is the message's
        ("en", "Many voters would reject the plan if they understood it.", False),  # a possibility, nothing said
        ("en", "Many workers might consider the loan a fair offer.", False),
        ("de", "Die Region dürfte laut Experten im Herbst zahlungsunfähig sein.", True),  # beside "laut": the message's
        ("en", "She published the names of journalists who criticized the company.", False),  # which journalists
        ("en", "Journalists who covered the trial say the verdict was expected.", True),  # the group says something
        # a modal a few words before the source, and what continues such a report
        ("de", "Der Hafen verfällt. Das müssten auch die Experten wissen. Im Übrigen seien die Kosten hoch.", False),
        ("en", "He kept raising questions about whether a harbour boss could be trusted by conservatives.", False),
        ("en", "The spill was found in May and several lawmakers had mentioned the port as its source.", True),  # a month
        # an epistemic adverb: the writer's guess at what a group thinks, nothing passed on from it
        ("en", "The city is building a bridge. Perhaps young voters prefer the mayor's plan to the council's.", False),
        ("en", "The city is building a bridge. The mayor will probably be praised by historians as a builder.", False),
        ("de", "Die Stadt baut eine Brücke. Vielleicht befürchten Experten eine weitere Zunahme der Kosten.", False),
        ("en", "The city is building a bridge. Young voters prefer the mayor's plan to the council's.", True),  # guards
        ("de", "Die Stadt baut eine Brücke. Experten befürchten eine weitere Zunahme der Kosten.", True),
    ],
)
def test_a_possibility_or_a_defining_relative_clause_is_no_vague_source(lang: str, text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang=lang))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # information without an owner, next to a named source: that source's information
        ("Die Feuerwehr rückte am Abend aus, teilte die Polizei mit. Nach bisherigen Erkenntnissen brannte ein Stall.", False),
        # without a named source around it, or with an owner of its own, it stays vague
        ("Am Abend brannte es im Dorf. Nach bisherigen Erkenntnissen brannte ein Stall.", True),
        ("Die Feuerwehr rückte am Abend aus, teilte die Polizei mit. Laut Zeugen brannte ein Stall.", True),
    ],
)
def test_bare_information_beside_a_named_source_is_that_sources(text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang="de"))}) is flagged


def test_one_mention_of_a_source_is_one_finding() -> None:
    """Two reports of one mention, taken once short and once with its relative clause, stand at one place."""
    text = "The plan was dropped, said a Treasury official who spoke anonymously to discuss internal talks."
    unnamed = [f.text for f in find_findings(analyze(text, lang="en")) if f.rule == "anonymous-source"]
    assert unnamed == ["a Treasury official"]


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # a free relative clause that ends at its verb names what is said without saying it
        ("en", "The mayor says she has listened to what residents are saying, and she will act.", False),
        ("de", "Die App merkt sich, was Nutzer sagen. Sie speichert alles.", False),
        # the clause goes on, or a colon gives the words: passed on from a vague group
        ("en", "The fund paid what analysts estimated was more than 40 million dollars.", True),
        ("en", "The vote proved what critics had long said: the plan was too costly.", True),
    ],
)
def test_what_a_group_says_without_its_words_is_no_vague_source(lang: str, text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang=lang))}) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a definite description of a group or document the article introduced: reported once, where introduced
        ("de", "Forscher berichten, der Pilz sei neu. Die Forscher sagten, er breite sich rasch aus.", ["Forscher"]),
        ("de", "Nach Angaben eines Einwohners brannte die Scheune. Den Angaben zufolge wurde niemand verletzt.",
         ["Angaben eines Einwohners"]),
        ("en", "A source close to the mayor said the deal was off. The source added that talks may resume.", ["A source close to the mayor"]),
        ("en", "Talks stalled, a source close to the mayor said. That person added that the deal was off.", ["a source close to the mayor"]),
        # a head noun new to the article, or a vague quantifier, stays reported
        ("de", "Die Gemeinde plant eine neue Brücke. Die Medien berichteten, sie werde teuer.", ["Die Medien"]),
        ("de", "Experten sagen, der Pilz sei selten. Die meisten Experten sagen, er sei harmlos.", ["Experten", "Die meisten Experten"]),
        # a group only mentioned before, never reported nor named, is reported where it first is a source; a group
        # named by its body, or someone introduced inside a phrase, is not
        ("de", "Forscher haben einen neuen Pilz entdeckt. Die Forscher sagen, er breite sich rasch aus.", ["Die Forscher"]),
        ("de", "Ärzte fordern mehr Personal. Die Ärzte sagen, die Stationen seien voll.", ["Die Ärzte"]),
        ("de", "Forscher der Universität Graz haben einen Pilz entdeckt. Die Forscher sagen, er sei neu.", []),
        ("de", "Der bisher völlig unbekannte 40-Jährige gewann das Rennen. Es sei ein Traum, sagte der 40-Jährige.", []),
    ],
)
def test_a_definite_mention_of_an_introduced_source_is_reported_once(lang: str, text: str, expected: list[str]) -> None:
    result = analyze(text, lang=lang)
    unnamed = [f.text for f in find_findings(result) if f.rule in ("vague-source", "anonymous-source")]
    assert unnamed == expected


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Voters heard the claim that the mayor “lied” about the budget.", False),  # the claim's words
        ("She is more than a “regional” candidate, as her campaign manager suggested on Monday.", False),  # his words
        ("The council passed a “reform” last week.", True),  # nobody's words: the writer's distance
        ("Few shared the governor's sharp criticism that the auditors “invented” the losses.", False),  # hers
        ("The mayor's broadside against “paper parks” drew applause at the hall.", False),  # his words, after a preposition
        ("Fares were frozen. Turnout rose after her pledge of “cheaper buses” for the suburbs.", False),  # her words
        ("The mayor's office against “paper parks” drew applause at the hall.", True),  # an office says nothing
        ("A broadside against “paper parks” appeared in the weekly.", True),  # nobody's broadside named
    ],
)
def test_words_of_a_statement_noun_or_an_as_clause_are_no_scare_quote(text: str, flagged: bool) -> None:
    assert ("scare-quote" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


def test_words_a_speaker_described_something_as_are_no_scare_quote() -> None:
    text = "Officials stored the files in a way that Auditor Mara Quint slammed as “grossly careless,” so the minister left."
    assert "scare-quote" not in {f.rule for f in find_findings(analyze(text, lang="en"))}


def test_so_called_before_a_quotation_is_one_finding() -> None:
    rules = [f.rule for f in find_findings(analyze("The council passed the so-called “reform” on Monday.", lang="en"))]
    assert rules.count("scare-quote") + rules.count("loaded-term") == 1


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Smith 'glad to finish' race with Jones. “We are done,” Smith said on Monday.", False),  # a headline's quotation
        ("A council serious about ‘levelling up’ would build more homes.", True),  # British: single marks distance
    ],
)
def test_single_marks_are_a_headlines_quotation_where_double_marks_quote(text: str, flagged: bool) -> None:
    assert ("scare-quote" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


def test_a_vague_source_in_the_title_over_a_body_that_names_it_is_no_finding() -> None:
    body = "A Harbour Institute poll shows the race for mayor is close. Turnout is expected to be high."
    titled = analyze("Poll shows a close race\n\n" + body, lang="en")
    assert not [f for f in find_findings(titled) if f.rule == "vague-source"]
    # without a named poll in the body, the title's poll is vague all the same
    alone = analyze("Poll shows a close race\n\nTurnout is expected to be high in the city.", lang="en")
    assert [f.rule for f in find_findings(alone)].count("vague-source") == 1


def test_a_figure_in_the_title_is_reported_where_the_body_gives_it() -> None:
    body = "The storm destroyed 40 homes in the valley. Repairs will take months."
    titled = analyze("A storm destroys 40 homes.\n\n" + body, lang="en")  # a first line standing alone: the title
    findings = [f for f in find_findings(titled) if f.rule == "unattributed-figure"]
    assert [titled.text[f.start : f.end] for f in findings] == ["The storm destroyed 40 homes in the valley."]
    # a figure only the title gives is reported in the title
    alone = analyze("A storm destroys 40 homes.\n\nRepairs will take months in the valley.", lang="en")
    assert [f.rule for f in find_findings(alone)].count("unattributed-figure") == 1
    # a teaser run into the body's paragraph without a dateline: the first sentence, its figure given again below
    teaser = analyze("Rund 2.400 Pendler betroffen – die Bahn sperrt die Strecke. Die Sperre beginnt im Mai. "
                     "Betroffen sind 2.400 Pendler, teilte die Bahn mit.", lang="de")  # fmt: skip
    assert [f.rule for f in find_findings(teaser)].count("unattributed-figure") == 0
    lead = analyze("Rund 2.400 Pendler betroffen – die Bahn sperrt die Strecke. Die Sperre beginnt im Mai.", lang="de")
    assert [f.rule for f in find_findings(lead)].count("unattributed-figure") == 1  # guard: the body does not give it


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a headline quotes the people of its story without a verb of speech
        ("Bürgermeisterin „enttäuscht“ über Förderstopp. Graz – Das Land streicht die Förderung für das Hallenbad.", False),
        ("Förderstopp für das Hallenbad. Graz – Das Land streicht die „Förderung“ für das Hallenbad.", True),  # the body
    ],
)
def test_quotation_marks_in_a_title_quote_and_keep_no_distance(text: str, flagged: bool) -> None:
    assert ("scare-quote" in {f.rule for f in find_findings(analyze(text, lang="de"))}) is flagged


def test_a_teaser_before_the_dateline_is_a_title() -> None:
    """A title and teaser run into the body's paragraph, which a dateline opens: the teaser's figure is reported
    where the body gives it."""
    body = "Linz – Bei dem Sturm wurden 40 Menschen verletzt. Die Aufräumarbeiten dauern Wochen."
    teaser = analyze("40 Verletzte bei Sturm. " + body, lang="de")
    findings = [f for f in find_findings(teaser) if f.rule == "unattributed-figure"]
    assert [teaser.text[f.start : f.end] for f in findings] == ["Linz – Bei dem Sturm wurden 40 Menschen verletzt."]
    # without a dateline the first sentence is body text, and reported as such
    plain = analyze("40 Verletzte bei Sturm. Bei dem Sturm wurden 40 Menschen verletzt.", lang="de")
    assert [f.rule for f in find_findings(plain)].count("unattributed-figure") == 2
    # a place whose name has a short word in lower case ("Kirchberg am Wald –") opens a dateline too
    body = "Kirchberg am Wald – Bei dem Sturm wurden 40 Menschen verletzt. Die Aufräumarbeiten dauern Wochen."
    teaser = analyze("40 Verletzte bei Sturm. " + body, lang="de")
    findings = [f for f in find_findings(teaser) if f.rule == "unattributed-figure"]
    assert [teaser.text[f.start : f.end] for f in findings] == ["Kirchberg am Wald – Bei dem Sturm wurden 40 Menschen verletzt."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title repeating what the body says is reported where the body says it
        ("Beamte: Der Minister kommt im Mai. Linz – Der Minister will im Mai kommen, sagte ein Beamter. Die Stadt "
         "bereitet sich vor.", [("vague-source", "ein Beamter")]),
        ("Firma soll Abfälle vergraben haben. Linz – Die Firma soll seit Jahren Abfälle vergraben haben. Die Stadt "
         "prüft den Fall.", [("reportative-sollen", "soll")]),
        # guard: the body names its source, so the title's vague one stays
        ("Beamte: Der Minister kommt im Mai. Linz – Der Minister will im Mai kommen, sagte die Sprecherin Eva Lind. "
         "Die Stadt bereitet sich vor.", [("vague-source", "Beamte")]),
    ],
)
def test_a_title_finding_the_body_repeats_is_reported_in_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    result = analyze(text, lang="de")
    assert [(f.rule, result.text[f.start : f.end]) for f in find_findings(result)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Did the council undeniably approve the budget?", "en", False),  # a question vouches for nothing
        ("The council undeniably approved the budget on Monday.", "en", True),
        ("¿Aprobó realmente el consejo el presupuesto?", "es", False),
        ("War der Stadtrat wirklich einverstanden?", "de", False),
        ("Der Stadtrat war natürlich einverstanden.", "de", True),
    ],
)
def test_a_booster_in_a_question_is_no_unsupported_certainty(text: str, lang: str, flagged: bool) -> None:
    found = {f.rule for f in find_findings(analyze(text, lang=lang))}
    assert ("unsupported-booster" in found) is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # a first-person subject before the booster: the speaker's certainty about their own intent or nature
        ("Der Verein verliert das Heim. Wir werden selbstverständlich vor Gericht ziehen.", "de", False),
        ("Ich bin nun einmal ein ungeduldiger Mensch.", "de", False),
        ("The club loses its hall. We will certainly appeal the ruling.", "en", False),
        # guards: no first person, or one after the booster that stands for everyone
        ("Der Verein wird selbstverständlich vor Gericht ziehen.", "de", True),
        ("Hearing clearly declines as we age.", "en", True),
    ],
)
def test_a_booster_in_the_first_person_is_said_of_oneself(text: str, lang: str, flagged: bool) -> None:
    found = {f.rule for f in find_findings(analyze(text, lang=lang))}
    assert ("unsupported-booster" in found) is flagged


def test_the_premise_of_an_interviewer_s_question_is_asked_not_vouched_for() -> None:
    interview = ("Die Hafenchefin über den Ausbau.\n\nSTANDARD: Der Ausbau kommt natürlich zu spät. Was tun Sie jetzt?\n\n"
                 "Berger: Wir bauen schneller. Die Pläne liegen vor.\n\nSTANDARD: Die Kosten steigen offensichtlich.\n\n"
                 "Berger: Das stimmt nicht. Wir bleiben im Rahmen.")  # fmt: skip
    result = analyze(interview, lang="de")
    boosters = [result.text[f.start : f.end] for f in find_findings(result) if f.rule == "unsupported-booster"]
    assert boosters == ["offensichtlich"]  # the first turn ends in a question, the second does not


def test_a_phrase_standing_for_a_vague_source_names_it_in_the_finding() -> None:
    """"nach eigenen Angaben" is the span of a source that the clause's subject is: the finding says who that is."""
    result = analyze("Die Forscher haben nach eigenen Angaben 300 Lücken gefunden.", lang="de")
    (finding,) = [f for f in find_findings(result, CheckConfig()) if f.rule == "vague-source"]
    assert finding.text == "eigenen Angaben" and finding.message.endswith("that is: Forscher") and "gemeint: Forscher" in finding.message_de


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a quoted phrase in a sentence whose decision is reported is the decision's wording, not the writer's distance
        ("The court ruled that the program had been run with “reckless disregard” of the rules.", "en"),
        ("The board decided that the “emergency measures” would end in May.", "en"),
        ("Der Sender entschied nach „Kriterien journalistischer Relevanz“ über die Einladungen.", "de"),
        ("Das Gericht entschied, dass die „Notmaßnahmen“ enden.", "de"),
    ],
)
def test_words_quoted_from_a_reported_decision_are_no_scare_quote(text: str, lang: str) -> None:
    assert "scare-quote" not in {f.rule for f in find_findings(analyze(text, lang=lang))}


@pytest.mark.parametrize(
    "text",
    [
        # a slogan, theme or phrase named by its noun, before it or set off after it, is a name, not distance
        "The challenger ran on a \"defeat the establishment\" theme all spring.",
        "The campaign's new slogan, \"Forward together,\" appeared on every sign.",
        "He has coined a new phrase, “undocumented voters,” to describe them.",
    ],
)
def test_a_slogan_named_by_its_noun_is_no_scare_quote(text: str) -> None:
    assert "scare-quote" not in {f.rule for f in find_findings(analyze(text, lang="en"))}


def test_a_single_word_before_a_noun_still_keeps_the_writers_distance() -> None:
    text = "The so-called \"reform\" plan failed in the senate."
    assert "scare-quote" in {f.rule for f in find_findings(analyze(text, lang="en"))}


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # a demand or decision of an unnamed group passes no claim on
        ("Activists urged the council to close the bridge at night.", "en", False),
        ("Einige Anwohner forderten die Schließung der Brücke.", "de", False),
        ("Vecinos pidieron el cierre del puente por la noche.", "es", False),
        # a statement all the same: the message before the cue, or after a colon
        ("Der Plan verletze das Recht auf Privatsphäre, wie Kritiker warnen.", "de", True),
        ("Die meisten Fachleute stimmen zu: Die Brücke ist zu alt.", "de", True),
        ("Activists said the bridge was unsafe.", "en", True),  # guard: a claim
    ],
)
def test_a_demand_of_an_unnamed_group_is_no_vague_source(text: str, lang: str, flagged: bool) -> None:
    result = analyze(text, lang=lang)
    rules = {f.rule for f in find_findings(result, CheckConfig())}
    assert ("vague-source" in rules) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a definite singular description is one person the story identifies, under another word (an epithet) or
        # as the one it reports on
        ("Lars Brevik leitet das Gartenbaumuseum in Kassel. Die Sammlung wachse jedes Jahr, erzählt der Sohn "
         "schwedischer Gärtner.", False),
        ("Ein Radfahrer fuhr in Graz gegen eine Ampel. Er habe das Rotlicht nicht gesehen, sagte der Mann den Beamten.", False),
        # guards: a plural or an indefinite singular stays vague
        ("Lars Brevik leitet das Gartenbaumuseum in Kassel. Die Sammlung wachse jedes Jahr, erzählen die Söhne "
         "schwedischer Gärtner.", True),
        ("Ein Radfahrer fuhr in Graz gegen eine Ampel. Er habe das Rotlicht nicht gesehen, sagte ein Mann den Beamten.", True),
    ],
)
def test_a_definite_singular_description_is_no_vague_source(text: str, flagged: bool) -> None:
    assert ("vague-source" in {f.rule for f in find_findings(analyze(text, lang="de"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # quotation marks inside the message of a report of words or of a label give the reported one's words
        ("Nurses were told to “keep calm” when the power failed at the clinic.", False),
        ("The travel guide was described in a magazine as a “charming read” that covers forty islands.", False),
        # guard: marks with no report around them keep their distance
        ("The company’s “restructuring” cost three hundred jobs in the port city last spring.", True),
    ],
)
def test_a_quotation_inside_a_report_of_words_is_no_scare_quote(text: str, flagged: bool) -> None:
    assert ("scare-quote" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a sentence that quotes a known speaker gives that speaker's words in its other marks too
        ('Senator Holm took the stage at noon. "The agency has failed us," he said. He mourned the "forgotten families" '
         'who, in his words, are "paying the price for the closures."', False),
        # guard: a quotation with no speaker found keeps the marks beside it the writer's
        ('Senator Holm took the stage at noon and spoke of the mill. He mourned the "forgotten families" who are '
         '"paying the price for the closures."', True),
    ],
)
def test_marks_beside_a_quoted_speaker_are_no_scare_quote(text: str, flagged: bool) -> None:
    assert ("scare-quote" in {f.rule for f in find_findings(analyze(text, lang="en"))}) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # every turn of an interview is a speaker's, to the next label: a booster in an answer is the guest's
        ("de", "Die Architektin Ida Lund hat das alte Hallenbad umgebaut. STANDARD: Warum haben Sie das Becken "
               "behalten? Lund: Weil es die Mitte des Hauses ist. Klare Antwort: Nein. STANDARD: Würden Sie es "
               "wieder tun? Lund: Jederzeit.", False),
        # guard: a paragraph after the transcript is the writer's again
        ("en", "HOST: Why did you keep the old pool? LUND: Because it is the heart of the building. GUEST: It costs "
               "a lot to heat.\n\nThe plan, of course, went far over budget within a year.", True),
    ],
)
def test_a_booster_in_an_interview_answer_is_the_guests(lang: str, text: str, flagged: bool) -> None:
    assert ("unsupported-booster" in {f.rule for f in find_findings(analyze(text, lang=lang))}) is flagged
