"""The ``quellcheck serve`` command: run the local web app with uvicorn.

Importing this module is cheap (click only); FastAPI and uvicorn are loaded
when the command runs, so the rest of the CLI does not pay for them.
"""

from __future__ import annotations

import ipaddress
import re

import click

from scoring.errors import EXIT_USAGE

DEFAULT_MAX_SIZE = "2MB"
DEFAULT_MAX_CHARS = 1_000_000  # scoring.web.app.DEFAULT_MAX_CHARS (not imported: that loads FastAPI)
_UNITS = {"": 1, "b": 1, "kb": 1000, "k": 1000, "mb": 1_000_000, "m": 1_000_000}


class ByteSize(click.ParamType):
    """A size in bytes: ``2000000``, ``500kB`` or ``2MB`` (decimal units)."""

    name = "size"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        if not match or match.group(2).lower() not in _UNITS:
            self.fail(f"{value!r} is not a size; write e.g. 2000000, 500kB or 2MB", param, ctx)
        size = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
        if size <= 0:
            self.fail("the size must be more than 0 bytes", param, ctx)
        return size


def is_local_host(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine (loopback address or ``localhost``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind_problem(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on (in use, no such address), or ``None``."""
    import socket

    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return str(exc.strerror or exc)
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return "the port is already in use" if exc.errno == 98 else str(exc.strerror or exc)
    return None


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


@click.command(epilog="Exit codes: 0 after a clean stop (Ctrl+C), 2 for a usage error (bad option, refused host).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only loopback addresses are accepted unless --allow-remote is given.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--max-size", default=DEFAULT_MAX_SIZE, show_default=True, type=ByteSize(),
              help="Largest request accepted (pasted text or uploaded file), e.g. 500kB or 5MB; larger ones get a 413 page.")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Longest text analysed per request, in characters; longer ones get a message asking to split the text.")
@click.option("--lang", "ui_lang", type=click.Choice(["de", "en", "es"]), default=None,
              help="Default language of the pages (default: from the browser's Accept-Language, else German).")
@click.option("--allow-remote", is_flag=True,
              help="Allow a non-local --host. Anyone who can reach it can use the app; there is no login.")
def serve(host: str, port: int, max_size: int, max_chars: int, ui_lang: str | None, allow_remote: bool) -> None:
    """Run the local web app: editor view and teaching mode in the browser.

    Paste a text or upload a file (.txt, .md, .html, .docx) to see the highlighted
    article, its profile, sources and findings, and download the report (HTML,
    Markdown, JSON). Teaching mode lets learners mark hedges, attributions,
    loaded wording and scare quotes and compare them with quellcheck; it also
    prints a worksheet and an answer key. Texts are never stored, and the pages
    load nothing from the internet. Analyses run in worker processes (one per
    CPU, at least two), so a very long text does not hold up the other users.
    """
    if not is_local_host(host):
        if not allow_remote:
            click.echo(f"quellcheck: error: --host {host} is not a local address; add --allow-remote to serve "
                       "other machines (there is no login)", err=True)  # fmt: skip
            raise SystemExit(EXIT_USAGE)
        click.echo(f"quellcheck: warning: serving on {host}: anyone who can reach this address can use the app", err=True)

    problem = _bind_problem(host, port)
    if problem:
        click.echo(f"quellcheck: error: cannot listen on {_url(host, port)}: {problem}; choose another --port", err=True)
        raise SystemExit(EXIT_USAGE)
    import uvicorn

    from scoring.web.app import create_app

    app = create_app(max_bytes=max_size, default_ui_lang=ui_lang, max_chars=max_chars)
    click.echo(f"quellcheck: serving on {_url(host, port)} (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


__all__ = ["ByteSize", "is_local_host", "serve"]
