"""The quellcheck command line with one more language registered: "xx", read but not scored.

Every bundled language has scorers, so the promise that a language without scorers is never
reported as clean (README, "Languages without scorers") is tested with a made-up pack, as a
researcher's own pack registered with :func:`scoring.languages.register` would be:
``python tests/unscored_cli.py ARGS`` runs ``quellcheck ARGS`` with it. Not a test module.
"""

from __future__ import annotations

import sys

from toy_packs import Unscored

from scoring.languages import register

if __name__ == "__main__":
    register(Unscored)
    from scoring.cli import main

    sys.argv[0] = "quellcheck"
    main()
