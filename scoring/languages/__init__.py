"""Language packs: one folder per language, holding its lexicons and its small rule modules.

::

    scoring/languages/
        base.py        the interface (Language) with defaults for a language without rules of its own
        grammar.py     the generic attribution grammar (speaker and message of a reporting verb)
        lexicon.py     loading and checking lexicon files
        de/            German: __init__.py (the pack), morphology, modals, grammar, lexicons/
        en/, es/       English, Spanish
        mul/lexicons/  data for every language: the registry of known sources

The engines ask :func:`get_language` for the article's pack and call it; adding
a language means adding a folder (and registering it in :data:`BUNDLED`), or
calling :func:`register` with a :class:`Language` subclass whose
``lexicon_dir`` points to its lexicons, as the toy-language test does.
"""

from __future__ import annotations

from importlib import import_module

from scoring.errors import LanguageError
from scoring.languages.base import READING_LEXICONS, SCORING_LEXICONS, Language
from scoring.languages.lexicon import add_pack_directory

BUNDLED: dict[str, str] = {
    "de": "scoring.languages.de:German",
    "en": "scoring.languages.en:English",
    "es": "scoring.languages.es:Spanish",
}
"""The packs that ship with quellcheck: code -> ``module:class`` (imported when first used)."""

_loaded: dict[str, Language] = {}
_registered: dict[str, type[Language]] = {}


def register(pack: type[Language]) -> Language:
    """Add a language pack (a :class:`Language` subclass) or replace the one for its code."""
    language = pack()
    if pack.lexicon_dir is not None:
        add_pack_directory(language.code, pack.lexicon_dir)
    _registered[language.code] = pack
    _loaded[language.code] = language
    return language


def unregister(code: str) -> None:
    """Remove a pack added with :func:`register` (tests clean up with it)."""
    from scoring.languages import lexicon

    _registered.pop(code, None)
    _loaded.pop(code, None)
    lexicon._PACK_DIRS.pop(code, None)
    lexicon.load_lexicon.cache_clear()
    lexicon.lexicons_version.cache_clear()


def codes() -> tuple[str, ...]:
    """Every language quellcheck reads: the bundled packs and the registered ones."""
    return tuple(sorted({*BUNDLED, *_registered}))


def scored_codes() -> tuple[str, ...]:
    """The languages with scorers (cues, attributions, profile)."""
    return tuple(code for code in codes() if get_language(code).scored)


def get_language(code: str) -> Language:
    """The pack for ``code`` (a normalised code such as ``de``). Raises :class:`LanguageError`."""
    language = _loaded.get(code)
    if language is not None:
        return language
    target = BUNDLED.get(code)
    if target is None:
        raise LanguageError(f"language {code!r} is not supported; supported: {', '.join(codes())}")
    module, attr = target.split(":")
    language = getattr(import_module(module), attr)()
    _loaded[code] = language
    return language


__all__ = ["BUNDLED", "READING_LEXICONS", "SCORING_LEXICONS", "Language", "codes", "get_language", "register",
           "scored_codes", "unregister"]  # fmt: skip
