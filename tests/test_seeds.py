"""The two seed articles in ../shared: headings, boilerplate, joins, and the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED_000, SEED_001, run_cli
from scoring import analyze


def sentences(path: Path) -> list[tuple[str, str]]:
    return [(s["kind"], s["text"]) for s in analyze(path.read_text(encoding="utf-8")).sentences]


def test_seed_000_structure(shared: Path) -> None:
    found = sentences(SEED_000)
    kinds = dict((text, kind) for kind, text in found)
    assert found[0][0] == "heading"
    assert kinds["Verwandte Videos:"] == "boilerplate"
    assert kinds["Archiviert unter:"] == "boilerplate"
    assert kinds["CiberCuba-Redaktionsteam"] == "boilerplate"
    credit = [text for kind, text in found if text.startswith("Foto ©")]
    assert credit and kinds[credit[0]] == "boilerplate"
    assert any(kind == "caption" and "(Referenzbild)" in text for kind, text in found)
    # the FAQ questions stand alone, the FAQ heading is a heading
    assert sum(1 for kind, _ in found if kind == "question") == 4
    assert any(kind == "heading" and text.startswith("Häufig gestellte Fragen") for kind, text in found)
    # the author box after "Archiviert unter:" is boilerplate, and nothing after it is body
    tail = found[[text for _, text in found].index("Archiviert unter:") :]
    assert {kind for kind, _ in tail} == {"boilerplate"}
    # thousands separators stay inside their sentence
    assert any("1.076 Kubaner" in text and text.endswith("verschwunden sein.") for _, text in found)
    assert any("zwischen 20.000 und 25.000 Kubaner" in text for _, text in found)


def test_seed_001_structure(shared: Path) -> None:
    found = sentences(SEED_001)
    assert found[0] == ("boilerplate", "Verwandte Videos:")
    assert found[-1] == ("boilerplate", "Archiviert unter:")
    headings = [text for kind, text in found if kind == "heading"]
    assert "Von der Rhetorik zur Abhängigkeit" in headings
    assert "Die Allianz der Kontrolle" in headings
    # "vom 3. Januar" and the heading with "technischer" are one sentence each
    [date] = [text for _, text in found if "Ereignisse vom 3." in text]
    assert "vom 3. Januar" in date and date.endswith("Regimes.")
    [tech] = [(kind, text) for kind, text in found if '"technischer"' in text]
    assert tech == ("heading", '2024: Demonstrationen von Stärke und "technischer" Zusammenarbeit')
    body = [text for kind, text in found if kind == "body"]
    assert all(text[-1] in '.!?“"' for text in body), [t for t in body if t[-1] not in '.!?“"']


def test_seed_articles_as_json_lines(shared: Path) -> None:
    result = run_cli("analyze", str(SEED_000), str(SEED_001), "--format", "json")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 2
    for obj, path in zip(objects, (SEED_000, SEED_001), strict=True):
        assert list(obj) == ["article", "sentences", "cues", "attributions", "sources", "claims", "links", "scores"]
        assert obj["article"]["article_id"] == path.stem
        text = obj["article"]["text"]
        assert obj["article"]["n_sentences"] == len(obj["sentences"])
        for row in obj["sentences"]:
            assert text[row["start"] : row["end"]] == row["text"]
        previous_end = -1
        for row in obj["sentences"]:
            assert row["start"] >= previous_end
            previous_end = row["end"]


@pytest.mark.parametrize("path", [SEED_000, SEED_001], ids=["000", "001"])
def test_seed_text_keeps_every_word(shared: Path, path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    text = analyze(raw).text
    assert text.split() == raw.split()
