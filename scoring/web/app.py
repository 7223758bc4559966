"""The local web app behind ``quellcheck serve``: an editor view and a teaching mode.

Pages are rendered on the server (Jinja2, autoescaped); the little JavaScript
there is lives in ``static/app.js`` and is served by the app itself, so the app
works offline and makes no request to any other host. Nothing is stored: every
POST carries the text, is analysed, answered and forgotten; downloads and the
teaching check post the text again and re-analyse it (analysis is deterministic,
so offsets computed in the browser still fit).

Concurrency: analyses run in worker processes (:class:`Analyses`), not in the
server's event loop or under a lock, so one slow request does not hold up the
others: a huge paste goes to a worker of its own, at low CPU priority, while
ordinary articles keep theirs. The work per request is bounded (``max_chars``
characters of text) and so are the requests waiting for it (``max_pending``;
more get a 503 "busy" page before their bodies are read).

Safety: request bodies larger than ``max_bytes`` are refused with 413 before
they are parsed; every response carries a strict Content-Security-Policy
(scripts only from this app, no inline script; inline ``<style>`` only with the
per-response nonce), ``nosniff`` and ``no-referrer``; pages with article text
are ``no-store``. Errors become a readable page (or JSON under ``/api/``),
never a traceback.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
import secrets
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager, nullcontext
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel, Field, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from reports.i18n import UI_LANGS
from scoring.web import jobs
from scoring.web.docx import docx_text
from scoring.web.i18n import language_name, negotiate_ui_lang, tw
from scoring.web.i18n_es import NATIVE_NAMES
from scoring.web.jobs import Submission, UnscoredLanguage, WebError
from scoring.web.teach import TEACH_CATEGORIES, LearnerSpan
from scoring.reading.encoding import decode_bytes
from scoring.errors import InputError
from scoring.languages import codes, scored_codes

DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_MAX_CHARS = 1_000_000
"""Longest text analysed per request, in characters (about 5 s of work on one core)."""
DEFAULT_MAX_PENDING = 64
"""Requests (POST) in progress at once; more are answered "busy" before their bodies are read."""
LARGE_TEXT_CHARS = 50_000
"""Texts longer than this (a long news article has 10,000–30,000 characters) go to the worker for long texts."""
LARGE_TEXT_NICENESS = 10
"""How much lower the CPU priority of the worker for long texts is (Unix ``nice``)."""
STATIC_DIR = Path(__file__).with_name("static")
# Accepted from a form or the check API: every language quellcheck knows. One without scorers gets a
# banner saying so, never an empty result.
ARTICLE_LANGS = ("auto", *codes())
# Offered in the forms' language menu: only languages quellcheck has scorers for, plus detection.
def menu_langs() -> tuple[str, ...]:
    """The article languages the form offers: detection, and every language with scorers."""
    return ("auto", *scored_codes())

MARKUPS = ("txt", "md", "html")
UPLOAD_MARKUP = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}
DOWNLOADS = {"html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8", "json": "application/json"}

T = TypeVar("T")


# --- templates and labels -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("scoring.web", "templates"),
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
        ui_langs=UI_LANGS, article_langs=menu_langs(), lang_name=lambda code: language_name(code, ui), native_names=NATIVE_NAMES, **context,
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


async def _read_submission(request: Request, max_bytes: int, max_chars: int, ui: str) -> Submission:
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
        # unpacking a .docx or guessing an encoding takes a while: not in the event loop
        text, markup = await run_in_threadpool(_upload_text, upload.filename, data, ui)
    if not text.strip():
        raise WebError(400, tw("err_no_text", ui))
    _check_length(text, max_chars, ui)
    return Submission(text=text, markup=markup, article_lang=article_lang)


def _check_length(text: str, max_chars: int, ui: str) -> None:
    if len(text) > max_chars:
        raise WebError(413, tw("err_too_long", ui).format(n=_number(len(text), ui), limit=_number(max_chars, ui)))


def _number(n: int, ui: str) -> str:
    return f"{n:,}".replace(",", ".") if ui in ("de", "es") else f"{n:,}"


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


# --- where analyses run ---------------------------------------------------------------------


def default_workers() -> int:
    """One analysis process per CPU this process may use, at most 8 (each holds the whole pipeline,
    about 0.4 GB); the worker for long texts comes on top."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not available outside Linux
        cpus = os.cpu_count() or 1
    return max(1, min(8, cpus))


class Analyses:
    """Where the app's analyses run, so that one slow request does not stall the others.

    ``workers`` > 0: worker processes, started when first needed and stopped with the app. The
    pipeline is pure Python, so threads would take turns on one core (the GIL); processes use
    every core, and each works on one text at a time. Texts up to :data:`LARGE_TEXT_CHARS`
    characters go to a pool of ``workers`` processes; longer ones, one at a time, to a single
    worker of their own whose CPU priority is :data:`LARGE_TEXT_NICENESS` lower: a 1 MB paste
    uses the CPU that ordinary articles leave free, and never takes their workers.

    ``workers=0``: in the server's own thread pool, without processes (for tests, and where no
    process can be started); the pipeline's caches and the charts are safe to share between
    threads, but the analyses share one core (long texts still one at a time).
    """

    def __init__(self, workers: int) -> None:
        if workers < 0:
            raise ValueError("workers must be 0 (threads of this process) or more")
        self.workers = workers
        self._pools: dict[bool, ProcessPoolExecutor] = {}  # by "is for long texts"
        self._one_long_text_at_a_time = asyncio.Semaphore(1)  # without processes

    async def run(self, job: Callable[..., T], sub: Submission, ui: str, *args: Any) -> T:
        """``job(sub, ui, *args)`` in a worker; its exceptions are raised here."""
        long_text = len(sub.text) > LARGE_TEXT_CHARS
        if self.workers == 0:
            async with self._one_long_text_at_a_time if long_text else nullcontext():
                return await run_in_threadpool(job, sub, ui, *args)
        pool = self._pool(long_text)
        try:
            return await asyncio.wrap_future(pool.submit(job, sub, ui, *args))
        except BrokenProcessPool:
            # a worker died (killed, out of memory): this pool takes no more work, the next request starts a new one
            if self._pools.get(long_text) is pool:
                del self._pools[long_text]
                pool.shutdown(wait=False, cancel_futures=True)
            raise WebError(503, tw("err_worker", ui)) from None

    def _pool(self, long_text: bool) -> ProcessPoolExecutor:
        if long_text not in self._pools:
            # spawn, not fork: forking a process that runs threads (the server's) can copy a held lock
            self._pools[long_text] = ProcessPoolExecutor(
                1 if long_text else self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(LARGE_TEXT_NICENESS if long_text else 0,),
            )  # fmt: skip
        return self._pools[long_text]

    def shutdown(self) -> None:
        """Stop the workers (a running analysis is finished first, queued ones are dropped)."""
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(niceness: int) -> None:
    # Ctrl+C in the terminal reaches every process of the group, but stopping is the server's job
    # (it shuts the pools down); without this each idle worker would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if niceness and hasattr(os, "nice"):  # Unix only
        os.nice(niceness)


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


class PendingLimit:
    """Answer POSTs beyond ``max_pending`` in progress with ``busy`` (503) before their bodies are read,
    so that a flood of requests cannot fill the memory with texts waiting for a worker."""

    def __init__(self, app: ASGIApp, max_pending: int, busy: Callable[[Scope], Response]) -> None:
        self.app = app
        self.max_pending = max_pending
        self.busy = busy
        self.pending = 0  # only touched by the event loop's thread

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        if self.pending >= self.max_pending:
            await self.busy(scope)(scope, receive, send)
            return
        self.pending += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.pending -= 1


def _human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


# --- the app ----------------------------------------------------------------------------------


class SpanIn(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    category: Literal["hedge", "attribution", "loaded", "scare_quote", "booster"]  # teach.TEACH_CATEGORIES


SpanList = TypeAdapter(Annotated[list[SpanIn], Field(max_length=2000)])  # as CheckIn.spans


class CheckIn(BaseModel):
    """The teaching check: the text as first submitted, and the learner's spans (offsets into the analysed text)."""

    text: str = Field(min_length=1)
    markup: Literal["txt", "md", "html"] = "txt"
    article_lang: Literal["auto", "de", "en", "es"] = "auto"
    ui: Literal["de", "en", "es"] = "de"
    text_sha256: str | None = None
    spans: list[SpanIn] = Field(default_factory=list, max_length=2000)


def _export_spans(raw: object, ui: str) -> list[LearnerSpan]:
    """The learner's marks from the export form's ``spans`` field: a JSON list of ``{start, end, category}``."""
    try:
        items = SpanList.validate_json(raw if isinstance(raw, str) and raw.strip() else "[]")
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise WebError(422, f"{tw('err_spans', ui)}: {where + ': ' if where else ''}{problem['msg']}") from None
    return [LearnerSpan(s.start, s.end, s.category) for s in items]


def create_app(
    max_bytes: int = DEFAULT_MAX_BYTES,
    default_ui_lang: str | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    workers: int | None = None,
    max_pending: int = DEFAULT_MAX_PENDING,
) -> FastAPI:
    """The ASGI app. ``max_bytes`` limits each request body and ``max_chars`` the text analysed per
    request; ``default_ui_lang`` (``de``/``en``/``es``) overrides the browser's Accept-Language when a page
    has no ``?lang=``. ``workers`` analysis processes (default :func:`default_workers`; 0: threads of
    this process, see :class:`Analyses`); at most ``max_pending`` POSTs at once, more are "busy"."""
    if default_ui_lang is not None and default_ui_lang not in UI_LANGS:
        raise ValueError(f"UI language {default_ui_lang!r} is not available; choose {', '.join(UI_LANGS)}")
    if max_bytes <= 0 or max_chars <= 0 or max_pending <= 0:
        raise ValueError("max_bytes, max_chars and max_pending must be positive")
    analyses = Analyses(default_workers() if workers is None else workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await run_in_threadpool(analyses.shutdown)

    # No /docs: Swagger UI would load scripts from a CDN.
    app = FastAPI(title="quellcheck", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
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

    def busy(scope: Scope) -> Response:
        request = Request(scope)
        response = error_response(request, 503, tw("err_busy", ui_of(request)))
        response.headers["retry-after"] = "5"
        return response

    # outermost last: security headers on every answer, the busy answer before any body is read
    app.add_middleware(BodyLimit, max_bytes=max_bytes, too_large=too_large)
    app.add_middleware(PendingLimit, max_pending=max_pending, busy=busy)
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
        sub = await _read_submission(request, max_bytes, max_chars, ui)
        # pages carry the text (up to max_chars) and take a moment to render: not in the event loop
        try:
            result = await analyses.run(jobs.editor_result, sub, ui)
        except UnscoredLanguage as exc:
            return await run_in_threadpool(_page, request, "editor.html.j2", ui, sub=sub, unscored=exc.message(ui))
        report = _with_nonce(result.report_html, _nonce(request))
        return await run_in_threadpool(_page, request, "editor.html.j2", ui, sub=sub, report=report,
                                       findings=result.findings, warnings=result.warnings)  # fmt: skip

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
        sub = await _read_submission(request, max_bytes, max_chars, ui)
        try:
            result = await analyses.run(jobs.download, sub, ui, fmt)
        except UnscoredLanguage as exc:
            raise WebError(422, exc.message(ui, form_below=False)) from None
        disposition = f'attachment; filename="{result.filename}"'
        return Response(result.body, media_type=DOWNLOADS[fmt], headers={"content-disposition": disposition})

    # --- teaching ---

    @app.get("/teach", response_class=HTMLResponse)
    def teach_form(request: Request) -> Response:
        return _page(request, "teach_form.html.j2", ui_of(request), sub=None)

    def teach_route(template: str) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            ui = ui_of(request)
            sub = await _read_submission(request, max_bytes, max_chars, ui)
            try:
                result = await analyses.run(jobs.teach_result, sub, ui)
            except UnscoredLanguage as exc:
                # no exercise, worksheet or answer key: with nothing checked they would look like a clean text
                return await run_in_threadpool(_page, request, "teach_form.html.j2", ui, path="/teach", sub=sub,
                                               unscored=exc.message(ui))  # fmt: skip
            return await run_in_threadpool(_page, request, template, ui, sub=sub, title=result.title, blocks=result.blocks,
                                           data=result.data, categories=TEACH_CATEGORIES, key=result.key,
                                           where=result.where)  # fmt: skip

        return route

    # the exercise, the printable worksheet and the answer key: one article, three views
    for path, template in (("/teach", "teach.html.j2"), ("/teach/worksheet", "worksheet.html.j2"), ("/teach/answers", "answers.html.j2")):
        app.post(path, response_class=HTMLResponse)(teach_route(template))

    @app.post("/teach/export/{fmt}")
    async def teach_export(request: Request, fmt: str) -> Response:
        """One coder's marks as span JSONL (``quellcheck evaluate``) or sentence codes (``quellcheck agree``):
        the form of the exercise page plus ``who`` (``learner``/``quellcheck``), ``coder`` and ``spans`` (JSON)."""
        ui = ui_of(request)
        if fmt not in jobs.EXPORTS:
            raise WebError(404, tw("err_not_found", ui))
        sub = await _read_submission(request, max_bytes, max_chars, ui)
        form = await request.form()  # read once above; Starlette keeps it
        who = str(form.get("who") or "learner")
        if who not in ("learner", "quellcheck"):
            raise WebError(400, f"{tw('err_bad_request', ui)}: who={who!r}")
        coder = " ".join(str(form.get("coder") or "").split())[:60]
        spans = _export_spans(form.get("spans"), ui) if who == "learner" else None
        try:
            result = await analyses.run(jobs.export, sub, ui, fmt, coder, spans)
        except UnscoredLanguage as exc:
            raise WebError(422, exc.message(ui, form_below=False)) from None
        disposition = f'attachment; filename="{result.filename}"'
        return Response(result.body, media_type=jobs.EXPORTS[fmt], headers={"content-disposition": disposition})

    @app.post("/api/teach/check")
    async def teach_check(body: CheckIn) -> dict[str, Any]:
        """Compare the learner's spans with quellcheck's annotations (see :mod:`scoring.web.teach`)."""
        sub = Submission(_normalise_newlines(body.text), body.markup, body.article_lang)
        _check_length(sub.text, max_chars, body.ui)
        spans = [LearnerSpan(s.start, s.end, s.category) for s in body.spans]
        try:
            return await analyses.run(jobs.check, sub, body.ui, body.text_sha256, spans)
        except UnscoredLanguage as exc:
            raise WebError(422, exc.message(body.ui, form_below=False)) from None

    return app


__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "Analyses", "create_app", "default_workers", "security_headers"]
