"""quellcheck reports: validated tables in, HTML, Markdown and terminal text out.

Reports never analyse text themselves; they only read the tables that
:mod:`scoring` produced (see :mod:`schemas`).

The renderers are imported on first use: ``quellcheck check`` takes the Spanish texts of its
messages from :mod:`reports.i18n_es` and must not load pandas and matplotlib with them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reports.article import render_article_html, render_article_markdown, render_article_pages
    from reports.corpus import safe_file_stem
    from reports.terminal import render_summary

_HOMES = {
    "render_article_html": "reports.article",
    "render_article_markdown": "reports.article",
    "render_article_pages": "reports.article",
    "safe_file_stem": "reports.corpus",
    "render_summary": "reports.terminal",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(import_module(_HOMES[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'reports' has no attribute {name!r}")


__all__ = ["render_article_html", "render_article_markdown", "render_article_pages", "render_summary", "safe_file_stem"]
