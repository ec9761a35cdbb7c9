"""`sneaker backup`: a consistent copy of the account's DuckDB file.

The copy is made by a scratch in-memory DuckDB that attaches the database read-only
and runs `COPY FROM DATABASE` into a new file: one statement, so one consistent
snapshot, with tables, keys, views and sequences. It is written under a temporary name
and renamed when complete, so a backup killed halfway never looks finished. The copy
is a normal Job Sneaker database: to restore, move it to the path `sneaker` prints as
"Database:" (or open it with any DuckDB client).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from rich.console import Console

from flows.config import Settings
from warehouse.db import DatabaseBusy, DatabaseUnreadable, _is_lock_error

WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class BackupResult:
    path: Path
    tables: int
    rows: int


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def backup_target(destination: Path, now: datetime | None = None) -> Path:
    """A folder gets a time-stamped file; a path ending in .duckdb is used as is."""
    if destination.suffix.lower() in {".duckdb", ".db"} and not destination.is_dir():
        return destination
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return destination / f"sneaker-{stamp}.duckdb"


def _attach_source(con: duckdb.DuckDBPyConnection, source: Path, wait_seconds: float) -> None:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con.execute(f"attach {_quote(source)} as src (read_only)")
            return
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise DatabaseUnreadable(
                    f"Cannot read {source}: {exc}. See README, 'Recovering a damaged database'."
                ) from exc
            if time.monotonic() >= deadline:
                raise DatabaseBusy(
                    f"Another sneaker run holds {source}; try the backup again when it is done."
                ) from exc
            time.sleep(0.25)
        except duckdb.Error as exc:
            raise DatabaseUnreadable(
                f"Cannot read {source}: {exc}. See README, 'Recovering a damaged database'."
            ) from exc


def _table_rows(con: duckdb.DuckDBPyConnection, database: str) -> dict[str, int]:
    tables = con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = ? order by all",
        [database],
    ).fetchall()
    return {
        f"{schema}.{name}": con.execute(
            f'select count(*) from "{database}"."{schema}"."{name}"'
        ).fetchone()[0]
        for schema, name in tables
    }


def backup_database(
    source: Path, destination: Path, *, wait_seconds: float | None = None
) -> BackupResult:
    """Copy `source` to `destination` (a folder or a .duckdb path that must not exist)."""
    wait_seconds = WAIT_SECONDS if wait_seconds is None else wait_seconds
    if not source.exists():
        raise FileNotFoundError(f"No database at {source}: nothing to back up.")
    target = backup_target(destination)
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose another destination.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    con = duckdb.connect(":memory:")
    try:
        _attach_source(con, source, wait_seconds)
        con.execute(f"attach {_quote(partial)} as dst")
        con.execute("copy from database src to dst")
        counts, copied = _table_rows(con, "src"), _table_rows(con, "dst")
        con.execute("detach dst")
        con.execute("detach src")
    finally:
        con.close()
    if counts != copied:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"Backup check failed: row counts differ in {partial}")
    partial.replace(target)
    return BackupResult(target, len(counts), sum(counts.values()))


def backup_command(settings: Settings, destination: Path, *, console: Console) -> BackupResult:
    """`sneaker backup DEST`: copy the account's database and say where it went."""
    result = backup_database(settings.db_path, Path(destination).expanduser())
    console.print(
        f"Backed up {result.tables} tables ({result.rows} rows) to {result.path}\n"
        f"To restore: move it to {settings.db_path}"
    )
    return result
