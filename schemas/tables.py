"""The eight quellcheck tables as pandera ``DataFrameModel`` classes.

Every table that points into an article does so with character offsets into
``articles.text`` (the normalised text quellcheck stores), and a row's ``text``
column always equals ``articles.text[start:end]``. Offsets are 0-based, ``end``
is exclusive, as in Python slicing.

The models check what can be checked on one table (types, allowed values,
ranges, uniqueness, ``start <= end``); :func:`schemas.check_offsets` checks the
cross-table rule that offsets and texts agree with the article text.

This module imports nothing from ``scoring`` or ``reports``: data flows
text -> ``scoring`` -> these tables -> ``reports``.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

SUPPORTED_LANGS: tuple[str, ...] = ("de", "en", "es")
"""The languages of the bundled language packs. A table may hold any ISO 639 code (``lang``): packs
registered from outside (``scoring.languages.register``) add their own."""

SENTENCE_KINDS: tuple[str, ...] = ("body", "heading", "boilerplate", "caption", "question")
"""``body``: running text; ``heading``: title, subheadings; ``boilerplate``: site
furniture (related-video boxes, tag lists, photo credits, author boxes) that no
scorer counts; ``caption``: picture captions; ``question``: interrogative
sentences (FAQ entries, rhetorical questions), which assert no claim."""

CUE_CATEGORIES: tuple[str, ...] = ("hedge", "booster", "loaded", "scare_quote", "foreign")

ATTRIBUTION_FORMS: tuple[str, ...] = (
    "direct_quote",
    "indirect",
    "according_to",
    "reportative",
    "agentless",
    "continuation",
    "declined",
)

SOURCE_KINDS: tuple[str, ...] = (
    "government",
    "politician",
    "parliament",
    "party",
    "state_media",
    "independent_media",
    "news_agency",
    "intelligence",
    "military",
    "police",
    "judiciary",
    "international_org",
    "ngo",
    "company",
    "expert",
    "person",
    "official_document",
    "social_media",
    "anonymous",
    "author",
    "impersonal",
    "unresolved",
    "unknown",
)
"""``author``: the article's own writer ("ich", "wir" outside quotations): an opinion, not a source."""

LINK_KINDS: tuple[str, ...] = (
    "document", "official", "research", "social_media", "archive", "encyclopedia", "same_site", "other",
)  # fmt: skip
"""What a link points to (``scoring.analysis.links``): a file (pdf, spreadsheet, …), a government, court or
international body, a scholarly publication, a platform post, a saved copy, an encyclopedia, the article's
own site, or anything else (other outlets among them)."""
CUE_VOICES: tuple[str, ...] = ("author", "source", "quoted")
"""``author``: the writer's own words; ``source``: inside an attributed quotation or reported
content; ``quoted``: inside quotation marks nobody is quoted as saying."""


class _Table(pa.DataFrameModel):
    """Shared configuration: no unknown columns, and values coerced to the column types."""

    class Config:
        strict = True
        coerce = True


class Articles(_Table):
    """One row per article.

    ``text`` is the normalised article text (Unicode NFC, cleaned whitespace,
    soft line breaks joined); all offsets in the other tables point into it.
    ``n_words``/``n_sentences`` count the whole text, ``n_body_words`` and
    ``n_body_sentences`` only sentences of kind ``body`` (what scorers count).
    ``meta`` holds input fields quellcheck has no column for, as a JSON object,
    so no input data is lost. Input fields with scalar values are columns of
    their own after these (see :mod:`schemas.meta_columns`); ``meta`` then
    keeps the nested ones.
    """

    article_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    lang: Series[str] = pa.Field(str_matches=r"^[a-z]{2,3}$")
    title: Series[str] = pa.Field(nullable=True)
    text: Series[str]
    outlet: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    published: Series[str] = pa.Field(nullable=True)
    n_words: Series[int] = pa.Field(ge=0)
    n_sentences: Series[int] = pa.Field(ge=0)
    n_body_words: Series[int] = pa.Field(ge=0)
    n_body_sentences: Series[int] = pa.Field(ge=0)
    lang_source: Series[str] = pa.Field(isin=("given", "detected"))
    lang_confidence: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    input_name: Series[str]
    input_format: Series[str] = pa.Field(isin=("txt", "md", "html", "json", "jsonl", "csv", "parquet", "records"))
    input_sha256: Series[str] = pa.Field(str_length=64)
    text_sha256: Series[str] = pa.Field(str_length=64)
    meta: Series[str] = pa.Field(nullable=True)
    quellcheck_version: Series[str]

    class Config:
        name = "articles"

    @pa.dataframe_check(error="n_body_sentences must not exceed n_sentences")
    @classmethod
    def _body_within_total(cls, df: pd.DataFrame) -> Series[bool]:
        return df["n_body_sentences"] <= df["n_sentences"]


class _Span(_Table):
    """A span of an article's text: ``text == articles.text[start:end]``."""

    article_id: Series[str]
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(ge=0)
    text: Series[str]

    @pa.dataframe_check(error="start must not exceed end")
    @classmethod
    def _ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["start"] <= df["end"]


class Sentences(_Span):
    """One row per sentence, in text order; ``sent_id`` counts from 0 per article.

    ``para_id`` numbers the blocks (paragraphs, headings, captions) the
    sentence belongs to, from 0 per article.
    """

    sent_id: Series[int] = pa.Field(ge=0)
    kind: Series[str] = pa.Field(isin=SENTENCE_KINDS)
    para_id: Series[int] = pa.Field(ge=0)
    n_words: Series[int] = pa.Field(ge=0)

    class Config:
        name = "sentences"
        unique = ["article_id", "sent_id"]


class Cues(_Span):
    """Words and phrases that hedge, boost, load or mark a text.

    ``explanation`` is English, ``explanation_de`` German; ``suggestion`` is a
    neutral alternative in the article's language where one applies. ``rule``
    names the lexicon entry or rule that fired, so every cue can be traced.
    ``voice`` says whose words they are (see :data:`CUE_VOICES`).
    """

    cue_id: Series[int] = pa.Field(ge=0)
    sent_id: Series[int] = pa.Field(ge=0)
    category: Series[str] = pa.Field(isin=CUE_CATEGORIES)
    subtype: Series[str]
    explanation: Series[str]
    explanation_de: Series[str]
    suggestion: Series[str] = pa.Field(nullable=True)
    rule: Series[str]
    weight: Series[float] = pa.Field(ge=0.0, le=1.0)
    voice: Series[str] = pa.Field(isin=CUE_VOICES)

    class Config:
        name = "cues"
        unique = ["article_id", "cue_id"]


class Attributions(_Table):
    """Who is said to have said what.

    ``cue`` is the reporting verb, preposition or quotation mark that signals
    the attribution (``cue == articles.text[cue_start:cue_end]``); the source
    span is null for agentless and unnamed reportative attributions.
    ``content_start``/``content_end`` delimit what is attributed. ``via_*``
    name the intermediary of a second-hand report. ``strength`` is in [0, 1]:
    named primary source with a direct quote highest, agentless lowest.
    """

    article_id: Series[str]
    attr_id: Series[int] = pa.Field(ge=0)
    sent_id: Series[int] = pa.Field(ge=0)
    cue: Series[str]
    cue_start: Series[int] = pa.Field(ge=0)
    cue_end: Series[int] = pa.Field(ge=0)
    form: Series[str] = pa.Field(isin=ATTRIBUTION_FORMS)
    source_text: Series[str] = pa.Field(nullable=True)
    source_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    source_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    source_id: Series[str] = pa.Field(nullable=True)
    named: Series[bool]
    via_source_id: Series[str] = pa.Field(nullable=True)
    via_text: Series[str] = pa.Field(nullable=True)
    content_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    content_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    strength: Series[float] = pa.Field(ge=0.0, le=1.0)
    cue_type: Series[str]
    stance: Series[str] = pa.Field(isin=("neutral", "distancing", "endorsing"))
    source_kind: Series[str] = pa.Field(nullable=True, isin=SOURCE_KINDS)

    class Config:
        name = "attributions"
        unique = ["article_id", "attr_id"]

    @pa.dataframe_check(error="cue_start must not exceed cue_end")
    @classmethod
    def _cue_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["cue_start"] <= df["cue_end"]


class Sources(_Table):
    """The distinct sources an article cites (one row per source and article)."""

    article_id: Series[str]
    source_id: Series[str]
    name: Series[str]
    kind: Series[str] = pa.Field(isin=SOURCE_KINDS)
    named: Series[bool]
    mentions: Series[int] = pa.Field(ge=1)
    country: Series[str] = pa.Field(nullable=True)
    registry_id: Series[str] = pa.Field(nullable=True)
    ownership: Series[str] = pa.Field(nullable=True)

    class Config:
        name = "sources"
        unique = ["article_id", "source_id"]


class Claims(_Table):
    """Body sentences that assert something, and whether they are sourced.

    ``attr_id`` points to the attribution that covers the claim (null when
    ``attributed`` is false). ``has_figure`` marks claims carrying a number.
    """

    article_id: Series[str]
    claim_id: Series[int] = pa.Field(ge=0)
    sent_id: Series[int] = pa.Field(ge=0)
    attributed: Series[bool]
    attr_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    hedged: Series[bool]
    has_figure: Series[bool]

    class Config:
        name = "claims"
        unique = ["article_id", "claim_id"]


class Links(_Span):
    """Hyperlinks of Markdown and HTML input: the anchor text's span, where it points and what that is.

    ``sent_id`` is the sentence the anchor lies in (null when it lies in none); ``domain`` the address's
    host without ``www.`` (null for addresses without one, e.g. ``mailto:``); ``kind`` one of
    :data:`LINK_KINDS`. A link is evidence the reader can follow; plain-text input has none.
    """

    link_id: Series[int] = pa.Field(ge=0)
    sent_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    url: Series[str]
    domain: Series[str] = pa.Field(nullable=True)
    kind: Series[str] = pa.Field(isin=LINK_KINDS)

    class Config:
        name = "links"
        unique = ["article_id", "link_id"]


class Scores(_Table):
    """One row per article: the reliability profile (see ``scoring.aggregation.profile``).

    The four components and ``reliability`` are in [0, 100], higher = better
    sourced or more neutral; null means "could not be measured" and
    ``reliability_note`` says why (a measured 0 is a real 0). What 100 means
    (reports label them so): ``attribution_strength`` every attributed claim
    rests on a named source (quoted or paraphrased); ``source_diversity`` many named sources of several kinds,
    countries, independent; ``loaded_wording`` ("Restraint in wording") no
    loaded word or scare quote in the writer's own voice; ``hedging``
    ("Hedging backed by sources") no claim hedged or stated as certain
    without a source. Raw figures carry their unit in their name
    (``loaded_per_1000_words``: per 1,000 body words; ``*_share``: 0-1). The raw figures
    behind them follow; ``profile_reasons`` is a JSON list of the reasons that
    lowered each component, in English and German. Readability (reading ease
    and grade, with the formulas used) is null when it was not computed.
    ``config_fingerprint`` identifies the profile configuration and user
    registry files used.
    """

    article_id: Series[str] = pa.Field(unique=True)
    reliability: Series[float] = pa.Field(nullable=True, ge=0.0, le=100.0)
    reliability_note: Series[str] = pa.Field(nullable=True)
    attribution_strength: Series[float] = pa.Field(nullable=True, ge=0.0, le=100.0)
    source_diversity: Series[float] = pa.Field(nullable=True, ge=0.0, le=100.0)
    loaded_wording: Series[float] = pa.Field(nullable=True, ge=0.0, le=100.0)
    hedging: Series[float] = pa.Field(nullable=True, ge=0.0, le=100.0)
    n_claims: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    n_attributions: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    attributed_claim_share: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    mean_claim_strength: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    distinct_sources: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    distinct_named_sources: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    anonymous_source_share: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    independent_source_share: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    state_source_share: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    source_kinds_effective: Series[float] = pa.Field(nullable=True, ge=0.0)
    distinct_countries: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    source_countries_effective: Series[float] = pa.Field(nullable=True, ge=0.0)
    second_hand_share: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    hedges_per_100_claims: Series[float] = pa.Field(nullable=True, ge=0.0)
    boosters_per_100_claims: Series[float] = pa.Field(nullable=True, ge=0.0)
    unsupported_hedged_claims: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    unsupported_hearsay_claims: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    asked_for_comment: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    unsupported_boosted_claims: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    loaded_per_1000_words: Series[float] = pa.Field(nullable=True, ge=0.0)
    loaded_weighted_per_1000_words: Series[float] = pa.Field(nullable=True, ge=0.0)
    loaded_author_voice: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    loaded_source_voice: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    intensifiers_per_1000_words: Series[float] = pa.Field(nullable=True, ge=0.0)
    evaluative_per_1000_words: Series[float] = pa.Field(nullable=True, ge=0.0)
    self_mentions: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    reader_addresses: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    prescriptions: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    scare_quotes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    foreign_fragments: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    n_links: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    linked_claims: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    profile_reasons: Series[str] = pa.Field(nullable=True)
    profile_note: Series[str] = pa.Field(nullable=True)
    readability_reading_ease: Series[float] = pa.Field(nullable=True)
    readability_grade: Series[float] = pa.Field(nullable=True)
    readability_formulas: Series[str] = pa.Field(nullable=True)
    config_fingerprint: Series[str] = pa.Field(nullable=True)

    class Config:
        name = "scores"


class Errors(_Table):
    """Articles (or whole inputs) a corpus run could not analyse: where, at which stage, why.

    ``stage`` is ``read`` (the input or row could not be read), ``analyze`` (the
    analysis refused or failed) or ``validate`` (the article's rows broke a schema).
    ``article_id`` is null when the failure happened before an id was known.
    """

    input: Series[str]
    article_id: Series[str] = pa.Field(nullable=True)
    stage: Series[str] = pa.Field(isin=("read", "analyze", "validate"))
    message: Series[str]

    class Config:
        name = "errors"


TABLE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles,
    "sentences": Sentences,
    "cues": Cues,
    "attributions": Attributions,
    "sources": Sources,
    "claims": Claims,
    "links": Links,
    "scores": Scores,
}
"""Table name -> model, in the order tables are written and documented."""

AUX_MODELS: dict[str, type[pa.DataFrameModel]] = {"errors": Errors}
"""Tables of a corpus run beside the eight: what could not be analysed."""
