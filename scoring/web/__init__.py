"""``quellcheck serve``: a local web app for editors (highlighted article, findings, downloads) and teachers
(learners mark spans and compare them with quellcheck's annotations; worksheet and answer key).

>>> from scoring.web import create_app
>>> app = create_app(max_bytes=1_000_000)
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_MAX_BYTES", "create_app"]


def __getattr__(name: str) -> Any:
    # FastAPI, jinja2 and matplotlib load only when the app is made: `quellcheck --help` lists
    # `serve` from scoring.web.cli without them.
    if name in __all__:
        from scoring.web import app

        return getattr(app, name)
    raise AttributeError(f"module 'scoring.web' has no attribute {name!r}")
