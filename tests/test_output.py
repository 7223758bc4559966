"""Writing outputs: atomic for regular files, direct for what must not be replaced, readable modes."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import DEMO, run_cli
from scoring.errors import OutputError
from scoring.output import files
from scoring.output.files import atomic_write, atomic_write_texts, current_umask


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_current_umask_is_read_without_changing_it(umask_027: None) -> None:
    assert current_umask() == 0o027
    assert current_umask() == 0o027


def test_a_new_file_gets_the_mode_of_a_normally_created_file(tmp_path: Path, umask_027: None) -> None:
    with atomic_write(tmp_path / "out.json") as handle:
        handle.write("{}")
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert mode_of(tmp_path / "out.json") == mode_of(plain) == 0o640


def test_binary_outputs_too(tmp_path: Path, umask_027: None) -> None:
    with atomic_write(tmp_path / "part.parquet", mode="wb") as handle:
        handle.write(b"PAR1")
    assert mode_of(tmp_path / "part.parquet") == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_text("old")
    target.chmod(0o664)
    with atomic_write(target) as handle:
        handle.write("new")
    assert target.read_text() == "new" and mode_of(target) == 0o664


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with atomic_write(link) as handle:
        handle.write("new")
    assert link.is_symlink() and real.read_text() == "new"
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "missing.json")
    with atomic_write(link) as handle:
        handle.write("new")
    assert link.is_symlink() and (tmp_path / "missing.json").read_text() == "new"


def received_through(fifo: Path, write: Callable[[], None]) -> list[str]:
    """What a reader of the new FIFO ``fifo`` receives while ``write`` runs."""
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write()
    reader.join(timeout=10)
    return received


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"

    def write() -> None:
        with atomic_write(fifo) as handle:
            handle.write("through the pipe")

    assert received_through(fifo, write) == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_symlink_to_a_fifo_writes_into_the_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    link = tmp_path / "link"
    link.symlink_to(fifo)

    def write() -> None:
        with atomic_write(link) as handle:
            handle.write("via link")

    assert received_through(fifo, write) == ["via link"]
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        with pytest.raises(OutputError, match="socket"):
            with atomic_write(path) as handle:
                handle.write("x")
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        with atomic_write(tmp_path) as handle:
            handle.write("x")


def test_a_path_under_a_regular_file_says_what_is_wrong(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="notes.txt is not a directory"):
        with atomic_write(blocker / "sub" / "out.json") as handle:
            handle.write("x")


def test_dash_is_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    with atomic_write("-") as handle:
        handle.write("to stdout")
    assert capsys.readouterr().out == "to stdout"


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as handle:
            handle.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old" and not list(tmp_path.glob(".*.tmp"))


# --- many files at once (the report pages of a corpus batch) -------------------------------------


@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync-each"])
def test_many_files_are_written_with_the_modes_single_writes_give(
    tmp_path: Path, umask_027: None, syncfs: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not syncfs:
        monkeypatch.setattr(files, "_syncfs", lambda: None)  # systems without syncfs: each file is synced
    kept = tmp_path / "kept.html"
    kept.write_text("old")
    kept.chmod(0o664)
    real = tmp_path / "real.html"
    real.write_text("old")
    (tmp_path / "link.html").symlink_to(real)
    atomic_write_texts({kept: "eins", tmp_path / "sub" / "new.html": "zwei", tmp_path / "link.html": "drei"})
    assert kept.read_text() == "eins" and mode_of(kept) == 0o664
    assert (tmp_path / "sub" / "new.html").read_text() == "zwei" and mode_of(tmp_path / "sub" / "new.html") == 0o640
    assert (tmp_path / "link.html").is_symlink() and real.read_text() == "drei"
    assert not list(tmp_path.rglob(".*.tmp"))


def test_many_files_write_into_a_fifo_instead_of_replacing_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    received = received_through(fifo, lambda: atomic_write_texts({tmp_path / "page.html": "page", fifo: "through the pipe"}))
    assert received == ["through the pipe"] and stat.S_ISFIFO(fifo.lstat().st_mode)
    assert (tmp_path / "page.html").read_text() == "page"


def test_a_failed_file_among_many_replaces_nothing_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    first = tmp_path / "first.html"
    first.write_text("old")
    (tmp_path / "blocker").write_text("a file, not a directory")
    with pytest.raises(OutputError, match="blocker is not a directory"):
        atomic_write_texts({first: "new", tmp_path / "blocker" / "page.html": "never"})
    assert first.read_text() == "old" and not list(tmp_path.rglob(".*.tmp"))


# --- the command line ---------------------------------------------------------------------------


def test_cli_output_to_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    result = run_cli("analyze", str(DEMO), "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(received[0])["article"]["article_id"] == "de_stadtwerke"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_cli_output_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = run_cli("analyze", str(DEMO), "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and json.loads(real.read_text())["article"]["article_id"] == "de_stadtwerke"


def test_cli_output_under_a_file_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "report").write_text("x")
    result = run_cli("analyze", str(DEMO), "-o", str(tmp_path / "report" / "out.json"))
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "report is not a directory" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_cli_dash_writes_to_standard_output(fmt: str) -> None:
    result = run_cli("analyze", str(DEMO), "--format", fmt, "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().lower().startswith("{" if fmt == "json" else "<!doctype html>")


def test_cli_outputs_are_readable_by_the_group(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    tables = tmp_path / "tables"
    old = os.umask(0o022)
    try:
        result = run_cli("analyze", str(DEMO), "-o", str(out), "--tables", str(tables))
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert mode_of(out) == 0o644
    parts = list(tables.rglob("*.parquet"))
    assert parts and all(mode_of(p) == 0o644 for p in parts)
