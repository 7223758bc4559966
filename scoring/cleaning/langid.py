"""Language codes and language identification.

Language is always an explicit argument (``lang="de"``), normalised once by
:func:`normalise_lang`. ``"auto"`` asks :func:`detect_language`, which uses
py3langid (Lui & Baldwin 2012, langid.py: a naive Bayes classifier over byte
n-grams, trained on 97 languages) so that text in an unsupported language is
named in the error instead of being forced into German, English or Spanish.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import shutil
import re
import tempfile
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from scoring.cache import cache_dir
from scoring.errors import LanguageError
from scoring.languages import codes

_ALIASES = {
    "de": "de", "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "en": "en", "eng": "en", "english": "en", "englisch": "en",
    "es": "es", "spa": "es", "spanish": "es", "español": "es", "espanol": "es", "spanisch": "es",
}  # fmt: skip

# How much text the detector reads: enough for a stable guess on news prose, little enough to be
# fast (py3langid walks the bytes in Python: about 0.7 µs per byte).
_DETECT_CHARS = 500
_MIN_LETTERS = 12
_WORDISH = re.compile(r"[^\W\d_]+")


def normalise_lang(lang: str) -> str:
    """Map a language tag to quellcheck's code: ``de-AT`` -> ``de``, ``English`` -> ``en``.

    ``"auto"`` is returned unchanged. Raises :class:`LanguageError` naming the
    supported languages for anything else.
    """
    tag = lang.strip().lower().replace("_", "-")
    if tag == "auto":
        return "auto"
    code = _ALIASES.get(tag) or _ALIASES.get(tag.split("-", 1)[0])
    if code is None and tag.split("-", 1)[0] in codes():
        code = tag.split("-", 1)[0]  # a language pack registered from outside
    if code is None:
        raise LanguageError(
            f"language {lang!r} is not supported; supported: {', '.join(codes())} (or auto)"
        )
    return code


@dataclass(frozen=True)
class Detection:
    """The detector's verdict: ``lang`` (a supported code) and its probability."""

    lang: str
    confidence: float


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    """py3langid's identifier over all its languages, with normalised probabilities.

    py3langid ships its model LZMA-compressed; decompressing it takes 0.35 s, most of what a
    ``quellcheck check`` of a short draft would cost. A decompressed copy is therefore kept in
    the cache directory (:func:`scoring.cache.cache_dir`, about 70 MB of raw arrays, no pickle) and
    loaded from there in a few hundredths of a second; without a writable cache the model is decompressed
    every time, as py3langid does.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = _cached_model()
    if model is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _cached_model() -> tuple[Any, ...] | None:
    """py3langid's model from the decompressed copy in the cache (made on first use), or None.

    The copy is a folder of raw arrays and a JSON description (no pickle): the tables are
    memory-mapped, and so is the state machine py3langid walks (39 MB of transitions; a
    ``memoryview`` of the mapping indexes like the ``array`` it was read into before). Only the
    pages a text walks through are then in memory, a few MB instead of 67 MB in every process
    that identifies a language (each worker of a corpus run checks a given ``--lang``).
    """
    import numpy as np
    from py3langid import langid

    source = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    try:
        stat = source.stat()
        version = metadata.version("py3langid")
    except (OSError, metadata.PackageNotFoundError):
        return None
    folder = cache_dir() / f"py3langid-{version}-{stat.st_size}-{stat.st_mtime_ns}"
    try:
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        ptc = np.memmap(folder / "ptc.bin", dtype=meta["ptc_dtype"], mode="r", shape=tuple(meta["ptc_shape"]))
        pc = np.fromfile(folder / "pc.bin", dtype=meta["pc_dtype"])
        with open(folder / "nextmove.bin", "rb") as stream:
            mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)  # stays valid after close
        nextmove = memoryview(mapped).cast("I")
        if nextmove.itemsize != array("I").itemsize:
            raise ValueError("unexpected item size")
        row, output = array("H"), array("q")
        row.frombytes((folder / "row.bin").read_bytes())
        output.frombytes((folder / "output.bin").read_bytes())
        return ptc, pc, meta["classes"], nextmove, row, output.tolist()
    except (OSError, KeyError, ValueError, TypeError):
        pass  # not made yet, or unreadable: make it
    ptc, pc, classes, nextmove, row, output = langid._load_model_file(source)
    if nextmove.itemsize != 4 or row.itemsize != 2:
        return None  # another model layout: leave it to py3langid
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".py3langid-"))
        np.ascontiguousarray(ptc).tofile(tmp / "ptc.bin")
        np.ascontiguousarray(pc).tofile(tmp / "pc.bin")
        (tmp / "nextmove.bin").write_bytes(nextmove.tobytes())
        (tmp / "row.bin").write_bytes(row.tobytes())
        (tmp / "output.bin").write_bytes(array("q", output).tobytes())
        meta = {"ptc_dtype": str(ptc.dtype), "ptc_shape": list(ptc.shape), "pc_dtype": str(pc.dtype), "classes": list(classes)}
        (tmp / "model.json").write_text(json.dumps(meta), encoding="utf-8")
        os.replace(tmp, folder)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            shutil.rmtree(tmp)  # another process made it first, or the cache is not writable
    return ptc, pc, classes, nextmove, row, output


# A given --lang is questioned only when the detector is nearly sure on enough text: short and
# mixed texts (a German article quoting English) must not trigger the warning.
_MISMATCH_MIN_LETTERS = 100
_MISMATCH_MIN_PROB = 0.99
_NAMES = {"de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian", "nl": "Dutch",
          "pt": "Portuguese", "pl": "Polish", "ru": "Russian", "tr": "Turkish", "sv": "Swedish", "da": "Danish"}  # fmt: skip


def language_name(code: str) -> str:
    """An English name for a language code (the code itself when unknown)."""
    return _NAMES.get(code, code)


def language_mismatch(text: str, given: str) -> str | None:
    """A warning when ``text`` is, with high confidence, not in the ``given`` language; else None."""
    sample = text[:_DETECT_CHARS]
    if sum(len(w) for w in _WORDISH.findall(sample)) < _MISMATCH_MIN_LETTERS:
        return None
    code, prob = _identifier().classify(sample)
    if code == given or prob < _MISMATCH_MIN_PROB:
        return None
    return (
        f"--lang {given} was given, but the text looks like {language_name(code)} ({code}, p={prob:.2f}); "
        f"the {language_name(given)} rules may find little or the wrong things"
    )


def detect_language(text: str) -> Detection:
    """Identify the language of ``text`` among all languages py3langid knows.

    Returns a :class:`Detection` when the best guess is a supported language.
    Raises :class:`LanguageError` when the text has too few letters to tell,
    or when it is in another language (the message names it and suggests
    ``--lang``).
    """
    sample = text[:_DETECT_CHARS]
    letters = sum(len(w) for w in _WORDISH.findall(sample))
    if letters < _MIN_LETTERS:
        raise LanguageError(
            "too little text to identify the language; pass --lang de|en|es"
        )
    code, prob = _identifier().classify(sample)
    supported = codes()
    if code in supported:
        return Detection(code, float(prob))
    # A short or mixed text may rank a neighbour language first; accept a supported
    # language that is a close second rather than refusing a German article.
    ranked = _identifier().rank(sample)
    probs = dict(ranked)
    best_supported = max(supported, key=lambda c: probs.get(c, 0.0))
    if probs.get(best_supported, 0.0) >= 0.25:
        return Detection(best_supported, float(probs[best_supported]))
    raise LanguageError(
        f"the text looks like {code!r} (p={prob:.2f}), which quellcheck does not support; "
        f"supported: {', '.join(supported)}; pass --lang to override"
    )
