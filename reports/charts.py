"""Charts as inline SVG, drawn with matplotlib's object API (no pyplot, no global figure state).

Output is deterministic: a fixed hash salt per chart (so element ids are stable
and differ between charts on one page), no creation date, text kept as text.

Thread safety: the SVG backend reads ``svg.fonttype`` and ``svg.hashsalt`` only
from matplotlib's process-wide ``rcParams`` when it saves (matplotlib 3.11 has
no per-figure setting for them), and ``rc_context`` changes and restores that
global dict. So the charts of this module are drawn one at a time, under
``_RC_LOCK``: without it, one thread's ``rc_context`` could restore the
defaults while another thread is saving (text drawn as paths, random ids).
A chart takes tens of milliseconds whatever the article's length, so the
wait is short.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # never open a window, even if another backend was configured

from matplotlib import rc_context  # noqa: E402
from matplotlib.backends.backend_svg import FigureCanvasSVG  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

INK = "#1f2328"
MUTED = "#57606a"
GRID = "#d0d7de"
BAR = "#2f6f9f"
BAR_OVERALL = "#1b3d5c"

_RC_LOCK = threading.Lock()  # see the module docstring: rcParams are shared by every thread

_RC = {
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": GRID,
    "axes.labelcolor": INK,
    "xtick.color": MUTED,
    "ytick.color": INK,
    "svg.image_inline": True,
}


def _svg(fig: Figure, salt: str, title: str) -> str:
    buffer = io.StringIO()
    with rc_context({**_RC, "svg.hashsalt": f"quellcheck-{salt}"}):
        FigureCanvasSVG(fig)
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    # inline SVG in HTML needs no namespaces or RDF metadata: the report holds no URL at all
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)
    svg = svg.replace("xlink:href=", "href=")
    svg = re.sub(r"<svg ", f'<svg role="img" aria-label="{_attr(title)}" ', svg, count=1)
    # unique ids per chart on a page: prefix every id and reference with the salt
    svg = re.sub(r'id="([^"]+)"', lambda m: f'id="{salt}-{m.group(1)}"', svg)
    svg = re.sub(r'url\(#([^)]+)\)', lambda m: f"url(#{salt}-{m.group(1)})", svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{salt}-{m.group(1)}"', svg)
    return svg


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def profile_chart(labels: Sequence[str], values: Sequence[float | None], missing_label: str, title: str) -> str:
    """Horizontal bars 0–100 for the overall value (first) and the components."""
    with _RC_LOCK, rc_context(_RC):
        fig = Figure(figsize=(5.6, 0.42 * len(labels) + 0.5))
        ax = fig.add_subplot()
        positions = list(range(len(labels)))[::-1]
        for pos, value, n in zip(positions, values, range(len(labels)), strict=True):
            if value is None:
                ax.text(1, pos, missing_label, va="center", ha="left", color=MUTED, fontsize=9)
                continue
            ax.barh(pos, value, color=BAR_OVERALL if n == 0 else BAR, height=0.62)
            inside = value >= 18
            ax.text(value - 2 if inside else value + 2, pos, f"{value:.0f}", va="center",
                    ha="right" if inside else "left", color="white" if inside else INK,
                    fontsize=10, fontweight="bold")  # fmt: skip
        ax.set_yticks(positions, labels)
        ax.set_xlim(0, 100)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.grid(axis="x", color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)
        return _svg(fig, "profile", title)


def box_chart(groups: Sequence[str], series: Sequence[Sequence[float]], title: str, salt: str) -> str:
    """Box plots of one component (0–100) per group, groups as rows."""
    with _RC_LOCK, rc_context(_RC):
        fig = Figure(figsize=(6.2, 0.34 * len(groups) + 0.9))
        ax = fig.add_subplot()
        data = [list(s) if len(s) else [float("nan")] for s in series]
        ax.boxplot(
            data[::-1], orientation="horizontal", widths=0.6, patch_artist=True, showfliers=False,
            boxprops={"facecolor": "#cfe2f3", "edgecolor": BAR}, medianprops={"color": BAR_OVERALL, "linewidth": 2},
            whiskerprops={"color": MUTED}, capprops={"color": MUTED},
        )  # fmt: skip
        ax.set_yticks(range(1, len(groups) + 1), list(groups)[::-1])
        ax.set_xlim(0, 100)
        ax.set_title(title, loc="left", fontsize=11, color=INK)
        ax.grid(axis="x", color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return _svg(fig, salt, title)


def scatter_chart(x: Sequence[float], y: Sequence[float], xlabel: str, ylabel: str, title: str) -> str:
    """Points for small corpora; a hexagon density map above 2,000 articles (bounded SVG size)."""
    with _RC_LOCK, rc_context(_RC):
        fig = Figure(figsize=(5.6, 4.4))
        ax = fig.add_subplot()
        if len(x) > 2000:
            hb = ax.hexbin(x, y, gridsize=30, extent=(0, 100, 0, 100), cmap="Blues", mincnt=1, bins="log")
            fig.colorbar(hb, ax=ax, label="n (log)")
        else:
            ax.scatter(x, y, s=12, alpha=0.55, color=BAR, linewidths=0)
        ax.set_xlim(0, 100)
        ax.set_ylim(0, 100)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(title, loc="left", fontsize=11, color=INK)
        ax.grid(color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        return _svg(fig, "scatter", title)
