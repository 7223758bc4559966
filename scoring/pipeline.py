"""From one article's input to its rows: clean, convert markup, identify the language,
normalise, cut into sentences, then run the scorers.

:func:`analyze_input` is the per-article hot path used by the command line and
corpus runs; :func:`analyze` is the convenience entry point for Python users.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from dataclasses import dataclass, field, replace
from functools import lru_cache

from scoring._version import __version__
from scoring.config import ProfileConfig
from scoring.reading.encoding import replace_surrogates, replace_surrogates_in, surrogate_warning
from scoring.errors import InputError
from scoring.cleaning.langid import detect_language, language_mismatch, normalise_lang
from scoring.languages.lexicon import bundled_lexicons, lexicons_version, load_lexicon
from scoring.reading.markup import MarkedText, from_markdown, html_to_markdown
from scoring.cleaning.normalize import JoinPolicy, NormalizedText, clean_characters, normalise
from scoring.reading.readers import DEFAULT_MAX_CHARS, ArticleInput, content_id, sha256_hex
from scoring.results import ArticleAnalysis
from scoring.aggregation.readability import readability
from scoring.analysis.links import link_figures, link_rows
from scoring.analysis.scorer import score_article
from scoring.cleaning.segment import SentenceSplitter
from scoring.analysis.sources import registry
from scoring.cleaning.structure import classify, count_words, title_of


@dataclass(frozen=True)
class AnalysisOptions:
    """Options that change the result: language (``auto`` or a code), size limit,
    the profile configuration and user source-registry files."""

    lang: str = "auto"
    max_chars: int = DEFAULT_MAX_CHARS
    config: ProfileConfig = field(default_factory=ProfileConfig)
    registry_files: tuple[str, ...] = ()
    lexicon_files: tuple[str, ...] = ()
    """User cue-lexicon files (hedges, boosters, loaded, evaluative) adding to the bundled ones."""
    readability: bool = False
    """Compute readability (several ms per article): on for single articles and reports."""
    verify_lang: bool = True
    """Warn when a given ``lang`` looks wrong for the text (a language detection, about 0.4 ms)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "lang", normalise_lang(self.lang))


@lru_cache(maxsize=None)
def join_policy(lang: str) -> JoinPolicy:
    """The line-joining knowledge for ``lang`` (see :mod:`scoring.cleaning.normalize`)."""
    adjective = None
    if (lang, "adjective_suffixes") in bundled_lexicons():
        forms = [
            f"{row['suffix']}(?:{'|'.join(row['inflections'].split(','))})"
            for row in load_lexicon(lang, "adjective_suffixes").records()
        ]
        adjective = re.compile(f"(?:{'|'.join(forms)})$")
    return JoinPolicy(
        continues_after_period=SentenceSplitter.for_lang(lang).continues,
        continuation_words=frozenset(load_lexicon(lang, "continuation_words").entries),
        adjective_ending=adjective,
    )


def _to_marked(inp: ArticleInput) -> tuple[MarkedText, dict[str, str]]:
    """Clean characters and strip markup; returns the marked text and page metadata."""
    cleaned, clean_map = clean_characters(inp.content, typed_quotes=inp.markup == "txt")
    if inp.markup == "txt":
        return MarkedText(cleaned, clean_map), {}
    if inp.markup == "html":
        markdown, meta = html_to_markdown(cleaned)
        markdown, _ = clean_characters(markdown, typed_quotes=False)
        # Offsets of HTML input point into the extracted text, not the page.
        return from_markdown(markdown), meta
    marked = from_markdown(cleaned)
    if clean_map is not None and marked.offsets is not None:
        marked.offsets = [clean_map[o] for o in marked.offsets]
    return marked, {}


def analyze_input(inp: ArticleInput, options: AnalysisOptions | None = None) -> ArticleAnalysis:
    """Analyse one article. Raises :class:`~scoring.errors.InputError` for unusable input."""
    options = options or AnalysisOptions()
    inp = _without_surrogates(inp)
    if len(inp.content) > options.max_chars:
        raise InputError(
            f"article has {len(inp.content):,} characters, more than the limit of "
            f"{options.max_chars:,} (raise it with --max-chars)"
        )
    marked, page_meta = _to_marked(inp)
    if not marked.text.strip():
        raise InputError("no text: the article is empty or only whitespace")

    requested = normalise_lang(inp.lang) if inp.lang and options.lang == "auto" else options.lang
    if requested == "auto":
        detection = detect_language(marked.text)
        lang, lang_source, confidence = detection.lang, "detected", detection.confidence
    else:
        lang, lang_source, confidence = requested, "given", None
        mismatch = language_mismatch(marked.text, lang) if options.verify_lang else None
        if mismatch:
            inp = replace(inp, warnings=[*inp.warnings, mismatch])

    norm = normalise(marked, join_policy(lang))
    spans = classify(norm.text, norm.blocks, lang)
    if not spans:
        raise InputError("no sentences: the text has no words")
    analysis = _build(inp, norm, spans, lang, lang_source, confidence, page_meta)
    tables = score_article(
        analysis.article_id, lang, analysis.text, analysis.sentences, analysis.article["n_body_words"],
        options.config, registry(options.registry_files), options.lexicon_files,
        outlet=analysis.article["outlet"], url=analysis.article["url"],
    )  # fmt: skip
    for table in ("cues", "attributions", "sources", "claims"):
        setattr(analysis, table, tables[table])
    analysis.links = link_rows(analysis.article_id, marked, norm, analysis.sentences, analysis.article["url"])
    scores = tables["scores"]
    figures = link_figures(analysis.links, analysis.claims)
    scores["n_links"] = figures["n_links"]
    scores["linked_claims"] = figures["linked_claims"] if scores.get("n_claims") is not None else None
    scores["readability_formulas"] = None
    scores["config_fingerprint"] = _config_fingerprint(options)
    analysis.scores = scores
    if options.readability:
        add_readability(analysis)
    return analysis


def add_readability(analysis: ArticleAnalysis) -> None:
    """Put the readability figures of ``analysis``'s body sentences into its scores, in the place (key order)
    they have when :func:`analyze_input` computes them.

    A corpus batch analyses its articles without readability and then adds it for all of them in a row:
    the syllable counter's look-up structures stay in the processor's cache instead of being pushed out by
    each article's analysis (10kGNAD, 1,028 articles: 1.45 s instead of 1.9 s).
    """
    scores = analysis.scores
    fingerprint = scores.pop("config_fingerprint")
    scores.pop("readability_formulas", None)
    body = " ".join(s["text"] for s in analysis.sentences if s["kind"] == "body")
    scores.update(readability(body, analysis.article["lang"]))
    scores["config_fingerprint"] = fingerprint


_TEXT_FIELDS = ("name", "content", "article_id", "title", "outlet", "url", "published", "lang")


def _without_surrogates(inp: ArticleInput) -> ArticleInput:
    """``inp`` with surrogate code points replaced by U+FFFD (and a warning), so that no text field
    fails to encode later; readers do this per row already, this covers inputs built in Python."""
    changed: dict[str, object] = {}
    total = 0
    for name in _TEXT_FIELDS:
        value = getattr(inp, name)
        if isinstance(value, str):
            new, count = replace_surrogates(value)
            if count:
                changed[name], total = new, total + count
    meta, count = replace_surrogates_in(inp.meta)
    if count:
        changed["meta"], total = meta, total + count
    if not total:
        return inp
    return replace(inp, **changed, warnings=[*inp.warnings, surrogate_warning(total)])  # type: ignore[arg-type]


def _config_fingerprint(options: AnalysisOptions) -> str:
    """A short hash of everything that changes the scores besides the text and the lexicons."""
    return _fingerprint(options.config.fingerprint(), options.registry_files + options.lexicon_files)


@lru_cache(maxsize=64)
def _fingerprint(config_json: str, registry_files: tuple[str, ...]) -> str:
    digest = hashlib.sha256(config_json.encode("utf-8"))
    for path in registry_files:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]


def _build(
    inp: ArticleInput,
    norm: NormalizedText,
    spans: list,  # list[SentenceSpan]
    lang: str,
    lang_source: str,
    confidence: float | None,
    page_meta: dict[str, str],
) -> ArticleAnalysis:
    text = norm.text
    article_id = inp.article_id or content_id(text)
    sentences = []
    n_words = n_body_words = n_body = 0
    for sent_id, span in enumerate(spans):
        sentence = text[span.start : span.end]
        words = count_words(sentence)
        n_words += words
        if span.kind == "body":
            n_body += 1
            n_body_words += words
        sentences.append(
            {
                "article_id": article_id,
                "start": span.start,
                "end": span.end,
                "text": sentence,
                "sent_id": sent_id,
                "kind": span.kind,
                "para_id": span.para_id,
                "n_words": words,
            }
        )
    article = {
        "article_id": article_id,
        "lang": lang,
        "title": inp.title or page_meta.get("title") or title_of(text, spans),
        "text": text,
        "outlet": inp.outlet or page_meta.get("outlet"),
        "url": inp.url or page_meta.get("url"),
        "published": inp.published or page_meta.get("published"),
        "n_words": n_words,
        "n_sentences": len(sentences),
        "n_body_words": n_body_words,
        "n_body_sentences": n_body,
        "lang_source": lang_source,
        "lang_confidence": None if confidence is None else round(confidence, 4),
        "input_name": inp.name,
        "input_format": inp.input_format,
        "input_sha256": inp.input_sha256,
        "text_sha256": sha256_hex(text.encode("utf-8")),
        "meta": _meta_json(inp, page_meta),
        "quellcheck_version": f"{__version__}+lex.{lexicons_version()}",
    }
    return ArticleAnalysis(article=article, sentences=sentences, normalized=norm, warnings=list(inp.warnings))


def _meta_json(inp: ArticleInput, page_meta: dict[str, str]) -> str | None:
    meta = dict(inp.meta)
    if page_meta.get("author"):
        meta.setdefault("author", page_meta["author"])
    return json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str) if meta else None


def analyze(
    text: str,
    *,
    lang: str = "auto",
    article_id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    markup: str = "txt",
    config: ProfileConfig | None = None,
) -> ArticleAnalysis:
    """Analyse one article given as a string.

    >>> result = analyze("Die Stadt plant neue Radwege. Laut dem Bürgermeister kosten sie 2 Mio. Euro.", lang="de")
    >>> [row["kind"] for row in result.sentences]
    ['body', 'body']

    ``markup`` is ``txt``, ``md`` or ``html``. ``outlet`` and ``url`` also name the article's own outlet
    when the source registry knows it ("Der Standard", "derstandard.at"): a speaker who told that outlet
    spoke to the reporter, first hand, not through another medium. Returns an
    :class:`~scoring.results.ArticleAnalysis`; ``.tables()`` gives DataFrames.
    """
    if markup not in ("txt", "md", "html"):
        raise ValueError(f"markup must be txt, md or html, not {markup!r}")
    inp = ArticleInput(
        name=article_id or "<text>",
        content=text,
        markup=markup,
        input_format=markup,
        input_sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        article_id=article_id,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
    )
    return analyze_input(inp, AnalysisOptions(lang=lang, config=config or ProfileConfig(), readability=True))
