"""Property tests: random bytes and mutated messages never crash or hang the readers,
and whatever they yield loads into DuckDB."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.sources.records import Quarantined
from flows.sources.takeout import parse_message_bytes, read_ics, split_mbox
from flows.sources.takeout.load import Batch, store_batch
from flows.sources.takeout.mbox import entry_items
from flows.sources.takeout.mime import UnreadableMessage
from tests.hardening.mailgen import message
from warehouse.schema import ensure_schema

DATA = Path(__file__).resolve().parents[1] / "data"
MESSAGES = sorted((DATA / "mime").glob("*.eml"))
CALENDARS = sorted((DATA / "ics").glob("*.ics"))
WINDOW = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
FAST = settings(
    max_examples=120,
    deadline=timedelta(seconds=5),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(":memory:")
    ensure_schema(connection)
    yield connection
    connection.close()


@st.composite
def mutated(draw: st.DrawFn, sources: list[Path]) -> bytes:
    """A real test message with bytes flipped, inserted, deleted, or cut short."""
    data = bytearray(sources[draw(st.integers(0, len(sources) - 1))].read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "cut", "splice"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(
                st.sampled_from([b"\n", b"\r\n", b"--", b"=?", b"?=", b"=", b":", b"\x00", b"\xff",
                                 b"\nFrom x Mon Jan  1 00:00:00 2024\n", b"BEGIN:VEVENT\n",
                                 b"boundary=\"", b"Content-Type: multipart/mixed\n"])
            )  # fmt: skip
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif op == "cut":
            del data[at:]
        elif op == "splice":
            data[at:at] = draw(st.binary(max_size=64))
    return bytes(data)


def load(con: duckdb.DuckDBPyConnection, items: list) -> None:
    batch = Batch()
    for item in items:
        assert isinstance(item, dict | Quarantined)
        batch.add(item)
    store_batch(con, batch)


def parse_or_refuse(raw: bytes) -> list:
    try:
        return [parse_message_bytes(raw, account="p", source="eml")]
    except UnreadableMessage:
        return []


@FAST
@given(raw=st.binary(max_size=2000))
def test_random_bytes_as_a_message(raw: bytes, con: duckdb.DuckDBPyConnection) -> None:
    load(con, parse_or_refuse(raw))


@FAST
@given(raw=mutated(MESSAGES))
def test_mutated_messages(raw: bytes, con: duckdb.DuckDBPyConnection) -> None:
    load(con, parse_or_refuse(raw))


@FAST
@given(raw=st.binary(max_size=3000), chunk=st.integers(1, 300))
def test_random_bytes_as_an_mbox(raw: bytes, chunk: int, con: duckdb.DuckDBPyConnection) -> None:
    data = b"From a@b Mon Jan  1 00:00:00 2024\n" + raw
    items = [
        item
        for entry in split_mbox(io.BytesIO(data), chunk_bytes=chunk)
        for item in entry_items(entry, "random.mbox", "p", ())
    ]
    load(con, items)


@FAST
@given(
    picks=st.lists(st.integers(0, 50), min_size=1, max_size=12),
    raw=mutated(MESSAGES),
    chunk=st.integers(1, 4096),
)
def test_mbox_split_is_the_same_for_any_chunk_size(
    picks: list[int], raw: bytes, chunk: int
) -> None:
    data = b"".join(message(i) for i in picks) + b"From a@b Mon Jan  1 00:00:00 2024\n" + raw
    whole = [(e.offset, e.data) for e in split_mbox(io.BytesIO(data))]
    pieces = [(e.offset, e.data) for e in split_mbox(io.BytesIO(data), chunk_bytes=chunk)]
    assert pieces == whole
    assert len(whole) >= len(picks) + 1


@FAST
@given(raw=st.one_of(st.binary(max_size=2000), mutated(CALENDARS)))
def test_random_and_mutated_calendars(raw: bytes, con: duckdb.DuckDBPyConnection) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.ics"
        path.write_bytes(raw)
        items = list(read_ics(path, account="p", window=WINDOW))
    assert items  # always a record or a reason
    load(con, items)
