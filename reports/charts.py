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

Speed: the profile chart is drawn for every article report (``corpus
--reports``), and matplotlib takes about 35 ms for it, ten times the analysis
of the article. Charts with the same labels and the same unmeasured
components differ only in the lengths of the bars and the numbers beside them,
so :class:`_ProfileLayout` draws such a chart with matplotlib a few times,
keeps the SVG around the bars, and fills in bars and numbers for the next ones
(about 0.05 ms). The result is byte for byte what matplotlib draws: the layout
checks that on a chart of its own before it is used, values outside what it
can place exactly go to matplotlib, and ``tests/test_speed.py``
compares both on many charts. A layout is kept in quellcheck's cache folder
(:mod:`scoring.cache`) under a name made from matplotlib's version, this
module's code and the labels, so the next process fills in charts without
importing matplotlib (0.3 s) or drawing; matplotlib is imported on first use.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import types
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from scoring import cache

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


@lru_cache(maxsize=1)
def _mpl() -> types.SimpleNamespace:
    """matplotlib, imported on first use (0.3 s): a report whose chart layout is cached needs none of it."""
    import matplotlib

    matplotlib.use("Agg")  # never open a window, even if another backend was configured
    from matplotlib import rc_context
    from matplotlib.artist import Artist
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    class AxisRecorder(Artist):  # type: ignore[misc]
        """Draws nothing; keeps the data-to-page transform the axes had while the SVG was written (with
        ``bbox_inches="tight"`` that is not the one it has before or after saving)."""

        def __init__(self) -> None:
            super().__init__()
            self.set_in_layout(False)  # no part of the tight bounding box
            self.matrix: Any = None

        def draw(self, renderer: Any) -> None:
            assert self.axes is not None
            self.matrix = self.axes.transData.get_affine().get_matrix().copy()

    return types.SimpleNamespace(rc_context=rc_context, FigureCanvasSVG=FigureCanvasSVG, Figure=Figure, AxisRecorder=AxisRecorder)


def _svg(fig: Any, salt: str, title: str) -> str:
    mpl = _mpl()
    buffer = io.StringIO()
    with mpl.rc_context({**_RC, "svg.hashsalt": f"quellcheck-{salt}"}):
        mpl.FigureCanvasSVG(fig)
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
    """Horizontal bars 0–100 for the overall value (first) and the components (None: not measured)."""
    if len(values) == len(labels) and all(v is None or _placeable(v) for v in values):
        layout = _profile_layout(tuple(labels), missing_label, title, tuple(v is None for v in values))
        if layout.exact:
            return layout.svg(values)
    return draw_profile_chart(labels, values, missing_label, title)


def draw_profile_chart(labels: Sequence[str], values: Sequence[float | None], missing_label: str, title: str) -> str:
    """:func:`profile_chart` drawn by matplotlib (the reference the filled-in charts are checked against)."""
    return _draw_profile_chart(labels, values, missing_label, title)


def _draw_profile_chart(
    labels: Sequence[str], values: Sequence[float | None], missing_label: str, title: str, recorder: Any = None
) -> str:
    mpl = _mpl()
    with _RC_LOCK, mpl.rc_context(_RC):
        fig = mpl.Figure(figsize=(5.6, 0.42 * len(labels) + 0.5))
        ax = fig.add_subplot()
        if recorder is not None:
            ax.add_artist(recorder)
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
    mpl = _mpl()
    with _RC_LOCK, mpl.rc_context(_RC):
        fig = mpl.Figure(figsize=(6.2, 0.34 * len(groups) + 0.9))
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
    mpl = _mpl()
    with _RC_LOCK, mpl.rc_context(_RC):
        fig = mpl.Figure(figsize=(5.6, 4.4))
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


# --- profile charts filled in -------------------------------------------------------------------------

_PROBE_INSIDE, _PROBE_OUTSIDE = 50.5, 10.5  # every bar with its number inside, and outside
_CHECK_VALUES = (54.9, 17.9, 18.0, 0.0, 100.0, 66.7, 3.1)
_NUMBER_INSIDE_FROM = 18  # as in draw_profile_chart: from this value on the number stands inside the bar
# The elements drawn in the axes, one group each: background, bars, axis line, numbers (deeper groups
# hold the ticks and their labels).
_AXES_GROUP = re.compile(r'^   <g id="profile-(patch|text)_(\d+)">\n.*?\n   </g>\n', re.DOTALL | re.MULTILINE)


def _placeable(value: float) -> bool:
    """Whether a bar of ``value`` is filled in: 0–100 (a score), and a finite number; others go to matplotlib."""
    return 0.0 <= value <= 100.0


def _number(x: float) -> str:
    """A coordinate as matplotlib's SVG backend prints it (six decimals, trailing zeros dropped)."""
    return f"{x:f}".rstrip("0").rstrip(".")


class _ProfileLayout:
    """Profile charts with the same labels, title and unmeasured components, filled in from matplotlib's SVG.

    Two charts are drawn with matplotlib, every bar at 50.5 (numbers inside) and at 10.5 (numbers
    outside). The SVG before the bars, the axis line after them and the end are kept; each bar and
    each number becomes a template in which only the bar's end, the number's position and text,
    and the element id change; where they go comes from the axes' transform while matplotlib drew
    (an axis recorder, see :func:`_mpl`). ``exact`` is False when a chart filled in this way differs from
    matplotlib's own drawing of the same values; the layout is then not used.
    """

    def __init__(self, labels: tuple[str, ...], missing_label: str, title: str, missing: tuple[bool, ...]) -> None:
        self.missing = missing
        probe_inside = [None if m else _PROBE_INSIDE for m in missing]
        recorder = _mpl().AxisRecorder()
        inside = _draw_profile_chart(labels, probe_inside, missing_label, title, recorder)
        outside = draw_profile_chart(labels, [None if m else _PROBE_OUTSIDE for m in missing], missing_label, title)
        self.exact = False
        if recorder.matrix is None or recorder.matrix[0, 1] != 0:
            return
        # A point at x lands at x * scale + x0: the same two floating-point steps matplotlib takes
        # (its affine transforms multiply, then add the offset), so every coordinate is the same float.
        self.scale, self.x0 = float(recorder.matrix[0, 0]), float(recorder.matrix[0, 2])
        try:
            self._read(inside, outside)
        except ValueError:
            return  # not the SVG this class knows (another matplotlib?): matplotlib draws every chart
        check = [None if m else v for m, v in zip(missing, _CHECK_VALUES, strict=False)]
        self.exact = self.svg(probe_inside) == inside and self.svg(check) == draw_profile_chart(labels, check, missing_label, title)

    def _read(self, inside: str, outside: str) -> None:
        n_bars, n_rows = self.missing.count(False), len(self.missing)
        groups = list(_AXES_GROUP.finditer(inside))
        outside_groups = list(_AXES_GROUP.finditer(outside))
        if len(groups) != 1 + n_bars + 1 + n_rows or len(outside_groups) != len(groups):
            raise ValueError("unexpected chart structure")
        bars, spine, numbers = groups[1 : 1 + n_bars], groups[1 + n_bars], groups[2 + n_bars :]
        if any(m.group(1) != "patch" for m in (*bars, spine)) or any(m.group(1) != "text" for m in numbers):
            raise ValueError("unexpected chart structure")
        self.head = inside[: groups[1].start()]
        self.tail = inside[numbers[-1].end() :]
        self.first_patch = int(spine.group(2)) - n_bars
        self.spine = self._with_id_slot(spine)
        end = self._x(_PROBE_INSIDE)
        templates = iter(self._with_id_slot(m).replace(f"L {end} ", "L {end} ") for m in bars)
        self.bars = [None if m else next(templates) for m in self.missing]
        if any(t is not None and t.count("L {end} ") != 2 for t in self.bars):
            raise ValueError("unexpected bar geometry")
        self.unmeasured = [m.group(0) for m in numbers]
        self.numbers_inside = [self._number_slots(m.group(0), _PROBE_INSIDE - 2, _PROBE_INSIDE) for m in numbers]
        self.numbers_outside = [self._number_slots(m.group(0), _PROBE_OUTSIDE + 2, _PROBE_OUTSIDE) for m in outside_groups[2 + n_bars :]]

    def _x(self, value: float) -> str:
        """Where ``value`` on the 0–100 axis is, printed as matplotlib prints it."""
        return _number(value * self.scale + self.x0)

    @staticmethod
    def _with_id_slot(group: re.Match[str]) -> str:
        return group.group(0).replace(f'patch_{group.group(2)}"', 'patch_{id}"', 1)

    def _number_slots(self, group: str, at: float, value: float) -> str:
        """A number's group with slots for its position and text (an unmeasured row's text stays as drawn)."""
        x, text = self._x(at), f"{value:.0f}"
        return group.replace(f'x="{x}"', 'x="{x}"').replace(f"rotate(-0 {x} ", "rotate(-0 {x} ").replace(f">{text}</text>", ">{text}</text>")

    def svg(self, values: Sequence[float | None]) -> str:
        """The chart of ``values`` (None exactly where the layout's components are unmeasured)."""
        parts = [self.head]
        patch = self.first_patch
        for template, value in zip(self.bars, values, strict=True):
            if template is not None and value is not None:
                parts.append(template.replace('patch_{id}"', f'patch_{patch}"').replace("L {end} ", f"L {self._x(value)} "))
                patch += 1
        parts.append(self.spine.replace('patch_{id}"', f'patch_{patch}"'))
        for row, value in enumerate(values):
            if value is None:
                parts.append(self.unmeasured[row])
                continue
            inside = value >= _NUMBER_INSIDE_FROM
            template = self.numbers_inside[row] if inside else self.numbers_outside[row]
            x = self._x(value - 2 if inside else value + 2)
            parts.append(template.replace('x="{x}"', f'x="{x}"').replace("rotate(-0 {x} ", f"rotate(-0 {x} ").replace(">{text}</text>", f">{value:.0f}</text>"))
        parts.append(self.tail)
        return "".join(parts)


    # --- kept in the cache folder: a layout is matplotlib's drawing, the same on every run -------------

    _FIELDS = ("missing", "exact", "scale", "x0", "head", "tail", "first_patch", "spine", "bars", "unmeasured",
               "numbers_inside", "numbers_outside")  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._FIELDS if hasattr(self, name)}

    @classmethod
    def from_json(cls, data: dict[str, Any], missing: tuple[bool, ...]) -> _ProfileLayout | None:
        """The layout saved by :meth:`to_json`, or None when ``data`` is not one (for these components)."""
        layout = cls.__new__(cls)
        try:
            layout.missing = tuple(bool(m) for m in data["missing"])
            layout.exact = data["exact"] is True
            if layout.missing != missing:
                return None
            if layout.exact:
                layout.scale, layout.x0 = float(data["scale"]), float(data["x0"])
                layout.head, layout.tail, layout.spine = str(data["head"]), str(data["tail"]), str(data["spine"])
                layout.first_patch = int(data["first_patch"])
                layout.bars = [None if b is None else str(b) for b in data["bars"]]
                layout.unmeasured = [str(u) for u in data["unmeasured"]]
                layout.numbers_inside = [str(x) for x in data["numbers_inside"]]
                layout.numbers_outside = [str(x) for x in data["numbers_outside"]]
                if not (len(layout.bars) == len(layout.unmeasured) == len(layout.numbers_inside) == len(layout.numbers_outside) == len(missing)):
                    return None
        except (KeyError, TypeError, ValueError):
            return None
        return layout


@lru_cache(maxsize=64)
def _profile_layout(labels: tuple[str, ...], missing_label: str, title: str, missing: tuple[bool, ...]) -> _ProfileLayout:
    """The layout of profile charts with these labels and unmeasured components: built once per machine and
    kept in quellcheck's cache folder (:mod:`scoring.cache`), named after everything that shapes the drawing
    (matplotlib's version, this module's code, the labels), so a report process need not import matplotlib
    (0.3 s) nor draw (0.1 s per layout) again."""
    name = _layout_cache_name(labels, missing_label, title, missing)
    if name is not None:
        saved = cache.read_json(name)
        layout = _ProfileLayout.from_json(saved, missing) if isinstance(saved, dict) else None
        if layout is not None:
            return layout
    layout = _ProfileLayout(labels, missing_label, title, missing)
    if name is not None:
        cache.write_json(name, layout.to_json())
    return layout


def _layout_cache_name(labels: tuple[str, ...], missing_label: str, title: str, missing: tuple[bool, ...]) -> str | None:
    try:
        version = metadata.version("matplotlib")
    except metadata.PackageNotFoundError:
        return None
    key = json.dumps([version, _code_digest(), labels, missing_label, title, missing], ensure_ascii=False)
    return f"chart-profile-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}.json"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of this module's source: a change to how charts are drawn makes new cache entries."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
