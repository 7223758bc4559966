"""quellcheck reports: validated tables in, HTML, Markdown and terminal text out.

Reports never analyse text themselves; they only read the tables that
:mod:`scoring` produced (see :mod:`schemas`).
"""

from __future__ import annotations

from reports.article import render_article_html, render_article_markdown, render_article_pages
from reports.corpus import safe_file_stem
from reports.terminal import render_summary

__all__ = ["render_article_html", "render_article_markdown", "render_article_pages", "render_summary", "safe_file_stem"]
