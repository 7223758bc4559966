"""Readability figures from textstat, with the formulas each language is measured by.

========  ==========================================  ==========================================
language  reading ease (higher = easier)              grade (school years)
========  ==========================================  ==========================================
de        Flesch–Amstad (Amstad 1978)                 Wiener Sachtextformel 1 (Bamberger & Vanecek 1984)
en        Flesch Reading Ease (Flesch 1948)           Flesch–Kincaid grade (Kincaid et al. 1975)
es        Fernández Huerta (1959)                     Crawford (1989)
========  ==========================================  ==========================================

textstat's metric functions take the language as an argument, so no global
state is set. For English, textstat looks syllables up in the CMU
pronouncing dictionary and would try to download it through NLTK, which
cannot work offline; when that dictionary is not installed, quellcheck makes
textstat count English syllables with pyphen's hyphenation patterns (as it
does for every other language). Computed on body sentences only.

Syllable counting costs several milliseconds per article, so readability is
an analysis option (``AnalysisOptions.readability``): on for single-article
output and reports, off by default in corpus runs.
"""

from __future__ import annotations

from functools import lru_cache

FORMULAS = {
    "de": ("Flesch–Amstad", "Wiener Sachtextformel 1"),
    "en": ("Flesch Reading Ease", "Flesch–Kincaid grade"),
    "es": ("Fernández Huerta", "Crawford"),
}


@lru_cache(maxsize=1)
def _offline_english() -> None:
    """Let textstat fall back to pyphen for English when NLTK's cmudict is not installed."""
    import nltk
    import textstat.backend.counts._count_syllables as syllables

    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        original = syllables.get_cmudict

        def no_download(lang: str):  # type: ignore[no-untyped-def]
            return None if lang.startswith("en") else original(lang)

        syllables.get_cmudict = no_download


def readability(text: str, lang: str) -> dict[str, float | str | None]:
    """Reading ease, grade and the formula names for ``text`` in ``lang`` (None for empty text)."""
    from textstat.backend import metrics

    _offline_english()
    ease_name, grade_name = FORMULAS[lang]
    if not text.strip():
        return {"readability_reading_ease": None, "readability_grade": None, "readability_formulas": f"{ease_name}; {grade_name}"}
    if lang == "de":
        ease = metrics.flesch_reading_ease(text, "de")
        grade = metrics.wiener_sachtextformel(text, 1, "de")
    elif lang == "en":
        ease = metrics.flesch_reading_ease(text, "en")
        grade = metrics.flesch_kincaid_grade(text, "en")
    else:
        ease = metrics.fernandez_huerta(text, "es")
        grade = metrics.crawford(text, "es")
    return {
        "readability_reading_ease": round(float(ease), 1),
        "readability_grade": round(float(grade), 1),
        "readability_formulas": f"{ease_name}; {grade_name}",
    }
