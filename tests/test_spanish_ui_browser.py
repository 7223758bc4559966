"""The Spanish interface in Chromium: a browser that prefers Spanish gets the Spanish front page, and a
teaching exercise on a Spanish article is marked, checked and explained in Spanish.

Skipped with a reason when Chromium or Playwright is missing (no browser is ever downloaded).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from browser_support import NEEDS_CHROMIUM, headless_chromium, live_app
from scoring import analyze


pytestmark = [
    NEEDS_CHROMIUM,
    pytest.mark.slow,
]

ARTICLE = """El régimen anuncia reformas

El Gobierno habría prometido nuevas medidas, según fuentes cercanas al Ministerio. Sin duda, la crisis es la peor en décadas.

«No vamos a ceder», dijo la ministra de Economía a la agencia EFE."""


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_app(workers=0) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture
def page(browser, base_url) -> Iterator[Any]:
    """A page of a browser whose preferred language is Spanish; no console errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="es-ES")
    errors: list[str] = []
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.base = base_url
    yield page
    context.close()
    assert errors == []


def test_a_spanish_browser_gets_the_spanish_pages(page) -> None:
    page.goto(page.base + "/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("button", name="Analizar").is_visible()
    assert page.locator(".langs a[lang=es]").get_attribute("title") == "Español"
    page.click(".langs a[lang=de]")
    assert page.get_by_role("button", name="Analysieren").is_visible()


def test_a_teaching_exercise_in_spanish(page) -> None:
    page.goto(page.base + "/teach")
    page.fill("#text", ARTICLE)
    page.get_by_role("button", name="Empezar el ejercicio").click()
    page.locator("#article").wait_for()
    text = analyze(ARTICLE, lang="es").text
    start = text.index("régimen")
    page.evaluate(
        """([start, end]) => {
          const s = Array.from(document.querySelectorAll('#article .ts'))
            .find(s => Number(s.dataset.start) <= start && end <= Number(s.dataset.end));
          const node = document.createTreeWalker(s, NodeFilter.SHOW_TEXT).nextNode();
          const range = document.createRange();
          range.setStart(node, start - Number(s.dataset.start));
          range.setEnd(node, end - Number(s.dataset.start));
          window.getSelection().removeAllRanges();
          window.getSelection().addRange(range);
        }""",
        [start, start + len("régimen")],
    )
    page.keyboard.press("3")  # loaded wording
    assert page.locator("#marks li .cat").all_inner_texts() == ["Lenguaje cargado"]
    page.get_by_role("button", name="Comprobar").click()
    page.locator("#results").wait_for(state="visible")
    totals = page.locator("#totals").inner_text()
    assert "Encontradas: 1" in totals and "No vistas: " in totals
    assert page.eval_on_selector("#article mark.r-found[data-result]", "el => getComputedStyle(el, '::after').content") == '"✓ encontrada"'
    missed = page.locator(".list-missed").all_inner_texts()
    assert any("Condicional de rumor" in item for item in missed), missed
    assert any("«habría prometido»" in item for item in missed), missed
