"""Writing results: atomic files and the JSON contract.

Files are written to a temporary file beside the target and moved into place
with :func:`os.replace` only when complete, so a crash or a kill never leaves a
half-written output: the target holds either the old content or the new.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from scoring.errors import OutputError


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success move it onto ``path``.

    Parent directories are created. On an exception the temporary file is
    removed and ``path`` is left untouched. Raises :class:`OutputError` when
    the location cannot be written.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        binary = "b" in mode
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def dumps_article(obj: dict[str, Any], pretty: bool) -> str:
    """Serialise one article's JSON object: indented, or on one line for JSON Lines."""
    if pretty:
        return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
