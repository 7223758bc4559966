"""Analysis time grows linearly with the length of a sentence and of an article (issue 11).

Timing would make a flaky test on a shared machine, so the work is counted
instead: every Python function call, plus every line executed in quellcheck's
own code (a loop inside a function is work too, and a call counter alone would
miss it). Each text is analysed at two lengths, ``n`` and ``4 n`` words: linear
work grows 4-fold, quadratic work 16-fold. The texts are the shapes that were
quadratic: no punctuation at all, very long comma-free clauses, a long sentence
of quotations and quotation marks, a sentence of capitalised words only (one
noun phrase that never ends), a paragraph full of abbreviations, and an article
of many short sentences with quotations. ``bench/linear_time.py`` measures the time.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pytest

from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ArticleInput

SCORING = str(Path(__file__).resolve().parents[1] / "scoring")
MAX_RATIO = 5.0  # 4 is linear; quadratic work gives 16

_WORDS = (
    "der die das ein und nicht auch Minister Regierung Polizei Sprecherin Bericht Zeitung Müller "
    "sagte erklärte betonte teilte mit sei habe soll sollen gewesen sein worden könnte wohl dass laut zufolge"
).split()
_CAPITALISED = "Die Der Große Koalition Regierung Polizei Bericht Zeitung Müller Berlin Sagte Laut Zufolge Und".split()


def _words(n: int, seed: int, vocabulary: list[str] = _WORDS) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(vocabulary) for _ in range(n))


def unpunctuated(n: int) -> str:
    return "Müller " + _words(n, 1)


def long_clauses(n: int) -> str:
    """Four comma-free clauses of n/4 words each in one sentence, each opened by a noun phrase
    (a determiner opens a prefield that may run on to the verb)."""
    return "Der Minister sagte, " + ", ".join("die Regierung " + _words(n // 4, seed) for seed in range(4)) + "."


def quotations(n: int) -> str:
    """One sentence of quotations with their speakers, and a run of marks that open ("“ “ “")."""
    rng = random.Random(3)
    pieces = ["„Das ist ja gut“, sagte Müller,", "„Nein“", '"Wort"', "«Wort»", "sagte", "Polizei", "„", "“"]
    body = " ".join(rng.choice(pieces) for _ in range(n // 3))
    return body + " " + "“ " * (n // 4) + "Ende."


def capitalised(n: int) -> str:
    return _words(n, 4, _CAPITALISED) + "."


def abbreviations(n: int) -> str:
    """One paragraph in which every sentence holds multi-part abbreviations ("z. B.", "u. a.")."""
    return " ".join(["Er kam z. B. u. a. d. h. z. B. u. a. heim."] * (n // 11))


def quoted_sentences(n: int) -> str:
    """Many short sentences in paragraphs of three, each with a quotation."""
    sentence = "„Wir bleiben hier“, sagte die Sprecherin."
    return "\n\n".join(" ".join([sentence] * 3) for _ in range(n // 18))


def _analyse(text: str) -> None:
    inp = ArticleInput(name="t", content=text, markup="txt", input_format="txt", input_sha256="0" * 64)
    analyze_input(inp, AnalysisOptions(lang="de"))


def _work(text: str) -> int:
    """Function calls anywhere, plus lines executed in quellcheck's own modules, while analysing ``text``."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Callable | None:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def on_call(frame: FrameType, event: str, arg: object) -> Callable | None:
        nonlocal count
        count += 1
        return local if frame.f_code.co_filename.startswith(SCORING) else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        _analyse(text)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize(
    ("make", "n"),
    [
        pytest.param(unpunctuated, 1000, id="no punctuation"),
        pytest.param(long_clauses, 1000, id="long comma-free clauses"),
        pytest.param(quotations, 1000, id="sentence of quotation marks"),
        pytest.param(capitalised, 1000, id="only capitalised words"),
        pytest.param(abbreviations, 1000, id="paragraph of abbreviations"),
        pytest.param(quoted_sentences, 1000, id="many quoted sentences"),
    ],
)
def test_work_grows_linearly_with_length(make: Callable[[int], str], n: int) -> None:
    short, long = make(n), make(4 * n)
    _analyse(short)  # load lexicons, patterns and the language model outside the count
    small, large = _work(short), _work(long)
    assert large / small <= MAX_RATIO, (
        f"{n} words: {small:,} steps, {4 * n} words: {large:,} steps ({large / small:.1f}×; linear is 4×)"
    )
