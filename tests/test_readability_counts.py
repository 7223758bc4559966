"""The readability formulas computed from one pass of counts give exactly textstat's figures."""

from __future__ import annotations

import pytest

from scoring.languages import readability

TEXTS = {
    "de": [
        "Die Stadtwerke erhöhen die Gaspreise. Der Bürgermeister sagte, das sei unvermeidlich! Warum? "
        "Weil die Einkaufspreise seit Monaten steigen, erklärte die Geschäftsführerin am Dienstag.",
        "Kurz. Sehr kurz. Ein Satz mit mehr Wörtern folgt hier, damit es reicht.",
        "",
        "… – „“ 12 34",
        "Donaudampfschifffahrtsgesellschaftskapitän's Boot fuhr rückwärts; niemand wusste, warum.",
    ],
    "en": [
        "The council approved new cycle lanes on Monday. Critics said the plan was unaffordable, "
        "but the mayor's office insisted it wasn't. Construction begins in May.",
        "Yes. No. Maybe so, said nobody in particular at the extraordinarily long meeting.",
        "",
    ],
    "es": [
        "El ministro dijo que el plan estaría listo en mayo. Según fuentes cercanas, el gobierno habría "
        "negociado durante semanas. ¿Cuándo? Nadie lo sabe.",
        "Uno. Dos. Tres palabras más aquí para la prueba de legibilidad.",
        "",
    ],
}
PAIRS = {
    "de": [
        (lambda c: readability.flesch_reading_ease(c, "de"), lambda m, t: m.flesch_reading_ease(t, "de")),
        (readability.wiener_sachtextformel, lambda m, t: m.wiener_sachtextformel(t, 1, "de")),
    ],
    "en": [
        (lambda c: readability.flesch_reading_ease(c, "en"), lambda m, t: m.flesch_reading_ease(t, "en")),
        (readability.flesch_kincaid_grade, lambda m, t: m.flesch_kincaid_grade(t, "en")),
    ],
    "es": [
        (lambda c: readability.szigriszt_pazos(c, "es"), lambda m, t: m.szigriszt_pazos(t, "es")),
        (readability.crawford, lambda m, t: m.crawford(t, "es")),
    ],
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_formulas_from_counts_equal_textstat(lang: str) -> None:
    metrics = readability.metrics()
    for text in TEXTS[lang]:
        counts = readability.text_counts(text, lang)
        for ours, theirs in PAIRS[lang]:
            assert ours(counts) == theirs(metrics, text), (lang, text)


def test_counts_are_counted() -> None:
    counts = readability.text_counts("Ein Haus. Eine wunderbare Gartenanlage steht dort!", "de")
    assert (counts.words, counts.sentences) == (7, 1)  # textstat ignores sentences of two words or fewer
    assert counts.monosyllables >= 3 and counts.polysyllables >= 2 and counts.long_words == 2
