"""An import killed with SIGKILL at random points, then rerun, ends with the same rows."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from flows.sources.takeout.load import import_paths, iter_batches
from tests.hardening.mailgen import write_mailbox
from warehouse.db import open_db

REPO = Path(__file__).resolve().parents[2]
ICS = REPO / "tests" / "data" / "ics"
BATCH = 7
KILL_POINTS = 24
TABLES = {
    "raw_messages": "select * exclude (first_seen_at) from raw_messages order by message_key",
    "raw_events": "select * exclude (first_seen_at) from raw_events order by event_key",
    "quarantine": "select source, key, stage, reason from quarantine order by all",
}


def run_child(db: Path, kill_at: int, mode: str, paths: list[Path]) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "tests.hardening.import_child", str(db), str(kill_at), mode]
    args += [str(BATCH), *map(str, paths)]
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=120)


def rows(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.execute(sql).fetchall() for table, sql in TABLES.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("takeout")
    mbox = write_mailbox(folder / "All mail.mbox", 60)
    return [mbox, ICS / "recurrence_exceptions.ics", ICS / "broken_event.ics"]


@pytest.fixture(scope="module")
def reference(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, int]:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    done = run_child(db, 0, "before", inputs)
    assert done.returncode == 0, done.stderr[-2000:]
    expected = rows(db)
    # 60 written, one headerless, one repeating gen.1's Message-ID, plus the cut last one
    assert len(expected["raw_messages"]) == 59
    assert len(expected["quarantine"]) == 5
    return expected, int(done.stdout.strip())


def keys_present(db: Path) -> set[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = {
            ("m", k) for (k,) in con.execute("select message_key from raw_messages").fetchall()
        }
        found |= {("e", k) for (k,) in con.execute("select event_key from raw_events").fetchall()}
        found |= {
            ("q", *r) for r in con.execute("select source, key, stage from quarantine").fetchall()
        }
    finally:
        con.close()
    return found


@pytest.fixture(scope="module")
def batch_prefixes(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> list[set]:
    """The keys stored after 0, 1, 2 ... whole batches."""
    settings = Settings(home=tmp_path_factory.mktemp("home"), batch_size=BATCH)
    prefixes, seen = [set()], set()
    for batch in iter_batches(inputs, settings=settings):
        seen |= {("m", m["message_key"]) for m in batch.messages}
        seen |= {("e", e["event_key"]) for e in batch.events}
        seen |= {("q", q.source, q.key, q.stage) for q in batch.quarantined}
        prefixes.append(set(seen))
    return prefixes


def kill_points(statements: int) -> list[tuple[int, str]]:
    rng = random.Random(20251126)
    points = sorted(rng.sample(range(1, statements + 1), KILL_POINTS))
    return [(n, rng.choice(["before", "after"])) for n in points]


def test_kill_points_cover_the_whole_run(reference: tuple[dict, int]) -> None:
    _, statements = reference
    points = [n for n, _ in kill_points(statements)]
    assert statements >= 2 * KILL_POINTS
    assert points[0] < statements // 4 and points[-1] > 3 * statements // 4


@pytest.mark.parametrize("point", range(KILL_POINTS), ids=lambda i: f"kill-{i:02d}")
def test_sigkill_then_rerun_gives_the_same_rows(
    point: int,
    inputs: list[Path],
    reference: tuple[dict, int],
    batch_prefixes: list[set],
    tmp_path: Path,
) -> None:
    expected, statements = reference
    kill_at, mode = kill_points(statements)[point]
    db = tmp_path / "sneaker.duckdb"
    killed = run_child(db, kill_at, mode, inputs)
    assert killed.returncode == -9, (kill_at, mode, killed.stderr[-2000:])
    if db.exists():
        # Whole batches or nothing: what survived the kill is the first k batches.
        with open_db(db):
            pass  # replays the WAL and ensures the schema, like the next run would
        assert keys_present(db) in batch_prefixes
    with open_db(db) as con:
        import_paths(con, inputs, settings=Settings(home=tmp_path, batch_size=BATCH))
    assert rows(db) == expected
