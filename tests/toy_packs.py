"""Made-up language packs for the tests ("xx", lexicons in tests/toy_language): ``Toy`` is scored with
the generic grammar and no rules of its own, ``Unscored`` is read but not scored. The fixtures in
conftest.py register them for one test; ``tests/unscored_cli.py`` registers ``Unscored`` for a CLI run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

from scoring.languages import Language, register, unregister
from scoring.languages.base import RULE_CUES

TOY_LEXICONS = Path(__file__).parent / "toy_language"


class Toy(Language):
    """A made-up scored language: the toy lexicons, the generic grammar, no rules of its own."""

    code = "xx"  # the toy lexicons say so
    name = "Toy"
    scored = True
    lexicon_dir = TOY_LEXICONS
    rule_suggestions: ClassVar[dict[str, str]] = {rule: "ne uzu" for rule in (*RULE_CUES, "foreign")}


class Unscored(Language):
    """A made-up language that is read but not scored (the toy lexicons)."""

    code = "xx"
    name = "Unscored"
    scored = False
    lexicon_dir = TOY_LEXICONS


@contextmanager
def registered(pack: type[Language]) -> Iterator[Language]:
    """``pack`` registered for the duration of the block."""
    language = register(pack)
    try:
        yield language
    finally:
        unregister(pack.code)
