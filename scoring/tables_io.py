"""Saving and loading the tables as files: Parquet (default) or CSV, one file per table.

Layout of a tables directory: ``articles.parquet``, ``sentences.parquet`` …
(or ``.csv``). Each file is written atomically. Reading takes only the tables
and columns asked for, so a report over a large corpus does not load every
sentence into memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from schemas import TABLE_NAMES, columns, validate
from scoring.errors import InputError
from scoring.output import atomic_write

TABLE_FORMATS = ("parquet", "csv")


def write_tables(directory: str | Path, frames: Mapping[str, pd.DataFrame], fmt: str = "parquet") -> list[Path]:
    """Write each frame to ``directory/<table>.<fmt>`` atomically; returns the paths."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"table format must be one of {', '.join(TABLE_FORMATS)}")
    out = Path(directory)
    paths = []
    for table, frame in frames.items():
        path = out / f"{table}.{fmt}"
        with atomic_write(path, mode="wb") as handle:
            if fmt == "parquet":
                frame.to_parquet(handle, index=False)
            else:
                frame.to_csv(handle, index=False, encoding="utf-8")
        paths.append(path)
    return paths


def find_table(directory: str | Path, table: str) -> Path | None:
    """The file or directory of parts holding ``table`` in ``directory`` (Parquet preferred), or None."""
    base = Path(directory)
    for fmt in TABLE_FORMATS:
        if (base / f"{table}.{fmt}").is_file():
            return base / f"{table}.{fmt}"
    if (base / table).is_dir():
        return base / table
    return None


def _parts(path: Path) -> tuple[list[Path], str]:
    for fmt in TABLE_FORMATS:
        parts = sorted(path.glob(f"*.{fmt}"))
        if parts:
            return parts, fmt
    return [], "parquet"


def read_table(directory: str | Path, table: str, use_columns: Iterable[str] | None = None, check: bool = True) -> pd.DataFrame:
    """Read one table (a file, or a directory of Parquet parts); ``check`` validates it against its schema."""
    path = find_table(directory, table)
    if path is None:
        raise InputError(f"{directory}: no {table} table (expected {table}.parquet or {table}.csv)")
    wanted = list(use_columns) if use_columns is not None else None
    try:
        if path.is_dir():
            parts, fmt = _parts(path)
            if not parts:
                frame = pd.DataFrame(columns=wanted or columns(table))
            elif fmt == "csv":
                frame = pd.concat([pd.read_csv(p, usecols=wanted, low_memory=False) for p in parts], ignore_index=True)
            else:
                frame = pd.concat([pd.read_parquet(p, columns=wanted) for p in parts], ignore_index=True)
        elif path.suffix == ".csv":
            frame = pd.read_csv(path, usecols=wanted, keep_default_na=True, low_memory=False)
        else:
            frame = pd.read_parquet(path, columns=wanted)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the {table} table: {exc}") from None
    if check and wanted is None:
        frame = validate(table, frame)
    elif check:
        missing = set(wanted) - set(frame.columns)
        if missing:
            raise InputError(f"{path}: missing columns {', '.join(sorted(missing))}")
    return frame


def read_tables(directory: str | Path, tables: Iterable[str] = TABLE_NAMES) -> dict[str, pd.DataFrame]:
    """Read and validate several tables."""
    return {table: read_table(directory, table) for table in tables}


__all__ = ["TABLE_FORMATS", "columns", "find_table", "read_table", "read_tables", "write_tables"]
