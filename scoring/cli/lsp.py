"""``quellcheck lsp``: the Language Server for editors (VS Code, Neovim, Emacs …), over standard input and output.

pygls is imported only when the server starts, so ``quellcheck --help`` stays fast.
"""

from __future__ import annotations

import logging
import sys

import click

from scoring.cli.common import handle_errors
from scoring.reading.readers import DEFAULT_MAX_CHARS

DEFAULT_DEBOUNCE_MS = 150


@click.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default and only transport; "
              "accepted because many editors pass it).")  # fmt: skip
@click.option("--debounce", "debounce_ms", type=click.IntRange(0, 10_000), default=DEFAULT_DEBOUNCE_MS, show_default=True,
              metavar="MS", help="Milliseconds to wait after the last change before checking a document again.")  # fmt: skip
@click.option("--max-chars", type=click.IntRange(1, DEFAULT_MAX_CHARS), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Longest document checked; a longer one gets one 'not checked' diagnostic.")  # fmt: skip
@click.option("--log-level", type=click.Choice(["error", "warning", "info", "debug"]), default="warning", show_default=True,
              help="What the server logs on standard error (editors show it in their log of the server).")  # fmt: skip
@handle_errors
def lsp(stdio: bool, debounce_ms: int, max_chars: int, log_level: str) -> None:
    """Run the Language Server: findings as diagnostics while you write.

    Your editor starts `quellcheck lsp` and talks to it over standard input
    and output (the Language Server Protocol). Markdown, plain-text and HTML
    documents are checked when opened, saved and shortly after each change,
    with the rules, configuration ([tool.quellcheck] in pyproject.toml or
    .quellcheck.toml above the document) and inline suppression of `quellcheck
    check`. Loaded terms get a quick fix with the neutral wording. Set-up for
    VS Code, Neovim and Emacs: see the README.
    """
    from scoring.lsp.server import create_server

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="quellcheck lsp: %(name)s: %(levelname)s: %(message)s")
    for name in ("scoring", "pygls"):  # not markdown-it and the others: their debug output is of no use here
        logging.getLogger(name).setLevel(log_level.upper())
    # The protocol owns standard output: anything else printed there would corrupt it.
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    server = create_server(debounce=debounce_ms / 1000, max_chars=max_chars)
    try:
        server.start_io(sys.stdin.buffer, protocol_out)
    finally:
        server.stop_checks()
