"""The five annotation categories of the teaching mode, read from the analysis tables.

One definition for the places that compare people's marks with quellcheck's:
the teaching mode's check (:mod:`scoring.web.teach`) and ``quellcheck agree
--categories teaching`` (:mod:`scoring.research.agreement`).

* ``hedge`` — a cue of category ``hedge``, in any voice;
* ``attribution`` — an attribution, except a bare Konjunktiv-I continuation
  (nothing a reader can point at);
* ``loaded`` — a cue of category ``loaded`` in the writer's own voice;
* ``scare_quote`` — a cue of category ``scare_quote``;
* ``booster`` — unsupported certainty: a ``booster`` cue in the writer's own
  voice, at least as strong as the editor's "Certainty without a source"
  finding (``booster-min-weight``), in a sentence no named source is
  attributed in (Hyland 2005 boosters).
"""

from __future__ import annotations

from collections.abc import Collection

from scoring.aggregation.findings import DEFAULT_THRESHOLDS

TEACH_CATEGORIES: tuple[str, ...] = ("hedge", "attribution", "loaded", "scare_quote", "booster")
"""The taught categories, in the order of their buttons and keys (1–5)."""


def taught_cue_category(category: str, voice: str, weight: float, sent_id: int, named_sentences: Collection[int]) -> str | None:
    """The teaching category of a cue row, or None when the teaching mode does not mark it.

    ``named_sentences``: the sentences with an attribution to a named source (certainty there is
    the source's, not the writer's).
    """
    in_writers_voice = voice == "author"
    if category in ("hedge", "scare_quote"):
        return category
    if category == "loaded":
        return category if in_writers_voice else None
    if category == "booster":
        unsupported = in_writers_voice and weight >= DEFAULT_THRESHOLDS["booster-min-weight"] and sent_id not in named_sentences
        return category if unsupported else None
    return None


def taught_attribution(form: str) -> bool:
    """Whether the teaching mode marks an attribution of this form (not a bare continuation)."""
    return form != "continuation"


__all__ = ["TEACH_CATEGORIES", "taught_attribution", "taught_cue_category"]
