from __future__ import annotations

import pytest

from schemas import check_offsets
from scoring import analyze
from scoring.errors import InputError, LanguageError
from scoring.languages import Language
from scoring.reading.readers import content_id

TEXT = (
    "Radwege für alle\n\n"
    "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie 2 Mio. Euro. "
    "„Wir investieren in die Zukunft“, sagte er am 3. März.\n"
)


def test_tables_validate_and_offsets_are_consistent() -> None:
    result = analyze(TEXT, lang="de", article_id="rad")
    tables = result.tables()
    assert check_offsets(tables["articles"], "sentences", tables["sentences"]) == []
    article = tables["articles"].iloc[0]
    assert article["n_sentences"] == 4 and article["n_body_sentences"] == 3
    assert article["title"] == "Radwege für alle"
    assert article["lang_source"] == "given"
    assert tables["sentences"]["sent_id"].tolist() == [0, 1, 2, 3]


def test_json_object_has_every_key_even_when_tables_are_empty(unscored_pack: Language) -> None:
    # a language without scorers: every scored table is empty, and the keys are still there
    # (English was that language until its pack was scored)
    obj = analyze("La urbo konstruas novan ponton. Gxi kostos du milionojn.", lang="xx").to_json_obj()
    assert list(obj) == ["article", "sentences", "cues", "attributions", "sources", "claims", "links", "scores"]
    assert obj["cues"] == obj["attributions"] == obj["sources"] == obj["claims"] == []
    assert obj["scores"]["reliability"] is None and "no scorers" in obj["scores"]["reliability_note"]


def test_language_is_detected_when_not_given() -> None:
    result = analyze(TEXT)
    assert (result.article["lang"], result.article["lang_source"]) == ("de", "detected")
    assert 0.5 < result.article["lang_confidence"] <= 1.0


def test_article_without_id_gets_a_stable_content_id() -> None:
    first, second = analyze(TEXT, lang="de"), analyze(TEXT, lang="de")
    assert first.article_id == second.article_id == content_id(first.text)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\u200b\u200b", "\u00ad"])
def test_empty_text_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="no text"):
        analyze(text, lang="de")


def test_text_in_another_language_is_refused() -> None:
    with pytest.raises(LanguageError, match="'fr'"):
        analyze("Le conseil municipal a voté lundi un nouveau budget pour les pistes cyclables.")


def test_zero_width_and_rtl_characters() -> None:
    text = "Die Stadt\u200b plant Radwege. Der Name lautet \u202bالمدينة\u202c auf Arabisch."
    result = analyze(text, lang="de")
    assert "\u200b" not in result.text and "\u202b" not in result.text
    assert "المدينة" in result.text
    assert len(result.sentences) == 2


def test_unbalanced_quotes_do_not_break_segmentation() -> None:
    text = "Er sprach von „Abzocke. Die Stadt widerspricht. Ein “halbes Zitat bleibt."
    assert [s["text"] for s in analyze(text, lang="de").sentences] == [
        "Er sprach von „Abzocke.",
        "Die Stadt widerspricht.",
        "Ein “halbes Zitat bleibt.",
    ]


def test_megabyte_line_without_punctuation() -> None:
    text = "wort " * 210_000
    result = analyze(text, lang="de")
    assert len(result.sentences) == 1 and result.sentences[0]["kind"] == "body"
    assert result.article["n_words"] == 210_000


def test_markdown_offsets_point_into_the_file() -> None:
    source = "# Titel\n\nDie **Stadt** plant\nneue Radwege."
    result = analyze(source, lang="de", markup="md")
    assert result.text == "Titel\n\nDie Stadt plant neue Radwege."
    norm = result.normalized
    stadt = result.text.index("Stadt")
    assert source[norm.source_offset(stadt) : norm.source_offset(stadt) + 5] == "Stadt"
