"""English: read (sentences, boilerplate), not yet scored.

Lexicons in ``lexicons/``; readability with Flesch Reading Ease and
Flesch–Kincaid grade (textstat). For English, textstat looks syllables up in
the CMU pronouncing dictionary and would try to download it through NLTK,
which cannot work offline; when that dictionary is not installed, textstat
is made to count English syllables with pyphen's hyphenation patterns (as it
does for every other language).
"""

from __future__ import annotations

from functools import lru_cache

from scoring.languages.base import Language


class English(Language):
    code = "en"
    name = "English"
    scored = False
    readability_formulas = ("Flesch Reading Ease", "Flesch–Kincaid grade")

    def readability(self, text: str) -> tuple[float, float] | None:
        from textstat.backend import metrics

        _offline_syllables()
        return metrics.flesch_reading_ease(text, "en"), metrics.flesch_kincaid_grade(text, "en")


@lru_cache(maxsize=1)
def _offline_syllables() -> None:
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
