"""Teaching mode: compare a learner's marked spans with quellcheck's annotations.

Five categories are taught, each read from the analysis tables:

* ``hedge`` — cues of category ``hedge`` (in any voice);
* ``attribution`` — attributions except Konjunktiv-I continuations; the cue
  (``cue_start:cue_end``) and the source (``source_start:source_end``) are one
  item, so marking either counts;
* ``loaded`` — cues of category ``loaded`` in the writer's own voice;
* ``scare_quote`` — cues of category ``scare_quote``;
* ``booster`` — unsupported certainty: cues of category ``booster`` in the
  writer's own voice, as strong as the editor's "Certainty without a source"
  finding (``booster-min-weight``), in a sentence not attributed to a named
  source ("Es ist kein Zufall, dass …", "zweifellos"; Hyland 2005 boosters).

A learner span *matches* an annotation of the same category when the two
overlap by at least one character. An annotation is *found* when some learner
span matches it, else *missed* (with the categories the learner gave that
passage, if any); a learner span that matches nothing is *extra* (with the
annotations of other categories it overlaps, so the feedback can say what
quellcheck calls it). Overlap is deliberately generous: a learner who marks
"soll angeblich" has found both hedges. What this cannot judge is whether an
extra mark is wrong — quellcheck's lexicons are not complete, so extras are
shown as questions for discussion, not as errors.

Sentences are numbered for the learner as in a printed article: body
sentences only, from 1 (:func:`sentence_numbers`); headings, questions,
captions and site furniture ("Verwandte Videos:") are shown but not counted.

The marks of a class can be exported in the span JSONL that ``quellcheck
evaluate`` reads (:func:`span_rows`) and as sentence codes for ``quellcheck
agree`` (:func:`sentence_codes`), one coder per file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reports.i18n import FORM_LABELS
from reports.i18n_es import cue_explanation_es
from scoring.aggregation.categories import TEACH_CATEGORIES, taught_attribution, taught_cue_category
from scoring.web.i18n import WEB_LABELS, tw
from scoring.results import ArticleAnalysis

QUELLCHECK_CODER = "quellcheck-teaching"
"""The coder name of quellcheck's passages in an export (``agree`` keeps ``quellcheck`` for its own codes)."""

# Teaching categories -> the sentence-level categories of ``quellcheck agree`` (hedges and boosters
# are one category there, as are loaded words and scare quotes).
AGREE_CATEGORY = {"hedge": "hedge", "booster": "hedge", "attribution": "attribution", "loaded": "loaded", "scare_quote": "loaded"}

_OPENING_QUOTES = "\"'„“”«»‚‘’›‹"
_CLOSING_QUOTES = "\"'“”«»‘’‹›"


@dataclass(frozen=True)
class Annotation:
    """One item quellcheck marks: one or two spans (cue and source) in the article text."""

    category: str
    spans: tuple[tuple[int, int], ...]
    text: str
    sent_id: int
    explanation: str
    explanation_de: str
    suggestion: str = ""  # what to write instead ("Regierung" for "Regime"), from the cue row
    explanation_es: str = ""

    def explanation_in(self, ui: str) -> str:
        """The explanation in the UI language (English where no Spanish one exists)."""
        if ui == "de":
            return self.explanation_de
        if ui == "es":
            return self.explanation_es or self.explanation
        return self.explanation

    @property
    def start(self) -> int:
        return min(start for start, _ in self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.spans)


@dataclass(frozen=True)
class LearnerSpan:
    """A passage the learner marked: character offsets into the article text and a category."""

    start: int
    end: int
    category: str


@dataclass
class CategoryResult:
    """Found, missed and extra items of one category."""

    category: str
    found: list[tuple[Annotation, LearnerSpan]]
    missed: list[tuple[Annotation, list[str]]]  # with the categories the learner gave this passage instead
    extra: list[tuple[LearnerSpan, list[Annotation]]]  # with quellcheck's annotations of other categories there


# --- what quellcheck marks ---------------------------------------------------------------------


def _taught_cues(analysis: ArticleAnalysis) -> Iterator[dict[str, Any]]:
    """The cue rows of the taught cue categories (see the module doc)."""
    # a named source vouches for the sentence: certainty there is the source's, not the writer's
    named = {a["sent_id"] for a in analysis.attributions if a.get("named")}
    for cue in analysis.cues:
        if taught_cue_category(cue["category"], cue["voice"], cue["weight"], cue["sent_id"], named):
            yield cue


def _taught_attributions(analysis: ArticleAnalysis) -> Iterator[dict[str, Any]]:
    # a bare Konjunktiv I verb (continuation) is not something a learner can be expected to mark
    return (a for a in analysis.attributions if taught_attribution(a["form"]))


def _attribution_spans(attr: dict[str, Any]) -> list[tuple[int, int]]:
    spans = [(int(attr["cue_start"]), int(attr["cue_end"]))]
    if attr["source_start"] is not None:
        spans.append((int(attr["source_start"]), int(attr["source_end"])))
    return sorted(spans)


def reference_annotations(analysis: ArticleAnalysis) -> list[Annotation]:
    """quellcheck's annotations in the taught categories, in text order."""
    text = analysis.text
    lang = analysis.article.get("lang")
    items: list[Annotation] = []
    for cue in _taught_cues(analysis):
        items.append(Annotation(cue["category"], ((cue["start"], cue["end"]),), cue["text"], cue["sent_id"],
                                cue["explanation"], cue["explanation_de"], cue.get("suggestion") or "",
                                cue_explanation_es(cue["category"], cue.get("subtype"), lang)))  # fmt: skip
    for attr in _taught_attributions(analysis):
        spans = _attribution_spans(attr)
        shown = " … ".join(text[a:b] for a, b in spans)
        items.append(Annotation("attribution", tuple(spans), shown, attr["sent_id"],
                                _attribution_explanation(attr, "en"), _attribution_explanation(attr, "de"),
                                explanation_es=_attribution_explanation(attr, "es")))  # fmt: skip
    return sorted(items, key=lambda item: (item.start, TEACH_CATEGORIES.index(item.category)))


def _attribution_explanation(attr: dict[str, Any], lang: str) -> str:
    form = FORM_LABELS.get(attr["form"], {}).get(lang, attr["form"])
    source = attr["source_text"]
    who = quoted(source, lang) if source else tw("source_none", lang)
    return f"{tw('cat_attribution', lang)} ({form}): {who}"


# --- how the exercise shows the article --------------------------------------------------------


def sentence_numbers(sentences: Iterable[Mapping[str, Any]]) -> dict[int, int]:
    """The number of each body sentence, from 1 in text order, by ``sent_id``; other kinds get none."""
    numbers: dict[int, int] = {}
    for sent in sentences:
        if sent["kind"] == "body":
            numbers[sent["sent_id"]] = len(numbers) + 1
    return numbers


def sentence_labels(sentences: Iterable[Mapping[str, Any]], ui: str, prefix: bool = True) -> dict[int, str]:
    """How a result names the sentence it is in, by ``sent_id``: "Satz 3" (``prefix`` False: "3") for a
    body sentence, else its kind ("Überschrift", "Bildunterschrift")."""
    sentences = list(sentences)
    numbers = sentence_numbers(sentences)
    labels = {}
    for sent in sentences:
        number = numbers.get(sent["sent_id"])
        if number is None:
            labels[sent["sent_id"]] = WEB_LABELS.get(f"kind_{sent['kind']}", {}).get(ui, sent["kind"])
        else:
            labels[sent["sent_id"]] = f"{tw('sentence_n', ui)} {number}" if prefix else str(number)
    return labels


def exercise_title(analysis: ArticleAnalysis, max_words: int = 10) -> str | None:
    """The title of the exercise: the article's title (first heading, or the title of an HTML page),
    else the first words of its first body sentence; None for a text without sentences."""
    title = " ".join(str(analysis.article.get("title") or "").split())
    if title:
        return title
    sentences = analysis.sentences
    first = next((s for s in sentences if s["kind"] == "body"), sentences[0] if sentences else None)
    if first is None:
        return None
    words = analysis.text[first["start"] : first["end"]].split()
    if len(words) > max_words:
        return " ".join(words[:max_words]) + " …"
    return " ".join(words).rstrip(".")


def quoted(text: str, lang: str) -> str:
    """``text`` in quotation marks of ``lang``, unless it is already quoted (a scare quote's cue text
    carries its own marks: „Sparkoalition“, not „„Sparkoalition““)."""
    if len(text) >= 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        return text
    if lang == "es":
        return f"«{text}»"
    return f"„{text}“" if lang == "de" else f"“{text}”"


# --- comparing -------------------------------------------------------------------------------


def compare_spans(annotations: Sequence[Annotation], spans: Iterable[LearnerSpan]) -> dict[str, CategoryResult]:
    """Per category: which annotations the learner found, which they missed and which marks are extra."""
    spans = list(spans)
    results = {c: CategoryResult(c, [], [], []) for c in TEACH_CATEGORIES}
    for item in annotations:
        match = next((s for s in spans if s.category == item.category and item.overlaps(s.start, s.end)), None)
        if match is None:
            marked_as = {s.category for s in spans if item.overlaps(s.start, s.end)}
            results[item.category].missed.append((item, sorted(marked_as, key=TEACH_CATEGORIES.index)))
        else:
            results[item.category].found.append((item, match))
    for span in spans:
        there = [a for a in annotations if a.overlaps(span.start, span.end)]
        if not any(a.category == span.category for a in there):
            results[span.category].extra.append((span, there))
    return results


def results_json(results: dict[str, CategoryResult], text: str, ui: str, sentences: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The comparison as JSON for the browser, with explanations in the UI language ``ui``. Every
    item says which sentence it is in (``sent_id``, and ``where``: "Satz 3", or the kind of an
    unnumbered sentence, see :func:`sentence_labels`)."""
    labels = sentence_labels(sentences, ui)
    starts = [int(s["start"]) for s in sentences]  # in text order

    def sentence_at(offset: int) -> int | None:
        n = bisect_right(starts, offset) - 1
        return int(sentences[n]["sent_id"]) if n >= 0 and offset < int(sentences[n]["end"]) else None

    def explanation(item: Annotation) -> str:
        return item.explanation_in(ui)

    def item_json(item: Annotation) -> dict[str, Any]:
        return {"start": item.start, "spans": [list(s) for s in item.spans], "text": item.text, "quoted": quoted(item.text, ui),
                "sent_id": item.sent_id, "where": labels.get(item.sent_id, ""), "explanation": explanation(item),
                "suggestion": item.suggestion}  # fmt: skip

    def span_json(span: LearnerSpan) -> dict[str, Any]:
        shown = text[span.start : span.end]
        sent_id = sentence_at(span.start)
        return {"start": span.start, "end": span.end, "category": span.category, "text": shown,
                "quoted": quoted(shown, ui), "sent_id": sent_id, "where": labels.get(sent_id, "") if sent_id is not None else ""}  # fmt: skip

    def elsewhere(items: list[Annotation]) -> list[dict[str, str]]:
        return [{"category": a.category, "label": tw(f"cat_{a.category}", ui), "explanation": explanation(a)} for a in items]

    categories = []
    for category, result in results.items():
        categories.append({
            "category": category,
            "label": tw(f"cat_{category}", ui),
            "found": [{**item_json(item), "learner": span_json(span)} for item, span in result.found],
            "missed": [{**item_json(item), "marked_as": [tw(f"cat_{c}", ui) for c in marked_as]} for item, marked_as in result.missed],
            "extra": [{**span_json(span), "elsewhere": elsewhere(others)} for span, others in result.extra],
        })  # fmt: skip
    totals = {key: sum(len(c[key]) for c in categories) for key in ("found", "missed", "extra")}
    return {"categories": categories, "totals": totals}


def annotations_by_category(annotations: Iterable[Annotation]) -> dict[str, list[Annotation]]:
    """The annotations grouped by category, every category present (for the answer key)."""
    grouped: dict[str, list[Annotation]] = {c: [] for c in TEACH_CATEGORIES}
    for item in annotations:
        grouped[item.category].append(item)
    return grouped


# --- export for quellcheck evaluate and quellcheck agree --------------------------------------

AGREE_CATEGORIES: tuple[str, ...] = ("hedge", "attribution", "loaded")
"""The sentence-level categories of ``quellcheck agree`` (:data:`scoring.research.agreement.CATEGORIES`)."""
AGREE_KINDS: tuple[str, ...] = ("body", "question", "heading")
"""The sentence kinds ``quellcheck agree`` compares (:data:`scoring.research.agreement.CODED_KINDS`)."""


def span_rows(analysis: ArticleAnalysis, coder: str, spans: Sequence[LearnerSpan] | None = None) -> list[dict[str, Any]]:
    """One coder's marks as rows of the span JSONL that ``quellcheck evaluate`` reads.

    ``spans``: a learner's marks; None: quellcheck's passages in the taught categories. The first
    row (category ``none``) carries the article text (offsets are into it) and the title; each
    further row has ``article_id``, ``category``, ``start``, ``end``, ``coder`` and the ``passage``.

    Attributions: quellcheck's rows give the reported message as ``start``/``end`` (the content
    span), with ``cue_start``/``cue_end``, ``source_start``/``source_end``, ``form`` and ``named``.
    A learner marks the cue or the source, not the message, so a learner's row gives the
    sentence(s) the mark is in as ``start``/``end`` and the mark itself as ``mark_start``/``mark_end``
    (which ``evaluate`` ignores): ``evaluate`` then compares at sentence level whether there is an
    attribution, and cannot say whether the learner found the cue or the source.
    """
    text = analysis.text
    article_id = analysis.article_id
    header = {"article_id": article_id, "category": "none", "coder": coder, "title": exercise_title(analysis), "text": text}
    rows: list[dict[str, Any]] = []
    if spans is None:
        for cue in _taught_cues(analysis):
            rows.append({"category": cue["category"], "start": cue["start"], "end": cue["end"], "passage": cue["text"]})
        by_id = {s["sent_id"]: s for s in analysis.sentences}
        for attr in _taught_attributions(analysis):
            if attr.get("content_start") is not None:
                message = (int(attr["content_start"]), int(attr["content_end"]))
            else:
                sent = by_id[attr["sent_id"]]
                message = (int(sent["start"]), int(sent["end"]))
            row: dict[str, Any] = {"category": "attribution", "start": message[0], "end": message[1],
                                   "cue_start": int(attr["cue_start"]), "cue_end": int(attr["cue_end"])}  # fmt: skip
            if attr["source_start"] is not None:
                row["source_start"], row["source_end"] = int(attr["source_start"]), int(attr["source_end"])
            row.update(form=attr["form"], named=bool(attr.get("named")),
                       passage=" … ".join(text[a:b] for a, b in _attribution_spans(attr)))  # fmt: skip
            rows.append(row)
    else:
        for span in spans:
            row = {"category": span.category, "start": span.start, "end": span.end, "passage": text[span.start : span.end]}
            if span.category == "attribution":
                inside = [s for s in analysis.sentences if s["start"] < span.end and span.start < s["end"]]
                if inside:
                    row["start"], row["end"] = min(s["start"] for s in inside), max(s["end"] for s in inside)
                row["mark_start"], row["mark_end"] = span.start, span.end
            rows.append(row)
    rows.sort(key=lambda r: (r["start"], r["end"], TEACH_CATEGORIES.index(r["category"])))
    return [header, *({"article_id": article_id, **row, "coder": coder} for row in rows)]


def sentence_codes(analysis: ArticleAnalysis, coder: str, spans: Sequence[LearnerSpan] | None = None) -> list[dict[str, Any]]:
    """One coder's marks as the sentence codes ``quellcheck agree`` reads (long form).

    One row per sentence of the kinds ``agree`` compares and per ``agree`` category: ``coder``,
    ``article_id``, ``sent_id`` (quellcheck's numbering, every sentence from 0), ``category``,
    ``label`` — 1 when a mark of that category (:data:`AGREE_CATEGORY`) overlaps the sentence.
    ``spans``: a learner's marks; None: quellcheck's passages in the taught categories.
    """
    marks: list[tuple[str, tuple[int, int]]]
    if spans is None:
        marks = [(a.category, span) for a in reference_annotations(analysis) for span in a.spans]
    else:
        marks = [(s.category, (s.start, s.end)) for s in spans]
    rows = []
    for sent in analysis.sentences:
        if sent["kind"] not in AGREE_KINDS:
            continue
        coded = {AGREE_CATEGORY[c] for c, (a, b) in marks if a < sent["end"] and sent["start"] < b}
        for category in AGREE_CATEGORIES:
            rows.append({"coder": coder, "article_id": analysis.article_id, "sent_id": sent["sent_id"],
                         "category": category, "label": int(category in coded)})  # fmt: skip
    return rows


__all__ = [
    "AGREE_CATEGORIES",
    "AGREE_CATEGORY",
    "AGREE_KINDS",
    "QUELLCHECK_CODER",
    "TEACH_CATEGORIES",
    "Annotation",
    "CategoryResult",
    "LearnerSpan",
    "annotations_by_category",
    "compare_spans",
    "exercise_title",
    "quoted",
    "reference_annotations",
    "results_json",
    "sentence_codes",
    "sentence_labels",
    "sentence_numbers",
    "span_rows",
]
