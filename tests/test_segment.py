from __future__ import annotations

import pytest

from scoring.cleaning.segment import SentenceSplitter


def split(text: str, lang: str = "de") -> list[str]:
    splitter = SentenceSplitter.for_lang(lang)
    return [text[s:e] for s, e in splitter.spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   ", []),
        ("Wort", ["Wort"]),
        ("Ein Satz ohne Punkt am Ende", ["Ein Satz ohne Punkt am Ende"]),
        # abbreviations
        ("Dr. Müller kam. Er blieb.", ["Dr. Müller kam.", "Er blieb."]),
        ("Es kamen Vertreter u. a. aus Wien. Dann ging es los.", ["Es kamen Vertreter u. a. aus Wien.", "Dann ging es los."]),
        ("Manche Länder, z. B. Spanien, zögern. Andere nicht.", ["Manche Länder, z. B. Spanien, zögern.", "Andere nicht."]),
        ("Die Regierung bzw. das Ministerium prüft.", ["Die Regierung bzw. das Ministerium prüft."]),
        ("Das Gesetz Nr. 12 gilt ab sofort. Es ist neu.", ["Das Gesetz Nr. 12 gilt ab sofort.", "Es ist neu."]),
        ("Laut Prof. Dr. med. Anna Berg ist das falsch.", ["Laut Prof. Dr. med. Anna Berg ist das falsch."]),
        ("Er nannte Äpfel, Birnen usw. Die Liste war lang.", ["Er nannte Äpfel, Birnen usw.", "Die Liste war lang."]),
        # ordinals, dates, numbers
        ("Am 3. Januar wurde er festgenommen. Seitdem schweigt er.", ["Am 3. Januar wurde er festgenommen.", "Seitdem schweigt er."]),
        ('Er sprach von den "Ereignissen vom 3. Januar" in Caracas.', ['Er sprach von den "Ereignissen vom 3. Januar" in Caracas.']),
        ("Die 2. Liga pausiert. Das 19. Jahrhundert war anders.", ["Die 2. Liga pausiert.", "Das 19. Jahrhundert war anders."]),
        ("Er belegte Platz 3. Die Siegerin kam aus Graz.", ["Er belegte Platz 3.", "Die Siegerin kam aus Graz."]),
        ("Das war im Jahr 2024. Danach änderte sich alles.", ["Das war im Jahr 2024.", "Danach änderte sich alles."]),
        ("Mindestens 1.076 Kubaner kämpfen. 96 sollen gefallen sein.", ["Mindestens 1.076 Kubaner kämpfen.", "96 sollen gefallen sein."]),
        ("Zwischen 20.000 und 25.000 Menschen waren dort.", ["Zwischen 20.000 und 25.000 Menschen waren dort."]),
        ("Papst Johannes XXIII. Kirche war groß.", ["Papst Johannes XXIII. Kirche war groß."]),
        # quotes
        ("Er sagte: „Wir kommen.“ Dann ging er.", ["Er sagte: „Wir kommen.“", "Dann ging er."]),
        ("Sie sagte: “Das ist neu.” Alle nickten.", ["Sie sagte: “Das ist neu.”", "Alle nickten."]),
        ('Er rief: "Genug!" Danach war Ruhe.', ['Er rief: "Genug!"', "Danach war Ruhe."]),
        ("Sie schrieb: «Wir bleiben.» Dann schwieg sie.", ["Sie schrieb: «Wir bleiben.»", "Dann schwieg sie."]),
        ("„Wir kommen“, sagte er. Sie blieb.", ["„Wir kommen“, sagte er.", "Sie blieb."]),
        ("„Wir kommen.“ sagte er leise.", ["„Wir kommen.“ sagte er leise."]),
        ("Er betonte, dass „Kuba nicht teilnimmt“. Danach nichts.", ["Er betonte, dass „Kuba nicht teilnimmt“.", "Danach nichts."]),
        ("Ein „offenes Zitat ohne Ende. Und weiter geht es.", ["Ein „offenes Zitat ohne Ende.", "Und weiter geht es."]),
        # questions, exclamations, ellipsis, colons
        ("Was nun? Niemand weiß es! Wirklich.", ["Was nun?", "Niemand weiß es!", "Wirklich."]),
        ("Die Botschaft war klar: Russland hat Verbündete.", ["Die Botschaft war klar: Russland hat Verbündete."]),
        ("Er zögerte … Dann ging er.", ["Er zögerte …", "Dann ging er."]),
        ("Er zögerte … und ging dann doch.", ["Er zögerte … und ging dann doch."]),
        # initials
        ("Der Autor J. R. R. Tolkien schrieb viel.", ["Der Autor J. R. R. Tolkien schrieb viel."]),
    ],
)
def test_german_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        ("Mr. Smith arrived at 5 p.m. on Monday. He left.", ["Mr. Smith arrived at 5 p.m. on Monday.", "He left."], "en"),
        ("The U.S. economy grew. It was fast.", ["The U.S. economy grew.", "It was fast."], "en"),
        ("El Sr. García llegó el lunes. Se fue pronto.", ["El Sr. García llegó el lunes.", "Se fue pronto."], "es"),
        ("¿Qué pasó? Nadie lo sabe.", ["¿Qué pasó?", "Nadie lo sabe."], "es"),
        # a speech tag after a quotation closing with "?" or "!" stays with it; a sentence that is no tag does not
        ("“Why now?” Ann Lund asked. It rained.", ["“Why now?” Ann Lund asked.", "It rained."], "en"),
        ("“Stop it!” Sen. Ann B. Lund shouted at the crowd.", ["“Stop it!” Sen. Ann B. Lund shouted at the crowd."], "en"),
        ("“Why now?” Lund said the vote was close.", ["“Why now?”", "Lund said the vote was close."], "en"),
        ("“Why now?” Voters ask that often.", ["“Why now?”", "Voters ask that often."], "en"),
        ("„Warum jetzt?“ Anna Lund sagte nichts.", ["„Warum jetzt?“", "Anna Lund sagte nichts."], "de"),
        ("Recibió a la Excma. Sra. Ruiz y al Ing. Pardo. Hablaron de agua.",
         ["Recibió a la Excma. Sra. Ruiz y al Ing. Pardo.", "Hablaron de agua."], "es"),  # titles of address
    ],
)
def test_other_languages(text: str, expected: list[str], lang: str) -> None:
    assert split(text, lang) == expected


def test_a_megabyte_line_without_punctuation_is_one_sentence() -> None:
    text = "wort " * 200_000
    spans = SentenceSplitter.for_lang("de").spans(text)
    assert spans == [(0, len(text.rstrip()))]


def test_spans_are_offsets_into_the_given_text() -> None:
    text = "Vorspann. Erster Satz. Zweiter Satz."
    spans = SentenceSplitter.for_lang("de").spans(text, 10, len(text))
    assert [text[s:e] for s, e in spans] == ["Erster Satz.", "Zweiter Satz."]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [("Was nun?", True), ("„Wer war das?“", True), ("Er fragte, wer das war.", False), ("", False)],
)
def test_is_question(sentence: str, question: bool) -> None:
    assert SentenceSplitter.for_lang("de").is_question(sentence) is question


def test_the_splitter_does_not_grow_while_it_works() -> None:
    splitter = SentenceSplitter.for_lang("de")
    splitter.spans("Warm-up. Der Rat tagt.")
    before = len(splitter._punkt._params.ortho_context)
    for k in range(200):
        splitter.spans(f"Der Rat tagte am {k}. Wortneu{k} kam spät. Danach Wortneu{k}x ging.")
    assert len(splitter._punkt._params.ortho_context) == before
