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

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import Any

from reports import render_article_html, render_article_markdown, safe_file_stem
from scoring.web.i18n import WEB_LABELS, language_name, tw
from scoring.web.teach import (
    QUELLCHECK_CODER,
    TEACH_CATEGORIES,
    Annotation,
    LearnerSpan,
    annotations_by_category,
    compare_spans,
    exercise_title,
    reference_annotations,
    results_json,
    sentence_codes,
    sentence_labels,
    sentence_numbers,
    span_rows,
)
from scoring import analyze
from scoring.errors import LanguageError, QuellcheckError
from scoring.aggregation.findings import RULES, Finding, find_findings
from scoring.aggregation.findings_es import finding_message, rule_explanation, rule_title
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
    """The teaching views of one article: its title (:func:`exercise_title`), its sentences in
    paragraphs, the data for app.js, the answer key and where each sentence is ("Satz 3")."""

    title: str | None
    blocks: list[dict[str, Any]]
    data: dict[str, Any]
    key: dict[str, list[Annotation]]
    where: dict[int, str]


@dataclass(frozen=True)
class Download:
    body: str
    filename: str


def analyse(sub: Submission, ui: str) -> ArticleAnalysis:
    """The analysis of ``sub``; :class:`WebError` (422) for unusable input, :class:`UnscoredLanguage`
    when the (given or detected) language has no scorers."""
    try:
        analysis = analyze(sub.text, lang=sub.article_lang, markup=sub.markup)
    except LanguageError as exc:  # the command line's "pass --lang to override" is the menu here
        reason = str(exc).split("; pass --lang")[0]
        raise WebError(422, f"{tw('err_input', ui)}: {reason}. {tw('err_choose_lang', ui)}") from None
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
    return TeachResult(exercise_title(analysis), _blocks(analysis), _teach_data(sub, analysis, ui), key,
                       sentence_labels(analysis.sentences, ui, prefix=False))  # fmt: skip


def check(sub: Submission, ui: str, text_sha256: str | None, spans: list[LearnerSpan]) -> dict[str, Any]:
    """The teaching check: the learner's ``spans`` against quellcheck's annotations, as JSON.

    :class:`WebError` 409 when the text is not the one the exercise showed (``text_sha256``), 422 when
    a span is empty or outside the text.
    """
    analysis = analyse(sub, ui)
    if text_sha256 and text_sha256 != analysis.article["text_sha256"]:
        raise WebError(409, tw("err_stale", ui))
    _check_spans(spans, len(analysis.text), ui)
    return results_json(compare_spans(reference_annotations(analysis), spans), analysis.text, ui, analysis.sentences)


def _check_spans(spans: list[LearnerSpan], length: int, ui: str) -> None:
    for n, span in enumerate(spans):
        if not span.start < span.end <= length:
            raise WebError(422, f"{tw('err_bad_request', ui)}: span {n} ({span.start}–{span.end}) "
                                f"is empty or outside the text (0–{length})")  # fmt: skip


EXPORTS = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
"""Export formats of a teaching exercise: span JSONL (``quellcheck evaluate``), sentence codes (``quellcheck agree``)."""


def export(sub: Submission, ui: str, fmt: str, coder: str | None, spans: list[LearnerSpan] | None) -> Download:
    """One coder's view of the exercise as a file: the learner's ``spans`` (named ``coder``), or
    quellcheck's passages (``spans`` None, coder :data:`QUELLCHECK_CODER`), as span JSONL (``fmt``
    ``jsonl``) or sentence codes (``csv``). :class:`WebError` 422 for a span outside the text."""
    analysis = analyse(sub, ui)
    if spans is not None:
        _check_spans(spans, len(analysis.text), ui)
    who = QUELLCHECK_CODER if spans is None else (coder or "learner")
    # the name goes into a header (Content-Disposition): ASCII only
    stem = f"quellcheck-{safe_file_stem(analysis.article_id)}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', who).strip('_.') or 'learner'}"
    if fmt == "jsonl":
        rows = span_rows(analysis, who, spans)
        return Download("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), f"{stem}.jsonl")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["coder", "article_id", "sent_id", "category", "label"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(sentence_codes(analysis, who, spans))
    return Download(out.getvalue(), f"{stem}.csv")


# --- what the pages show --------------------------------------------------------------------


def _finding_view(finding: Finding, ui: str) -> dict[str, Any]:
    rule = RULES.get(finding.rule)
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "severity_label": tw(f"sev_{finding.severity}", ui) if f"sev_{finding.severity}" in WEB_LABELS else finding.severity,
        "title": rule_title(rule, ui) if rule else finding.rule,
        "explanation": rule_explanation(rule, ui) if rule else "",
        "message": finding_message(finding, ui),
        "text": finding.text,
        "sent_id": finding.sent_id,
    }


def _blocks(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Sentences grouped into paragraphs, with the text between sentences, for the plain (teaching) text."""
    text = analysis.text
    numbers = sentence_numbers(analysis.sentences)  # body sentences only: no number for "Verwandte Videos:"
    blocks: list[dict[str, Any]] = []
    previous_end = None
    for sent in analysis.sentences:
        if not blocks or blocks[-1]["para_id"] != sent["para_id"]:
            blocks.append({"para_id": sent["para_id"], "kind": sent["kind"], "parts": []})
        elif previous_end is not None:
            gap = text[previous_end : sent["start"]]
            blocks[-1]["parts"].append({"gap": " " if not gap.strip() else gap})
        blocks[-1]["parts"].append({"sent": sent, "text": text[sent["start"] : sent["end"]], "number": numbers.get(sent["sent_id"])})
        previous_end = sent["end"]
    # the headline the article's title comes from (the exercise shows it as its heading, not twice)
    title = analysis.article.get("title")
    if blocks and blocks[0]["kind"] == "heading" and len(blocks[0]["parts"]) == 1 and blocks[0]["parts"][0]["text"] == title:
        blocks[0]["title"] = True
    return blocks


def _teach_data(sub: Submission, analysis: ArticleAnalysis, ui: str) -> dict[str, Any]:
    """Everything app.js needs in teaching mode, embedded as a JSON data block (not executed)."""
    keys = ("found", "missed", "extra", "extra_note", "elsewhere_as", "your_mark", "remove", "no_marks",
            "select_first", "check_failed", "sentence_n", "result", "marked_as", "suggestion", "r_found", "r_missed",
            "r_extra")  # fmt: skip
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
    "export",
    "teach_result",
]
