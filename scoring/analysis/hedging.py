"""Hedges and boosters (Hyland 2005), and the verb forms that mark reported speech.

Hedges are words with which the writer withholds commitment (German
"möglicherweise", "könnte", "angeblich", "Schätzungen zufolge", "viele");
boosters present a statement as certain ("zweifellos", "unmissverständlich",
"es ist kein Zufall"). Both come from the language pack's lexicons ``hedges``
and ``boosters`` (with ``loaded`` and ``evaluative``, matched in the same pass).

Readings that need the verb complex come from the pack
(:meth:`~scoring.languages.base.Language.modal_cues`: German reportative
"sollen", epistemic "müsste"/"mag"), as do booster readings that are something
else (:meth:`~scoring.languages.base.Language.booster_excluded`: "stellte klar"
reports speech) and the verb forms that mark reported speech
(:meth:`~scoring.languages.base.Language.reported_speech`: German Konjunktiv I),
which are neither hedges nor opinion.

Not detected: hedging by syntax alone (conditional clauses, questions) and irony.
"""

from __future__ import annotations

from collections.abc import Sequence

from scoring.analysis.cues import CUE_KINDS, CUE_LEXICONS, lexicon_scan
from scoring.model.doc import Doc, Token
from scoring.model.records import CueHit
from scoring.languages import get_language

__all__ = ["CUE_LEXICONS", "find_lexicon_cues", "find_modal_cues", "reported_speech_tokens"]


def find_modal_cues(doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
    """The language's modal rule cues of one sentence (cached per sentence)."""
    if not tokens:
        return []
    key = ("modal", tokens[0].i)
    if key not in doc.cache:
        doc.cache[key] = get_language(doc.lang).modal_cues(doc, tokens)
    return doc.cache[key]


def find_lexicon_cues(doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
    """All lexicon cues of one sentence (hedges, boosters, loaded words) and the modal rule cues.

    ``tokens`` are a sentence's, ``doc.tokens[base : base + len(tokens)]``: only the tokens the
    article's :func:`~scoring.analysis.cues.lexicon_scan` found are visited.
    """
    if not tokens:
        return []
    key = ("lexicon", tokens[0].i)
    cached = doc.cache.get(key)
    if cached is not None:
        return cached
    language = get_language(doc.lang)
    scan = lexicon_scan(doc)
    found: list[CueHit] = []
    base = tokens[0].i
    candidates = scan.local(base, base + len(tokens), CUE_KINDS)
    for hit in scan.index.cues.find(tokens, candidates) if candidates else ():
        k = hit.first - base
        if hit.entry.category == "booster" and language.booster_excluded(hit, tokens, k):
            continue
        if hit.entry.category == "loaded" and language.loaded_excluded(hit, tokens, k):
            continue
        if hit.entry.subtype == "vague_quantifier" and k > 0 and tokens[k - 1].low in language.quantity_questions:
            continue  # "Wie viele Stellen wegfallen, ist offen": a question, not a vague figure
        found.append(hit)
    found.extend(find_modal_cues(doc, tokens))
    doc.cache[key] = found
    return found


def reported_speech_tokens(doc: Doc, tokens: Sequence[Token]) -> list[Token]:
    """The verb forms of a sentence that mark reported speech (cached per sentence)."""
    if not tokens:
        return []
    key = ("reported", tokens[0].i)
    cached = doc.cache.get(key)
    if cached is None:
        cached = doc.cache[key] = get_language(doc.lang).reported_speech(doc, tokens)
    return cached
