"""Loaded wording, scare quotes and foreign-language fragments.

* **loaded**: words from the ``loaded`` lexicon (labels and epithets,
  pejorative framing, evaluative words, dramatising intensifiers; after
  Recasens et al. 2013 and Entman 1993), each with a neutral suggestion where
  one exists. Inflected forms and hyphenated compounds match
  ("Castro-Regimes"); closed compounds only when listed, so technical terms
  ("Sanktionsregime") are not hits.
* **scare_quote**: a short quotation (at most five words, not a sentence)
  that nobody in its clause is quoted as saying: „Modernisierung der
  Sicherheit“, "Höflichkeit". Words quoted shortly after an active verb of
  speech or judgement are its speaker's even when the grammar found no
  attribution ("said she would be “stunned”"). A one- or two-word quotation
  inside a noun phrase ('einen Akt "brüderlicher" Zusammenarbeit', told by
  the capital of the German noun) and anything after "sogenannt" is a scare
  quote even when a speaker is near; names and titles of outlets and works
  are not.
* **stance marks**: self-mention ("ich", "wir", "unser") and reader address
  ("du", formal "Sie") outside quotations (Hyland 2005; commentary markers
  in a news report), exclamation marks and words in capitals ("NUNCA MÁS", "a
  SHAMEFUL deal") in the writer's voice (boosters: typographic emphasis) and
  questions inside a paragraph, which make a point instead of asking (loaded,
  ``rhetorical_question``); a question standing alone is a heading or FAQ
  unless a modal particle makes it argue ("Wer prüft das denn?");
  the writer's own opinion ("ich finde", "meiner Meinung nach": an attribution
  to the author) is loaded, ``author_opinion``.
* **foreign**: a fragment in another language: a discourse marker ("Sin
  embargo,", "however") or a run of two or more foreign function words.

Every cue records its **voice**: ``author`` (the writer's own words),
``source`` (inside an attributed quotation or reported content) or
``quoted`` (inside quotation marks without a speaker). Only the author's
voice counts against the article's loaded-wording score.

Not detected: loaded metaphors and irony without marker words, loaded
selection of facts, and words whose loadedness depends on the topic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from scoring.analysis.cues import FOREIGN_WORD, STANCE_MARK, lexicon_scan
from scoring.model.records import CueEntry, CueHit
from scoring.model.doc import Doc, Quote, Token, names_a_work
from scoring.languages import Language, get_language
from scoring.languages.grammar import code_name
from scoring.languages.lexicon import load_lexicon

_MAX_SCARE_WORDS = 5
_SENTENCE_PUNCT = frozenset(".!?")
_MIN_RHETORICAL_WORDS = 5
# Words in capitals: at least this many letters, since shorter ones are mostly abbreviations (NATO, COVID).
_MIN_CAPITALS = 6
_CAPITALS = re.compile("[A-ZÀ-ÖØ-Þ]{%d}" % _MIN_CAPITALS)  # a quick test per sentence (Latin script)
_RUN_JOINERS = frozenset("'’‘-")
_NO_JOINERS = str.maketrans("", "", "'’‘-")
_MAX_CAPITALS_RUN = 3  # a longer run in capitals is a headline or a promotion line, not emphasis
_BRACKETS = frozenset(("()", "[]"))
_PARTIAL_QUOTE_TYPES = frozenset(("speech", "writing", "evaluation", "cognition", "demand", "denial", "decision", "finding"))
_SPEECH_VERB_WINDOW = 6  # words between a verb of speech and a quotation of its speaker's words
_SAYING_TYPES = frozenset(("speech", "evaluation"))  # not "found “traces”", "urged … into a “pact”", "refute … their “facts”" (thought, demand, denial)


@dataclass(frozen=True, slots=True)
class QuoteCue:
    first: int
    last: int
    entry: CueEntry
    qid: int


def find_scare_quotes(
    doc: Doc, attributed_quotes: set[int], speech_clauses: list[tuple[int, int, str]], titles: set[str],
    source_spans: Sequence[tuple[int, int, bool]] = (),
) -> list[QuoteCue]:
    """Short quotations that nobody is quoted as saying (see the module doc).

    ``speech_clauses`` are (start, end, cue_type) character spans of clauses
    that have a reporting verb with a source; ``titles`` are lower-cased
    names of outlets and works that may stand in quotation marks;
    ``source_spans`` are the character spans of sources with whether each is
    named: a quotation naming a named source is a title ("wie die „Times“
    berichtet"); one in an unnamed source ('die "Fachleute" sagen') is the
    writer's distance, not the speaker's words.
    """
    language = get_language(doc.lang)
    found = []
    spoken = _SpanCover([(start, end) for start, end, cue_type in speech_clauses if cue_type in _PARTIAL_QUOTE_TYPES])
    named_sources = _SpanCover([(start, end) for start, end, named in source_spans if named])
    sources = _SpanCover([(start, end) for start, end, _named in source_spans])
    foreign_function = _foreign(doc.lang).function
    earlier: set[tuple[str, ...]] = set()  # every run of up to _MAX_SCARE_WORDS words quoted before (lower case)
    flagged: set[tuple[str, ...]] = set()  # the words of those flagged: the writer's distance, repeated, is flagged again
    singles_quote = _singles_quote_in_part(doc)
    spoken_words = _runs_in_long_quotations(doc)
    quotes_at = ({q.start: q for q in doc.quotes}, {q.end: q for q in doc.quotes})  # by the offsets of their marks
    works: set[int] = set()  # the quotations that name a work
    for quote in doc.quotes:
        if singles_quote and doc.tokens[quote.tokens[0] - 1].text in _SINGLE_MARKS:
            continue  # "Cruz 'glad to finish' fight": where double marks quote, single ones quote a headline's part
        quoted_words = tuple(_WORD.findall(doc.text[quote.inner_start : quote.inner_end].lower()))
        repeated = (quoted_words in earlier or quoted_words in spoken_words) and sum(map(len, quoted_words)) >= 3
        earlier.update(quoted_words[a:b] for a in range(len(quoted_words)) for b in range(a + 1, min(len(quoted_words), a + _MAX_SCARE_WORDS) + 1))
        if quote.qid in attributed_quotes or not 1 <= quote.n_words <= _MAX_SCARE_WORDS:
            continue
        inner = doc.tokens[quote.tokens[0] : quote.tokens[1]]
        if any(t.text in _SENTENCE_PUNCT for t in inner):
            continue
        text = doc.text[quote.inner_start : quote.inner_end]
        if text.lower() in titles or not any(ch.isalpha() for ch in text):
            continue
        words = [t for t in inner if t.text[0].isalnum()]
        if len(words) >= 2 and words[0].text[0].isupper() and (words[-1].text[0].isupper() or words[-1].text.isdigit()) and all(
            t.text[0].isupper() or t.text.isdigit() or t.low in foreign_function or t.low in language.title_function_words for t in words
        ):  # fmt: skip
            continue  # a name or title: „Kyiv Independent“, „Humane Marktwirtschaft“, „Times of London“, “Salt and Stone”, “Apollo 9”
        capital_word = len(words) == 1 and not language.nouns_capitalised and words[0].text[0].isupper()
        if len(words) == 1 and len(words[0].text) == 1 or capital_word and (
            _inside_sentence(doc, quote) or _subject_before_auxiliary(doc, quote, language)
        ):  # fmt: skip
            continue  # a letter ("vote “R” or “D”") or, where nouns are not capitalised, one capitalised word inside a
            # sentence or opening it before its verb: a title or name ("fans of “Friends”", "“Friends” has been a hit")
        if len(words) == 1 and code_name(words[0].text):
            continue  # „k5“, “F-35”: a code names a model, a rating or a road
        if named_sources.covers(quote.inner_start, quote.inner_end):
            continue  # the source itself: wie die „Times of London“ berichtet
        opening = doc.tokens[quote.tokens[0] - 1]
        closing = doc.tokens[quote.tokens[1]]
        if doc.text[closing.end : closing.end + 1] == "-":
            continue  # part of a compound: "TU"-Kennzeichen, the "No"-Lager
        after = doc.tokens[closing.i + 1] if closing.i + 1 < len(doc.tokens) else None
        if after is not None and after.text == ":" and (opening.i == 0 or doc.tokens[opening.i - 1].sent != opening.sent):
            continue  # a label opening its sentence: "WSJ": …
        if _whole_sentence(doc, opening, closing):
            continue  # a line of its own in quotation marks ('"Related:"', a quoted heading): nothing it keeps a distance from
        if names_a_work(doc, quote, language.title_nouns, titles, language.word_classes) or _after_work(doc, quote, language, quotes_at[1], works):
            works.add(quote.qid)
            continue  # "der Zeitung „Welt“", "(„Focus online“)", "die Sendungen „A“ / „B“": a name, not distance
        if _after_possessive_name(doc, opening):
            continue  # "Hillary Clinton’s “public option”": the term is hers, not the writer's distance
        if _in_list_of_quotations(doc, quote, language, quotes_at):
            continue  # "from ''everyday Americans'' to ''fighting for us'' and ''stronger together''": slogans or words cited
        if _before_speech_verb(doc, closing, language):
            continue  # "“Of course,” said the secretary …": an utterance, even when its speaker is not found
        if _after_so_called(doc, opening, language):
            found.append(QuoteCue(opening.i, closing.i + 1, language.rule_entry("so_called"), quote.qid))
            continue
        if _after_naming(doc, opening, language):
            continue  # "known as “issue ownership”", "classified as “top secret”": a term named, not distance
        if _nickname(doc, opening, closing, words):
            continue  # George “Jay” Keyworth: a nickname inside a name
        if _defined_after(doc, closing, language) or _defined_as_subject(doc, opening, closing, language):
            continue  # the “permit gap,” a flaw that let buyers skip the check; "“Non-paper” is a term for …"
        if repeated and quoted_words not in flagged:
            continue  # "What “go after them” actually means" after "… would be “to go after them”": the words again
        if not _inside_noun_phrase(doc, quote, closing, language) and not sources.covers(quote.inner_start, quote.inner_end) and (
            spoken.covers(quote.start, quote.end) or _after_speech_verb(doc, opening, language) or _after_statement_noun(doc, opening, language)
        ):  # fmt: skip
            continue  # a partial quotation: „von enormer Bedeutung“ bezeichnete der Staatschef; "said she was “stunned”"
        found.append(QuoteCue(opening.i, closing.i + 1, language.rule_entry("scare_quote"), quote.qid))
        flagged.add(quoted_words)
    return found


def _runs_in_long_quotations(doc: Doc) -> set[tuple[str, ...]]:
    """Every run of up to :data:`_MAX_SCARE_WORDS` words (lower case) inside a quotation longer than that, anywhere
    in the article: a short quotation of such words, before the long one or after it, quotes the speaker ("the
    “missing” invoices … “I want every invoice that is missing on my desk,” the mayor said")."""
    runs: set[tuple[str, ...]] = set()
    for quote in doc.quotes:
        if quote.n_words > _MAX_SCARE_WORDS:
            words = tuple(_WORD.findall(doc.text[quote.inner_start : quote.inner_end].lower()))
            runs.update(words[a:b] for a in range(len(words)) for b in range(a + 1, min(len(words), a + _MAX_SCARE_WORDS) + 1))
    return runs


_SINGLE_MARKS = frozenset("'‘")


def _singles_quote_in_part(doc: Doc) -> bool:
    """Whether the text quotes in double marks and its single marks (outside them) are the headline's way of quoting
    in part, as American style has it ("Cruz 'glad to finish' fight"), not a writer's distance as in British text,
    whose quotations are in single marks: at least as many top-level quotations in double marks as in single ones."""
    doubles = singles = 0
    for quote in doc.quotes:
        if quote.parent < 0:
            mark = doc.tokens[quote.tokens[0] - 1].text
            singles += mark in _SINGLE_MARKS
            doubles += mark not in _SINGLE_MARKS
    return singles > 0 and doubles >= singles


def _whole_sentence(doc: Doc, opening: Token, closing: Token) -> bool:
    """Whether the quotation from ``opening`` to ``closing`` is all the words of its sentence."""
    tokens = doc.tokens
    before = opening.i == 0 or tokens[opening.i - 1].sent != opening.sent
    j = closing.i + 1
    while j < len(tokens) and tokens[j].sent == closing.sent and not tokens[j].text[:1].isalnum():
        j += 1
    return before and (j >= len(tokens) or tokens[j].sent != closing.sent)


def _inside_sentence(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation stands after the first word of its sentence (a capital there is the sentence's, not a name's)."""
    opening = doc.tokens[quote.tokens[0] - 1]
    return opening.i > 0 and doc.tokens[opening.i - 1].sent == opening.sent


def _subject_before_auxiliary(doc: Doc, quote: Quote, language: Language) -> bool:
    """Whether a quotation opens its sentence and an auxiliary follows it ("“Friends” has been a hit"): the subject."""
    after = doc.tokens[quote.tokens[1] + 1] if quote.tokens[1] + 1 < len(doc.tokens) else None
    return not _inside_sentence(doc, quote) and after is not None and "auxiliary" in language.word_classes.get(after.low, ())


def _after_possessive_name(doc: Doc, opening: Token) -> bool:
    """Whether a quotation follows a capitalised name with a possessive apostrophe ("Clinton’s", "Sanders'")."""
    if opening.i == 0:
        return False
    before = doc.tokens[opening.i - 1]
    if before.sent != opening.sent:
        return False
    if before.text in ("'", "’") and opening.i > 1:  # "Sanders' “plan”": the apostrophe is a token of its own
        before = doc.tokens[opening.i - 2]
        return before.text[:1].isupper() and before.low.endswith("s")
    return before.text[:1].isupper() and before.low.endswith(("'s", "’s"))


_LIST_QUOTATIONS = 3  # quotations in a row from which they are a list (two may be a pair of scare quotes)


def _after_work(doc: Doc, quote: Quote, language: Language, by_end: dict[int, Quote], works: set[int]) -> bool:
    """Whether the quotation follows one of ``works`` (quotations that name a work), joined to it by a comma, a slash
    or a list link of the language ("die Sendungen „A“ / „B“", "the papers “A” and “B”"): another name of the list."""
    tokens = doc.tokens
    opening = quote.tokens[0] - 1
    j = opening - 1
    while j >= 0 and tokens[j].sent == tokens[opening].sent and (tokens[j].text in (",", "/") or tokens[j].low in language.list_links):
        j -= 1
    if j < 0 or j == opening - 1:
        return False
    before = by_end.get(tokens[j].end)
    return before is not None and before.qid in works


def _in_list_of_quotations(
    doc: Doc, quote: Quote, language: Language, quotes_at: tuple[dict[int, Quote], dict[int, Quote]]
) -> bool:
    """Whether the quotation is one of a list of :data:`_LIST_QUOTATIONS` quotations or more in its sentence, joined
    only by commas and the language's :attr:`~scoring.languages.base.Language.list_links` ("from “A” to “B,” “C” and
    “D”"): words or slogans cited one after the other, not one word kept at a distance. ``quotes_at`` holds the
    article's quotations by the start of their opening mark and by the end of their closing one."""
    by_start, by_end = quotes_at
    tokens = doc.tokens

    def linked(k: int, step: int) -> Quote | None:
        # from the mark at ``k`` over the linking words to the next mark in direction ``step``
        j = k + step
        while 0 <= j < len(tokens) and tokens[j].sent == tokens[k].sent and (
            tokens[j].text == "," or tokens[j].low in language.list_links
        ):  # fmt: skip
            j += step
        if not (0 <= j < len(tokens)) or tokens[j].sent != tokens[k].sent:
            return None
        return by_end.get(tokens[j].end) if step < 0 else by_start.get(tokens[j].start)

    chain = 1
    for step in (-1, 1):
        current: Quote | None = quote
        while current is not None and chain < _LIST_QUOTATIONS:
            current = linked(current.tokens[0] - 1 if step < 0 else current.tokens[1], step)
            chain += current is not None
    return chain >= _LIST_QUOTATIONS


def _before_speech_verb(doc: Doc, closing: Token, language: Language) -> bool:
    """Whether a verb of speech follows the closing mark within a few words of the clause ("“…,” said X",
    "“…,” the secretary said"), the quotation ending in a comma inside the marks (the English style of an
    utterance before its speech tag)."""
    if closing.i == 0 or doc.tokens[closing.i - 1].text != ",":
        return False  # German „…“, sagte X: the attribution engine frames it, or the writer quotes a word
    j = closing.i + 1
    verbs = language.grammar.lex.verbs
    for tok in doc.tokens[j : j + 6]:
        if tok.sent != closing.sent or tok.text in ",;:.!?":
            return False
        if any(entry.type == "speech" for entry, _role in verbs.get(tok.low, ())):
            return True
    return False


def _after_so_called(doc: Doc, opening: Token, language: Language) -> bool:
    before = doc.text[max(0, opening.start - 16) : opening.start].lower()
    return any(marker in before for marker in language.so_called)


_WORD = re.compile(r"\w+")


def _after_naming(doc: Doc, opening: Token, language: Language) -> bool:
    pattern = _naming_pattern(language.naming_phrases)
    return pattern is not None and pattern.search(doc.text[max(0, opening.start - 16) : opening.start].lower()) is not None


@lru_cache(maxsize=8)
def _naming_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a pack's naming phrases as whole words (None for a pack without any)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None


_APPOSITION_MARKS = frozenset((",", "—", "–", "-", "("))  # ("-" standing alone: a dash typed as a hyphen)


def _defined_after(doc: Doc, closing: Token, language: Language) -> bool:
    """Whether an apposition with an indefinite article explains the quoted term right after it ("the
    “permit gap,” a flaw that let buyers skip the check", "die „Familienkasse plus“, eine neue Leistung"), or one
    in brackets with any article ("“benchmarks” (the figures taken as most accurate)"): the writer introduces a
    term, and keeps no distance from it."""
    j = closing.i + 1
    comma_inside = doc.tokens[closing.i - 1].text == ","
    bracket = j < len(doc.tokens) and doc.tokens[j].text == "("
    if j < len(doc.tokens) and doc.tokens[j].text in _APPOSITION_MARKS:
        j += 1
    elif not comma_inside:
        return False
    if j >= len(doc.tokens) or doc.tokens[j].sent != closing.sent:
        return False
    after = doc.tokens[j]  # (in brackets, any article: "“benchmarks” (the figures taken as most accurate)")
    return after.low in language.indefinite_articles or bracket and "determiner" in language.word_classes.get(after.low, ())


def _defined_as_subject(doc: Doc, opening: Token, closing: Token, language: Language) -> bool:
    """Whether the quoted term opens its sentence and a verb of being and an indefinite article follow ("“Sunset
    clause” is a legal term for …", "„Kurzarbeit“ ist eine Regelung, die …"): the term is named and explained."""
    j = closing.i + 1
    if opening.i > 0 and doc.tokens[opening.i - 1].sent == opening.sent or j + 1 >= len(doc.tokens):
        return False
    verb, article = doc.tokens[j], doc.tokens[j + 1]
    return verb.sent == article.sent == closing.sent and "auxiliary" in language.word_classes.get(verb.low, ()) \
        and article.low in language.indefinite_articles  # fmt: skip


def _nickname(doc: Doc, opening: Token, closing: Token, words: Sequence[Token]) -> bool:
    """A single capitalised word in quotation marks between two capitalised words of the same sentence."""
    if len(words) != 1 or not words[0].text[0].isupper() or opening.i == 0 or closing.i + 1 >= len(doc.tokens):
        return False
    before, after = doc.tokens[opening.i - 1], doc.tokens[closing.i + 1]
    return before.sent == after.sent == opening.sent and all(t.text.isalpha() and t.text[0].isupper() for t in (before, after))


def _inside_noun_phrase(doc: Doc, quote: Quote, closing: Token, language: Language) -> bool:
    """'"brüderlicher" Zusammenarbeit': a one/two-word quotation modifying the next noun, told by the capital
    of that noun (where nouns are capitalised; elsewhere a capital after it is a name: 'trying to "protect"
    Clinton', and a quotation near its speaker is taken as the speaker's words)."""
    if not language.nouns_capitalised or quote.n_words > 2 or closing.i + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[closing.i + 1]
    first_word = doc.tokens[quote.tokens[0]]
    return nxt.sent == closing.sent and nxt.text[0].isupper() and first_word.text[0].islower()


def _after_speech_verb(doc: Doc, opening: Token, language: Language) -> bool:
    """Whether a verb of speech or judgement comes shortly before the opening mark in its clause ("said he
    would be “stunned”", "accused them of being “cowards”", "calling it a “fine start”"): the words of its
    speaker, quoted in part, even when the attribution of the clause was not found. Not across a
    subordinate clause ("warning that pupils thought to be “gifted”"), after a passive ("was considered
    “safe”"), a noun ("a state that …") or a verb that distances ("purports to be a “charity”": the
    writer's doubt)."""
    lex = language.grammar.lex
    for j in range(opening.i - 1, max(-1, opening.i - _SPEECH_VERB_WINDOW - 1), -1):
        tok = doc.tokens[j]
        if tok.sent != opening.sent or tok.text in ";:.!?\"“”„«»" or lex.is_(tok, "subordinator") and j < opening.i - 1:
            return False  # (right before the mark, "as"/"als" says what something was called: "described it as “…”")
        if language.nouns_capitalised and tok.text[:1].isupper():
            continue  # "die Frage", not "frage"
        if j > 0 and (lex.is_(doc.tokens[j - 1], "auxiliary") or lex.is_(doc.tokens[j - 1], "determiner")
                      or doc.tokens[j - 1].low.endswith(("'s", "’s"))):  # fmt: skip
            continue  # "the administration’s backing of …": a noun
        entries = [entry for entry, _role in lex.verbs.get(tok.low, ()) if entry.type in _SAYING_TYPES and not entry.particle]
        if entries:  # (a particle verb needs its particle: "gibt" is no "gibt an")
            if any(entry.stance == "distancing" for entry in entries):
                return False
            between = doc.tokens[j + 1 : opening.i]
            # "sagt der „rote Baron“": right after the verb and an article, the speaker's name
            return not (len(between) == 1 and lex.is_(between[0], "determiner"))
    return False


def _after_statement_noun(doc: Doc, opening: Token, language: Language) -> bool:
    """Whether the quotation stands in a clause that completes a noun of statement ("his statement on Wednesday
    that “Gods are cruel”", "the claim that the mayor “lied”"): the words of whoever made the statement. The
    complementizer (a function-word class of the pack) is the nearest one before the mark in its sentence; the noun
    stands at most four words before it. Without such a clause, an owned statement noun may stand right before the
    mark (:func:`_after_owned_statement_noun`). (German has no such class: with "dass" as one, CheckThat DE fell on the
    half only measured on, see METHODS.md.)"""
    lex = language.grammar.lex
    for j in range(opening.i - 1, max(-1, opening.i - _CLAUSE_WINDOW - 1), -1):
        tok = doc.tokens[j]
        if tok.sent != opening.sent or tok.text in ";:.!?\"“”„«»":
            break
        if lex.is_(tok, "complementizer"):
            return any(doc.tokens[k].sent == opening.sent and doc.tokens[k].low in lex.nouns for k in range(j - 1, max(-1, j - 5), -1))
    return _after_owned_statement_noun(doc, opening, language)


def _after_owned_statement_noun(doc: Doc, opening: Token, language: Language) -> bool:
    """Whether a noun of statement with its owner and a preposition comes right before the mark ("the mayor's
    broadside against “paper parks”", "her pledge of “cheaper buses”"): the owner's words, quoted in part. The owner
    (a possessive noun or determiner, before at most two adjectives) is needed: without it the noun may be the
    writer's own ("a broadside against “paper parks”")."""
    lex = language.grammar.lex
    j = opening.i - 2
    if j < 1 or not lex.is_(doc.tokens[j + 1], "preposition") or doc.tokens[j].low not in lex.nouns:
        return False
    for k in range(j - 1, max(-1, j - 4), -1):
        tok = doc.tokens[k]
        if tok.sent != opening.sent:
            return False
        if lex.is_(tok, "possessive") or tok.low.endswith(("'s", "’s")) or tok.text in ("'", "’"):
            return True  # (a plural's apostrophe is a token of its own: "the senators' pledge")
        if not tok.text[:1].isalpha():
            return False
        if lex.is_(tok, "determiner"):
            return False
    return False


_CLAUSE_WINDOW = 12  # words between a complementizer and the quotation in its clause


class _SpanCover:
    """Answers "does one of these spans contain [start, end)?" by binary search.

    Testing every speech clause of the article for every quotation was quadratic in the
    length of the article. Spans sorted by start, with the largest end among those that start
    at or before a point: one of them contains [start, end) exactly when that largest end
    reaches ``end``.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.max_ends: list[int] = []
        reach = -1
        for _, end in spans:
            reach = max(reach, end)
            self.max_ends.append(reach)

    def covers(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        return k >= 0 and self.max_ends[k] >= end


_EXCLAMATION_OPENERS = frozenset(".!?¡:;")


def _phatic(tokens: Sequence[Token], k: int, language: Language) -> bool:
    """Whether the exclamation mark at ``k`` closes a greeting, thanks or wish ("Frohe Weihnachten!",
    "Thank you!", "¡Muchas gracias!"): a formula of contact, not emphasis (the language's
    :attr:`~scoring.languages.base.Language.phatic_openers` open the exclamation)."""
    j = k - 1
    while j >= 0 and tokens[j].text not in _EXCLAMATION_OPENERS:
        j -= 1
    words = [t.low for t in tokens[j + 1 : k] if t.text[:1].isalnum()][:2]
    return bool(words) and (words[0] in language.phatic_openers or " ".join(words) in language.phatic_openers)


def find_stance_marks(doc: Doc, tokens: Sequence[Token], row: dict, block_sentences: int) -> list[CueHit]:
    """Exclamation marks, self-mention and reader address, and questions inside a paragraph
    (rhetorical), outside quotations.

    A question standing alone as a paragraph is a heading or an FAQ entry unless a modal particle makes it argue
    (:func:`_arguing_question`), and a short one ("Wieso?") is dialogue; neither is flagged. Interviews are handled
    by the caller.
    Only the tokens the article's lexicon scan marked as possible stance marks are visited.
    """
    if not tokens:
        return []
    language = get_language(doc.lang)
    hits: list[CueHit] = []
    first = tokens[0].i
    candidates = lexicon_scan(doc).local(first, first + len(tokens), STANCE_MARK)
    for k in candidates:
        tok = tokens[k]
        if tok.text == "!" and tok.quote < 0 and not doc.text[tok.end : tok.end + 1].isalpha() and not _phatic(tokens, k, language):
            # a mark glued to the next letter is no exclamation: a broken ligature ("Su!olk") or a brand
            hits.append(CueHit(tok.i, tok.i + 1, language.rule_entry("exclamation")))
    self_mention, address, formal = language.self_mention, language.reader_address, language.reader_address_formal
    for k in candidates:
        tok = tokens[k]
        if tok.quote >= 0:
            continue
        if tok.low in self_mention:
            if not _first_person_in_name(tokens, k, language.nouns_capitalised):
                hits.append(CueHit(tok.i, tok.i + 1, language.rule_entry("self_mention")))
        elif tok.low in address or (tok.text in formal and k > 0 and tokens[k - 1].text not in ".:!?„“\""):
            hits.append(CueHit(tok.i, tok.i + 1, language.rule_entry("reader_address")))
    if row["kind"] == "question" and (block_sentences > 1 or _arguing_question(tokens, language)) and tokens[-1].quote < 0:
        words = sum(1 for t in tokens if t.text[0].isalnum())
        last = next((t for t in reversed(tokens) if t.text == "?"), None)
        if words >= _MIN_RHETORICAL_WORDS and last is not None and last.quote < 0:
            hits.append(CueHit(tokens[0].i, last.i + 1, language.rule_entry("rhetorical_question")))
    return hits


def _arguing_question(tokens: Sequence[Token], language: Language) -> bool:
    """Whether a question standing alone argues: a modal particle of the language inside it, not after a comma or
    at its start, where it is a conjunction ("Wozu braucht die Stadt denn zwei Hallen?"), in a question not put to
    someone addressed formally ("Wie sehen Sie denn …?" asks an interviewee)."""
    particles, formal = language.question_particles, language.reader_address_formal
    if not particles or any(t.text in formal for t in tokens[1:]):
        return False
    return any(tok.low in particles and tokens[k - 1].text[:1].isalnum() for k, tok in enumerate(tokens) if k > 0)


def _first_person_in_name(tokens: Sequence[Token], k: int, nouns_capitalised: bool) -> bool:
    """Whether the first-person word at ``k`` is part of a name: capitalised inside a sentence where the language
    writes it in lower case, after another capitalised word inside the sentence, in a sentence that is not set in title case (where
    nouns are not capitalised): "Save Our Shores", "Protect Our Parks", "die Initiative Rettet Unsere Bäume";
    not the English "I"."""
    tok = tokens[k]
    if k == 0 or not tok.text[:1].isupper() or tok.text.lower() == tok.text or len(tok.text) == 1:
        return False
    if not tokens[k - 1].text[:1].isalnum():
        return False  # after a colon or an opening mark a sentence may begin
    previous = tokens[k - 1]
    if previous.end == tok.start:
        return False  # glued to the word before: a hashtag in camel case ("#SolidaridadQueNosUne") is the writer's words
    if not (previous.text[:1].isupper() and not previous.text.isupper() and k >= 2 and tokens[k - 2].text not in _SENTENCE_OPENERS):
        # the name runs on from a capitalised word before it that does not open the sentence (not "… y Nuestro Gobierno",
        # where a possessive is capitalised before an institution; not a word in capitals, a run-in heading: "… HAT We …")
        return False
    if nouns_capitalised:
        return True
    words = [t for t in tokens if t.text[:1].isalpha()]
    return sum(t.text[0].isupper() for t in words) < _TITLE_CASE_SHARE * len(words)


# after them a sentence may begin, or the capitalised word is a handle ("@PedroM Mi amigo, …" opens a reply)
_SENTENCE_OPENERS = frozenset((":", "“", "„", "«", "»", '"', "(", "—", "–", "-", "¿", "¡", "@", "#"))
_TITLE_CASE_SHARE = 0.6  # a sentence with more words in capitals than this is a headline in title case


def find_capitals(doc: Doc, tokens: Sequence[Token], row: dict) -> list[CueHit]:
    """Runs of words in capitals, one cue per run that holds a word of at least :data:`_MIN_CAPITALS`
    letters ("NUNCA MÁS", "a SHAMEFUL deal"): typographic emphasis, a booster. In reported speech and
    inside a longer quotation too ("„Das war ein GEWALTIGER Fehler“"), where the cue's voice is the
    source's; a quotation that holds nothing but capitals is a quoted word or a title and is left alone.

    Capitals are also a layout convention, and those are not flagged: a sentence whose words are at
    least half in capitals (a headline or promotion line run into the text); a run at the start of
    a sentence that no lower-case word follows (a run-in heading, a dateline or a speaker:
    "SPENDING TIPS Most families …", "WASHINGTON —", "SMITH:"); a run of more than
    :data:`_MAX_CAPITALS_RUN` words; a run beginning with a word with which a name of the source
    registry begins ("USA TODAY NETWORK", "POLITICO", "UNESCO"); a word the text also writes with
    only its first letter capital (a name: "MICHAEL" and "Michael"); a run in brackets alone (an
    editor's insertion: "(REDACTED)"); hashtags and handles.
    Abbreviations of six letters or more that the registry does not know are flagged (a known
    limit: there is no dictionary to tell "GLONASS" from "SHAMEFUL").
    """
    if not tokens or not _CAPITALS.search(row["text"]):
        return []
    words = [t for t in tokens if len(t.text) >= 2 and t.text.translate(_NO_JOINERS).isalpha()]
    if 2 * sum(1 for t in words if t.text.isupper()) >= len(words):
        return []
    from scoring.analysis.sources import registry

    names = registry()
    hits: list[CueHit] = []
    k, n = 0, len(tokens)
    first_word = next((j for j, t in enumerate(tokens) if t.text[:1].isalnum()), n)
    while k < n:
        if not _shouted(tokens[k], doc.text, 2):
            k += 1
            continue
        end = k + 1  # the run goes on over words in capitals, also across apostrophes and hyphens ("OZ’S")
        while end < n and (
            _shouted(tokens[end], doc.text, 1)
            or (tokens[end].text in _RUN_JOINERS and end + 1 < n and _shouted(tokens[end + 1], doc.text, 1))
        ):
            end += 1
        run = [t for t in tokens[k:end] if t.text not in _RUN_JOINERS]
        opens = k == first_word
        k = end
        if opens and (end == n or not tokens[end].text[:1].islower()):
            continue  # a run-in heading, dateline or speaker
        if len(run) > _MAX_CAPITALS_RUN or names.starts_name(run[0].low) or _quoted_alone(doc, run):
            continue
        if 0 < run[0].i and run[-1].i + 1 < len(doc.tokens) and doc.tokens[run[0].i - 1].text + doc.tokens[run[-1].i + 1].text in _BRACKETS:
            continue  # an editor's insertion: "(REDACTED)", "[INAUDIBLE]"

        if any(len(t.text) >= _MIN_CAPITALS and not names.starts_name(t.low) and t.text.capitalize() not in doc.text for t in run):
            hits.append(CueHit(run[0].i, run[-1].i + 1, get_language(doc.lang).rule_entry("capitals")))
    return hits


def _quoted_alone(doc: Doc, run: list[Token]) -> bool:
    """The run stands in a quotation that holds no word in lower case ("„NIE“", "“ONE NATION”": a
    quoted word or a title in capitals); inside a longer quotation ("„Das werden wir NIE zulassen“")
    the capitals are emphasis, in the quoted speaker's voice."""
    qid = run[0].quote
    if qid < 0 and all(t.quote < 0 for t in run):
        return False
    if qid < 0 or any(t.quote != qid for t in run):
        return True  # the run crosses a quotation mark
    first, last = doc.quotes[qid].tokens
    return not any(doc.tokens[j].text[:1].islower() for j in range(first, last))


def _shouted(tok: Token, text: str, shortest: int = _MIN_CAPITALS) -> bool:
    """A word of ``shortest`` letters or more, all in capitals (apostrophes and hyphens inside
    allowed: "OZ’S", "YOU-KNOW-WHAT"), not a hashtag or handle."""
    word = tok.text
    if not word.isalpha():
        word = word.translate(_NO_JOINERS)
        if not word.isalpha():
            return False
    # not glued to a letter before it either: the last word of a camel-case hashtag ("#MesEuropaVZLA")
    return len(word) >= shortest and word.isupper() and (tok.start == 0 or text[tok.start - 1] not in "#@" and not text[tok.start - 1].isalnum())


@dataclass(frozen=True)
class _Foreign:
    markers: dict[str, list[tuple[tuple[str, ...], str]]]
    function: dict[str, str]
    words: frozenset[str]  # a quick test: does a sentence hold any word of the lists?


def foreign_words(lang: str) -> frozenset[str]:
    """The words a fragment in another language can start with (for the article's lexicon scan)."""
    return _foreign(lang).words


@lru_cache(maxsize=None)
def _foreign(lang: str) -> _Foreign:
    markers: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    function: dict[str, str] = {}
    for row in load_lexicon(lang, "foreign_markers").records():
        parts = tuple(row["entry"].split())
        if row["kind"] == "marker":
            markers.setdefault(parts[0], []).append((parts, row["language"]))
        else:
            function[parts[0]] = row["language"]
    for candidates in markers.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return _Foreign(markers, function, frozenset({*markers, *function}))


def find_foreign(doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
    """Foreign-language fragments in one sentence (quotations excluded: a quote may be in its own language)."""
    lexicon = _foreign(doc.lang)
    if not tokens:
        return []
    first = tokens[0].i
    # Only a word of the lists can start a fragment, and a run of function words holds nothing
    # else: the tokens the article's lexicon scan found are all that need a visit.
    candidates = lexicon_scan(doc).local(first, first + len(tokens), FOREIGN_WORD)
    if not candidates:
        return []  # no word of the lists in this sentence
    hits: list[CueHit] = []
    function = lexicon.function
    k = 0  # the next token to look at: those before it are part of a fragment already found
    n = len(tokens)
    # The run of foreign function words from k on ends at run_end; a run in several languages
    # is tried again from each of its tokens, so where it ends and where its language last
    # changes are found once for the whole run (re-scanning it from every token was quadratic).
    run_end = last_change = -1
    for candidate in candidates:
        if candidate < k:
            continue
        k = candidate
        tok = tokens[k]
        if tok.quote >= 0:
            k += 1
            continue
        matched = False
        for parts, language in lexicon.markers.get(tok.low, ()):
            end = k + len(parts)
            if end <= n and all(tokens[k + j].low == p for j, p in enumerate(parts)):
                hits.append(CueHit(tok.i, tokens[end - 1].i + 1, _foreign_entry(doc.lang, language)))
                k = end
                matched = True
                break
        if matched:
            continue
        if k >= run_end:
            run_end, last_change = k, k
            while run_end < n and tokens[run_end].low in function and tokens[run_end].quote < 0:
                if run_end > k and function[tokens[run_end].low] != function[tokens[run_end - 1].low]:
                    last_change = run_end
                run_end += 1
        run = run_end  # k itself when tokens[k] is no function word
        in_title = 0 < k and run < n and tokens[k - 1].text[0].isupper() and tokens[run].text[0].isupper()
        if run - k >= 2 and not in_title and last_change <= k:
            hits.append(CueHit(tok.i, tokens[run - 1].i + 1, _foreign_entry(doc.lang, function[tok.low])))
            k = run
            continue
        k += 1
    return hits


@lru_cache(maxsize=None)
def _foreign_entry(lang: str, language: str) -> CueEntry:
    return get_language(lang).foreign_entry(language)
