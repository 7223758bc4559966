from __future__ import annotations

import pandas as pd
import pytest

from schemas import TABLE_NAMES, TableValidationError, check_offsets, columns, frame_from_records, validate
from scoring import analyze


def sentence_row(**overrides):
    row = {"article_id": "a", "start": 0, "end": 5, "text": "Hallo", "sent_id": 0, "kind": "body", "para_id": 0, "n_words": 1}
    row.update(overrides)
    return row


def test_every_table_is_defined_and_builds_empty() -> None:
    assert TABLE_NAMES == ("articles", "sentences", "cues", "attributions", "sources", "claims", "links", "scores")
    for table in TABLE_NAMES:
        frame = frame_from_records(table, [])
        assert list(frame.columns) == columns(table)
        assert len(frame) == 0


def test_required_columns_exist() -> None:
    assert {"article_id", "lang", "title", "text", "outlet", "url", "published", "n_words", "n_sentences"} <= set(columns("articles"))
    assert {"article_id", "sent_id", "start", "end", "text", "kind"} <= set(columns("sentences"))
    assert {"article_id", "sent_id", "start", "end", "text", "category", "subtype", "explanation", "suggestion"} <= set(columns("cues"))
    assert {
        "article_id", "attr_id", "sent_id", "cue", "cue_start", "cue_end", "form", "source_text", "source_start",
        "source_end", "source_id", "named", "via_source_id", "via_text", "strength",
    } <= set(columns("attributions"))  # fmt: skip
    assert {"article_id", "source_id", "name", "kind", "named", "mentions"} <= set(columns("sources"))
    assert {"article_id", "claim_id", "sent_id", "attributed", "attr_id", "hedged"} <= set(columns("claims"))
    assert {"article_id", "reliability"} <= set(columns("scores"))


def test_valid_frame_passes_and_is_coerced() -> None:
    frame = frame_from_records("sentences", [sentence_row(start="0", end="5")])
    assert frame["start"].dtype == "int64"


def test_cast_first_path_matches_pandera_coercion() -> None:
    """frame_from_records casts in one step before validating; the result equals pandera's own coercion."""
    text = (
        "Die Regierung hat laut [Innenministerium](https://example.org/haushalt.pdf) 300 Millionen Euro bereitgestellt. "
        'Kritiker sagten, das Regime sei "gescheitert". Angeblich könnten es mehr sein.'
    )
    result = analyze(text, lang="de", article_id="x", markup="md")  # Markdown: a link for the links table
    for table in TABLE_NAMES:
        rows = list(result.rows(table))
        assert rows, table
        raw = pd.DataFrame.from_records(rows)
        for column in columns(table):
            if column not in raw.columns:
                raw[column] = pd.Series([None] * len(raw), dtype=object)
        pd.testing.assert_frame_equal(frame_from_records(table, rows), validate(table, raw[columns(table)]))


def test_empty_frames_are_independent_copies() -> None:
    first = frame_from_records("cues", [])
    first["text"] = first["text"].astype(object)
    first.attrs["touched"] = True
    second = frame_from_records("cues", [])
    assert str(second["text"].dtype) != "object" and "touched" not in second.attrs


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"kind": "footer"}, "isin"),
        ({"start": -1}, "greater_than_or_equal_to"),
        ({"start": 7, "end": 5}, "start must not exceed end"),
        ({"sent_id": "eins"}, "sent_id"),
    ],
)
def test_bad_sentence_rows_are_rejected_readably(overrides: dict, message: str) -> None:
    with pytest.raises(TableValidationError, match=message) as info:
        frame_from_records("sentences", [sentence_row(**overrides)])
    assert str(info.value).startswith("table 'sentences' is invalid")


def test_all_problems_are_reported_at_once() -> None:
    rows = [sentence_row(kind="footer"), sentence_row(sent_id=0, start=-3)]
    with pytest.raises(TableValidationError) as info:
        frame_from_records("sentences", rows)
    checks = {p[1] for p in info.value.problems}
    assert len(info.value.problems) >= 3
    assert any("isin" in c for c in checks) and any("unique" in c or "duplicate" in c for c in checks)


def test_strict_tables_reject_unknown_and_missing_columns() -> None:
    frame = frame_from_records("sentences", [sentence_row()])
    with pytest.raises(TableValidationError, match="extra"):
        validate("sentences", frame.assign(extra=1))
    with pytest.raises(TableValidationError, match="kind"):
        validate("sentences", frame.drop(columns=["kind"]))


def test_duplicate_article_ids_are_rejected() -> None:
    article = analyze("Ein Satz über Radwege in der Stadt.", lang="de", article_id="x").article
    with pytest.raises(TableValidationError, match="article_id"):
        frame_from_records("articles", [article, dict(article)])


def test_scores_null_reliability_out_of_range_and_unknown_figures() -> None:
    frame = frame_from_records("scores", [{"article_id": "a", "reliability": None, "reliability_note": "too few claims"}])
    assert pd.isna(frame.loc[0, "reliability"]) and pd.isna(frame.loc[0, "hedging"])
    with pytest.raises(TableValidationError, match="less_than_or_equal_to"):
        frame_from_records("scores", [{"article_id": "a", "reliability": 130.0, "reliability_note": None}])
    with pytest.raises(TableValidationError, match="column_in_schema"):
        frame_from_records("scores", [{"article_id": "a", "reliability": 50.0, "made_up_figure": 1}])


def test_check_offsets_finds_mismatches() -> None:
    tables = analyze("Erster Satz hier. Zweiter Satz dort.", lang="de", article_id="x").tables()
    assert check_offsets(tables["articles"], "sentences", tables["sentences"]) == []
    broken = tables["sentences"].assign(start=tables["sentences"]["start"] + 1)
    problems = check_offsets(tables["articles"], "sentences", broken)
    assert len(problems) == 2 and "!= text[" in problems[0]
