"""Shared fixtures: the ../shared data (skipped with a reason when absent) and the real CLI."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scoring.languages import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEED_000 = SEEDS / "000_086306737b0c145a.txt"
SEED_001 = SEEDS / "001_74622db55308a528.txt"
DEMO = ROOT / "scoring" / "samples" / "de_stadtwerke.txt"
QUELLCHECK = Path(sys.executable).parent / "quellcheck"


@pytest.fixture
def shared() -> Path:
    """The ../shared directory; the test is skipped when a fresh clone has none."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): seed articles and dev data are not available")
    return SHARED


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``quellcheck`` entry point, as a user would."""
    return subprocess.run(
        [str(QUELLCHECK), *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def run_cli_bytes(*args: str, stdin: bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Like :func:`run_cli`, with raw bytes on standard input."""
    return subprocess.run([str(QUELLCHECK), *args], input=stdin, capture_output=True, cwd=cwd, timeout=300)


@pytest.fixture
def toy() -> Iterator[Language]:
    """The made-up scored language "xx" (tests/toy_packs.py), registered for one test."""
    from toy_packs import Toy, registered

    with registered(Toy) as language:
        yield language


@pytest.fixture
def unscored_pack() -> Iterator[Language]:
    """The made-up language "xx" that is read but not scored, registered for one test."""
    from toy_packs import Unscored, registered

    with registered(Unscored) as language:
        yield language
