"""``quellcheck serve``: a local web app for editors (highlighted article, findings, downloads) and teachers
(learners mark spans and compare them with quellcheck's annotations; worksheet and answer key).

>>> from scoring.web import create_app
>>> app = create_app(max_bytes=1_000_000)
"""

from __future__ import annotations

from scoring.web.app import DEFAULT_MAX_BYTES, create_app

__all__ = ["DEFAULT_MAX_BYTES", "create_app"]
