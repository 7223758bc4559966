"""Attribution: who is said to have said what.

Finds the cues of attribution and the noun phrase of the source each one
points to, following the categories of attribution analysis in journalism
studies (direct and indirect quotation, according-to constructions,
anonymous and agentless attribution; cf. Bell 1991; the Trust Project's and
NewsGuard's sourcing criteria) and the cue/source/message roles of the
SpkAtt-2023 guidelines (Rehbein et al. 2023). Forms:

``direct_quote``  a quotation („…“ “…” "…" «…») with its speaker: "„…“, sagte X",
                  "X sagte: „…“", "„…“, so X", "X: „…“"
``indirect``      a reporting verb from ``reporting_verbs`` (or a phrase from
                  ``reporting_phrases``) with its subject: "X bestätigt, dass …",
                  "X weist darauf hin, dass …", "…, gab X zu bedenken"
``according_to``  "laut X", "X zufolge", "nach Angaben X", "wie X berichtet",
                  "gemäß X", "unter Berufung auf X"
``reportative``   a modal that passes a claim on (German reportative "sollen")
                  without a named source in the sentence
``agentless``     "es heißt", "es wird geschätzt", passive reporting verbs
                  without an agent ("wurde bestätigt")
``continuation``  a sentence in reported speech (German Konjunktiv I) or inside
                  a quotation that runs on, continuing the previous sentence's speaker

This module holds what is the same in every language: the pass over the
sentences, quotations given to the nearest reporting verb (or, with none, to
the previous sentence's speaker), interview turns ("Name: …"), titles in
quotation marks, continuations. Finding the speaker and the message of a
reporting verb needs the language's clause structure and comes from its
pack's grammar (:class:`~scoring.languages.grammar.Grammar`; German:
:mod:`scoring.languages.de.grammar`).

The grammar is asked only about sentences that hold something an attribution
can start from: a reporting verb, noun or phrase of its lexicons, a quotation
mark, a reported-speech form, or a word the grammar declares it reports from
(the article's one pass over every lexicon, :func:`~scoring.analysis.cues.lexicon_scan`,
finds them; see :func:`~scoring.analysis.cues.grammar_triggers`). A grammar that
declares nothing and has rules of its own is asked about every sentence, so the
result is always the same as asking about all of them.

Not detected: attribution spread over several sentences without reported-speech
forms or quotation marks, and sources named only in a headline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scoring.model.doc import Doc, Quote, Token
from scoring.model.records import QUOTE_MIN_WORDS, Attribution
from scoring.analysis.cues import (
    GRAMMAR_TRIGGER,
    QUOTE_MARK,
    REPORTING_NOUN,
    REPORTING_PHRASE,
    REPORTING_VERB,
    LexiconScan,
    lexicon_scan,
)
from scoring.analysis.hedging import find_modal_cues, reported_speech_tokens
from scoring.languages import get_language

if TYPE_CHECKING:
    from scoring.languages.grammar import Grammar, SentenceTokens


_CONTINUATION_WINDOW = 2  # sentences back a Konjunktiv-I sentence may continue


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution in ``doc`` (see the module doc), in text order."""
    language = get_language(doc.lang)
    grammar = language.grammar
    found: list[Attribution] = []
    quote_owner: dict[int, int] = {}  # qid -> index in found
    quotes_by_end = _QuotesByEnd(doc.quotes)
    scan = lexicon_scan(doc)
    for row in doc.sentences:
        if row["kind"] == "boilerplate":
            continue
        sent_id = row["sent_id"]
        toks = grammar.sentence(doc.sentence_tokens(sent_id))
        if not toks:
            continue
        before = len(found)
        reported = {t.i for t in reported_speech_tokens(doc, toks)}
        _speaker_colon(doc, sent_id, toks, language.word_classes, found)
        if reported or may_hold_attribution(scan, toks):
            grammar.find_in_sentence(doc, sent_id, toks, reported, found)
        _attach_quotes(doc, sent_id, toks, grammar, found, before, quote_owner, quotes_by_end.ending_in(row["start"], row["end"]))
        if len(found) == before:
            for cue in find_modal_cues(doc, toks):
                if language.is_reportative(cue):
                    found.append(Attribution(sent_id, (cue.first, cue.last), "reportative", cue_type="reportative",
                                             content=(row["start"], row["end"])))  # fmt: skip
                    break
        if len(found) == before and reported:
            _continue_previous(doc, sent_id, toks, reported, found)
    found.sort(key=lambda a: (a.sent_id, doc.tokens[a.cue[0]].start))
    return found


_TRIGGERS = REPORTING_VERB | REPORTING_NOUN | QUOTE_MARK | GRAMMAR_TRIGGER


def may_hold_attribution(scan: LexiconScan, toks: Sequence[Token]) -> bool:
    """Whether the grammar must be asked about the sentence ``toks``: it holds a reporting verb or
    noun, a quotation mark, a word the grammar declares, or a whole reporting phrase (its first word
    alone is often an ordinary word); always, for a grammar that declares nothing. A sentence with
    a reported-speech form is asked about by the caller."""
    if scan.index.grammar_triggers is None:
        return True
    first = toks[0].i
    kinds = scan.kinds_between(first, first + len(toks))
    if kinds & _TRIGGERS:
        return True
    if kinds & REPORTING_PHRASE:
        return any(scan.index.reporting_phrase_at(toks, k) for k in scan.local(first, first + len(toks), REPORTING_PHRASE))
    return False


def _speaker_colon(doc: Doc, sent_id: int, toks: Sequence[Token], words: dict[str, frozenset[str]], found: list[Attribution]) -> None:
    """"Christian Drosten: Das stimmt …": a name and a colon introduce direct speech (interviews)."""
    colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 3 > len(toks):
        return
    name = toks[:colon]
    if not all(t.text[0].isupper() and t.text[0].isalpha() for t in name) or any(words.get(t.low) for t in name):
        return
    if toks[colon + 1].quote >= 0:
        return  # "X: „…“" is handled with the quotations
    row = doc.sentences[sent_id]
    found.append(Attribution(sent_id, (toks[colon].i, toks[colon].i + 1), "direct_quote", source=(name[0].i, name[-1].i + 1),
                             cue_type="speech", content=(toks[colon + 1].start, row["end"])))  # fmt: skip


class _QuotesByEnd:
    """The top-level quotations of a document ordered by where they end.

    Each sentence asks for the quotations that end in it; testing every quotation of the
    article for every sentence made long articles quadratic (sentences × quotations).
    """

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = sorted((q for q in quotes if q.parent < 0), key=lambda q: (q.end, q.qid))
        self.ends = [q.end for q in self.quotes]

    def ending_in(self, start: int, end: int) -> list[Quote]:
        """The quotations with ``start <= q.end <= end``, in text order."""
        found = self.quotes[bisect_left(self.ends, start) : bisect_right(self.ends, end)]
        return sorted(found, key=lambda q: q.qid)


class _SpeechCues:
    """The speech attributions of one sentence, by the token of their cue.

    Finds the reporting verb that frames a quotation ("„…“, sagte X") and the one closest
    to it by binary search instead of a pass over the sentence's attributions for every
    quotation (quadratic in a long sentence full of quotations).
    """

    def __init__(self, doc: Doc, found: list[Attribution], before: int) -> None:
        self.tokens = doc.tokens
        self.indirect = {a.cue[0] for a in found[before:] if a.form == "indirect"}
        # (cue token, index in found) of the attributions a quotation can be given to
        self.candidates = sorted(
            (a.cue[0], n) for n, a in enumerate(found[before:], before) if a.form in ("indirect", "according_to")
        )

    def frames(self, quote: Quote) -> bool:
        """A quotation of any length directly tied to a reporting verb: "„Wir bleiben“, sagte X" or "X sagte: „…“"."""
        closing, opening = quote.tokens[1], quote.tokens[0] - 1
        if (closing + 1 in self.indirect or closing + 2 in self.indirect) and self.tokens[closing + 1].text == ",":
            return True
        return (opening - 2 in self.indirect or opening - 1 in self.indirect) and self.tokens[opening - 1].text == ":"

    def closest(self, quote: Quote) -> int | None:
        """Index in ``found`` of the attribution whose cue is nearest to ``quote`` outside it (the
        first in ``found`` when two are equally near), or None."""
        tokens, candidates = self.tokens, self.candidates
        best: tuple[int, int] | None = None  # (gap in characters, index in found)
        after = bisect_left(candidates, quote.end, key=lambda c: tokens[c[0]].start)
        if after < len(candidates):
            best = (tokens[candidates[after][0]].start - quote.end, candidates[after][1])
        before = bisect_right(candidates, quote.start, key=lambda c: tokens[c[0]].end) - 1
        while before > 0 and candidates[before - 1][0] == candidates[before][0]:
            before -= 1  # several attributions on one cue: the first in found wins
        if before >= 0:
            gap = (quote.start - tokens[candidates[before][0]].end, candidates[before][1])
            best = gap if best is None or gap < best else best
        return None if best is None else best[1]

    def remove(self, attribution: Attribution, n: int) -> None:
        """``found[n]`` took a quotation and became a direct quote: it takes no other."""
        del self.candidates[bisect_left(self.candidates, (attribution.cue[0], n))]


def _attach_quotes(
    doc: Doc, sent_id: int, toks: SentenceTokens, grammar: Grammar, found: list[Attribution], before: int,
    quote_owner: dict[int, int], ending_here: list[Quote],
) -> None:  # fmt: skip
    """Give the top-level quotations that end in this sentence (``ending_here``) a speaker, or mark them as direct quotes."""
    if not ending_here:
        return
    speech = _SpeechCues(doc, found, before)
    quotes = [q for q in ending_here if q.n_words >= QUOTE_MIN_WORDS or speech.frames(q)]
    previous_speaker: list[int | None] = []  # looked up once: it depends only on earlier sentences
    for quote in quotes:
        if quote.qid in quote_owner or _title_like(doc, quote, grammar.lex.words):
            continue
        owner = speech.closest(quote)
        if owner is not None:
            attribution = found[owner]
            if attribution.form == "indirect":
                attribution.form = "direct_quote"
                attribution.content = (quote.inner_start, quote.inner_end)
                speech.remove(attribution, owner)
            attribution.quote = quote.qid
            quote_owner[quote.qid] = owner
            continue
        speaker = grammar.quote_speaker(doc, toks, quote)
        if speaker is not None:
            cue, source = speaker
            found.append(Attribution(sent_id, cue, "direct_quote", source=source, cue_type="speech",
                                     content=(quote.inner_start, quote.inner_end), quote=quote.qid))  # fmt: skip
        else:
            if not previous_speaker:
                previous_speaker.append(_previous_speaker(doc, sent_id, found, before))
            previous = previous_speaker[0]
            first_tok = doc.tokens[quote.tokens[0] - 1]
            attribution = Attribution(sent_id, (first_tok.i, first_tok.i + 1), "direct_quote", cue_type="quote",
                                      content=(quote.inner_start, quote.inner_end), quote=quote.qid)  # fmt: skip
            if previous is not None:
                attribution.source = found[previous].source
                attribution.continues = previous
            found.append(attribution)
        quote_owner[quote.qid] = len(found) - 1


def _title_like(doc: Doc, quote: Quote, words: dict[str, frozenset[str]]) -> bool:
    """„Wachstum, Strukturwandel und Regionalentwicklung“: every content word capitalised, no verb:
    the name of a commission, law, book or programme, not a quotation."""
    quoted = [t for t in doc.tokens[quote.tokens[0] : quote.tokens[1]] if t.text[0].isalnum()]
    content = [t for t in quoted if not words.get(t.low)]
    return bool(content) and all(t.text[0].isupper() or t.text[0].isdigit() for t in content)


def _previous_speaker(doc: Doc, sent_id: int, found: list[Attribution], before: int) -> int | None:
    """An attribution in the previous sentence whose speaker a following quotation continues."""
    for n in range(before - 1, -1, -1):
        attribution = found[n]
        if attribution.sent_id < sent_id - 1:
            break
        if attribution.source is not None and attribution.form in ("indirect", "direct_quote", "according_to"):
            return n
    return None


def _continue_previous(doc: Doc, sent_id: int, toks: Sequence[Token], reported: set[int], found: list[Attribution]) -> None:
    """A sentence in reported speech (German Konjunktiv I) without its own cue continues the last speaker."""
    para = doc.sentences[sent_id]["para_id"]
    for n in range(len(found) - 1, -1, -1):
        previous = found[n]
        if previous.sent_id < sent_id - _CONTINUATION_WINDOW:
            return
        if previous.form in ("indirect", "direct_quote", "according_to", "continuation") and (
            doc.sentences[previous.sent_id]["para_id"] >= para - 1
        ):
            cue_tok = next(t for t in toks if t.i in reported)
            row = doc.sentences[sent_id]
            found.append(
                Attribution(
                    sent_id, (cue_tok.i, cue_tok.i + 1), "continuation", source=previous.source, via=previous.via,
                    cue_type="konjunktiv1", content=(row["start"], row["end"]), continues=n,
                )
            )  # fmt: skip
            return
