"""The records engines and language packs exchange: cue entries and hits, attributions.

Shared by :mod:`scoring.analysis` (the engines) and :mod:`scoring.languages`
(the packs' rules), so that neither imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from scoring.model.doc import Token

# Source kinds whose statement is another outlet's report or a platform post: retelling, not the
# reporter's own access to a source (strength "secondary", the profile's reason "secondary_sources").
SECONDARY_KINDS = frozenset(("independent_media", "news_agency", "state_media", "social_media"))
RESPONDENTS_SOURCE = "statistic:respondents"
"""The source id of a share of a group with no poll named ("60 percent said …", "neun Prozent könnten sich
vorstellen …"): the figure of an unnamed poll, a statistic without a source, not a source of its own."""
MEDIA_KINDS = frozenset(("independent_media", "news_agency", "state_media"))
"""Source kinds of news media: an outlet that reports, interviews or is told something."""
# The strength of an attribution by what identifies its source (scale in scoring.analysis.sources and METHODS.md).
STRENGTH = {
    "named_direct": 1.0,
    "named_indirect": 0.85,
    "second_hand": 0.6,
    "secondary": 0.6,
    "generic": 0.4,
    "anonymous": 0.3,
    "unknown_speaker": 0.25,
    "reportative": 0.15,
    "agentless": 0.1,
    "author": 0.1,
    "declined": 0.0,
}
FORMS = ("direct_quote", "indirect", "according_to", "reportative", "agentless", "continuation", "declined")
"""Forms of attribution (see :mod:`scoring.analysis.attribution`)."""
QUOTE_MIN_WORDS = 4
"""A quotation shorter than this is a quotation only when a reporting verb frames it."""


@dataclass(frozen=True)
class CueEntry:
    """One lexicon entry, ready to become a ``cues`` row."""

    entry: str
    category: str
    subtype: str
    pos: str
    weight: float
    suggestion: str | None
    rule: str
    compounds: str
    exceptions: frozenset[str]


@dataclass(frozen=True, slots=True)
class CueHit:
    """A match: token index range ``[first, last)`` and the entry."""

    first: int
    last: int
    entry: CueEntry


@dataclass
class Attribution:
    """An attribution found in one sentence; token spans are ``[first, last)`` into ``doc.tokens``."""

    sent_id: int
    cue: tuple[int, int]
    form: str
    source: tuple[int, int] | None = None
    via: tuple[int, int] | None = None
    content: tuple[int, int] | None = None  # character offsets
    # the whole message when ``content`` is only a quotation inside it ("said the fee was “plain theft”"): the
    # paraphrase beside the quotation is the speaker's too (character offsets)
    message: tuple[int, int] | None = None
    cue_type: str = "speech"
    stance: str = "neutral"
    lemma: str = ""  # the reporting verb's lemma, when the cue is a verb
    continues: int | None = None  # index of the attribution this one continues
    quote: int | None = None  # qid of the quotation it attributes
    speaker: tuple[int, int] | None = None  # whom a first-person source stands for: the speaker of a speech tag after it
    # the relative pronoun that stands for the source in the clause of the cue ("Smith, who said …"): at the end it
    # becomes the source span, as a personal pronoun is, and the antecedent the speaker. Set by the English grammar,
    # whose news annotation (PolNeAR) marks the pronoun; German news annotation (SpkAtt-2023) marks it for one person
    # or a country, and the antecedent for a body, a group or a thing, which the German grammar keeps as the source
    # (METHODS.md, "relative pronouns")
    relative: tuple[int, int] | None = None
    # filled in by scoring.analysis.sources
    source_id: str | None = None
    via_source_id: str | None = None
    named: bool = False
    source_kind: str | None = None
    strength: float = 0.0
    extra_sources: list[tuple[int, int]] = field(default_factory=list)


def match_phrase(tokens: Sequence[Token], k: int, parts: tuple[str, ...]) -> int | None:
    """End (exclusive) of phrase ``parts`` matched at ``k``: ``*`` is one token, ``**`` up to six."""
    j = k
    for n, part in enumerate(parts):
        if part == "**":
            rest = parts[n + 1 :]
            for gap in range(0, 7):
                end = match_phrase(tokens, j + gap, rest) if rest else j + gap
                if end is not None:
                    return end
            return None
        if j >= len(tokens) or (part != "*" and tokens[j].low != part):
            return None
        j += 1
    return j
