"""``quellcheck serve``: the web app through FastAPI's TestClient (no browser, no network).

Browser behaviour (scrolling, selection, the teaching flow) is in test_web_browser.py.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from collections.abc import Iterator
from importlib import resources

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from scoring.web import create_app
from scoring.web.app import DOWNLOADS
from scoring.web.cli import ByteSize, is_local_host, serve
from scoring.web.docx import docx_paragraphs
from scoring.web.i18n import language_name, negotiate_ui_lang
from scoring.web.teach import Annotation, LearnerSpan, compare_spans, reference_annotations
from scoring import analyze
from scoring.errors import InputError
from scoring.aggregation.findings import find_findings
from scoring.results import ArticleAnalysis
from scoring.languages import scored_codes

with warnings.catch_warnings():  # starlette's notice about a future httpx: not ours to fix
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SAMPLE = (
    "Laut der Polizei wurde niemand verletzt. Das Regime soll angeblich 40 Millionen Euro veruntreut haben. "
    'Es ist kein Zufall, dass die "Experten" schweigen.'
)
HOSTILE = 'Der Bürgermeister schrieb <script>alert(1)</script> und <img src=x onerror=alert(1)> sowie {{ 7*7 }} in den Bericht.'
FORM = {"text": SAMPLE, "markup": "txt", "article_lang": "auto"}
# Languages quellcheck identifies but has no scorers for yet (English and Spanish at the time of writing).
ENGLISH = ("According to the police, nobody was injured. The regime allegedly embezzled 40 million euros, "
           "officials said on Monday. Critics called the decision a scandal.")  # fmt: skip
SPANISH = ("Según la policía, nadie resultó herido. El régimen habría malversado 40 millones de euros, "
           "dijeron las autoridades el lunes. Los críticos calificaron la decisión de escándalo.")  # fmt: skip
UNSCORED = [(lang, text) for lang, text in (("en", ENGLISH), ("es", SPANISH)) if lang not in scored_codes()]


def _an_unscored_article() -> tuple[str, str]:
    if not UNSCORED:
        pytest.skip("English and Spanish have scorers now")
    return UNSCORED[0]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    # the app as served: analyses in worker processes, stopped with the app (lifespan)
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def sample() -> ArticleAnalysis:
    return analyze(SAMPLE, lang="auto")


def _doc(response) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(response.text)


def _select(root: lxml_html.HtmlElement, css: str) -> list[lxml_html.HtmlElement]:
    """The elements matching ``css``: descendant selectors of tag, #id, .class, [attr], [attr=v], [attr^=v] only."""
    xpath = "."
    for compound in css.split():
        tag, rest = re.fullmatch(r"([a-z][a-z0-9]*)?((?:[#.][\w-]+|\[[^\]]+\])*)", compound).groups()
        conditions = []
        for token in re.findall(r"[#.][\w-]+|\[[^\]]+\]", rest):
            if token[0] == "#":
                conditions.append(f"@id='{token[1:]}'")
            elif token[0] == ".":
                conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {token[1:]} ')")
            else:
                name, op, value = re.fullmatch(r"([\w-]+)(?:(\^?=)'?([^']*)'?)?", token[1:-1]).groups()
                conditions.append(f"@{name}" if op is None else f"@{name}='{value}'" if op == "=" else f"starts-with(@{name}, '{value}')")
        xpath += f"//{tag or '*'}" + "".join(f"[{c}]" for c in conditions)
    return root.xpath(xpath)


def _article_text(response) -> str:
    """The highlighted article as a reader sees it: without tooltip and screen-reader text."""
    text = _select(_doc(response), ".quellcheck-report .text")[0]
    for hidden in _select(text, ".tip") + _select(text, ".sr-only"):
        hidden.drop_tree()
    return text.text_content()


def _csp(response) -> dict[str, str]:
    policy = response.headers["content-security-policy"]
    return {part.split()[0]: part.strip() for part in policy.split(";") if part.strip()}


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requested", "default", "accept", "expected"),
    [
        (None, None, None, "de"),
        (None, None, "", "de"),
        ("en", None, "de", "en"),
        ("xx", None, "en-GB,en;q=0.9", "en"),
        (None, None, "fr, en;q=0.5, de;q=0.8", "de"),
        (None, None, "fr, es", "es"),
        (None, None, "fr, it", "de"),
        (None, None, "es-MX, en;q=0.8", "es"),
        (None, "en", "de-DE", "en"),
        ("de", "en", "en", "de"),
        (None, None, "de;q=abc, en", "en"),
    ],
)
def test_ui_language_negotiation(requested, default, accept, expected) -> None:
    assert negotiate_ui_lang(requested, default, accept) == expected


def test_front_page_follows_query_then_server_default_then_browser(client) -> None:
    assert "Redaktion" in client.get("/?lang=de").text
    assert "Editor" in client.get("/?lang=en").text
    assert _doc(client.get("/", headers={"accept-language": "en-US,en;q=0.9"})).get("lang") == "en"
    english_server = TestClient(create_app(default_ui_lang="en"))
    assert _doc(english_server.get("/", headers={"accept-language": "de"})).get("lang") == "en"
    with pytest.raises(ValueError, match="choose de, en"):
        create_app(default_ui_lang="fr")


# --- headers and policy ----------------------------------------------------------------------


def _responses(client) -> dict[str, object]:
    small = TestClient(create_app(max_bytes=500), raise_server_exceptions=False)
    return {
        "front": client.get("/"),
        "teach form": client.get("/teach?lang=en"),
        "static js": client.get("/static/app.js"),
        "not found": client.get("/nothing-here"),
        "empty text": client.post("/analyze", data={"text": " "}),
        "too large": small.post("/analyze", data={"text": "x" * 1000}),
        "result": client.post("/analyze", data=FORM),
        "download": client.post("/download/json", data=FORM),
        "api error": client.post("/api/teach/check", json={"text": SAMPLE, "spans": [{"start": 0, "end": 3, "category": "nope"}]}),
    }


def test_every_response_carries_the_security_headers(client) -> None:
    for name, response in _responses(client).items():
        policy = _csp(response)
        assert policy["default-src"] == "default-src 'none'", name
        assert policy["script-src"] == "script-src 'self'", name  # no inline script, no eval, no other host
        assert policy["connect-src"] == "connect-src 'self'", name
        assert policy["form-action"] == "form-action 'self'", name
        assert policy["frame-ancestors"] == "frame-ancestors 'none'", name
        assert re.fullmatch(r"style-src 'self' 'nonce-[\w-]{20,}'", policy["style-src"]), name
        assert response.headers["x-content-type-options"] == "nosniff", name
        assert response.headers["referrer-policy"] == "no-referrer", name


def test_pages_with_text_are_not_cached_static_files_may_be(client) -> None:
    assert client.post("/analyze", data=FORM).headers["cache-control"] == "no-store"
    assert "no-store" not in client.get("/static/app.css").headers.get("cache-control", "")


def test_style_elements_carry_this_responses_nonce(client) -> None:
    first, second = client.post("/analyze", data=FORM), client.post("/analyze", data=FORM)
    nonce = re.search(r"'nonce-([^']+)'", first.headers["content-security-policy"]).group(1)
    assert nonce not in second.headers["content-security-policy"]
    styles = re.findall(r"<style[^>]*>", first.text)
    assert len(styles) >= 2  # the report's and the chart's
    assert all(f'nonce="{nonce}"' in tag for tag in styles), styles


def test_pages_load_nothing_from_other_hosts_and_run_no_inline_script(client) -> None:
    pages = [client.get("/"), client.post("/analyze", data=FORM), client.post("/teach", data=FORM),
             client.post("/teach/worksheet", data=FORM), client.post("/teach/answers", data=FORM)]  # fmt: skip
    for response in pages:
        doc = _doc(response)
        for element in doc.xpath("//*[@src or @href or @action or @formaction]"):
            for attr in ("src", "href", "action", "formaction"):
                value = element.get(attr) or ""
                assert not re.match(r"(https?:)?//", value), (attr, value)
        for script in doc.xpath("//script"):
            assert script.get("src") == "/static/app.js" or script.get("type") == "application/json", lxml_html.tostring(script)[:80]
        assert doc.xpath("//*[@onclick or @onload or @onerror]") == []


def test_no_api_docs_they_would_load_a_cdn(client) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert client.get(path).status_code == 404


def test_static_files_ship_with_the_package(client) -> None:
    package = resources.files("scoring.web")
    for name in ("static/app.js", "static/app.css", "templates/base.html.j2", "templates/teach.html.j2"):
        assert package.joinpath(name).is_file(), name
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text and "eval(" not in js.text
    assert "@media print" in client.get("/static/app.css").text


# --- editor ----------------------------------------------------------------------------------


def test_result_page_shows_highlighted_article_findings_and_sources(client, sample) -> None:
    response = client.post("/analyze?lang=de", data=FORM)
    assert response.status_code == 200
    doc = _doc(response)
    loaded = _select(doc, ".quellcheck-report .text .m-loaded")
    assert [el.text for el in loaded] == ["Regime"]
    assert len(_select(doc, ".quellcheck-report span.s[id^='s-']")) == len(sample.sentences)
    assert _select(doc, "#sources table")  # the report's source table: the police
    expected = find_findings(sample)
    items = _select(doc, ".findings li.finding")
    assert [li.get("data-rule") for li in items] == [f.rule for f in sorted(expected, key=lambda f: (f.start, f.end))]
    links = [_select(li, "a.goto")[0].get("href") for li in items]
    assert links == [f"#s-{f.sent_id}" for f in sorted(expected, key=lambda f: (f.start, f.end))]
    for href in links:  # every link has its sentence
        assert _select(doc, href)


def test_result_page_carries_the_text_for_downloads_exactly(client) -> None:
    text = "\nErste Zeile beginnt mit einem Zeilenumbruch.\n\nLaut der Polizei ist <b>nichts</b> passiert & gut."
    doc = _doc(client.post("/analyze", data={"text": text}))
    carried = _select(doc, "form#carry textarea[name=text]")[0].text_content()
    # the HTML parser drops one newline after <textarea>: the template puts one there on purpose
    assert carried.removeprefix("\n") == text


def test_english_ui_uses_english_messages(client, sample) -> None:
    doc = _doc(client.post("/analyze?lang=en", data=FORM))
    messages = [p.text_content() for p in _select(doc, ".findings .msg")]
    assert messages == [f.message for f in sorted(find_findings(sample), key=lambda f: (f.start, f.end))]
    assert doc.get("lang") == "en"


@pytest.mark.parametrize("page", ["/analyze", "/teach", "/teach/worksheet", "/teach/answers", "/download/html"])
def test_hostile_text_is_shown_as_text(client, page) -> None:
    response = client.post(f"{page}?lang=de", data={"text": HOSTILE})
    assert response.status_code == 200
    body = response.text
    assert "<script>alert" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body or "\\u003cscript\\u003ealert(1)" in body
    assert "{{ 7*7 }}" in body  # shown, not evaluated
    if page == "/analyze":
        text = _article_text(response)
        assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text


def test_html_input_has_its_markup_removed_not_run(client) -> None:
    source = "<html><body><h1>Titel</h1><p>Laut der Polizei ist nichts passiert.</p><script>alert(1)</script></body></html>"
    response = client.post("/analyze", data={"text": source, "markup": "html"})
    assert response.status_code == 200
    report = _article_text(response)
    assert "Laut der Polizei" in report and "alert" not in report


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_downloads_reanalyse_the_posted_text(client, sample, fmt) -> None:
    response = client.post(f"/download/{fmt}?lang=de", data=FORM)
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition == f'attachment; filename="quellcheck-{sample.article_id}.{fmt}"'
    if fmt == "html":
        assert response.text.startswith("<!doctype html>") and "Regime" in response.text
        assert 'class="m m-loaded"' in response.text
    elif fmt == "md":
        assert response.text.startswith("# Quellenprofil") and "Regime" in response.text
    else:
        obj = json.loads(response.text)
        assert obj["article"]["text"] == sample.text
        assert obj["cues"] == sample.to_json_obj()["cues"]
        assert obj["findings"] == [f.to_json() for f in find_findings(sample)]


def test_unknown_download_format_is_a_404_page(client) -> None:
    response = client.post("/download/pdf", data=FORM)
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]


@pytest.mark.parametrize("path", ["/analyze", "/teach/worksheet", "/teach/answers"])
def test_reloading_a_result_url_goes_back_to_the_form(client, path) -> None:
    response = client.get(f"{path}?lang=en", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == ("/teach?lang=en" if path.startswith("/teach") else "/?lang=en")


# --- input and errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"text": ""}, 400, "Bitte einen Text einfügen"),
        ({"text": " \n\t "}, 400, "Bitte einen Text einfügen"),
        ({}, 400, "Bitte einen Text einfügen"),
        ({"text": SAMPLE, "markup": "pdf"}, 400, "markup='pdf'"),
        ({"text": SAMPLE, "article_lang": "xx"}, 400, "article_lang='xx'"),
        ({"text": "Hola. Esto es un texto.", "article_lang": "fr"}, 400, "article_lang='fr'"),
        ({"text": "...... !!! ???"}, 422, "Der Text konnte nicht analysiert werden"),
    ],
)
def test_bad_input_gives_a_readable_page(client, data, status, message) -> None:
    response = client.post("/analyze?lang=de", data=data)
    assert response.status_code == status, response.text[-500:]
    assert "text/html" in response.headers["content-type"]
    error = _select(_doc(response), ".error")[0].text_content()
    assert message in error
    assert "Traceback" not in response.text


def _docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("artikel.txt", SAMPLE.encode("utf-8"), "Das Regime soll angeblich"),
        ("artikel.txt", SAMPLE.encode("cp1252"), "Das Regime soll angeblich"),
        ("artikel.md", f"# Titel\n\n{SAMPLE}\n".encode(), "Das Regime soll angeblich"),
        ("artikel.HTML", f"<h1>Titel</h1><p>{SAMPLE}</p>".encode(), "Das Regime soll angeblich"),
        ("artikel.docx", None, "Das Regime soll angeblich"),
    ],
)
def test_uploads_are_read(client, name, content, expected) -> None:
    if content is None:
        content = _docx_bytes(["Überschrift des Artikels", "", SAMPLE])
    response = client.post("/analyze", data={"text": ""}, files={"file": (name, content)})
    assert response.status_code == 200, response.text[-400:]
    report = _article_text(response)
    assert expected in report


@pytest.mark.parametrize(
    ("name", "content", "status", "message"),
    [
        ("artikel.pdf", b"%PDF-1.4 ...", 415, ".docx"),
        ("bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), 422, "PNG"),
        ("kaputt.docx", b"PK\x03\x04 not really a zip", 422, ".docx"),
        ("leer.txt", b"", 400, "paste a text"),
    ],
)
def test_bad_uploads_give_a_readable_page(client, name, content, status, message) -> None:
    response = client.post("/analyze?lang=en", data={"text": ""}, files={"file": (name, content)})
    assert response.status_code == status
    assert message in _select(_doc(response), ".error")[0].text_content()


def test_text_and_file_together_are_refused(client) -> None:
    response = client.post("/analyze?lang=en", data={"text": SAMPLE}, files={"file": ("a.txt", SAMPLE.encode())})
    assert response.status_code == 400 and "not both" in response.text


def test_docx_paragraphs_skip_empty_ones_and_refuse_what_is_not_a_document() -> None:
    assert docx_paragraphs(_docx_bytes(["  Erster Absatz. ", "", "Zweiter Absatz."])) == ["Erster Absatz.", "Zweiter Absatz."]
    with pytest.raises(InputError, match="not a .docx"):
        docx_paragraphs(b"plain text")
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="not a Word document"):
        docx_paragraphs(plain_zip.getvalue())
    with pytest.raises(InputError, match="would unpack to"):
        docx_paragraphs(_docx_bytes(["Absatz."]), max_unpacked_bytes=1000)


def test_request_size_limit_gives_413_with_a_readable_message() -> None:
    small = TestClient(create_app(max_bytes=2000, workers=0))
    assert small.post("/analyze", data={"text": SAMPLE}).status_code == 200
    page = small.post("/analyze?lang=de", data={"text": SAMPLE * 20})
    assert page.status_code == 413
    assert "zu groß" in page.text and "2 kB" in page.text
    api = small.post("/api/teach/check", json={"text": SAMPLE * 20, "spans": []})
    assert api.status_code == 413 and "zu groß" in api.json()["error"]
    upload = small.post("/analyze", files={"file": ("big.txt", (SAMPLE * 20).encode())})
    assert upload.status_code == 413


def test_request_size_limit_holds_without_content_length() -> None:
    small = TestClient(create_app(max_bytes=2000))

    def chunks():
        for _ in range(10):
            yield b"text=" + b"x" * 400

    response = small.post("/analyze", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


def test_an_internal_error_is_a_page_without_traceback(monkeypatch) -> None:
    def broken(analysis):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("scoring.web.jobs.find_findings", broken)
    response = TestClient(create_app(workers=0), raise_server_exceptions=False).post("/analyze?lang=en", data=FORM)
    assert response.status_code == 500
    assert "internal error" in response.text and "secret internals" not in response.text and "Traceback" not in response.text
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


# --- teaching --------------------------------------------------------------------------------


def _analysis(text: str, cues: list[dict], attributions: list[dict]) -> ArticleAnalysis:
    return ArticleAnalysis(article={"article_id": "t", "text": text}, cues=cues, attributions=attributions)


def _cue(start: int, end: int, category: str, voice: str = "author", text: str = "", weight: float = 1.0,
         sent_id: int = 0, suggestion: str | None = None) -> dict:  # fmt: skip
    return {"start": start, "end": end, "category": category, "voice": voice, "text": text, "sent_id": sent_id,
            "weight": weight, "explanation": f"{category} en", "explanation_de": f"{category} de", "suggestion": suggestion}  # fmt: skip


def _attr(cue: tuple[int, int], source: tuple[int, int] | None, form: str = "according_to", sent_id: int = 0) -> dict:
    return {"cue_start": cue[0], "cue_end": cue[1], "source_start": source[0] if source else None,
            "source_end": source[1] if source else None, "source_text": "X" if source else None,
            "form": form, "sent_id": sent_id, "named": source is not None}  # fmt: skip


def test_reference_annotations_take_the_five_categories_from_the_tables() -> None:
    text = "a" * 200
    analysis = _analysis(
        text,
        cues=[_cue(0, 5, "hedge"), _cue(10, 15, "hedge", voice="source"), _cue(20, 25, "loaded", suggestion="neutral"),
              _cue(30, 35, "loaded", voice="source"), _cue(40, 45, "scare_quote", voice="quoted"),
              _cue(50, 55, "booster"), _cue(56, 58, "foreign"), _cue(92, 95, "booster", voice="source"),
              _cue(96, 99, "booster", weight=0.4), _cue(100, 105, "booster", sent_id=1)],
        attributions=[_attr((60, 64), (65, 70), sent_id=2), _attr((75, 79), None, form="reportative"), _attr((80, 85), (86, 90), form="continuation", sent_id=2),
                      _attr((110, 114), (115, 120), sent_id=1)],
    )  # fmt: skip
    items = reference_annotations(analysis)
    assert [(a.category, a.spans) for a in items] == [
        ("hedge", ((0, 5),)),
        ("hedge", ((10, 15),)),  # a hedge counts in any voice
        ("loaded", ((20, 25),)),  # loaded wording only in the writer's voice
        ("scare_quote", ((40, 45),)),
        ("booster", ((50, 55),)),  # certainty in the writer's voice, as strong as the editor reports
        ("attribution", ((60, 64), (65, 70))),
        ("attribution", ((75, 79),)),
        # 100–105: a booster in a sentence attributed to a named source is the source's certainty
        ("attribution", ((110, 114), (115, 120))),
    ]
    assert items[2].suggestion == "neutral" and items[0].suggestion == ""
    assert "no source named" in items[-2].explanation and "kein" in items[-2].explanation_de


def _ann(category: str, *spans: tuple[int, int]) -> Annotation:
    return Annotation(category, tuple(spans), "t", 0, "why", "warum")


@pytest.mark.parametrize(
    ("spans", "found", "missed", "extra"),
    [
        ([], 0, 4, 0),
        ([LearnerSpan(0, 5, "hedge")], 1, 3, 0),
        ([LearnerSpan(3, 4, "hedge")], 1, 3, 0),  # inside: overlap is enough
        ([LearnerSpan(5, 9, "hedge")], 0, 4, 1),  # touching the end is no overlap
        ([LearnerSpan(0, 5, "loaded")], 0, 4, 1),  # right place, wrong category
        ([LearnerSpan(0, 13, "hedge")], 2, 2, 0),  # one mark over two hedges finds both
        ([LearnerSpan(0, 5, "hedge"), LearnerSpan(1, 2, "hedge")], 1, 3, 0),  # a second mark on a found item is not extra
        ([LearnerSpan(30, 33, "attribution")], 1, 3, 0),  # the source part of an attribution
        ([LearnerSpan(21, 23, "attribution")], 1, 3, 0),  # the cue part
        ([LearnerSpan(24, 29, "attribution")], 0, 4, 1),  # between cue and source
        ([LearnerSpan(90, 95, "scare_quote")], 0, 4, 1),
    ],
)
def test_compare_spans(spans, found, missed, extra) -> None:
    annotations = [_ann("hedge", (0, 5)), _ann("hedge", (10, 13)), _ann("attribution", (20, 24), (29, 40)), _ann("loaded", (50, 56))]
    results = compare_spans(annotations, spans)
    assert sum(len(r.found) for r in results.values()) == found
    assert sum(len(r.missed) for r in results.values()) == missed
    assert sum(len(r.extra) for r in results.values()) == extra


def test_an_extra_mark_says_what_quellcheck_sees_there() -> None:
    regime = _ann("loaded", (0, 6))
    results = compare_spans([regime], [LearnerSpan(0, 6, "hedge")])
    assert results["hedge"].extra == [(LearnerSpan(0, 6, "hedge"), [regime])]
    assert results["loaded"].missed == [(regime, ["hedge"])] and not results["loaded"].found


def test_teaching_page_shows_plain_text_whose_spans_fit_the_offsets(client, sample) -> None:
    doc = _doc(client.post("/teach?lang=de", data=FORM))
    assert _select(doc, ".m") == [] and _select(doc, ".tip") == []  # no highlights to give answers away
    spans = _select(doc, "#article .ts")
    assert len(spans) == len(sample.sentences)
    for span, sent in zip(spans, sample.sentences, strict=True):
        start, end = int(span.get("data-start")), int(span.get("data-end"))
        assert (start, end) == (sent["start"], sent["end"])
        assert span.text_content() == sample.text[start:end]  # the browser computes offsets from this
    data = json.loads(_select(doc, "script#teach-data")[0].text)
    assert data["text"] == sample.text and data["text_sha256"] == sample.article["text_sha256"]
    assert set(data["categories"]) == {"hedge", "attribution", "loaded", "scare_quote", "booster"}


def _check(client, spans, **extra):
    return client.post("/api/teach/check", json={"text": SAMPLE, "ui": "de", "spans": spans, **extra})


def test_check_compares_spans_with_quellcheck(client, sample) -> None:
    text = sample.text
    regime = text.index("Regime")
    angeblich = text.index("angeblich")
    schweigen = text.index("schweigen")
    spans = [
        {"start": regime, "end": regime + 6, "category": "loaded"},
        {"start": angeblich, "end": angeblich + 9, "category": "hedge"},
        {"start": schweigen, "end": schweigen + 9, "category": "hedge"},
    ]
    response = _check(client, spans, text_sha256=sample.article["text_sha256"])
    assert response.status_code == 200, response.text
    result = {c["category"]: c for c in response.json()["categories"]}
    assert [x["text"] for x in result["loaded"]["found"]] == ["Regime"]
    regime_cue = next(c for c in sample.cues if c["text"] == "Regime")
    assert result["loaded"]["found"][0]["explanation"] == regime_cue["explanation_de"]
    assert [x["text"] for x in result["hedge"]["found"]] == ["angeblich"]
    assert "soll" in [x["text"] for x in result["hedge"]["missed"]]
    assert [x["text"] for x in result["hedge"]["extra"]] == ["schweigen"]
    assert [x["text"] for x in result["scare_quote"]["missed"]] == ['"Experten"']
    assert result["attribution"]["found"] == [] and len(result["attribution"]["missed"]) == len(
        [a for a in sample.attributions if a["form"] != "continuation"])
    expected_missed = len(reference_annotations(sample)) - 2
    assert response.json()["totals"] == {"found": 2, "missed": expected_missed, "extra": 1}


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        ({"spans": [{"start": 5, "end": 5, "category": "hedge"}]}, 422, "empty or outside"),
        ({"spans": [{"start": 0, "end": 100_000, "category": "hedge"}]}, 422, "empty or outside"),
        ({"spans": [{"start": -1, "end": 3, "category": "hedge"}]}, 422, "spans.0.start"),
        ({"spans": [{"start": 0, "end": 3, "category": "foreign"}]}, 422, "spans.0.category"),
        ({"spans": [], "text_sha256": "0" * 64}, 409, "neu starten"),
        ({"spans": [], "text": ""}, 422, "text"),
        ({"spans": [], "text": "   "}, 422, "nicht analysiert"),
    ],
)
def test_check_refuses_bad_requests_with_json_errors(client, payload, status, message) -> None:
    response = client.post("/api/teach/check", json={"text": SAMPLE, "ui": "de", **payload})
    assert response.status_code == status
    assert message in response.json()["error"]


def test_check_refuses_a_body_that_is_not_json(client) -> None:
    response = client.post("/api/teach/check", content=b"spans=1", headers={"content-type": "application/json"})
    assert response.status_code == 422 and "error" in response.json()


def test_check_is_deterministic_across_line_break_styles(client, sample) -> None:
    crlf = SAMPLE.replace(". ", ".\r\n")
    lf = SAMPLE.replace(". ", ".\n")
    one = client.post("/api/teach/check", json={"text": crlf, "spans": []}).json()
    two = client.post("/api/teach/check", json={"text": lf, "spans": []}).json()
    assert one == two


def test_worksheet_has_numbered_sentences_and_an_empty_table(client, sample) -> None:
    doc = _doc(client.post("/teach/worksheet?lang=de", data=FORM))
    numbers = [span.get("data-n") for span in _select(doc, "#article .ts")]
    assert numbers == [str(n + 1) for n in range(len(sample.sentences))]
    rows = _select(doc, "table.answer-table tbody tr")
    assert len(rows) >= 10 and all(not row.text_content().strip() for row in rows)
    assert _select(doc, "[data-print]")  # the print button; the print style hides it
    assert _select(doc, ".m") == []


def test_answer_key_lists_every_annotation_with_its_explanation(client, sample) -> None:
    doc = _doc(client.post("/teach/answers?lang=en", data=FORM))
    for item in reference_annotations(sample):
        rows = _select(doc, f"#key-{item.category} tbody tr")
        assert any(item.text in r.text_content() and item.explanation in r.text_content() for r in rows), item


# --- languages without scorers --------------------------------------------------------------


def _language_menu(response) -> list[str]:
    return [o.get("value") for o in _select(_doc(response), "form.input-form select[name=article_lang] option")]


@pytest.mark.parametrize("path", ["/", "/teach"])
def test_the_language_menu_offers_only_scored_languages(client, path) -> None:
    assert _language_menu(client.get(f"{path}?lang=en")) == ["auto", *scored_codes()]
    labels = [o.text_content() for o in _select(_doc(client.get(f"{path}?lang=de")), "select[name=article_lang] option")]
    assert labels == ["automatisch", *(language_name(code, "de") for code in scored_codes())]


def _banner(response) -> str:
    banners = _select(_doc(response), "#unscored")
    assert len(banners) == 1, response.text[-800:]
    return banners[0].text_content()


@pytest.mark.parametrize(("lang", "text"), UNSCORED)
@pytest.mark.parametrize("article_lang", ["auto", "given"])
def test_an_unscored_language_gets_a_banner_not_an_empty_result(client, lang, text, article_lang) -> None:
    form = {"text": text, "article_lang": lang if article_lang == "given" else "auto"}
    response = client.post("/analyze?lang=en", data=form)
    assert response.status_code == 200
    banner = _banner(response)
    assert f"quellcheck has no scorers for {language_name(lang, 'en')} yet" in banner
    assert "(available: German)" in banner and "nothing was checked" in banner
    assert ("detected automatically" in banner) is (article_lang == "auto")
    doc = _doc(response)
    # nothing that reads as a clean article: no findings list, no "No findings", no profile, no downloads
    assert "No findings" not in response.text and not _select(doc, ".findings") and not _select(doc, ".quellcheck-report")
    assert not _select(doc, "button[formaction^='/download/']")
    assert _language_menu(response) == ["auto", *scored_codes()]  # the form again, to choose the language
    assert _select(doc, "form.input-form textarea")[0].text_content().strip() == text


def test_the_banner_speaks_the_ui_language(client) -> None:
    lang, text = _an_unscored_article()
    banner = _banner(client.post("/analyze?lang=de", data={"text": text}))
    assert f"quellcheck hat noch keine Auswertung für {language_name(lang, 'de')} (verfügbar: Deutsch)" in banner
    assert "es wurde nichts geprüft" in banner and "Keine Hinweise" not in banner


@pytest.mark.parametrize("path", ["/teach", "/teach/worksheet", "/teach/answers"])
def test_teaching_mode_shows_the_banner_instead_of_an_exercise(client, path) -> None:
    lang, text = _an_unscored_article()
    response = client.post(f"{path}?lang=en", data={"text": text})
    assert response.status_code == 200
    assert "nothing was checked" in _banner(response)
    doc = _doc(response)
    assert not _select(doc, "script#teach-data") and not _select(doc, "#check") and not _select(doc, "#article")
    assert not _select(doc, "table") and "No passages of this kind" not in response.text  # no empty answer key
    assert _language_menu(response) == ["auto", *scored_codes()]


def test_the_check_and_the_downloads_refuse_an_unscored_language(client) -> None:
    lang, text = _an_unscored_article()
    check = client.post("/api/teach/check", json={"text": text, "ui": "en", "spans": [], "article_lang": lang})
    assert check.status_code == 422
    assert "nothing was checked" in check.json()["error"] and "found" not in check.json()
    for fmt in DOWNLOADS:
        download = client.post(f"/download/{fmt}?lang=en", data={"text": text})
        assert download.status_code == 422 and "nothing was checked" in _select(_doc(download), ".error")[0].text_content()


def test_a_given_scored_language_is_analysed_even_if_the_text_looks_unscored(client) -> None:
    # choosing the language is how a user overrides a wrong detection: it is never refused
    response = client.post("/analyze?lang=en", data={"text": ENGLISH, "article_lang": scored_codes()[0]})
    assert response.status_code == 200 and not _select(_doc(response), "#unscored")
    assert _select(_doc(response), ".quellcheck-report")


# --- command line ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("::", False), ("example.org", False), ("", False)],
)  # fmt: skip
def test_is_local_host(host, local) -> None:
    assert is_local_host(host) is local


@pytest.mark.parametrize(("text", "size"), [("2000000", 2_000_000), ("500kB", 500_000), ("2MB", 2_000_000), ("1.5 mb", 1_500_000), ("10k", 10_000)])
def test_byte_size(text, size) -> None:
    assert ByteSize().convert(text, None, None) == size


@pytest.fixture
def fake_uvicorn(monkeypatch):
    calls: list[dict] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.setattr("scoring.web.cli._bind_problem", lambda host, port: None)  # port 8000 may be taken here
    return calls


def test_serve_says_when_the_port_is_taken(monkeypatch) -> None:
    import socket

    calls: list = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append(kw))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(serve, ["--port", str(port)])
    assert result.exit_code == 2 and "already in use" in result.stderr and not calls
    assert result.stderr.count("\n") == 1


def test_serve_binds_localhost_and_prints_the_url(fake_uvicorn) -> None:
    result = CliRunner().invoke(serve, [])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8000/" in result.stderr
    assert fake_uvicorn[0]["host"] == "127.0.0.1" and fake_uvicorn[0]["port"] == 8000


def test_serve_refuses_a_remote_host_unless_allowed(fake_uvicorn) -> None:
    refused = CliRunner().invoke(serve, ["--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "--allow-remote" in refused.stderr and not fake_uvicorn
    allowed = CliRunner().invoke(serve, ["--host", "0.0.0.0", "--allow-remote", "--port", "9001"])
    assert allowed.exit_code == 0
    warning_lines = [line for line in allowed.stderr.splitlines() if "warning" in line]
    assert len(warning_lines) == 1
    assert fake_uvicorn[0]["host"] == "0.0.0.0" and fake_uvicorn[0]["port"] == 9001


def test_serve_passes_size_limits_and_language_to_the_app(fake_uvicorn) -> None:
    result = CliRunner().invoke(serve, ["--max-size", "1kB", "--lang", "en", "--max-chars", "100"])
    assert result.exit_code == 0
    app_client = TestClient(fake_uvicorn[0]["app"])
    assert app_client.get("/", headers={"accept-language": "de"}).text.count('lang="en"') >= 1
    assert app_client.post("/analyze", data={"text": SAMPLE * 10}).status_code == 413
    too_long = app_client.post("/analyze", data={"text": SAMPLE})
    assert too_long.status_code == 413 and "at most 100 are analysed" in too_long.text


@pytest.mark.parametrize("args", [["--max-size", "lots"], ["--max-size", "0"], ["--max-chars", "0"], ["--port", "0"], ["--lang", "fr"]])
def test_serve_rejects_bad_options(fake_uvicorn, args) -> None:
    result = CliRunner().invoke(serve, args)
    assert result.exit_code == 2 and not fake_uvicorn


def test_serve_defaults_are_the_apps() -> None:
    # the command does not import the app (that would load FastAPI for every command), so it repeats them
    from scoring.web import app, cli

    assert cli.DEFAULT_MAX_CHARS == app.DEFAULT_MAX_CHARS
    assert ByteSize().convert(cli.DEFAULT_MAX_SIZE, None, None) == app.DEFAULT_MAX_BYTES


def test_serve_has_help_text() -> None:
    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0 and "--allow-remote" in result.output and len(result.output) > 400


def test_an_unsupported_language_is_one_clear_error_that_points_to_the_menu(client) -> None:
    french = ("Le conseil municipal a approuvé mardi le nouveau budget après un long débat. Le maire a déclaré "
              "que le plan réduirait les coûts de dix pour cent au cours des trois prochaines années.")  # fmt: skip
    response = client.post("/analyze?lang=en", data={"text": french})
    assert response.status_code == 422
    message = _select(_doc(response), ".error")[0].text_content()
    assert "looks like 'fr'" in message and "choose the article's language in the menu" in message
    assert "--lang" not in message and "No findings" not in response.text
