from __future__ import annotations

import pytest

from scoring.errors import LanguageError
from scoring.cleaning.langid import detect_language, normalise_lang


@pytest.mark.parametrize(
    ("tag", "code"),
    [("de", "de"), ("de-AT", "de"), ("DE_ch", "de"), ("German", "de"), ("en-GB", "en"), ("spa", "es"), ("auto", "auto")],
)
def test_normalise_lang(tag: str, code: str) -> None:
    assert normalise_lang(tag) == code


@pytest.mark.parametrize("tag", ["fr", "xx", "", "klingon"])
def test_unsupported_tags_name_the_supported_languages(tag: str) -> None:
    with pytest.raises(LanguageError, match="supported: de, en, es"):
        normalise_lang(tag)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Regierung hat am Montag neue Maßnahmen beschlossen, sagte ein Sprecher.", "de"),
        ("The government announced new measures on Monday, a spokesman said.", "en"),
        ("El gobierno anunció el lunes nuevas medidas, dijo un portavoz.", "es"),
    ],
)
def test_detects_supported_languages(text: str, code: str) -> None:
    assert detect_language(text).lang == code


def test_other_language_is_named_and_lang_suggested() -> None:
    with pytest.raises(LanguageError, match=r"'fr'.*--lang"):
        detect_language("Le gouvernement a annoncé lundi de nouvelles mesures, a déclaré un porte-parole.")


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "Ja."])
def test_too_little_text(text: str) -> None:
    with pytest.raises(LanguageError, match="too little text"):
        detect_language(text)
