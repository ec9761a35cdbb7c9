"""Opening the DuckDB file: one writer at a time, with a clear message when busy."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.schema import ensure_schema


class DatabaseBusy(RuntimeError):
    """Another process holds the database for writing."""


class DatabaseUnreadable(RuntimeError):
    """The file exists but DuckDB cannot open it (for example a WAL that won't replay)."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used by another" in text


def connect(
    path: Path | str, *, read_only: bool = False, wait_seconds: float = 10.0
) -> duckdb.DuckDBPyConnection:
    """Open `path`, waiting up to `wait_seconds` for another writer to finish."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(
            f"No database at {path}: run `sneaker demo`, `sneaker import` or `sneaker sync` first."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise DatabaseUnreadable(
                    f"Cannot open {path}: {exc}. If the file or its .wal is damaged, move it "
                    "aside and rebuild from your sources (`sneaker import` / `sneaker sync`); "
                    "see README, 'Recovering a damaged database'."
                ) from exc
            if time.monotonic() >= deadline:
                raise DatabaseBusy(
                    f"Another sneaker run holds {path} (a scheduled sync or import?). "
                    "Wait for it to finish and try again."
                ) from exc
            time.sleep(0.25)
        except duckdb.Error as exc:
            raise DatabaseUnreadable(
                f"Cannot open {path}: {exc}. Move it aside and rebuild from your sources; "
                "see README, 'Recovering a damaged database'."
            ) from exc
    if not read_only:
        ensure_schema(con)
    return con


@contextmanager
def open_db(path: Path | str, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()
