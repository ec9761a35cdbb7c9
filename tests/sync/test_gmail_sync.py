"""Gmail sync through the loopback fake server with the real google-api-python-client."""

from __future__ import annotations

import logging

import duckdb
import pytest

from flows.config import Settings
from flows.gmail_sync import GmailOptions, gmail_step, list_query, run_gmail_sync
from flows.sources.google_errors import AuthExpired, SyncFatal
from flows.sync_state import load_state
from tests.fakes.google_server import FakeGoogleServer, Fault
from tests.fakes.mailbox import FakeMailbox, new_message_bytes
from tests.sync.conftest import (
    assert_mailbox_equal,
    count_rows,
    make_apis,
    stored_messages,
    sync,
)


def test_full_then_incremental_sync_equals_the_mailbox(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    first = sync(settings, server)
    assert first["gmail"]["fetched"] == 60
    assert_mailbox_equal(settings, box)

    new_ids = [box.add_message(new_message_bytes(n), ["INBOX", "UNREAD"]) for n in range(3)]
    ids = sorted(box.messages)
    box.delete_message(ids[0])
    box.relabel(ids[5], add=["STARRED"], remove=["UNREAD"])
    box.relabel(new_ids[1], remove=["UNREAD"])
    server.calls.clear()

    second = sync(settings, server)
    assert second["gmail"]["fetched"] == 3
    assert second["gmail"]["deleted"] == 1
    assert_mailbox_equal(settings, box)
    # Incremental: no listing, no profile; the three new messages in one batch.
    assert server.calls["gmail.messages.list"] == 0
    assert server.calls["gmail.history.list"] == 1
    assert server.calls["gmail.messages.get"] == 3
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        deleted = con.execute("select message_key from raw_messages where is_deleted").fetchall()
    assert deleted == [(ids[0],)]


def test_batches_hold_at_most_50_calls(settings: Settings, server: FakeGoogleServer) -> None:
    big = Settings(home=settings.home, batch_size=500, gmail_units_per_minute=10_000_000)
    sync(big, server)
    assert server.google.batch_sizes == [50, 10]


def test_idle_incremental_costs_one_history_call_and_one_events_call_per_calendar(
    settings: Settings, server: FakeGoogleServer
) -> None:
    sync(settings, server)
    server.calls.clear()
    result = sync(settings, server)
    assert dict(server.calls) == {
        "gmail.history.list": 1,
        "calendar.calendarList.list": 1,
        "calendar.events.list": 2,
    }
    assert result["gmail_units"] == 2


def test_history_pages_are_all_followed(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync(settings, server)
    monkeypatch.setattr("flows.sources.gmail.HISTORY_PAGE_SIZE", 2)
    new_ids = [box.add_message(new_message_bytes(n), ["INBOX"]) for n in range(7)]
    server.calls.clear()
    sync(settings, server)
    assert server.calls["gmail.history.list"] == 4
    assert set(new_ids) <= set(stored_messages(settings))
    assert_mailbox_equal(settings, box)


FAULTS = [
    pytest.param([Fault("gmail.messages.list", status=429)], id="429-list"),
    pytest.param(
        [Fault("gmail.messages.get", status=429, in_batch=True, times=7, skip=3)],
        id="429-inside-batch",
    ),
    pytest.param([Fault("gmail.batch", status=500, times=2)], id="500-batch"),
    pytest.param([Fault("gmail.getProfile", status=503, times=2)], id="503-profile"),
    pytest.param(
        [Fault("gmail.messages.list", status=403, reason="userRateLimitExceeded")],
        id="403-rate-limit",
    ),
    pytest.param([Fault("gmail.batch", kind="drop", times=3)], id="dropped-connection"),
    pytest.param(
        [Fault("gmail.messages.get", status=503, in_batch=True, times=2)], id="503-inside-batch"
    ),
    pytest.param(
        [Fault("gmail.messages.list", kind="delete_after_list", index=4)],
        id="deleted-between-list-and-get",
    ),
]


@pytest.mark.parametrize("faults", FAULTS)
def test_full_sync_survives(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, faults: list[Fault]
) -> None:
    for fault in faults:
        server.inject(fault)
    sync(settings, server)
    assert server.google.pending_faults() == []
    assert_mailbox_equal(settings, box)


INCREMENTAL_FAULTS = [
    pytest.param(Fault("gmail.history.list", status=429), id="429-history"),
    pytest.param(Fault("gmail.history.list", status=503, times=2), id="503-history"),
    pytest.param(Fault("gmail.history.list", kind="drop", times=3), id="dropped-history"),
    pytest.param(
        Fault("gmail.messages.get", status=429, in_batch=True, times=2), id="429-inside-batch"
    ),
]


@pytest.mark.parametrize("fault", INCREMENTAL_FAULTS)
def test_incremental_sync_survives(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, fault: Fault
) -> None:
    sync(settings, server)
    for n in range(4):
        box.add_message(new_message_bytes(n), ["INBOX"])
    box.delete_message(sorted(box.messages)[2])
    server.inject(fault)
    sync(settings, server)
    assert server.google.pending_faults() == []
    assert_mailbox_equal(settings, box)


def test_message_added_then_deleted_before_fetch(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    sync(settings, server)
    gone = box.add_message(new_message_bytes(1), ["INBOX"])
    box.delete_message(gone)
    sync(settings, server)
    assert gone not in stored_messages(settings)
    assert_mailbox_equal(settings, box)


def test_expired_history_starts_a_bounded_resync_by_itself(
    settings: Settings,
    server: FakeGoogleServer,
    box: FakeMailbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sync(settings, server)
    ids = sorted(box.messages)
    box.delete_message(ids[-1])  # the newest: inside the resync window
    box.relabel(ids[-3], add=["STARRED"])
    added = box.add_message(new_message_bytes(9), ["INBOX"])
    box.expire_history()
    server.calls.clear()
    with caplog.at_level(logging.WARNING, logger="sneaker.sync"):
        result = sync(settings, server)
    assert any("history expired" in r.getMessage() for r in caplog.records)
    assert len(result["gmail"]["resyncs"]) == 1
    # Bounded: listed with an after: window, not the whole mailbox.
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        state = load_state(con, settings.account, "gmail")
    assert state is not None and state.phase == "incremental"
    assert int(state.cursor or 0) == box.history_id
    assert added in stored_messages(settings)
    assert_mailbox_equal(settings, box)


def test_list_query_bounds_the_window() -> None:
    from datetime import date

    assert list_query("from:greenhouse.io", date(2026, 3, 1)) == (
        "from:greenhouse.io after:2026/03/01"
    )
    assert list_query(None, None) is None


def test_query_and_since_limit_the_full_sync(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    from datetime import date

    sync(settings, server, since=date(2026, 3, 10), query="Hooli")
    stored = stored_messages(settings)
    assert stored
    assert all(row["sent_at"].date() >= date(2026, 3, 9) for row in stored.values())
    assert all("Hooli" in (row["subject"] or "") for row in stored.values())
    assert len(stored) < len(box.messages)


def test_crash_mid_sync_resumes_without_gap_or_refetch(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    apis = make_apis(settings, server)
    real_get = apis.gmail.get_raw
    calls = {"n": 0}

    def crash_on_third(ids):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("simulated crash")
        return real_get(ids)

    apis.gmail.get_raw = crash_on_third  # type: ignore[method-assign]
    from warehouse.db import open_db

    with open_db(settings.db_path) as con, pytest.raises(RuntimeError):
        run_gmail_sync(con, apis.gmail, settings, GmailOptions(page_size=settings.batch_size))
    assert count_rows(settings, "raw_messages") == (50, 50)  # two committed batches of 25
    server.calls.clear()
    sync(settings, server)
    assert server.calls["gmail.messages.get"] == 10
    assert server.calls["gmail.getProfile"] == 0
    assert_mailbox_equal(settings, box)


@pytest.mark.parametrize(
    ("fault", "error", "text"),
    [
        (Fault("gmail.getProfile", status=401, reason="authError"), AuthExpired, "sneaker auth"),
        (
            Fault("gmail.getProfile", status=403, reason="insufficientPermissions"),
            SyncFatal,
            "lacks read access",
        ),
    ],
    ids=["401", "403-scope"],
)
def test_auth_and_scope_errors_stop_with_one_clear_line(
    settings: Settings, server: FakeGoogleServer, fault: Fault, error: type, text: str
) -> None:
    server.inject(fault)
    apis = make_apis(settings, server)
    from warehouse.db import open_db

    with open_db(settings.db_path) as con, pytest.raises(error, match=text) as info:
        gmail_step(con, apis.gmail, settings, GmailOptions())
    assert "\n" not in str(info.value)
    assert server.calls["gmail.getProfile"] == 1


def test_demo_mailbox_syncs_equal_with_faults(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The demo generator's realistic mail (odd charsets, HTML, invites) end to end."""
    from tests.fakes.google_server import demo_mailbox

    box = demo_mailbox(0.1, seed=3, out_dir=tmp_path_factory.mktemp("demo"))
    settings = Settings(
        home=tmp_path_factory.mktemp("home"), batch_size=100, gmail_units_per_minute=10_000_000
    ).ensure_dirs()
    with FakeGoogleServer(box) as server:
        server.inject(Fault("gmail.messages.get", status=429, in_batch=True, times=5, skip=20))
        server.inject(Fault("gmail.messages.list", kind="delete_after_list", index=7))
        result = sync(settings, server)
        assert result["gmail"]["quarantined"] == 0
        assert_mailbox_equal(settings, box)
        spam_or_trash = set(box.messages) - box.visible_ids()
        assert spam_or_trash and not spam_or_trash & set(stored_messages(settings))


def test_label_deltas_apply_to_stored_labels(tmp_path_factory: pytest.TempPathFactory) -> None:
    """History records without the message's full label list: apply adds and removes."""
    from flows.gmail_sync import _apply_labels
    from flows.sources.gmail import HistoryChanges
    from warehouse.db import open_db
    from warehouse.save import save_messages

    path = tmp_path_factory.mktemp("db") / "t.duckdb"
    with open_db(path) as con:
        save_messages(
            con,
            [
                {"message_key": k, "account": "a", "source": "gmail_api", "labels": labels}
                for k, labels in [("m1", ["Inbox", "Unread"]), ("m2", ["Inbox"]), ("m3", [])]
            ],
        )
        changes = HistoryChanges(
            labels={"m3": ["SENT"]},
            label_deltas={
                "m1": [("remove", ["UNREAD"]), ("add", ["STARRED", "Label_9"])],
                "m2": [("add", ["UNREAD"])],
            },
        )
        assert _apply_labels(con, changes, skip={"m2"}) == 2
        rows = con.execute("select message_key, labels from raw_messages order by 1").fetchall()
    assert rows == [
        ("m1", ["Inbox", "Starred", "Label_9"]),
        ("m2", ["Inbox"]),
        ("m3", ["Sent"]),
    ]


def test_429s_inside_a_batch_reply_are_retried_one_by_one(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    server.inject(Fault("gmail.messages.get", status=429, in_batch=True, times=7, skip=3))
    sync(settings, server)
    # Three batches (pages of 25), and the seven refused calls again, each on its own.
    assert server.google.batch_sizes == [25, 25, 10]
    assert server.calls["gmail.messages.get"] == 60 + 7
    # profile, 3 lists, 3 batches, 7 single gets, history, calendarList, 2 events lists
    assert server.google.http_requests == 1 + 3 + 3 + 7 + 1 + 1 + 2
    assert_mailbox_equal(settings, box)


def test_a_refused_saved_page_token_restarts_the_listing(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    from flows.sync_state import StreamState, save_state
    from warehouse.db import open_db

    with open_db(settings.db_path) as con:
        history_id = box.history_id
        page = {"token": "stale-token", "done_through": None, "q": None}
        save_state(con, settings.account, StreamState("gmail", str(history_id), "full", page))
    server.inject(Fault("gmail.messages.list", status=400, reason="invalidArgument"))
    sync(settings, server)
    assert_mailbox_equal(settings, box)


def test_retry_after_inside_a_batch_reply_is_waited_once_before_the_single_retries(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    import random

    from flows.sources.google_errors import RetryPolicy
    from flows.sync_apis import open_apis

    sleeps: list[float] = []
    policy = RetryPolicy(
        max_attempts=6, base_delay=0.001, sleep=sleeps.append, rng=random.Random(1)
    )
    gmail = open_apis(settings, api_endpoint=server.url, policy=policy).gmail
    ids = sorted(box.visible_ids())[:10]
    server.inject(
        Fault("gmail.messages.get", status=429, in_batch=True, times=3, skip=2, retry_after="7")
    )
    found, gone = gmail.get_raw(ids)
    assert (sorted(found), gone, sleeps) == (ids, set(), [7.0])
    assert server.calls["gmail.messages.get"] == 10 + 3


def test_a_sync_reports_the_messages_of_each_page_as_progress(
    settings: Settings, server: FakeGoogleServer
) -> None:
    from flows import progress

    seen: list[tuple[str, int]] = []
    progress.set_listener(lambda stage, done, total: seen.append((stage, done)))
    try:
        sync(settings, server)
    finally:
        progress.set_listener(None)
    fetched = [done for stage, done in seen if stage == "sync"]
    assert sum(fetched) == 60
    assert len([n for n in fetched if n]) == 3  # pages of 25, 25 and 10
