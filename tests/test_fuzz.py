"""Random Unicode through the API and the CLI: no exception but the project's documented errors.

The texts mix what scraped news really holds — lone surrogates (a cut emoji escaped in JSON),
control characters, bidi marks, combining sequences, zero-width characters, mixed scripts —
with German words, so that the analysis reaches every stage. The seed is fixed and the number
of examples bounded, so the test is deterministic and fast enough for CI.
"""

from __future__ import annotations

import pytest

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from scoring import analyze
from scoring.errors import QuellcheckError

pytestmark = pytest.mark.slow  # `make test-fast` leaves these out

WORDS = ["Die", "Stadt", "plant", "laut", "Polizei", "sagte", "„", "“", "Regime", "soll", ".", ",", ":", "\n", "\n\n", "#"]
SPECIAL = [
    "\ud800", "\udfff", "\ud83d", "\ude00", "\udc80",  # lone surrogates
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r",  # controls and odd line breaks
    "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069",  # bidi marks
    "\u0301", "\u0308", "\u20dd", "e\u0301", "\u1100\u1161",  # combining sequences
    "\u200b", "\ufeff", "\u00ad", "\ufffd",  # zero-width, BOM, soft hyphen, replacement character
    "Москва", "北京", "القاهرة", "Ἀθῆναι", "İstanbul", "ß", "ﬁ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "🙂",  # mixed scripts
]
pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(SPECIAL), st.text(max_size=4))
texts = st.lists(pieces, max_size=60).map(" ".join)


def assert_serialisable(result: object) -> None:
    obj = result.to_json_obj()  # type: ignore[attr-defined]
    json.dumps(obj, ensure_ascii=False).encode("utf-8")  # raises on a surrogate left anywhere


@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["de", "auto"]), markup=st.sampled_from(["txt", "md", "html"]))
def test_random_text_through_the_api(text: str, lang: str, markup: str) -> None:
    try:
        result = analyze(text, lang=lang, markup=markup, title=text[:20] or None)
    except QuellcheckError:
        return  # documented: empty text, unknown language, too little text
    assert_serialisable(result)
    result.tables()  # every table validates
    for row in result.sentences:
        assert result.text[row["start"] : row["end"]] == row["text"]


@settings(max_examples=5, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(texts, min_size=1, max_size=6))
def test_random_rows_through_the_cli(rows: list[str], tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("rows")
    source = folder / "rows.jsonl"
    good = "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie zwei Millionen Euro."
    lines = [json.dumps({"id": f"r{k}", "text": text, "title": text[:10]}) for k, text in enumerate(rows)]
    lines.append(json.dumps({"id": "good", "text": good}))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")  # json.dumps escapes surrogates: valid UTF-8
    result = run_cli("analyze", str(source), "--lang", "de", "-o", str(folder / "out.jsonl"))
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    output = (folder / "out.jsonl").read_text(encoding="utf-8")
    # one article is one indented object, several are JSON Lines
    written = [json.loads(output)] if output.startswith("{\n") else [json.loads(line) for line in output.splitlines()]
    assert "good" in [obj["article"]["article_id"] for obj in written]  # one bad row never drops the others
    failed = result.stderr.count("quellcheck: error:")
    assert len(written) + failed == len(rows) + 1


def test_a_corpus_with_surrogate_rows_finishes_and_resumes(tmp_path: Path) -> None:
    source = tmp_path / "rows.jsonl"
    text = "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie zwei Millionen Euro."
    rows = [{"id": f"a{k}", "text": text} for k in range(6)]
    rows[2]["text"] = text.replace("neue", "neue \ud83d")
    rows[4] = {"id": "b\udc80", "text": text, "section": {"name": "Lokal\ud800"}}
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("corpus", str(source), "-o", str(out), "--lang", "de", "--batch-size", "2")
    assert result.returncode == 0, result.stderr
    assert "replaced by U+FFFD" in result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["analysed"] == 6 and manifest["counts"]["warnings"] == 2
    resumed = run_cli("corpus", str(source), "-o", str(out), "--lang", "de", "--batch-size", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
