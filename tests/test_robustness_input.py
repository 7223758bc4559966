"""Bad and unusual input found by fuzzing the command line: one clear line, a documented exit code, the rest
of the batch analysed, nothing overwritten. Every article here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

GOOD = "Die Gemeinde baut eine neue Brücke über den Fluss, teilte der Bürgermeister am Montag mit."
OTHER = "Der Stadtrat berät am Dienstag über den Haushalt für das kommende Jahr."


def write_jsonl(path: Path, rows: list[str]) -> Path:
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_huge_integer_fails_its_line_and_the_others_are_analysed(tmp_path: Path) -> None:
    rows = [json.dumps({"id": "a", "text": GOOD}), '{"id": "b", "text": "x", "n": ' + "9" * 5000 + "}",
            json.dumps({"id": "c", "text": OTHER})]  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = run_cli("analyze", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--lang", "de", "-o", str(out))
    assert result.returncode == 1  # some articles failed
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "[line 2]" in errors[0] and "cannot be read" in errors[0]
    assert [json.loads(line)["article"]["article_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "c"]


def test_non_finite_numbers_in_metadata_become_null(tmp_path: Path) -> None:
    rows = ['{"id": "a", "text": "' + GOOD + '", "score": Infinity, "rank": NaN, "parts": [1, -Infinity]}']
    out = tmp_path / "out.json"
    result = run_cli("analyze", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--lang", "de", "-o", str(out))
    assert result.returncode == 0, result.stderr
    meta = json.loads(json.loads(out.read_text(encoding="utf-8"))["article"]["meta"])
    assert meta == {"score": None, "rank": None, "parts": [1, None]}


@pytest.mark.parametrize(("option", "value"), [("--csv-sep", ";;"), ("--csv-sep", ""), ("--csv-quote", "''")])
def test_a_csv_separator_or_quote_must_be_one_character(tmp_path: Path, option: str, value: str) -> None:
    table = tmp_path / "in.csv"
    table.write_text(f"id;text\na;{GOOD}\n", encoding="utf-8")
    result = run_cli("analyze", str(table), option, value, "-o", str(tmp_path / "out.json"))
    assert result.returncode == 2
    assert "exactly one character" in result.stderr and "Traceback" not in result.stderr


def test_a_tab_written_as_backslash_t_is_a_tab(tmp_path: Path) -> None:
    table = tmp_path / "in.csv"
    table.write_text(f"id\ttext\na\t{GOOD}\n", encoding="utf-8")
    result = run_cli("analyze", str(table), "--csv-sep", "\\t", "--lang", "de", "-o", str(tmp_path / "out.json"))
    assert result.returncode == 0, result.stderr


def test_reports_of_ids_that_differ_only_in_unsafe_characters_do_not_overwrite_each_other(tmp_path: Path) -> None:
    ids = ["a/b", "a_b", "a~b", "..", "x", "x", "x~2"]
    texts = [GOOD, OTHER, GOOD + " Die Kosten steigen.", OTHER + " Es gibt Streit.", GOOD + " Baubeginn ist im Mai.",
             OTHER + " Die Sitzung ist öffentlich.", GOOD + " Der Verkehr wird umgeleitet."]  # fmt: skip
    rows = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in zip(ids, texts)]
    out = tmp_path / "reports"
    result = run_cli("analyze", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--lang", "de", "--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in out.iterdir())
    assert len(pages) == len(ids)  # one report per article
    assert not any(name.startswith(".") for name in pages)  # no hidden files from ".."
    assert "a_b.html" in pages and "x.html" in pages and "x~2.html" in pages and "x~2~2.html" in pages
    assert "'x~2' already used; this one is 'x~2~2'" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (a device that reports no size)")
def test_a_device_without_end_is_read_only_up_to_the_limit() -> None:
    result = run_cli("analyze", "/dev/zero", "--input-format", "txt", "--max-chars", "1000")
    assert result.returncode == 1
    assert "larger than one article may be" in result.stderr and result.stderr.count("error") == 1


@pytest.mark.parametrize(("name", "content"), [("empty.jsonl", ""), ("empty.json", "[]"), ("header.csv", "id,text\n")])
def test_an_input_without_articles_is_named_not_passed_over(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.json"
    result = run_cli("analyze", str(path), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no articles in the input" in result.stderr and name in result.stderr
    assert not out.exists()


def test_a_table_without_a_needed_column_is_one_line_naming_it(tmp_path: Path) -> None:
    import pandas as pd

    pd.DataFrame({"article_id": ["a"], "reliability": [50.0]}).to_parquet(tmp_path / "scores.parquet")
    pd.DataFrame({"x": [1]}).to_parquet(tmp_path / "articles.parquet")
    result = run_cli("report", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "has no column" in result.stderr


def test_a_row_without_markup_read_as_html_is_its_plain_text(tmp_path: Path) -> None:
    rows = [json.dumps({"id": "plain", "text": GOOD}, ensure_ascii=False),
            json.dumps({"id": "page", "text": f"<html><body><article><p>{OTHER}</p></article></body></html>"}, ensure_ascii=False)]  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = run_cli("analyze", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--text-markup", "html", "--lang", "de", "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = {json.loads(line)["article"]["article_id"]: json.loads(line)["article"]["text"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert texts["plain"] == GOOD and OTHER in texts["page"]


def test_text_neither_utf8_nor_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(GOOD.encode("latin-1").replace(b"Br\xfccke", b"Br\xfccke \x81\x8d"))  # bytes Windows-1252 leaves undefined
    result = run_cli("analyze", str(path), "--lang", "de", "-o", str(tmp_path / "out.json"))
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr and "Latin-1" in result.stderr


def test_windows_1252_text_is_read_without_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes((GOOD + " Das kostet 5 \u20ac.").encode("cp1252"))
    result = run_cli("analyze", str(path), "--lang", "de", "-o", str(tmp_path / "out.json"))
    assert result.returncode == 0 and "warning" not in result.stderr, result.stderr
    assert "5 \u20ac" in json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["article"]["text"]
