"""English: read (sentences, boilerplate), not yet scored.

Lexicons in ``lexicons/``; readability with Flesch Reading Ease and
Flesch–Kincaid grade (textstat, syllables counted with pyphen, see
:mod:`scoring.languages.readability`).
"""

from __future__ import annotations

from scoring.languages.base import Language


class English(Language):
    code = "en"
    name = "English"
    scored = False
    readability_formulas = ("Flesch Reading Ease", "Flesch–Kincaid grade")

    def readability(self, text: str) -> tuple[float, float] | None:
        from scoring.languages.readability import metrics, prepare_syllables

        prepare_syllables("en")

        return metrics().flesch_reading_ease(text, "en"), metrics().flesch_kincaid_grade(text, "en")
