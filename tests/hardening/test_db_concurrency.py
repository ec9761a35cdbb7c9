"""Two processes on one database: the second waits briefly, then gets a clear message.

DuckDB lets one process open a file for writing and then refuses every other process,
readers included (its lock is per file, not per transaction); read-only processes can
share the file only while no writer holds it. So a `sneaker report` during a scheduled
sync waits up to 10 s, then says another run holds the database.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.config import Settings
from warehouse import backup
from warehouse.db import DatabaseBusy, connect

REPO = Path(__file__).resolve().parents[2]


class Holder:
    def __init__(self, db: Path, *, read_only: bool = False) -> None:
        flags = ["--read-only"] if read_only else []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.holder", str(db), *flags],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None and self.proc.stdout.readline() == "ready\n"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, Holder]]:
    settings = Settings(home=tmp_path)
    holder = Holder(settings.db_path)
    try:
        yield settings.db_path, holder
    finally:
        holder.release()


@pytest.mark.parametrize("read_only", [False, True], ids=["second-writer", "reader"])
def test_second_process_waits_then_gets_a_clear_message(
    held: tuple[Path, Holder], read_only: bool
) -> None:
    db, _ = held
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as caught:
        connect(db, read_only=read_only, wait_seconds=1.0)
    assert time.monotonic() - started >= 1.0
    assert str(caught.value) == (
        f"Another sneaker run holds {db} (a scheduled sync or import?). "
        "Wait for it to finish and try again."
    )


def test_waiting_writer_gets_in_when_the_other_run_ends(held: tuple[Path, Holder]) -> None:
    db, holder = held
    timer = threading.Timer(1.0, holder.release)
    timer.start()
    started = time.monotonic()
    con = connect(db, wait_seconds=20.0)
    try:
        assert time.monotonic() - started >= 0.9
        assert con.execute("select stream from sync_state").fetchall() == [("held",)]
    finally:
        con.close()
        timer.join()


def test_readers_share_the_file_when_no_writer_runs(tmp_path: Path) -> None:
    db = tmp_path / "sneaker.duckdb"
    connect(db).close()
    reader = Holder(db, read_only=True)
    try:
        con = connect(db, read_only=True, wait_seconds=0)
        try:
            assert con.execute("select count(*) from raw_messages").fetchone() == (0,)
        finally:
            con.close()
        with pytest.raises(DatabaseBusy):  # but a writer must wait for the reader
            connect(db, wait_seconds=0.5)
    finally:
        reader.release()


def test_cli_backup_while_busy_prints_one_line_not_a_trace(
    held: tuple[Path, Holder], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.cli import app

    db, _ = held
    monkeypatch.setattr(backup, "WAIT_SECONDS", 0.5)
    home = db.parents[2]
    result = CliRunner().invoke(app, ["--home", str(home), "backup", str(home / "bk")])
    assert result.exit_code == 1
    assert "Another sneaker run holds" in result.output
    assert "Traceback" not in result.output
