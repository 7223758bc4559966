"""NLTK's Punkt sentence tokenizer, imported without the rest of NLTK.

``import nltk`` runs the package's ``__init__``, which imports nearly all of
NLTK and, with it, scipy: 1–2.5 s, more than everything else a ``quellcheck
check`` needs. Punkt itself needs only ``nltk.tokenize.punkt`` and the few
modules it imports (``nltk.probability``, ``nltk.tokenize.api`` …), about
50 ms. When NLTK is not imported yet, :func:`punkt` imports those modules
from NLTK's own files under temporary placeholder package entries, then
removes the placeholders, so that a later ``import nltk`` elsewhere runs
NLTK's ``__init__`` as usual and finds the same Punkt modules already loaded.
When NLTK is already imported, Punkt is taken from it directly.

This relies only on NLTK's public module layout (``nltk/tokenize/punkt.py``);
if that changes, ``import nltk.tokenize.punkt`` is used, which always works.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from functools import lru_cache
from pathlib import Path

_LOCK = threading.Lock()
_PLACEHOLDERS = ("nltk", "nltk.tokenize")


@lru_cache(maxsize=1)
def punkt() -> types.ModuleType:
    """The module ``nltk.tokenize.punkt`` (PunktSentenceTokenizer, PunktParameters, PunktLanguageVars)."""
    with _LOCK:
        if "nltk.tokenize.punkt" in sys.modules:
            return sys.modules["nltk.tokenize.punkt"]
        if "nltk" in sys.modules:
            return importlib.import_module("nltk.tokenize.punkt")
        spec = importlib.util.find_spec("nltk")
        if spec is None or not spec.submodule_search_locations:
            return importlib.import_module("nltk.tokenize.punkt")  # let the ImportError say what is missing
        root = Path(next(iter(spec.submodule_search_locations)))
        if not (root / "tokenize" / "punkt.py").is_file():
            return importlib.import_module("nltk.tokenize.punkt")
        for name, path in zip(_PLACEHOLDERS, (root, root / "tokenize"), strict=True):
            placeholder = types.ModuleType(name)
            placeholder.__path__ = [str(path)]  # a package whose __init__ has not run
            sys.modules[name] = placeholder
        try:
            module = importlib.import_module("nltk.tokenize.punkt")
        except ImportError:
            for name in _PLACEHOLDERS:
                sys.modules.pop(name, None)
            return importlib.import_module("nltk.tokenize.punkt")
        for name in _PLACEHOLDERS:
            del sys.modules[name]  # the next `import nltk` runs NLTK's __init__ and reuses the loaded modules
        return module
