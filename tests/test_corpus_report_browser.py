"""The corpus report in a real browser (Debian's Chromium through Playwright, no browser download):
column help on hover and on keyboard focus, score columns sorted highest first, articles named by
title or first words. A screenshot of the report is saved in the test's tmp dir.

Skipped with a reason when Chromium or Playwright is missing (``apt-get install chromium``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from browser_support import ARGS, CHROMIUM, NEEDS_CHROMIUM
from conftest import run_cli


pytestmark = [
    NEEDS_CHROMIUM,
    pytest.mark.slow,
]

TEXTS = [
    "Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie 40 Millionen Euro. Die Polizei bestätigte, dass niemand verletzt wurde.",
    "Das Regime lügt skrupellos. Die galoppierende Abzocke ist eine Schande. Es ist kein Zufall, dass alle leiden.",
    "Die Feuerwehr löschte den Brand am Montag, sagte ein Sprecher. Der Schaden soll angeblich hoch sein. Die Ursache ist unklar.",
    "Die Regierung kündigte neue Hilfen an, teilte das Ministerium mit. Analysten zufolge reicht das nicht. Die Opposition kritisierte den Plan.",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("corpus")
    source = base / "rows.jsonl"
    source.write_text("".join(json.dumps({"id": f"x{k:02d}", "text": t, "label": ["A", "B"][k % 2]}, ensure_ascii=False) + "\n"
                              for k, t in enumerate(TEXTS)), encoding="utf-8")  # fmt: skip
    out = base / "out"
    result = run_cli("corpus", str(source), "-o", str(out), "--lang", "de", "--reports", "--ui-lang", "en", "--group-by", "label", "--progress", "none")
    assert result.returncode == 0, result.stderr
    return out / "corpus.html"


@pytest.fixture()
def page(report: Path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.goto(report.as_uri())
        pg.wait_for_load_state("load")
        yield pg
        browser.close()


def _column(page, header: str) -> list[str]:
    return page.eval_on_selector_all(
        "#articles tbody tr",
        "(rows, header) => { const i = [...document.querySelectorAll('#articles thead th')].findIndex(th => th.querySelector('.col-name').textContent.trim() === header);"
        " return rows.map(r => r.cells[i].textContent.trim()); }",
        header,
    )


def test_column_help_on_hover_and_on_keyboard_focus(page, tmp_path: Path) -> None:
    header = page.locator("#articles thead th", has_text="Restraint in wording")
    help_text = header.locator(".col-help")
    assert not help_text.is_visible()
    header.hover()
    assert help_text.is_visible() and "100 = no loaded words" in help_text.inner_text()
    page.mouse.move(0, 0)
    assert not help_text.is_visible()
    # keyboard: Tab reaches the heading's button, its explanation shows and is its description
    button = header.locator("button.col-name")
    for _ in range(60):
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    assert button.evaluate("b => b === document.activeElement"), "the heading is not reachable with Tab"
    assert help_text.is_visible()
    described = button.get_attribute("aria-describedby")
    assert page.locator(f"#{described}").inner_text() == help_text.inner_text()
    per_1000 = page.locator("#articles thead th", has_text="Loaded words per 1,000 words")
    per_1000.hover()
    assert "per 1,000 body words" in per_1000.locator(".col-help").inner_text()
    page.screenshot(path=str(tmp_path / "corpus-report.png"), full_page=True)
    assert (tmp_path / "corpus-report.png").stat().st_size > 10_000


def test_first_click_on_a_score_sorts_highest_first(page) -> None:
    header = page.locator("#articles thead th", has_text="Restraint in wording")
    before = [float(v) for v in _column(page, "Restraint in wording")]
    assert before != sorted(before, reverse=True)  # listed by lowest reliability first, not by this column
    header.locator("button").click()
    values = [float(v) for v in _column(page, "Restraint in wording")]
    assert values == sorted(values, reverse=True)
    assert header.get_attribute("aria-sort") == "descending"
    header.locator("button").press("Enter")  # the keyboard sorts too; a second time reverses
    assert [float(v) for v in _column(page, "Restraint in wording")] == sorted(values)
    assert header.get_attribute("aria-sort") == "ascending"


def test_articles_are_named_by_their_first_words_and_link_to_their_reports(page) -> None:
    links = page.locator("#articles tbody a")
    assert links.count() == len(TEXTS)
    names = sorted(links.all_inner_texts())
    assert any(name.startswith("Die Stadt plant neue Radwege") for name in names)
    assert not any(name.startswith("x0") for name in names)  # not by id
    href = links.first.get_attribute("href")
    assert href.startswith("reports/") and href.endswith(".html")
