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


def _lexicon_words(lang: str) -> set[str]:
    """Every word of a language pack's own lexicons (project-written), lower-cased."""
    import re
    from pathlib import Path

    folder = Path(readability.__file__).parent / lang / "lexicons"
    words: set[str] = set()
    for path in folder.glob("*.*"):
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", path.read_text(encoding="utf-8")))
    return words


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_liang_counter_counts_as_pyphen(lang: str) -> None:
    """Both ways of :class:`LiangCounter` (dictionary look-ups, then the trie) give pyphen's count
    for every word of the pack's lexicons, edge cases included."""
    from textstat.backend.utils._get_pyphen import get_pyphen

    readability.prepare_syllables(lang)
    hyphenator = get_pyphen(lang)
    words = sorted(_lexicon_words(lang) | {"", "a", "ab", "İstanbul", "x-y", "ﬀ"})
    assert len(words) > 500
    expected = [len(hyphenator.positions(word)) + 1 for word in words]
    by_lookup = readability.LiangCounter(hyphenator.hd.patterns, hyphenator.hd.maxlen, hyphenator.left, hyphenator.right)
    by_lookup.TRIE_AFTER = len(words) + 1
    assert [by_lookup(word) for word in words] == expected
    assert by_lookup.trie is None
    by_trie = readability.LiangCounter(hyphenator.hd.patterns, hyphenator.hd.maxlen, hyphenator.left, hyphenator.right)
    by_trie.TRIE_AFTER = 0
    assert [by_trie(word) for word in words] == expected
    assert by_trie.trie is not None
    assert max(expected) >= 4  # long words were among them


def test_a_corpus_batch_builds_the_trie_at_once_and_counts_the_same() -> None:
    text = "Die Gemeindeverwaltung veröffentlichte gestern ausführliche Haushaltsunterlagen für Bürgerinnen."
    before = readability.text_counts(text, "de")
    readability.expect_many_words("de")
    assert readability._liang_counter("de").trie is not None
    readability._syllable_counter("de").cache_clear()  # count again, now through the trie
    assert readability.text_counts(text, "de") == before
