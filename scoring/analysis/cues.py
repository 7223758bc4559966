"""Cue lexicons compiled for fast matching over tokens, and the one pass over every lexicon per article.

A cue lexicon (``hedges``, ``boosters``, ``loaded``) lists lemmas and
phrases; :class:`CueMatcher` expands lemmas into their inflected forms once
(the language pack's :meth:`~scoring.languages.base.Language.forms_of`) so that
matching a token is a dictionary lookup.
Phrases are token sequences where ``*`` stands for any one token and ``**``
for up to six ("deuten ** darauf hin").
Hyphenated compounds match their last part when the entry allows it
("Castro-Regimes" → Regime); closed compounds never match unless listed.

:class:`LexiconIndex` puts the forms of *every* lexicon an engine looks words up
in — the cue lexicons and the reporting verbs, nouns and phrases of the
attribution grammar (:class:`~scoring.languages.grammar.GrammarLexicons`, built
by the pack) — and the quotation marks into one dictionary from a lower-cased
word to the kinds of hit it can be. :func:`lexicon_scan` looks every token of an
article up in it once (a ``map`` over the token list, no Python call per
token) and keeps the few tokens that are something; the cue matcher then
visits only those, and the attribution engine asks the scan whether a sentence
holds anything a grammar could start from (see
:func:`scoring.analysis.attribution.find_attributions`). A sentence without any
hit was visited token by token, per lexicon, before; now it is not visited at all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import compress, repeat
from operator import contains, or_
from typing import TYPE_CHECKING

from scoring.model.doc import QUOTE_CHARS, Doc, Token
from scoring.model.records import CueEntry, CueHit, match_phrase
from scoring.errors import LexiconError
from scoring.languages.lexicon import Lexicon, load_lexicon, load_lexicon_file
from scoring.languages import Language, get_language

if TYPE_CHECKING:
    from scoring.languages.grammar import Grammar, GrammarLexicons

CUE_LEXICONS = (("hedges", "hedge"), ("boosters", "booster"), ("loaded", "loaded"), ("evaluative", "loaded"))
"""The cue lexicons and their categories, matched in one pass; hedges and boosters first, so they win a tie."""


def _forms(row: dict[str, str], language: Language) -> set[str]:
    extra = tuple(f.strip().lower() for f in (row.get("forms") or "").split("|") if f.strip())
    return language.forms_of(row["entry"], row.get("pos") or "", extra)


class CueMatcher:
    """Find the entries of one or more cue lexicons in a token sequence."""

    def __init__(self, lang: str, lexicon_names: Sequence[tuple[str, str]], extra_files: Sequence[str] = ()) -> None:
        self.language = language = get_language(lang)
        self.single: dict[str, list[CueEntry]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], CueEntry]]] = {}
        self.hyphen_heads: dict[str, list[CueEntry]] = {}
        lexicons = [(load_lexicon(lang, name), category) for name, category in lexicon_names]
        lexicons += [(lex, dict(lexicon_names)[lex.name]) for lex in extra_cue_lexicons(extra_files, dict(lexicon_names)) if lex.lang == lang]
        for lexicon, category in lexicons:
            for row in lexicon.records():
                entry = CueEntry(
                    entry=row["entry"],
                    category=category,
                    subtype=row.get("subtype") or "user",
                    pos=row.get("pos") or "",
                    weight=float(row.get("weight") or 1.0),
                    suggestion=row.get("suggestion") or None,
                    rule=f"{lexicon.name}:{row['entry']}",
                    compounds=row.get("compounds") or "none",
                    exceptions=frozenset(e.strip().lower() for e in (row.get("except") or "").split("|") if e.strip()),
                )
                for form in _forms(row, language):
                    parts = tuple(form.split())
                    if len(parts) == 1:
                        self.single.setdefault(parts[0], []).append(entry)
                        if entry.compounds == "hyphen":
                            self.hyphen_heads.setdefault(parts[0], []).append(entry)
                    else:
                        self.phrases.setdefault(parts[0], []).append((parts, entry))
        for candidates in self.phrases.values():
            candidates.sort(key=lambda item: -len(item[0]))  # longest phrase first

    def find(self, tokens: Sequence[Token], candidates: Iterable[int] | None = None) -> Iterator[CueHit]:
        """Yield the hits in ``tokens`` (a sentence) from left to right; a phrase wins over the words it covers.

        ``candidates`` are the indices into ``tokens``, ascending, of the only tokens that can
        start a hit (from :func:`lexicon_scan`); None visits every token. The hits are the same.
        """
        n = len(tokens)
        resume = 0  # the tokens before this one belong to a phrase already found
        for k in range(n) if candidates is None else candidates:
            if k < resume:
                continue
            tok = tokens[k]
            low = tok.low
            phrases = self.phrases.get(low)
            if phrases is not None:
                hit = None
                second = tokens[k + 1].low if k + 1 < n else None
                for parts, entry in phrases:
                    if parts[1] != second and parts[1] not in ("*", "**"):
                        continue  # cheap test before the full match
                    end = match_phrase(tokens, k, parts)
                    if end is not None and not (entry.exceptions and _in_exception_phrase(entry.exceptions, tokens, k)):
                        hit = CueHit(tok.i, tokens[end - 1].i + 1, entry)
                        break
                if hit is not None:
                    yield hit
                    resume = end
                    continue
            if tok.text[0].isalpha():
                entries = self.single.get(low)
                if entries is None and "-" in low:
                    entries = self.hyphen_heads.get(low.rsplit("-", 1)[1])
                if entries:
                    entry = self._accept(entries, tokens, k)
                    if entry is not None:
                        yield CueHit(tok.i, tok.i + 1, entry)

    def _accept(self, entries: list[CueEntry], tokens: Sequence[Token], k: int) -> CueEntry | None:
        """The first of ``entries`` whose form at ``tokens[k]`` is a cue here, or None."""
        tok = tokens[k]
        low = tok.low
        initial = None
        for entry in entries:
            if low in entry.exceptions or entry.exceptions and _in_exception_phrase(entry.exceptions, tokens, k):
                continue
            if entry.pos == "noun":
                if self.language.nouns_capitalised and entry.entry[0].isupper() and not tok.text[0].isupper():
                    continue  # German nouns are capitalised: "betrug" is a verb form, not "Betrug"
                return entry
            if initial is None:
                initial = _sentence_initial(tokens, k)
            if tok.text[0].isupper() and not initial:
                continue  # a capitalised word mid-sentence is a noun: "das Wohl", not "wohl"
            if entry.pos == "particle" and (initial or tokens[k - 1].text in ",;" or tokens[k - 1].low in self.language.particle_conjunctions):
                continue  # "Doch, …", "…, doch die Regierung …": conjunctions, not particles
            return entry
        return None


def _sentence_initial(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` starts the sentence (after opening quotes, brackets or a colon); the period
    of an initial is no sentence end ("Peter F. Klug": a name)."""
    j = k - 1
    while j >= 0 and tokens[j].text in "„“”\"«»‚'(–—-":
        j -= 1
    if j > 0 and tokens[j].text == "." and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper():
        return False
    return j < 0 or tokens[j].text in ":.!?"


@lru_cache(maxsize=None)
def matcher(lang: str, names: tuple[tuple[str, str], ...], extra_files: tuple[str, ...] = ()) -> CueMatcher:
    """A cached matcher for ``lang`` over ``(lexicon, category)`` pairs, plus user lexicon files."""
    return CueMatcher(lang, names, extra_files)


def extra_cue_lexicons(paths: Sequence[str], known: dict[str, str]) -> list[Lexicon]:
    """User lexicon files that add entries to bundled cue lexicons (``# name: loaded`` etc.).

    Same format as the bundled TSV files; only ``entry`` is required, other
    columns default (weight 1, no suggestion). Raises :class:`LexiconError` for
    a file that is malformed or extends a list that is not a cue lexicon.
    """
    lexicons = []
    for path in paths:
        lexicon = load_lexicon_file(path)
        if lexicon.name not in known:
            raise LexiconError(f"{path}: '# name: {lexicon.name}' is not a cue lexicon; use one of {', '.join(sorted(known))}")
        if "entry" not in lexicon.columns:
            raise LexiconError(f"{path}: no 'entry' column")
        lexicons.append(lexicon)
    return lexicons


# --- one pass over every lexicon ----------------------------------------------------------------------

# The kinds of hit a token can be, as bit flags (one word can be several: a cue word and a reporting verb).
CUE_WORD = 1
"""A single-word form of a cue lexicon."""
CUE_PHRASE = 2
"""The first word of a cue phrase."""
CUE_COMPOUND = 4
"""A hyphenated compound whose last part is a cue word that allows it ("Castro-Regimes")."""
REPORTING_VERB = 8
"""A form of a reporting verb."""
REPORTING_NOUN = 16
"""A form of a reporting noun ("Angaben", "Bericht")."""
REPORTING_PHRASE = 32
"""The first word of a reporting phrase ("laut", "nach Angaben", "es heißt")."""
QUOTE_MARK = 64
"""A quotation mark."""
GRAMMAR_TRIGGER = 128
"""A word besides its lexicons' forms from which the attribution grammar may report ("demnach")."""
FOREIGN_WORD = 256
"""A word of ``foreign_markers`` (the first of a marker phrase, or a foreign function word)."""
STANCE_MARK = 512
"""Self-mention or reader address (lower-cased), or an exclamation mark: the stance marks of
:func:`scoring.analysis.loaded.find_stance_marks`."""
CUE_KINDS = CUE_WORD | CUE_PHRASE | CUE_COMPOUND


class LexiconIndex:
    """Every lower-cased form of every lexicon an engine looks up, with the kinds of hit it is.

    Built once per language (and set of user lexicon files) from the cue matcher and the
    attribution grammar's lexicons, so the forms are exactly those the pack produces.
    """

    def __init__(
        self, cues: CueMatcher, grammar: GrammarLexicons, grammar_triggers: frozenset[str] | None = None,
        foreign_words: Iterable[str] = (), stance_words: Iterable[str] = (),
    ) -> None:  # fmt: skip
        self.cues = cues
        self.grammar = grammar
        self.grammar_triggers = grammar_triggers
        """The grammar's own trigger words (see :func:`grammar_triggers`); None: it declares none."""
        kinds: dict[str, int] = {}
        for forms, kind in (
            (cues.single, CUE_WORD), (cues.phrases, CUE_PHRASE), (grammar.verbs, REPORTING_VERB),
            (grammar.nouns, REPORTING_NOUN), (grammar.phrases, REPORTING_PHRASE), (QUOTE_CHARS, QUOTE_MARK),
            (grammar_triggers or (), GRAMMAR_TRIGGER), (foreign_words, FOREIGN_WORD), (stance_words, STANCE_MARK),
        ):  # fmt: skip
            for form in forms:
                kinds[form] = kinds.get(form, 0) | kind
        self.kinds = kinds

    def reporting_phrase_at(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether a reporting phrase of the grammar's lexicons matches ``tokens`` from ``k`` on."""
        return any(match_phrase(tokens, k, parts) is not None for parts, _form, _phrase in self.grammar.phrases.get(tokens[k].low, ()))


def grammar_triggers(grammar: Grammar) -> frozenset[str] | None:
    """The words, besides the forms of its reporting verbs and phrases, from which ``grammar`` may
    report an attribution in a sentence; None when that is not known.

    The generic :class:`~scoring.languages.grammar.Grammar` reports from its reporting verbs and
    phrases only (an empty set). A pack's grammar that reports from other words too (German
    "demnach" points back to an earlier source) lists them, lower-cased, in an attribute
    ``attribution_triggers``; a grammar that overrides ``find_in_sentence`` without it is asked
    about every sentence.
    """
    from scoring.languages.grammar import Grammar

    declared = getattr(grammar, "attribution_triggers", None)
    if declared is not None:
        return frozenset(declared)
    if type(grammar).find_in_sentence is Grammar.find_in_sentence:
        return frozenset()
    return None


@lru_cache(maxsize=None)
def lexicon_index(language: Language, extra_files: tuple[str, ...] = ()) -> LexiconIndex:
    """The cached :class:`LexiconIndex` of ``language`` with the user's cue-lexicon files."""
    from scoring.analysis.loaded import foreign_words  # loaded reads the scan this module makes

    grammar = language.grammar
    stance = {*language.self_mention, *language.reader_address, *(w.lower() for w in language.reader_address_formal), "!"}
    return LexiconIndex(
        matcher(language.code, CUE_LEXICONS, extra_files), grammar.lex, grammar_triggers(grammar),
        foreign_words(language.code), stance,
    )  # fmt: skip


@dataclass
class LexiconScan:
    """The tokens of one article that are a form of some lexicon (or a quotation mark).

    ``positions`` are indices into ``doc.tokens``, ascending; ``kinds`` holds the kinds
    (bit flags above) of each, in the same order.
    """

    index: LexiconIndex
    positions: list[int]
    kinds: list[int]

    def between(self, first: int, last: int) -> tuple[int, int]:
        """The slice ``[a, b)`` of ``positions`` that lies in the tokens ``[first, last)``."""
        positions = self.positions
        return bisect_left(positions, first), bisect_left(positions, last)

    def kinds_between(self, first: int, last: int) -> int:
        """The union of the kinds of the tokens ``[first, last)`` (0: none is a form of any lexicon)."""
        a, b = self.between(first, last)
        return reduce(or_, self.kinds[a:b], 0)

    def local(self, first: int, last: int, wanted: int) -> list[int]:
        """Indices relative to ``first`` of the tokens in ``[first, last)`` with a kind in ``wanted``."""
        a, b = self.between(first, last)
        return [p - first for p, kind in zip(self.positions[a:b], self.kinds[a:b]) if kind & wanted]


def lexicon_scan(doc: Doc) -> LexiconScan:
    """Look every token of ``doc`` up once in its language's :class:`LexiconIndex` (cached on the doc).

    The lookups are one ``map`` of ``dict.get`` over the lower-cased tokens; only
    hyphenated tokens get a second look (for a compound's last part).
    """
    scan = doc.cache.get("lexicon_scan")
    if scan is not None:
        return scan
    index = lexicon_index(get_language(doc.lang), doc.extra_lexicons)
    lows = doc.lows
    found = list(map(index.kinds.get, lows))
    heads = index.cues.hyphen_heads
    for k in compress(range(len(lows)), map(contains, lows, repeat("-"))):
        kind = found[k] or 0
        if not kind & CUE_WORD and lows[k].rsplit("-", 1)[1] in heads:
            found[k] = kind | CUE_COMPOUND
    scan = doc.cache["lexicon_scan"] = LexiconScan(index, list(compress(range(len(found)), found)), list(compress(found, found)))
    return scan


def _in_exception_phrase(exceptions: frozenset[str], tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` stands in one of the multiword ``exceptions`` of its entry: a set phrase in which
    the word has its literal sense ("sick days", "sick leave": no judgement of anyone; "how best to", "at
    best": an adverb of manner). The word may stand anywhere in the phrase."""
    low = tokens[k].low
    for phrase in exceptions:
        words = phrase.split()
        if len(words) < 2:
            continue
        for i, word in enumerate(words):
            start = k - i
            if word == low and start >= 0 and start + len(words) <= len(tokens) and all(
                tokens[start + n].low == w for n, w in enumerate(words)
            ):
                return True
    return False
