"""Readability figures from textstat, with the formulas each language pack names.

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

Readability costs about 1.6 ms per article (10kGNAD, this 2-core machine, a fresh
process; against 4.8 ms for the rest of the analysis), so readability is an
analysis option (``AnalysisOptions.readability``): on for single articles
(``analyze --no-readability`` turns it off), in corpus runs only with
``--readability`` or ``--reports``; a report without it says why.
"""

from __future__ import annotations

from scoring.languages import get_language


def readability(text: str, lang: str) -> dict[str, float | str | None]:
    """Reading ease, grade and the formula names for ``text`` in ``lang`` (None when not measurable).

    The formulas come from the language pack (:meth:`~scoring.languages.base.Language.readability`).
    """
    language = get_language(lang)
    if language.readability_formulas is None:
        return {"readability_reading_ease": None, "readability_grade": None, "readability_formulas": None}
    ease_name, grade_name = language.readability_formulas
    figures = language.readability(text) if text.strip() else None
    if figures is None:
        return {"readability_reading_ease": None, "readability_grade": None, "readability_formulas": f"{ease_name}; {grade_name}"}
    ease, grade = figures
    return {
        "readability_reading_ease": round(float(ease), 1),
        "readability_grade": round(float(grade), 1),
        "readability_formulas": f"{ease_name}; {grade_name}",
    }
