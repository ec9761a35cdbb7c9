"""Every file of the shared real-world corpus and of our own is read and loaded without a
crash or a hang: each yields stored rows or quarantined inputs with a reason."""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.sources.takeout import iter_paths
from flows.sources.takeout.load import Batch, store_batch
from warehouse.schema import ensure_schema

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "corpus"
OWN = [REPO / "tests" / "data" / "mime", REPO / "tests" / "data" / "ics"]
SUFFIXES = {".eml", ".mbox", ".ics"}
WINDOW = (datetime(2015, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
SECONDS_PER_FILE = 20

# Every reason a reader can give. Reasons are built from these templates only, so none
# can carry message or calendar text.
REASONS = re.compile(
    "|".join(
        [
            r"no header lines",
            r"empty message",
            r"parser failed: \w+",
            r"last message truncated (inside its headers|at end of file; stored what parsed)",
            r"\d+ bytes before the first 'From ' line \(not an mbox\?\)",
            r"message of \d+ bytes is over the \d+ byte limit",
            r"no usable DTSTART",
            r"recurrence repeats hourly or more often; not expanded",
            r"event failed: \w+",
            r"event does not parse: \w+",
            r"not a calendar: [\w ]+",
            r"no events \(VEVENT\) in the file",
            r"unknown TZID; times read as UTC",
        ]
    )
)


def corpus_files() -> list[Path]:
    roots = [*OWN, *([SHARED] if SHARED.is_dir() else [])]
    return sorted(p for root in roots for p in root.rglob("*") if p.suffix.lower() in SUFFIXES)


def file_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


class Hang(Exception):
    pass


def read_with_deadline(path: Path) -> list:
    def on_alarm(signum: int, frame: object) -> None:
        raise Hang(f"{path.name} took more than {SECONDS_PER_FILE}s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(SECONDS_PER_FILE)
    try:
        return list(iter_paths([path], account="corpus", window=WINDOW))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(":memory:")
    ensure_schema(connection)
    yield connection
    connection.close()


def test_shared_corpus_is_present() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED} (CI keeps a copy beside the clone)")
    assert len([p for p in corpus_files() if SHARED in p.parents]) >= 160


@pytest.mark.parametrize("path", corpus_files(), ids=file_id)
def test_file_is_stored_or_quarantined(path: Path, con: duckdb.DuckDBPyConnection) -> None:
    out = read_with_deadline(path)
    assert out, "neither a record nor a quarantined input"
    batch = Batch()
    for item in out:
        batch.add(item)
    for q in batch.quarantined:
        assert REASONS.fullmatch(q.reason), q.reason
        assert q.key.startswith(str(path))
    stats = store_batch(con, batch)
    assert (stats.messages, stats.events, stats.quarantined) == (
        len(batch.messages),
        len(batch.events),
        len(batch.quarantined),
    )
    stored = con.execute(
        "select count(*) from quarantine where key like ? || '%'", [str(path)]
    ).fetchone()[0]
    assert stored == len({(q.source, q.key, q.stage) for q in batch.quarantined})
    for record in batch.messages:
        assert record["message_key"] and record["size_bytes"] > 0


def test_quarantine_rows_name_input_and_reason(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("select source, key, stage, reason from quarantine").fetchall()
    if not rows:
        pytest.skip("runs after the per-file tests")
    assert all(
        source and key and stage and REASONS.fullmatch(reason)
        for source, key, stage, reason in rows
    )
    assert {stage for _, _, stage, _ in rows} <= {"read", "parse", "decode"}


def test_reader_output_is_deterministic() -> None:
    files = [p for p in corpus_files() if p.suffix == ".eml"][:40]
    first = [read_with_deadline(p) for p in files]
    again = [read_with_deadline(p) for p in files]
    assert first == again
