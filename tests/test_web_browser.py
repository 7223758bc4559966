"""``quellcheck serve`` end to end: the app on a local port, driven in Debian's Chromium by Playwright.

Skipped with a reason when Chromium or Playwright is missing (no browser is ever downloaded).
Every page in these tests must stay on 127.0.0.1 (other requests are blocked and fail the test),
open no dialog (hostile text must not run) and log no console error (a CSP violation is one).
On failure a screenshot is kept in tests/artifacts/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from browser_support import NEEDS_CHROMIUM, headless_chromium, live_app
from conftest import ROOT, SEED_000
from scoring.web.teach import reference_annotations
from scoring import analyze
from scoring.aggregation.findings import find_findings
from scoring.languages import scored_codes

ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    NEEDS_CHROMIUM,
    pytest.mark.slow,  # `make test-fast` leaves these out
]

SAMPLE = (
    "Laut der Polizei wurde niemand verletzt. Das Regime soll angeblich 40 Millionen Euro veruntreut haben. "
    'Es ist kein Zufall, dass die "Experten" schweigen.'
)
_DISTRICTS = ["Altstadt", "Nordend", "Westhafen", "Südpark", "Ostheim", "Bergviertel", "Seeufer", "Lindenau",
              "Mühlberg", "Kirchfeld", "Am Markt", "Brückenkopf", "Gartenstadt", "Schlosshof", "Talblick"]  # fmt: skip
# A long article so that the last sentence starts out of view: a finding there must scroll to it.
LONG = "\n\n".join(
    [SAMPLE]
    + [f"Im Stadtteil {d} öffnete die Bücherei am Montag wieder. Die Leserinnen und Leser kamen am Vormittag." for d in _DISTRICTS]
    + ['Am Ende bleibt offen, warum die "Fachleute" im Rathaus dazu nichts sagen.']
)
HOSTILE = 'Der Bürgermeister schrieb <script>alert(1)</script> und <img src=x onerror=alert(1)> sowie {{ 7*7 }} in den Bericht.'
# English has no scorers yet (if it gets them, the test that uses this is skipped)
ENGLISH = ("According to the police, nobody was injured. The regime allegedly embezzled 40 million euros, "
           "officials said on Monday. Critics called the decision a scandal.")  # fmt: skip


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium() as chromium:
        yield chromium


@dataclass
class Session:
    """One browser page and everything it did that a test must check."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.blocked == [], f"requests to other hosts: {self.blocked}"
        assert all(url.startswith(self.base + "/") or url.startswith("data:") for url in self.requests), self.requests
        assert self.dialogs == [], f"a dialog opened (script ran): {self.dialogs}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def session(browser, base_url, request) -> Iterator[Session]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True, locale="de-DE")
    page = context.new_page()
    state = Session(page, base_url)
    context.route(lambda url: not url.startswith(base_url + "/"), lambda route: (state.blocked.append(route.request.url), route.abort()))
    context.on("request", lambda r: state.requests.append(r.url))
    page.on("dialog", lambda d: (state.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: state.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: state.errors.append(str(e)))
    failed_before = request.session.testsfailed
    yield state
    if request.session.testsfailed > failed_before:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"web-{request.node.name}.png"), full_page=True)
    context.close()


def _analyse(s: Session, text: str, path: str = "/", lang: str = "de") -> None:
    s.page.goto(f"{s.base}{path}?lang={lang}")
    s.page.fill("#text", text)
    with s.page.expect_navigation():
        s.page.click("form.input-form button[type=submit]")


def _in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }""")


# Select article text by offsets (as the learner would with the mouse): through the Selection API.
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
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}"""

_RECT = """([start, end]) => {
  const s = Array.from(document.querySelectorAll('#article .ts')).find(s => Number(s.dataset.start) <= start && end <= Number(s.dataset.end));
  const node = s.firstChild, a = start - Number(s.dataset.start);
  const range = document.createRange();
  range.setStart(node, a);
  range.setEnd(node, a + (end - start));
  const r = range.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
}"""


def _label(s: Session, start: int, end: int, category_label: str) -> str:
    selected = s.page.evaluate(_SELECT, [start, end])
    s.page.get_by_role("button", name=category_label).click()
    return selected


def _results(page) -> dict[str, dict[str, list[str]]]:
    """The check result as shown: per category, the text of each found/missed/extra item."""
    return page.evaluate("""() => {
      const out = {};
      for (const section of document.querySelectorAll('#result-list section')) {
        const lists = {};
        for (const kind of ['found', 'missed', 'extra']) {
          lists[kind] = Array.from(section.querySelectorAll('.list-' + kind + ' li')).map(li => li.textContent);
        }
        out[section.dataset.category] = lists;
      }
      return out;
    }""")


# --- editor ----------------------------------------------------------------------------------


def test_editor_highlights_tooltip_and_finding_click(session) -> None:
    page = session.page
    _analyse(session, LONG)
    regime = page.locator(".quellcheck-report .text .m-loaded").first
    assert regime.is_visible() and regime.inner_text().startswith("Regime")
    tip = regime.locator(".tip")
    assert not tip.is_visible()
    regime.hover()
    assert tip.is_visible() and "wertet" in tip.inner_text()

    finding = page.locator(".findings li[data-rule='scare-quote'] a.goto").last
    target = finding.get_attribute("href")
    assert target and target.startswith("#s-")
    assert not _in_viewport(page, target)  # the last sentence starts out of view
    finding.click()
    assert page.evaluate("document.activeElement.id") == target[1:]
    assert _in_viewport(page, target)
    assert "is-current" in page.get_attribute(target, "class")
    assert page.evaluate("location.hash") == target
    session.assert_clean()


def test_downloads_carry_the_text_back(session) -> None:
    page = session.page
    _analyse(session, SAMPLE)
    with page.expect_download() as info:
        page.get_by_role("button", name="HTML").click()
    html = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename.endswith(".html")
    assert html.startswith("<!doctype html>") and "Regime" in html and "m-loaded" in html
    with page.expect_download() as info:
        page.get_by_role("button", name="JSON").click()
    report = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert report["article"]["text"] == SAMPLE
    assert [f["rule"] for f in report["findings"]] == [f.rule for f in find_findings(analyze(SAMPLE))]
    assert page.locator(".findings").is_visible()  # still on the result page
    session.assert_clean()


def test_language_switch_on_a_result_page_keeps_the_text(session) -> None:
    page = session.page
    _analyse(session, SAMPLE)
    assert page.locator("h2#h-findings").inner_text().startswith("Hinweise")
    with page.expect_navigation():
        page.locator(".langs button[lang='en']").click()
    assert page.locator("h2#h-findings").inner_text().startswith("Findings")
    assert page.locator(".quellcheck-report .text .m-loaded").first.inner_text().startswith("Regime")
    session.assert_clean()


def test_hostile_text_stays_text_in_editor_and_teaching(session) -> None:
    page = session.page
    _analyse(session, HOSTILE)
    text = page.locator(".quellcheck-report .text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text and "{{ 7*7 }}" in text
    assert page.locator(".quellcheck-report img").count() == 0
    with page.expect_navigation():
        page.get_by_role("button", name="Im Unterrichtsmodus öffnen").click()
    analysis = analyze(HOSTILE)
    start = analysis.text.index("<script>")
    _label(session, start, start + len("<script>alert(1)</script>"), "Absicherung")
    assert page.locator("#marks li q").inner_text() == "<script>alert(1)</script>"
    page.get_by_role("button", name="Prüfen").click()
    page.locator("#results").wait_for(state="visible")
    assert "<script>alert(1)</script>" in _results(page)["hedge"]["extra"][0]
    assert page.locator("#article img, #results img").count() == 0
    session.assert_clean()


def test_upload_a_file(session) -> None:
    page = session.page
    page.goto(f"{session.base}/?lang=de")
    page.set_input_files("input[type=file]", files=[{"name": "artikel.md", "mimeType": "text/markdown",
                                                      "buffer": f"# Ein Titel\n\n{SAMPLE}\n".encode()}])  # fmt: skip
    with page.expect_navigation():
        page.get_by_role("button", name="Analysieren").click()
    assert page.locator(".quellcheck-report h1").inner_text() == "Ein Titel"
    assert page.locator(".findings li.finding").count() == len(find_findings(analyze(f"# Ein Titel\n\n{SAMPLE}\n", markup="md")))
    session.assert_clean()


def test_an_error_page_leads_back_to_the_filled_form(session) -> None:
    page = session.page
    _analyse(session, "   ")
    assert "Bitte einen Text einfügen" in page.locator(".error").inner_text()
    assert session.errors and all("status of 400" in e for e in session.errors)  # the browser logs the 400
    session.errors.clear()
    page.get_by_role("link", name="Zurück").click()
    page.locator("#text").wait_for()
    assert page.url == f"{session.base}/?lang=de"
    session.assert_clean()


@pytest.mark.skipif("en" in scored_codes(), reason="English has scorers now")
def test_an_unscored_language_shows_a_banner_never_a_clean_result(session) -> None:
    page = session.page
    page.goto(f"{session.base}/?lang=en")
    menu = page.locator("select[name=article_lang] option")
    assert [menu.nth(i).get_attribute("value") for i in range(menu.count())] == ["auto", *scored_codes()]

    _analyse(session, ENGLISH, lang="en")
    banner = page.get_by_role("alert")
    assert banner.is_visible()
    assert "no scorers for English yet (available: German) — nothing was checked" in banner.inner_text()
    body = page.locator("body").inner_text()
    assert "No findings" not in body and page.locator(".findings, .quellcheck-report").count() == 0

    _analyse(session, ENGLISH, path="/teach", lang="de")
    assert "keine Auswertung für Englisch" in page.get_by_role("alert").inner_text()
    assert page.locator("#check, #results, #article").count() == 0
    assert "Gefunden" not in page.locator("body").inner_text()

    # the form is there again: choosing German (overriding the detection) starts the exercise
    page.select_option("select[name=article_lang]", "de")
    with page.expect_navigation():
        page.get_by_role("button", name="Übung starten").click()
    assert page.locator("#article .ts").count() == 3 and page.get_by_role("alert").count() == 0
    session.assert_clean()


# --- teaching --------------------------------------------------------------------------------


def test_teaching_flow_select_label_check(session) -> None:
    page = session.page
    text = analyze(SAMPLE).text
    _analyse(session, SAMPLE, path="/teach")
    assert page.locator("#article .ts").count() == 3
    assert page.locator(".m, .tip").count() == 0  # the article without quellcheck's highlights

    # with the mouse: a double click selects the word "Regime"
    regime = text.index("Regime")
    point = page.evaluate(_RECT, [regime, regime + len("Regime")])
    page.mouse.dblclick(point["x"], point["y"])
    assert page.evaluate("window.getSelection().toString().trim()") == "Regime"
    page.get_by_role("button", name="Wertende Sprache").click()
    # through the Selection API, and once with the keyboard shortcut
    angeblich = text.index("angeblich")
    assert _label(session, angeblich, angeblich + 9, "Absicherung") == "angeblich"
    polizei = text.index("Polizei")
    _label(session, polizei, polizei + 7, "Quellenangabe")
    verletzt = text.index("verletzt")
    _label(session, verletzt, verletzt + 8, "Absicherung")
    experten = text.index('"Experten"')
    page.evaluate(_SELECT, [experten, experten + 10])
    page.keyboard.press("4")

    marks = page.locator("#marks li q").all_inner_texts()
    assert marks == ["Polizei", "verletzt", "Regime", "angeblich", '"Experten"']
    assert page.locator("#article mark.lm-loaded").inner_text() == "Regime"

    page.get_by_role("button", name="Prüfen").click()
    page.locator("#results").wait_for(state="visible")
    shown = _results(page)
    assert len(shown["loaded"]["found"]) == 1 and "Regime" in shown["loaded"]["found"][0]
    assert "wertet" in shown["loaded"]["found"][0]  # with the explanation
    assert ["angeblich" in item for item in shown["hedge"]["found"]] == [True]
    assert any("„soll“" in item for item in shown["hedge"]["missed"])
    assert len(shown["hedge"]["extra"]) == 1 and "verletzt" in shown["hedge"]["extra"][0]
    assert len(shown["attribution"]["found"]) == 1 and "der Polizei" in shown["attribution"]["found"][0]
    assert len(shown["scare_quote"]["found"]) == 1 and shown["scare_quote"]["missed"] == []
    totals = page.locator("#totals").inner_text()
    assert "Gefunden: 4" in totals and "Zusätzlich markiert: 1" in totals

    # a result points to its sentence
    page.locator(".result-hedge .list-missed button.goto").first.click()
    assert page.evaluate("document.activeElement.id") == "t-1"

    # changing the marks hides the old result
    page.locator("#marks li button").first.click()
    assert page.locator("#marks li").count() == 4
    assert not page.locator("#results").is_visible()
    session.assert_clean()


def test_label_without_selection_asks_for_one(session) -> None:
    page = session.page
    _analyse(session, SAMPLE, path="/teach", lang="en")
    page.get_by_role("button", name="Hedge").click()
    assert "Select a passage" in page.locator("#teach-hint").inner_text()
    assert page.locator("#marks li").count() == 0
    session.assert_clean()


def test_worksheet_and_answer_key_print(session) -> None:
    page = session.page
    _analyse(session, SAMPLE, path="/teach")
    with page.context.expect_page() as new_tab:  # the worksheet opens in a tab of its own
        page.get_by_role("button", name="Arbeitsblatt").click()
    page = new_tab.value
    page.wait_for_load_state()
    assert page.locator("#article .ts").count() == 3
    page.emulate_media(media="print")
    assert not page.locator(".topbar").is_visible() and not page.locator("[data-print]").is_visible()
    assert page.locator("table.answer-table").is_visible() and page.locator(".kinds").is_visible()
    number = page.eval_on_selector("#t-0", "el => getComputedStyle(el, '::before').content")
    assert number == '"1"'
    page.emulate_media(media="screen")
    with page.expect_navigation():
        page.get_by_role("button", name="Lösung").click()
    key = page.locator("#key-loaded").inner_text()
    assert "Regime" in key and "wertet" in key
    assert "Experten" in page.locator("#key-scare_quote").inner_text()
    session.assert_clean()


# --- the seed article, as a new user would work through it ----------------------------------


def test_seed_article_as_editor_and_teacher(session, shared) -> None:
    page = session.page
    seed = SEED_000.read_text(encoding="utf-8")
    analysis = analyze(seed.replace("\r\n", "\n"))
    _analyse(session, seed)
    findings = page.locator(".findings li.finding")
    assert findings.count() == len(find_findings(analysis)) > 0
    last = page.locator(".findings li.finding a.goto").last
    target = last.get_attribute("href")
    last.click()
    assert page.evaluate("document.activeElement.id") == target[1:] and _in_viewport(page, target)

    with page.expect_navigation():
        page.get_by_role("button", name="Im Unterrichtsmodus öffnen").click()
    assert page.locator("#article .ts").count() == len(analysis.sentences)
    annotations = reference_annotations(analysis)
    chosen = [next(a for a in annotations if a.category == c) for c in ("loaded", "attribution")]
    for item, label in zip(chosen, ("Wertende Sprache", "Quellenangabe"), strict=True):
        start, end = item.spans[-1]
        _label(session, start, end, label)
    page.get_by_role("button", name="Prüfen").click()
    page.locator("#results").wait_for(state="visible")
    shown = _results(page)
    assert any(chosen[0].text in found for found in shown["loaded"]["found"])
    assert any(chosen[1].text in found for found in shown["attribution"]["found"])
    found = sum(len(c["found"]) for c in shown.values())
    missed = sum(len(c["missed"]) for c in shown.values())
    assert found >= 2 and found + missed == len(annotations)
    session.assert_clean()
