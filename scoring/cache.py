"""Where quellcheck keeps files it can rebuild at any time (decompressed or pre-parsed data of
the libraries it uses), so that a command starts fast the second time.

``$QUELLCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/quellcheck``, else
``~/.cache/quellcheck``. Every file is written atomically and named after the
version and size of what it was made from; deleting the folder is always
safe. When it cannot be written, nothing is cached and nothing fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """The cache folder (see the module doc)."""
    if os.environ.get("QUELLCHECK_CACHE_DIR"):
        return Path(os.environ["QUELLCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quellcheck"


def read_json(name: str) -> Any | None:
    """The cached JSON document ``name``, or None when it is missing or unreadable."""
    try:
        return json.loads((cache_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, value: Any) -> None:
    """Cache ``value`` as the JSON document ``name`` (atomically; silently not when impossible)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(value, handle, separators=(",", ":"))
        os.replace(tmp, folder / name)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
