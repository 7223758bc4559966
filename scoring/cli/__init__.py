"""The ``quellcheck`` command line: a thin click layer over :mod:`scoring`.

One module per command family (:mod:`.analyze`, :mod:`.check`, :mod:`.corpus`,
:mod:`.report`, :mod:`.research`; ``serve`` in :mod:`scoring.web.cli`), loaded
only when its command runs or its help is shown: ``quellcheck --version`` and
``quellcheck check`` start without pandas, pandera, matplotlib or FastAPI.
Library errors become one line on stderr and a documented exit code, never a
traceback (``--debug`` shows it).
"""

from __future__ import annotations

import importlib

import click

from scoring._version import __version__
from scoring.cli.common import DEBUG_HELP, EXIT_CODES_HELP, debug_enabled, set_debug

COMMANDS = {
    "analyze": "scoring.cli.analyze:analyze",
    "agree": "scoring.cli.research:agree",
    "calibrate": "scoring.cli.research:calibrate",
    "check": "scoring.cli.check:check",
    "corpus": "scoring.cli.corpus:corpus",
    "evaluate": "scoring.cli.research:evaluate",
    "lsp": "scoring.cli.lsp:lsp",
    "report": "scoring.cli.report:report",
    "serve": "scoring.web.cli:serve",
}
"""Command name -> ``module:attribute``, imported when the command is used."""


class _Commands(click.Group):
    """The command group; each command's module is imported only when it is used.

    Every command also takes ``--debug`` (the error hint says "run with --debug", and users put
    it after the command name).
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        command = getattr(importlib.import_module(module), attr)
        if not any(p.name == "debug" for p in command.params):
            command.params.append(click.Option(["--debug"], is_flag=True, expose_value=False, is_eager=True,
                                               callback=set_debug, help=DEBUG_HELP))  # fmt: skip
        return command


@click.group(cls=_Commands, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quellcheck")
@click.option("--debug", is_flag=True, help=DEBUG_HELP)
def main(debug: bool) -> None:
    """quellcheck: source criticism for news text.

    Finds hedges, attributions, loaded wording and the sources an article relies
    on, and writes them as validated tables, scores and reports.
    """


__all__ = ["COMMANDS", "debug_enabled", "main"]

if __name__ == "__main__":  # pragma: no cover
    main()
