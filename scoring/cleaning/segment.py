"""Sentence segmentation for news text.

The base is NLTK's Punkt (Kiss & Strunk 2006) with parameters quellcheck
writes itself instead of training them: the abbreviation list, ordinal
collocations with month names ("am 3. Januar") and orthographic context for
words that start sentences. No NLTK data download is needed.

Punkt's decisions are then corrected by rules that Punkt cannot learn
without a large training corpus:

* no break after an abbreviation that cannot end a sentence (``Dr.``,
  ``z. B.``, ``bzw.``), nor inside a multi-part one (``u. a.``);
* no break after an ordinal number or Roman numeral ("3.", "XIV.") when
  the next word is a capitalised noun rather than a sentence starter
  ("am 3. Januar", "die 2. Liga" but "… auf Platz 3. Die Mannschaft …");
* no break before a word in lower case ("„Wir kommen.“ sagte er");
* thousands separators ("1.076", "20.000") are never breaks (Punkt already
  reads them as one number).

Sentences may end inside quotation marks („…“ “…” "…" «…» »…«); the closing
mark stays with the sentence it closes. Colons never end a sentence.

Not detected: sentence ends without punctuation inside a paragraph, and an
ordinal at the very end of a sentence followed by a capitalised noun
("… belegte Platz 3. Trainer Müller …" stays one sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from scoring.cleaning.punkt import punkt
from scoring.errors import LanguageError
from scoring.languages.lexicon import load_lexicon

# Punkt's orthographic-context flags (nltk.tokenize.punkt): the word was seen
# capitalised at a sentence start, and in lower case in the middle of a sentence.
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_LC = 1 << 5

_OPENERS = "\"'„“”‚‘’»«([{–—-"
_CLOSERS = "\"'“”‘’«»)]}"
_ORDINAL_END = re.compile(r"(?:(?<![\d.,])\d{1,3}|\b[IVXLC]{1,7})\.[" + re.escape(_CLOSERS) + r"]*$")
_CONTINUING = frozenset(",;:)]}")
# The first token of a sentence, after opening quotes, brackets and dashes.
_FIRST_TOKEN = re.compile(r"[\s" + re.escape(_OPENERS) + r"]*([\w][\w'’-]*)?")
_QUESTION_END = re.compile(r"\?[" + re.escape(_CLOSERS) + r"…\s]*$")
# A quotation closing with "?" or "!" ("“Why not?”"), and the words of a speech tag after it: a word, with the
# period of an abbreviation or initial ("Mr.", "B."), or any other character.
_MARKED_QUOTE_END = re.compile(r"[?!][\"“”»«’']+\s*$")
_TAG_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?|\S")
_TAG_SUBJECT_WORDS = 5  # capitalised words of a speaker before the verb of a tag ("Sen. Ann B. Lund asked")
_TAG_APPOSITION = 12  # tokens of an apposition to the speaker of such a tag ("Hale, the chairman of the club, said")
_TAG_FOLLOWERS = ("preposition", "time_word", "subordinator")  # what may follow the verb of a tag ("said on Monday as …")


# A sentence end Punkt would not question: a word of two or more letters ending in a lower-case
# letter, then . ! or ?, closing marks, space, and a capitalised word (or an opening mark before one).
_CERTAIN_BREAK = re.compile(
    r"(?P<word>(?<![\w.])[^\W\d_]+[a-zäöüß])(?P<end>[.!?])(?P<close>[\"“”»«’)\]]*)\s+(?=[\"„“»«(]?[A-ZÄÖÜ])"
)
# The same break from its punctuation on: it starts with one of three characters, which the regular
# expression engine finds by a fast scan; the word before is then checked in Python
# (see _certain_breaks). Scanning for the word first tried a match at every letter of the text.
_BREAK_AFTER_WORD = re.compile(r"(?P<end>[.!?])(?P<close>[\"“”»«’)\]]*)\s+(?=[\"„“»«(]?[A-ZÄÖÜ])")
_WORD_LAST = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")
# What Punkt has to decide: any sentence-end character inside a piece.
_DOUBTFUL = re.compile(r"[.!?…]")


@lru_cache(maxsize=1)
def _news_language_vars() -> object:
    """Punkt language variables with the ellipsis character as a sentence end."""

    class NewsLanguageVars(punkt().PunktLanguageVars):  # type: ignore[misc, name-defined]
        sent_end_chars = (".", "?", "!", "…")

    return NewsLanguageVars()


class _FixedContext(dict):  # type: ignore[type-arg]
    """Punkt's orthographic context without growth: NLTK keeps it in a ``defaultdict(int)``, so every
    word looked up after a possible sentence end is stored (120 entries became 559 after 1,000
    articles; a long-running web app or corpus worker would grow without end). Unknown words are 0,
    as before, but not stored."""

    def __missing__(self, key: str) -> int:
        return 0


class SentenceSplitter:
    """Split text into sentence spans for one language.

    >>> splitter = SentenceSplitter.for_lang("de")
    >>> text = "Er kam am 3. Januar. Dr. Müller u. a. blieb."
    >>> [text[s:e] for s, e in splitter.spans(text)]
    ['Er kam am 3. Januar.', 'Dr. Müller u. a. blieb.']
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        abbreviations = load_lexicon(lang, "abbreviations").records()
        self.starters = frozenset(load_lexicon(lang, "sentence_starters").entries)
        months = load_lexicon(lang, "months").entries

        params = punkt().PunktParameters()
        single = [a for a in abbreviations if " " not in a["abbreviation"]]
        params.abbrev_types = {a["abbreviation"].rstrip(".").lower() for a in single}
        self._abbrev_words = frozenset(params.abbrev_types)
        params.collocations = {("##number##", m) for m in months}
        for word in self.starters:
            params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
        params.ortho_context = _FixedContext(params.ortho_context)
        self._punkt = punkt().PunktSentenceTokenizer(params, lang_vars=_news_language_vars())
        self._tag_verbs = _quote_tag_verbs(lang)
        self._tag_followers = frozenset(
            row["word"] for row in load_lexicon(lang, "function_words").records() if row["class"] in _TAG_FOLLOWERS
        ) if self._tag_verbs else frozenset()

        never_end = sorted(
            (a["abbreviation"] for a in abbreviations if a["can_end"] == "no"), key=len, reverse=True
        )
        self._never_end = re.compile(
            r"(?:^|(?<=[\s(\"„“‚»«–—-]))(?:" + "|".join(_abbrev_regex(a) for a in never_end) + r")$"
        )
        # The abbreviations all end in a period, so a text that does not (see _ends_like) cannot end
        # in one: the large pattern is not tried then (it was tried at every one of 40 characters).
        self._never_end_period = all(a.endswith(".") for a in never_end)
        multi = sorted(
            (a["abbreviation"] for a in abbreviations if " " in a["abbreviation"]), key=len, reverse=True
        )
        self._multipart = (
            re.compile(r"(?<![\w.])(?:" + "|".join(_abbrev_regex(a) for a in multi) + r")")
            if multi
            else None
        )

    @classmethod
    def for_lang(cls, lang: str) -> SentenceSplitter:
        """A cached splitter for ``lang``."""
        return _splitter(lang)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Sentence spans ``(s, e)`` of ``text[start:end]``, as offsets into ``text``.

        Spans are stripped of surrounding whitespace; empty input gives ``[]``.
        """
        end = len(text) if end is None else end
        chunk = text[start:end]
        if not chunk.strip():
            return []
        raw = self._punkt_spans(chunk)
        protected = self._protected(chunk)
        protected_starts = [ps for ps, _ in protected]
        merged: list[list[int]] = []
        for s, e in raw:
            if merged and not self._is_break(chunk, merged[-1][1], s, protected, protected_starts):
                merged[-1][1] = e
            else:
                merged.append([s, e])
        return [(start + s, start + e) for s, e in merged if chunk[s:e].strip()]

    def _punkt_spans(self, chunk: str) -> list[tuple[int, int]]:
        """Punkt's spans, computed only where Punkt has something to decide.

        A period after an ordinary word (two or more letters, lower case at the end, not a
        known abbreviation), or a ? or !, followed by a capitalised word is a break under
        Punkt's own rules; the text is cut there first and Punkt runs only on the pieces
        that still hold an abbreviation, initial, number or ellipsis.
        """
        spans: list[tuple[int, int]] = []
        piece_start = 0
        for word, end, cut, after in _certain_breaks(chunk):
            if end == "." and word.lower() in self._abbrev_words:
                continue
            spans.extend(self._punkt_piece(chunk, piece_start, cut))
            piece_start = after
        spans.extend(self._punkt_piece(chunk, piece_start, len(chunk)))
        return spans

    def _punkt_piece(self, chunk: str, a: int, b: int) -> list[tuple[int, int]]:
        piece = chunk[a:b]
        if not piece.strip():
            return []
        if not _DOUBTFUL.search(piece.rstrip()[:-1]):
            stripped_start = a + len(piece) - len(piece.lstrip())
            return [(stripped_start, a + len(piece.rstrip()))]
        return [(a + s, a + e) for s, e in self._punkt.span_tokenize(piece)]

    def continues(self, left: str, right: str) -> bool:
        """Whether a sentence ending ``left`` runs on into ``right`` (no break between them)."""
        joined = f"{left} {right}"
        cut = len(left)
        return all(not (cut <= s <= cut + 1) for s, _ in self.spans(joined)[1:])

    def _protected(self, chunk: str) -> list[tuple[int, int]]:
        if self._multipart is None or ". " not in chunk:
            return []
        return [(m.start(), m.end()) for m in self._multipart.finditer(chunk)]

    def _is_break(
        self, chunk: str, prev_end: int, next_start: int, protected: list[tuple[int, int]], protected_starts: list[int]
    ) -> bool:
        """Decide a boundary Punkt proposed between ``chunk[:prev_end]`` and ``chunk[next_start:]``.

        ``protected`` are the multi-part abbreviations of the chunk in text order (they do not
        overlap) and ``protected_starts`` their starts: the one that could hold ``prev_end`` is
        found by binary search, not by testing all of them at every break (quadratic in a long
        paragraph).
        """
        k = bisect_left(protected_starts, prev_end) - 1  # the last one starting before prev_end
        if k >= 0 and prev_end < protected[k][1]:
            return False  # inside "z. B."
        left = chunk[max(0, prev_end - 40) : prev_end]
        if (not self._never_end_period or _ends_like(left, "")) and self._never_end.search(left):
            return False
        first = _FIRST_TOKEN.match(chunk, next_start)
        word = first.group(1) if first else None
        if not word:
            # "? -, und …": a sentence never starts with a comma or a closing bracket
            return chunk[first.end() : first.end() + 1] not in _CONTINUING if first else True
        if not word[0].isalpha():
            return True  # the next sentence starts with a number
        if word[0].islower():
            return False
        if _ends_like(left, _CLOSERS) and _ORDINAL_END.search(left):
            return word.lower() in self.starters
        return not self._tag_after_quote(chunk, prev_end, next_start)

    def _tag_after_quote(self, chunk: str, prev_end: int, next_start: int) -> bool:
        """Whether the text at ``next_start`` is the speech tag of a quotation that closes with "?" or "!" at
        ``prev_end`` ("“Why not?” Ann Lund asked.", "“We won!” Mayor Lund said on Monday as …"): capitalised
        words of a speaker, a verb of speech (:attr:`~scoring.languages.base.Language.quote_tag_verbs`), then
        the sentence's end, a comma, a capitalised word or a preposition, time word or subordinator. Not a
        clause after the verb ("“We won!” Lund said the team would rest." stays two sentences: the verb reports
        the clause)."""
        if not self._tag_verbs or not _MARKED_QUOTE_END.search(chunk, max(0, prev_end - 6), prev_end):
            return False
        tokens = _TAG_TOKEN.findall(chunk, next_start, min(len(chunk), next_start + 160))
        for n, tok in enumerate(tokens[: _TAG_SUBJECT_WORDS + 1]):
            if n > 0 and tok == ",":  # "“Why not?” Hale, the club's chairman, said.": an apposition to the speaker
                close = next((m for m in range(n + 2, min(len(tokens), n + _TAG_APPOSITION)) if tokens[m] == ","), None)
                return close is not None and self._tag_verb(tokens, close + 1)
            if n > 0 and self._tag_verb(tokens, n):
                return True
            if not tok[:1].isupper():
                return False
        return False

    def _tag_verb(self, tokens: list[str], n: int) -> bool:
        """Whether ``tokens[n]`` is a verb of a speech tag that ends there or goes on with a comma, a capitalised
        word ("told CNN", "said Monday") or a preposition, time word or subordinator ("said on Monday as …")."""
        if n >= len(tokens) or tokens[n].rstrip(".") not in self._tag_verbs:
            return False
        after = "." if tokens[n].endswith(".") or n + 1 >= len(tokens) else tokens[n + 1]
        return after in ".,;:—–" or after[:1].isupper() or after.lower() in self._tag_followers

    def is_question(self, sentence: str) -> bool:
        """Whether ``sentence`` ends in a question mark (possibly inside quotes)."""
        return "?" in sentence[-6:] and bool(_QUESTION_END.search(sentence, max(0, len(sentence) - 6)))


def _quote_tag_verbs(lang: str) -> frozenset[str]:
    """The verbs of speech tags after quotations for ``lang`` (none for a language without a pack)."""
    from scoring.languages import get_language  # the packs import the segmenter's lexicon loader

    try:
        return get_language(lang).quote_tag_verbs
    except LanguageError:
        return frozenset()


def _ends_like(text: str, closers: str) -> bool:
    """Whether a pattern ending in ``\\.[closers]*$`` can match ``text``: a period followed only by
    ``closers`` at the end (``$`` also matches before a final newline)."""
    text = text.removesuffix("\n")
    return text.rstrip(closers).endswith(".") if closers else text.endswith(".")


def _certain_breaks(chunk: str) -> Iterator[tuple[str, str, int, int]]:
    r"""The matches of ``_CERTAIN_BREAK`` in ``chunk``: (word, end mark, end of the closing marks, end of the match).

    Found from the punctuation (``_BREAK_AFTER_WORD``), then the word before it is checked as
    ``_CERTAIN_BREAK`` would: the run of word characters ending at the mark, at least two long,
    letters only (``[^\W\d_]``: ``\w`` is ``isalnum`` or "_", ``\d`` is ``isdecimal``), ending in
    ``[a-zäöüß]``, and not after a period. A match can begin only at the start of such a run (the
    look-behind forbids a word character before it), and the rest of both patterns is the same,
    so the matches are the same.
    """
    for m in _BREAK_AFTER_WORD.finditer(chunk):
        mark = m.start()
        start = mark
        while start > 0 and (chunk[start - 1].isalnum() or chunk[start - 1] == "_"):
            start -= 1
        if mark - start < 2 or chunk[mark - 1] not in _WORD_LAST or (start > 0 and chunk[start - 1] == "."):
            continue
        word = chunk[start:mark]
        if _DIGIT_OR_UNDERSCORE.search(word):
            continue  # a word character that is not a letter
        yield word, m.group("end"), m.end("close"), m.end()


def _abbrev_regex(abbreviation: str) -> str:
    """A regex for an abbreviation that tolerates a missing or doubled space after inner periods."""
    parts = [re.escape(p) for p in abbreviation.split(" ")]
    return r"\s?".join(parts)


@lru_cache(maxsize=None)
def _splitter(lang: str) -> SentenceSplitter:
    return SentenceSplitter(lang)
