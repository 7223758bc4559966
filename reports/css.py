"""Scope a style sheet to one element, for report fragments embedded in other pages (Jupyter).

A page-level sheet styles ``:root``, ``body`` and bare elements; embedded in a
notebook those rules would restyle the notebook itself. :func:`scope_css`
rewrites every selector to apply only inside ``scope``; ``@page`` rules are
dropped and ``@media`` blocks are scoped recursively. It understands the
flat sheets this package writes (no nested braces in values, no comments
holding braces), not CSS in general.
"""

from __future__ import annotations

_TOP_LEVEL = {":root", "html", "body"}


def scope_css(css: str, scope: str) -> str:
    """``css`` with each selector prefixed by ``scope`` (``:root``/``body`` become ``scope`` itself)."""
    out: list[str] = []
    i = 0
    n = len(css)
    while i < n:
        open_at = css.find("{", i)
        if open_at < 0:
            out.append(css[i:])
            break
        prelude = css[i:open_at].strip()
        close_at = _matching_brace(css, open_at)
        body = css[open_at + 1 : close_at]
        if prelude.startswith("@media"):
            out.append(f"{prelude} {{\n{scope_css(body, scope)}}}\n")
        elif prelude.startswith("@"):
            pass  # @page and friends apply to the whole document: not for a fragment
        else:
            out.append(f"{_scope_selectors(prelude, scope)} {{{body}}}\n")
        i = close_at + 1
    return "".join(out)


def _matching_brace(css: str, open_at: int) -> int:
    depth = 0
    for k in range(open_at, len(css)):
        if css[k] == "{":
            depth += 1
        elif css[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(css) - 1


def _scope_selectors(prelude: str, scope: str) -> str:
    scoped = []
    for selector in prelude.split(","):
        selector = selector.strip()
        first, _, rest = selector.partition(" ")
        if first in _TOP_LEVEL:
            scoped.append(f"{scope} {rest}".strip())
        else:
            scoped.append(f"{scope} {selector}")
    return ", ".join(scoped)


__all__ = ["scope_css"]
