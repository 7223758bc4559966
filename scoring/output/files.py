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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from typing import IO, Any

from scoring.errors import OutputError

TABLE_FORMATS = ("parquet", "csv")  # the formats tables are written in (scoring.output.tables)

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
    target, info = _resolve(Path(path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _direct(target, info, mode, encoding) as handle:  # through the link: /dev/stdout -> /proc/self/fd/1
            yield handle
        return
    fd, tmp = _temporary(target, info)
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_texts(files: Mapping[Path, str], encoding: str = "utf-8") -> None:
    """Write many text files, each atomically as :func:`atomic_write` does, with one flush to disk for all.

    :func:`atomic_write` makes each file durable with its own ``fsync`` before moving it into place;
    for the hundreds of report pages of a corpus batch that was most of their writing time (0.4 ms a
    page here). Here every page is written to its temporary file first, then the file system that holds
    them is flushed once (Linux ``syncfs``; elsewhere each file is synced), then each is moved into place.
    A target that exists and is not a regular file is written as :func:`atomic_write` writes it. On an
    error no further file is moved into place and every temporary file left is removed.
    """
    pending: list[tuple[Path, Path]] = []
    current: Path | None = None
    try:
        for path, text in files.items():
            target, info = _resolve(Path(path))
            current = target
            if info is not None and not stat.S_ISREG(info.st_mode):
                with atomic_write(path, encoding=encoding) as handle:
                    handle.write(text)
                continue
            fd, tmp = _temporary(target, info)
            pending.append((tmp, target))
            with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
                handle.write(text)
        current = None
        _flush_to_disk([tmp for tmp, _ in pending])
        for tmp, current in pending:
            os.replace(tmp, current)
    except OSError as exc:
        raise (_cannot_write(current, exc) if current is not None else OutputError(f"cannot write: {exc.strerror or exc}")) from None
    finally:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)  # those moved into place are gone already


def _resolve(target: Path) -> tuple[Path, os.stat_result | None]:
    """``target`` (a symbolic link: what it points to, which is replaced while the link stays) and its
    status, None when it does not exist yet."""
    try:
        info: os.stat_result | None = target.stat()  # of what a symbolic link points to
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    if (info is None or stat.S_ISREG(info.st_mode)) and target.is_symlink():
        target = Path(os.path.realpath(target))
    return target, info


def _temporary(target: Path, info: os.stat_result | None) -> tuple[int, Path]:
    """An open temporary file beside ``target``, with the mode the target has or a new file would get."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~current_umask())
    except OSError:
        os.close(fd)
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return fd, Path(tmp_name)


def _flush_to_disk(paths: list[Path]) -> None:
    """Make the content of ``paths`` durable: one ``syncfs`` per file system on Linux, else one ``fsync`` each."""
    syncfs = _syncfs()
    if syncfs is not None:
        one_per_device = {path.stat().st_dev: path for path in paths}.values()
        if all(_synced(path, syncfs) for path in one_per_device):
            return
    for path in paths:  # no syncfs, or it failed
        _synced(path, os.fsync)


def _synced(path: Path, sync: Callable[[int], Any]) -> bool:
    """Whether ``sync`` (``syncfs``, which returns 0 on success, or ``os.fsync``) succeeded on ``path``."""
    fd = os.open(path, os.O_RDONLY)
    try:
        return sync(fd) in (0, None)
    finally:
        os.close(fd)


@lru_cache(maxsize=1)
def _syncfs() -> Callable[[int], int] | None:
    """libc's ``syncfs`` (Linux), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


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
