"""``quellcheck check``: findings in draft files, with line and column, like a compiler.

Three pieces besides the rules (:mod:`scoring.aggregation.findings`):

* **configuration** — ``[tool.quellcheck]`` in ``pyproject.toml`` or a
  ``.quellcheck.toml`` (top-level keys), found by walking up from the checked
  file; paths in it are relative to the file that names them;
* **inline suppression** — ``<!-- quellcheck: ignore loaded-term -->`` (any
  format; in plain text also a line starting with ``#``, ``//`` or ``%``, or
  ``[quellcheck: …]``). At the end of a line it silences that line; alone on a
  line, the next line with text; ``ignore-file`` the whole file. Without rule
  ids it silences every rule. Directives are blanked before the analysis, so
  they are never read as article text and offsets stay put;
* **positions** — offsets in the analysed text mapped back to line and column
  (1-based, in characters) of the original file. For HTML the text is located
  in the page source, since the article was extracted from it.
"""

from __future__ import annotations

import html
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scoring.errors import UnscoredLanguageError, UsageError
from scoring.aggregation.findings import DEFAULT_THRESHOLDS, RULES, SEVERITIES, CheckConfig, Finding, find_findings
from scoring.aggregation.findings_es import finding_message, rule_explanation, rule_title
from scoring.pipeline import AnalysisOptions, analyze_input
from scoring.reading.readers import ArticleInput
from scoring.languages import scored_codes

CONFIG_FILES = (".quellcheck.toml", "pyproject.toml")
UI_LANGS = ("en", "de", "es")  # languages of the messages
DRAFT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
FAIL_LEVELS = ("error", "warning", "never")
_CONFIG_KEYS = {"lang", "ui-lang", "enable", "disable", "severity", "thresholds", "lexicons", "registries", "fail-on"}

_DIRECTIVE = re.compile(r"quellcheck:\s*(ignore-file|ignore)\b([^\n]*?)(?=-->|\]|$)", re.MULTILINE)
_COMMENT = re.compile(r"<!--\s*(quellcheck:[^\n]*?)-->")
_TEXT_LINE = re.compile(r"^[ \t]*(?:#|//|%)[ \t]*(quellcheck:[^\n]*)$|^[ \t]*\[(quellcheck:[^\n\]]*)\][ \t]*$", re.MULTILINE)
_RULE_IDS = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Settings:
    """Everything ``check`` needs besides the files: rules, languages, extra data files, exit policy."""

    rules: CheckConfig = field(default_factory=CheckConfig)
    lang: str = "auto"
    ui_lang: str = "en"
    lexicons: tuple[str, ...] = ()
    registries: tuple[str, ...] = ()
    fail_on: str = "warning"
    source: str | None = None  # the config file these came from


def find_config(start: Path) -> Path | None:
    """The nearest ``.quellcheck.toml``, or ``pyproject.toml`` with a ``[tool.quellcheck]`` table, at or above ``start``."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "quellcheck" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_settings(path: Path | None) -> Settings:
    """Settings from a config file (``None``: the defaults). Raises :class:`UsageError` for a bad file."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the configuration ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from None
    table = data.get("tool", {}).get("quellcheck")
    if table is None:
        if path.name == "pyproject.toml":
            return Settings(source=str(path))
        table = {k: v for k, v in data.items() if k != "tool"}
    unknown = set(table) - _CONFIG_KEYS
    if unknown:
        raise UsageError(f"{path}: unknown setting {', '.join(sorted(unknown))} (known: {', '.join(sorted(_CONFIG_KEYS))})")
    base = path.parent

    def files(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        resolved = []
        for item in value:
            file = (base / str(item)).resolve()
            if not file.is_file():
                raise UsageError(f"{path}: {key} file {item!r} does not exist (looked for {file})")
            resolved.append(str(file))
        return tuple(resolved)

    try:
        rules = CheckConfig(
            enable=frozenset(_names(table.get("enable", []))),
            disable=frozenset(_names(table.get("disable", []))),
            severity=dict(table.get("severity", {})),
            thresholds=dict(table.get("thresholds", {})),
        )
    except (ValueError, TypeError) as exc:
        raise UsageError(f"{path}: {exc}") from None
    fail_on = table.get("fail-on", "warning")
    if fail_on not in FAIL_LEVELS:
        raise UsageError(f"{path}: fail-on must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    ui_lang = table.get("ui-lang", "en")
    if ui_lang not in UI_LANGS:
        raise UsageError(f"{path}: ui-lang must be en, de or es, not {ui_lang!r}")
    return Settings(rules=rules, lang=str(table.get("lang", "auto")), ui_lang=ui_lang, lexicons=files("lexicons"),
                    registries=files("registries"), fail_on=fail_on, source=str(path))  # fmt: skip


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"expected a list of rule ids, not {value!r}")
    return [str(v) for v in value]


# --- suppression ---------------------------------------------------------------------------


@dataclass
class Suppressions:
    """Which rules are silenced where: per line (1-based) and for the whole file (``None`` = every rule)."""

    lines: dict[int, set[str] | None] = field(default_factory=dict)
    file: set[str] | None = field(default_factory=set)

    def silenced(self, rule: str, line: int) -> bool:
        if self.file is None or rule in self.file:
            return True
        if line in self.lines:
            rules = self.lines[line]
            return rules is None or rule in rules
        return False

    def add(self, line: int, rules: set[str] | None) -> None:
        current = self.lines.get(line, set())
        self.lines[line] = None if rules is None or current is None else current | rules


def strip_directives(content: str, markup: str) -> tuple[str, Suppressions, list[str]]:
    """``content`` with suppression directives blanked (same length), the suppressions, and warnings."""
    spans: list[tuple[int, int, str]] = [(m.start(), m.end(), m.group(1)) for m in _COMMENT.finditer(content)]
    if markup == "txt":
        spans += [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _TEXT_LINE.finditer(content)]
    spans.sort()
    starts = _line_starts(content)
    found = Suppressions()
    warnings: list[str] = []
    chars = list(content)
    for start, end, directive in spans:
        match = _DIRECTIVE.match(directive.strip())
        line = bisect_right(starts, start)
        if match is None:
            warnings.append(f"line {line}: not a quellcheck directive: {directive.strip()!r} (use 'quellcheck: ignore RULE')")
            continue
        kind, rest = match.group(1), match.group(2)
        rules = set(_RULE_IDS.findall(rest.replace(",", " "))) or None
        for rule in rules or ():
            if rule not in RULES:
                warnings.append(f"line {line}: unknown rule {rule!r} in a quellcheck directive")
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
        if kind == "ignore-file":
            found.file = None if rules is None or found.file is None else found.file | rules
            continue
        line_start = starts[line - 1]
        line_end = content.find("\n", start)
        line_end = len(content) if line_end < 0 else line_end
        alone = not (content[line_start:start] + content[end:line_end]).strip()
        target = line
        if alone:  # a directive on its own line applies to the next line with text
            target = next((n for n in range(line + 1, len(starts) + 1) if _line(content, starts, n).strip()), line)
        found.add(target, rules)
    return "".join(chars), found, warnings


def _line_starts(content: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", content))]


def _line(content: str, starts: list[int], n: int) -> str:
    end = starts[n] - 1 if n < len(starts) else len(content)
    return content[starts[n - 1] : end]


# --- positions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Located:
    """A finding with its place in the original file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    finding: Finding
    approximate: bool = False

    def gnu(self, ui_lang: str = "en") -> str:
        message = finding_message(self.finding, ui_lang)
        return f"{self.path}:{self.line}:{self.column}: {self.finding.severity}: {message} [{self.finding.rule}]"

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "approximate": self.approximate, **self.finding.to_json()}  # fmt: skip


class _Positions:
    """Line and column of an offset in ``content``."""

    def __init__(self, content: str) -> None:
        self.starts = _line_starts(content)

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def locate(path: str, inp: ArticleInput, analysis: Any, findings: list[Finding]) -> list[Located]:
    """Each finding's line and column in the original file."""
    positions = _Positions(inp.content)
    out = []
    if inp.markup == "html":
        finder = _HtmlFinder(inp.content)
        for f in findings:
            start, end, exact = finder.find(f.text)
            (line, col), (end_line, end_col) = positions.at(start), positions.at(end)
            out.append(Located(path, line, col, end_line, end_col, f, approximate=not exact))
        return out
    norm = analysis.normalized
    for f in findings:
        start = norm.source_offset(f.start) if norm is not None else f.start
        end = norm.source_offset(max(f.end - 1, f.start)) + 1 if norm is not None else f.end
        (line, col), (end_line, end_col) = positions.at(start), positions.at(end)
        out.append(Located(path, line, col, end_line, end_col, f))
    return out


class _HtmlFinder:
    """Find extracted text in a page's source: markup and entities are skipped while matching."""

    def __init__(self, page: str) -> None:
        # The page's visible characters with their offsets: tags, comments, scripts dropped, entities decoded.
        chars: list[str] = []
        offsets: list[int] = []
        for m in re.finditer(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>|&#?\w+;|[^<&]+|[<&]", page, re.S | re.I):
            piece = m.group(0)
            if piece.startswith("<") and len(piece) > 1:
                chars.append(" ")
                offsets.append(m.start())
            elif piece.startswith("&"):
                chars.append(html.unescape(piece))
                offsets.append(m.start())
            else:
                chars.extend(piece)
                offsets.extend(range(m.start(), m.end()))
        # collapse whitespace so line breaks inside the page do not stop a match
        self.text_chars: list[str] = []
        self.text_offsets: list[int] = []
        for ch, off in zip(chars, offsets, strict=True):
            ch = " " if ch.isspace() else ch
            if ch == " " and self.text_chars and self.text_chars[-1] == " ":
                continue
            self.text_chars.append(ch)
            self.text_offsets.append(off)
        self.text = "".join(self.text_chars)
        self.cursor = 0

    def find(self, needle: str) -> tuple[int, int, bool]:
        """Offsets of ``needle`` in the page (searching on from the last match), and whether it was found."""
        wanted = " ".join(needle.split())
        if not wanted:
            return 0, 0, False
        i = self.text.find(wanted, self.cursor)
        if i < 0:
            i = self.text.find(wanted)
        if i < 0:
            return 0, 0, False
        self.cursor = i
        return self.text_offsets[i], self.text_offsets[i + len(wanted) - 1] + 1, True


def draft_files(inputs: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The files to check (directories expanded to the drafts below them, hidden ones skipped) and
    one problem line for each input that is not a draft."""
    files: list[str] = []
    problems: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if raw == "-":
            files.append(raw)
        elif path.is_dir():
            found = [str(f) for f in sorted(path.rglob("*")) if f.is_file() and f.suffix.lower() in DRAFT_SUFFIXES
                     and not any(part.startswith(".") for part in f.relative_to(path).parts)]  # fmt: skip
            if not found:
                problems.append(f"{raw}: no drafts in this directory ({' '.join(DRAFT_SUFFIXES)})")
            files.extend(found)
        elif path.exists() and path.suffix.lower() not in DRAFT_SUFFIXES:
            hint = " (save it as Markdown or text, or open it in 'quellcheck serve', which reads .docx)" if path.suffix.lower() == ".docx" else \
                " (use 'quellcheck analyze' or 'corpus' for JSON, CSV and Parquet rows)"  # fmt: skip
            problems.append(f"{raw}: check reads drafts ({' '.join(DRAFT_SUFFIXES)}){hint}")
        else:
            files.append(raw)  # a missing file is reported by the reader
    return files, problems


# --- one file ---------------------------------------------------------------------------------


def check_input(inp: ArticleInput, settings: Settings) -> tuple[list[Located], list[str]]:
    """The findings of one article file (suppressions applied) and warnings (directives, language).

    Raises :class:`UnscoredLanguageError` for a draft in a language without scorers: an empty
    list would read as "nothing to criticise".
    """
    content, suppressions, warnings = strip_directives(inp.content, inp.markup)
    options = AnalysisOptions(lang=settings.lang, registry_files=settings.registries, lexicon_files=settings.lexicons)
    analysis = analyze_input(replace(inp, content=content), options)
    lang = analysis.article["lang"]
    if lang not in scored_codes():
        raise UnscoredLanguageError(lang, f"not checked: no scorers for {lang!r} (available: {', '.join(scored_codes())})")
    findings = find_findings(analysis, settings.rules)
    located = locate(inp.name, replace(inp, content=content), analysis, findings)
    return [loc for loc in located if not suppressions.silenced(loc.finding.rule, loc.line)], warnings + analysis.warnings


def fails(located: list[Located], fail_on: str) -> bool:
    """Whether these findings make ``check`` exit with 1 under ``fail_on``."""
    if fail_on == "never":
        return False
    levels = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
    return any(loc.finding.severity in levels for loc in located)


def rules_table(ui_lang: str = "en") -> str:
    """Every rule with its default severity and whether it is on by default (``--list-rules``)."""
    lines = []
    for rule in RULES.values():
        title = rule_title(rule, ui_lang)
        explanation = rule_explanation(rule, ui_lang)
        state = "" if rule.enabled else " (off by default)"
        lines.append(f"{rule.id:<24}{rule.severity:<9}{title}{state}\n{'':<33}{explanation}")
    thresholds = ", ".join(f"{k} = {v:g}" for k, v in DEFAULT_THRESHOLDS.items())
    return "\n".join(lines) + f"\n\nthresholds: {thresholds}"


__all__ = ["Located", "Settings", "Suppressions", "check_input", "draft_files", "fails", "find_config", "load_settings", "locate",
           "rules_table", "strip_directives"]  # fmt: skip
