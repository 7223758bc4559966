from __future__ import annotations

import pytest

from scoring import analyze
from scoring.errors import InputError
from scoring.reading.markup import from_markdown, html_to_markdown

MARKDOWN = """# Radwege mit *Vorfahrt*

Die Stadt plant [neue Radwege](https://example.invalid/rad) und **breitere** Spuren,
die bis `2026` fertig sein sollen. <!-- quellcheck: ignore loaded-term -->

![Ein Radweg](bild.jpg)

- Erster Punkt der Liste
- Zweiter Punkt mit \\*Sternchen\\*

> Ein Zitat aus dem Rathaus.

```
code wird ignoriert
```

Zwischentitel
-------------

| Spalte | Wert |
|---|---|
| A | 1 |
"""


def test_markdown_is_stripped_with_offsets_into_the_source() -> None:
    marked = from_markdown(MARKDOWN)
    blocks = ["\n".join(line.rstrip() for line in block.split("\n")) for block in marked.text.split("\n\n")]
    assert blocks == [
        "Radwege mit Vorfahrt",
        "Die Stadt plant neue Radwege und breitere Spuren,\ndie bis 2026 fertig sein sollen.",
        "Erster Punkt der Liste",
        "Zweiter Punkt mit *Sternchen*",
        "Ein Zitat aus dem Rathaus.",
        "Zwischentitel",
        "Spalte | Wert\nA | 1",
    ]
    for i, ch in enumerate(marked.text):
        if ch != "\n":
            assert MARKDOWN[marked.source_offset(i)] == ch
    assert sorted(set(marked.hints.values()) - {"hardbreak"}) == ["heading", "list_item", "paragraph", "quote", "table"]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("", ""),
        ("Nur Text.", "Nur Text."),
        ("Ein Satz mit Umbruch  \nund mehr.", "Ein Satz mit Umbruch\nund mehr."),
        ("Link <https://example.invalid> hier.", "Link https://example.invalid hier."),
        ("Fußnote[^1] hier.", "Fußnote hier."),
        ("Ein *halber Stern bleibt", "Ein *halber Stern bleibt"),
        ("**fett *und kursiv***", "fett und kursiv"),
        ("snake_case_name bleibt", "snake_case_name bleibt"),
        ("5 * 3 = 15", "5 * 3 = 15"),
    ],
)
def test_markdown_inline_cases(source: str, text: str) -> None:
    assert from_markdown(source).text == text


def test_markdown_heading_is_a_heading_even_with_punctuation() -> None:
    result = analyze("# Die Stadt plant neue Radwege.\n\nDer Rat stimmt im Mai ab. Es gibt Kritik.", lang="de", markup="md")
    assert result.sentences[0]["kind"] == "heading"
    assert result.article["title"] == "Die Stadt plant neue Radwege."


PAGE = """<!doctype html><html lang="de"><head><title>Radwege | Stadtblatt</title>
<meta property="og:site_name" content="Stadtblatt"><meta name="date" content="2025-03-04">
<link rel="canonical" href="https://example.invalid/radwege"></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>Die Stadt baut neue Radwege</h1>
<p>Die Stadt hat am Montag neue Radwege angekündigt. Laut dem Bürgermeister kosten sie zwei
Millionen Euro. Die Opposition hält das für zu teuer und fordert eine Prüfung.</p>
<h2>Kritik aus dem Rat</h2>
<p>Im Rat gibt es Widerstand. Die Grünen wollen mehr Tempo, die Konservativen weniger.</p>
</article><footer>Impressum · Datenschutz</footer></body></html>"""


def test_html_main_text_and_metadata() -> None:
    markdown, meta = html_to_markdown(PAGE)
    assert "Politik" not in markdown and "Impressum" not in markdown
    assert meta["outlet"] == "Stadtblatt"
    assert meta["url"] == "https://example.invalid/radwege"
    assert meta["published"] == "2025-03-04"
    result = analyze(PAGE, markup="html")
    assert result.article["title"] == "Die Stadt baut neue Radwege"
    assert result.article["outlet"] == "Stadtblatt"
    assert ("heading", "Kritik aus dem Rat") in [(r["kind"], r["text"]) for r in result.sentences]


def test_html_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no main text"):
        html_to_markdown("<html><body><nav></nav></body></html>")
