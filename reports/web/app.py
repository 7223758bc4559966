"""The local web app behind ``quellcheck serve``: an editor view and a teaching mode.

Pages are rendered on the server (Jinja2, autoescaped); the little JavaScript
there is lives in ``static/app.js`` and is served by the app itself, so the app
works offline and makes no request to any other host. Nothing is stored: every
POST carries the text, is analysed, answered and forgotten; downloads and the
teaching check post the text again and re-analyse it (analysis is deterministic,
so offsets computed in the browser still fit).

Safety: request bodies larger than ``max_bytes`` are refused with 413 before
they are parsed; every response carries a strict Content-Security-Policy
(scripts only from this app, no inline script; inline ``<style>`` only with the
per-response nonce), ``nosniff`` and ``no-referrer``; pages with article text
are ``no-store``. Errors become a readable page (or JSON under ``/api/``),
never a traceback.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from reports import render_article_html, render_article_markdown, safe_file_stem
from reports.i18n import UI_LANGS
from reports.web.docx import docx_text
from reports.web.i18n import WEB_LABELS, negotiate_ui_lang, tw
from reports.web.teach import (
    TEACH_CATEGORIES,
    LearnerSpan,
    annotations_by_category,
    compare_spans,
    reference_annotations,
    results_json,
)
from scoring import analyze
from scoring.encoding import decode_bytes
from scoring.errors import InputError, QuellcheckError
from scoring.findings import RULES, Finding, find_findings
from scoring.results import ArticleAnalysis

DEFAULT_MAX_BYTES = 2_000_000
STATIC_DIR = Path(__file__).with_name("static")
ARTICLE_LANGS = ("auto", "de", "en", "es")
MARKUPS = ("txt", "md", "html")
UPLOAD_MARKUP = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}
DOWNLOADS = {"html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8", "json": "application/json"}

# matplotlib's rc_context (profile chart) and the pipeline's caches are process-wide: one analysis at a time.
_ANALYSIS_LOCK = threading.Lock()


class WebError(Exception):
    """A problem to show the user as a page (or JSON under /api/) with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Submission:
    """What the user sent: the text to analyse (a .docx already turned into text), its markup and language."""

    text: str
    markup: str
    article_lang: str


# --- templates and labels -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("reports.web", "templates"),
        autoescape=select_autoescape(default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _label(ui: str) -> Callable[[str], str]:
    def label(key: str) -> str:
        return tw(key, ui)

    return label


def _nonce(request: Request) -> str:
    return str(request.scope.get("state", {}).get("csp_nonce", ""))


def _page(request: Request, template: str, ui: str, status: int = 200, path: str | None = None, **context: Any) -> HTMLResponse:
    """A page; ``path`` is where the language switch leads (default: this page)."""
    html = _env().get_template(template).render(
        ui=ui, L=_label(ui), nonce=_nonce(request), path=path or request.url.path, here=request.url.path,
        ui_langs=UI_LANGS, **context,
    )
    return HTMLResponse(html, status_code=status)


def _with_nonce(html: str, nonce: str) -> Markup:
    """The report fragment with the CSP nonce on its ``<style>`` elements (its text is escaped, so every
    ``<style`` in it comes from the report template or the chart)."""
    return Markup(re.sub(r"<style(?=[\s>])", f'<style nonce="{nonce}"', html))


# --- reading the input ----------------------------------------------------------------------


def _normalise_newlines(text: str) -> str:
    # Browsers send CRLF in form posts and LF from script: one form, so the text hashes alike.
    return text.replace("\r\n", "\n")


async def _read_submission(request: Request, max_bytes: int, ui: str) -> Submission:
    try:
        form = await request.form(max_files=1, max_fields=20, max_part_size=max_bytes)
    except MultiPartException as exc:
        raise WebError(400, f"{tw('err_bad_request', ui)}: {exc.message}") from None
    text = form.get("text")
    text = _normalise_newlines(text) if isinstance(text, str) else ""
    markup = str(form.get("markup") or "txt")
    article_lang = str(form.get("article_lang") or "auto")
    if markup not in MARKUPS or article_lang not in ARTICLE_LANGS:
        raise WebError(400, f"{tw('err_bad_request', ui)}: markup={markup!r}, article_lang={article_lang!r}")
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        if text.strip():
            raise WebError(400, tw("err_both", ui))
        data = await upload.read()
        text, markup = _upload_text(upload.filename, data, ui)
    if not text.strip():
        raise WebError(400, tw("err_no_text", ui))
    return Submission(text=text, markup=markup, article_lang=article_lang)


def _upload_text(filename: str, data: bytes, ui: str) -> tuple[str, str]:
    """The text of an uploaded file and its markup (a .docx becomes plain text)."""
    suffix = Path(filename).suffix.lower()
    markup = UPLOAD_MARKUP.get(suffix)
    if markup is None:
        raise WebError(415, tw("err_file_type", ui))
    try:
        if markup == "docx":
            return docx_text(data), "txt"
        return _normalise_newlines(decode_bytes(data, filename).text), markup
    except InputError as exc:
        raise WebError(422, f"{tw('err_input', ui)}: {exc}") from None


def _analyse(sub: Submission, ui: str) -> ArticleAnalysis:
    try:
        with _ANALYSIS_LOCK:
            return analyze(sub.text, lang=sub.article_lang, markup=sub.markup)
    except QuellcheckError as exc:
        raise WebError(422, f"{tw('err_input', ui)}: {exc}") from None


def _render_report(analysis: ArticleAnalysis, ui: str, fragment: bool) -> str:
    with _ANALYSIS_LOCK:
        return render_article_html(analysis.tables(), ui, fragment=fragment)


# --- what the pages show --------------------------------------------------------------------


def _finding_view(finding: Finding, ui: str) -> dict[str, Any]:
    rule = RULES.get(finding.rule)
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "severity_label": tw(f"sev_{finding.severity}", ui) if f"sev_{finding.severity}" in WEB_LABELS else finding.severity,
        "title": (rule.title_de if ui == "de" else rule.title_en) if rule else finding.rule,
        "explanation": (rule.explanation_de if ui == "de" else rule.explanation_en) if rule else "",
        "message": finding.message_de if ui == "de" else finding.message,
        "text": finding.text,
        "sent_id": finding.sent_id,
    }


def _blocks(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Sentences grouped into paragraphs, with the text between sentences, for the plain (teaching) text."""
    text = analysis.text
    blocks: list[dict[str, Any]] = []
    previous_end = None
    for sent in analysis.sentences:
        if not blocks or blocks[-1]["para_id"] != sent["para_id"]:
            blocks.append({"para_id": sent["para_id"], "kind": sent["kind"], "parts": []})
        elif previous_end is not None:
            gap = text[previous_end : sent["start"]]
            blocks[-1]["parts"].append({"gap": " " if not gap.strip() else gap})
        blocks[-1]["parts"].append({"sent": sent, "text": text[sent["start"] : sent["end"]]})
        previous_end = sent["end"]
    return blocks


def _teach_data(sub: Submission, analysis: ArticleAnalysis, ui: str) -> dict[str, Any]:
    """Everything app.js needs in teaching mode, embedded as a JSON data block (not executed)."""
    keys = ("found", "missed", "extra", "extra_note", "elsewhere_as", "your_mark", "remove", "no_marks",
            "select_first", "check_failed", "sentence_n", "result")  # fmt: skip
    return {
        "input": sub.text, "markup": sub.markup, "article_lang": sub.article_lang, "ui": ui,
        "text": analysis.text, "text_sha256": analysis.article["text_sha256"],
        "categories": {c: tw(f"cat_{c}", ui) for c in TEACH_CATEGORIES},
        "labels": {k: tw(k, ui) for k in keys},
    }  # fmt: skip


# --- middleware -------------------------------------------------------------------------------

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def security_headers(nonce: str, static: bool = False) -> list[tuple[bytes, bytes]]:
    """The headers every response carries; ``static`` files may be cached, pages with text may not."""
    csp = (
        "default-src 'none'; script-src 'self'; "
        f"style-src 'self' 'nonce-{nonce}'; "
        # The profile chart (matplotlib SVG) styles its shapes with style attributes. An attribute cannot
        # run script, and url() in one could only reach this app (img-src/font-src), so it is allowed.
        "style-src-attr 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
    headers = [
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]
    if not static:
        headers.append((b"cache-control", b"no-store"))
    return headers


class SecurityHeaders:
    """Add :func:`security_headers` to every response, with a fresh CSP nonce per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(18)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in security_headers(nonce, static) if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413 before the app parses them.

    A declared ``Content-Length`` is checked first; a body without one
    (chunked) is read up to the limit and then handed on.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, too_large: Callable[[Scope], Response]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self.too_large(scope)(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self.too_large(scope)(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


# --- the app ----------------------------------------------------------------------------------


class SpanIn(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    category: Literal["hedge", "attribution", "loaded", "scare_quote"]


class CheckIn(BaseModel):
    """The teaching check: the text as first submitted, and the learner's spans (offsets into the analysed text)."""

    text: str = Field(min_length=1)
    markup: Literal["txt", "md", "html"] = "txt"
    article_lang: Literal["auto", "de", "en", "es"] = "auto"
    ui: Literal["de", "en"] = "de"
    text_sha256: str | None = None
    spans: list[SpanIn] = Field(default_factory=list, max_length=2000)


def create_app(max_bytes: int = DEFAULT_MAX_BYTES, default_ui_lang: str | None = None) -> FastAPI:
    """The ASGI app. ``max_bytes`` limits each request body; ``default_ui_lang`` (``de``/``en``) overrides
    the browser's Accept-Language when a page has no ``?lang=``."""
    if default_ui_lang is not None and default_ui_lang not in UI_LANGS:
        raise ValueError(f"UI language {default_ui_lang!r} is not available; choose {', '.join(UI_LANGS)}")
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    # No /docs: Swagger UI would load scripts from a CDN.
    app = FastAPI(title="quellcheck", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    def ui_of(request: Request) -> str:
        return negotiate_ui_lang(request.query_params.get("lang"), default_ui_lang, request.headers.get("accept-language"))

    def error_response(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        path = request.url.path if request.method == "GET" and status != 404 else "/"
        start = "/teach" if request.url.path.startswith("/teach") else "/"
        return _page(request, "error.html.j2", ui_of(request), status=status, path=path, message=message, start=start)

    def too_large(scope: Scope) -> Response:
        request = Request(scope)
        return error_response(request, 413, tw("err_too_large", ui_of(request)).format(limit=_human_size(max_bytes)))

    app.add_middleware(BodyLimit, max_bytes=max_bytes, too_large=too_large)
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        ui = ui_of(request)
        message = {404: tw("err_not_found", ui), 405: tw("err_method", ui)}.get(exc.status_code, str(exc.detail))
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'body'}: {e['msg']}" for e in exc.errors())
        return error_response(request, 422, f"{tw('err_bad_request', ui_of(request))}: {problems}")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        # Runs outside the middleware stack, so the security headers are set here as well.
        response = error_response(request, 500, tw("err_internal", ui_of(request)))
        for name, value in security_headers(_nonce(request)):
            response.headers[name.decode()] = value.decode()
        return response

    # --- editor ---

    @app.get("/", response_class=HTMLResponse)
    def editor_form(request: Request) -> Response:
        return _page(request, "editor.html.j2", ui_of(request), sub=None)

    @app.post("/analyze", response_class=HTMLResponse)
    async def editor_result(request: Request) -> Response:
        ui = ui_of(request)
        sub = await _read_submission(request, max_bytes, ui)
        return await run_in_threadpool(_editor_page, request, sub, ui)

    def _editor_page(request: Request, sub: Submission, ui: str) -> Response:
        analysis = _analyse(sub, ui)
        report = _with_nonce(_render_report(analysis, ui, fragment=True), _nonce(request))
        findings = [_finding_view(f, ui) for f in find_findings(analysis)]  # in text order
        return _page(request, "editor.html.j2", ui, sub=sub, report=report, findings=findings,
                     warnings=analysis.warnings)  # fmt: skip

    @app.get("/analyze")
    @app.get("/teach/worksheet")
    @app.get("/teach/answers")
    def back_to_form(request: Request) -> Response:
        # A result page was reloaded or bookmarked: the text is gone (never stored), so start again.
        start = "/teach" if request.url.path.startswith("/teach") else "/"
        return RedirectResponse(f"{start}?lang={ui_of(request)}", status_code=303)

    @app.post("/download/{fmt}")
    async def download(request: Request, fmt: str) -> Response:
        ui = ui_of(request)
        if fmt not in DOWNLOADS:
            raise WebError(404, tw("err_not_found", ui))
        sub = await _read_submission(request, max_bytes, ui)
        return await run_in_threadpool(_download, sub, fmt, ui)

    def _download(sub: Submission, fmt: str, ui: str) -> Response:
        analysis = _analyse(sub, ui)
        if fmt == "html":
            body = _render_report(analysis, ui, fragment=False)
        elif fmt == "md":
            with _ANALYSIS_LOCK:
                body = render_article_markdown(analysis.tables(), ui)
        else:
            obj = analysis.to_json_obj()
            obj["findings"] = [f.to_json() for f in find_findings(analysis)]
            body = json.dumps(obj, ensure_ascii=False, indent=2)
        name = f"quellcheck-{safe_file_stem(analysis.article_id)}.{fmt}"
        return Response(body, media_type=DOWNLOADS[fmt], headers={"content-disposition": f'attachment; filename="{name}"'})

    # --- teaching ---

    @app.get("/teach", response_class=HTMLResponse)
    def teach_form(request: Request) -> Response:
        return _page(request, "teach_form.html.j2", ui_of(request), sub=None)

    def teach_route(template: str) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            ui = ui_of(request)
            sub = await _read_submission(request, max_bytes, ui)
            return await run_in_threadpool(_teach_page, request, sub, ui, template)

        return route

    # the exercise, the printable worksheet and the answer key: one article, three views
    for path, template in (("/teach", "teach.html.j2"), ("/teach/worksheet", "worksheet.html.j2"), ("/teach/answers", "answers.html.j2")):
        app.post(path, response_class=HTMLResponse)(teach_route(template))

    def _teach_page(request: Request, sub: Submission, ui: str, template: str) -> Response:
        analysis = _analyse(sub, ui)
        grouped = annotations_by_category(reference_annotations(analysis))
        return _page(request, template, ui, sub=sub, article=analysis.article, blocks=_blocks(analysis),
                     data=_teach_data(sub, analysis, ui), categories=TEACH_CATEGORIES, key=grouped)  # fmt: skip

    @app.post("/api/teach/check")
    def teach_check(body: CheckIn) -> dict[str, Any]:
        """Compare the learner's spans with quellcheck's annotations (see :mod:`reports.web.teach`)."""
        sub = Submission(_normalise_newlines(body.text), body.markup, body.article_lang)
        analysis = _analyse(sub, body.ui)
        if body.text_sha256 and body.text_sha256 != analysis.article["text_sha256"]:
            raise WebError(409, tw("err_stale", body.ui))
        length = len(analysis.text)
        for n, span in enumerate(body.spans):
            if not span.start < span.end <= length:
                raise WebError(422, f"{tw('err_bad_request', body.ui)}: span {n} ({span.start}–{span.end}) "
                                    f"is empty or outside the text (0–{length})")  # fmt: skip
        spans = [LearnerSpan(s.start, s.end, s.category) for s in body.spans]
        results = compare_spans(reference_annotations(analysis), spans)
        return results_json(results, analysis.text, body.ui)

    return app


__all__ = ["DEFAULT_MAX_BYTES", "create_app", "security_headers"]
