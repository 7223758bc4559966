"""quellcheck reports: validated tables in, terminal text (and later HTML, Markdown) out.

Reports never analyse text themselves; they only read the tables that
:mod:`scoring` produced (see :mod:`schemas`).
"""

from __future__ import annotations

from reports.terminal import render_summary

__all__ = ["render_summary"]
