"""Writing results: atomic files and the JSON contract.

A regular file (or a new path) is written to a temporary file beside it and
moved into place with :func:`os.replace` only when complete, so a crash or a
kill never leaves a half-written output: the target holds either the old
content or the new. Anything else is written to directly, because replacing it
would destroy it: a device (``/dev/stdout``, ``/dev/full``), a FIFO, or ``-``
(standard output). A symbolic link is followed: its target is written
(atomically, beside the target), the link itself stays.

Files get the permissions a normally created file would get: a new file
``0666`` minus the umask, a replaced file keeps its mode (``mkstemp`` alone
would leave every output ``0600``, unreadable for colleagues on a shared
research server).
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TABLE_FORMATS = ("parquet", "csv")  # the formats tables are written in (scoring.output.tables)
from typing import IO, Any

from scoring.errors import OutputError

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:  # elsewhere: set and restore at once, never concurrently
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _not_a_directory(target: Path) -> Path | None:
    """The first existing ancestor of ``target`` that is not a directory, if any."""
    for parent in reversed(target.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return None


def _cannot_write(target: Path, exc: OSError) -> OutputError:
    blocker = _not_a_directory(target)
    if blocker is not None:
        return OutputError(f"{target}: cannot write: {blocker} is not a directory")
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return OutputError(f"{target}: cannot write: it is a directory")
    return OutputError(f"{target}: cannot write: {exc.strerror or exc}")


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open ``path`` for writing; a regular file is replaced atomically when the block succeeds.

    ``-`` is standard output. Devices and FIFOs are written directly (see the
    module doc); a socket is refused. Parent directories are created. On an
    exception the temporary file is removed and ``path`` is left untouched.
    Raises :class:`OutputError` when the location cannot be written.
    """
    binary = "b" in mode
    if str(path) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    try:
        info: os.stat_result | None = target.stat()  # of what a symbolic link points to
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _direct(target, info, mode, encoding) as handle:  # through the link: /dev/stdout -> /proc/self/fd/1
            yield handle
        return
    if target.is_symlink():
        target = Path(os.path.realpath(target))  # replace the link's target, keep the link
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~current_umask())
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def _direct(target: Path, info: os.stat_result, mode: str, encoding: str | None) -> Iterator[IO[Any]]:
    """Write straight into something that is not a regular file (device, FIFO)."""
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{target}: cannot write: it is a directory")
    if stat.S_ISSOCK(info.st_mode):
        raise OutputError(f"{target}: cannot write: it is a socket")
    binary = "b" in mode
    try:
        handle = open(target, mode, encoding=None if binary else encoding, newline=None if binary else "\n")  # noqa: SIM115
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        yield handle
        handle.flush()
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    finally:
        try:
            handle.close()
        except OSError:
            pass  # already reported: the flush failed (e.g. /dev/full)


# Characters that JSON allows unescaped but that line-based readers (Python's str.splitlines,
# older JavaScript) take for line breaks: escaped, so one JSON Lines record stays one line.
_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps_article(obj: dict[str, Any], pretty: bool) -> str:
    """Serialise one article's JSON object: indented, or on one line for JSON Lines."""
    if pretty:
        text = json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False)
    else:
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_LINE_SEPARATORS)
