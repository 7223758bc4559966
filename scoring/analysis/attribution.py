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
                  without an agent ("wurde bestätigt"), and reported speech
                  (Konjunktiv I) with no speaker in the two sentences before
``continuation``  a sentence in reported speech (German Konjunktiv I) or inside
                  a quotation that runs on, continuing the previous sentence's speaker
``declined``      a source that was asked and would not comment ("wollte sich
                  nicht äußern", "war für eine Stellungnahme nicht zu erreichen"):
                  recorded (the other side was asked) but backing no claim

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

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scoring.model.doc import QUOTE_CHARS, Doc, Quote, Token, names_a_work
from scoring.model.records import MEDIA_KINDS, QUOTE_MIN_WORDS, Attribution
from scoring.analysis.cues import (
    GRAMMAR_TRIGGER,
    QUOTE_MARK,
    REPORTING_NOUN,
    REPORTING_PHRASE,
    REPORTING_VERB,
    LexiconScan,
    lexicon_scan,
)
from scoring.analysis.hedging import find_lexicon_cues, reported_speech_tokens
from scoring.languages import get_language
from scoring.languages.grammar import code_name, web_address
from scoring.analysis.sources import anonymity_stated

if TYPE_CHECKING:
    from scoring.languages import Language
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
            _drop_cues_inside_sources(doc, found, before, language.word_classes)
            _drop_anonymity_clauses(doc, found, before, language)
            _drop_empty_messages(doc, found, before, language.word_classes)
            _drop_tags_as_messages(doc, found, before)
            _parallel_reports(doc, found, before, language.word_classes)
            _according_to_in_tags(doc, found, before, grammar.lex.nouns)
            _reported_pronoun_continues(doc, sent_id, found, before, reported, language.word_classes)
            _within_colon_speech(doc, found, before)
        quotes = quotes_by_end.ending_in(row["start"], row["end"])
        _attach_quotes(doc, sent_id, toks, grammar, found, before, quote_owner, quotes)
        _drop_reports_leaving_quotes(doc, found, before, quotes)
        _first_person_after_colon(doc, sent_id, toks, grammar, found, before, language.self_mention)
        if len(found) == before:
            # "sollen" right after a sourced sentence goes on with that source's report ("X kündigte an, … .
            # So sollen Schüler …"); reportative "sollen" elsewhere passes a claim on from nobody named
            modal = next(iter(language.report_modals(doc, toks)), None)
            if modal is not None:
                _continue_previous(doc, sent_id, modal, "modal", found, window=1)
        if len(found) == before:
            for cue in find_lexicon_cues(doc, toks):
                if language.is_reportative(cue):
                    if language.hearsay_continues_reports:
                        _continue_previous(doc, sent_id, doc.tokens[cue.first], "reportative", found, window=3)
                    if len(found) == before:
                        found.append(Attribution(sent_id, (cue.first, cue.last), "reportative", cue_type="reportative",
                                                 content=(row["start"], row["end"])))  # fmt: skip
                    break
        if reported and len(found) > before and all(a.cue_type == "quote" for a in found[before:]):
            # a quotation without a tag after reported words does not end the report ("Die Regeln seien klar: „…“"),
            # unless the main clause before the reported clause has a subject who speaks ("X will „…“ prüfen, ob …")
            quoted = len(found)
            _own_subject_reports(doc, sent_id, toks, next(t for t in toks if t.i in reported), grammar, found)
            if len(found) == quoted:
                _continue_previous(doc, sent_id, next(t for t in toks if t.i in reported), "konjunktiv1", found)
        elif len(found) == before and reported:
            cue_tok = next(t for t in toks if t.i in reported)
            _own_subject_reports(doc, sent_id, toks, cue_tok, grammar, found)
            plain = len(found) == before and _in_plain_mood(doc, sent_id - 1, language)
            if plain:
                # "Die Präsidentin ist besorgt. Der Konflikt sei …": a source taking a position right before speaks on, not
                # the speaker of an earlier report
                _continue_position(doc, sent_id, cue_tok, grammar, found)
            if len(found) == before:
                _continue_previous(doc, sent_id, cue_tok, "konjunktiv1", found)
            if len(found) == before and not plain:
                _continue_position(doc, sent_id, cue_tok, grammar, found)  # (tried above when the sentence before is plain)
            if len(found) == before:
                # reported speech whose speaker is not in reach: somebody's words all the same, passed on
                # without a source
                found.append(Attribution(sent_id, (cue_tok.i, cue_tok.i + 1), "agentless", cue_type="konjunktiv1",
                                         content=(row["start"], row["end"])))  # fmt: skip
        elif len(found) == before:
            # Konjunktiv II in place of Konjunktiv I ("Die Gutachter hätten …") right after a reported sentence
            substitute = next(iter(language.reported_speech_substitutes(doc, toks)), None)
            if substitute is not None:
                _continue_previous(doc, sent_id, substitute, "konjunktiv2", found, window=1)
        if len(found) > before and found[-1].form == "continuation" and grammar.language.quotes_inside_reports_own:
            # a short quotation inside reported speech that goes on ("Auch habe die „neue Lage“ …"): the speaker's words
            for quote in quotes:
                if quote.qid not in quote_owner and not _a_name(doc, quote, grammar):
                    _partial_quote(doc, sent_id, quote, found, before, quote_owner, grammar.lex.words, forms=_CONTINUED)
    _drop_tags_taken(doc, found)
    _running_quotation_speakers(doc, found, quote_owner)
    found = _without_dropped(found)
    found = _without_headings(doc, found)
    found = _interview_turns(doc, found, grammar.lex.nouns)
    _lettered_interview(doc)
    if not doc.cache.get("interview_turns"):
        _first_person_lead_ins(doc, found, language.self_mention)
        _first_person_inside_tags(doc, found, language.self_mention)
    _relative_sources(found)
    order = sorted(range(len(found)), key=lambda n: (found[n].sent_id, doc.tokens[found[n].cue[0]].start))
    position = {old: new for new, old in enumerate(order)}
    for attribution in found:  # "continues" holds indices into the list before sorting
        if attribution.continues is not None:
            attribution.continues = position[attribution.continues]
    return [found[n] for n in order]


def _running_quotation_speakers(doc: Doc, found: list[Attribution], quote_owner: dict[int, int]) -> None:
    """A quotation that runs over paragraphs (each opens with a mark, the last one closes: see
    ``scoring.model.doc``) is the words of the speaker named where it closes: a paragraph's quotation that no tag
    gave a speaker takes the speaker of the quotation opening the next paragraph (from the last paragraph back, so a
    chain of them gets the one speaker)."""
    opening = {quote.tokens[0] - 1: quote for quote in doc.quotes}
    for quote in reversed(doc.quotes):
        end = quote.tokens[1]
        n = quote_owner.get(quote.qid)
        if doc.tokens[end].text in QUOTE_CHARS or n is None or found[n].cue_type != "quote" or found[n].form != "direct_quote" \
                or found[n].source is not None:  # fmt: skip
            continue  # closed by a mark, given a speaker by a tag of its own or the speaker before
        following = opening.get(end + 1)
        m = quote_owner.get(following.qid) if following is not None else None
        if m is None or found[m].source is None or m == n:
            continue
        found[n].source, found[n].via, found[n].speaker, found[n].continues = found[m].source, found[m].via, found[m].speaker, m


def _relative_sources(found: list[Attribution]) -> None:
    """A speaker that a relative pronoun stands for in the clause of the cue ("Smith, who said …") is mentioned there
    by the pronoun: the pronoun is the source span, as a personal pronoun is ("He said …"), and the antecedent, which
    the source is resolved from, the speaker (where a grammar records the pronoun: :attr:`Attribution.relative`)."""
    for attribution in found:
        if attribution.relative is not None and attribution.speaker is None and attribution.source is not None:
            attribution.speaker, attribution.source = attribution.source, attribution.relative


def _drop_empty_messages(doc: Doc, found: list[Attribution], before: int, words: dict[str, frozenset[str]]) -> None:
    """A report whose message is nothing but an auxiliary ("Der Minister hat gelogen": "hat") says nothing: the verb
    tells what someone did, not what they said."""
    kept = []
    for a in found[before:]:
        if a.content is not None and a.content[1] - a.content[0] <= _EMPTY_MESSAGE_CHARS:
            first = doc.token_at(a.content[0])
            inside = [t for t in doc.tokens[first : first + 3] if a.content[0] <= t.start < a.content[1] and t.text[:1].isalnum()
                      and not a.cue[0] <= t.i < a.cue[1]]  # the verb itself is no message ("hat gelogen.")  # fmt: skip
            if inside and all("auxiliary" in words.get(t.low, ()) for t in inside):
                continue
        kept.append(a)
    if len(kept) < len(found) - before:
        found[before:] = kept


_EMPTY_MESSAGE_CHARS = 12  # a message this short may be a lone auxiliary ("habe", "hatten")


def _drop_anonymity_clauses(doc: Doc, found: list[Attribution], before: int, language: Language) -> None:
    """A report in a relative clause whose message is how its antecedent stays unnamed ("Ein Beamter, der seinen
    Namen nicht nennen wollte, sagte …", "der nicht namentlich genannt werden wollte", "una fuente que pidió el
    anonimato") reports nothing: the clause describes the source of the sentence's report (which
    :func:`~scoring.analysis.sources.resolve_sources` then counts as anonymous). The message must be short or, where
    it fell back to the whole sentence, the relative clause say it; a report with no message (a verb closing a
    relative clause that gives no words) is dropped when its relative clause says it."""
    if not language.anonymity_words:
        return
    kept = []
    for a in found[before:]:
        clause = _relative_clause(doc, a.cue[0], language) if a.content is not None or a.form != "declined" else []
        if clause and a.content is None and anonymity_stated(clause, language):
            continue
        if clause and a.content:
            lo, hi = a.content
            sentence = doc.sentences[a.sent_id]
            whole = lo <= sentence["start"] and hi >= sentence["end"] - 1
            first = doc.token_at(lo)
            message = [t for t in doc.tokens[first : first + _ANONYMITY_MESSAGE_WORDS + 1] if lo <= t.start < hi]
            short = message and message[-1].end >= hi - 1 and len(message) <= _ANONYMITY_MESSAGE_WORDS
            if (whole or short) and anonymity_stated(clause if whole else message, language):
                continue
        kept.append(a)
    if len(kept) < len(found) - before:
        found[before:] = kept


_ANONYMITY_MESSAGE_WORDS = 6  # "seinen Namen nicht", "el anonimato", "not to be named"
_RELATIVE_REACH = 12  # words between a relative pronoun and a verb of its clause, and of the clause looked at


def _relative_clause(doc: Doc, k: int, language: Language) -> list[Token]:
    """The relative clause token ``k`` stands in, from its pronoun to the next comma (empty if none; both within
    :data:`_RELATIVE_REACH` words): a relative pronoun after a comma, or one that is no article after a word ("una
    fuente que pidió …"; German "der", "die" open a relative clause only after a comma); not one right after a
    reporting verb, which it complements ("dijo que no quería ser identificado")."""
    sentence = doc.sentences[doc.tokens[k].sent]
    verbs = language.grammar.lex.verbs
    j = k - 1
    while j > max(0, k - _RELATIVE_REACH) and doc.tokens[j - 1].start >= sentence["start"] and doc.tokens[j].text != ",":
        tok, prev = doc.tokens[j], doc.tokens[j - 1]
        if language.is_word(tok.low, "relative_pronoun") and (
            prev.text == "," or not language.is_word(tok.low, "determiner") and prev.text.isalpha() and prev.low not in verbs
        ):  # fmt: skip
            return list(itertools.takewhile(lambda t: t.text != "," and t.start < sentence["end"], doc.tokens[j : j + _RELATIVE_REACH]))
        j -= 1
    return []


def _drop_cues_inside_sources(doc: Doc, found: list[Attribution], before: int, words: dict[str, frozenset[str]]) -> None:
    """A cue inside the source of another report of the sentence is a word of that noun phrase, not a verb of its
    own ("sagte der in einem Interview als neuer Chef bezeichnete Paul Berg": the participle describes the speaker;
    "White House press secretary Tom Reyes said"), unless a relative clause of the source holds it ("Teachers who
    opposed the reform now say …": the teachers opposed it)."""
    rows = found[before:]

    def relative(start: int, end: int) -> bool:
        return any("relative_pronoun" in words.get(t.low, ()) and ("determiner" not in words.get(t.low, ()) or doc.tokens[t.i - 1].text == ",")
                   for t in doc.tokens[start:end])  # fmt: skip

    def inside(a: Attribution, b: Attribution) -> bool:  # a's cue inside b's source, outside a relative clause of it
        return b.source is not None and b is not a and b.source[0] <= a.cue[0] and a.cue[1] <= b.source[1] \
            and not relative(b.source[0] + 1, a.cue[0])  # fmt: skip

    # sources that may hold a cue: those starting at most _MAX_SOURCE_TOKENS before it (linear in the rows)
    by_start = sorted((b.source[0], n) for n, b in enumerate(rows) if b.source is not None)
    starts = [start for start, _ in by_start]

    def holders(a: Attribution) -> list[Attribution]:
        lo, hi = bisect_left(starts, a.cue[0] - _MAX_SOURCE_TOKENS), bisect_right(starts, a.cue[0])
        return [rows[n] for _, n in by_start[lo:hi]]

    # (of two reports each with its cue in the other's source, the one whose source holds a cue is wrong)
    kept = [a for a in rows if not any(inside(a, b) and not inside(b, a) for b in holders(a))]
    if len(kept) < len(rows):
        found[before:] = kept


def _reported_pronoun_continues(
    doc: Doc, sent_id: int, found: list[Attribution], before: int, reported: set[int], words: dict[str, frozenset[str]]
) -> None:  # fmt: skip
    """A reporting verb in Konjunktiv I whose subject is a personal pronoun ("Er wisse nicht, warum …", "Sie
    hoffe, dass …") right after a report: the mood passes the sentence on as the earlier speaker's words, so it
    goes on with that report (its source the earlier one's) instead of being the pronoun's own statement."""
    new = found[before:]
    if len(new) != 1 or new[0].cue[0] not in reported or new[0].source is None or new[0].source[1] - new[0].source[0] != 1:
        return
    if "personal_pronoun" not in words.get(doc.tokens[new[0].source[0]].low, ()):
        return
    del found[before:]
    _continue_previous(doc, sent_id, doc.tokens[new[0].cue[0]], "konjunktiv1", found)
    if len(found) == before:
        found.extend(new)


def _drop_tags_as_messages(doc: Doc, found: list[Attribution], before: int) -> None:
    """A report whose message runs from another report's cue, which reports the first one's cue in turn, is part of
    what that other report reports: a message that is nothing but a speech tag after a comma ("Wir sind
    zuversichtlich, sagte die Ministerin": "zuversichtlich sein" does not report ", sagte die Ministerin"), or a
    report without a clause of its own, whose message fell back to the sentence ("Laut Polizei habe die Gruppe
    zu Straftaten aufgerufen": the call is part of what the police say)."""
    rows = found[before:]

    def inside_other(a: Attribution, b: Attribution) -> bool:
        if a is b or a.content is None or b.content is None:
            return False
        cue_a, cue_b = doc.tokens[a.cue[0]].start, doc.tokens[b.cue[0]].start
        if a.content[0] != cue_b or not b.content[0] <= cue_a < b.content[1]:
            return False
        tag = a.cue[0] < b.cue[0] and doc.tokens[b.cue[0] - 1].text == "," and b.form != "according_to"
        # (not "laut X", which reports it all and after a comma opens a message: "Der Minister sagte, laut Reuters
        # seien …"; nor a tag interrupting its message: "Laut …, sagt er, befänden sich …")
        return tag or a.form == "indirect" and a.content[0] <= cue_a < a.content[1] and doc.tokens[a.cue[0] - 1].text != ","

    by_cue: dict[int, list[Attribution]] = {}
    for b in rows:
        by_cue.setdefault(doc.tokens[b.cue[0]].start, []).append(b)
    kept = [a for a in rows if a.content is None or not any(inside_other(a, b) for b in by_cue.get(a.content[0], ()))]
    if len(kept) < len(rows):
        found[before:] = kept


_MAX_SOURCE_TOKENS = 60  # no source phrase is longer (the grammars stop noun phrases with appositions at 50)


def _parallel_reports(doc: Doc, found: list[Attribution], before: int, words: dict[str, frozenset[str]]) -> None:
    """Two speakers reported side by side in one sentence, the second clause opened by its speaker after a
    comma ("Der Trainer nannte das Urteil „überzogen“, die Kapitänin sprach von Willkür"). A report without a
    clause of its own falls back to the whole sentence, its own cue included (a complement clause never holds
    its verb); when that content also holds the second speaker's cue, it ends before the comma, and the second
    report, if it fell back too, starts after its speaker. So the quotation of each clause goes to its own
    speaker. A clause opened by a conjunction or relative pronoun ("…, weil es zeige", "…, der es verbiete"),
    or by its verb (", sagte sie"), or ending in its verb (", die Anna Berg gelobt hatte"), is not a second
    speaker's own clause and is left alone (a conjunction of contrast opens one: ", während die Kapitänin von
    Willkür sprach"); so is a first clause that ends with its speaker ("meint Anna Berg, die Fraktionen …":
    a speech tag before its message)."""
    for n in range(before, len(found) - 1):
        first, second = found[n], found[n + 1]
        if first.source is None or second.source is None or first.content is None or second.content is None:
            continue
        if first.source == second.source or not first.cue[1] <= second.source[0]:
            continue
        separator, contrast = _opening_separator(doc, second.source, words)
        if separator is None or not contrast and not _verb_second(doc, second, words):
            continue
        if separator <= max(first.cue[1], first.source[1]):
            continue  # "meint Anna Berg, die Fraktionen …": a speech tag whose message follows
        boundary = doc.tokens[separator].start
        first_spans = _covers(doc, first.content, first.cue) and _covers(doc, first.content, second.cue)
        second_spans = _covers(doc, second.content, second.cue) and _covers(doc, second.content, first.cue)
        if first_spans:
            first.content = (first.content[0], doc.tokens[separator - 1].end)
        if second_spans or first_spans and second.content[1] <= boundary:
            second.content = (doc.tokens[second.source[1]].start, max(second.content[1], doc.sentences[second.sent_id]["end"]))


def _according_to_in_tags(doc: Doc, found: list[Attribution], before: int, nouns: dict[str, tuple[str, str]]) -> None:
    """An according-to phrase in another report's speech tag names the channel that report comes through: its
    ``via`` (the phrase still reports the whole sentence, as annotations nest it). Between the speaker and the verb
    ("The minister, according to Reuters, said …", "Ministeriumskreise, zitiert von der BBC, sagten …"), right after
    a tag that follows its message ("…, so Airbnb laut Format"), or between the verb and a message after a comma ("Der
    Minister sagte laut Reuters, die Gespräche …", whose message then starts after that comma). A statement of the
    speaker's own is no channel ("…, sagte Kurz laut einer Aussendung"). An according-to phrase inside the message is
    a report the speaker passes on, and stays one."""
    tokens = doc.tokens
    for b in [b for b in found[before:] if b.form == "according_to" and b.source is not None and b.continues is None]:
        first, last = min(b.cue[0], b.source[0]), max(b.cue[1], b.source[1])  # the phrase's tokens
        for a in found[before:]:
            if a is b or a.form not in ("indirect", "direct_quote") or a.source is None or a.via is not None or a.content is None:
                continue
            tag_first, tag_last = min(a.source[0], a.cue[0]), max(a.source[1], a.cue[1])
            if a.source[1] <= first and last <= a.cue[0] and all(
                    not t.text[:1].isalnum() for t in (*tokens[a.source[1] : first], *tokens[last : a.cue[0]])):  # fmt: skip
                pass  # all that stands between the speaker and the verb
            elif first == tag_last and last + 1 < len(tokens) and tokens[last].text == ",":
                if a.content[0] < tokens[last].end:  # "sagte laut Reuters, die Gespräche …": the message after the comma
                    a.content = (tokens[last + 1].start, a.content[1])
            elif first == tag_last and a.content[1] <= tokens[tag_first].start:
                pass  # right after a tag that follows its message: "…, sagte Kurz laut einer Aussendung am Sonntag."
            elif last <= tag_first and a.content[0] >= tokens[tag_last - 1].end and all(
                    not t.text[:1].isalnum() for t in tokens[last:tag_first]) and b.content[0] <= tokens[tag_first].start:  # fmt: skip
                # right before the tag whose message follows it: "According to the Gazette, the mayor said …", "Laut
                # „Kurier“ sagte die Ministerin, …" (the phrase reports the rest of the sentence already)
                _set_via(a, b, tokens, nouns)
                break
            else:
                continue
            _set_via(a, b, tokens, nouns)
            row = doc.sentences[b.sent_id]
            b.content = (row["start"], row["end"])  # the phrase still reports the sentence: that the speaker said it
            break


def _set_via(a: Attribution, b: Attribution, tokens: Sequence[Token], nouns: dict[str, tuple[str, str]]) -> None:
    """The according-to phrase ``b`` is the channel of ``a``, unless it names a statement or document of the speaker's
    own ("sagte Kurz laut einer Aussendung": the form of the speaker's own words)."""
    assert b.source is not None
    head = next((t for t in reversed(tokens[b.source[0] : b.source[1]]) if t.text[:1].isalnum()), None)
    if head is None or nouns.get(head.low, ("",))[0] not in ("statement", "document"):
        a.via = b.source


def _verb_second(doc: Doc, attribution: Attribution, words: dict[str, frozenset[str]]) -> bool:
    """Whether the cue follows its speaker right away and the clause goes on after it, as in a main clause
    ("der Kapitän bezeichnete es als …"), not at the end of a subordinate one ("…, die Anna Berg gelobt hatte")."""
    if attribution.cue[0] != attribution.source[1] or attribution.cue[1] >= len(doc.tokens):
        return False
    nxt = doc.tokens[attribution.cue[1]]
    return nxt.sent == doc.tokens[attribution.cue[0]].sent and nxt.text not in ",.;:!?" and "auxiliary" not in words.get(nxt.low, ())


def _opening_separator(doc: Doc, source: tuple[int, int], words: dict[str, frozenset[str]]) -> tuple[int | None, bool]:
    """The comma or semicolon right before a speaker that opens its clause (a determiner may stand between:
    ", der Kapitän", and before it a conjunction of contrast: ", während die Regierung …"), when the speaker's
    words hold a capitalised one (a name or noun, not "der" or "sie"); and whether a contrast opens the clause."""
    k = source[0] - 1
    if k >= 0 and "determiner" in words.get(doc.tokens[k].low, ()) and doc.tokens[k].text.islower():
        k -= 1
    contrast = k >= 0 and "contrast" in words.get(doc.tokens[k].low, ()) and doc.tokens[k].text.islower()
    if contrast:
        k -= 1
    if k < 0 or doc.tokens[k].text not in ",;":
        return None, False
    if not any(t.text[0].isupper() for t in doc.tokens[source[0] : source[1]]):
        return None, False
    return k, contrast


def _covers(doc: Doc, span: tuple[int, int], tokens: tuple[int, int]) -> bool:
    """Whether the character span ``span`` holds the first token of the token span ``tokens``."""
    return span[0] <= doc.tokens[tokens[0]].start < span[1]


def _without_dropped(found: list[Attribution]) -> list[Attribution]:
    """``found`` without the attributions marked dropped, ``continues`` indices moved to match (an
    attribution that continued a dropped one continues nothing)."""
    if not any(a.form == _DROPPED for a in found):
        return found
    position: dict[int, int] = {}
    kept: list[Attribution] = []
    for n, attribution in enumerate(found):
        if attribution.form != _DROPPED:
            position[n] = len(kept)
            kept.append(attribution)
    for attribution in kept:
        if attribution.continues is not None:
            attribution.continues = position.get(attribution.continues)
    return kept


def _colon_turns(doc: Doc, found: list[Attribution]) -> list[int]:
    """The indices of the turns "Label: …" among ``found`` (a speaker's label, a colon and what was said)."""
    return [n for n, a in enumerate(found) if a.cue_type == "speech" and a.quote is None and a.form == "direct_quote"
            and doc.tokens[a.cue[0]].text == ":" and a.source is not None]  # fmt: skip


def _turn_labels(doc: Doc, found: list[Attribution], turns: list[int]) -> dict[str, list[int]]:
    """The turns by their label, lower-cased ("STANDARD" and "Standard" are one label)."""
    by_label: dict[str, list[int]] = {}
    for n in turns:
        first, last = found[n].source  # type: ignore[misc]
        by_label.setdefault(doc.text[doc.tokens[first].start : doc.tokens[last - 1].end].lower(), []).append(n)
    return by_label


def _without_headings(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Drop "LABEL: …" turns whose label is a word in capitals that the source registry does not know, in an
    article where no such label recurs: run-in headings ("EXCLUSIVE: …", "ZAHLEN: …"), not speakers. In a
    transcript speakers in capitals take turns ("SMITH: …", "JONES: …", "SMITH: …"); outlets asking are in
    the registry. The ``continues`` indices of the others are moved to match."""
    labels = _turn_labels(doc, found, _colon_turns(doc, found))
    dropped: set[int] = set()
    capitals = {label: indices for label, indices in labels.items()
                if len(label) >= 4 and label.isalpha() and doc.tokens[found[indices[0]].source[0]].text.isupper()}  # fmt: skip
    if capitals and not any(len(indices) > 1 for indices in capitals.values()):  # (in a transcript speakers in capitals take turns)
        from scoring.analysis.sources import registry

        dropped |= {n for label, indices in capitals.items() if registry().one_word(label, label.lower()) is None for n in indices}
    for n in dropped:
        found[n].form = _DROPPED
    return _without_dropped(found)


def _interview_turns(doc: Doc, found: list[Attribution], statement_nouns: dict[str, tuple[str, str]]) -> list[Attribution]:
    """An interview: two or more turns "Label: …", one label at least twice. A turn runs until the next one
    (at most eight sentences).
    A label whose turns end in a question (two thirds of them) is the interviewer (the outlet, "Frage:"):
    its turns quote no one and are dropped. The other turns are the interviewee's: each sentence of such a turn continues its
    attribution. A label that is a statement noun ("Antwort:") names no speaker. Records the interview in
    ``doc.cache`` (first person and questions then belong to the speakers, not to the writer)."""
    turns = _colon_turns(doc, found)
    if len(turns) < 2:
        return found
    by_label = _turn_labels(doc, found, turns)
    if max(map(len, by_label.values())) < 2:
        return found  # no one speaks twice: run-in headings ("Hintergrund: …", "Ergebnis: …") or single statements
    doc.cache["interview_turns"] = True
    turn_sents = [found[n].sent_id for n in turns]
    spans = {n: range(s, min(turn_sents[k + 1] if k + 1 < len(turns) else len(doc.sentences), s + _MAX_TURN_SENTENCES))
             for k, (n, s) in enumerate(zip(turns, turn_sents, strict=True))}  # fmt: skip
    dropped: set[int] = set()
    for label, indices in by_label.items():
        if 3 * sum(_ends_with_question(doc, spans[n]) for n in indices) >= 2 * len(indices) or _medium_label(doc, found[indices[0]]):
            dropped.update(indices)  # the interviewer's questions (two thirds of the turns or more; the outlet's turns)
            if not _medium_label(doc, found[indices[0]], any_case=True):
                # a host named in the label ("TAPPER: …" in a transcript) asks in words of their own, not the writer's
                # (an outlet, "STANDARD: …" or "Standard: …", asks in the writer's)
                doc.cache.setdefault("other_voices", set()).update(sent_id for n in indices for sent_id in spans[n])
            # a report inside the interviewer's question asks rather than reports ("Was sagt die Regierung dazu?")
            asked = {sent_id for n in indices for sent_id in spans[n] if _ends_with_question(doc, range(sent_id, sent_id + 1))}
            dropped.update(m for m, a in enumerate(found) if a.sent_id in asked)
        elif all(word in statement_nouns for word in label.split()):
            for n in indices:
                found[n].source = None  # "Antwort: …": the interviewee, unnamed here
    # the interviewee's own "ich glaube", "wir lehnen … ab" inside an answer are the answer's words, not a report of its own
    self_mention = get_language(doc.lang).self_mention
    answers = {sent_id: n for n in turns if n not in dropped for sent_id in spans[n]}
    for m, a in enumerate(found):
        if m not in turns and a.sent_id in answers and a.source is not None and a.source[1] - a.source[0] == 1 \
                and doc.tokens[a.source[0]].low in self_mention and a.form in ("indirect", "continuation"):  # fmt: skip
            dropped.add(m)
    attributed = {a.sent_id for m, a in enumerate(found) if m not in dropped}
    for n in turns:
        if n in dropped:
            continue
        for sent_id in spans[n][1:]:
            row = doc.sentences[sent_id]
            if sent_id in attributed or row["kind"] != "body":
                continue
            # the turn's label and colon are the cue of all its sentences: one answer, one attribution in pieces
            found.append(Attribution(sent_id, found[n].cue, "continuation", source=found[n].source,
                                     cue_type="interview_turn", content=(row["start"], row["end"]), continues=n))  # fmt: skip
    if not dropped:
        return found
    kept = [n for n in range(len(found)) if n not in dropped]
    position = {old: new for new, old in enumerate(kept)}
    for n in kept:
        previous = found[n].continues
        if previous is not None:
            found[n].continues = position.get(previous)
            if found[n].continues is None:
                found[n].source = None
    return [found[n] for n in kept]


_MAX_TURN_SENTENCES = 8


def _lettered_interview(doc: Doc) -> None:
    """An interview in turns "Q: …" / "A: …" (the pack's ``interview_letters``; at least two answers): the answers
    are the interviewee's words, whom the labels do not name (another voice than the writer's, recorded in
    ``doc.cache``), and first person and questions are the speakers'. Each turn runs until the next one (at most
    eight sentences). The questions stay the writer's, as an outlet's are."""
    turns = doc.cache.get("lettered_turns", [])
    answer = get_language(doc.lang).interview_letters[1]
    if sum(letter == answer for _, letter in turns) < 2:
        return  # "A: …" once: a list's item or a heading
    doc.cache["interview_turns"] = True
    ends = [sent_id for sent_id, _ in turns[1:]] + [len(doc.sentences)]
    voices = doc.cache.setdefault("other_voices", set())
    for (sent_id, letter), end in zip(turns, ends, strict=True):
        if letter == answer:
            voices.update(range(sent_id, min(end, sent_id + _MAX_TURN_SENTENCES)))


def _medium_label(doc: Doc, turn: Attribution, any_case: bool = False) -> bool:
    """Whether the label of an interview turn is one word naming a medium of the source registry ("STANDARD:",
    "SPIEGEL:"; with ``any_case`` also "Standard:"): the outlet asks, also where it states a thesis rather than asking."""
    first, last = turn.source  # type: ignore[misc]
    if last - first != 1:
        return False
    from scoring.analysis.sources import registry

    token = doc.tokens[first]
    # the built-in registry, as for capitals (loaded.py)
    entry = registry().lookup(token.text) if any_case else registry().one_word(token.text, token.low)
    return entry is not None and entry.kind in MEDIA_KINDS


def _ends_with_question(doc: Doc, sentences: range) -> bool:
    """Whether the last body sentence of a turn is a question."""
    for sent_id in reversed(sentences):
        row = doc.sentences[sent_id]
        if row["kind"] in ("body", "question"):
            return row["text"].rstrip(" “”\"»«").endswith("?")
    return False


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


def _within_colon_speech(doc: Doc, found: list[Attribution], before: int) -> None:
    """A report inside what a speaker says after a colon ("Historikerin Anna Berg: Die Frauen sahen sich nicht als
    …") reports from the speaker's words on: its message does not reach back over the speaker's name."""
    colon = next((a for a in found[before:] if a.form == "direct_quote" and a.quote is None and a.content is not None
                  and doc.tokens[a.cue[0]].text == ":" and a.source is not None), None)  # fmt: skip
    if colon is None:
        return
    start, end = colon.content  # type: ignore[misc]
    for attribution in found[before:]:
        if attribution is not colon and attribution.content is not None and start <= doc.tokens[attribution.cue[0]].start < end \
                and attribution.content[0] < start:  # fmt: skip
            attribution.content = (start, min(attribution.content[1], end))


def _speaker_colon(doc: Doc, sent_id: int, toks: Sequence[Token], words: dict[str, frozenset[str]], found: list[Attribution]) -> None:
    """"Christian Drosten: Das stimmt …": a name and a colon introduce direct speech (interviews)."""
    colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 3 > len(toks):
        return
    name = toks[:colon]
    topics = get_language(doc.lang).topic_prepositions
    topic = next((n for n, t in enumerate(name) if n > 0 and t.low in topics), None)
    self_mention = get_language(doc.lang).self_mention
    if topic is not None and colon - topic <= 3 and any(t.quote < 0 and t.low in self_mention for t in toks[colon + 1 :]):
        # "Kohlmann zum Spiel: Das war kein guter Start, ich habe …": the speaker, then the topic (a sign of its own,
        # also where the unmarked words of speakers make the text look as if it spoke in the first person)
        name = name[:topic]
    if colon == 1 and name[0].text.isupper() and name[0].low in get_language(doc.lang).interview_letters:
        doc.cache.setdefault("lettered_turns", []).append((sent_id, name[0].low))
        return  # "Q: …", "A: …": an interview's question or answer, whose speaker the label does not name
    if not all(t.text[0].isupper() and t.text[0].isalpha() or t.text == "." and n > 0 and len(name[n - 1].text) <= 4
               for n, t in enumerate(name)) or any(words.get(t.low) for t in name):  # fmt: skip
        return  # a name in capitals, "Dr. Ben Carson" and "Sen. Warren" with their abbreviations
    if get_language(doc.lang).is_section_label([t.low for t in name if t.text[0].isalnum()]):
        return  # "Hintergrund: …", "Background: …": a section's label, not a speaker
    if toks[colon + 1].quote >= 0 or toks[colon + 2].quote >= 0 and not toks[colon + 1].text[0].isalnum():
        return  # "X: „…“" (the opening mark itself stands outside the quotation) is handled with the quotations
    rest = toks[colon + 1 :]  # function words ("und", "bzw") do not make a list speech
    if not any(t.text[:1].islower() and len(t.text) > 2 and not words.get(t.low) for t in rest) and (
        any(t.text[:1].isdigit() or t.text == "(" for t in rest) or sum(t.text == "," for t in rest) >= 2
    ):
        return  # "Tore: Müller (12.), Schmidt (45.)": a list after a label, not speech (a headline in title case is)
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


_FRAME_REACH = 7  # tokens from a reporting verb to the comma before the quotation it frames ("told the Reuters news agency simply,")
_TAG_REACH = 16  # tokens from a quotation to the verb of its tag when an apposition stands between ("“…,” Lund, 45, a nurse, said")


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
        # the comma after the quotation, or inside it before the closing mark (English: "“No,” she said")
        at_end = closing + 1 >= len(self.tokens)
        after_comma = not at_end and (self.tokens[closing + 1].text == "," or self.tokens[closing - 1].text in (",", "?", "!"))
        if (closing + 1 in self.indirect or closing + 2 in self.indirect) and after_comma:
            return True
        opens = opening == 0 or self.tokens[opening - 1].sent != self.tokens[opening].sent or self.tokens[opening - 1].text in ".!?:"
        if opens and after_comma and any(self._subject_then_cue(closing, c) for c in range(closing + 3, closing + 2 + _TAG_REACH)
                                         if c in self.indirect):  # fmt: skip
            return True  # "“It is over,” the coach said": the quotation opens the sentence, a short subject before its verb
        if self.tokens[opening - 1].text == ":" and (opening - 2 in self.indirect or opening - 1 in self.indirect):
            return True
        # "she said, “No.”", "told the agency simply, “We lost.”": a comma after the verb's clause, the
        # quotation closing the sentence
        return self.tokens[opening - 1].text == "," and any(opening - _FRAME_REACH <= c < opening - 1 for c in self.indirect) and (
            closing + 1 >= len(self.tokens) or self.tokens[closing + 1].sent != self.tokens[closing].sent
            or self.tokens[closing + 1].text in ".!?" or self.tokens[closing - 1].text in ".!?"
        )  # fmt: skip

    def _subject_then_cue(self, closing: int, cue: int) -> bool:
        """Whether only words (a subject: "the coach", "Anna Berg") stand between the quotation closing at
        ``closing`` (and its comma) and the cue at ``cue``, all in the quotation's sentence."""
        first = closing + 2 if self.tokens[closing + 1].text == "," else closing + 1
        between = self.tokens[first:cue]
        commas = [n for n, t in enumerate(between) if t.text == ","]
        if commas and not (len(commas) == 2 and commas[1] == len(between) - 1 and 0 < commas[0] < commas[1] - 1
                           and between[0].text[:1].isupper()):  # fmt: skip
            return False  # an apposition between two commas after a name: "“…,” Lund, the club's chairman, said"
        if not commas and cue > closing + 1 + _FRAME_REACH:
            return False
        # words, and the full stop of an abbreviation inside a name ("Mr. Lund", "Sen. Lund")
        return bool(between) and all((t.text[:1].isalnum() or t.text in ",'’" or t.text == "." and n > 0 and between[n - 1].text[:1].isupper())
                                     and t.quote < 0 and t.sent == self.tokens[closing].sent for n, t in enumerate(between))  # fmt: skip

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

    def holding(self, doc: Doc, quote: Quote, found: list[Attribution], nearest: int) -> int | None:
        """The report before ``quote`` whose message holds it with words before it, when the nearest verb
        (``nearest``) stands after the quotation: the quotation is part of that message ("Ruiz, who said she
        would “fight it,” said on Monday …"). None otherwise."""
        if self.tokens[found[nearest].cue[0]].start < quote.end:
            return None
        for cue, n in self.candidates:
            attribution = found[n]
            content = attribution.content
            if self.tokens[cue].end > quote.start:
                break
            if attribution.form == "indirect" and content is not None and content[0] < quote.start and quote.end <= content[1] + 1 \
                    and not content[0] <= self.tokens[cue].start < content[1] and _words_around(doc, quote, content[0], content[1]) >= 2:  # fmt: skip
                return n
        return None

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
    partial = grammar.language.quotes_inside_reports_own
    quotes = []
    for quote in ending_here:
        if quote.n_words >= QUOTE_MIN_WORDS or speech.frames(quote) or _after_colon(doc, quote):
            quotes.append(quote)
        elif partial and quote.qid not in quote_owner and not _a_name(doc, quote, grammar):
            _partial_quote(doc, sent_id, quote, found, before, quote_owner, grammar.lex.words)
    previous_speaker: list[int | None] = []  # looked up once: it depends only on earlier sentences
    owned_here: list[tuple[Quote, int]] = []  # quotations of this sentence given a speaker, in order
    for quote in quotes:
        if quote.qid in quote_owner or _a_name(doc, quote, grammar) and not _all_it_reports(doc, sent_id, quote, speech) \
                and not _named_speaker_colon(doc, toks, quote, grammar):  # fmt: skip
            continue  # a title or name in quotation marks, unless it is all a speech tag reports ("“Really?” she asked")
        if partial and _partial_quote(doc, sent_id, quote, found, before, quote_owner, grammar.lex.words, inside_only=True):
            continue
        owner = speech.closest(quote)
        holder = speech.holding(doc, quote, found, owner) if owner is not None and not partial else None
        if holder is not None:
            # "Ruiz, who said she would “fight it,” said on Monday …": the quoted words are part of what the
            # earlier verb reports, not the nearer verb's message; that report keeps its whole message
            quote_owner[quote.qid] = holder
            continue
        if owner is not None and _after_colon(doc, quote) and found[owner].content is not None \
                and found[owner].content[0] < found[owner].content[1] <= doc.tokens[quote.tokens[0] - 2].start \
                and (doc.tokens[found[owner].cue[0]].start < found[owner].content[0]
                     or found[owner].content[1] <= doc.tokens[found[owner].cue[0]].start < quote.inner_start):  # fmt: skip
            # "When Lund suggested that …, Berg fired back: “…”": the nearer report's message ends before the
            # colon; the quotation is the clause before the colon's, whose subject speaks ("Die Panne habe Methode,
            # sagte Berger: „…“": the tag reports the clause before it, and the quotation after the colon)
            tag = found[owner]
            speaker = grammar.quote_speaker(doc, toks, quote)
            if speaker is None and tag.source is not None and tag.content[1] <= doc.tokens[tag.cue[0]].start < quote.inner_start:
                speaker = (tag.cue, tag.source)  # the tag between the two messages has the speaker of both
            if speaker is not None:
                found.append(Attribution(sent_id, speaker[0], "direct_quote", source=speaker[1], cue_type="speech",
                                         content=(quote.inner_start, quote.inner_end), quote=quote.qid))  # fmt: skip
                quote_owner[quote.qid] = len(found) - 1
                owned_here.append((quote, len(found) - 1))
                continue
        if owner is not None and not partial and _beyond_message(doc, found[owner], quote):
            # "called the merger “a bad bargain” and ranked Lund among the worst “in …”": the quotation belongs to
            # another predicate of the same speaker, not to the verb's message
            first_tok = doc.tokens[quote.tokens[0] - 1]
            found.append(Attribution(sent_id, (first_tok.i, first_tok.i + 1), "direct_quote", source=found[owner].source,
                                     via=found[owner].via, cue_type="quote", content=(quote.inner_start, quote.inner_end),
                                     quote=quote.qid, continues=owner))  # fmt: skip
            quote_owner[quote.qid] = len(found) - 1
            continue
        in_sentence = owner is not None
        if owner is None:
            owner = _opened_by(doc, quote, found, before)  # a quotation over sentences after "X sagte:"
        if owner is not None and in_sentence and _message_after_cue(doc, found[owner], quote):
            head = found[owner]
            if partial and quote.tokens[1] + 1 == head.cue[0] and _called_as(doc, quote, quote.end, grammar.lex.words):
                # "ein Kommentar, der den Entscheid als „…“ bezeichnet, dem … sei": what the verb calls it, right
                # before the verb, is the speaker's own words beside the clause the verb reports after it
                found.append(Attribution(sent_id, head.cue, "direct_quote", source=head.source, via=head.via, cue_type=head.cue_type,
                                         stance=head.stance, content=(quote.inner_start, quote.inner_end), quote=quote.qid))  # fmt: skip
                quote_owner[quote.qid] = len(found) - 1
                continue
            # "Smith, citing “the magic of the race,” said the race was open": the quotation is part of the
            # speaker's parenthesis; the verb reports the clause after it. No attribution of its own.
            quote_owner[quote.qid] = owner
            continue
        if owner is not None:
            attribution = found[owner]
            if attribution.form == "indirect":
                if _paraphrased_around(doc, attribution, quote):
                    attribution.message = attribution.content  # "said the fee was “plain theft”": all of it the speaker's
                attribution.form = "direct_quote"
                attribution.content = (quote.inner_start, quote.inner_end)
                if in_sentence:
                    speech.remove(attribution, owner)
            attribution.quote = quote.qid
            quote_owner[quote.qid] = owner
            owned_here.append((quote, owner))
            if quote.n_words < QUOTE_MIN_WORDS:
                _drop_cues_inside(doc, quote, found, before, owner, quote_owner)  # "he said, “I hope not.”"
            continue
        split = _split_by_its_cue(doc, quote, owned_here, found)
        if split is None:
            split = _coordinated_piece(doc, quote, owned_here, found, grammar.language)
        if split is None:
            split = _later_piece(doc, quote, owned_here, found, before)
        if split is not None:
            # "“A,” the mayor said, “B.”": the second piece is the same speaker's, with the same cue
            head = found[split]
            found.append(Attribution(sent_id, head.cue, "direct_quote", source=head.source, via=head.via, cue_type=head.cue_type,
                                     stance=head.stance, content=(quote.inner_start, quote.inner_end), quote=quote.qid,
                                     continues=split))  # fmt: skip
            quote_owner[quote.qid] = len(found) - 1
            owned_here.append((quote, len(found) - 1))
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
            if previous is None:
                previous = _quoted_before_long_quote(doc, quote, found, before)
            first_tok = doc.tokens[quote.tokens[0] - 1]
            attribution = Attribution(sent_id, (first_tok.i, first_tok.i + 1), "direct_quote", cue_type="quote",
                                      content=(quote.inner_start, quote.inner_end), quote=quote.qid)  # fmt: skip
            if previous is not None:
                attribution.source = found[previous].source
                attribution.continues = previous
                if _whole_sentences(doc, quote, sent_id) or _opens_after_cue(doc, quote, found[previous]):
                    # "“A,” she said. “B. C.”": quoted sentences with no tag of their own go on with the speaker's
                    # report under its cue: one speech act, one attribution in pieces
                    attribution.cue = found[previous].cue
            found.append(attribution)
        quote_owner[quote.qid] = len(found) - 1


def _whole_sentences(doc: Doc, quote: Quote, sent_id: int) -> bool:
    """Whether ``quote`` (which ends in sentence ``sent_id``) opens the sentence it starts in and only punctuation
    follows it in ``sent_id``: quoted sentences standing on their own, not words within the writer's sentence."""
    opening = quote.tokens[0] - 1
    if doc.sent_tokens[doc.tokens[opening].sent][0] != opening:
        return False
    return not any(t.text[:1].isalnum() for t in doc.tokens[quote.tokens[1] : doc.sent_tokens[sent_id][1]])


def _opens_after_cue(doc: Doc, quote: Quote, attribution: Attribution) -> bool:
    """Whether ``quote`` opens in the sentence of ``attribution``'s cue, after it ("said she rarely comes, “except
    when … . And …”"): the quotation runs on from that report's words, whichever sentence it ends in."""
    opening = doc.tokens[quote.tokens[0] - 1]
    return opening.sent == attribution.sent_id and attribution.cue[1] <= opening.i


def _beyond_message(doc: Doc, attribution: Attribution, quote: Quote) -> bool:
    """Whether ``quote`` stands after the message a report's verb took after its cue, with words of another
    predicate between ("… called the merger “a bad bargain” and ranked Lund among the worst “in history.”")."""
    if attribution.form != "indirect" or attribution.content is None:
        return False
    start, end = attribution.content
    if start < doc.tokens[attribution.cue[1] - 1].end or end >= quote.start:
        return False
    return sum(1 for piece in doc.text[end : quote.start].split() if any(ch.isalnum() for ch in piece)) >= 2


def _paraphrased_around(doc: Doc, attribution: Attribution, quote: Quote) -> bool:
    """Whether the message of the report ``attribution`` holds ``quote`` with words of its own beside it
    ("said the plan was “a gift to donors”", "said “we need time” to review the fee"), rather than being
    all of it ("said: “…”")."""
    content = attribution.content
    if content is None or not (content[0] <= quote.start and quote.end <= content[1] + 1):
        return False
    # a word of the message among the few tokens beside the quotation marks (a sentence of many quotations stays linear)
    near = (*range(quote.tokens[0] - 2, max(-1, quote.tokens[0] - 2 - _BESIDE), -1),
            *range(quote.tokens[1] + 1, min(len(doc.tokens), quote.tokens[1] + 1 + _BESIDE)))  # fmt: skip
    return any(content[0] <= doc.tokens[j].start and doc.tokens[j].end <= content[1] and any(ch.isalnum() for ch in doc.tokens[j].text)
               for j in near)


# how many tokens beside a quotation are looked at for a word of the message around it ("was a bargain, “…”")
_BESIDE = 3


def _message_after_cue(doc: Doc, attribution: Attribution, quote: Quote) -> bool:
    """Whether ``attribution`` reports a clause after its cue while ``quote`` stands between its speaker
    and the cue (in a parenthesis after the speaker's name)."""
    if attribution.form != "indirect" or attribution.content is None or attribution.source is None:
        return False
    cue_start, cue_end = doc.tokens[attribution.cue[0]].start, doc.tokens[attribution.cue[1] - 1].end
    return doc.tokens[attribution.source[1] - 1].end < quote.start and quote.end <= cue_start and attribution.content[0] >= cue_end


def _drop_cues_inside(doc: Doc, quote: Quote, found: list[Attribution], before: int, owner: int, quote_owner: dict[int, int]) -> None:
    """Mark the sentence's attributions whose cue stands inside a short quotation that a speaker was given
    (the quoted words' "I hope" is part of what is quoted) as dropped; :func:`find_attributions` removes them."""
    owners = set(quote_owner.values())
    for n in range(before, len(found)):
        if n != owner and n not in owners and quote.inner_start <= doc.tokens[found[n].cue[0]].start < quote.inner_end:
            found[n].form = _DROPPED


def _drop_reports_leaving_quotes(doc: Doc, found: list[Attribution], before: int, quotes: Sequence[Quote]) -> None:
    """Mark as dropped a report whose cue stands inside a quotation but whose message runs beyond it, before the
    quotation ("As one resident put it, “Nobody asked us.”": "asked" had reported the whole sentence): quoted words
    report only quoted words."""
    for quote in quotes:
        for a in found[before:]:
            if a.form in ("indirect", "agentless") and a.content is not None and a.content[0] < quote.inner_start \
                    and quote.inner_start <= doc.tokens[a.cue[0]].start < quote.inner_end:  # fmt: skip
                a.form = _DROPPED


_DROPPED = "dropped"


def _all_it_reports(doc: Doc, sent_id: int, quote: Quote, speech: _SpeechCues) -> bool:
    """Whether a speech tag frames ``quote`` and the quotation is all it reports: the quotation opens the
    sentence ("„Nein“, sagte sie"), follows the tag's colon ("Er sagte: „Nein.“"), or follows the comma right
    after the verb and closes the sentence with its own full stop ("She said, “Probably not.”")."""
    opening = quote.tokens[0] - 1
    return (opening == doc.sent_tokens[sent_id][0] or _after_colon(doc, quote) or _after_verb_comma(doc, quote, speech)) \
        and speech.frames(quote)  # fmt: skip


def _after_verb_comma(doc: Doc, quote: Quote, speech: _SpeechCues) -> bool:
    """A quotation right after "<verb>," that ends inside its closing mark with the sentence's punctuation:
    a sentence quoted, however short, not a title ("wrote a novel, “Blue Hours”" has a noun before its comma)."""
    opening, closing = quote.tokens[0] - 1, quote.tokens[1]
    return opening > 1 and doc.tokens[opening - 1].text == "," and opening - 2 in speech.indirect \
        and doc.tokens[closing - 1].text in (".", "!", "?")  # fmt: skip


def _drop_tags_taken(doc: Doc, found: list[Attribution]) -> None:
    """Mark as dropped the attributions of a speech tag split off as a sentence of its own after a quotation
    that took the tag as its speaker ("“Is that so?” Borger asked."): the tag reports the quotation, not its
    own sentence. Done after all sentences, so that a later quotation still finds the tag's speaker as the
    one speaking before it."""
    taken = {a.cue: a.sent_id for a in found if a.quote is not None}
    if not taken:
        return
    for attribution in found:
        if (attribution.form == "indirect" and attribution.quote is None and taken.get(attribution.cue, attribution.sent_id) < attribution.sent_id
                and attribution.content is not None and attribution.content[0] <= doc.tokens[attribution.cue[0]].start):  # fmt: skip
            attribution.form = _DROPPED


def _last_spoken(owned_here: list[tuple[Quote, int]], found: list[Attribution]) -> tuple[Quote, int] | None:
    """The last quotation given a speaker in this sentence and the index of its attribution, when that attribution
    has a source and a speech tag of its own (not a bare quotation continuing a speaker); None otherwise."""
    if not owned_here:
        return None
    previous, owner = owned_here[-1]
    attribution = found[owner]
    return None if attribution.source is None or attribution.cue_type == "quote" else (previous, owner)


def _split_by_its_cue(doc: Doc, quote: Quote, owned_here: list[tuple[Quote, int]], found: list[Attribution]) -> int | None:
    """The attribution of the quotation just before ``quote`` in its sentence when that attribution's cue
    stands between the two and no other quotation does ("“A,” the mayor said on Monday, “B.”"): the two
    are one quotation split by its speech clause. None otherwise."""
    last = _last_spoken(owned_here, found)
    if last is None:
        return None
    previous, owner = last
    cue_start = doc.tokens[found[owner].cue[0]].start
    if not previous.end <= cue_start < quote.start:
        return None
    between = doc.text[previous.end : quote.start]
    return owner if len(between) <= 120 and not any(mark in between for mark in "„“”«»\"") else None


_PIECE_LINK_WORDS = 6  # words between two quotations a report coordinates ("vowed to “…” and to “…”")
_PIECE_LINK_CLASSES = frozenset(("conjunction", "determiner", "preposition", "connector"))


def _coordinated_piece(doc: Doc, quote: Quote, owned_here: list[tuple[Quote, int]], found: list[Attribution],
                       language: Language) -> int | None:  # fmt: skip
    """The attribution of the quotation just before ``quote`` in its sentence when the two are joined by a
    coordinator and function words only, after that attribution's cue ("vowed to “keep up the fight” and to
    “take it to the convention”", "described him as a “danger” and “unfit for office”"): the second is a piece of
    the same report. None otherwise."""
    last = _last_spoken(owned_here, found)
    if last is None or doc.tokens[found[last[1]].cue[0]].start > last[0].start:
        return None
    previous, owner = last
    between = [t for t in doc.tokens[previous.tokens[1] + 1 : quote.tokens[0]] if t.text[:1].isalnum()]
    if not between or len(between) > _PIECE_LINK_WORDS or between[0].low not in language.coordinators:
        return None
    classes = language.word_classes
    return owner if all(t.low in language.coordinators or classes.get(t.low, frozenset()) & _PIECE_LINK_CLASSES for t in between) else None


def _later_piece(doc: Doc, quote: Quote, owned_here: list[tuple[Quote, int]], found: list[Attribution], before: int) -> int | None:
    """The report whose cue opened the sentence's last quotation before ``quote``, when no other report's cue stands
    between the two ("said the plan was “a good start” but would “need more money”", "suggested she “should resign” if
    she “broke the rules”"): the later quotation is another piece of the same message. None otherwise."""
    last = _last_spoken(owned_here, found)
    if last is None:
        return None
    previous, owner = last
    if found[owner].form != "direct_quote" or doc.tokens[found[owner].cue[0]].start > previous.start:
        return None
    if any(n != owner and previous.end <= doc.tokens[found[n].cue[0]].start < quote.start for n in range(before, len(found))):
        return None
    return owner


def _named_speaker_colon(doc: Doc, toks: SentenceTokens, quote: Quote, grammar: Grammar) -> bool:
    """Whether ``quote`` follows a name and its colon that open the sentence, as headlines quote in title case
    ("Lund: ‘I’m the Worst Thing That Happened to the Council’"): the named person speaks; a title after a
    described thing's colon stays a title ("His new book: “The Long Road”")."""
    if not _after_colon(doc, quote):
        return False
    speaker = grammar.quote_speaker(doc, toks, quote)
    if speaker is None:
        return False
    words = doc.tokens[speaker[1][0] : speaker[1][1]]
    return words[0].i == toks[0].i and words[0].text[:1].isupper() and not grammar.lex.words.get(words[0].low)


def _after_colon(doc: Doc, quote: Quote) -> bool:
    """"X sagte: „Nein.“": a colon right before the opening mark introduces speech, however short."""
    opening = quote.tokens[0] - 1
    return opening > 0 and doc.tokens[opening - 1].text == ":"


def _opened_by(doc: Doc, quote: Quote, found: list[Attribution], before: int) -> int | None:
    """The attribution of an earlier sentence whose reported content begins with ``quote`` ("Dazu erklärte
    X: „… . … .“"): the quotation is what that verb reports, not another statement."""
    first_sent = doc.tokens[quote.tokens[0]].sent
    for n in range(before - 1, -1, -1):
        attribution = found[n]
        if attribution.sent_id < first_sent - 1:
            break
        # the verb in the quotation's first sentence, or in the sentence before when its message is the quotation
        # ("The committee said about its draft:" and the quotation in the next paragraph)
        if (attribution.form == "indirect" and attribution.quote is None and attribution.content is not None
                and quote.start <= attribution.content[0] <= quote.inner_start):  # fmt: skip
            return n
    return None


_REPORTING_FORMS = ("indirect", "according_to")
_CONTINUED = ("continuation",)


def _partial_quote(
    doc: Doc, sent_id: int, quote: Quote, found: list[Attribution], before: int, quote_owner: dict[int, int],
    words: dict[str, frozenset[str]], inside_only: bool = False, forms: tuple[str, ...] = _REPORTING_FORMS,
) -> bool:  # fmt: skip
    """A quotation inside what a speaker of the same sentence is reported to have said ("Die Kanadier sagen,
    der Pilot trage die „volle Verantwortung“"): the speaker's own words, a direct quote of its own, with
    the same speaker and cue. Returns whether the quotation was given to a speaker this way.

    With ``inside_only`` only quotations strictly inside the reported content count (a longer quotation
    that makes up the whole content was already given to its verb)."""
    if quote.n_words <= 2 and _modifies_next_noun(doc, quote):
        return False  # 'einen Akt "brüderlicher" Zusammenarbeit': a word in a noun phrase, kept as a scare quote
    for n in range(len(found) - 1, max(before, len(found) - _MAX_PARTIAL_OWNERS) - 1, -1):
        attribution = found[n]
        if attribution.source is None or attribution.form not in forms or attribution.content is None:
            continue
        start, end = attribution.content
        if not (start <= quote.start and quote.end <= end):
            continue
        if inside_only and _words_around(doc, quote, start, end) < 2:
            return False  # the quotation is all this (nearer) report says: its verb's own, not a part of a wider report
        if attribution.form == "indirect" and _called_as(doc, quote, end, words):
            # "bezeichnete den Umbau als ein „gutes Signal“": what the speaker calls it is all the report gives
            # of the speaker's words; the report is that quotation, and the words beside it the speaker's too
            if _paraphrased_around(doc, attribution, quote):
                attribution.message = attribution.content
            attribution.form, attribution.content, attribution.quote = "direct_quote", (quote.inner_start, quote.inner_end), quote.qid
            quote_owner[quote.qid] = n
            return True
        found.append(Attribution(sent_id, attribution.cue, "direct_quote", source=attribution.source, via=attribution.via,
                                 cue_type=attribution.cue_type, stance=attribution.stance,
                                 content=(quote.inner_start, quote.inner_end), quote=quote.qid))  # fmt: skip
        quote_owner[quote.qid] = len(found) - 1
        return True
    return False


# A sentence full of reporting verbs and quotations must stay linear: a quotation is compared with the
# last few attributions of its sentence only.
_MAX_PARTIAL_OWNERS = 8


def _called_as(doc: Doc, quote: Quote, end: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether ``quote`` follows the word that introduces what something is called (German "als"), an article
    between or not, and closes the message that ends at ``end`` ("bezeichnete den Plan als „Irrweg“"). Not when
    the message goes on after it ("sieht darin eine „Kapitulation“ vor der Gewalt"): the report says more."""
    j = quote.tokens[0] - 2
    if j >= 0 and "determiner" in words.get(doc.tokens[j].low, ()):
        j -= 1
    if j < 0 or "predicative" not in words.get(doc.tokens[j].low, ()) or doc.tokens[j].sent != doc.tokens[quote.tokens[0]].sent:
        return False
    return not any(ch.isalnum() for ch in doc.text[quote.end : end])


def _modifies_next_noun(doc: Doc, quote: Quote) -> bool:
    """A one- or two-word quotation in lower case before a noun of the same sentence ('einen "brüderlichen" Akt');
    one that ends in a noun is a noun phrase of its own, the capitalised word after it a genitive or name
    ("eine „innere Angelegenheit“ Polens")."""
    closing = doc.tokens[quote.tokens[1]]
    if closing.i + 1 >= len(doc.tokens):
        return False
    nxt, first, last = doc.tokens[closing.i + 1], doc.tokens[quote.tokens[0]], doc.tokens[closing.i - 1]
    return nxt.sent == closing.sent and nxt.text[:1].isupper() and first.text[:1].islower() and not last.text[:1].isupper()


def _words_around(doc: Doc, quote: Quote, start: int, end: int) -> int:
    """Words of the span ``[start, end)`` outside the quotation ``quote``."""
    outside = doc.text[start : quote.start] + " " + doc.text[quote.end : end]
    return sum(1 for piece in outside.split() if any(ch.isalnum() for ch in piece))


def _a_name(doc: Doc, quote: Quote, grammar: Grammar) -> bool:
    """A quotation that names rather than quotes: shaped like a title, or standing where a work, medium or
    organisation is named ("das Lied „…“", "die Organisation „…“", "mit dem Titel „…“")."""
    return _title_like(doc, quote, grammar.lex.words, grammar.language.adjective_endings) or names_a_work(doc, quote, grammar.language.title_nouns, words=grammar.lex.words)


def _title_like(doc: Doc, quote: Quote, words: dict[str, frozenset[str]], adjective_endings: tuple[str, ...]) -> bool:
    """„Wachstum, Strukturwandel und Regionalentwicklung“: every content word capitalised, no verb:
    the name of a commission, law, book or programme, not a quotation."""
    inside = doc.tokens[quote.tokens[0] : quote.tokens[1]]
    quoted = [t for t in inside if t.text[0].isalnum()]
    if any("first_person" in words.get(t.low, ()) for t in quoted):
        return False  # „Wir hatten heute Glück“: someone speaks of themselves
    if inside and inside[-1].text == "." and any("auxiliary" in words.get(t.low, ()) for t in quoted):
        return False  # „Das ist ein Fehler.“: a sentence with its verb and full stop, not a title
    content = [t for t in quoted if not words.get(t.low)]
    if len(content) == 1 and web_address(content[0].low):
        return True  # „tagesschau.de“, “Politico.com”: a web address names a medium
    if len(quoted) == 1 and code_name(quoted[0].text):
        return True  # „b9“, “F-35”, «A4»: a code names a model, a rating or a road
    if content and quoted[0].text[0].islower():
        return False  # „keine Lösung“: a phrase opening with a lower-case article or pronoun; a title opens in capitals
    if not content:
        return False
    if all(t.text[0].isupper() or t.text[0].isdigit() for t in content):
        return True
    # „Rat für innere Sicherheit“: a short name may hold adjectives, but no verb
    return len(quoted) <= _NAME_MAX_WORDS and not any("auxiliary" in words.get(t.low, ()) for t in quoted) and all(
        t.text[0].isupper() or t.text[0].isdigit() or words.get(t.low) or _attributive(quoted, k, adjective_endings)
        for k, t in enumerate(quoted)
    )  # fmt: skip


_NAME_MAX_WORDS = 6  # a longer verbless phrase in quotation marks is a partial quotation („Feldzug gegen die … Schulen“)


def _attributive(quoted: Sequence[Token], k: int, adjective_endings: tuple[str, ...]) -> bool:
    """Whether ``quoted[k]`` is a lower-case adjective right before a capitalised noun inside a name („Rat für innere
    Sicherheit“, „Woche des verbotenen Buches“): inflected as attributive adjectives are (in a language whose
    adjectives have endings), so no verb."""
    return bool(adjective_endings) and 0 < k < len(quoted) - 1 and quoted[k + 1].text[0].isupper() \
        and quoted[k].low.endswith(adjective_endings)  # fmt: skip




_QUOTE_CONTINUATION_WINDOW = 3  # sentences back a quotation without a speaker looks for one


def _previous_speaker(doc: Doc, sent_id: int, found: list[Attribution], before: int) -> int | None:
    """The last attribution with a speaker in the three sentences before (not beyond the previous paragraph),
    whose speaker a following quotation without a reporting verb continues."""
    para = doc.sentences[sent_id]["para_id"]
    for n in range(before - 1, -1, -1):
        attribution = found[n]
        if attribution.sent_id < sent_id - _QUOTE_CONTINUATION_WINDOW or doc.sentences[attribution.sent_id]["para_id"] < para - 1:
            break
        if attribution.source is not None and attribution.form in ("indirect", "direct_quote", "according_to", "continuation"):
            return n
    return None


def _quoted_before_long_quote(doc: Doc, quote: Quote, found: list[Attribution], before: int) -> int | None:
    """For a quotation of several sentences that no speaker precedes within the window counted from its last
    sentence: the last quotation with a speaker within the window counted from its first sentence ("“A,” she
    said, turning to the crowd. “B. C. D. E.”"): the long quotation goes on with that speaker's words. A report
    without quotation marks before a long quotation is left alone: what follows it is often a passage of
    another text."""
    opening = doc.tokens[quote.tokens[0] - 1]
    if opening.sent == doc.tokens[quote.tokens[1]].sent:
        return None
    para = doc.sentences[opening.sent]["para_id"]
    for n in range(before - 1, -1, -1):
        attribution = found[n]
        if doc.tokens[attribution.cue[0]].start >= quote.start:
            continue  # a report inside the quotation itself
        if attribution.sent_id < opening.sent - _QUOTE_CONTINUATION_WINDOW or doc.sentences[attribution.sent_id]["para_id"] < para - 1:
            return None
        if attribution.source is not None and attribution.form in ("indirect", "direct_quote", "according_to", "continuation"):
            return n if attribution.form == "direct_quote" else None
    return None


def _first_person_lead_ins(doc: Doc, found: list[Attribution], self_mention: frozenset[str]) -> None:
    """Unmarked speech that runs over sentences: "Wir haben alles versucht. Wir sind enttäuscht, so
    der Trainer." A news writer does not say "wir"; a first-person sentence with no attribution of its
    own, right before (same paragraph) a first-person statement whose speaker follows it, is that
    speaker's too (at most ``_CONTINUATION_WINDOW`` sentences back). Appends continuations."""
    if not self_mention:
        return
    attributed = {a.sent_id for a in found}
    for n in range(len(found)):
        a = found[n]
        if a.source is None or a.content is None or a.form not in ("indirect", "direct_quote") or a.quote is not None:
            continue
        row = doc.sentences[a.sent_id]
        if not (row["start"] <= a.content[0] and a.content[1] <= doc.tokens[a.cue[0]].start):
            continue  # only statements whose speaker follows them
        if not _first_person(doc, a.sent_id, self_mention, a.content):
            continue
        for sent_id in range(a.sent_id - 1, max(-1, a.sent_id - 1 - _CONTINUATION_WINDOW), -1):
            previous = doc.sentences[sent_id]
            if sent_id in attributed or previous["kind"] != "body" or previous["para_id"] != row["para_id"]:
                break
            mention = _first_person(doc, sent_id, self_mention, (previous["start"], previous["end"]))
            if mention is None:
                break
            found.append(Attribution(sent_id, (mention.i, mention.i + 1), "continuation", source=a.source, via=a.via,
                                     cue_type="first_person", content=(previous["start"], previous["end"]), continues=n))  # fmt: skip
            attributed.add(sent_id)


def _first_person_after_colon(doc: Doc, sent_id: int, toks: Sequence[Token], grammar: Grammar, found: list[Attribution],
                              before: int, self_mention: frozenset[str]) -> None:  # fmt: skip
    """Unmarked direct speech after a colon: "Die Ministerin blieb vage: Natürlich prüfen wir jede Möglichkeit." A
    news writer does not say "wir"; first-person words after the colon of a sentence whose main clause has a
    speaker for its subject (:meth:`~scoring.languages.grammar.Grammar.reported_speaker`) are that speaker's."""
    if not self_mention or any(a.content is not None and a.content[1] > doc.tokens[a.cue[0]].end for a in found[before:]):
        return  # a report of the sentence already has a message after its cue
    colon = next((k for k, t in enumerate(toks) if t.text == ":" and t.quote < 0 and 1 < k < len(toks) - 2), None)
    if colon is None or toks[colon - 1].text[-1:].isdigit() and toks[colon + 1].text[:1].isdigit():
        return  # no colon, or a score ("2:1")
    if not _first_person_speech(doc, toks[colon + 1 :]):
        return  # (a speech or a commentary speaks in the first person itself: "Das zeigt das Problem: Wir müssen …")
    speaker = grammar.reported_speaker(doc, sent_id)
    if speaker is None or speaker[1] > toks[colon].i:
        return
    words = [t for t in doc.tokens[speaker[0] : speaker[1]] if t.text[:1].isalpha()]
    if not any(t.text[0].isupper() and t.low not in self_mention and not grammar.lex.is_(t, "personal_pronoun") for t in words):
        return  # a pronoun ("Das zeigt …:", "Dürfen wir …:") names nobody
    row = doc.sentences[sent_id]
    found.append(Attribution(sent_id, (toks[colon].i, toks[colon].i + 1), "direct_quote", source=speaker, cue_type="speech",
                             content=(toks[colon + 1].start, row["end"])))  # fmt: skip


_FIRST_PERSON_TEXT = 0.2  # share of body sentences with first-person words outside quotation marks


def _first_person_speech(doc: Doc, toks: Sequence[Token]) -> bool:
    """Whether ``toks`` hold first-person words outside quotation marks in a text that does not speak in the
    first person itself: someone's unmarked words."""
    self_mention = get_language(doc.lang).self_mention
    return any(t.quote < 0 and t.low in self_mention for t in toks) and not _first_person_text(doc, self_mention)


def _first_person_text(doc: Doc, self_mention: frozenset[str]) -> bool:
    """Whether the text speaks in the first person itself (a speech, a commentary, an interview): more than
    :data:`_FIRST_PERSON_TEXT` of its body sentences hold first-person words outside quotation marks."""
    key = "first_person_text"
    if key not in doc.cache:
        body = [row["sent_id"] for row in doc.sentences if row["kind"] == "body"]
        first = sum(1 for s in body if any(t.quote < 0 and t.low in self_mention for t in doc.sentence_tokens(s)))
        doc.cache[key] = bool(body) and first > _FIRST_PERSON_TEXT * len(body)
    return bool(doc.cache[key])


def _first_person_inside_tags(doc: Doc, found: list[Attribution], self_mention: frozenset[str]) -> None:
    """A report whose speaker is "ich"/"wir" inside the message of a speech tag that follows it ("Ich bin froh,
    im Finale zu sein, meinte der Spanier"): unmarked speech, where the first person is the tag's speaker, not the
    writer. The report's source stands for the tag's speaker (who the sources table counts), and its message ends
    where the tag begins."""
    if not self_mention:
        return
    by_sentence: dict[int, list[Attribution]] = {}
    for a in found:
        by_sentence.setdefault(a.sent_id, []).append(a)
    for a in found:
        if a.source is None or a.source[1] - a.source[0] != 1:
            continue
        speaker = doc.tokens[a.source[0]]
        if speaker.low not in self_mention or speaker.quote >= 0:
            continue
        cue_start = doc.tokens[a.cue[0]].start
        for b in by_sentence[a.sent_id]:
            if b is a or b.source is None or b.content is None or doc.tokens[b.source[0]].low in self_mention:
                continue
            if b.form == "according_to" and a.content is not None and a.content[0] <= doc.tokens[b.cue[0]].start < a.content[1]:
                continue  # "Wir glauben, dass laut Experten …", "…, sagte Kurz laut einer Aussendung": "laut X" inside the
                # first person's message is no speech tag of it
            tag_start = min(doc.tokens[b.cue[0]].start, doc.tokens[b.source[0]].start)
            if b.content[0] <= cue_start < min(b.content[1], tag_start):
                a.speaker, a.via = b.source, b.via
                if a.content is not None and a.content[0] < tag_start < a.content[1]:
                    end = tag_start
                    while end > a.content[0] and doc.text[end - 1] in " ,;–—":
                        end -= 1
                    a.content = (a.content[0], end)
                break


def _first_person(doc: Doc, sent_id: int, self_mention: frozenset[str], span: tuple[int, int]) -> Token | None:
    """The first first-person word outside quotation marks within ``span`` of a sentence, or None
    (the sentence's first-person words are listed once: a long sentence has many attributions)."""
    key = ("first_person", sent_id)
    mentions = doc.cache.get(key)
    if mentions is None:
        mentions = doc.cache[key] = [t for t in doc.sentence_tokens(sent_id) if t.quote < 0 and t.low in self_mention]
    k = bisect_left([t.start for t in mentions], span[0]) if len(mentions) > 8 else 0
    return next((t for t in mentions[k:] if span[0] <= t.start and t.end <= span[1]), None)


def _own_subject_reports(doc: Doc, sent_id: int, toks: Sequence[Token], cue_tok: Token, grammar: Grammar, found: list[Attribution]) -> None:
    """Reported speech in a clause after the main clause, whose verb reports nothing by itself ("Die Opposition
    hielt dem entgegen, dass es Sache der Länder sei", "Die Befürworter verwiesen auf die Kosten, die
    man tragen müsse"): the Konjunktiv I marks the words as someone's, and that is the main clause's subject
    when it can speak (a person, body or medium). The message is the clause after the comma. Only when that
    clause is a subordinate one and the sentence opens with its main clause ("Wenn …, werde …" does not)."""
    comma = next((t for t in reversed(toks) if t.i < cue_tok.i and t.text == "," and t.quote < 0), None)
    if comma is None or comma.i + 1 >= toks[-1].i:
        return
    words = grammar.language.word_classes
    first = words.get(toks[0].low, ())
    if not _opens_subordinate(doc.tokens[comma.i + 1], words) or "subordinator" in first and "determiner" not in first:
        return  # the clause after the comma is a main clause ("Wenn …, werde …"), or the first one is not
    speaker = grammar.reported_speaker(doc, sent_id)
    if speaker is None or speaker[1] > comma.i:
        return
    row = doc.sentences[sent_id]
    found.append(Attribution(sent_id, (cue_tok.i, cue_tok.i + 1), "indirect", source=speaker, cue_type="konjunktiv1",
                             content=(doc.tokens[comma.i + 1].start, row["end"])))  # fmt: skip


def _opens_subordinate(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """A conjunction or relative pronoun in lower case that opens a subordinate clause ("dass", "weil", "die")."""
    classes = words.get(tok.low, ())
    return tok.text.islower() and ("subordinator" in classes or "relative_pronoun" in classes)


def _continue_position(doc: Doc, sent_id: int, cue_tok: Token, grammar: Grammar, found: list[Attribution]) -> None:
    """Reported speech right after a sentence in which a source takes a position without a reporting verb
    ("Das Institut sieht keine Gefahr. Nur Züchter seien gefährdet."): that source goes on speaking. The
    sentence before must be in the same paragraph and hold no attribution of its own."""
    previous = sent_id - 1
    if previous < 0 or doc.sentences[previous]["para_id"] != doc.sentences[sent_id]["para_id"]:
        return
    if found and found[-1].sent_id == previous:
        return
    speaker = grammar.reported_speaker(doc, previous)
    if speaker is not None:
        row = doc.sentences[sent_id]
        found.append(Attribution(sent_id, (cue_tok.i, cue_tok.i + 1), "continuation", source=speaker, cue_type="konjunktiv1",
                                 content=(row["start"], row["end"])))  # fmt: skip


def _in_plain_mood(doc: Doc, sent_id: int, language: Language) -> bool:
    """Whether sentence ``sent_id`` has no verb of reported speech (German Konjunktiv I, or II in its place): its
    subject then takes a position in the writer's words; in reported speech it is only what an earlier speaker spoke of
    ("Zeller schlägt vor, … . Die Betreiber hätten ein Interesse daran, … . Allerdings sei …")."""
    if sent_id < 0:
        return False
    toks = doc.sentence_tokens(sent_id)
    return not reported_speech_tokens(doc, toks) and not language.reported_speech_substitutes(doc, toks)


def _outer_report(doc: Doc, found: list[Attribution], n: int) -> int:
    """The report whose message holds the report ``found[n]`` in the same sentence ("Lund sagte, Experten warnten
    seit Jahren."): the speaker who goes on in the next sentence is Lund, who reported the experts; else ``n``."""
    inner = found[n]
    at = doc.tokens[inner.cue[0]].start
    for m in range(n - 1, -1, -1):
        outer = found[m]
        if outer.sent_id != inner.sent_id:
            break
        if outer.form == "indirect" and outer.content is not None and outer.content[0] <= at < outer.content[1] \
                and inner.content is not None and outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1] \
                and outer.source is not None and outer.source != inner.source:  # fmt: skip
            return m  # (the inner report's message inside the outer one's: not "Wir erwarten …, sagte X", whose tag reports
            # the words before it)
    return n


def _continue_previous(
    doc: Doc, sent_id: int, cue_tok: Token, cue_type: str, found: list[Attribution], window: int = _CONTINUATION_WINDOW
) -> None:  # fmt: skip
    """A sentence in reported speech (German Konjunktiv I, or "sollen" right after a report) without its own
    cue continues the last speaker of the ``window`` sentences before (not beyond the previous paragraph)."""
    para = doc.sentences[sent_id]["para_id"]
    for n in range(len(found) - 1, -1, -1):
        previous = found[n]
        if previous.sent_id < sent_id - window:
            return
        if previous.form in ("indirect", "direct_quote", "according_to", "continuation") and (
            doc.sentences[previous.sent_id]["para_id"] >= para - 1
        ):
            row = doc.sentences[sent_id]
            n = _outer_report(doc, found, n)
            previous = origin = found[n]
            if previous.continues is not None and previous.source == previous.cue:
                origin = found[previous.continues]  # "Demnach …": the adverb points back; its speaker speaks on
            found.append(
                Attribution(
                    sent_id, (cue_tok.i, cue_tok.i + 1), "continuation", source=origin.source, via=origin.via,
                    cue_type=cue_type, content=(row["start"], row["end"]), continues=n,
                )
            )  # fmt: skip
            return
