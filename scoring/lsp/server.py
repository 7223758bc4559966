"""The Language Server: ``check``'s findings as diagnostics while a draft is edited (pygls, JSON-RPC over stdio).

* **When** — a document is checked when it is opened or saved, and
  ``debounce`` seconds after the last change (typing does not start an analysis
  per keystroke). Before the first document arrives, a warm-up check loads the
  engines, so the first diagnostics come as fast as later ones.
* **Where** — analyses run in one worker thread, never on the event loop, so
  the server keeps reading messages (and answering code actions) meanwhile. A
  result for a version of the document that is no longer the newest is dropped:
  a newer change cancels the pending check, and a check that finishes late is
  not published. Only one analysis runs at a time; checks still queued for an
  older version are cancelled before they start.
* **What** — one diagnostic per finding: the rule id as ``code``, the severity
  (error/warning/info → Error/Warning/Information), the message in the
  configuration's ``ui-lang``; loaded terms with a neutral wording get a quick
  fix that replaces the span ("Regime" → "Regierung").
* **Sync** — the client sends the whole text with each change (full sync):
  drafts are small, and it leaves no edit to apply with pygls' line splitting,
  which differs from the protocol's (pygls splits at U+2028 and form feeds too,
  characters common in pasted web text).

Documents other than Markdown, plain text and HTML are left alone (logged once).
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from scoring._version import __version__
from scoring.lsp.diagnose import Checker, Document, Problem
from scoring.reading.readers import DEFAULT_MAX_CHARS

logger = logging.getLogger(__name__)

DEFAULT_DEBOUNCE = 0.15
"""Seconds after the last change before a document is checked again (a pause between keystrokes is ≈ 0.2 s)."""

SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}

FIX_TITLES = {"en": "Replace with", "de": "Ersetzen durch", "es": "Reemplazar por"}


def _quoted(wording: str, ui_lang: str) -> str:
    """A replacement in a quick fix's title: «…» in Spanish, „…“ otherwise."""
    return f"\u00ab{wording}\u00bb" if ui_lang == "es" else f"\u201e{wording}\u201c"


@dataclass
class _OpenDocument:
    """What the server keeps per open document: the pending check and the last published problems."""

    pending: asyncio.Task[None] | None = None
    published_version: int | None = None
    published: list[tuple[Problem, lsp.Diagnostic]] = field(default_factory=list)
    ignored: bool = False  # not Markdown, text or HTML: logged once


class QuellcheckServer(LanguageServer):
    """A Language Server publishing ``quellcheck check``'s findings; see the module docstring."""

    def __init__(self, debounce: float = DEFAULT_DEBOUNCE, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        super().__init__("quellcheck", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.debounce = debounce
        self.checker = Checker(max_chars=max_chars)
        self.analysis = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quellcheck-check")
        self.documents: dict[str, _OpenDocument] = {}

    # --- scheduling -------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check still pending for an older version."""
        state = self.documents.setdefault(uri, _OpenDocument())
        if state.pending is not None:
            state.pending.cancel()
        state.pending = asyncio.get_running_loop().create_task(self._check_later(uri, delay))
        state.pending.add_done_callback(self._report_failure)

    def _report_failure(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            logger.error("checking a document failed", exc_info=task.exception())
            self.log(lsp.MessageType.Error, f"quellcheck: internal error: {task.exception()!r} (please report it)")

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        text_document = self.workspace.get_text_document(uri)
        version = text_document.version
        path = Path(to_fs_path(uri)) if uri.startswith("file:") else None
        document = Document(uri, text_document.source, text_document.language_id or "", version, path)
        negotiated = self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16
        encoding = str(getattr(negotiated, "value", negotiated))  # "utf-16", or what client and server agreed on
        loop = asyncio.get_running_loop()
        problems = await loop.run_in_executor(self.analysis, self.checker.check, document, encoding)
        state = self.documents.get(uri)
        if state is None or self.workspace.get_text_document(uri).version != version:
            logger.debug("dropped the result for %s version %s: a newer version arrived", uri, version)
            return
        if state.pending is asyncio.current_task():
            state.pending = None
        if problems is None:
            if not state.ignored:
                state.ignored = True
                self.log(lsp.MessageType.Info, f"quellcheck checks Markdown, text and HTML; not {uri} "
                         f"(language {document.language_id!r})")  # fmt: skip
            return
        self.publish(uri, version, problems)

    def publish(self, uri: str, version: int | None, problems: list[Problem]) -> None:
        state = self.documents.setdefault(uri, _OpenDocument())
        state.published_version = version
        state.published = [(problem, self._diagnostic(problem)) for problem in problems]
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[d for _, d in state.published], version=version)
        )

    def forget(self, uri: str) -> None:
        """A closed document: cancel its check and clear its diagnostics."""
        state = self.documents.pop(uri, None)
        if state is not None and state.pending is not None:
            state.pending.cancel()
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def log(self, kind: lsp.MessageType, message: str) -> None:
        self.window_log_message(lsp.LogMessageParams(type=kind, message=message))

    @staticmethod
    def _diagnostic(problem: Problem) -> lsp.Diagnostic:
        return lsp.Diagnostic(
            range=_range(problem),
            message=problem.message,
            severity=SEVERITY[problem.severity],
            code=problem.code,
            source="quellcheck",
            data={"replacements": list(problem.replacements)} if problem.replacements else None,
        )

    # --- code actions -----------------------------------------------------------------------

    def quick_fixes(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        """A quick fix per neutral wording of each loaded term overlapping the requested range."""
        uri = params.text_document.uri
        state = self.documents.get(uri)
        if state is None or state.published_version != self.workspace.get_text_document(uri).version:
            return []  # the published ranges belong to an older text
        actions = []
        for problem, diagnostic in state.published:
            if not problem.replacements or not _overlaps(diagnostic.range, params.range):
                continue
            for wording in problem.replacements:
                edit = lsp.TextEdit(range=diagnostic.range, new_text=wording)
                actions.append(lsp.CodeAction(
                    title=f"{FIX_TITLES.get(problem.ui_lang, FIX_TITLES['en'])} {_quoted(wording, problem.ui_lang)} ({problem.code})",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=self._workspace_edit(uri, state.published_version, edit),
                    is_preferred=wording == problem.replacements[0],
                ))  # fmt: skip
        return actions

    def _workspace_edit(self, uri: str, version: int | None, edit: lsp.TextEdit) -> lsp.WorkspaceEdit:
        """The edit, tied to the document's version where the client supports that (it then refuses a stale one)."""
        capabilities = self.client_capabilities.workspace
        versioned = bool(capabilities and capabilities.workspace_edit and capabilities.workspace_edit.document_changes)
        if versioned and version is not None:
            target = lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(text_document=target, edits=[edit])])
        return lsp.WorkspaceEdit(changes={uri: [edit]})

    def stop_checks(self) -> None:
        for state in self.documents.values():
            if state.pending is not None:
                state.pending.cancel()
        self.analysis.shutdown(wait=False, cancel_futures=True)


def _range(problem: Problem) -> lsp.Range:
    return lsp.Range(start=lsp.Position(*problem.start), end=lsp.Position(*problem.end))


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    """Whether two ranges share a position (touching counts: a cursor at either end of a word is on it)."""
    a_start, a_end = (a.start.line, a.start.character), (a.end.line, a.end.character)
    b_start, b_end = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return a_start <= b_end and b_start <= a_end


def create_server(debounce: float = DEFAULT_DEBOUNCE, max_chars: int = DEFAULT_MAX_CHARS) -> QuellcheckServer:
    """A server with quellcheck's features registered; start it with ``start_io()``."""
    server = QuellcheckServer(debounce=debounce, max_chars=max_chars)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: QuellcheckServer, params: lsp.InitializedParams) -> None:
        root = ls.workspace.root_path
        ls.checker.fallback_dir = Path(root) if root else None
        ls.analysis.submit(ls.checker.warm_up)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: QuellcheckServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: QuellcheckServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: QuellcheckServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)  # the configuration may have changed meanwhile

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: QuellcheckServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
    def code_action(ls: QuellcheckServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return ls.quick_fixes(params)

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: QuellcheckServer, params: Any) -> None:
        ls.stop_checks()

    return server


__all__ = ["DEFAULT_DEBOUNCE", "QuellcheckServer", "create_server"]
