"""Teaching mode for a class (issue 16, teachers): the exercise's title and sentence numbers, unsupported
certainty as a fifth category, what the feedback says about other categories, the answer key's
suggestions, quotation marks in messages, and the export for ``quellcheck evaluate`` / ``agree``.

Through the app's test client; the browser side (marks in the text, new tabs, reload and "back") is in
test_teaching_browser.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterator

import pytest
from lxml import html as lxml_html

from conftest import run_cli
from scoring import analyze
from scoring.results import ArticleAnalysis
from scoring.web import create_app
from scoring.web.teach import (
    AGREE_CATEGORIES,
    AGREE_KINDS,
    QUELLCHECK_CODER,
    TEACH_CATEGORIES,
    exercise_title,
    quoted,
    reference_annotations,
    sentence_numbers,
)

with warnings.catch_warnings():  # starlette's notice about a future httpx: not ours to fix
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

# A short local news item with a headline, site furniture and a picture caption around the body.
ARTICLE = """Brückenstreit in Lindenbach

Verwandte Videos:

Die Gemeinde Lindenbach baut eine neue Brücke über den Mühlbach. Es ist kein Zufall, dass das Regime im Rathaus dazu schweigt.

Der alte Steg im Frühjahr (Archivbild) Foto © Gemeinde Lindenbach

Laut der Bürgermeisterin kostet der Bau angeblich 20 Millionen Euro. Die "Sparkoalition" im Gemeinderat streitet seit Wochen. Der Kämmerer sagte, das sei zweifellos zu teuer. Zweifellos wird der Streit noch lange dauern."""
FORM = {"text": ARTICLE, "markup": "txt", "article_lang": "auto"}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(workers=0), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def article() -> ArticleAnalysis:
    return analyze(ARTICLE)


def _doc(response) -> lxml_html.HtmlElement:
    assert response.status_code == 200, response.text[-500:]
    return lxml_html.fromstring(response.text)


def _span(analysis: ArticleAnalysis, passage: str, category: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = analysis.text.index(passage, start + 1)
    return {"start": start, "end": start + len(passage), "category": category}


def _check(client, spans: list[dict]) -> dict[str, dict]:
    response = client.post("/api/teach/check", json={"text": ARTICLE, "ui": "de", "spans": spans})
    assert response.status_code == 200, response.text
    return {c["category"]: c for c in response.json()["categories"]}


# --- the exercise's title and sentence numbers ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "markup", "expected"),
    [
        ("Ein Satz.", "txt", "Ein Satz"),
        ("Kurz", "txt", "Kurz"),
        ("# Neue Brücke für Lindenbach\n\nDie Gemeinde baut eine Brücke.", "md", "Neue Brücke für Lindenbach"),
        ("<html><head><title>Brücke im Bau</title></head><body><p>Die Gemeinde baut eine Brücke.</p></body></html>", "html", "Brücke im Bau"),
        # furniture first: the first words of the first body sentence, not "Verwandte Videos:"
        ("Verwandte Videos:\n\nDie Gemeinde baut eine Brücke.", "txt", "Die Gemeinde baut eine Brücke"),
        ("Verwandte Videos:\n\nDie Gemeinde Lindenbach baut im kommenden Jahr für viel Geld eine neue Brücke über den Mühlbach.",
         "txt", "Die Gemeinde Lindenbach baut im kommenden Jahr für viel Geld …"),
    ],
)  # fmt: skip
def test_exercise_title(text, markup, expected) -> None:
    assert exercise_title(analyze(text, markup=markup, lang="de")) == expected


def test_a_text_without_sentences_has_no_title() -> None:
    assert exercise_title(ArticleAnalysis(article={"article_id": "t", "text": ""})) is None


def test_the_exercise_and_its_sheets_are_titled_with_the_article(client) -> None:
    for path in ("/teach", "/teach/worksheet", "/teach/answers"):
        doc = _doc(client.post(f"{path}?lang=de", data=FORM))
        assert "Brückenstreit in Lindenbach" in doc.findtext(".//title"), path
        headings = [h.text_content() for h in doc.iter("h1")]
        assert headings == ["Brückenstreit in Lindenbach"], path  # once: on the exercise the headline is the heading
    untitled = ARTICLE.split("\n\n", 1)[1]  # without the headline: the first words of the body
    doc = _doc(client.post("/teach?lang=en", data={**FORM, "text": untitled}))
    assert doc.findtext(".//title").startswith("Die Gemeinde Lindenbach baut eine neue Brücke über den Mühlbach")
    assert "Practise source criticism" not in doc.findtext(".//title")


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ([], {}),
        (["heading"], {}),
        (["body"], {0: 1}),
        (["boilerplate", "body", "caption", "body", "question", "heading", "body"], {1: 1, 3: 2, 6: 3}),
    ],
)
def test_sentence_numbers_count_body_sentences_only(kinds, expected) -> None:
    assert sentence_numbers([{"sent_id": n, "kind": kind} for n, kind in enumerate(kinds)]) == expected


def test_site_furniture_is_shown_but_not_numbered(client, article) -> None:
    doc = _doc(client.post("/teach?lang=de", data=FORM))
    spans = doc.xpath("//div[@id='article']//span[contains(@class, 'ts')]")
    assert len(spans) == len(article.sentences)  # every sentence is there, so every passage can be marked
    numbered = [(span.text_content(), span.get("data-n")) for span in spans if span.get("data-n")]
    body = [s["text"] for s in article.sentences if s["kind"] == "body"]
    assert numbered == [(text, str(n)) for n, text in enumerate(body, start=1)]
    unnumbered = [span.text_content() for span in spans if not span.get("data-n")]
    assert unnumbered == ["Brückenstreit in Lindenbach", "Verwandte Videos:", "Der alte Steg im Frühjahr (Archivbild)",
                          "Foto © Gemeinde Lindenbach"]  # fmt: skip


def test_a_seed_article_starts_with_its_first_body_sentence(client, shared) -> None:
    # 001 has no headline and opens with "Verwandte Videos:" (the example of the issue)
    from conftest import SEED_001

    text = SEED_001.read_text(encoding="utf-8")
    analysis = analyze(text.replace("\r\n", "\n"))
    first_body = next(s for s in analysis.sentences if s["kind"] == "body")
    doc = _doc(client.post("/teach?lang=de", data={**FORM, "text": text}))
    spans = doc.xpath("//div[@id='article']//span[contains(@class, 'ts')]")
    assert spans[0].text_content() == "Verwandte Videos:" and spans[0].get("data-n") is None
    assert doc.xpath(f"//span[@id='t-{first_body['sent_id']}']")[0].get("data-n") == "1"
    title = doc.findtext(".//title")
    assert title.startswith(" ".join(first_body["text"].split()[:3])) and "Quellenkritik üben" not in title


def test_results_and_answer_key_name_sentences_by_body_number(client, article) -> None:
    result = _check(client, [_span(article, "Regime", "loaded")])
    assert result["loaded"]["found"][0]["where"] == "Satz 2"  # the second body sentence, the fourth of the text
    doc = _doc(client.post("/teach/answers?lang=de", data=FORM))
    rows = {r.xpath("td")[1].text_content(): r.xpath("td")[0].text_content() for r in doc.xpath("//section[@id='key-loaded']//tbody/tr")}
    assert rows["Regime"] == "2"


# --- unsupported certainty, and marks of another category ------------------------------------------


def test_unsupported_certainty_is_the_fifth_category(client, article) -> None:
    doc = _doc(client.post("/teach?lang=de", data=FORM))
    buttons = doc.xpath("//div[@class='label-buttons']/button")
    assert [b.get("data-category") for b in buttons] == list(TEACH_CATEGORIES)
    assert [b.findtext("kbd") for b in buttons] == ["1", "2", "3", "4", "5"]
    assert buttons[4].get("data-category") == "booster" and "Gewissheit ohne Beleg" in buttons[4].text_content()
    boosters = [a.text for a in reference_annotations(article) if a.category == "booster"]
    # in the writer's voice and without a named source; "zweifellos" in the Kämmerer's words is his certainty
    assert boosters == ["Es ist kein Zufall", "Zweifellos"]


def test_a_certainty_mark_is_found(client, article) -> None:
    result = _check(client, [_span(article, "Es ist kein Zufall", "booster"), _span(article, "zweifellos", "booster")])
    assert [x["text"] for x in result["booster"]["found"]] == ["Es ist kein Zufall"]
    assert [x["text"] for x in result["booster"]["missed"]] == ["Zweifellos"]
    assert [x["text"] for x in result["booster"]["extra"]] == ["zweifellos"]  # the source's word, not the writer's
    assert result["booster"]["extra"][0]["elsewhere"] == []


def test_a_mark_of_another_category_says_which_one_quellcheck_gave(client, article) -> None:
    result = _check(client, [_span(article, "kein Zufall", "hedge"), _span(article, "Regime", "booster")])
    hedge_extra = result["hedge"]["extra"][0]
    assert hedge_extra["text"] == "kein Zufall"
    assert [e["label"] for e in hedge_extra["elsewhere"]] == ["Gewissheit ohne Beleg"]
    assert hedge_extra["elsewhere"][0]["explanation"]  # and why quellcheck marks it so
    assert [e["category"] for e in result["booster"]["extra"][0]["elsewhere"]] == ["loaded"]
    # and the other way round: the passage quellcheck gave another category says what the learner chose
    missed = {x["text"]: x["marked_as"] for c in result.values() for x in c["missed"]}
    assert missed["Es ist kein Zufall"] == ["Absicherung"] and missed["Regime"] == ["Gewissheit ohne Beleg"]
    assert missed["Zweifellos"] == []


def test_the_check_takes_certainty_marks(client, article) -> None:
    response = client.post("/api/teach/check", json={"text": ARTICLE, "spans": [{"start": 0, "end": 3, "category": "foreign"}]})
    assert response.status_code == 422 and "spans.0.category" in response.json()["error"]


# --- suggestions and quotation marks --------------------------------------------------------------


def test_the_answer_key_gives_the_neutral_suggestions(client, article) -> None:
    doc = _doc(client.post("/teach/answers?lang=de", data=FORM))
    assert doc.xpath("//section[@id='key-loaded']//th")[-1].text_content() == "Vorschlag"
    for item in reference_annotations(article):
        if not item.suggestion:
            continue
        rows = doc.xpath(f"//section[@id='key-{item.category}']//tbody/tr")
        cells = [[td.text_content() for td in row.xpath("td")] for row in rows]
        assert [item.text, item.suggestion] in [[c[1], c[3]] for c in cells], item
    regime = next(c for c in article.cues if c["text"] == "Regime")
    loaded = [[td.text_content() for td in row.xpath("td")] for row in doc.xpath("//section[@id='key-loaded']//tbody/tr")]
    assert regime["suggestion"] and loaded[0][1:4:2] == ["Regime", regime["suggestion"]]


def test_the_check_gives_the_suggestion(client, article) -> None:
    result = _check(client, [_span(article, "Regime", "loaded")])
    regime = next(c for c in article.cues if c["text"] == "Regime")
    assert result["loaded"]["found"][0]["suggestion"] == regime["suggestion"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("", "de", "„“"),
        ('"', "de", "„\"“"),
        ("Regime", "de", "„Regime“"),
        ("Regime", "en", "“Regime”"),
        ('"Sparkoalition"', "de", '"Sparkoalition"'),
        ("„Sparkoalition“", "de", "„Sparkoalition“"),
        ("»Sparkoalition«", "de", "»Sparkoalition«"),
        ("“Experts”", "en", "“Experts”"),
        ('"halb zitiert', "de", '„"halb zitiert“'),
    ],
)
def test_quoted(text, lang, expected) -> None:
    assert quoted(text, lang) == expected


@pytest.mark.parametrize("mark", ['"Sparkoalition"', "„Sparkoalition“"])
def test_a_scare_quote_message_has_its_marks_once(client, mark) -> None:
    text = f"Die {mark} im Gemeinderat streitet seit Wochen."
    response = client.post("/api/teach/check", json={"text": text, "ui": "de", "spans": []})
    missed = next(c for c in response.json()["categories"] if c["category"] == "scare_quote")["missed"]
    assert [x["quoted"] for x in missed] == [mark]
    assert not re.search(r"[„“\"]{2}", missed[0]["quoted"])


# --- the export for quellcheck evaluate and quellcheck agree -------------------------------------


def _export(client, fmt: str, who: str, spans: list[dict] | None = None, coder: str = "", text: str = ARTICLE, markup: str = "txt"):
    data = {"text": text, "markup": markup, "article_lang": "auto", "who": who, "coder": coder}
    if spans is not None:
        data["spans"] = json.dumps(spans)
    return client.post(f"/teach/export/{fmt}?lang=de", data=data)


def _jsonl(response) -> list[dict]:
    assert response.status_code == 200, response.text[-500:]
    assert response.headers["content-disposition"].startswith("attachment;")
    return [json.loads(line) for line in response.text.splitlines()]


def test_the_export_carries_the_text_and_one_coder(client, article) -> None:
    rows = _jsonl(_export(client, "jsonl", "learner", [_span(article, "Regime", "loaded")], coder="Mia K."))
    header, *marks = rows
    assert header == {"article_id": article.article_id, "category": "none", "coder": "Mia K.",
                      "title": "Brückenstreit in Lindenbach", "text": article.text}  # fmt: skip
    assert marks == [{"article_id": article.article_id, "category": "loaded", "start": article.text.index("Regime"),
                      "end": article.text.index("Regime") + 6, "passage": "Regime", "coder": "Mia K."}]  # fmt: skip
    response = _export(client, "jsonl", "learner", [], coder="Łukasz Ö/1")
    assert response.headers["content-disposition"].endswith('-ukasz_1.jsonl"')  # an ASCII file name
    assert _jsonl(response)[0]["coder"] == "Łukasz Ö/1"


def test_a_learners_attribution_mark_stands_for_its_sentence(client, article) -> None:
    mark = _span(article, "Kämmerer", "attribution")
    (row,) = _jsonl(_export(client, "jsonl", "learner", [mark]))[1:]
    sentence = next(s for s in article.sentences if s["start"] <= mark["start"] < s["end"])
    assert (row["start"], row["end"]) == (sentence["start"], sentence["end"])
    assert (row["mark_start"], row["mark_end"], row["passage"]) == (mark["start"], mark["end"], "Kämmerer")


@pytest.mark.parametrize(
    ("text", "markup"),
    [(ARTICLE, "txt"), ("# Brückenstreit\n\n" + ARTICLE.split("\n\n", 1)[1].replace("\n\n", "\n\n* ", 1), "md")],
)
def test_quellchecks_passages_round_trip_through_evaluate(client, tmp_path, text, markup) -> None:
    rows = _jsonl(_export(client, "jsonl", "quellcheck", text=text, markup=markup))
    analysis = analyze(text, markup=markup)
    taught = reference_annotations(analysis)
    assert [r["coder"] for r in rows] == [QUELLCHECK_CODER] * (len(taught) + 1)
    gold = tmp_path / "quellcheck.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = run_cli("evaluate", str(gold), "--format", "json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["capabilities"]
    for category in TEACH_CATEGORIES:
        wanted = sum(1 for a in taught if a.category == category)
        if not wanted:
            continue
        # every exported passage is one of quellcheck's: evaluate, analysing the exported text again, finds each
        assert figures[category]["gold"] == wanted, category
        assert figures[category]["recall"] == 1.0, (category, figures[category])
    assert figures["attribution_cue"]["recall"] == 1.0


def test_a_learners_marks_round_trip_through_evaluate(client, article, tmp_path) -> None:
    spans = [_span(article, "Regime", "loaded"), _span(article, "angeblich", "hedge"), _span(article, "Mühlbach", "hedge"),
             _span(article, "Bürgermeisterin", "attribution")]  # fmt: skip
    gold = tmp_path / "mia.jsonl"
    gold.write_text(_export(client, "jsonl", "learner", spans, coder="Mia").text, encoding="utf-8")
    result = run_cli("evaluate", str(gold), "--format", "json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["capabilities"]
    assert (figures["loaded"]["gold"], figures["loaded"]["matched"]) == (1, 1)
    assert (figures["hedge"]["gold"], figures["hedge"]["matched"]) == (2, 1)  # "Mühlbach" is no hedge
    assert (figures["attribution"]["gold"], figures["attribution"]["matched"]) == (1, 1)
    assert "booster" not in figures  # evaluate compares only the categories a file marks


def test_sentence_codes_for_agree(client, article, tmp_path) -> None:
    spans = [_span(article, "Regime", "loaded"), _span(article, "Zweifellos", "booster")]
    response = _export(client, "csv", "learner", spans, coder="Mia")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    coded = [s for s in article.sentences if s["kind"] in AGREE_KINDS]
    assert len(rows) == len(coded) * len(AGREE_CATEGORIES)
    ones = {(int(r["sent_id"]), r["category"]) for r in rows if r["label"] == "1"}
    regime = next(c for c in article.cues if c["text"] == "Regime")["sent_id"]
    last = next(c for c in article.cues if c["text"] == "Zweifellos")["sent_id"]
    assert ones == {(regime, "loaded"), (last, "hedge")}  # agree counts certainty with hedges

    # a class: two learners and quellcheck's passages in one file, as agree reads it
    other = _export(client, "csv", "learner", [_span(article, "Regime", "loaded"), _span(article, "Es ist kein Zufall", "booster")], coder="Ben")
    machine = _export(client, "csv", "quellcheck")
    assert {r["coder"] for r in csv.DictReader(io.StringIO(machine.text))} == {QUELLCHECK_CODER}
    lines = response.text.splitlines() + other.text.splitlines()[1:] + machine.text.splitlines()[1:]
    codes = tmp_path / "class.csv"
    codes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("agree", str(codes))
    assert result.returncode == 0, result.stderr
    assert "Ben vs Mia" in result.stdout and f"Mia vs {QUELLCHECK_CODER}" in result.stdout


def test_the_agree_constants_are_agrees() -> None:
    from scoring.research.agreement import CATEGORIES, CODED_KINDS

    assert (AGREE_CATEGORIES, AGREE_KINDS) == (CATEGORIES, CODED_KINDS)


@pytest.mark.parametrize(
    ("path", "data", "status", "message"),
    [
        ("/teach/export/jsonl", {"who": "learner", "spans": "[{"}, 422, "Die Markierungen sind ungültig: Invalid JSON"),
        ("/teach/export/jsonl", {"who": "learner", "spans": '{"start": 1}'}, 422, "Die Markierungen sind ungültig"),
        ("/teach/export/jsonl", {"who": "learner", "spans": '[{"start": 0, "end": 3, "category": "foreign"}]'}, 422, "0.category"),
        ("/teach/export/jsonl", {"who": "learner", "spans": '[{"start": 5, "end": 100000, "category": "hedge"}]'}, 422, "outside the text"),
        ("/teach/export/csv", {"who": "class"}, 400, "who='class'"),
        ("/teach/export/xlsx", {"who": "learner"}, 404, "Diese Seite gibt es nicht"),
        ("/teach/export/jsonl", {"who": "learner", "text": "  "}, 400, "Bitte einen Text einfügen"),
    ],
)  # fmt: skip
def test_bad_exports_get_one_clear_message(client, path, data, status, message) -> None:
    response = client.post(f"{path}?lang=de", data={**FORM, **data})
    assert response.status_code == status
    error = lxml_html.fromstring(response.text).xpath("//p[@class='error']")[0].text_content()
    assert message in error and "Traceback" not in response.text
