"""Spanish: read (sentences, boilerplate), not yet scored.

Lexicons in ``lexicons/``; readability with Fernández Huerta (1959) and
Crawford (1989) (textstat).
"""

from __future__ import annotations

from scoring.languages.base import Language


class Spanish(Language):
    code = "es"
    name = "Spanish"
    scored = False
    readability_formulas = ("Fernández Huerta", "Crawford")

    def readability(self, text: str) -> tuple[float, float] | None:
        from scoring.languages.readability import metrics, prepare_syllables

        prepare_syllables("es")

        return metrics().fernandez_huerta(text, "es"), metrics().crawford(text, "es")
