"""Input fields as typed columns of the articles table (label, section, author …), in single analyses
and corpus runs: types, name clashes, nested values, the same schema in every Parquet part."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import run_cli
from schemas import TableValidationError, columns, validate
from scoring.corpus.run import CorpusOptions, plan_meta_columns, run_corpus
from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.meta_fields import ARTICLE_COLUMNS, MetaColumn, infer_meta_columns
from scoring.reading.readers import ReadOptions, article_from_row
from scoring.output.tables import read_table

TEXT = "Die Stadt plant neue Radwege, sagte der Bürgermeister. Laut der Polizei wurde niemand verletzt."


def test_the_reserved_names_are_the_articles_columns() -> None:
    assert ARTICLE_COLUMNS == tuple(columns("articles"))


@pytest.mark.parametrize(
    ("metas", "expected"),
    [
        ([], ()),
        ([{}], ()),
        ([{"label": ""}, {"label": None}], ()),  # never a value: nothing to promote
        ([{"label": "Web"}, {}], (MetaColumn("label", "label", "string"),)),
        ([{"year": 2020}, {"year": 2021}], (MetaColumn("year", "year", "int"),)),
        ([{"share": 1}, {"share": 0.5}], (MetaColumn("share", "share", "float"),)),
        ([{"paid": True}, {"paid": False}], (MetaColumn("paid", "paid", "bool"),)),
        ([{"code": 7}, {"code": "7a"}], (MetaColumn("code", "code", "string"),)),  # mixed: text
        ([{"flag": True}, {"flag": 1}], (MetaColumn("flag", "flag", "string"),)),  # bool is not a number here
        ([{"tags": ["a"]}, {"tags": "b"}], ()),  # nested somewhere: stays in meta
        ([{"n_words": 3}], (MetaColumn("n_words", "meta_n_words", "int"),)),  # clash with an articles column
        ([{"meta": "x", "meta_meta": 1}], (MetaColumn("meta", "meta_meta_meta", "string"), MetaColumn("meta_meta", "meta_meta", "int"))),
        ([{"b": 1, "a": "x"}], (MetaColumn("a", "a", "string"), MetaColumn("b", "b", "int"))),  # ordered by name
    ],
)
def test_infer_meta_columns(metas: list[dict], expected: tuple[MetaColumn, ...]) -> None:
    assert infer_meta_columns(metas) == expected


def test_a_single_article_gets_its_scalar_fields_as_columns_and_keeps_nested_ones_in_meta() -> None:
    row = {"text": TEXT, "id": "x1", "label": "Inland", "year": 2024, "n_words": 9, "tags": ["a", "b"], "paid": False}
    analysis = analyze_input(article_from_row(row, "row"), AnalysisOptions(lang="de"))
    articles = analysis.tables()["articles"]
    assert list(articles.columns[len(ARTICLE_COLUMNS):]) == ["label", "meta_n_words", "paid", "year"]
    record = articles.iloc[0]
    assert (record["label"], record["year"], record["meta_n_words"], record["paid"]) == ("Inland", 2024, 9, False)
    assert json.loads(record["meta"]) == {"tags": ["a", "b"]}
    assert str(articles["year"].dtype) == "Int64" and str(articles["paid"].dtype) == "boolean"
    assert record["n_words"] != 9  # quellcheck's own count is untouched
    obj = analysis.to_json_obj()["article"]
    assert obj["label"] == "Inland" and obj["year"] == 2024 and json.loads(obj["meta"]) == {"tags": ["a", "b"]}


def test_the_articles_table_stays_strict() -> None:
    analysis = analyze_input(article_from_row({"text": TEXT, "label": "Web"}, "row"), AnalysisOptions(lang="de"))
    articles = analysis.tables()["articles"]
    with pytest.raises(TableValidationError):
        validate("articles", articles)  # label is not declared
    assert len(validate("articles", articles, {"label": "string"})) == 1
    with pytest.raises(TableValidationError):
        validate("articles", articles.assign(label=[object()]), {"label": "int"})


def _write_rows(path: Path) -> None:
    """Rows whose fields differ between batches: year and the clash only in the second half."""
    rows = []
    for k in range(8):
        row = {"id": f"r{k}", "text": TEXT, "label": ["Inland", "Web"][k % 2]}
        if k >= 4:
            row["year"] = 2020 + k
        if k == 6:
            row["n_words"] = 5
            row["extra"] = {"nested": True}
        rows.append(row)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_a_corpus_run_promotes_fields_with_one_schema_in_every_part(tmp_path: Path) -> None:
    source = tmp_path / "rows.jsonl"
    _write_rows(source)
    out = tmp_path / "out"
    run = run_corpus([str(source)], out, ReadOptions(), AnalysisOptions(lang="de"), CorpusOptions(batch_size=2))
    assert run.failed == 0 and run.batches == 4
    schemas = {pq.read_schema(part).remove_metadata() for part in (out / "articles").glob("part-*.parquet")}
    assert len(schemas) == 1  # the first batch has no year, yet its part has the column
    (schema,) = schemas
    assert schema.names[len(ARTICLE_COLUMNS):] == ["label", "meta_n_words", "year"]
    # the whole directory as one dataset, as pandas, Arrow and DuckDB read it
    whole = pd.read_parquet(out / "articles").sort_values("article_id").reset_index(drop=True)
    assert whole["year"].tolist()[:4] == [None] * 4 or whole["year"].isna()[:4].all()
    assert whole["year"].dropna().astype(int).tolist() == [2024, 2025, 2026, 2027]
    assert whole.groupby("label").size().to_dict() == {"Inland": 4, "Web": 4}
    assert ds.dataset(out / "articles").to_table().num_rows == 8
    assert json.loads(whole.loc[6, "meta"]) == {"extra": {"nested": True}} and pd.isna(whole.loc[0, "meta"])
    # read back and validated, the columns keep their types
    articles = read_table(out, "articles")
    assert str(articles["year"].dtype) == "Int64" and articles["meta_n_words"].dropna().tolist() == [5]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {c["column"]: c["dtype"] for c in manifest["options"]["meta_columns"]} == {"label": "string", "meta_n_words": "int", "year": "int"}


def test_csv_fields_are_text_columns_and_group_the_report(tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_text("label;text\nInland;" + TEXT + "\nWeb;" + TEXT.replace("Radwege", "Busse") + "\n", encoding="utf-8")
    assert plan_meta_columns([str(source)], ReadOptions()) == (MetaColumn("label", "label", "string"),)
    out = tmp_path / "out"
    result = run_cli("corpus", str(source), "-o", str(out), "--lang", "de", "--progress", "none", "--group-by", "label")
    assert result.returncode == 0, result.stderr
    assert sorted(pd.read_parquet(out / "articles")["label"]) == ["Inland", "Web"]
    assert "Inland (n=1)" in (out / "corpus.html").read_text(encoding="utf-8")


def test_standard_input_keeps_its_fields_in_meta() -> None:
    assert plan_meta_columns(["-"], ReadOptions()) == ()


def test_analyze_corpus_in_memory_types_fields_over_the_whole_corpus() -> None:
    from scoring import analyze_corpus

    rows = [{"text": TEXT, "id": f"m{k}", "label": "Web", **({"year": 2020} if k == 2 else {})} for k in range(3)]
    result = analyze_corpus(rows, lang="de", batch_size=1)
    articles = result.articles.sort_values("article_id")
    assert articles["label"].tolist() == ["Web"] * 3 and articles["year"].isna().tolist() == [True, True, False]
    assert str(articles["year"].dtype) == "Int64" and articles["meta"].isna().all()
