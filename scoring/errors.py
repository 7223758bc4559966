"""Project exceptions and the exit codes the command line maps them to.

Library code raises these; the CLI prints ``quellcheck: error: INPUT: message``
on one line and exits with the documented code. A batch run records the
failure for the one article and goes on.

Exit codes (also in ``quellcheck --help`` and the README):

====  ==================================================================
0     every input was analysed
1     at least one input could not be analysed (bad input); the others were
2     usage error (unknown option, bad option value)
3     the output could not be written
70    internal error (a bug in quellcheck); please report it
====  ==================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERNAL = 70


class QuellcheckError(Exception):
    """Base class of every error quellcheck raises on purpose."""

    exit_code = EXIT_INPUT


class InputError(QuellcheckError):
    """An input cannot be read or analysed: missing, binary, undecodable, empty, too large."""


class FormatError(InputError):
    """An input is readable but not in the expected form (bad JSON, CSV without ``text``)."""


class LanguageError(InputError):
    """The text's language is not supported, or could not be determined."""


class UnscoredLanguageError(LanguageError):
    """The text is in a language quellcheck reads but has no scorers for yet: nothing was checked."""

    exit_code = EXIT_USAGE

    def __init__(self, lang: str, message: str) -> None:
        super().__init__(message)
        self.lang = lang


class LexiconError(QuellcheckError):
    """A lexicon or registry file is missing or malformed."""

    exit_code = EXIT_INTERNAL


class OutputError(QuellcheckError):
    """An output file or directory cannot be written."""

    exit_code = EXIT_OUTPUT


class UsageError(QuellcheckError):
    """The options do not fit the inputs (several HTML reports for one output stream)."""

    exit_code = EXIT_USAGE


class ConfigError(QuellcheckError):
    """A configuration value or file is invalid."""

    exit_code = EXIT_USAGE
