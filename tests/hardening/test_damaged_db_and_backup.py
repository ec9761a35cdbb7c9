"""A damaged database file or WAL gets a clear message and the documented recovery path
(move both aside, import again) works; `sneaker backup` writes a consistent copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from flows.config import Settings
from flows.sources.takeout.load import import_paths
from tests.hardening.mailgen import write_mailbox
from warehouse.backup import backup_command, backup_database, backup_target
from warehouse.db import DatabaseUnreadable, connect, open_db

REPO = Path(__file__).resolve().parents[2]
KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from flows.config import Settings
from flows.sources.takeout.load import import_paths
from warehouse.db import connect
con = connect(sys.argv[1])
con.execute("set checkpoint_threshold = '1GB'")  # keep the rows in the WAL
import_paths(con, [Path(sys.argv[2])], settings=Settings(home=Path(sys.argv[1]).parent))
os.kill(os.getpid(), signal.SIGKILL)
"""


def contents(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "select * exclude (first_seen_at) from raw_messages order by message_key"
    ).fetchall()


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mailbox(tmp_path_factory.mktemp("mail") / "mail.mbox", 400)


def test_not_a_database_file(tmp_path: Path) -> None:
    db = tmp_path / "sneaker.duckdb"
    db.write_bytes(b"\x00garbage" * 2000)
    with pytest.raises(DatabaseUnreadable) as caught:
        connect(db)
    assert "not a valid DuckDB database file" in str(caught.value)
    assert "Recovering a damaged database" in str(caught.value)


def test_wal_that_cannot_be_replayed_then_recovery(mailbox: Path, tmp_path: Path) -> None:
    db = tmp_path / "sneaker.duckdb"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(db), str(mailbox)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr[-2000:]
    wal = Path(f"{db}.wal")
    assert wal.stat().st_size > 50_000
    with wal.open("r+b") as fh:  # a torn write in the middle of the log
        fh.seek(wal.stat().st_size // 2)
        fh.write(os.urandom(4096))
    with pytest.raises(DatabaseUnreadable) as caught:
        connect(db)
    message = str(caught.value)
    assert "WAL" in message and "Recovering a damaged database" in message
    # The recovery path of the README: move both files aside, import again.
    db.rename(tmp_path / "sneaker.duckdb.broken")
    wal.rename(tmp_path / "sneaker.duckdb.wal.broken")
    with open_db(db) as con:
        import_paths(con, [mailbox], settings=Settings(home=tmp_path))
        assert len(contents(con)) == 399  # 400 + cut tail - headerless - duplicate id


def test_backup_is_a_consistent_openable_copy(mailbox: Path, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    with open_db(settings.db_path) as con:
        import_paths(con, [mailbox], settings=settings)
        expected = contents(con)
    console = Console(record=True, width=200)
    result = backup_command(settings, tmp_path / "backups", console=console)
    assert result.path.parent == tmp_path / "backups"
    assert result.path.name.startswith("sneaker-") and result.path.suffix == ".duckdb"
    assert sorted(p.name for p in result.path.parent.iterdir()) == [result.path.name]
    assert f"to {result.path}" in console.export_text().replace("\n", "")
    copy = duckdb.connect(str(result.path), read_only=True)
    try:
        assert contents(copy) == expected
        keys = copy.execute(
            "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
        ).fetchall()
        # (raw_messages and message_facts have none since schema 3: warehouse.schema)
        assert ("quarantine",) in keys and ("sync_state",) in keys
    finally:
        copy.close()
    # The copy is a working Job Sneaker database: a rerun on it changes nothing.
    restored = tmp_path / "restored" / "sneaker.duckdb"
    restored.parent.mkdir()
    shutil.copy(result.path, restored)
    with open_db(restored) as con:
        import_paths(con, [mailbox], settings=settings)
        assert contents(con) == expected


def test_backup_refuses_to_overwrite(tmp_path: Path) -> None:
    db = tmp_path / "sneaker.duckdb"
    connect(db).close()
    target = tmp_path / "copy.duckdb"
    assert backup_target(target) == target
    backup_database(db, target)
    with pytest.raises(FileExistsError):
        backup_database(db, target)


def test_backup_without_a_database(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        backup_database(tmp_path / "missing.duckdb", tmp_path / "out")
