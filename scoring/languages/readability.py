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
(:mod:`scoring.cache`) and hands them to pyphen from there.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
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
