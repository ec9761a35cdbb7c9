"""Fixtures for sync tests: a loopback fake Google server and helpers to compare."""

from __future__ import annotations

import random
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.config import Settings
from flows.sources.gmail import gmail_labels
from flows.sources.google_errors import RetryPolicy
from flows.sync_apis import Apis, open_apis, run_sync
from tests.fakes.google_server import FakeGoogleServer
from tests.fakes.mailbox import FakeMailbox, build_small_mailbox

# No pacing waits in tests (pacing has its own unit test with a fake clock).
FAST_UNITS = 10_000_000


def fast_policy() -> RetryPolicy:
    sleeps: list[float] = []
    return RetryPolicy(
        max_attempts=6, base_delay=0.001, max_delay=0.01, sleep=sleeps.append, rng=random.Random(1)
    )


@pytest.fixture(scope="session")
def _pristine_box() -> FakeMailbox:
    return build_small_mailbox(FakeMailbox(), messages=60, seed=7)


@pytest.fixture
def box(_pristine_box: FakeMailbox) -> FakeMailbox:
    return _pristine_box.copy()


@pytest.fixture
def server(box: FakeMailbox) -> Iterator[FakeGoogleServer]:
    with FakeGoogleServer(box) as running:
        yield running


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        home=tmp_path / "home", batch_size=25, gmail_units_per_minute=FAST_UNITS
    ).ensure_dirs()


def make_apis(settings: Settings, server: FakeGoogleServer) -> Apis:
    return open_apis(settings, api_endpoint=server.url, policy=fast_policy())


def sync(settings: Settings, server: FakeGoogleServer, **kwargs: Any) -> dict[str, Any]:
    return run_sync(settings, make_apis(settings, server), **kwargs)


def stored_messages(settings: Settings) -> dict[str, dict[str, Any]]:
    """Live (not deleted) rows of raw_messages by key."""
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        cur = con.execute("select * from raw_messages where not is_deleted")
        names = [d[0] for d in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}


def count_rows(settings: Settings, table: str) -> tuple[int, int]:
    key = "message_key" if table == "raw_messages" else "event_key"
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        row = con.execute(f"select count(*), count(distinct {key}) from {table}").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def expected_mailbox(box: FakeMailbox) -> dict[str, dict[str, Any]]:
    """What the database should hold, read from the server's own bytes with the stdlib."""
    out = {}
    with box.lock:
        for mid in box.visible_ids():
            message = box.messages[mid]
            parsed = BytesParser(policy=default).parsebytes(message.raw)
            out[mid] = {
                "gmail_id": mid,
                "thread_id": message.thread_id,
                "labels": gmail_labels(message.label_ids, box.labels),
                "rfc822_message_id": str(parsed["Message-ID"]).strip().strip("<>"),
                "subject": str(parsed["Subject"]).strip(),  # folding leaves a leading space
                "size_bytes": len(message.raw),
                "is_from_me": "SENT" in message.label_ids,
            }
    return out


def assert_mailbox_equal(settings: Settings, box: FakeMailbox) -> None:
    """Same ids, same content, each message once (deleted ones flagged, not live)."""
    stored = stored_messages(settings)
    expected = expected_mailbox(box)
    assert sorted(stored) == sorted(expected)
    got = {k: {c: stored[k][c] for c in expected[k]} for k in stored}
    assert got == expected


def stored_events(settings: Settings) -> dict[str, bool]:
    """event_key -> is_deleted."""
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        return dict(con.execute("select event_key, is_deleted from raw_events").fetchall())


def expected_events(box: FakeMailbox) -> set[str]:
    return {f"{cal}/{eid}" for cal in box.calendars for eid in box.live_events(cal)}


def live_events(settings: Settings) -> set[str]:
    return {k for k, deleted in stored_events(settings).items() if not deleted}
