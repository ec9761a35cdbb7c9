"""Calendar sync: sync tokens per calendar, cancellations, 410 recovery, record shape."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import duckdb
import pytest

from flows.config import Settings
from flows.sources.calendar_api import event_record
from flows.sync_state import StreamState, load_state, save_state
from tests.fakes.google_server import FakeGoogleServer, Fault
from tests.fakes.mailbox import FakeMailbox, make_event
from tests.sync.conftest import expected_events, live_events, stored_events, sync

SECOND = "cal1@group.calendar.google.com"


def test_full_then_incremental_with_cancellations(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    first = sync(settings, server)
    assert [c["full"] for c in first["calendar"]] == [True, True]
    assert live_events(settings) == expected_events(box)

    box.put_event(SECOND, make_event("late", datetime(2026, 4, 2, 15, tzinfo=UTC), "Onsite"))
    box.cancel_event("primary", "c0e1")
    server.calls.clear()
    second = sync(settings, server)
    assert [(c["full"], c["events"], c["deleted"]) for c in second["calendar"]] == [
        (False, 0, 1),
        (False, 1, 0),
    ]
    assert server.calls["calendar.events.list"] == 2
    assert live_events(settings) == expected_events(box)
    assert stored_events(settings)["primary/c0e1"] is True
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        row = con.execute(
            "select status, summary from raw_events where event_key = 'primary/c0e1'"
        ).fetchone()
        tokens = {
            cal: load_state(con, settings.account, f"calendar:{cal}") for cal in box.calendars
        }
    # A cancellation keeps the stored content and flags the row.
    assert row == ("cancelled", "Interview 1 with Hooli")
    assert {cal: (s.cursor, s.phase) for cal, s in tokens.items() if s} == {
        cal: (f"s{box.change_seq}", "incremental") for cal in box.calendars
    }


def test_sync_token_only_from_the_last_page(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("flows.sources.calendar_api.EVENTS_PAGE_SIZE", 3)
    result = sync(settings, server)
    assert [c["pages"] for c in result["calendar"]] == [2, 3]
    assert live_events(settings) == expected_events(box)
    server.calls.clear()
    sync(settings, server)
    assert server.calls["calendar.events.list"] == 2


def test_expired_sync_token_resyncs_and_removes_vanished_events(
    settings: Settings,
    server: FakeGoogleServer,
    box: FakeMailbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sync(settings, server)
    box.vanish_event(SECOND, "c1e2")  # gone without a cancellation record
    box.put_event(SECOND, make_event("new", datetime(2026, 5, 1, 9, tzinfo=UTC), "Final round"))
    box.expire_sync_tokens(SECOND)
    with caplog.at_level(logging.WARNING, logger="sneaker.sync"):
        result = sync(settings, server)
    assert any("410" in r.getMessage() for r in caplog.records)
    by_cal = {c["calendar_id"]: c for c in result["calendar"]}
    assert (by_cal[SECOND]["reset"], by_cal[SECOND]["full"], by_cal[SECOND]["deleted"]) == (
        True,
        True,
        1,
    )
    assert by_cal["primary"]["reset"] is False
    assert stored_events(settings)[f"{SECOND}/c1e2"] is True
    assert live_events(settings) == expected_events(box)


@pytest.mark.parametrize(
    "fault",
    [
        Fault("calendar.events.list", status=429, reason="rateLimitExceeded"),
        Fault("calendar.events.list", status=503, times=2),
        Fault("calendar.calendarList.list", status=500),
        Fault("calendar.events.list", kind="drop", times=3),
        Fault("calendar.events.list", status=403, reason="userRateLimitExceeded"),
    ],
    ids=["429", "503", "500-calendarList", "dropped", "403-rate-limit"],
)
def test_calendar_sync_survives(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, fault: Fault
) -> None:
    server.inject(fault)
    sync(settings, server)
    assert server.google.pending_faults() == []
    assert live_events(settings) == expected_events(box)


def test_event_record_whole_row() -> None:
    item = {
        "id": "abc_20260310T150000Z",
        "status": "confirmed",
        "iCalUID": "abc@google.com",
        "recurringEventId": "abc",
        "summary": "Phone screen – Globex",
        "description": "Zoom link inside",
        "location": "",
        "start": {"dateTime": "2026-03-10T10:00:00-05:00"},
        "end": {"dateTime": "2026-03-10T10:30:00-05:00"},
        "organizer": {"email": "Recruiter@Globex.example"},
        "attendees": [{"email": "me@example.com"}, {"email": "Recruiter@Globex.example"}],
        "updated": "2026-03-01T12:00:00.000Z",
    }
    assert event_record(item, account="default", calendar_id="primary") == {
        "event_key": "primary/abc_20260310T150000Z",
        "account": "default",
        "source": "calendar_api",
        "calendar_id": "primary",
        "event_id": "abc_20260310T150000Z",
        "ical_uid": "abc@google.com",
        "recurring_event_id": "abc",
        "status": "confirmed",
        "summary": "Phone screen – Globex",
        "description": "Zoom link inside",
        "location": "",
        "start_at": datetime(2026, 3, 10, 15, 0, tzinfo=UTC),
        "end_at": datetime(2026, 3, 10, 15, 30, tzinfo=UTC),
        "is_all_day": False,
        "organizer_email": "recruiter@globex.example",
        "attendees": ["me@example.com", "recruiter@globex.example"],
        "updated_at": datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
        "is_deleted": False,
    }


def test_all_day_event_starts_at_local_midnight() -> None:
    # Across the DST change of 8 March 2026: CST (UTC-6) to CDT (UTC-5).
    item = {"id": "x", "start": {"date": "2026-03-07"}, "end": {"date": "2026-03-09"}}
    record = event_record(item, account="a", calendar_id="c", timezone="America/Chicago")
    assert (record["start_at"], record["end_at"], record["is_all_day"]) == (
        datetime(2026, 3, 7, 6, 0, tzinfo=UTC),
        datetime(2026, 3, 9, 5, 0, tzinfo=UTC),
        True,
    )


def test_a_calendar_deleted_mid_sync_is_skipped(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    server.inject(Fault("calendar.events.list", status=404, reason="notFound", skip=1))
    result = sync(settings, server)
    assert [(c["calendar_id"], c["pages"]) for c in result["calendar"]] == [
        ("primary", 1),
        (SECOND, 0),
    ]
    assert live_events(settings) == {k for k in expected_events(box) if k.startswith("primary/")}
    sync(settings, server)
    assert live_events(settings) == expected_events(box)


def _interrupt_second_calendar(settings: Settings, server: FakeGoogleServer) -> None:
    """A sync that fails for good on the third page of the second calendar (pages of 2:
    primary lists 3 pages, the second calendar 4), as a killed run would stop there."""
    server.inject(Fault("calendar.events.list", status=400, reason="badRequest", skip=5))
    with pytest.raises(Exception, match="400|badRequest|Bad"):
        sync(settings, server)


def _state(settings: Settings, calendar_id: str):
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        return load_state(con, settings.account, f"calendar:{calendar_id}")


def _listed(settings: Settings, calendar_id: str) -> list[str]:
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        rows = con.execute(
            "select item_key from sync_listed where account = ? and stream = ? order by 1",
            [settings.account, f"calendar:{calendar_id}"],
        ).fetchall()
    return [key for (key,) in rows]


def test_an_interrupted_full_listing_goes_on_from_its_saved_page(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("flows.sources.calendar_api.EVENTS_PAGE_SIZE", 2)
    _interrupt_second_calendar(settings, server)
    saved = _state(settings, SECOND)
    assert (saved.cursor, saved.phase, sorted(saved.page)) == (
        None,
        "full",
        ["page_token", "sync_token", "time_min"],
    )
    assert _listed(settings, SECOND) == [f"{SECOND}/c1e{n}" for n in range(4)]

    server.calls.clear()
    result = sync(settings, server)
    by_cal = {c["calendar_id"]: c for c in result["calendar"]}
    assert (by_cal[SECOND]["resumed"], by_cal[SECOND]["full"], by_cal[SECOND]["pages"]) == (
        True,
        True,
        2,
    )
    # primary: one incremental call; the second calendar: its last two pages only.
    assert server.calls["calendar.events.list"] == 3
    # The events of the pages listed before the interruption are not taken for vanished.
    assert live_events(settings) == expected_events(box)
    assert (_state(settings, SECOND).phase, _state(settings, SECOND).page) == ("incremental", {})
    assert _listed(settings, SECOND) == []
    server.calls.clear()
    sync(settings, server)
    assert server.calls["calendar.events.list"] == 2


def test_a_listing_saved_with_its_ids_in_the_page_goes_on_without_losing_them(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before schema 2 the listed ids were kept in the saved page itself.
    monkeypatch.setattr("flows.sources.calendar_api.EVENTS_PAGE_SIZE", 2)
    _interrupt_second_calendar(settings, server)
    saved = _state(settings, SECOND)
    old_page = {**saved.page, "seen": [key.split("/", 1)[1] for key in _listed(settings, SECOND)]}
    with duckdb.connect(str(settings.db_path)) as con:
        con.execute("delete from sync_listed")
        save_state(con, settings.account, StreamState(saved.stream, None, "full", old_page))

    sync(settings, server)
    assert live_events(settings) == expected_events(box)
    assert _listed(settings, SECOND) == []


def test_an_interrupted_incremental_listing_goes_on_with_its_sync_token(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("flows.sources.calendar_api.EVENTS_PAGE_SIZE", 2)
    sync(settings, server)
    token = _state(settings, SECOND).cursor
    for n in range(5):
        begin = datetime(2026, 6, 1 + n, 15, tzinfo=UTC)
        box.put_event(SECOND, make_event(f"n{n}", begin, "Onsite"))
    # primary (1 call), then the second calendar's first page; its second page fails.
    server.inject(Fault("calendar.events.list", status=400, reason="badRequest", skip=2))
    with pytest.raises(Exception, match="400|badRequest|Bad"):
        sync(settings, server)
    saved = _state(settings, SECOND)
    assert (saved.cursor, saved.phase, saved.page["sync_token"], _listed(settings, SECOND)) == (
        token,
        "incremental",
        token,
        [],
    )
    server.calls.clear()
    result = sync(settings, server)
    assert [(c["resumed"], c["full"], c["pages"]) for c in result["calendar"]] == [
        (False, False, 1),
        (True, False, 2),
    ]
    assert live_events(settings) == expected_events(box)
    assert _state(settings, SECOND).cursor == f"s{box.change_seq}"


def test_a_refused_saved_page_token_restarts_that_listing(
    settings: Settings,
    server: FakeGoogleServer,
    box: FakeMailbox,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr("flows.sources.calendar_api.EVENTS_PAGE_SIZE", 2)
    _interrupt_second_calendar(settings, server)
    # A page token days old: Google answers 400; the listing starts over by itself.
    server.inject(Fault("calendar.events.list", status=400, reason="badRequest", skip=1))
    server.calls.clear()
    with caplog.at_level(logging.INFO, logger="sneaker.sync"):
        result = sync(settings, server)
    assert any("page token was refused" in r.getMessage() for r in caplog.records)
    by_cal = {c["calendar_id"]: c for c in result["calendar"]}
    assert (by_cal[SECOND]["resumed"], by_cal[SECOND]["pages"]) == (False, 4)
    assert server.calls["calendar.events.list"] == 1 + 1 + 4
    assert live_events(settings) == expected_events(box)
