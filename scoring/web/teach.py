"""Teaching mode: compare a learner's marked spans with quellcheck's annotations.

Four categories are taught, each read from the analysis tables:

* ``hedge`` — cues of category ``hedge`` (in any voice);
* ``attribution`` — attributions except Konjunktiv-I continuations; the cue
  (``cue_start:cue_end``) and the source (``source_start:source_end``) are one
  item, so marking either counts;
* ``loaded`` — cues of category ``loaded`` in the writer's own voice;
* ``scare_quote`` — cues of category ``scare_quote``.

A learner span *matches* an annotation of the same category when the two
overlap by at least one character. An annotation is *found* when some learner
span matches it, else *missed*; a learner span that matches nothing is
*extra* (with a hint when it overlaps an annotation of another category).
Overlap is deliberately generous: a learner who marks "soll angeblich" has
found both hedges. What this cannot judge is whether an extra mark is wrong —
quellcheck's lexicons are not complete, so extras are shown as questions for
discussion, not as errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reports.i18n import FORM_LABELS
from scoring.web.i18n import tw
from scoring.results import ArticleAnalysis

TEACH_CATEGORIES: tuple[str, ...] = ("hedge", "attribution", "loaded", "scare_quote")


@dataclass(frozen=True)
class Annotation:
    """One item quellcheck marks: one or two spans (cue and source) in the article text."""

    category: str
    spans: tuple[tuple[int, int], ...]
    text: str
    sent_id: int
    explanation: str
    explanation_de: str

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
    missed: list[Annotation]
    extra: list[tuple[LearnerSpan, list[str]]]  # with the other categories quellcheck marks there


def reference_annotations(analysis: ArticleAnalysis) -> list[Annotation]:
    """quellcheck's annotations in the four taught categories, in text order."""
    text = analysis.text
    items: list[Annotation] = []
    for cue in analysis.cues:
        category = cue["category"]
        if category in ("hedge", "scare_quote") or (category == "loaded" and cue["voice"] == "author"):
            items.append(Annotation(category, ((cue["start"], cue["end"]),), cue["text"], cue["sent_id"],
                                    cue["explanation"], cue["explanation_de"]))  # fmt: skip
    for attr in analysis.attributions:
        if attr["form"] == "continuation":
            continue  # a bare Konjunktiv I verb: not something a learner can be expected to mark
        spans = [(attr["cue_start"], attr["cue_end"])]
        if attr["source_start"] is not None:
            spans.append((int(attr["source_start"]), int(attr["source_end"])))
        spans.sort()
        shown = " … ".join(text[a:b] for a, b in spans)
        items.append(Annotation("attribution", tuple(spans), shown, attr["sent_id"],
                                _attribution_explanation(attr, "en"), _attribution_explanation(attr, "de")))  # fmt: skip
    return sorted(items, key=lambda item: (item.start, TEACH_CATEGORIES.index(item.category)))


def _attribution_explanation(attr: dict[str, Any], lang: str) -> str:
    form = FORM_LABELS.get(attr["form"], {}).get(lang, attr["form"])
    source = attr["source_text"]
    if not source:
        who = tw("source_none", lang)
    elif lang == "de":
        who = f"„{source}“"
    else:
        who = f"“{source}”"
    return f"{tw('cat_attribution', lang)} ({form}): {who}"


def compare_spans(annotations: Sequence[Annotation], spans: Iterable[LearnerSpan]) -> dict[str, CategoryResult]:
    """Per category: which annotations the learner found, which they missed and which marks are extra."""
    spans = list(spans)
    results = {c: CategoryResult(c, [], [], []) for c in TEACH_CATEGORIES}
    for item in annotations:
        match = next((s for s in spans if s.category == item.category and item.overlaps(s.start, s.end)), None)
        if match is None:
            results[item.category].missed.append(item)
        else:
            results[item.category].found.append((item, match))
    for span in spans:
        same = [a for a in annotations if a.category == span.category and a.overlaps(span.start, span.end)]
        if not same:
            others = sorted({a.category for a in annotations if a.overlaps(span.start, span.end)}, key=TEACH_CATEGORIES.index)
            results[span.category].extra.append((span, others))
    return results


def results_json(results: dict[str, CategoryResult], text: str, ui: str) -> dict[str, Any]:
    """The comparison as JSON for the browser, with explanations in the UI language ``ui``."""

    def item_json(item: Annotation) -> dict[str, Any]:
        return {"start": item.start, "text": item.text, "sentence": item.sent_id + 1,
                "explanation": item.explanation_de if ui == "de" else item.explanation}  # fmt: skip

    def span_json(span: LearnerSpan) -> dict[str, Any]:
        return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}

    categories = []
    for category, result in results.items():
        categories.append({
            "category": category,
            "label": tw(f"cat_{category}", ui),
            "found": [{**item_json(item), "learner": span_json(span)} for item, span in result.found],
            "missed": [item_json(item) for item in result.missed],
            "extra": [{**span_json(span), "elsewhere": [tw(f"cat_{c}", ui) for c in others]} for span, others in result.extra],
        })  # fmt: skip
    totals = {key: sum(len(c[key]) for c in categories) for key in ("found", "missed", "extra")}
    return {"categories": categories, "totals": totals}


def annotations_by_category(annotations: Iterable[Annotation]) -> dict[str, list[Annotation]]:
    """The annotations grouped by category, every category present (for the answer key)."""
    grouped: dict[str, list[Annotation]] = {c: [] for c in TEACH_CATEGORIES}
    for item in annotations:
        grouped[item.category].append(item)
    return grouped


__all__ = [
    "Annotation",
    "CategoryResult",
    "LearnerSpan",
    "TEACH_CATEGORIES",
    "annotations_by_category",
    "compare_spans",
    "reference_annotations",
    "results_json",
]
