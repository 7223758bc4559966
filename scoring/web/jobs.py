"""The work behind the web app's pages: analyse one submission and prepare what its page shows.

The app runs these functions in worker processes (see :class:`scoring.web.app.Analyses`), so they
take and return plain, picklable values and know nothing of the request; the page itself is
rendered by the app. Each call analyses the text afresh (nothing is kept between requests).

A text whose language quellcheck has no scorers for (see :func:`scoring.languages.scored_codes`) is
never passed on as a result: the analysis would have no cues, attributions or findings, which a
page would show as a clean article. :class:`UnscoredLanguage` is raised instead, and the app shows
a banner saying that nothing was checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from reports import render_article_html, render_article_markdown, safe_file_stem
from scoring.web.i18n import WEB_LABELS, language_name, tw
from scoring.web.teach import (
    TEACH_CATEGORIES,
    Annotation,
    LearnerSpan,
    annotations_by_category,
    compare_spans,
    reference_annotations,
    results_json,
)
from scoring import analyze
from scoring.errors import QuellcheckError
from scoring.aggregation.findings import RULES, Finding, find_findings
from scoring.results import ArticleAnalysis
from scoring.languages import scored_codes


class WebError(Exception):
    """A problem to show the user as a page (or JSON under /api/) with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def __reduce__(self) -> tuple[type[WebError], tuple[int, str]]:
        # raised in a worker process, re-raised in the app: pickled with both arguments
        return type(self), (self.status, self.message)


class UnscoredLanguage(Exception):
    """The article is in a language quellcheck has no scorers for yet: nothing was checked."""

    def __init__(self, lang: str, detected: bool) -> None:
        super().__init__(lang, detected)
        self.lang = lang
        self.detected = detected

    def message(self, ui: str, form_below: bool = True) -> str:
        """The banner text in the UI language ``ui``, naming the language and the scored ones; for a
        detected language and a page with the form below it, how to choose another."""
        available = ", ".join(language_name(code, ui) for code in scored_codes())
        message = tw("unscored", ui).format(lang=language_name(self.lang, ui), available=available)
        return f"{message} {tw('unscored_detected', ui)}" if self.detected and form_below else message


@dataclass(frozen=True)
class Submission:
    """What the user sent: the text to analyse (a .docx already turned into text), its markup and language."""

    text: str
    markup: str
    article_lang: str


@dataclass(frozen=True)
class EditorResult:
    """The editor view of one article: the report fragment (its ``<style>`` without nonce), findings, warnings."""

    report_html: str
    findings: list[dict[str, Any]]
    warnings: list[str]


@dataclass(frozen=True)
class TeachResult:
    """The teaching views of one article: its sentences in paragraphs, the data for app.js, the answer key."""

    title: str | None
    blocks: list[dict[str, Any]]
    data: dict[str, Any]
    key: dict[str, list[Annotation]]


@dataclass(frozen=True)
class Download:
    body: str
    filename: str


def analyse(sub: Submission, ui: str) -> ArticleAnalysis:
    """The analysis of ``sub``; :class:`WebError` (422) for unusable input, :class:`UnscoredLanguage`
    when the (given or detected) language has no scorers."""
    try:
        analysis = analyze(sub.text, lang=sub.article_lang, markup=sub.markup)
    except QuellcheckError as exc:
        raise WebError(422, f"{tw('err_input', ui)}: {exc}") from None
    lang = analysis.article["lang"]
    if lang not in scored_codes():
        raise UnscoredLanguage(lang, detected=analysis.article["lang_source"] == "detected")
    return analysis


def editor_result(sub: Submission, ui: str) -> EditorResult:
    analysis = analyse(sub, ui)
    report = render_article_html(analysis.tables(), ui, fragment=True)
    findings = [_finding_view(f, ui) for f in find_findings(analysis)]  # in text order
    return EditorResult(report, findings, list(analysis.warnings))


def download(sub: Submission, ui: str, fmt: str) -> Download:
    """The report of ``sub`` as ``html`` (self-contained), ``md`` or ``json`` (tables plus findings)."""
    analysis = analyse(sub, ui)
    if fmt == "html":
        body = render_article_html(analysis.tables(), ui, fragment=False)
    elif fmt == "md":
        body = render_article_markdown(analysis.tables(), ui)
    else:
        obj = analysis.to_json_obj()
        obj["findings"] = [f.to_json() for f in find_findings(analysis)]
        body = json.dumps(obj, ensure_ascii=False, indent=2)
    return Download(body, f"quellcheck-{safe_file_stem(analysis.article_id)}.{fmt}")


def teach_result(sub: Submission, ui: str) -> TeachResult:
    analysis = analyse(sub, ui)
    key = annotations_by_category(reference_annotations(analysis))
    return TeachResult(analysis.article["title"], _blocks(analysis), _teach_data(sub, analysis, ui), key)


def check(sub: Submission, ui: str, text_sha256: str | None, spans: list[LearnerSpan]) -> dict[str, Any]:
    """The teaching check: the learner's ``spans`` against quellcheck's annotations, as JSON.

    :class:`WebError` 409 when the text is not the one the exercise showed (``text_sha256``), 422 when
    a span is empty or outside the text.
    """
    analysis = analyse(sub, ui)
    if text_sha256 and text_sha256 != analysis.article["text_sha256"]:
        raise WebError(409, tw("err_stale", ui))
    length = len(analysis.text)
    for n, span in enumerate(spans):
        if not span.start < span.end <= length:
            raise WebError(422, f"{tw('err_bad_request', ui)}: span {n} ({span.start}–{span.end}) "
                                f"is empty or outside the text (0–{length})")  # fmt: skip
    return results_json(compare_spans(reference_annotations(analysis), spans), analysis.text, ui)


# --- what the pages show --------------------------------------------------------------------


def _finding_view(finding: Finding, ui: str) -> dict[str, Any]:
    rule = RULES.get(finding.rule)
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "severity_label": tw(f"sev_{finding.severity}", ui) if f"sev_{finding.severity}" in WEB_LABELS else finding.severity,
        "title": (rule.title_de if ui == "de" else rule.title_en) if rule else finding.rule,
        "explanation": (rule.explanation_de if ui == "de" else rule.explanation_en) if rule else "",
        "message": finding.message_de if ui == "de" else finding.message,
        "text": finding.text,
        "sent_id": finding.sent_id,
    }


def _blocks(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Sentences grouped into paragraphs, with the text between sentences, for the plain (teaching) text."""
    text = analysis.text
    blocks: list[dict[str, Any]] = []
    previous_end = None
    for sent in analysis.sentences:
        if not blocks or blocks[-1]["para_id"] != sent["para_id"]:
            blocks.append({"para_id": sent["para_id"], "kind": sent["kind"], "parts": []})
        elif previous_end is not None:
            gap = text[previous_end : sent["start"]]
            blocks[-1]["parts"].append({"gap": " " if not gap.strip() else gap})
        blocks[-1]["parts"].append({"sent": sent, "text": text[sent["start"] : sent["end"]]})
        previous_end = sent["end"]
    return blocks


def _teach_data(sub: Submission, analysis: ArticleAnalysis, ui: str) -> dict[str, Any]:
    """Everything app.js needs in teaching mode, embedded as a JSON data block (not executed)."""
    keys = ("found", "missed", "extra", "extra_note", "elsewhere_as", "your_mark", "remove", "no_marks",
            "select_first", "check_failed", "sentence_n", "result")  # fmt: skip
    return {
        "input": sub.text, "markup": sub.markup, "article_lang": sub.article_lang, "ui": ui,
        "text": analysis.text, "text_sha256": analysis.article["text_sha256"],
        "categories": {c: tw(f"cat_{c}", ui) for c in TEACH_CATEGORIES},
        "labels": {k: tw(k, ui) for k in keys},
    }  # fmt: skip


__all__ = [
    "Download",
    "EditorResult",
    "Submission",
    "TeachResult",
    "UnscoredLanguage",
    "WebError",
    "analyse",
    "check",
    "download",
    "editor_result",
    "teach_result",
]
