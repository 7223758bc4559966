"""Run every scorer on one article and produce the rows of cues, attributions, sources, claims and scores.

Order: tokens and quotations (:mod:`scoring.model.doc`) → attributions and their
sources (:mod:`scoring.analysis.attribution`, :mod:`scoring.analysis.sources`) → cues, each with
its voice (:mod:`scoring.analysis.hedging`, :mod:`scoring.analysis.loaded`) → claims → the
profile (:mod:`scoring.aggregation.profile`). Scorers exist for German; for other
languages the tables stay empty and ``reliability_note`` says so.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scoring.model.records import MEDIA_KINDS, RESPONDENTS_SOURCE, Attribution

from scoring.analysis.attribution import find_attributions
from scoring.config import ProfileConfig
from scoring.model.doc import Doc, build_doc
from scoring.analysis.hedging import find_lexicon_cues, reported_speech_tokens
from scoring.languages.lexicon import load_lexicon
from scoring.model.records import CueEntry, CueHit
from scoring.analysis.cues import CueMatcher, lexicon_scan
from scoring.analysis.loaded import find_capitals, find_foreign, find_scare_quotes, find_stance_marks
from scoring.languages import get_language, scored_codes
from scoring.aggregation.profile import SCOPE_NOTE, build_scores
from scoring.analysis.sources import Registry, registry, resolve_sources

if TYPE_CHECKING:
    from scoring.languages.base import Language

_SCORED_KINDS = frozenset(("body", "heading", "question", "caption"))


def unscored_note(lang: str) -> str:
    """Why an article in ``lang`` (a language without scorers) has no cues, attributions or scores."""
    return f"no scorers for language {lang!r} yet (available: {', '.join(scored_codes())})"


@lru_cache(maxsize=None)
def _explanations(lang: str) -> dict[tuple[str, str], tuple[str, str]]:
    table = {}
    for row in load_lexicon(lang, "cue_explanations").records():
        table[(row["category"], row["subtype"])] = (row["explanation_en"], row["explanation_de"])
    return table


def _explain(lang: str, category: str, subtype: str) -> tuple[str, str]:
    table = _explanations(lang)
    return table.get((category, subtype)) or table.get((category, "*")) or ("", "")


@lru_cache(maxsize=1)
def _registry_titles() -> frozenset[str]:
    """Lower-cased names of registry sources: such a name in quotation marks is a title."""
    return frozenset(e.name.lower() for e in registry().entries.values())


class _Spans:
    """Sorted, non-nested character spans for fast containment tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def contains(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.ends[k]


def score_article(
    article_id: str,
    lang: str,
    text: str,
    sentences: list[dict[str, Any]],
    n_body_words: int,
    config: ProfileConfig | None = None,
    reg: Registry | None = None,
    lexicon_files: tuple[str, ...] = (),
    outlet: str | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Rows for the five scored tables of one article, as plain dicts. ``outlet`` and ``url`` (the article's
    metadata) name its own outlet, which a speaker may have told something first hand."""
    config = config or ProfileConfig()
    language = get_language(lang)
    if not language.scored:
        return {
            "cues": [], "attributions": [], "sources": [], "claims": [],
            "scores": {"article_id": article_id, "reliability": None, "reliability_note": unscored_note(lang),
                       "profile_note": SCOPE_NOTE},
        }  # fmt: skip
    doc = build_doc(article_id, lang, text, sentences, lexicon_files, language.single_quotation_marks)
    attributions = find_attributions(doc)
    reg = reg or registry()
    sources = resolve_sources(doc, attributions, reg, _own_outlet(reg, outlet, url) or _house_style_outlet(doc, reg))
    attribution_rows = _attribution_rows(doc, attributions)
    attributed_quotes = {a.quote for a in attributions if a.quote is not None}
    cue_rows = _cue_rows(doc, attributions, attributed_quotes)
    claim_rows, claim_strength = _claims(doc, attributions)
    mark_hedged_claims(claim_rows, cue_rows)
    source_rows = [
        {
            "article_id": article_id, "source_id": s.key, "name": s.name, "kind": s.kind, "named": s.named,
            "mentions": s.mentions, "country": s.country, "registry_id": s.registry_id, "ownership": s.ownership,
        }
        for s in sources
    ]  # fmt: skip
    impersonal = frozenset(f"generic:{pronoun}" for pronoun in language.generic_pronouns)
    scores = build_scores(article_id, n_body_words, claim_rows, claim_strength, cue_rows, attribution_rows, source_rows, config, impersonal)
    return {"cues": cue_rows, "attributions": attribution_rows, "sources": source_rows, "claims": claim_rows, "scores": scores}


def _span(doc: Doc, span: tuple[int, int] | None) -> tuple[int | None, int | None, str | None]:
    if span is None:
        return None, None, None
    start, end = doc.tokens[span[0]].start, doc.tokens[span[1] - 1].end
    return start, end, doc.text[start:end]


def _attribution_rows(doc: Doc, attributions: list[Attribution]) -> list[dict[str, Any]]:
    rows = []
    for attr_id, a in enumerate(attributions):
        cue_start, cue_end, cue = _span(doc, a.cue)
        source_start, source_end, source_text = _span(doc, a.source)
        _, _, via_text = _span(doc, a.via)
        rows.append({
            "article_id": doc.article_id, "attr_id": attr_id, "sent_id": a.sent_id, "cue": cue,
            "cue_start": cue_start, "cue_end": cue_end, "form": a.form, "source_text": source_text,
            "source_start": source_start, "source_end": source_end, "source_id": a.source_id,
            "named": bool(a.named), "via_source_id": a.via_source_id, "via_text": via_text,
            "content_start": a.content[0] if a.content else None, "content_end": a.content[1] if a.content else None,
            "strength": round(a.strength, 3), "cue_type": a.cue_type, "stance": a.stance,
            "source_kind": a.source_kind,
        })  # fmt: skip
    return rows


def _reported_spans(doc: Doc, attributions: list[Attribution], attributed_quotes: set[int]) -> tuple[_Spans, _Spans]:
    """Spans in a source's voice (reported content, attributed quotations), and all quotations."""
    # agentless and reportative attributions name nobody: their content stays in the author's voice
    # nor is the writer's own "ich finde …" another voice, nor a sentence that only "sollen" ties to a report
    # before it: the claim is the source's, the wording stays the writer's
    reported = [a.message or a.content for a in attributions
                if a.content is not None and a.form not in ("agentless", "reportative", "declined") and a.source_kind != "author"
                and a.cue_type != "modal"]  # fmt: skip
    for quote in doc.quotes:
        if quote.qid in attributed_quotes:
            reported.append((quote.inner_start, quote.inner_end))
    for row in doc.sentences:  # Konjunktiv I marks reported speech even without a cue in view
        toks = doc.sentence_tokens(row["sent_id"])
        if row["kind"] != "boilerplate" and reported_speech_tokens(doc, toks):
            reported.append((row["start"], row["end"]))
    quoted = [(q.inner_start, q.inner_end) for q in doc.quotes]
    # an interviewer named in the labels of a transcript ("TAPPER: …") asks in words of their own; the answers of
    # an interview in turns "Q: …" / "A: …" are the interviewee's
    quoted += [(doc.sentences[n]["start"], doc.sentences[n]["end"]) for n in sorted(doc.cache.get("other_voices", ()))]
    return _Spans(reported), _Spans(quoted)


def _cue_rows(doc: Doc, attributions: list[Attribution], attributed_quotes: set[int]) -> list[dict[str, Any]]:
    language = get_language(doc.lang)
    reported, quoted = _reported_spans(doc, attributions, attributed_quotes)
    speech_clauses = [
        # "laut X", "as X suggested": the words of the clause are X's too ("rather than a “regional” candidate, as
        # his campaign manager suggested")
        (doc.sentences[a.sent_id]["start"], doc.sentences[a.sent_id]["end"], "speech" if a.form == "according_to" else a.cue_type)
        for a in attributions
        if a.source is not None and a.form in ("indirect", "direct_quote", "according_to")
    ]
    # a clause a source found or saw: its quotations are the source's words ("determined that the handling created a
    # “reasonable suspicion” that …"), not what the source found ("found “traces”": the quotation opens the message)
    speech_clauses += [
        (a.content[0] + 1, a.content[1], "finding") for a in attributions
        if a.source is not None and a.cue_type == "perception" and a.content is not None and doc.tokens[a.cue[1] - 1].end <= a.content[0]
        and a.source_kind != "author"  # (the writer's own: "I learned how to see, and through this “night vision” …")
    ]  # fmt: skip
    titles = _registry_titles()
    hits = []
    block_sizes = Counter(row["para_id"] for row in doc.sentences)
    interview = _is_interview(doc, attributions)
    # (a quotation of nobody leaves the words around it the writer's: "te invitamos a ver el discurso «…»")
    attributed_sents = {a.sent_id for a in attributions if a.source is not None or a.form != "direct_quote"}
    for row in doc.sentences:
        if row["kind"] not in _SCORED_KINDS:
            continue
        toks = doc.sentence_tokens(row["sent_id"])
        hits.extend(find_lexicon_cues(doc, toks))
        hits.extend(find_foreign(doc, toks))
        hits.extend(find_capitals(doc, toks, row))
        if not interview and row["sent_id"] not in attributed_sents:
            hits.extend(find_stance_marks(doc, toks, row, block_sizes[row["para_id"]]))
    if not interview:
        # the writer's own opinion: "ich finde", "wir glauben" outside quotations
        for a in attributions:
            if a.source_kind == "author" and a.cue_type == "cognition" and a.lemma not in language.knowledge_verbs:
                hits.append(CueHit(a.cue[0], a.cue[1], language.rule_entry("author_opinion")))
    hits.extend(_judging_report_verbs(doc, attributions, {h.first for h in hits}))
    source_spans = [(doc.tokens[a.source[0]].start, doc.tokens[a.source[1] - 1].end, a.named) for a in attributions if a.source is not None]
    quote_hits = find_scare_quotes(doc, attributed_quotes, speech_clauses, titles, source_spans)
    after_so_called = {h.first for h in quote_hits if h.entry.subtype == "so_called"}
    if after_so_called:  # "the so-called “reform”": one distance, marked by the quotation (not also by the word before it)
        hits = [h for h in hits if not (h.entry.category == "loaded" and h.last in after_so_called)]
    hits.extend(quote_hits)
    hits.sort(key=lambda h: (doc.tokens[h.first].start, -doc.tokens[h.last - 1].end))
    rows = []
    writers_verbs = _writers_report_verbs(doc, attributions)
    for hit in hits:
        start, end = doc.tokens[hit.first].start, doc.tokens[hit.last - 1].end
        entry = hit.entry
        if hit.first in writers_verbs and entry.category == "loaded":
            voice = "author"  # "Der Minister behauptete, …": the verb of the report is the writer's choice
        elif reported.contains(start, end):
            voice = "source"
        elif quoted.contains(start, end):
            voice = "quoted"
        elif entry.subtype == "prescriptive" and _in_report(doc, hit, language):
            voice = "source"  # "argued that the city should …" with no attribution read: a reported demand
        else:
            voice = "author"
        explanation_en, explanation_de = _explain(doc.lang, entry.category, entry.subtype)
        rows.append({
            "article_id": doc.article_id, "start": start, "end": end, "text": doc.text[start:end],
            "cue_id": len(rows), "sent_id": doc.tokens[hit.first].sent, "category": entry.category,
            "subtype": entry.subtype, "explanation": explanation_en, "explanation_de": explanation_de,
            "suggestion": entry.suggestion, "rule": entry.rule, "weight": entry.weight, "voice": voice,
        })  # fmt: skip
    return rows


def _in_report(doc: Doc, hit: CueHit, language: Language) -> bool:
    """Whether a reporting verb or noun stands before the hit in its sentence (the pack decides)."""
    sent = doc.tokens[hit.first].sent
    return language.in_report(doc.sentence_tokens(sent), hit.first - doc.sent_tokens[sent][0])


def _house_style_outlet(doc: Doc, reg: Registry) -> str | None:
    """The outlet an article names in capitals although its name is not an acronym ("sagte sie dem STANDARD",
    "told POLITICO"): outlets write their own name so, others write "Der Standard", "Politico" — the article's
    own outlet when no outlet or address was given (None if no such word, or two outlets written so)."""
    found: set[str] = set()
    for tok in doc.tokens:
        text = tok.text.removesuffix("'s").removesuffix("’s")
        if len(text) < 4 or not text.isalpha() or not text.isupper():
            continue
        low = text.lower()
        if low not in reg.mixed_case_words:
            continue  # an acronym ("MSNBC", "CCTV"), written in capitals by everyone
        entry = reg.one_word(text, low)
        if entry is not None and entry.kind in MEDIA_KINDS:
            found.add(entry.id)
    return found.pop() if len(found) == 1 else None


def _own_outlet(reg: Registry, outlet: str | None, url: str | None) -> str | None:
    """The registry id of the article's outlet, by its name or its web address's host ("derstandard.at")."""
    entry = reg.lookup(outlet) if outlet else None
    if entry is None and url:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        entry = reg.lookup(host.removeprefix("www.")) if host else None
    return entry.id if entry is not None else None


def _writers_report_verbs(doc: Doc, attributions: list[Attribution]) -> set[int]:
    """The tokens of reporting verbs that no other report's content holds and no quotation: the writer's words
    even in a sentence of reported speech."""
    contents = _Spans([a.content for a in attributions if a.content is not None])
    out = set()
    for a in attributions:
        if a.cue[1] - a.cue[0] != 1 or doc.tokens[a.cue[0]].quote >= 0:
            continue
        tok = doc.tokens[a.cue[0]]
        if not contents.contains(tok.start, tok.end):
            out.add(a.cue[0])
    return out


def _judging_report_verbs(doc: Doc, attributions: list[Attribution], covered: set[int]) -> list[CueHit]:
    """A verb of the loaded lexicons that the grammar read as a report ("Trump claims that …", "X boasts …"), in a
    form the lexicon leaves out because the noun shares it ("his claims", "a claim"): the attribution tells the verb
    from the noun. One hit per report, not where a lexicon hit already stands."""
    verbs = _loaded_verbs(lexicon_scan(doc).index.cues)
    hits = []
    for a in attributions:
        entry = verbs.get(a.lemma or "")
        if entry is not None and a.cue[1] - a.cue[0] == 1 and a.cue[0] not in covered and doc.tokens[a.cue[0]].quote < 0:
            hits.append(CueHit(a.cue[0], a.cue[1], entry))
    return hits


@lru_cache(maxsize=8)
def _loaded_verbs(cues: CueMatcher) -> dict[str, CueEntry]:
    """The verbs of a matcher's loaded and evaluative lexicons, by lemma."""
    return {e.entry: e for entries in cues.single.values() for e in entries if e.pos == "verb" and e.category == "loaded"}


def _is_interview(doc: Doc, attributions: list[Attribution]) -> bool:
    """An interview ("STANDARD: …", "Müller: …" at least twice): first person and questions
    belong to the speakers, not to the writer."""
    return bool(doc.cache.get("interview_turns")) or sum(1 for a in attributions if a.form == "direct_quote" and doc.tokens[a.cue[0]].text == ":") >= 2


def _claims(doc: Doc, attributions: list[Attribution]) -> tuple[list[dict[str, Any]], dict[int, float]]:
    """One claim per body sentence: attributed (own attribution or inside an attributed quotation)."""
    language = get_language(doc.lang)
    best: dict[int, tuple[float, int]] = {}
    for attr_id, a in enumerate(attributions):
        if a.form == "declined" or a.source_id == RESPONDENTS_SOURCE:
            continue  # "wollte sich nicht äußern": the source was asked, it backs no claim; "60 percent said": a statistic
        sentences = {a.sent_id}
        if a.content is not None:
            sentences |= _sentences_outside(doc, a)  # "Der Zug fiel aus. Das bestätigte ein Sprecher."
        if a.quote is not None:
            quote = doc.quotes[a.quote]
            sentences |= {t.sent for t in doc.tokens[quote.tokens[0] : quote.tokens[1]]}
        for sent_id in sentences:
            if sent_id not in best or a.strength > best[sent_id][0]:
                best[sent_id] = (a.strength, attr_id)
    rows = []
    strength: dict[int, float] = {}
    for row in doc.sentences:
        if row["kind"] != "body":
            continue
        sent_id = row["sent_id"]
        claim_id = len(rows)
        attributed = sent_id in best
        strength[claim_id] = best[sent_id][0] if attributed else 0.0
        rows.append({
            "article_id": doc.article_id, "claim_id": claim_id, "sent_id": sent_id, "attributed": attributed,
            "attr_id": best[sent_id][1] if attributed else None, "hedged": False,
            "has_figure": language.has_figure(row["text"]),
        })  # fmt: skip
    return rows, strength


def _sentences_outside(doc: Doc, a: Attribution) -> set[int]:
    """Other sentences the content of ``a`` covers (more than half of each)."""
    row = doc.sentences[a.sent_id]
    start, end = a.content
    if start >= row["start"] and end <= row["end"]:
        return set()
    covered = set()
    for sent_id in range(a.sent_id - 1, -1, -1):  # content pointing back ("Das erklärte …")
        other = doc.sentences[sent_id]
        if other["end"] <= start:
            break
        if min(end, other["end"]) - max(start, other["start"]) > (other["end"] - other["start"]) / 2:
            covered.add(sent_id)
    for sent_id in range(a.sent_id + 1, len(doc.sentences)):
        other = doc.sentences[sent_id]
        if other["start"] >= end:
            break
        if min(end, other["end"]) - max(start, other["start"]) > (other["end"] - other["start"]) / 2:
            covered.add(sent_id)
    return covered


def mark_hedged_claims(claims: list[dict[str, Any]], cues: list[dict[str, Any]]) -> None:
    """Set ``hedged`` on claims whose sentence carries a hedge in the author's voice."""
    hedged = {c["sent_id"] for c in cues if c["category"] == "hedge" and c["voice"] == "author"}
    for claim in claims:
        claim["hedged"] = claim["sent_id"] in hedged
