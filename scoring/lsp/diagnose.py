"""One editor document in, editor-neutral problems out: the adapter between the Language Server and ``check``.

A document arrives as a string with a language id and (usually) a path, not as
a file: :func:`check_text` builds the :class:`ArticleInput` that
:func:`scoring.lint.check.check_input` expects, so the findings, the inline
suppression and the configuration (the nearest ``.quellcheck.toml`` or
``pyproject.toml`` with ``[tool.quellcheck]`` above the document's file) are
exactly ``quellcheck check``'s. :class:`Checker` turns them into
:class:`Problem` records with LSP positions (:mod:`.positions`).

A document is never silently clean when it was not checked: a language without
scorers, text too short to identify its language, binary data, a document over
the size limit, a broken configuration file or an internal error each give one
problem on the first line ("not checked: …"). An empty document gives none.

What it cannot do: offsets in HTML are found by searching the extracted text in
the page source (as ``check`` does), so a finding whose text cannot be found
there is put on the first line without a quick fix.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from scoring.aggregation.findings_es import finding_message
from scoring.errors import LanguageError, QuellcheckError, UnscoredLanguageError
from scoring.lint.check import Located, Settings, check_input, find_config, load_settings
from scoring.lsp.positions import LspPositions, content_offset, newline_starts
from scoring.reading.readers import DEFAULT_MAX_CHARS, SUFFIX_FORMATS, ArticleInput

logger = logging.getLogger(__name__)

LANGUAGE_MARKUPS: dict[str, str] = {
    "markdown": "md",
    "plaintext": "txt",  # VS Code
    "text": "txt",  # Neovim's and Emacs' text mode
    "html": "html",
    "xhtml": "html",
}
"""LSP language ids of the documents quellcheck checks, with the markup they are read as."""

REPLACEMENT_RULES = frozenset(("loaded-term",))
"""Rules whose suggestion is neutral wording that can replace the flagged words. The suggestions of
``evaluative-term`` mix wording with instructions ("streichen", "Maßstab nennen"), so they stay advice
in the message; ``reportative-sollen`` and the source rules suggest what to add, not a replacement."""

WARM_UP_TEXT = "Das Regime soll nach Angaben von Insidern 40 Millionen Euro veruntreut haben."

_NOTE = re.compile(r"\([^()]*\)")
_BINARY_SAMPLE = 65_536


@dataclass(frozen=True)
class Document:
    """What the editor says about a document: its URI, text, version and language id, and the file behind it."""

    uri: str
    text: str
    language_id: str = ""
    version: int | None = None
    path: Path | None = None  # the document's file (``file:`` URIs), for configuration discovery


@dataclass(frozen=True)
class Problem:
    """One diagnostic, editor-neutral: LSP ``(line, character)`` positions in the negotiated encoding.

    ``code`` is the rule id for findings; notes about the whole document use ``not-checked``,
    ``configuration``, ``directive`` or ``note``. ``replacements`` are neutral wordings for a quick fix.
    """

    start: tuple[int, int]
    end: tuple[int, int]
    severity: str  # error | warning | info
    message: str
    code: str
    replacements: tuple[str, ...] = ()
    ui_lang: str = "en"  # the language of the message (and of a quick fix's title)


def markup_for(language_id: str, path: Path | None) -> str | None:
    """How a document is read (``md``, ``txt``, ``html``) from its language id, else its file suffix; ``None``: not checked."""
    markup = LANGUAGE_MARKUPS.get(language_id.lower())
    if markup is None and path is not None:
        markup = SUFFIX_FORMATS.get(path.suffix.lower())
    return markup if markup in ("md", "txt", "html") else None


def replacements(flagged: str, suggestion: str | None) -> tuple[str, ...]:
    """The neutral wordings in a lexicon suggestion that can replace ``flagged``.

    Notes in parentheses are advice, not wording ("Regierung (Vorwürfe mit Quelle belegen)" →
    "Regierung"; "(Vorwurf mit Quelle belegen)" → nothing); alternatives are separated by commas. A
    hyphenated compound keeps its first part when the wording is one word: "Castro-Regime" →
    "Castro-Regierung" (and "Regierung"). Grammatical case is not adapted ("des Regimes" → "des Regierung").
    """
    if not suggestion:
        return ()
    wording = " ".join(_NOTE.sub(" ", suggestion).split())
    alternatives = [alt.strip() for alt in wording.split(",") if alt.strip() and "(" not in alt and ")" not in alt]
    out: list[str] = []
    head, dash, _ = flagged.rpartition("-")
    for alt in alternatives:
        if dash and head and " " not in alt and "-" not in alt:
            out.append(f"{head}-{alt}")
        out.append(alt)
    return tuple(dict.fromkeys(alt for alt in out if alt != flagged))


def not_text(text: str) -> str | None:
    """Why ``text`` looks like binary data rather than a draft, or ``None``."""
    sample = text[:_BINARY_SAMPLE]
    if "\x00" in sample:
        return "this looks like binary data (NUL characters), not text"
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    if sample and odd / len(sample) > 0.1:
        return f"this looks like binary data ({odd:,} control or undecodable characters in {len(sample):,}), not text"
    return None


def check_text(text: str, markup: str, name: str, settings: Settings) -> tuple[list[Located], list[str]]:
    """``check``'s findings (suppressions applied) and warnings for a draft given as a string.

    The same as ``quellcheck check`` on a file with this content and suffix; raises what
    :func:`~scoring.lint.check.check_input` raises.
    """
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    inp = ArticleInput(name=name, content=text, markup=markup, input_format=markup, input_sha256=digest,
                       article_id=Path(name).stem or "untitled")  # fmt: skip
    return check_input(inp, settings)


class SettingsCache:
    """``check``'s settings for a document: the nearest configuration file above it, re-read when it changes."""

    def __init__(self) -> None:
        self._loaded: dict[Path, tuple[tuple[int, int], Settings]] = {}

    def for_path(self, start: Path | None) -> Settings:
        """Settings for a document at ``start`` (a file or folder; ``None``: the defaults). Raises
        :class:`~scoring.errors.UsageError` for a bad configuration file."""
        config = find_config(start) if start is not None else None
        if config is None:
            return Settings()
        stat = config.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._loaded.get(config)
        if cached is None or cached[0] != stamp:
            cached = (stamp, load_settings(config))
            self._loaded[config] = cached
        return cached[1]


class Checker:
    """Checks documents for the server. Not thread-safe: the server runs it in one worker thread.

    ``fallback_dir`` (the workspace folder) is where configuration is looked for when a document
    has no file (an unsaved, untitled buffer); ``max_chars`` is the largest document checked.
    """

    def __init__(self, max_chars: int = DEFAULT_MAX_CHARS, fallback_dir: Path | None = None) -> None:
        self.max_chars = max_chars
        self.fallback_dir = fallback_dir
        self.settings = SettingsCache()

    def warm_up(self) -> None:
        """Load what the first check needs (engines, lexicons, the language model) before a document arrives."""
        try:
            check_text(WARM_UP_TEXT, "txt", "warm-up", Settings())
        except Exception:  # a failure here shows up, with its message, in the first real check
            logger.debug("warm-up check failed", exc_info=True)

    def check(self, document: Document, encoding: str = "utf-16") -> list[Problem] | None:
        """The problems of ``document``, or ``None`` for a document that is not Markdown, text or HTML."""
        markup = markup_for(document.language_id, document.path)
        if markup is None:
            return None
        text = document.text
        positions = LspPositions(text, encoding)
        if not text.strip():
            return []
        if len(text) > self.max_chars:
            return [_top(positions, "info", "not-checked", f"not checked: the document has {len(text):,} characters, "
                         f"more than the limit of {self.max_chars:,} (quellcheck lsp --max-chars)")]  # fmt: skip
        binary = not_text(text)
        if binary:
            return [_top(positions, "info", "not-checked", f"not checked: {binary}")]
        try:
            settings = self.settings.for_path(document.path or self.fallback_dir)
            located, warnings = check_text(text, markup, str(document.path or document.uri), settings)
        except UnscoredLanguageError as exc:
            return [_top(positions, "info", "not-checked", str(exc))]  # "not checked: no scorers for 'en' (available: de)"
        except LanguageError as exc:
            message = str(exc).replace("pass --lang", "set lang in .quellcheck.toml to")
            return [_top(positions, "info", "not-checked", f"not checked: {message}")]
        except QuellcheckError as exc:  # a bad configuration, lexicon or registry file
            return [_top(positions, "error", "configuration", f"not checked: {exc}")]
        except Exception as exc:
            logger.exception("internal error while checking %s", document.uri)
            return [_top(positions, "error", "internal-error",
                         f"not checked: internal error in quellcheck: {type(exc).__name__}: {exc} (please report it)")]  # fmt: skip
        return self._problems(text, positions, located, warnings, settings.ui_lang)

    def _problems(self, text: str, positions: LspPositions, located: list[Located], warnings: list[str],
                  ui_lang: str) -> list[Problem]:  # fmt: skip
        starts = newline_starts(text)
        problems = []
        for loc in located:
            finding = loc.finding
            start = content_offset(starts, loc.line, loc.column)
            end = max(start, content_offset(starts, loc.end_line, loc.end_column))
            fixes = ()
            if finding.rule in REPLACEMENT_RULES and not loc.approximate and text[start:end] == finding.text:
                fixes = replacements(finding.text, finding.suggestion)
            message = finding_message(finding, ui_lang)
            problems.append(Problem(positions.position(start), positions.position(end), finding.severity, message,
                                    finding.rule, fixes, ui_lang))  # fmt: skip
        for warning in warnings:
            directive = re.match(r"line (\d+): ", warning)
            if directive:  # a directive naming an unknown rule, or not a directive at all
                line = positions.position(starts[min(int(directive.group(1)), len(starts)) - 1])[0]
                problems.append(Problem((line, 0), positions.line_end_position(line), "warning", warning[directive.end():], "directive"))
            else:
                problems.append(_top(positions, "info", "note", warning))
        return problems


def _top(positions: LspPositions, severity: str, code: str, message: str) -> Problem:
    """A problem about the whole document, on its first line."""
    return Problem((0, 0), positions.line_end_position(0), severity, message, code)


__all__ = ["LANGUAGE_MARKUPS", "REPLACEMENT_RULES", "Checker", "Document", "Problem", "SettingsCache", "check_text",
           "markup_for", "not_text", "replacements"]  # fmt: skip
