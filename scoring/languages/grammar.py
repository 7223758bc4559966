"""The attribution grammar: how a language marks who said what, with a generic default.

A pack's :attr:`~scoring.languages.base.Language.grammar` finds, in one
sentence, the reporting verbs and phrases of its lexicons with their speaker
(source) and message (content), and gives a quotation without a reporting
verb its speaker where the language has a construction for it (German "„…“,
so X"). The engine (:mod:`scoring.analysis.attribution`) does the rest.

:class:`Grammar` is the default for a language without rules of its own. It
assumes subject–verb–object order and punctuation that separates clauses:
the speaker is the noun phrase before the reporting verb in its clause, or
after it ("…, said the minister"); the message is what follows a
complementiser, a colon or a comma after the verb, or what precedes "…, X
said". It needs no more than the pack's lexicons and is meant as a start:
German (:mod:`scoring.languages.de.grammar`) replaces it with rules for verb-
second order, separable verbs and verb-final clauses.

Shared tools: :class:`SentenceTokens` (one sentence with its clause
boundaries and token classes indexed once, so that every question is a
binary search and time stays linear in the sentence length), the
:class:`GrammarLexicons` and :func:`phrase_hits`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from scoring.model.records import MEDIA_KINDS, QUOTE_MIN_WORDS, Attribution
from scoring.model.records import match_phrase
from scoring.model.doc import Doc, Quote, Token, token_texts

if TYPE_CHECKING:
    from scoring.languages.base import Language

# Sentence ends are the ends of the token list; a period inside is an abbreviation or ordinal.
_CLAUSE_END = frozenset(";!?")
# An English pronoun contracted with its auxiliary, one token ("he's", "they’ve", "it'd"): pronoun and suffix
_CONTRACTION = re.compile(r"^(he|she|it|they|we|i|you|who|that|there)['’](s|ve|d|re|ll)$")


def previous_sentence(doc: Doc, sent_id: int) -> tuple[int, int] | None:
    """Character span of the body sentence before ``sent_id`` in the same or the previous paragraph: what a pronoun
    object of a report points back to ("Das teilte ein Sprecher mit", "Así lo confirmó el portavoz")."""
    if sent_id == 0:
        return None
    row, previous = doc.sentences[sent_id], doc.sentences[sent_id - 1]
    if previous["kind"] != "body" or previous["para_id"] < row["para_id"] - 1:
        return None
    return (previous["start"], previous["end"])


def split_contraction(low: str) -> tuple[str, str] | None:
    """The pronoun and the auxiliary's suffix of a contraction ("they've" → ("they", "ve")), or None."""
    m = _CONTRACTION.match(low)
    return (m.group(1), m.group(2)) if m else None


_QUOTE_MARKS = frozenset("„“”\"«»‚‘")
_OPEN_MARKS = frozenset("„“\"«»‚")
_MAX_GENERIC_NP_WORDS = 6


@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    particle: str
    type: str
    requires: str
    stance: str


@dataclass(frozen=True)
class GrammarLexicons:
    """The lexicons an attribution grammar reads, compiled for lookups per token."""

    verbs: dict[str, list[tuple[VerbEntry, str]]]
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]]  # first token -> (tokens, form, phrase)
    nouns: dict[str, tuple[str, str]]  # form -> (type, specificity)
    words: dict[str, frozenset[str]]  # function word -> classes
    stance: frozenset[str]  # stance predicates ("richtig", "anders")
    abbreviations: frozenset[str]  # lower-cased abbreviations without their period ("dr", "prof")

    def is_(self, tok: Token, cls: str) -> bool:
        """Whether ``tok`` is a function word of class ``cls`` (``function_words``)."""
        return cls in self.words.get(tok.low, ())


def build_lexicons(language: Language) -> GrammarLexicons:
    """The attribution lexicons of ``language``: reporting verbs in all their forms (the pack's
    :meth:`~scoring.languages.base.Language.verb_forms`), phrases, reporting nouns, function words."""
    verbs: dict[str, list[tuple[VerbEntry, str]]] = {}
    for row in language.lexicon("reporting_verbs").records():
        entry = VerbEntry(row["lemma"], row.get("particle", ""), row["type"], row["requires"], row["stance"])
        for form, role in language.verb_forms(row).items():
            verbs.setdefault(form, []).append((entry, role))
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for row in language.lexicon("reporting_phrases").records():
        parts = tuple(row["phrase"].lower().split())
        phrases.setdefault(parts[0], []).append((parts, row["form"], row["phrase"]))
    for candidates in phrases.values():
        candidates.sort(key=lambda item: -len(item[0]))
    nouns: dict[str, tuple[str, str]] = {}
    for row in language.lexicon("reporting_nouns").records():
        extra = tuple(f for f in row["forms"].split("|") if f)
        for form in language.forms_of(row["noun"], "noun", extra):
            nouns.setdefault(form, (row["type"], row["specificity"]))
    stance = frozenset(language.lexicon("stance_predicates").entries) | _evaluative_adjectives(language)
    abbreviations = frozenset(a.rstrip(".").lower() for a in language.lexicon("abbreviations").entries if " " not in a)
    return GrammarLexicons(verbs, phrases, nouns, language.word_classes, stance, abbreviations)


def _evaluative_adjectives(language: Language) -> frozenset[str]:
    """The one-word evaluative and pejorative adjectives of the pack's ``evaluative`` and ``loaded`` lexicons, as
    written uninflected after "find", "consider", "finden" ("Critics consider the law unconstitutional", "findet den
    Plan unverantwortlich"): a stance, as the words of ``stance_predicates`` are. Intensifiers say how much, not what
    ("fand es extrem"); attributive forms are left out ("fanden eine ungewöhnliche Lösung")."""
    return frozenset(
        row["entry"].lower()
        for name in ("evaluative", "loaded") if language.has_lexicon(name)
        for row in language.lexicon(name).records()
        if row["pos"] == "adj" and row["subtype"] in ("evaluative", "pejorative") and " " not in row["entry"]
    )  # fmt: skip


# Clause boundaries inside a sentence: punctuation, and dashes or brackets around a parenthesis.
_BOUNDARIES = frozenset(",;:()–—-") | _CLAUSE_END


def _is_boundary(toks: Sequence[Token], j: int) -> bool:
    """A clause boundary; a hyphen glued to the word before ("Repressions- und …") is not a dash, and
    the parentheses around a few words inside a noun phrase are none ("Anna Berg (SPD) sagte",
    "Sen. Ted Cruz (R-Texas) said", "Juan Pérez (34) dijo")."""
    tok = toks[j]
    if tok.text not in _BOUNDARIES:
        return False
    if tok.text == "(":
        return not _short_parenthesis(toks, j, j + 1, min(len(toks), j + _SHORT_PARENTHESIS + 2), ")")
    if tok.text == ")":
        return not _short_parenthesis(toks, j, max(0, j - _SHORT_PARENTHESIS - 1), j, "(")
    return not (tok.text == "-" and j > 0 and toks[j - 1].end == tok.start)


_SHORT_PARENTHESIS = 3  # words at most


def _short_parenthesis(toks: Sequence[Token], j: int, a: int, b: int, other: str) -> bool:
    """Whether the parenthesis at ``j`` and its partner ``other`` in ``toks[a:b]`` enclose one to
    :data:`_SHORT_PARENTHESIS` words and nothing else that ends or divides a clause."""
    step = 1 if other == ")" else -1
    k, words = j + step, 0
    while a <= k < b:
        text = toks[k].text
        if text == other:
            return 0 < words <= _SHORT_PARENTHESIS
        if text in _BOUNDARIES and text != "-" or text in ("(", ")"):
            return False
        words += text[0].isalnum()
        k += step
    return False


class SentenceTokens(list):
    """The tokens of one sentence, with indexes over them built once per sentence.

    The rules below ask the same questions about a sentence again and again: where does
    the clause around token ``k`` start and end, is there an auxiliary in it, does the
    particle "ab" follow the verb before the next comma. Answered by walking from ``k`` to
    the nearest comma, each question costs the length of the clause; asked for every verb
    of a sentence without punctuation, that is quadratic (issue 11: 74k characters took
    22.6 s, a 1 MB line did not finish in 13 minutes). Here the positions of clause
    boundaries and of tokens of a kind are listed once, when first needed, and each
    question is a binary search; what depends only on a clause is computed once per
    clause. The answers are those of the walks.

    Token ``k`` of the sentence is ``doc.tokens[self[0].i + k]``: a sentence's tokens are
    contiguous in the document.
    """

    __slots__ = ("_indexes", "_boundaries")

    def __init__(self, tokens: Sequence[Token]) -> None:
        super().__init__(tokens)
        self._indexes: dict = {}
        self._boundaries: list[int] | None = None  # the index asked for most: kept apart

    def cached(self, key: Hashable, compute: Callable[[], object]) -> object:
        """A per-sentence (or per-clause, with the clause start in ``key``) result, computed once."""
        if key not in self._indexes:
            self._indexes[key] = compute()
        return self._indexes[key]

    def positions(self, name: Hashable, build: Callable[[], list[int]]) -> list[int]:
        """The sorted token indices ``build`` lists, built once per ``name``."""
        found = self._indexes.get(name)
        if found is None:
            found = self._indexes[name] = build()
        return found

    def next_in(self, found: list[int], j: int) -> int:
        """The first index ``>= j`` in ``found`` (sorted), or ``len(self)``."""
        m = bisect_left(found, j)
        return found[m] if m < len(found) else len(self)

    def boundaries(self) -> list[int]:
        """Indices of the clause boundaries (see :func:`_is_boundary`)."""
        if self._boundaries is None:
            self._boundaries = [k for k, t in enumerate(self) if t.text in _BOUNDARIES and _is_boundary(self, k)]
        return self._boundaries

    def words(self) -> list[int]:
        """Indices of the word tokens (not punctuation)."""
        return self.positions("word", lambda: [k for k, t in enumerate(self) if t.text[0].isalnum()])

    def next_word(self, j: int) -> int:
        return self.next_in(self.words(), j)

    def count_words(self, a: int, b: int) -> int:
        """How many word tokens stand in ``self[a:b]``."""
        words = self.words()
        return bisect_left(words, b) - bisect_left(words, a) if a < b else 0

    def next_low(self, low: str, j: int) -> int:
        """The first index ``>= j`` of the word ``low`` (lower case), or ``len(self)``."""
        if low not in self.cached("lows", lambda: {t.low for t in self}):  # type: ignore[operator]
            return len(self)  # most words asked for are not in the sentence at all
        return self.next_in(self.positions(("low", low), lambda: [k for k, t in enumerate(self) if t.low == low]), j)

    def next_in_class(self, cls: str, lex: GrammarLexicons, j: int) -> int:
        """The first index ``>= j`` of a function word of class ``cls`` ("auxiliary"), or ``len(self)``."""
        classes = lex.words
        found = self.positions(("class", cls), lambda: [k for k, t in enumerate(self) if cls in classes.get(t.low, ())])
        return self.next_in(found, j)

    def skip_run(self, name: str, j: int, inside: Callable[[Token], bool]) -> int:
        """The first index ``>= j`` of a token not ``inside`` the run of ``name`` that starts at
        ``j`` (connectors, pronouns after a verb): walked once per start."""
        if j >= len(self) or not inside(self[j]):
            return j  # no run: the common case
        key = (name, j)
        end = self._indexes.get(key)
        if end is None:
            end = j
            while end < len(self) and inside(self[end]):
                end += 1
            self._indexes[key] = end
        return end


def clause_start(toks: SentenceTokens, k: int) -> int:
    """Index of the first token of the clause containing ``k`` (the token after the last boundary before ``k``)."""
    boundaries = toks.boundaries()
    m = bisect_left(boundaries, k)
    return boundaries[m - 1] + 1 if m else 0


def reported_before(toks: Sequence[Token], j: int, lex: GrammarLexicons) -> bool:
    """Whether a reporting verb stands before ``toks[j]`` in the sentence: a view or phrase after it ("criticized
    the plan, which in their view …") is part of that report."""
    return any(toks[m].low in lex.verbs for m in range(j))


def clause_end(toks: SentenceTokens, k: int) -> int:
    """Index of the first boundary after ``k``, or the sentence length."""
    boundaries = toks.boundaries()
    m = bisect_right(boundaries, k)
    return boundaries[m] if m < len(boundaries) else len(toks)


def phrase_hits(toks: Sequence[Token], lex: GrammarLexicons) -> list[tuple[int, int, str, str]]:
    """Reporting phrases in a sentence: (first, last, form, phrase) with indices into ``toks``."""
    hits: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    phrases = lex.phrases
    for k, tok in enumerate(toks):
        candidates = phrases.get(tok.low)
        if candidates is None:
            continue
        second = toks[k + 1].low if k + 1 < len(toks) else None
        for parts, form, phrase in candidates:
            if len(parts) > 1 and parts[1] != second and parts[1] not in ("*", "**"):
                continue
            end = match_phrase(toks, k, parts)
            if end is not None and not taken.intersection(range(k, end)):
                hits.append((k, end, form, phrase))
                taken.update(range(k, end))
                break
    return hits


@lru_cache(maxsize=1)
def _registry_phrases() -> dict[str, list[tuple[str, ...]]]:
    """The names and aliases of the source registry that hold a lower-case word ("Ärzte ohne Grenzen",
    "Bündnis 90/Die Grünen"), as lower-cased token tuples by their first token; longest first."""
    from scoring.languages.lexicon import load_lexicon

    phrases: dict[str, set[tuple[str, ...]]] = {}
    for row in load_lexicon("mul", "sources").records():
        for alias in (row["name"], *row["aliases"].split("|")):
            words = token_texts(alias.strip())
            if len(words) > 1 and any(w[:1].islower() or not w[:1].isalnum() for w in words[1:]):
                phrases.setdefault(words[0].lower(), set()).add(tuple(w.lower() for w in words))
    return {first: sorted(found, key=len, reverse=True) for first, found in phrases.items()}


def registry_name_end(toks: Sequence[Token], j: int, limit: int) -> int | None:
    """End (exclusive) of a name of the source registry that starts at ``toks[j]`` and holds a lower-case
    word or a mark, which the noun-phrase rules of a pack would cut short ("Ärzte ohne Grenzen": a noun
    and a prepositional phrase to them), or None."""
    candidates = _registry_phrases().get(toks[j].low)
    if candidates is None or not toks[j].text[:1].isupper():
        return None
    for words in candidates:
        end = j + len(words)
        if end <= limit and all(toks[j + n].low == word for n, word in enumerate(words)):
            return end
    return None


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)?")


_WEB_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}")


# Lower-case particles inside personal names of many languages ("Heike van Laak", "Pieter de Vries", "Omar bin Khalid");
# a language pack adds its own (English "von", "der"; German "von" opens a member phrase instead)
NAME_PARTICLES = frozenset(("van", "de", "da", "di", "del", "della", "du", "ter", "ten", "bin", "ibn", "al", "el", "dos"))


def web_address(text: str) -> bool:
    """Whether ``text`` (lower-cased) is a web address, which names a medium ("tagesschau.de", "politico.com")."""
    return _WEB_ADDRESS.fullmatch(text) is not None


def code_name(text: str) -> bool:
    """Whether ``text`` (one token) is a code of letters and digits, which names a model, a rating or a road ("b9",
    "F-35", "A4"), not words anyone said."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def dotted_acronym(text: str) -> bool:
    """Whether ``text`` is an abbreviation written with periods, as the tokenizer leaves it without its last one
    ("F.B.I", "U.N"; the period after it belongs to it): "F.B.I." is "FBI" in the style of some papers."""
    return _DOTTED_ACRONYM.fullmatch(text) is not None


def year_number(text: str) -> bool:
    """Whether ``text`` is a year written in digits (1800–2099: "in 2015", "seit 2019"), not an amount."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2099


def name_word(text: str) -> bool:
    """Whether ``text`` is shaped like a word of a personal name: letters with at most an apostrophe and a hyphen,
    a capital first and not all capitals ("Thomas", "Hans-Peter", "O’Neill", "McKinnon"; not "CNN", "in", "4:0")."""
    return text[:1].isupper() and not text[1:].isupper() and _NAME_WORD.fullmatch(text) is not None


def content_span(toks: Sequence[Token], complement: tuple[int, int] | None, fallback: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of the complement ``toks[a:b]``, or ``fallback`` (the sentence) without one."""
    if complement is None or complement[0] >= complement[1]:
        return fallback
    a, b = complement
    return (toks[a].start, toks[b - 1].end)


class Grammar:
    """The generic attribution grammar (see the module doc); packs subclass it."""

    def __init__(self, language: Language) -> None:
        self.language = language

    @cached_property
    def lex(self) -> GrammarLexicons:
        """The compiled attribution lexicons of the language."""
        return build_lexicons(self.language)

    def sentence(self, tokens: Sequence[Token]) -> SentenceTokens:
        """One sentence's tokens, indexed for the questions the grammar asks."""
        return SentenceTokens(tokens)

    @cached_property
    def media(self) -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
        """Media names of the registry (first lower-cased token -> token tuples) and the pack's media head
        nouns (source heads of the media kinds, all their forms, lower-cased)."""
        from scoring.languages.lexicon import load_lexicon

        names: dict[str, list[tuple[str, ...]]] = {}
        for row in load_lexicon("mul", "sources").records():
            if row["kind"] not in MEDIA_KINDS:
                continue
            for alias in {row["name"], *row["aliases"].split("|")}:
                parts = tuple(p.lower() for p in token_texts(alias.strip()))
                if parts and parts[0][0].isalnum():
                    names.setdefault(parts[0], []).append(parts)
        heads: set[str] = set()
        for row in self.language.lexicon("source_heads").records():
            if row["kind"] in MEDIA_KINDS:
                heads.update(f.lower() for f in (row["head"], *row["forms"].split("|")) if f)
        return names, frozenset(heads)

    def names_medium(self, toks: Sequence[Token], a: int, b: int) -> bool:
        """Whether ``toks[a:b]`` names a medium: an outlet or agency of the registry with its words capitalised
        (also in the possessive: "Fox News's"), or a media head noun after a determiner ("la agencia EFE",
        "the paper")."""
        names, heads = self.media
        determined = a < b and self.lex.is_(toks[a], "determiner")
        for j in range(a, b):
            low = toks[j].low
            base = low[:-2] if low.endswith(("'s", "’s")) else low
            for parts in names.get(base, ()):
                if j + len(parts) <= b and all((toks[j + m].low if m else base) == p for m, p in enumerate(parts)) \
                        and all(toks[j + m].text[0].isupper() or not toks[j + m].text.isalpha() for m in range(len(parts))):  # fmt: skip
                    return True
            if determined and (base in heads or any(
                " ".join([*(t.low for t in toks[j - n + 1 : j]), base]) in heads for n in (2, 3) if j - n + 1 >= a
            )):  # (a head of several words ends here: "the news agency", "the state news agency")
                return True
        return False

    def share_of_group(self, words: Sequence[Token]) -> bool:
        """Whether a source phrase is a share of a group ("60 percent of voters", "zwei Drittel der
        Befragten"): the figures of a poll, not a source. Default: never."""
        return False

    def find_in_sentence(self, doc: Doc, sent_id: int, toks: SentenceTokens, reported: set[int], found: list[Attribution]) -> None:
        """Append the sentence's attributions by reporting phrases and verbs to ``found``.

        ``reported`` holds the token indices (into ``doc.tokens``) of verb forms that mark
        reported speech (:meth:`~scoring.languages.base.Language.reported_speech`).
        """
        lex = self.lex
        row = doc.sentences[sent_id]
        sentence_span = (row["start"], row["end"])
        covered: set[int] = set()
        for first, last, form, _phrase in phrase_hits(toks, lex):
            if _in_long_quote(doc, toks[first]):
                continue
            covered.update(range(first, last))
            cue = (toks[first].i, toks[last - 1].i + 1)
            if form == "according_to":
                end = self.noun_phrase_after(toks, last)
                if end is None:
                    continue
                found.append(Attribution(sent_id, cue, "according_to", source=(toks[last].i, toks[end - 1].i + 1),
                                         cue_type="according_to", content=sentence_span))  # fmt: skip
            elif form == "agentless":
                found.append(Attribution(sent_id, cue, "agentless", cue_type="agentless", content=sentence_span))
            else:
                self._verb(doc, sent_id, toks, last - 1, cue, "speech", "neutral", "", found, requires="")
        for k, tok in enumerate(toks):
            if k in covered or tok.low not in lex.verbs or _in_long_quote(doc, tok):
                continue
            entry, _role = lex.verbs[tok.low][0]
            self._verb(doc, sent_id, toks, k, (tok.i, tok.i + 1), entry.type, entry.stance, entry.lemma, found, entry.requires)

    def _verb(
        self, doc: Doc, sent_id: int, toks: SentenceTokens, k: int, cue: tuple[int, int], cue_type: str,
        stance: str, lemma: str, found: list[Attribution], requires: str,
    ) -> None:  # fmt: skip
        row = doc.sentences[sent_id]
        complement = self.complement(toks, k)
        if requires == "clause" and complement is None:
            return
        subject = self.subject(toks, k)
        if subject is None:
            return
        attribution = Attribution(
            sent_id, cue, "indirect", source=(toks[subject[0]].i, toks[subject[1] - 1].i + 1), cue_type=cue_type,
            stance=stance, content=content_span(toks, complement, (row["start"], row["end"])),
        )  # fmt: skip
        attribution.lemma = lemma
        found.append(attribution)

    def subject(self, toks: SentenceTokens, k: int) -> tuple[int, int] | None:
        """The speaker of the reporting verb at ``k``: the noun phrase before it in its clause
        ("The minister said"), else the one after it ("…, said the minister")."""
        start = clause_start(toks, k)
        while start < k and (self.lex.is_(toks[start], "connector") or self.lex.is_(toks[start], "conjunction")
                             or self.lex.is_(toks[start], "subordinator")):  # fmt: skip
            start += 1
        if start < k and self._noun_phrase_like(toks, start, k):
            return (start, k)
        end = self.noun_phrase_after(toks, k + 1)
        return (k + 1, end) if end is not None else None

    def noun_phrase_after(self, toks: SentenceTokens, s: int) -> int | None:
        """End of the noun phrase starting at ``s``: determiners, one word, and the capitalised words
        that follow it (a name: "Ano Berger"); None when ``s`` opens no noun phrase."""
        n = len(toks)
        j = s
        while j < n and self.lex.is_(toks[j], "determiner"):
            j += 1
        if j >= n or not toks[j].text[0].isalnum() or self.lex.words.get(toks[j].low) and not self.lex.is_(toks[j], "personal_pronoun"):
            return None
        j += 1
        while j < n and j - s < _MAX_GENERIC_NP_WORDS and toks[j].text[0].isupper() and not self.lex.words.get(toks[j].low):
            j += 1
        return j if self._noun_phrase_like(toks, s, j) else None

    def _noun_phrase_like(self, toks: SentenceTokens, a: int, b: int) -> bool:
        words = [t for t in toks[a:b] if t.text[0].isalnum()]
        if not words or len(words) > _MAX_GENERIC_NP_WORDS:
            return False
        return any(t.text[0].isupper() or self.lex.is_(t, "personal_pronoun") or self.lex.is_(t, "determiner") for t in words)

    def complement(self, toks: SentenceTokens, k: int) -> tuple[int, int] | None:
        """The message of the reporting verb at ``k`` as a token range: after a complementiser, a colon
        or a comma following the verb, or the clause before "…, X said"."""
        n = len(toks)
        for j in range(k + 1, min(n, k + 4)):
            tok = toks[j]
            if tok.text in ":," or self.lex.is_(tok, "complementizer") or self.lex.is_(tok, "subordinator"):
                return (j + 1, n) if j + 1 < n else None
        start = clause_start(toks, k)
        if start > 1 and toks[start - 1].text == ",":
            return (0, start - 1)
        return (k + 1, n) if k + 1 < n and toks[k + 1].text[0].isalnum() else None

    def antecedents(self, doc: Doc, sent_id: int) -> list[tuple[int, int]]:
        """Noun phrases of a sentence that a later pronoun ("He added …") may refer to, as token spans into
        ``doc.tokens``, most likely first. Default: the noun phrase before the sentence's first verb."""
        toks = self.sentence(doc.sentence_tokens(sent_id))
        k = next((j for j, t in enumerate(toks) if t.low in self.lex.verbs or self.lex.is_(t, "auxiliary")), None)
        if k is None or k == 0:
            return []
        subject = self.subject(toks, k)
        return [(toks[subject[0]].i, toks[subject[1] - 1].i + 1)] if subject and subject[1] <= k else []

    def reported_speaker(self, doc: Doc, sent_id: int) -> tuple[int, int] | None:
        """The speaker a sentence in reported speech without a cue of its own goes on with when the sentence
        before it (``sent_id``) names who takes a position without a reporting verb ("Das Institut sieht keine
        Gefahr. Nur Züchter seien gefährdet."): a token span into ``doc.tokens``, or None. Default: None."""
        return None

    def quote_speaker(self, doc: Doc, toks: SentenceTokens, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The (cue, source) token spans of a quotation's speaker without a reporting verb ("X: „…“"), or None."""
        base, n = toks[0].i, len(toks)
        open_k = quote.tokens[0] - 1 - base
        if 2 <= open_k < n and toks[open_k - 1].text == ":":
            start = clause_start(toks, open_k - 1)
            if start < open_k - 1 and self._noun_phrase_like(toks, start, open_k - 1):
                return (toks[open_k - 1].i, toks[open_k - 1].i + 1), (toks[start].i, toks[open_k - 2].i + 1)
        return None


def _in_long_quote(doc: Doc, tok: Token) -> bool:
    """Inside a quotation of several words: the quoted speaker's words, not the article's attribution."""
    return tok.quote >= 0 and doc.quotes[tok.quote].n_words >= QUOTE_MIN_WORDS
