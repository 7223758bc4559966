"""The teaching flow for a class in Chromium (issue 16, teachers): title and numbering, the fifth key,
found / missed / extra passages marked in the text after "Check", worksheet and answer key in new tabs,
marks that survive a reload and "back", and the export download. A screenshot of the checked exercise
is saved under the test's tmp directory (and kept in tests/artifacts/ when a test fails).

Skipped with a reason when Chromium or Playwright is missing (no browser is ever downloaded).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_support import NEEDS_CHROMIUM, headless_chromium, live_app
from conftest import ROOT
from scoring import analyze
from scoring.web.teach import reference_annotations

ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    NEEDS_CHROMIUM,
    pytest.mark.slow,  # `make test-fast` leaves these out
]

ARTICLE = """Brückenstreit in Lindenbach

Verwandte Videos:

Die Gemeinde Lindenbach baut eine neue Brücke über den Mühlbach. Es ist kein Zufall, dass das Regime im Rathaus dazu schweigt.

Laut der Bürgermeisterin kostet der Bau angeblich 20 Millionen Euro. Die "Sparkoalition" im Gemeinderat streitet seit Wochen. Zweifellos wird der Streit noch lange dauern."""


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_app(workers=0) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture
def page(browser, base_url, request) -> Iterator[Any]:
    """A page in a fresh context: requests only to the app, no console errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="de-DE")
    blocked: list[str] = []
    errors: list[str] = []
    context.route(lambda url: not url.startswith(base_url + "/"), lambda route: (blocked.append(route.request.url), route.abort()))
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.base = base_url
    failed_before = request.session.testsfailed
    yield page
    if request.session.testsfailed > failed_before:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"teaching-{request.node.name}.png"), full_page=True)
    context.close()
    assert blocked == [] and errors == [], (blocked, errors)


def _start(page, text: str = ARTICLE) -> None:
    page.goto(f"{page.base}/teach?lang=de")
    page.fill("#text", text)
    with page.expect_navigation():
        page.click("form.input-form button[type=submit]")
    page.locator("#article").wait_for()


_SELECT = """([start, end]) => {
  function locate(offset, isEnd) {
    for (const s of document.querySelectorAll('#article .ts')) {
      const a = Number(s.dataset.start), b = Number(s.dataset.end);
      if (offset < a || offset > b || (offset === b && !isEnd)) continue;
      let rest = offset - a;
      const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (rest <= node.length) return [node, rest];
        rest -= node.length;
      }
    }
    throw new Error('offset ' + offset + ' is in no sentence');
  }
  const [startNode, startOffset] = locate(start, false);
  const [endNode, endOffset] = locate(end, true);
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  window.getSelection().removeAllRanges();
  window.getSelection().addRange(range);
  return window.getSelection().toString();
}"""


def _mark(page, passage: str, key: str) -> None:
    """Select ``passage`` in the article and label it with the keyboard shortcut ``key``."""
    text = analyze(ARTICLE).text
    start = text.index(passage)
    assert page.evaluate(_SELECT, [start, start + len(passage)]) == passage
    page.keyboard.press(key)


def _marks(page) -> list[str]:
    return page.locator("#marks li").all_inner_texts()


def _after(page, selector: str) -> str:
    """The generated label of an element (CSS ::after), as a screen reader reads it."""
    return page.eval_on_selector(selector, "el => getComputedStyle(el, '::after').content")


def test_the_checked_exercise_marks_found_missed_and_extra_in_the_text(page, tmp_path) -> None:
    _start(page)
    assert page.title().startswith("Brückenstreit in Lindenbach")
    assert page.locator("h1").inner_text() == "Brückenstreit in Lindenbach"
    numbers = page.eval_on_selector_all("#article .ts", "els => els.map(e => [e.textContent, e.dataset.n || null])")
    assert numbers[:3] == [["Brückenstreit in Lindenbach", None], ["Verwandte Videos:", None],
                           ["Die Gemeinde Lindenbach baut eine neue Brücke über den Mühlbach.", "1"]]  # fmt: skip
    assert page.eval_on_selector("#t-1", "el => getComputedStyle(el, '::before').content") == "none"
    assert page.eval_on_selector("#t-2", "el => getComputedStyle(el, '::before').content") == '"1"'

    _mark(page, "Regime", "3")  # loaded wording: found
    _mark(page, "Es ist kein Zufall", "5")  # unsupported certainty, the fifth key: found
    _mark(page, "Mühlbach", "1")  # not a hedge: extra
    assert page.locator("#marks li .cat").all_inner_texts() == ["Absicherung", "Gewissheit ohne Beleg", "Wertende Sprache"]
    assert page.locator("#article mark.lm-booster").inner_text() == "Es ist kein Zufall"
    assert page.locator("#article [data-result]").count() == 0  # nothing is judged before "Check"

    page.get_by_role("button", name="Prüfen").click()
    page.locator("#results").wait_for(state="visible")
    found = page.locator("#article mark.r-found")
    assert sorted(found.all_inner_texts()) == ["Es ist kein Zufall", "Regime"]
    assert page.locator("#article mark.r-extra").inner_text() == "Mühlbach"
    missed = page.locator("#article .r-missed")
    analysis = analyze(ARTICLE)
    unmarked = [a for a in reference_annotations(analysis) if a.category not in ("loaded", "booster")]
    missed_text = "".join(missed.all_inner_texts())
    for item in unmarked + [a for a in reference_annotations(analysis) if a.text == "Zweifellos"]:
        assert analysis.text[item.spans[-1][0] : item.spans[-1][1]] in missed_text, item

    # told apart without colour: line style, and a symbol with a word that is read aloud
    styles = {kind: page.eval_on_selector(f"#article .r-{kind}", "el => { const s = getComputedStyle(el); "
                                          "return [s.textDecorationLine, s.textDecorationStyle, s.outlineStyle]; }")
              for kind in ("found", "extra", "missed")}  # fmt: skip
    assert styles["found"][:2] == ["underline", "solid"] and styles["extra"][:2] == ["underline", "wavy"]
    assert styles["missed"][2] == "dashed" and styles["missed"][0] == "none"
    assert _after(page, "#article mark.r-found[data-result]") == '"✓ gefunden"'
    assert _after(page, "#article mark.r-extra[data-result]") == '"+ zusätzlich"'
    assert "○ übersehen: " in _after(page, "#article .r-missed[data-result]")
    assert "Gewissheit ohne Beleg" in page.locator("#article .r-missed[data-result]").evaluate_all(
        "els => els.map(e => e.dataset.result).join(' ')")
    # the labels are not text of the article: a selection over a marked passage still gives the article's offsets
    assert page.evaluate("document.getElementById('article').textContent").count("gefunden") == 0

    # the side list: the certainty the learner marked as a hedge would say what quellcheck gave it
    assert "✓ Gefunden: 2" in page.locator("#totals").inner_text()
    assert "„Mühlbach“" in page.locator(".result-hedge .list-extra").inner_text()
    scare = page.locator(".result-scare_quote .list-missed").inner_text()
    assert '"Sparkoalition"' in scare and '„"' not in scare and '"“' not in scare  # the marks once

    page.locator("#results").scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    shot = tmp_path / "teaching-flow.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_a_mark_of_another_category_is_named_in_the_feedback(page) -> None:
    _start(page)
    _mark(page, "kein Zufall", "1")  # marked as a hedge; quellcheck calls it unsupported certainty
    page.get_by_role("button", name="Prüfen").click()
    page.locator("#results").wait_for(state="visible")
    extra = page.locator(".result-hedge .list-extra li").inner_text()
    assert "quellcheck markiert hier: Gewissheit ohne Beleg" in extra
    assert "du hast es markiert als: Absicherung" in page.locator(".result-booster .list-missed li").first.inner_text()


def test_marks_survive_reload_and_back_and_stay_in_the_browser(page) -> None:
    requests: list[tuple[str, str]] = []
    page.on("request", lambda r: requests.append((r.method, r.url)))
    _start(page)
    _mark(page, "Regime", "3")
    _mark(page, "angeblich", "1")
    before = _marks(page)
    assert len(before) == 2
    stored = page.evaluate("Object.keys(sessionStorage)")
    assert any(k.startswith("quellcheck:teach-marks:") for k in stored)
    assert not any("api" in url for _, url in requests)  # no mark went to the server

    page.reload()
    page.locator("#article").wait_for()
    assert _marks(page) == before
    assert page.locator("#article mark.lm-loaded").inner_text() == "Regime"

    with page.expect_navigation():
        page.get_by_role("button", name="In der Redaktionsansicht öffnen").click()
    assert page.locator(".quellcheck-report").count() == 1
    page.go_back()
    page.locator("#article").wait_for()
    assert _marks(page) == before

    with page.expect_navigation():  # the language switch posts the text again, too
        page.locator(".langs button[lang='en']").click()
    assert page.locator("#h-label").inner_text() == "Mark the selection as" and _marks(page) == [m.replace("Wertende Sprache", "Loaded wording").replace("Absicherung", "Hedge") for m in before]

    page.get_by_role("button", name="Clear all").click()
    page.reload()
    page.locator("#article").wait_for()
    assert _marks(page) == []


def test_worksheet_and_answer_key_open_in_new_tabs(page) -> None:
    _start(page)
    _mark(page, "Regime", "3")
    for button, heading in (("Arbeitsblatt", "Arbeitsblatt"), ("Lösung", "Lösung")):
        with page.context.expect_page() as new_tab:
            page.get_by_role("button", name=button).click()
        sheet = new_tab.value
        sheet.wait_for_load_state()
        assert sheet.locator(".sheet-meta").inner_text().startswith(heading)
        assert sheet.locator("h1").inner_text() == "Brückenstreit in Lindenbach"
        if button == "Lösung":
            row = sheet.locator("#key-loaded tbody tr").first.inner_text()
            assert "Regime" in row and "Regierung" in row  # with the neutral suggestion
        sheet.close()
    assert page.url.endswith("/teach?lang=de&resume=" + analyze(ARTICLE).article["text_sha256"])
    assert len(_marks(page)) == 1 and page.locator("#article mark.lm-loaded").count() == 1  # the exercise is untouched


def test_the_export_downloads_the_marks(page) -> None:
    _start(page)
    _mark(page, "Regime", "3")
    page.locator("#export summary").click()
    page.get_by_label("Name oder Kürzel").fill("Mia")
    with page.expect_download() as info:
        page.get_by_role("button", name="Meine Markierungen (JSONL)").click()
    rows = [json.loads(line) for line in Path(info.value.path()).read_text(encoding="utf-8").splitlines()]
    assert info.value.suggested_filename.endswith("-Mia.jsonl")
    assert [(r["category"], r.get("passage"), r["coder"]) for r in rows] == [("none", None, "Mia"), ("loaded", "Regime", "Mia")]
    assert page.locator("#article mark.lm-loaded").count() == 1  # still on the exercise
