from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DEMO, run_cli, run_cli_bytes

TEXT = "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie zwei Millionen Euro."


def lines(stdout: str) -> list[dict]:
    """Articles from the output: one pretty object, or JSON Lines."""
    if stdout.startswith("{\n"):
        return [json.loads(stdout)]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_every_command_has_help_text() -> None:
    top = run_cli("--help")
    assert top.returncode == 0 and "Exit codes" in top.stdout
    listing = top.stdout.split("Commands:")[1].split("\n\n")[0]
    commands = [line.split()[0] for line in listing.splitlines() if line.strip()]
    assert "analyze" in commands
    for command in commands:
        result = run_cli(command, "--help")
        assert result.returncode == 0 and len(result.stdout) > 200, command


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and "quellcheck" in result.stdout


def test_one_article_gives_one_pretty_object() -> None:
    result = run_cli("analyze", str(DEMO))
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert list(obj) == ["article", "sentences", "cues", "attributions", "sources", "claims", "links", "scores"]
    assert result.stdout.startswith("{\n  ")
    text = obj["article"]["text"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in obj["sentences"])


def test_several_articles_give_json_lines_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    result = run_cli("analyze", str(DEMO), str(tmp_path / "b.txt"))
    assert result.returncode == 0
    assert [o["article"]["article_id"] for o in lines(result.stdout)] == ["de_stadtwerke", "b"]


def test_output_file_is_written(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.json"
    result = run_cli("analyze", str(DEMO), "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["article_id"] == "de_stadtwerke"
    assert not list(out.parent.glob(".*.tmp"))


def test_failed_run_leaves_an_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run_cli("analyze", str(tmp_path / "empty.txt"), "-o", str(out))
    assert result.returncode == 1
    assert out.read_text(encoding="utf-8") == "old"


def test_text_format() -> None:
    result = run_cli("analyze", str(DEMO), "--format", "text")
    assert result.returncode == 0
    assert "de_stadtwerke" in result.stdout and "sentences" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_stdin() -> None:
    result = run_cli("analyze", "-", "--lang", "de", stdin=TEXT.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["article"]["input_name"] == "<stdin>"


BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"   \n\t\n",
    "scan.txt": b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n",
    "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "noise.txt": bytes(range(1, 9)) * 200,
    "french.txt": "Le conseil municipal a voté lundi un nouveau budget pour les pistes cyclables.".encode(),
    "notext.csv": b"title,body\nA,B\n",
    "broken.json": b'{"text": "unterbrochen',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_one_line_and_exit_code_1(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    result = run_cli("analyze", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("quellcheck: error:")]
    assert len(errors) == 1 and name in errors[0]


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = run_cli("analyze", str(path))
    assert result.returncode == 1 and "too large" in result.stderr and "Traceback" not in result.stderr


def test_undecodable_bytes_in_utf8_give_a_result_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(TEXT.encode() + b" \xff\xfe " + TEXT.encode())
    result = run_cli("analyze", str(path))
    assert result.returncode == 0
    assert "warning" in result.stderr and "U+FFFD" in result.stderr


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.5")
    result = run_cli("analyze", str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "good.txt"))
    assert result.returncode == 1
    assert [o["article"]["article_id"] for o in lines(result.stdout)] == ["good"]
    assert result.stderr.count("quellcheck: error:") == 2
    assert "analysed 1 article(s), 2 failed" in result.stderr


def test_bad_rows_in_a_csv_are_reported_per_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\na,"{TEXT}"\nb,""\nc,"{TEXT}"\n', encoding="utf-8")
    result = run_cli("analyze", str(path))
    assert result.returncode == 1
    assert [o["article"]["article_id"] for o in lines(result.stdout)] == ["a", "c"]
    assert "rows.csv[row 2]: no text" in result.stderr


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps({"id": "x", "text": TEXT}) for _ in range(2)), encoding="utf-8")
    result = run_cli("analyze", str(path))
    assert [o["article"]["article_id"] for o in lines(result.stdout)] == ["x", "x~2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--lang", "fr"), "not supported"),
        (("--format", "pdf"), "Invalid value"),
        (("--max-chars", "0"), "Invalid value"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run_cli("analyze", str(DEMO), *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def test_unwritable_output_exits_3(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("analyze", str(DEMO), "-o", str(blocker / "out.json"))
    assert result.returncode == 3 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_latin1_stdin() -> None:
    result = run_cli_bytes("analyze", "-", "--lang", "de", stdin=TEXT.encode("latin-1"))
    assert result.returncode == 0
    assert "Bürgermeister" in json.loads(result.stdout)["article"]["text"]


HEAVY = ("scipy", "matplotlib", "fastapi", "uvicorn", "dask", "pandas", "pandera", "sklearn", "pyarrow", "trafilatura")


def _modules_after(args: list[str], stdin: str = "") -> list[str]:
    """The heavy libraries imported by running the command line with ``args`` in a fresh interpreter."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom scoring.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        f"print('MODULES', sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, timeout=120)
    line = next(line for line in result.stdout.splitlines() if line.startswith("MODULES"))
    return eval(line.split(" ", 1)[1])  # a list literal printed by the child


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"]])
def test_start_up_loads_no_heavy_library(args: list[str]) -> None:
    assert _modules_after(args) == []


def test_check_loads_no_heavy_library(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("# Titel\n\nDas Regime soll 40 Millionen Euro veruntreut haben, sagte ein Sprecher.\n", encoding="utf-8")
    assert _modules_after(["check", str(draft)]) == []


def test_analyze_to_json_loads_no_heavy_library(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert _modules_after(["analyze", str(DEMO), "-o", str(out)]) == []
    assert json.loads(out.read_text(encoding="utf-8"))["scores"]["readability_reading_ease"] is not None


def test_nltk_still_imports_whole_after_punkt_and_textstat_were_loaded_without_it() -> None:
    import subprocess
    import sys

    code = (
        "from scoring import analyze\nanalyze('Die Stadt plant neue Radwege. Der Rat stimmt zu.', lang='de')\n"
        "import sys; assert 'nltk' not in sys.modules\n"
        "import nltk\nfrom nltk.metrics import agreement\nprint(callable(nltk.word_tokenize), bool(agreement.AnnotationTask))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True True"


def test_commands_keep_pandera_from_importing_hypothesis_but_the_library_does_not() -> None:
    """hypothesis (pandera's data synthesis) costs the command line 0.1 s and is never used there."""
    import subprocess
    import sys

    pytest.importorskip("hypothesis", reason="hypothesis not installed: nothing for pandera to import")
    command = (
        "import sys; from scoring.cli import main\n"
        "main(['analyze', '-', '--lang', 'de', '--format', 'text', '-q'], standalone_mode=False)\n"
        "import pandera.strategies.base_strategies as s; print('hypothesis' in sys.modules, s.HAS_HYPOTHESIS)"
    )
    library = (
        "import sys; from scoring import analyze; analyze('Die Stadt plant neue Wege, sagte sie.', lang='de')\n"
        "import pandera.strategies.base_strategies as s; print('hypothesis' in sys.modules, s.HAS_HYPOTHESIS)"
    )
    ran_command = subprocess.run([sys.executable, "-c", command], input=TEXT, capture_output=True, text=True, timeout=120)
    ran_library = subprocess.run([sys.executable, "-c", library], capture_output=True, text=True, timeout=120)
    assert ran_command.returncode == 0 and ran_library.returncode == 0, ran_command.stderr + ran_library.stderr
    assert ran_command.stdout.strip().splitlines()[-1] == "False False"
    assert ran_library.stdout.strip() == "True True"


@pytest.mark.parametrize("command", ["analyze", "corpus", "check", "report", "calibrate", "agree", "serve"])
def test_every_command_accepts_debug_after_its_name(command: str) -> None:
    result = run_cli(command, "--debug", "--help")
    assert result.returncode == 0, result.stderr
    assert "--debug" in result.stdout


def test_debug_after_the_command_shows_the_traceback_of_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("x")
    target = str(tmp_path / "notes" / "out.json")
    plain = run_cli("analyze", str(DEMO), "-o", target)
    debug = run_cli("analyze", str(DEMO), "-o", target, "--debug")
    assert plain.returncode == debug.returncode == 3
    assert "Traceback" not in plain.stderr and "Traceback" in debug.stderr


def test_the_process_running_a_parallel_corpus_leaves_the_table_libraries_to_its_workers(tmp_path: Path) -> None:
    """With --jobs 2 and no corpus report, the process that reads and hands out batches imports no
    pandas, pandera or pyarrow (about 110 MB, counted once more per process); the workers make and
    write the tables."""
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": f"a{n}", "text": f"Die Stadt baut {n} neue Radwege, sagte die Sprecherin."}) for n in range(6)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    loaded = _modules_after(["corpus", str(corpus), "-o", str(out), "--lang", "de", "--jobs", "2", "--no-corpus-report", "--progress", "none"])
    assert not {"pandas", "pandera", "pyarrow"} & set(loaded), loaded
    assert len(list((out / "scores").glob("part-*"))) >= 1  # the workers wrote the tables


def test_the_corpus_runner_names_the_tables_the_schemas_define() -> None:
    import schemas
    from scoring.corpus import run

    assert run.TABLE_NAMES == schemas.TABLE_NAMES
