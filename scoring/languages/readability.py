"""textstat for the language packs' readability formulas, without loading NLTK.

textstat imports NLTK at module level, only to look English syllables up in
the CMU pronouncing dictionary (which it would download): 1–2.5 s, ten times
what the rest of an analysis takes. quellcheck counts syllables with pyphen's
hyphenation patterns for every language, English included (textstat's own
fallback), so that the same text gets the same figures on every machine,
whether or not the CMU dictionary happens to be installed. textstat's
``get_cmudict`` is replaced accordingly, and while textstat is imported,
``import nltk`` finds an empty placeholder package instead of running NLTK's
``__init__``; the placeholder is removed right after, so NLTK imports normally
for anyone else.

pyphen parses its hyphenation dictionary on first use (0.4 s for German);
:func:`prepare_syllables` keeps the parsed patterns in the cache folder
(:mod:`scoring.cache`) and hands them to pyphen from there. Syllables are
counted from those patterns by :class:`LiangCounter`, word for word as pyphen
counts them, five times faster.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

from scoring import cache

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def metrics() -> types.ModuleType:
    """``textstat.backend.metrics``, with syllables counted by pyphen for every language."""
    with _LOCK:
        placeholder = None
        if "nltk" not in sys.modules:
            spec = importlib.util.find_spec("nltk")
            placeholder = types.ModuleType("nltk")
            placeholder.__path__ = list(spec.submodule_search_locations or []) if spec else []
            sys.modules["nltk"] = placeholder
        try:
            import textstat.backend.counts._count_syllables as syllables
            from textstat.backend import metrics as textstat_metrics
        finally:
            if placeholder is not None and sys.modules.get("nltk") is placeholder:
                del sys.modules["nltk"]
        syllables.get_cmudict = _no_cmudict
        return textstat_metrics


def prepare_syllables(lang: str) -> None:
    """Load pyphen's hyphenation patterns for ``lang`` from the cache, parsed (0.4 s for German
    when parsed from pyphen's dictionary file; the parsed patterns are cached on first use)."""
    with _LOCK:
        _cached_patterns(lang)


@lru_cache(maxsize=None)
def _cached_patterns(lang: str) -> None:
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        if path in pyphen.hdcache:
            return
        stat = path.stat()
        name = f"pyphen-{metadata.version('pyphen')}-{path.name}-{stat.st_size}-{stat.st_mtime_ns}.json"
    except (KeyError, OSError, TypeError, metadata.PackageNotFoundError):
        return
    cached = cache.read_json(name)
    if cached is None:
        patterns = pyphen.HyphDict(path)
        pyphen.hdcache[path] = patterns
        if all(type(v) is int for _, values in patterns.patterns.values() for v in values):
            cache.write_json(name, {"maxlen": patterns.maxlen, "patterns": patterns.patterns})
        return
    try:
        patterns = pyphen.HyphDict.__new__(pyphen.HyphDict)
        patterns.patterns = {tag: (start, tuple(values)) for tag, (start, values) in cached["patterns"].items()}
        patterns.cache = {}
        patterns.maxlen = int(cached["maxlen"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return  # another layout: pyphen parses its file as usual
    pyphen.hdcache[path] = patterns


def _no_cmudict(lang: str) -> None:
    """No pronouncing dictionary: textstat counts syllables with pyphen."""
    return None


@dataclass(frozen=True)
class TextCounts:
    """What every readability formula of the packs reads, counted in one pass over the text.

    textstat computes each formula from scratch: the German pair (Flesch–Amstad and the Wiener
    Sachtextformel) split the text into words six times and looked up every word's syllables
    four times, half of an article's analysis (measured on 10kGNAD: 10 ms of 21 ms per article).
    Here the words are listed once, with textstat's own :func:`list_words` and
    :func:`count_sentences`, and each distinct word's syllables are counted once as textstat
    counts them (pyphen's hyphenation points + 1; the CMU dictionary is not used, see the
    module doc). The formulas below repeat textstat's arithmetic, operation for operation, so
    the figures are the same to the last bit (``tests/test_readability_counts.py`` compares
    them with textstat on texts of every language).
    """

    words: int
    sentences: int
    syllables: int
    polysyllables: int  # words of three or more syllables
    monosyllables: int
    long_words: int  # words of more than six letters (apostrophes removed)

    def per_sentence(self) -> float:
        """textstat's ``words_per_sentence``."""
        try:
            return self.words / self.sentences
        except ZeroDivisionError:
            return 0.0

    def syllables_per_word(self) -> float:
        try:
            return self.syllables / self.words
        except ZeroDivisionError:
            return 0.0

    def sentences_per_word(self) -> float:
        try:
            return self.sentences / self.words
        except ZeroDivisionError:
            return 0.0


def text_counts(text: str, lang: str) -> TextCounts:
    """The counts of ``text`` (see :class:`TextCounts`), syllables by pyphen's patterns for ``lang``."""
    metrics()  # textstat imported without NLTK
    prepare_syllables(lang)
    from textstat.backend.counts._count_sentences import count_sentences
    from textstat.backend.selections._list_words import list_words

    words = list_words(text)
    syllables = _syllable_counter(lang)
    counts = [syllables(word.lower()) for word in words]
    return TextCounts(
        words=len(words),
        sentences=count_sentences(text) if text else 0,
        syllables=sum(counts),
        polysyllables=sum(1 for n in counts if n >= 3),
        monosyllables=sum(1 for n in counts if n == 1),
        # without an apostrophe in the text, textstat removes the same characters either way
        long_words=sum(1 for w in (words if "'" not in text else list_words(text, rm_apostrophe=True)) if len(w) > 6),
    )


@lru_cache(maxsize=None)
def _liang_counter(lang: str) -> LiangCounter:
    """The syllable counter over pyphen's patterns for ``lang`` (one per process)."""
    from textstat.backend.utils._get_pyphen import get_pyphen

    hyphenator = get_pyphen(lang)
    return LiangCounter(hyphenator.hd.patterns, hyphenator.hd.maxlen, hyphenator.left, hyphenator.right)


@lru_cache(maxsize=None)
def _syllable_counter(lang: str) -> Callable[[str], int]:
    """Syllables of one lower-cased word as textstat counts them, remembered per word."""
    liang = _liang_counter(lang)

    @lru_cache(maxsize=200_000)
    def count(word: str) -> int:
        return liang(word)

    return count


def expect_many_words(lang: str) -> None:
    """Build the syllable counter's trie for ``lang`` now (0.1 s) instead of after :attr:`LiangCounter.TRIE_AFTER`
    words: a corpus batch counts tens of thousands of words, and the trie counts a word four times faster
    than looking substrings up."""
    metrics()
    prepare_syllables(lang)
    liang = _liang_counter(lang)
    with _LOCK:
        if liang.trie is None:
            liang.trie = liang._build_trie()


class LiangCounter:
    """The number of hyphenation points of a word + 1, as ``len(Pyphen.positions(word)) + 1``.

    Liang's algorithm over pyphen's parsed patterns, which map a letter sequence (``.`` marks a
    word edge) to the offset and the values it puts between letters; a point lies where the
    largest value is odd. pyphen looks every substring of up to ``maxlen`` letters up in its pattern
    dictionary, and returns the points as objects. Counting is all readability needs; here the
    patterns are walked as a trie that stops as soon as no pattern continues the letters seen,
    about five times faster than pyphen on 10kGNAD (0.36 s vs 1.9 s for its 52,000 distinct words).
    The trie costs about 0.1 s to build (with the garbage collector paused) and 59 MB for German, so
    it is built only once a process has counted :attr:`TRIE_AFTER` distinct words; until then each
    start looks substrings up in the pattern dictionary, no longer than the longest pattern beginning
    with its first two letters.
    ``tests/test_readability_counts.py`` checks both ways against pyphen word for word.
    """

    TRIE_AFTER = 3_000

    def __init__(self, patterns: dict[str, tuple[int, tuple[int, ...]]], maxlen: int, left: int, right: int) -> None:
        self.patterns, self.maxlen, self.left, self.right = patterns, maxlen, left, right
        self.counted = 0
        self.trie: tuple[list[dict[str, int]], list[tuple[int, tuple[int, ...]] | None]] | None = None
        self.reach: dict[str, int] = {}
        for tag in patterns:
            if len(tag) >= 2 and self.reach.get(tag[:2], 0) < len(tag):
                self.reach[tag[:2]] = len(tag)

    def __call__(self, word: str) -> int:
        self.counted += 1
        if self.trie is None and self.counted > self.TRIE_AFTER:
            self.trie = self._build_trie()
        pointed = f".{word.lower()}."
        values = self._values_by_trie(pointed) if self.trie is not None else self._values_by_lookup(pointed)
        # a point at position p (values[p + 1]) counts when left <= p <= len(word) - right
        return sum(value & 1 for value in values[self.left + 1 : len(word) - self.right + 2]) + 1

    def _values_by_lookup(self, pointed: str) -> list[int]:
        values = [0] * (len(pointed) + 1)
        reach, get, n = self.reach, self.patterns.get, len(pointed)
        for i in range(n - 1):
            for j in range(i + 1, min(i + reach.get(pointed[i : i + 2], 1), n) + 1):
                pattern = get(pointed[i:j])
                if pattern:
                    _raise(values, i + pattern[0], pattern[1])
        return values

    def _values_by_trie(self, pointed: str) -> list[int]:
        # node ids: a node's children map a letter to ``child << 1 | 1 if a pattern ends there``; the
        # values are raised in place (as :func:`_raise` does)
        n = len(pointed) + 1
        values = [0] * n
        nodes, node_patterns = self.trie  # type: ignore[misc]
        root, maxlen = nodes[0], self.maxlen
        for i in range(n - 2):
            node = root
            for letter in pointed[i : i + maxlen]:
                code = node.get(letter)
                if code is None:
                    break
                node = nodes[code >> 1]
                if code & 1:
                    start, pattern_values = node_patterns[code >> 1]
                    k = i + start
                    for value in pattern_values:
                        if k >= n:
                            break
                        if value > values[k]:
                            values[k] = value
                        k += 1
        return values

    def _build_trie(self) -> tuple[list[dict[str, int]], list[tuple[int, tuple[int, ...]] | None]]:
        """The patterns as a trie: a list of nodes, each a dict from letter to an int (the child's index
        shifted left, its lowest bit set when a pattern ends at the child), and each node's pattern.

        Dicts that hold only strings and ints are not tracked by the cyclic garbage collector, so the
        trie's 277,000 German nodes cost collections nothing (nested dicts or lists per node made every
        full collection walk them: 0.03–0.2 s more each).
        Building pauses the collector, which the new nodes would otherwise set off again and again.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            nodes: list[dict[str, int]] = [{}]
            node_patterns: list[tuple[int, tuple[int, ...]] | None] = [None]
            for tag, pattern in self.patterns.items():
                current = 0
                for letter in tag:
                    children = nodes[current]
                    code = children.get(letter)
                    if code is None:
                        nodes.append({})
                        node_patterns.append(None)
                        code = children[letter] = (len(nodes) - 1) << 1
                    current = code >> 1
                node_patterns[current] = pattern
            for children in nodes:
                for letter, code in children.items():
                    if node_patterns[code >> 1] is not None:
                        children[letter] = code | 1
            return nodes, node_patterns
        finally:
            if paused:
                gc.enable()


def _raise(values: list[int], start: int, pattern_values: tuple[int, ...]) -> None:
    for k, value in zip(range(start, len(values)), pattern_values):  # pyphen's slice stops at the end too
        if value > values[k]:
            values[k] = value


def lang_config(lang: str, key: str) -> float:
    """textstat's per-language constant ``key`` (e.g. ``fre_base``)."""
    metrics()
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg

    return float(get_lang_cfg(lang, key))


# The formulas, as textstat computes them from the same counts (its coefficients and order of operations).


def flesch_reading_ease(counts: TextCounts, lang: str) -> float:
    """Flesch Reading Ease with the language's constants (German: Amstad 1978)."""
    sentence_length, syllables = counts.per_sentence(), counts.syllables_per_word()
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return (
        lang_config(lang, "fre_base")
        - lang_config(lang, "fre_sentence_length") * sentence_length
        - lang_config(lang, "fre_syll_per_word") * syllables
    )


def wiener_sachtextformel(counts: TextCounts) -> float:
    """The first Wiener Sachtextformel (Bamberger & Vanecek 1984)."""
    n_words = counts.words
    try:
        ms = 100 * counts.polysyllables / n_words
        sl = counts.per_sentence()
        iw = 100 * counts.long_words / n_words
        es = 100 * counts.monosyllables / n_words
    except ZeroDivisionError:
        return 0.0
    return (0.1935 * ms) + (0.1672 * sl) + (0.1297 * iw) - (0.0327 * es) - 0.875


def flesch_kincaid_grade(counts: TextCounts) -> float:
    sentence_length, syllables = counts.per_sentence(), counts.syllables_per_word()
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * syllables) - 15.59


def szigriszt_pazos(counts: TextCounts, lang: str) -> float:
    """Szigriszt-Pazos' perspicuity (1993), the base of the INFLESZ scale."""
    try:
        return lang_config(lang, "fre_base") - 62.3 * (counts.syllables / counts.words) - (counts.words / counts.sentences)
    except ZeroDivisionError:
        return 0.0


def crawford(counts: TextCounts) -> float:
    """Crawford's (1989) grade level for Spanish."""
    sentences_per_words = 100 * counts.sentences_per_word()
    syllables_per_words = 100 * counts.syllables_per_word()
    if sentences_per_words == 0 or syllables_per_words == 0:
        return 0.0
    return -0.205 * sentences_per_words + 0.049 * syllables_per_words - 3.407
