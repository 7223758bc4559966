"""The links table: anchors of Markdown and HTML input, placed in the text and typed by their address."""

from __future__ import annotations

import pytest

from scoring import analyze
from scoring.analysis.links import host_of, link_kind

ARTICLE_MD = """# Neue Zahlen aus dem Rathaus

Die Stadt hat [ihren Jahresbericht](https://www.example-stadt.gv.at/bericht-2025.pdf) am Montag **vorgelegt**.
Demnach stiegen die Kosten für die Müllabfuhr um zwölf Prozent, sagte die Bürgermeisterin.

Eine Anrainerin schrieb auf [einer Plattform](https://twitter.com/beispiel/status/42), die Gebühren seien zu hoch.
Mehr dazu in [unserem früheren Bericht](/lokales/gebuehren). Der Gemeinderat berät im Juni.
"""


def test_markdown_links_are_placed_on_their_anchor_text_and_typed() -> None:
    result = analyze(ARTICLE_MD, lang="de", markup="md")
    text = result.article["text"]
    rows = result.links
    assert [(text[r["start"] : r["end"]], r["text"], r["kind"]) for r in rows] == [
        ("ihren Jahresbericht", "ihren Jahresbericht", "document"),
        ("einer Plattform", "einer Plattform", "social_media"),
        ("unserem früheren Bericht", "unserem früheren Bericht", "same_site"),
    ]
    assert [r["domain"] for r in rows] == ["example-stadt.gv.at", "twitter.com", None]
    for row in rows:  # each anchor lies in the sentence the table names
        sentence = result.sentences[row["sent_id"]]
        assert sentence["start"] <= row["start"] < row["end"] <= sentence["end"]
    assert result.scores["n_links"] == 3
    # the document and the post back claims; the link to the outlet's own earlier piece does not count
    linked = {result.sentences[r["sent_id"]]["text"] for r in rows if r["kind"] != "same_site"}
    assert result.scores["linked_claims"] == sum(1 for c in result.claims if result.sentences[c["sent_id"]]["text"] in linked) >= 1
    result.tables()  # validates, offsets included


def test_html_links_survive_the_main_text_extraction() -> None:
    page = (
        "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<p>The council published <a href='https://www.example.gov/budget.html'>the full budget</a> on Tuesday, "
        "and the figures were explained by the treasurer at a public meeting in the evening.</p>"
        "<p>A study by <a href='https://doi.org/10.1000/example'>researchers at the state university</a> found that "
        "the costs of road repairs had doubled over the past ten years in most towns of the region.</p>"
        "</article></body></html>"
    )
    result = analyze(page, lang="en", markup="html")
    text = result.article["text"]
    assert [(text[r["start"] : r["end"]], r["kind"]) for r in result.links] == [
        ("the full budget", "official"),
        ("researchers at the state university", "research"),
    ]
    assert "Home" not in [r["text"] for r in result.links]  # navigation is not the article


def test_plain_text_has_no_links() -> None:
    result = analyze("The mayor said the road will reopen in May. Work starts on Monday, officials said.", lang="en")
    assert result.links == [] and result.scores["n_links"] == 0 and result.scores["linked_claims"] == 0


@pytest.mark.parametrize(
    ("url", "article_url", "kind"),
    [
        ("https://example.org/files/Report.PDF?download=1", None, "document"),
        ("https://pubmed.ncbi.nlm.nih.gov/12345/", None, "research"),  # the longest domain wins over "gov"
        ("https://www.whitehouse.gov/briefing", None, "official"),
        ("https://news.example.com/a", "https://www.example.com/story", "same_site"),
        ("https://www.example.com/other", None, "other"),
        ("mailto:desk@example.com", None, "other"),
        ("http://[::1", None, "other"),  # a malformed address is typed, not an error
    ],
)
def test_link_kind(url: str, article_url: str | None, kind: str) -> None:
    assert link_kind(url, host_of(article_url)) == kind


def test_the_report_lists_the_links_and_reads_tables_without_them() -> None:
    from reports import render_article_html

    tables = analyze(ARTICLE_MD, lang="de", markup="md").tables()
    page = render_article_html(tables, ui_lang="en")
    section = page[page.index('id="links"') : page.index("</section>", page.index('id="links"'))]
    assert "ihren Jahresbericht" in section and "Document (file)" in section and "Own site" in section
    assert "https://" not in section  # a report holds no link out: the site is named, not linked
    older = {name: frame for name, frame in tables.items() if name != "links"}  # tables saved before links existed
    assert 'id="links"' not in render_article_html(older, ui_lang="de")


def test_rows_of_raw_pages_are_read_as_html_when_asked(tmp_path) -> None:
    import json

    from conftest import run_cli
    from scoring.output.tables import read_table

    page = (
        "<html><head><title>Haushalt {k}</title></head><body><article><p>Die Gemeinde legte "
        "<a href='https://example.org/plan-{k}.pdf'>den Haushaltsplan</a> am Montag vor, und der Kämmerer erklärte "
        "die Zahlen ausführlich vor dem Gemeinderat.</p><p>Die Ausgaben steigen um vier Prozent, sagte er nach der "
        "Sitzung, vor allem für die Schulen und die Straßen der Gemeinde.</p></article></body></html>"
    )
    rows = tmp_path / "crawl.jsonl"
    rows.write_text("".join(json.dumps({"id": f"p{k}", "text": page.format(k=k)}) + "\n" for k in range(2)), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("corpus", str(rows), "-o", str(out), "--lang", "de", "--text-markup", "html", "--no-corpus-report")
    assert result.returncode == 0, result.stderr
    links = read_table(out, "links")
    assert sorted(links["url"]) == ["https://example.org/plan-0.pdf", "https://example.org/plan-1.pdf"]
    texts = read_table(out, "articles")["text"]
    assert not texts.str.contains("<a ").any() and texts.str.contains("den Haushaltsplan").all()
    plain = run_cli("corpus", str(rows), "-o", str(tmp_path / "plain"), "--lang", "de", "--no-corpus-report")
    assert plain.returncode == 0 and len(read_table(tmp_path / "plain", "links")) == 0  # rows are plain text by default
