"""The per-article reliability profile: four components, their raw figures and the reasons.

This is a profile of **sourcing and language**, not a verdict on truth: a
well-sourced article can be wrong and a badly sourced one right. Every figure
is computed from rows of the other tables, so it can be traced to evidence
with character offsets. Components, each 0-100, higher = better sourced or
more neutral (weights and constants in :class:`scoring.config.ProfileConfig`):

``attribution_strength``
    How well the claims that name a source are sourced: 100 × the mean, over
    attributed claims, of the strength of the claim's strongest attribution
    without the bonus for a verbatim quotation, relative to a named source
    (:func:`source_strength`: a named source counts 1 whether quoted or
    paraphrased; another outlet or a platform post 0.71, a vague source 0.47,
    an anonymous one 0.35, …; scale in :mod:`scoring.analysis.sources`); 0
    when no claim names a source. How many claims name a source at all is
    its own column (``attributed_claim_share``) and reason
    (``unattributed_claims``), not part of the component: background
    sentences in the reporter's own voice belong to careful reporting
    (METHODS.md, "Validity"), and the former mean over all claims (kept as
    ``mean_claim_strength``, an unattributed claim counted 0) rewarded
    articles stitched together from quotations.
``source_diversity``
    100 × (0.4 × count + 0.3 × voices + 0.15 × kind diversity + 0.05 ×
    country diversity + 0.1 × independence). Count: ln(1 + named sources) /
    ln(9), full at 8. Voices: 1 − the share of the attributions resting on the
    single most-cited source (one speaker's interview retold is one voice).
    Kind and country diversity use the effective number of categories among
    named sources (exp of the Shannon entropy, Hill 1973): one kind scores 0,
    four equally used kinds 1; one country 0, three 1. Independence: 1 − the
    share of named sources that are state media (an official on the record is
    a primary source, not a lack of independence).
``loaded_wording``
    100 − 3 × weighted loaded cues (loaded words and scare quotes in the
    author's voice) per 1,000 body words, floored at 0. Intensifiers ("sehr",
    "riesig") and the writer's first person or reader address are counted in
    their own columns (``intensifiers_per_1000_words``, ``self_mentions``,
    ``reader_addresses``), and so are the writer's own demands ("sollte",
    "must act", "debería": ``prescriptions``), not as loaded wording: they mark
    style and commentary, not a label put on someone.
``hedging``
    100 × (1 − (claims passed on as hearsay + claims with an unsupported
    booster) / claims), floored at 0. Hearsay is a reportative or distancing
    hedge ("soll", "angeblich", "reportedly", "allegedly"): the writer passes a
    claim on without vouching for it. Epistemic caution ("könnte", "may",
    estimates, vague quantities) is not held against an article: it is counted
    (``hedges_per_100_claims``, ``unsupported_hedged_claims``) but careful
    writing hedges what is uncertain. A hedge or booster is unsupported when it
    is in the author's voice and the claim's strongest attribution is weaker
    than 0.5 (no named source).

A component is null ("not measured", never 0) when the article gives it nothing to
measure: no claims (attribution strength, source diversity, hedging) or no body
words (loaded wording); such a component gets no reasons.

``reliability`` is the weighted mean of the components (defaults 0.25, 0.45,
0.15, 0.15, chosen on the develop half of ``eval/validity.py``); with fewer than 3 claims it is null and ``reliability_note``
says why. The reasons that lowered each component are in ``profile_reasons``
(JSON, English and German).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from scoring.model.records import SECONDARY_KINDS, STRENGTH
from scoring.config import COMPONENTS, ProfileConfig

SCOPE_NOTE = "A profile of sourcing and language, not a verdict on truth."
SCOPE_NOTE_DE = "Ein Profil von Quellenlage und Sprache, kein Urteil über den Wahrheitsgehalt."

# hedges that pass a claim on without vouching for it (hearsay), as opposed to epistemic caution
_HEARSAY_SUBTYPES = frozenset(("reportative", "distancing"))
_NOT_SOURCES = frozenset(("author", "impersonal", "unresolved"))  # kinds that name no source
# the writer's evaluative language: judging and loaded words, boosters, scare quotes and epistemic hedges
# (speculation is a stance too) in the writer's own voice; not reader address, vague quantities, estimates
# ("rund 300", "approximately 8 percent" say how exact a figure is, not what the writer thinks of it),
# "sollen" passing a claim on, or bare possibility ("kann")
_EVALUATIVE_CATEGORIES = frozenset(("loaded", "booster", "scare_quote", "hedge"))
_NOT_EVALUATIVE = frozenset(("reader_address", "vague_quantifier", "estimate", "reportative", "possibility"))


def is_evaluative(cue: dict[str, Any]) -> bool:
    """Whether a cue row is evaluative language in the writer's voice (see above)."""
    return cue["voice"] == "author" and cue["category"] in _EVALUATIVE_CATEGORIES and cue["subtype"] not in _NOT_EVALUATIVE


def evaluative_weight(cues: list[dict[str, Any]]) -> float:
    """The summed weight of the evaluative cues in the writer's voice (``evaluative_per_1000_words``; its
    validity against sentence-level subjectivity labels is measured by ``eval/subjectivity.py``)."""
    return sum(c["weight"] for c in cues if is_evaluative(c))
# loaded-category subtypes with their own columns, outside loaded_per_1000_words
_OWN_COLUMNS = {"intensifier": "intensifiers", "self_mention": "self_mentions", "reader_address": "reader_addresses",
                "prescriptive": "prescriptions"}
# Independent of governments, and aligned with them; persons without a known role are neither.
_INDEPENDENT = frozenset(("independent_media", "news_agency", "expert", "ngo", "international_org", "judiciary", "company"))
_STATE = frozenset(("government", "state_media", "politician", "party", "military", "intelligence", "police", "parliament"))


def effective_number(counts: list[int]) -> float:
    """exp(Shannon entropy): how many equally used categories the counts amount to (Hill number of order 1)."""
    total = sum(counts)
    if total == 0:
        return 0.0
    return math.exp(-sum(c / total * math.log(c / total) for c in counts if c))


def _dominant_voice(attributions: list[dict[str, Any]], impersonal_sources: frozenset[str]) -> tuple[str | None, float]:
    """The source that most attributions rest on, and its share of the attributions that have a source
    (the author, agentless phrases and impersonal pronouns are not voices; a source that was asked and
    declined to comment is: the article sought that side)."""
    voices = Counter(
        a["source_id"] for a in attributions
        if a["source_id"] and a["source_kind"] != "author" and a["form"] != "agentless"
        and a["source_id"] not in impersonal_sources
    )  # fmt: skip
    if not voices:
        return None, 0.0
    source_id, n = voices.most_common(1)[0]
    return source_id, n / sum(voices.values())


def source_strength(strength: float) -> float:
    """How well an attribution identifies its source, 0–1: its strength without the bonus for quoting a named
    source verbatim, relative to a named source. A named source counts 1 whether its words are quoted or
    paraphrased; another outlet or a platform post 0.71, a vague source 0.47, an anonymous one 0.35, …
    (the strength scale divided by its named-indirect value 0.85; a distancing verb keeps its 0.1 off)."""
    named = STRENGTH["named_indirect"]
    if strength > named:  # only a named direct quotation (1.00, 0.90 with a distancing verb) lies above
        strength -= STRENGTH["named_direct"] - named
    return strength / named


def _reason(component: str, code: str, en: str, de: str, **values: Any) -> dict[str, Any]:
    return {"component": component, "code": code, "values": values, "en": en, "de": de}


def build_scores(
    article_id: str,
    n_body_words: int,
    claims: list[dict[str, Any]],
    claim_strength: dict[int, float],
    cues: list[dict[str, Any]],
    attributions: list[dict[str, Any]],
    sources: list[dict[str, Any]],
    config: ProfileConfig,
    impersonal_sources: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The ``scores`` row of one article (see the module doc).

    ``impersonal_sources`` are the source ids of impersonal pronouns (German "man"): not sources.
    """
    n_claims = len(claims)
    author_cues = [c for c in cues if c["voice"] == "author"]
    claim_sents = {c["sent_id"]: c for c in claims}

    # hedges and boosters, per claim
    unsupported: dict[str, set[int]] = {"hedge": set(), "booster": set(), "hearsay": set()}
    counts = Counter()
    for cue in author_cues:
        if cue["category"] in ("hedge", "booster"):
            counts[cue["category"]] += 1
            claim = claim_sents.get(cue["sent_id"])
            if claim is not None and claim_strength.get(claim["claim_id"], 0.0) < config.supported_strength:
                unsupported[cue["category"]].add(claim["claim_id"])
                if cue["category"] == "hedge" and cue["subtype"] in _HEARSAY_SUBTYPES:
                    unsupported["hearsay"].add(claim["claim_id"])
    hedges_per_100 = 100 * counts["hedge"] / n_claims if n_claims else None
    boosters_per_100 = 100 * counts["booster"] / n_claims if n_claims else None

    # loaded wording in the author's voice
    loaded_cues = [c for c in author_cues if c["category"] in ("loaded", "scare_quote") and c["subtype"] not in _OWN_COLUMNS]
    own = Counter(_OWN_COLUMNS[c["subtype"]] for c in author_cues if c["category"] == "loaded" and c["subtype"] in _OWN_COLUMNS)
    loaded_weight = sum(c["weight"] for c in loaded_cues)
    per_1000 = 1000 * len(loaded_cues) / n_body_words if n_body_words else None
    weighted_per_1000 = 1000 * loaded_weight / n_body_words if n_body_words else None

    # attribution
    attributed = [c for c in claims if c["attributed"]]
    attributed_share = len(attributed) / n_claims if n_claims else None
    mean_strength = sum(claim_strength.get(c["claim_id"], 0.0) for c in claims) / n_claims if n_claims else None
    # the component: how well the claims that name a source are sourced, whether quoted or paraphrased
    sourced_strength = (
        sum(source_strength(claim_strength.get(c["claim_id"], 0.0)) for c in attributed) / len(attributed) if attributed else 0.0
    )

    # sources
    real = [s for s in sources if s["kind"] not in _NOT_SOURCES and not s["source_id"].startswith("pronoun:")
            and s["source_id"] not in impersonal_sources]  # fmt: skip
    named = [s for s in real if s["named"]]
    anonymous = [s for s in real if s["kind"] == "anonymous"]
    kinds_effective = effective_number(list(Counter(s["kind"] for s in named).values()))
    countries = Counter(s["country"] for s in named if s.get("country"))
    countries_effective = effective_number(list(countries.values()))
    independent = [s for s in named if s["kind"] in _INDEPENDENT]
    state = [s for s in named if s["kind"] in _STATE]
    state_media = [s for s in named if s["kind"] == "state_media"]
    top_voice, top_voice_share = _dominant_voice(attributions, impersonal_sources)
    # log scale: the second and third named source add more than the ninth
    count_part = min(1.0, math.log1p(len(named)) / math.log1p(config.named_sources_for_full_count))
    voices_part = 1.0 - top_voice_share if top_voice is not None else 0.0
    kinds_part = min(1.0, max(0.0, kinds_effective - 1) / 3)  # one kind: 0; four or more even kinds: 1
    countries_part = min(1.0, max(0.0, countries_effective - 1) / 2)  # one country: 0; three or more: 1
    # an official speaking on the record is a primary source, not a lack of independence: only media whose
    # editorial line a state controls count against it
    independence_part = 1.0 - len(state_media) / len(named) if named else 0.0
    parts = config.diversity_parts
    diversity = 100 * (
        parts["count"] * count_part + parts["voices"] * voices_part + parts["kinds"] * kinds_part
        + parts["countries"] * countries_part + parts["independence"] * independence_part
    ) / sum(parts.values())  # fmt: skip

    components: dict[str, float | None] = {
        "attribution_strength": 100 * sourced_strength if n_claims else None,
        "source_diversity": diversity if n_claims else None,  # nothing asserted: no sourcing to measure
        "loaded_wording": None if weighted_per_1000 is None else max(0.0, 100 - config.loaded_points_per_1000_words * weighted_per_1000),
        "hedging": None if not n_claims else max(0.0, 100 * (1 - (len(unsupported["hearsay"]) + len(unsupported["booster"])) / n_claims)),
    }

    reasons = _reasons(
        n_claims, attributed, claim_strength, claims, anonymous, named, real, state, unsupported, loaded_cues, per_1000,
        kinds_effective, countries_effective,
    )  # fmt: skip
    reasons += _sourcing_reasons(attributions, sources, top_voice, top_voice_share, state_media)
    # a component that was not measured has no reasons: "Only 0 named sources" of a text without claims misleads
    reasons = [reason for reason in reasons if components[reason["component"]] is not None]
    note = None
    if n_claims < config.min_claims:
        reliability = None
        note = f"too few claims ({n_claims}) to profile; at least {config.min_claims} are needed"
    else:
        total = sum(config.weights[c] for c in COMPONENTS if components[c] is not None)
        reliability = sum(config.weights[c] * components[c] for c in COMPONENTS if components[c] is not None) / total

    def r(x: float | None, digits: int = 1) -> float | None:
        return None if x is None else round(x, digits)

    return {
        "article_id": article_id,
        "reliability": r(reliability),
        "reliability_note": note,
        **{c: r(v) for c, v in components.items()},
        "n_claims": n_claims,
        "n_attributions": len(attributions),
        "attributed_claim_share": r(attributed_share, 3),
        "mean_claim_strength": r(mean_strength, 3),
        "distinct_sources": len(real),
        "distinct_named_sources": len(named),
        "anonymous_source_share": r(len(anonymous) / len(real), 3) if real else None,
        "independent_source_share": r(len(independent) / len(named), 3) if named else None,
        "state_source_share": r(len(state) / len(named), 3) if named else None,
        "source_kinds_effective": r(kinds_effective, 2),
        "distinct_countries": len(countries),
        "source_countries_effective": r(countries_effective, 2),
        "second_hand_share": r(sum(1 for a in attributions if a["via_source_id"]) / len(attributions), 3) if attributions else None,
        "hedges_per_100_claims": r(hedges_per_100),
        "boosters_per_100_claims": r(boosters_per_100),
        "unsupported_hedged_claims": len(unsupported["hedge"]),
        "unsupported_hearsay_claims": len(unsupported["hearsay"]),
        "asked_for_comment": sum(1 for a in attributions if a["form"] == "declined"),
        "unsupported_boosted_claims": len(unsupported["booster"]),
        "loaded_per_1000_words": r(per_1000, 2),
        "loaded_weighted_per_1000_words": r(weighted_per_1000, 2),
        "loaded_author_voice": sum(1 for c in loaded_cues if c["category"] == "loaded"),
        "loaded_source_voice": sum(1 for c in cues if c["category"] == "loaded" and c["voice"] != "author"),
        "intensifiers_per_1000_words": r(1000 * own["intensifiers"] / n_body_words, 2) if n_body_words else None,
        "evaluative_per_1000_words": r(1000 * evaluative_weight(cues) / n_body_words, 2) if n_body_words else None,
        "self_mentions": own["self_mentions"],
        "reader_addresses": own["reader_addresses"],
        "prescriptions": own["prescriptions"],
        "scare_quotes": sum(1 for c in cues if c["category"] == "scare_quote"),
        "foreign_fragments": sum(1 for c in cues if c["category"] == "foreign"),
        "profile_reasons": json.dumps(reasons, ensure_ascii=False),
        "profile_note": SCOPE_NOTE,
    }


def _sourcing_reasons(
    attributions: list[dict[str, Any]], sources: list[dict[str, Any]], top_voice: str | None, top_voice_share: float,
    state_media: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Reasons about the quality of the sourcing: retelling other outlets or platforms, one voice, state media."""
    reasons: list[dict[str, Any]] = []
    secondary = [a for a in attributions if a["source_kind"] in SECONDARY_KINDS and a["named"]]
    if secondary:
        by_id = {s["source_id"]: s["name"] for s in sources}
        names = sorted({by_id.get(a["source_id"]) or a["source_text"] or "" for a in secondary} - {""})[:4]
        reasons.append(_reason(
            "attribution_strength", "secondary_sources",
            f"{len(secondary)} attribution(s) retell another outlet or a platform post rather than a source of their own: " + ", ".join(names) + ".",
            f"{len(secondary)} Zuschreibung(en) geben ein anderes Medium oder einen Plattform-Beitrag wieder statt einer eigenen Quelle: " + ", ".join(names) + ".",
            n=len(secondary),
        ))  # fmt: skip
    n_voiced = sum(1 for a in attributions if a["source_id"] and a["source_kind"] != "author" and a["form"] != "agentless")
    if top_voice is not None and n_voiced >= 3 and top_voice_share > 0.5:
        name = next((s["name"] for s in sources if s["source_id"] == top_voice), top_voice)
        reasons.append(_reason(
            "source_diversity", "one_voice",
            f"{round(100 * top_voice_share)} % of the attributions rest on one source: {name}.",
            f"{round(100 * top_voice_share)} % der Zuschreibungen stützen sich auf eine Quelle: {name}.",
            share=round(top_voice_share, 3), source=name,
        ))  # fmt: skip
    if state_media:
        names = ", ".join(s["name"] for s in state_media[:4])
        reasons.append(_reason(
            "source_diversity", "state_media",
            f"{len(state_media)} named source(s) are media whose editorial line a state controls: {names}.",
            f"{len(state_media)} genannte Quelle(n) sind Medien unter staatlicher redaktioneller Kontrolle: {names}.",
            n=len(state_media),
        ))  # fmt: skip
    return reasons


def _reasons(
    n_claims: int, attributed: list, claim_strength: dict[int, float], claims: list, anonymous: list,
    named: list, real: list, state: list, unsupported: dict[str, set], loaded_cues: list,
    per_1000: float | None, kinds_effective: float, countries_effective: float,
) -> list[dict[str, Any]]:  # fmt: skip
    reasons: list[dict[str, Any]] = []
    unattributed = n_claims - len(attributed)
    if unattributed:
        reasons.append(_reason(
            "attribution_strength", "unattributed_claims",
            f"{unattributed} of {n_claims} claims name no source.",
            f"{unattributed} von {n_claims} Aussagen nennen keine Quelle.",
            n=unattributed, total=n_claims,
        ))  # fmt: skip
    weak = sum(1 for c in attributed if claim_strength.get(c["claim_id"], 0.0) < 0.5)
    if weak:
        reasons.append(_reason(
            "attribution_strength", "weak_attribution",
            f"{weak} claims rest only on anonymous, vague, agentless or reportative attribution.",
            f"{weak} Aussagen stützen sich nur auf anonyme, vage, unpersönliche oder berichtende Zuschreibungen („soll“).",
            n=weak,
        ))  # fmt: skip
    if anonymous:
        reasons.append(_reason(
            "attribution_strength", "anonymous_sources",
            f"{len(anonymous)} anonymous source(s): " + ", ".join(s["name"] for s in anonymous[:5]) + ".",
            f"{len(anonymous)} anonyme Quelle(n): " + ", ".join(s["name"] for s in anonymous[:5]) + ".",
            n=len(anonymous),
        ))  # fmt: skip
    if len(named) < 4:  # the count part is below two thirds of its full value
        reasons.append(_reason(
            "source_diversity", "few_named_sources",
            f"Only {len(named)} distinct named source(s).",
            f"Nur {len(named)} unterschiedliche namentlich genannte Quelle(n).",
            n=len(named),
        ))  # fmt: skip
    if named and len(state) == len(named):
        reasons.append(_reason(
            "source_diversity", "no_independent_source",
            "Every named source is a government, state medium, party or security body; no independent voice.",
            "Alle genannten Quellen sind Regierungen, Staatsmedien, Parteien oder Sicherheitsbehörden; keine unabhängige Stimme.",
        ))  # fmt: skip
    if named and kinds_effective < 2:
        reasons.append(_reason(
            "source_diversity", "one_kind_of_source",
            "The named sources are mostly of one kind.",
            "Die genannten Quellen sind überwiegend von einer Art.",
        ))  # fmt: skip
    if named and countries_effective < 2:
        reasons.append(_reason(
            "source_diversity", "one_country",
            "The named sources come from one country or none is known.",
            "Die genannten Quellen stammen aus einem Land, oder keines ist bekannt.",
        ))  # fmt: skip
    if loaded_cues:
        terms = Counter(c["text"] for c in loaded_cues)
        listed = ", ".join(f"{t} ({n}×)" if n > 1 else t for t, n in terms.most_common(6))
        reasons.append(_reason(
            "loaded_wording", "loaded_terms",
            f"{len(loaded_cues)} loaded term(s) or scare quote(s) in the author's voice ({per_1000 or 0:.1f} per 1,000 words): {listed}.",
            f"{len(loaded_cues)} wertende Begriffe oder distanzierende Anführungszeichen im Text selbst ({per_1000 or 0:.1f} je 1.000 Wörter): {listed}.",
            n=len(loaded_cues), per_1000=round(per_1000 or 0.0, 2),
        ))  # fmt: skip
    if unsupported["hearsay"]:
        reasons.append(_reason(
            "hedging", "unsupported_hedges",
            f"{len(unsupported['hearsay'])} claim(s) passed on as hearsay without a named source (allegedly, reportedly).",
            f"{len(unsupported['hearsay'])} Aussage(n) als Hörensagen ohne genannte Quelle weitergegeben („soll“, „angeblich“).",
            n=len(unsupported["hearsay"]),
        ))  # fmt: skip
    if unsupported["booster"]:
        reasons.append(_reason(
            "hedging", "unsupported_boosters",
            f"{len(unsupported['booster'])} claim(s) asserted as certain without a source (clearly, no coincidence).",
            f"{len(unsupported['booster'])} Aussage(n) ohne Quelle als gewiss dargestellt („unmissverständlich“, „kein Zufall“).",
            n=len(unsupported["booster"]),
        ))  # fmt: skip
    return reasons
