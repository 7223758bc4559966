"""``quellcheck lsp``: the Language Server, end to end over stdio, and its position and wording helpers.

The client below speaks JSON-RPC with ``Content-Length`` framing over the
server's pipes, as an editor does. Every wait is bounded and waits for a
message, never for time to pass. Drafts are written for these tests.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import QUELLCHECK
from scoring.lsp.diagnose import Checker, Document, markup_for, not_text, replacements
from scoring.languages import scored_codes
from scoring.lsp.positions import LspPositions, code_units

TIMEOUT = 60.0  # seconds for any one message; a warm server answers in well under one
DRAFT = (
    "# Neue Radwege\n"
    "\n"
    "Die Stadt plant neue Radwege. Das Regime soll 40 Millionen Euro veruntreut haben.\n"
    "Der Bürgermeister sagte, die Arbeiten begännen im Mai.\n"
)
FOREIGN = {  # drafts in languages quellcheck reads; the tests use one that has no scorers (yet)
    "en": "The council is said to have spent 40 million euros on the new cycle lanes, officials told reporters.\n",
    "es": "El ayuntamiento habría gastado 40 millones de euros en los nuevos carriles bici, según fuentes municipales.\n",
}
UNSCORED = [lang for lang in FOREIGN if lang not in scored_codes()]


class LspClient:
    """A minimal editor: starts ``quellcheck lsp``, sends requests and notifications, collects what comes back."""

    def __init__(self, *args: str, cwd: Path | None = None) -> None:
        self.process = subprocess.Popen([str(QUELLCHECK), "lsp", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, cwd=cwd)  # fmt: skip
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.seen: list[dict[str, Any]] = []  # every message from the server, in order
        self.stderr: list[bytes] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()  # type: ignore[arg-type]

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                header = stream.readline()
                if not header:
                    self.messages.put(None)
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length is not None, "a message without Content-Length"
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self.send({"method": method, **({"params": params} if params is not None else {})})

    def request(self, method: str, params: dict[str, Any] | None = None) -> Any:
        self.next_id += 1
        request_id = self.next_id
        self.send({"id": request_id, "method": method, **({"params": params} if params is not None else {})})
        reply = self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, f"the reply to {method}")
        assert "error" not in reply, reply["error"]
        return reply["result"]

    def wait_for(self, wanted: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        """The next message ``wanted`` accepts (requests from the server are answered on the way)."""
        while True:
            try:
                message = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError(f"no {what} within {TIMEOUT:.0f} s; stderr: {self.stderr_text()}") from None
            if message is None:
                raise AssertionError(f"the server closed its output while waiting for {what}; stderr: {self.stderr_text()}")
            self.seen.append(message)
            if "id" in message and "method" in message:
                self.send({"id": message["id"], "result": None})  # e.g. window/workDoneProgress/create
            if wanted(message):
                return message

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        """The diagnostics of the next publishDiagnostics for ``uri`` (and ``version``, when given)."""

        def wanted(m: dict[str, Any]) -> bool:
            return (m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                    and (version is None or m["params"].get("version") == version))  # fmt: skip

        return self.wait_for(wanted, f"diagnostics for {uri} (version {version})")["params"]["diagnostics"]

    def initialize(self, root: Path | None = None, capabilities: dict[str, Any] | None = None) -> dict[str, Any]:
        result = self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": root.as_uri() if root else None,
            "capabilities": capabilities or {},
        })  # fmt: skip
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language_id: str = "markdown", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language_id, "version": version, "text": text}})

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})

    def close(self) -> int:
        """Shut down and exit as an editor does; the server's exit code."""
        if self.process.poll() is None:
            assert self.request("shutdown") is None
            self.notify("exit")
        try:
            return self.process.wait(timeout=TIMEOUT)
        finally:
            if self.process.poll() is None:
                self.process.kill()

    def stderr_text(self) -> str:
        return b"".join(self.stderr).decode("utf-8", "replace")[-2000:]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LspClient]:
    """One server for the tests that only open documents (each under its own URI)."""
    root = tmp_path_factory.mktemp("lsp")
    lsp = LspClient()
    lsp.initialize(root)
    yield lsp
    lsp.close()


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path.as_uri()


def at(text: str, diagnostic: dict[str, Any]) -> str:
    """The text a diagnostic's range covers, reading its positions as UTF-16 code units."""
    lines = text.split("\n")

    def offset(position: dict[str, int]) -> int:
        line = lines[position["line"]]
        units = line.encode("utf-16-le")[: 2 * position["character"]]
        return sum(len(x) + 1 for x in lines[: position["line"]]) + len(units.decode("utf-16-le"))

    return text[offset(diagnostic["range"]["start"]) : offset(diagnostic["range"]["end"])]


def by_code(diagnostics: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {d["code"]: d for d in diagnostics}


# --- the whole session ---------------------------------------------------------------------------


def test_session_open_diagnose_quick_fix_change_shutdown(tmp_path: Path) -> None:
    uri = write(tmp_path / "draft.md", DRAFT)
    lsp = LspClient()
    try:
        result = lsp.initialize(tmp_path)
        capabilities = result["capabilities"]
        assert capabilities["textDocumentSync"]["change"] == 1  # full text with each change
        assert capabilities["textDocumentSync"]["openClose"] is True
        assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
        assert result["serverInfo"]["name"] == "quellcheck"

        lsp.open(uri, DRAFT)
        diagnostics = lsp.diagnostics(uri, version=1)
        found = by_code(diagnostics)
        assert set(found) == {"loaded-term", "reportative-sollen"}
        loaded = found["loaded-term"]
        assert loaded["range"] == {"start": {"line": 2, "character": 34}, "end": {"line": 2, "character": 40}}
        assert at(DRAFT, loaded) == "Regime" and at(DRAFT, found["reportative-sollen"]) == "soll"
        assert loaded["severity"] == 2 and loaded["source"] == "quellcheck"
        assert loaded["message"].startswith("Loaded term: \u201cRegime\u201d") and "(neutral: Regierung)" in loaded["message"]

        cursor = {"line": 2, "character": 36}
        actions = lsp.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": {"start": cursor, "end": cursor},
            "context": {"diagnostics": [loaded]},
        })  # fmt: skip
        assert [a["title"] for a in actions] == ["Replace with \u201eRegierung\u201c (loaded-term)"]
        (fix,) = actions
        assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
        assert fix["edit"] == {"changes": {uri: [{"range": loaded["range"], "newText": "Regierung"}]}}
        assert fix["diagnostics"][0]["code"] == "loaded-term"
        elsewhere = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}}
        assert lsp.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": elsewhere, "context": {"diagnostics": []}}) == []  # fmt: skip

        # the editor applies the fix; then the writer silences the remaining finding on its line
        fixed = DRAFT.replace("Das Regime soll", "Die Regierung soll")
        lsp.change(uri, fixed, version=2)
        assert [d["code"] for d in lsp.diagnostics(uri, version=2)] == ["reportative-sollen"]
        silenced = fixed.replace("veruntreut haben.\n", "veruntreut haben. <!-- quellcheck: ignore reportative-sollen -->\n")
        lsp.change(uri, silenced, version=3)
        assert lsp.diagnostics(uri, version=3) == []

        lsp.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        assert lsp.diagnostics(uri) == []
    finally:
        code = lsp.close()
    assert code == 0, lsp.stderr_text()


def test_versioned_edits_when_the_client_supports_them(tmp_path: Path) -> None:
    uri = write(tmp_path / "draft.md", DRAFT)
    lsp = LspClient()
    try:
        lsp.initialize(tmp_path, {"workspace": {"workspaceEdit": {"documentChanges": True}}})
        lsp.open(uri, DRAFT, version=7)
        loaded = by_code(lsp.diagnostics(uri, version=7))["loaded-term"]
        (fix,) = lsp.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": loaded["range"], "context": {"diagnostics": [loaded]}})  # fmt: skip
        assert fix["edit"] == {"documentChanges": [{"textDocument": {"uri": uri, "version": 7},
                                                    "edits": [{"range": loaded["range"], "newText": "Regierung"}]}]}  # fmt: skip
    finally:
        assert lsp.close() == 0


def test_a_late_result_for_an_older_version_is_dropped(tmp_path: Path) -> None:
    """Version 1 is long (its analysis takes about 0.3 s); version 2 arrives while it runs."""
    uri = (tmp_path / "long.md").as_uri()
    long_text = DRAFT + "\n" + "Die Stadt plant neue Radwege, und der Rat stimmt am Dienstag darüber ab. " * 3000
    lsp = LspClient("--debounce", "0")
    try:
        lsp.initialize(tmp_path)
        first = (tmp_path / "first.md").as_uri()
        lsp.open(first, DRAFT)
        lsp.diagnostics(first)  # the warm-up is over: version 1 below starts at once
        lsp.open(uri, long_text, version=1)
        lsp.change(uri, "Das Regime soll 40 Millionen Euro veruntreut haben.\n", version=2)
        published = lsp.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri, "diagnostics")
        assert published["params"]["version"] == 2
        assert {d["code"] for d in published["params"]["diagnostics"]} == {"loaded-term", "reportative-sollen"}
    finally:
        assert lsp.close() == 0


def test_changes_in_quick_succession_are_checked_once(tmp_path: Path) -> None:
    uri = (tmp_path / "typing.md").as_uri()
    lsp = LspClient("--debounce", "2000")  # far longer than the three messages take to arrive
    try:
        lsp.initialize(tmp_path)
        lsp.open(uri, "Die Stadt plant neue Radwege.\n")
        assert lsp.diagnostics(uri, version=1) == []
        for version, text in enumerate(["Das Re", "Das Regime so", "Das Regime soll 40 Millionen Euro veruntreut haben.\n"], start=2):
            lsp.change(uri, text, version)
        assert {d["code"] for d in lsp.diagnostics(uri)} == {"loaded-term", "reportative-sollen"}
        marker = (tmp_path / "marker.md").as_uri()  # checked after anything still queued
        lsp.open(marker, DRAFT)
        lsp.diagnostics(marker)
        publications = [m for m in lsp.seen if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]
        assert [m["params"]["version"] for m in publications] == [1, 4]
    finally:
        assert lsp.close() == 0


# --- positions, configuration, languages -----------------------------------------------------------


def test_columns_count_utf16_code_units_after_characters_outside_the_bmp(client: LspClient, tmp_path: Path) -> None:
    text = "# Radwege 😀\n\n𝔄𝔅 😀 Das Regime soll 40 Millionen Euro veruntreut haben.\n"
    uri = write(tmp_path / "emoji.md", text)
    client.open(uri, text)
    found = by_code(client.diagnostics(uri, version=1))
    prefix = "𝔄𝔅 😀 Das "
    assert len(prefix) == 9 and len(prefix.encode("utf-16-le")) // 2 == 12  # three characters of two units
    assert found["loaded-term"]["range"] == {"start": {"line": 2, "character": 12}, "end": {"line": 2, "character": 18}}
    assert at(text, found["loaded-term"]) == "Regime" and at(text, found["reportative-sollen"]) == "soll"


def test_windows_line_ends_and_plain_text(client: LspClient, tmp_path: Path) -> None:
    text = "Radwege\r\n\r\nDie Stadt plant neue Radwege. Das Regime soll 40 Millionen Euro veruntreut haben.\r\n"
    uri = (tmp_path / "crlf.txt").as_uri()
    client.open(uri, text, language_id="plaintext")
    loaded = by_code(client.diagnostics(uri, version=1))["loaded-term"]
    assert loaded["range"]["start"] == {"line": 2, "character": 34}


def test_html_findings_point_into_the_page_source(client: LspClient, tmp_path: Path) -> None:
    page = ("<!DOCTYPE html>\n<html><head><title>Radwege</title></head>\n<body><article>\n<h1>Neue Radwege</h1>\n"
            "<p>Die Stadt plant neue Radwege. Das <em>Regime</em> soll 40 Millionen Euro veruntreut haben.</p>\n"
            "<p>Der Bürgermeister sagte, die Arbeiten begännen im Mai.</p>\n</article></body></html>\n")  # fmt: skip
    uri = (tmp_path / "page.html").as_uri()
    client.open(uri, page, language_id="html")
    found = by_code(client.diagnostics(uri, version=1))
    assert at(page, found["loaded-term"]) == "Regime" and found["loaded-term"]["range"]["start"]["line"] == 4


def test_configuration_nearest_file_ui_lang_and_severity(client: LspClient, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.quellcheck]\nui-lang = "de"\n\n[tool.quellcheck.severity]\nloaded-term = "error"\n')
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".quellcheck.toml").write_text('disable = ["loaded-term"]\n')
    german = write(tmp_path / "news" / "draft.md", DRAFT)
    client.open(german, DRAFT)
    found = by_code(client.diagnostics(german))
    assert found["loaded-term"]["severity"] == 1  # error
    assert found["loaded-term"]["message"].startswith("Wertender Begriff: \u201eRegime\u201c")
    assert found["reportative-sollen"]["message"].startswith("Hörensagen ohne Quelle")
    (fix,) = client.request("textDocument/codeAction", {
        "textDocument": {"uri": german}, "range": found["loaded-term"]["range"], "context": {"diagnostics": []}})  # fmt: skip
    assert fix["title"] == "Ersetzen durch \u201eRegierung\u201c (loaded-term)"
    nearer = write(tmp_path / "desk" / "draft.md", DRAFT)  # the nearer .quellcheck.toml wins over pyproject.toml
    client.open(nearer, DRAFT)
    assert [d["code"] for d in client.diagnostics(nearer)] == ["reportative-sollen"]


def test_a_broken_configuration_is_one_error_on_the_first_line(client: LspClient, tmp_path: Path) -> None:
    (tmp_path / ".quellcheck.toml").write_text("disable = [\n")
    uri = write(tmp_path / "draft.md", DRAFT)
    client.open(uri, DRAFT)
    (diagnostic,) = client.diagnostics(uri)
    assert diagnostic["severity"] == 1 and diagnostic["code"] == "configuration"
    assert ".quellcheck.toml: not valid TOML" in diagnostic["message"] and diagnostic["range"]["start"]["line"] == 0


def test_a_language_without_scorers_is_never_silently_clean(client: LspClient, tmp_path: Path) -> None:
    if not UNSCORED:
        pytest.skip("every language quellcheck reads has scorers")
    lang = UNSCORED[0]
    uri = (tmp_path / "foreign.md").as_uri()
    client.open(uri, FOREIGN[lang])
    (diagnostic,) = client.diagnostics(uri)
    assert diagnostic["message"] == f"not checked: no scorers for {lang!r} (available: {', '.join(scored_codes())})"
    assert diagnostic["severity"] == 3 and diagnostic["code"] == "not-checked"
    assert diagnostic["range"]["start"] == {"line": 0, "character": 0}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", None),
        ("  \n\n", None),
        ("PK\x03\x04\x14\x00\x00\x00\x08\x00binary", "not checked: this looks like binary data (NUL characters), not text"),
        ("Hallo", "not checked: too little text to identify the language"),
    ],
    ids=["empty", "whitespace", "binary", "one-word"],
)
def test_documents_that_cannot_be_checked(client: LspClient, tmp_path: Path, text: str, message: str | None) -> None:
    uri = (tmp_path / "odd.txt").as_uri()
    client.open(uri, text, language_id="plaintext")
    diagnostics = client.diagnostics(uri)
    if message is None:
        assert diagnostics == []
    else:
        (diagnostic,) = diagnostics
        assert diagnostic["message"].startswith(message) and diagnostic["severity"] == 3


def test_a_huge_document_gives_one_diagnostic_and_the_server_goes_on(tmp_path: Path) -> None:
    lsp = LspClient("--max-chars", "1000")
    try:
        lsp.initialize(tmp_path)
        huge = (tmp_path / "huge.md").as_uri()
        lsp.open(huge, DRAFT * 20)
        (diagnostic,) = lsp.diagnostics(huge)
        assert diagnostic["message"] == (f"not checked: the document has {len(DRAFT) * 20:,} characters, "
                                         "more than the limit of 1,000 (quellcheck lsp --max-chars)")
        small = (tmp_path / "small.md").as_uri()
        lsp.open(small, DRAFT)
        assert {d["code"] for d in lsp.diagnostics(small)} == {"loaded-term", "reportative-sollen"}
    finally:
        assert lsp.close() == 0


def test_other_documents_are_left_alone(client: LspClient, tmp_path: Path) -> None:
    python = (tmp_path / "script.py").as_uri()
    client.open(python, "print('Das Regime soll 40 Millionen Euro veruntreut haben.')\n", language_id="python")
    logged = client.wait_for(lambda m: m.get("method") == "window/logMessage" and "script.py" in m["params"]["message"],
                             "a log message about script.py")  # fmt: skip
    assert "'python'" in logged["params"]["message"]
    assert not any(m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == python for m in client.seen)


def test_an_unsaved_document_uses_the_workspace_configuration(tmp_path: Path) -> None:
    (tmp_path / ".quellcheck.toml").write_text('ui-lang = "de"\n')
    lsp = LspClient()
    try:
        lsp.initialize(tmp_path)
        lsp.open("untitled:Untitled-1", DRAFT)
        assert by_code(lsp.diagnostics("untitled:Untitled-1"))["loaded-term"]["message"].startswith("Wertender Begriff")
    finally:
        assert lsp.close() == 0


# --- the helpers, without a server ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "encoding", "expected"),
    [
        ("", 0, "utf-16", (0, 0)),
        ("abc", 3, "utf-16", (0, 3)),
        ("a\nb", 2, "utf-16", (1, 0)),
        ("a\r\nb", 3, "utf-16", (1, 0)),
        ("a\rb", 2, "utf-16", (1, 0)),  # a lone CR ends a line in LSP
        ("a\u2028b", 2, "utf-16", (0, 2)),  # U+2028 does not
        ("😀x", 1, "utf-16", (0, 2)),
        ("😀x", 1, "utf-8", (0, 4)),
        ("😀x", 1, "utf-32", (0, 1)),
        ("äx", 1, "utf-8", (0, 2)),
        ("ab", 99, "utf-16", (0, 2)),
    ],
)
def test_lsp_positions(text: str, offset: int, encoding: str, expected: tuple[int, int]) -> None:
    assert LspPositions(text, encoding).position(offset) == expected


def test_code_units_and_line_ends() -> None:
    assert code_units("𝔄😀a", "utf-16") == 5
    positions = LspPositions("eins\r\nzwei\nd😀")
    assert [positions.line_end_position(n) for n in range(4)] == [(0, 4), (1, 4), (2, 3), (2, 3)]
    with pytest.raises(ValueError, match="unknown position encoding"):
        LspPositions("x", "latin-1")


@pytest.mark.parametrize(
    ("flagged", "suggestion", "expected"),
    [
        ("Regime", None, ()),
        ("Regime", "", ()),
        ("Regime", "Regierung", ("Regierung",)),
        ("Regime", "Regierung (Vorwürfe mit Quelle belegen)", ("Regierung",)),
        ("korrupt", "(Vorwurf mit Quelle belegen)", ()),
        ("Kastrismus", "kubanische Regierung, Castro-Regierung", ("kubanische Regierung", "Castro-Regierung")),
        ("Castro-Regime", "Regierung", ("Castro-Regierung", "Regierung")),
        ("Mullah-Regime", "iranische Regierung", ("iranische Regierung",)),
        ("Medien", "Medien", ()),
    ],
)
def test_replacements_from_a_suggestion(flagged: str, suggestion: str | None, expected: tuple[str, ...]) -> None:
    assert replacements(flagged, suggestion) == expected


@pytest.mark.parametrize(
    ("language_id", "path", "expected"),
    [
        ("markdown", None, "md"),
        ("plaintext", None, "txt"),
        ("text", None, "txt"),
        ("html", None, "html"),
        ("", Path("draft.markdown"), "md"),
        ("python", Path("draft.py"), None),
        ("", Path("rows.csv"), None),
    ],
)
def test_markup_for(language_id: str, path: Path | None, expected: str | None) -> None:
    assert markup_for(language_id, path) == expected


def test_not_text() -> None:
    assert not_text("Die Stadt plant neue Radwege.") is None
    assert not_text("a\x00b") is not None
    assert "undecodable" in (not_text("\ufffd\x01\x02" * 50 + "Text") or "")


def test_checker_reports_directive_problems_on_their_line() -> None:
    text = "Die Stadt plant neue Radwege.\nDas Regime soll 40 Millionen Euro veruntreut haben. <!-- quellcheck: ignore loaded-terms -->\n"
    problems = Checker().check(Document("untitled:1", text, "markdown"))
    assert problems is not None
    directive = next(p for p in problems if p.code == "directive")
    assert directive.start == (1, 0) and directive.severity == "warning" and "loaded-terms" in directive.message
    assert {p.code for p in problems} == {"directive", "loaded-term", "reportative-sollen"}
