from __future__ import annotations

import pytest

from scoring import analyze


def kinds(text: str, lang: str = "de") -> list[tuple[str, str]]:
    return [(row["kind"], row["text"]) for row in analyze(text, lang=lang).sentences]


BODY = "Die Stadt plant neue Radwege für den Sommer. Sie kosten rund zwei Millionen Euro."


@pytest.mark.parametrize(
    ("furniture", "kind"),
    [
        ("Verwandte Videos:", "boilerplate"),
        ("Ähnliche Artikel", "boilerplate"),
        ("Mehr zum Thema: Energiepreise", "boilerplate"),
        ("Lesen Sie auch: Die Bahn streikt wieder", "boilerplate"),
        ("Anzeige", "boilerplate"),
        ("Artikel teilen", "boilerplate"),
        ("Von Anna Berg und Tom Kurz", "boilerplate"),
        ("12.03.2025, 14:33 Uhr", "boilerplate"),
        ("Aktualisiert am 12.03.2025", "boilerplate"),
        ("Lesezeit: 4 Minuten", "boilerplate"),
        ("Von der Rhetorik zur Abhängigkeit", "heading"),
        ("Warum die Preise steigen", "heading"),
        ("Wie geht es weiter?", "question"),
    ],
)
def test_short_blocks(furniture: str, kind: str) -> None:
    found = kinds(f"{BODY}\n\n{furniture}\n\n{BODY}")
    assert (kind, furniture) in found
    assert [k for k, _ in found].count("body") == 4


def test_furniture_words_inside_prose_do_not_make_it_boilerplate() -> None:
    text = (
        "Mehr zum Thema Wohnungsnot sagte die Ministerin am Montag im Landtag, wo sie die neuen Zahlen "
        "vorstellte und eine Reform der Förderung ankündigte."
    )
    assert kinds(text) == [("body", text)]


def test_style_sheet_lines_left_by_a_scraper_are_boilerplate() -> None:
    text = f"{BODY}\n\n.teaser-box {{\nmargin-top:12px;\n}}.\n\nfont-size:14px;\n\n@media screen and (max-width: 480px) {{"
    body = len(kinds(BODY))
    found = [k for k, _ in kinds(text)]
    assert found[:body] == ["body"] * body and found[body:] == ["boilerplate"] * (len(found) - body) and len(found) > body
    assert kinds("Die Menge {1, 2, 3} ist endlich, sagte die Lehrerin.")[0][0] == "body"  # braces in prose


def test_everything_after_a_tag_list_is_boilerplate() -> None:
    text = f"{BODY}\n\nSchlagworte: Verkehr, Radwege\n\nRedaktion Lokales\n\nDas Team schreibt täglich über die Stadt."
    found = kinds(text)
    assert [k for k, _ in found] == ["body", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_caption_with_glued_credit_is_split() -> None:
    text = f"{BODY}\n\nDie neue Brücke am Stadtrand (Archivbild)Foto © Max Muster/Agentur\n\n{BODY}"
    found = kinds(text)
    assert ("caption", "Die neue Brücke am Stadtrand (Archivbild)") in found
    assert ("boilerplate", "Foto © Max Muster/Agentur") in found


def test_credit_line_alone_is_boilerplate() -> None:
    assert ("boilerplate", "Bild: dpa/Max Muster") in kinds(f"{BODY}\n\nBild: dpa/Max Muster\n\n{BODY}")


def test_picture_marker_makes_a_caption() -> None:
    assert ("caption", "Radfahrer in der Innenstadt (Symbolbild)") in kinds(
        f"{BODY}\n\nRadfahrer in der Innenstadt (Symbolbild)\n\n{BODY}"
    )


def test_agency_tag_sentence_is_boilerplate() -> None:
    found = kinds(f"{BODY} (APA, 12.3.2016)")
    assert found[-1] == ("boilerplate", "(APA, 12.3.2016)")


def test_question_sentence_in_body() -> None:
    found = kinds("Was bedeutet das für die Mieter? Die Antwort ist unklar.")
    assert [k for k, _ in found] == ["question", "body"]


def test_first_heading_is_the_title() -> None:
    result = analyze(f"Radwege für alle\n\n{BODY}", lang="de")
    assert result.article["title"] == "Radwege für alle"


def test_no_title_when_text_starts_with_body() -> None:
    assert analyze(BODY, lang="de").article["title"] is None


def test_english_furniture() -> None:
    body = "The council approved the plan on Monday. It will cost two million dollars."
    found = kinds(f"{body}\n\nRelated articles\n\n{body}\n\nFiled under: Transport, City", lang="en")
    assert ("boilerplate", "Related articles") in found
    assert found[-1] == ("boilerplate", "Filed under: Transport, City")
