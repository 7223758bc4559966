from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from scoring.reading.readers import ArticleInput, InputFailure, ReadOptions, content_id, iter_articles

TEXT = "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie zwei Millionen Euro."


def read(*paths: Path | str, **options) -> list[ArticleInput | InputFailure]:
    return list(iter_articles([str(p) for p in paths], ReadOptions(**options)))


def ok(items: list) -> list[ArticleInput]:
    return [i for i in items if isinstance(i, ArticleInput)]


def failed(items: list) -> list[InputFailure]:
    return [i for i in items if isinstance(i, InputFailure)]


def test_text_markdown_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# Titel\n\n{TEXT}", encoding="utf-8")
    (tmp_path / "c.htm").write_text(f"<html><body><p>{TEXT}</p></body></html>", encoding="utf-8")
    items = read(tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "c.htm")
    assert [(i.article_id, i.markup, i.input_format) for i in items] == [
        ("a", "txt", "txt"),
        ("b", "md", "md"),
        ("c", "html", "html"),
    ]
    assert len(items[0].input_sha256) == 64


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: t.encode("utf-16-be"),
        lambda t: t.encode("cp1252"),
        lambda t: t.encode("latin-1"),
    ],
)
def test_text_file_encodings(tmp_path: Path, encode) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(encode(TEXT))
    [item] = read(path)
    assert item.content == TEXT


def test_json_object_and_list(tmp_path: Path) -> None:
    obj = {"id": 7, "text": TEXT, "title": "Radwege", "outlet": "Stadtblatt", "topic": "Verkehr", "empty": ""}
    (tmp_path / "one.json").write_text(json.dumps(obj), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([obj, {"text": TEXT}, {"title": "ohne"}]), encoding="utf-8")
    [one] = read(tmp_path / "one.json")
    assert (one.article_id, one.title, one.outlet, one.meta) == ("7", "Radwege", "Stadtblatt", {"topic": "Verkehr"})
    many = read(tmp_path / "many.json")
    assert [type(i).__name__ for i in many] == ["ArticleInput", "ArticleInput", "InputFailure"]
    assert many[1].article_id == content_id(many[1].content)  # rows without an id: a hash of their text
    assert "no 'text' field" in str(many[2].error) and many[2].name.endswith("many.json[2]")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": ', "invalid JSON"),
        ('{"text": 5}', "'text' must be a string"),
        ('"just a string"', "expected an article object"),
    ],
)
def test_bad_json(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    [failure] = read(tmp_path / "bad.json")
    assert isinstance(failure, InputFailure) and message in str(failure.error)


def test_jsonl_rows_stream_and_bad_lines_are_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": TEXT}),
        "",
        "{broken",
        json.dumps({"id": "b", "title": "kein Text"}),
        json.dumps({"id": "c", "text": TEXT, "lang": "de"}),
    ]
    (tmp_path / "rows.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read(tmp_path / "rows.jsonl")
    assert [i.article_id for i in ok(items)] == ["a", "c"]
    assert ok(items)[1].lang == "de"
    assert [f.name.rsplit("[", 1)[1] for f in failed(items)] == ["line 3]", "line 4]"]


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_csv_separator_is_detected(tmp_path: Path, sep: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id{sep}text{sep}topic\nx1{sep}"{TEXT}"{sep}Verkehr\n', encoding="utf-8")
    [item] = read(path)
    assert (item.article_id, item.content, item.meta) == ("x1", TEXT, {"topic": "Verkehr"})


def test_csv_quote_char_bom_and_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(codecs.BOM_UTF8 + f"text;label\n'{TEXT}; mit Semikolon';Inland\n".encode("utf-8"))
    [item] = read(path, csv_quote="'")
    assert item.content == f"{TEXT}; mit Semikolon"
    path.write_bytes(f'text,label\n"{TEXT}",Inland\n'.encode("cp1252"))
    [item] = read(path)
    assert item.content == TEXT


def test_csv_problems_are_per_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\n1,"{TEXT}"\n2,"zu",viele\n3,""\n\n4,"{TEXT}"\n', encoding="utf-8")
    items = read(path)
    # row 3 has empty text: it is read, and the analysis refuses it (see test_pipeline)
    assert [i.article_id for i in ok(items)] == ["1", "3", "4"]
    messages = [str(f.error) for f in failed(items)]
    assert len(messages) == 1 and "has 3 fields, the header has 2" in messages[0]


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("Wirtschaft;'Ein Artikel ohne Kopfzeile'\n", encoding="utf-8")
    [failure] = read(path)
    assert isinstance(failure, InputFailure)
    assert "no 'text' column" in str(failure.error)


def test_directory_is_read_recursively_and_skips_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden" / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert [i.article_id for i in read(tmp_path)] == ["a", "sub/b"]


def test_empty_directory_nonexistent_file_and_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "data.xyz").write_text(TEXT, encoding="utf-8")
    items = read(tmp_path / "empty", tmp_path / "missing.txt", tmp_path / "data.xyz")
    assert [type(i).__name__ for i in items] == ["InputFailure"] * 3
    assert "no supported files" in str(items[0].error)
    assert "no such file" in str(items[1].error)
    assert "unknown file type '.xyz'" in str(items[2].error)
    [forced] = read(tmp_path / "data.xyz", input_format="txt")
    assert forced.content == TEXT


def test_binary_and_oversized_files(tmp_path: Path) -> None:
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3")
    (tmp_path / "big.txt").write_bytes(b"x" * 4001)
    items = read(tmp_path / "scan.txt", tmp_path / "big.txt", max_chars=1000)
    assert "PDF document" in str(items[0].error)
    assert "too large" in str(items[1].error)


def test_row_longer_than_the_limit(tmp_path: Path) -> None:
    (tmp_path / "rows.jsonl").write_text(json.dumps({"text": "x" * 200}) + "\n", encoding="utf-8")
    [failure] = read(tmp_path / "rows.jsonl", max_chars=100)
    assert "more than the limit" in str(failure.error)


@pytest.mark.parametrize(
    ("data", "markup", "fmt"),
    [
        (TEXT.encode(), "txt", "txt"),
        (b"<!doctype html><html><body><p>" + TEXT.encode() + b"</p></body></html>", "html", "html"),
        (json.dumps({"text": TEXT}).encode(), "txt", "json"),
        ((json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": TEXT})).encode(), "txt", "jsonl"),
    ],
)
def test_stdin_format_is_sniffed(data: bytes, markup: str, fmt: str) -> None:
    items = list(iter_articles(["-"], ReadOptions(), stdin=io.BytesIO(data)))
    assert {(i.markup, i.input_format) for i in items} == {(markup, fmt)}
    assert all(i.name.startswith("<stdin>") for i in items)


def test_article_sizes_follow_each_format_in_input_order(tmp_path: Path) -> None:
    import pandas as pd

    from scoring.reading.readers import article_sizes, count_articles

    short, long = "Kurz.", TEXT * 3
    (tmp_path / "rows.csv").write_text(f"id;text\n1;{short}\n2;{long}\n", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in (long, short)) + "\n\n", encoding="utf-8")
    pd.DataFrame({"body": [short, None, long]}).to_parquet(tmp_path / "rows.parquet")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.txt").write_text(long, encoding="utf-8")
    (folder / "b.md").write_text(short, encoding="utf-8")

    csv_sizes = list(article_sizes([str(tmp_path / "rows.csv")], ReadOptions(csv_sep=";")))
    assert csv_sizes == [1 + len(short), 1 + len(long)]
    jsonl_sizes = list(article_sizes([str(tmp_path / "rows.jsonl")]))
    assert len(jsonl_sizes) == 2 and jsonl_sizes[0] > 3 * jsonl_sizes[1]
    parquet_sizes = list(article_sizes([str(tmp_path / "rows.parquet")], ReadOptions(column_map=(("text", "body"),))))
    assert parquet_sizes == [len(short), 1, len(long)]
    assert list(article_sizes([str(folder)])) == [len(long.encode()), len(short.encode())]
    assert article_sizes([str(folder), "-"]) is None and count_articles(["-"]) is None
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    assert list(article_sizes([str(tmp_path / "broken.parquet"), str(folder)])) == [1, len(long.encode()), len(short.encode())]
    assert count_articles([str(tmp_path / "rows.csv"), str(tmp_path / "rows.jsonl")], ReadOptions(csv_sep=";")) == 4


def test_article_sizes_count_every_item_of_a_json_array(tmp_path: Path) -> None:
    from scoring.reading.readers import article_sizes

    short, long = "Kurz.", TEXT * 3
    (tmp_path / "array.json").write_text(json.dumps([{"text": long}, 7, {"text": short}]), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": short}), encoding="utf-8")
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    assert list(article_sizes([str(tmp_path / "array.json")])) == [len(long), 1, len(short)]  # the bad item counts too
    assert len(article_sizes([str(tmp_path / "one.json")])) == 1
    assert list(article_sizes([str(tmp_path / "broken.json")])) == [1]


def test_json_nested_too_deeply_is_a_format_error_not_a_crash(tmp_path: Path) -> None:
    from scoring.reading.readers import InputFailure, article_sizes, iter_articles

    deep = "[" * 5000 + "]" * 5000
    (tmp_path / "deep.json").write_text(deep, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": ' + deep + '}\n{"text": "Die Stadt plant."}\n', encoding="utf-8")
    (failure,) = list(iter_articles([str(tmp_path / "deep.json")]))
    assert isinstance(failure, InputFailure) and "nested too deeply" in str(failure.error)
    rows = list(iter_articles([str(tmp_path / "rows.jsonl")]))
    assert isinstance(rows[0], InputFailure) and "nested too deeply" in str(rows[0].error)
    assert not isinstance(rows[1], InputFailure)  # the next line is read as usual
    assert list(article_sizes([str(tmp_path / "deep.json")])) == [1]
