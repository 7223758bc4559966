"""Latency of ``quellcheck lsp``: how long a writer waits for diagnostics in the editor.

Each run starts a server, talks to it over stdio as an editor does (JSON-RPC
with ``Content-Length`` framing) and measures, for the 300-word draft of
``bench/startup.py``:

* **start** — from starting the process to the reply to ``initialize``;
* **open** — from sending ``didOpen`` (right after ``initialized``, as editors
  do) to receiving its ``publishDiagnostics`` (goal ≤ 1 s);
* **open, warm** — the same for a second document opened after the changes;
* **change** — from sending a ``didChange`` (a word edited) to receiving the
  diagnostics of that version (goal ≤ 0.3 s), ``--changes`` times per run,
  each after the previous diagnostics arrived. This includes the debounce
  delay (``--debounce``, default the server's 150 ms): the server waits that
  long after the last change before it checks.

Reported: medians over ``--runs`` runs (default 5) of the per-run figures (the
change figure of a run is the median of its changes), plus the fastest and
slowest single change. One server run before them fills quellcheck's cache and
is not counted (as in ``bench/startup.py``).

Usage: python bench/lsp_latency.py [--runs N] [--changes N] [--debounce MS] [--json]
"""

from __future__ import annotations

import argparse
import json
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import DRAFT, QUELLCHECK  # the same 300-word draft

TIMEOUT = 30.0
EDITS = ("Stadtrat", "Gemeinderat")  # the word swapped back and forth by each change


class Session:
    """One server process and the framing of its messages."""

    def __init__(self, debounce_ms: int | None) -> None:
        args = [str(QUELLCHECK), "lsp"] + (["--debounce", str(debounce_ms)] if debounce_ms is not None else [])
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        length = 0
        while header := stream.readline():
            if header == b"\r\n":
                self.messages.put(json.loads(stream.read(length)))
                continue
            name, _, value = header.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        self.messages.put(None)

    def wait_for(self, wanted: Any) -> dict[str, Any]:
        while True:
            message = self.messages.get(timeout=TIMEOUT)
            if message is None:
                raise RuntimeError("the server closed its output")
            if wanted(message):
                return message

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        request_id = self.next_id
        self.send({"id": request_id, "method": method, "params": params})
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m).get("result")

    def diagnostics(self, uri: str, version: int) -> list[Any]:
        message = self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"]["uri"] == uri and m["params"].get("version") == version)  # fmt: skip
        return message["params"]["diagnostics"]

    def close(self) -> None:
        self.request("shutdown", None)
        self.send({"method": "exit"})
        self.process.wait(timeout=TIMEOUT)


def one_run(folder: Path, changes: int, debounce_ms: int | None) -> dict[str, Any]:
    uri = (folder / "draft.md").as_uri()
    started = time.perf_counter()
    session = Session(debounce_ms)
    try:
        session.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}})
        initialized = time.perf_counter()
        session.send({"method": "initialized", "params": {}})
        sent = time.perf_counter()
        session.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": DRAFT}}})  # fmt: skip
        found = session.diagnostics(uri, 1)
        opened = time.perf_counter() - sent
        assert found, "the draft has findings"
        change_times = []
        for version in range(2, changes + 2):
            old, new = EDITS if version % 2 == 0 else EDITS[::-1]
            text = DRAFT.replace(old, new)
            sent = time.perf_counter()
            session.send({"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}})  # fmt: skip
            session.diagnostics(uri, version)
            change_times.append(time.perf_counter() - sent)
        other = (folder / "other.md").as_uri()  # a second document, once the server is warm
        sent = time.perf_counter()
        session.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": other, "languageId": "markdown", "version": 1, "text": DRAFT}}})  # fmt: skip
        session.diagnostics(other, 1)
        opened_warm = time.perf_counter() - sent
        session.close()
    finally:
        if session.process.poll() is None:
            session.process.kill()
    return {"start": initialized - started, "open": opened, "open_warm": opened_warm, "change": statistics.median(change_times), "changes": change_times}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--changes", type=int, default=10)
    parser.add_argument("--debounce", type=int, default=None, metavar="MS", help="the server's --debounce (default: its own, 150 ms)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one_run(folder, 1, args.debounce)  # fills the cache; not counted
        runs = [one_run(folder, args.changes, args.debounce) for _ in range(args.runs)]
    every_change = [t for run in runs for t in run["changes"]]
    result = {
        "debounce_ms": 150 if args.debounce is None else args.debounce,
        "runs": args.runs,
        "changes_per_run": args.changes,
        "start_s": round(statistics.median(r["start"] for r in runs), 3),
        "open_s": round(statistics.median(r["open"] for r in runs), 3),
        "open_warm_s": round(statistics.median(r["open_warm"] for r in runs), 3),
        "change_s": round(statistics.median(r["change"] for r in runs), 3),
        "change_min_s": round(min(every_change), 3),
        "change_max_s": round(max(every_change), 3),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"medians of {args.runs} runs, {args.changes} changes each; debounce {result['debounce_ms']} ms")
    print(f"  start → initialize reply        {result['start_s']:6.3f} s")
    print(f"  didOpen → diagnostics           {result['open_s']:6.3f} s   (goal ≤ 1 s)")
    print(f"  didOpen of a second document    {result['open_warm_s']:6.3f} s")
    print(f"  didChange → diagnostics         {result['change_s']:6.3f} s   (goal ≤ 0.3 s; "
          f"single changes {result['change_min_s']:.3f}–{result['change_max_s']:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
