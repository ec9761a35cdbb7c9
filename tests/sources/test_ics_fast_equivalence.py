"""The calendar fast path (`ics_fast.read_plain`) gives the records icalendar gives."""

from __future__ import annotations

import io
import re
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flows.sources.takeout import ics, ics_fast
from flows.sources.takeout.ics_fast import PlainCalendar, PlainEvent, _logical_lines, read_plain

REPO = Path(__file__).resolve().parents[2]
CORPORA = [REPO / "tests" / "data" / "ics", REPO.parent / "shared" / "corpus" / "ics-icalendar"]
FILES = sorted(p for root in CORPORA if root.is_dir() for p in root.glob("*.ics"))
WINDOW = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))


def plain(data: bytes) -> PlainCalendar | None:
    return read_plain(io.BytesIO(data), ics._uid)


def plain_events(data: bytes) -> list[Any]:
    calendar = plain(data)
    return [calendar.event(i) for i in range(len(calendar))] if calendar else []


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[object], list[object]]:
    fast = list(ics.read_ics(path, account="me@example.com", window=WINDOW))
    with monkeypatch.context() as patch:
        patch.setattr(ics, "read_plain", lambda source, uid_of: None)
        slow = list(ics.read_ics(path, account="me@example.com", window=WINDOW))
    return fast, slow


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_corpus_calendar_reads_the_same(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow
    assert [repr(r) for r in fast] == [repr(r) for r in slow]  # time zones too


def test_the_fast_path_is_taken_for_most_corpus_files() -> None:
    # Guards against a shortcut that quietly never runs (then the test above proves nothing).
    taken = [p.name for p in FILES if plain(p.read_bytes()) is not None]
    assert len(taken) >= len(FILES) // 2


GOOGLE_HEAD = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
    "X-WR-TIMEZONE:America/Chicago\r\nBEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nTZNAME:CST\r\n"
    "DTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)


def google_calendar(tmp_path: Path, body: str) -> Path:
    """A Google-exported .ics (its head and Chicago zone) with these events, written as is."""
    path = tmp_path / "cal.ics"
    path.write_text(GOOGLE_HEAD + body, encoding="utf-8", newline="")
    return path


def own_zone(tzid: str) -> str:
    """A VTIMEZONE of a fixed +03:00 offset under a name the time zone database does not
    know (each test its own name: icalendar keeps a zone it has read for the process)."""
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\n"
        "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nTZNAME:OWN\r\n"
        "DTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )


def test_plain_and_recurring_events_mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = (
        "BEGIN:VEVENT\r\nUID:one@x\r\nSUMMARY:Call with Acme\\, Inc\\; room \\N2\r\n"
        "DTSTART;TZID=America/Chicago:20261103T090000\r\n"
        "DTEND;TZID=America/Chicago:20261103T093000\r\nDTSTAMP:20261101T000000Z\r\n"
        'ATTENDEE;CN="Tom: B";ROLE=REQ-PARTICIPANT:mailto:Tom@X.com\r\n'
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:not the event's\r\n"
        "TRIGGER:-PT10M\r\nEND:VALARM\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:weekly@x\r\nSUMMARY:Standup\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
        "DTSTART;TZID=America/Chicago:20261102T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:weekly@x\r\nRECURRENCE-ID;TZID=America/Chicago:20261109T100000\r\n"
        "SUMMARY:Standup (moved)\r\nDTSTART;TZID=America/Chicago:20261109T110000\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:day@x\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Holiday\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:odd@x\r\nDTSTART;TZID=Mars/Olympus:20261225T100000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = google_calendar(tmp_path, body)
    events = plain_events(path.read_bytes())
    assert [type(e) is PlainEvent for e in events] == [True, False, False, True, False]
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow
    assert [r["event_key"] for r in fast if isinstance(r, dict)] == [
        "cal/one@x",
        "cal/weekly@x/20261102T160000Z",
        "cal/weekly@x/20261109T160000Z",
        "cal/weekly@x/20261116T160000Z",
        "cal/day@x",
        "cal/odd@x",
    ]
    assert fast[0] == {
        "event_key": "cal/one@x",
        "account": "me@example.com",
        "source": "takeout_ics",
        "calendar_id": "cal",
        "event_id": "one@x",
        "ical_uid": "one@x",
        "recurring_event_id": None,
        "status": None,
        "summary": "Call with Acme, Inc; room \n2",
        "description": None,
        "location": None,
        "start_at": datetime(2026, 11, 3, 15, 0, tzinfo=UTC),
        "end_at": datetime(2026, 11, 3, 15, 30, tzinfo=UTC),
        "is_all_day": False,
        "organizer_email": None,
        "attendees": ["tom@x.com"],
        "updated_at": datetime(2026, 11, 1, tzinfo=UTC),
        "is_deleted": False,
    }


def test_an_event_in_a_zone_the_file_defines_is_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A zone name the time zone database does not know (and no other test uses: icalendar
    # keeps a zone it has read for the process), defined after the event that uses it.
    body = (
        "BEGIN:VEVENT\r\nUID:z@x\r\nSUMMARY:Call\r\n"
        "DTSTART;TZID=Fast_path/Own_zone:20261103T090000\r\n"
        "DTEND;TZID=Fast_path/Own_zone:20261103T093000\r\nEND:VEVENT\r\n"
        + own_zone("Fast_path/Own_zone")
        + "END:VCALENDAR\r\n"
    )
    path = google_calendar(tmp_path, body)
    assert [type(e) is PlainEvent for e in plain_events(path.read_bytes())] == [True]
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow
    assert fast[0]["start_at"] == datetime(2026, 11, 3, 6, 0, tzinfo=UTC)


def test_a_files_zones_are_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A series in a zone the file defines (a name no other test uses: icalendar keeps a
    # zone it has read for the process) goes to icalendar without the file's zones, which
    # icalendar read, and kept, before the events.
    body = (
        "BEGIN:VEVENT\r\nUID:series@x\r\nSUMMARY:Standup\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\n"
        "DTSTART;TZID=Fast_path/Series_zone:20261102T100000\r\nEND:VEVENT\r\n"
        + own_zone("Fast_path/Series_zone")
        + "END:VCALENDAR\r\n"
    )
    path = google_calendar(tmp_path, body)
    zones_read: list[int] = []
    read = ics_fast._icalendar

    def counted(zones: list[list[str]], events: list[list[str]]) -> Any:
        zones_read.append(len(zones))
        return read(zones, events)

    monkeypatch.setattr(ics_fast, "_icalendar", counted)
    fast, slow = both_ways(path, monkeypatch)
    assert zones_read == [2, 0]  # the file's two zones, then the series alone
    assert fast == slow
    assert [r["event_key"] for r in fast if isinstance(r, dict)] == [
        "cal/series@x/20261102T070000Z",
        "cal/series@x/20261109T070000Z",
    ]


def test_a_plain_event_sharing_a_recurring_uid_goes_to_icalendar_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The plain one comes first: its lines were let go once read, and are read again.
    body = (
        "BEGIN:VEVENT\r\nUID:weekly@x\r\nSUMMARY:Standup kickoff\r\n"
        "DTSTART;TZID=America/Chicago:20261030T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:one@x\r\nSUMMARY:Call\r\n"
        "DTSTART;TZID=America/Chicago:20261103T090000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:weekly@x\r\nSUMMARY:Standup\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\n"
        "DTSTART;TZID=America/Chicago:20261102T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = google_calendar(tmp_path, body)
    events = plain_events(path.read_bytes())
    assert [type(e) is PlainEvent for e in events] == [False, True, False]
    assert [str(e.get("SUMMARY")) for e in events] == ["Standup kickoff", "Call", "Standup"]
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow
    # (two masters of one UID: icalendar's reading expands the first)
    assert [r["event_key"] for r in fast if isinstance(r, dict)] == [
        "cal/weekly@x/20261030T150000Z",
        "cal/one@x",
    ]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda t: t.replace("END:VCALENDAR\r\n", ""), id="unterminated"),
        pytest.param(lambda t: "\ufeff" + t, id="bom"),
        pytest.param(lambda t: t.replace("UID:a@x", "UID:a@x\r\nSUM MARY:x"), id="bad-name"),
        pytest.param(lambda t: t.replace("BEGIN:VEVENT", "BEGIN:VTODO", 1), id="other-component"),
        pytest.param(lambda t: t + "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", id="two-calendars"),
    ],
)
def test_unusual_files_go_to_icalendar_whole(
    damage: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = GOOGLE_HEAD + "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261103T090000Z\r\nEND:VEVENT\r\n"
    text = damage(text + "END:VCALENDAR\r\n")  # type: ignore[operator]
    path = tmp_path / "cal.ics"
    path.write_bytes(text.encode("utf-8"))
    assert plain(path.read_bytes()) is None
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
    max_size=40,
)
_ZONES = st.sampled_from([None, "UTC", "America/Chicago", "Europe/Berlin", "Nowhere/Land"])


@st.composite
def events(draw: st.DrawFn) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", draw(st.sampled_from(["a@x", "b@x", " c@x ", "d@x"])))
    for name in ("summary", "location", "description", "status"):
        if draw(st.booleans()):
            event.add(name, draw(_TEXT))
    start = datetime(2026, 1, 1) + timedelta(minutes=draw(st.integers(0, 600_000)))
    if draw(st.booleans()):
        event.add("dtstart", date(start.year, start.month, start.day))
    else:
        zone = draw(_ZONES)
        event.add("dtstart", start, parameters={"TZID": zone} if zone else None)
        if draw(st.booleans()):
            event.add("dtend", start + timedelta(hours=1), {"TZID": zone} if zone else None)
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(["Tom", 'Ann "B"', "O'Neil; Jr", "Zoë, R"]))
        event.add("attendee", f"mailto:{name[:2].strip()}@x.com", parameters={"CN": name})
    if draw(st.booleans()):
        event.add("rrule", {"freq": "daily", "count": 2})
    return event


@pytest.mark.filterwarnings("ignore")
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(evs=st.lists(events(), min_size=1, max_size=5))
def test_generated_calendars_read_the_same(
    evs: list[icalendar.Event], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//test//EN")
    calendar.add("version", "2.0")
    for event in evs:
        calendar.add_component(event)
    path = tmp_path / "gen.ics"
    path.write_bytes(calendar.to_ical())
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow
    assert [repr(r) for r in fast] == [repr(r) for r in slow]


ICALENDAR_UNFOLD = re.compile(r"(?:(?<!\n)\r\n|(?<![\r\n])\n)(?:\r?\n)*[ \t]")  # icalendar's


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(["A:b", "UID:x", " c", "\tc", " ", "\r", "é", ";", "\r\n", "\n"]),
        max_size=30,
    )
)
# A "\r" before an empty continuation line ending in "\n": icalendar's line end ("\r\n").
@example(pieces=["A:b\r", "\r\n", " ", "\n"])
def test_lines_are_read_as_icalendar_unfolds_the_whole_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    data = text.encode("utf-8")
    expected = [line for line in re.split(r"\r?\n", ICALENDAR_UNFOLD.sub("", text)) if line]
    found = list(_logical_lines(io.BytesIO(data)))
    assert [line for _, _, line in found] == expected
    for start, end, line in found:  # a line's bytes read alone give the line back
        if data[start : start + 1] not in (b" ", b"\t"):
            assert [again for _, _, again in _logical_lines(io.BytesIO(data[start:end]))] == [line]


def _calendar(events: int) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}@x\r\nSUMMARY:Call number {i} about the role\r\n"
        f"DESCRIPTION:{'A long description, folded' * 4}\r\n"
        f"DTSTART;TZID=America/Chicago:2026{1 + i % 12:02d}03T090000\r\n"
        f"DTEND;TZID=America/Chicago:2026{1 + i % 12:02d}03T093000\r\n"
        "ATTENDEE;CN=Tom:mailto:tom@x.com\r\nEND:VEVENT\r\n"
        for i in range(events)
    )
    return (GOOGLE_HEAD + body + "END:VCALENDAR\r\n").encode("utf-8")


def _peak_reading(path: Path) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for _ in ics.read_ics(path, account="me@example.com", window=WINDOW))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == path.read_bytes().count(b"BEGIN:VEVENT")
    return peak


def test_a_plain_calendar_is_read_without_holding_its_events(tmp_path: Path) -> None:
    # Read whole, these events took ~2,800 bytes each until the last was read; read event
    # by event, what grows is each one's place in the file and its UID (~240 bytes).
    small, large = tmp_path / "small.ics", tmp_path / "large.ics"
    small.write_bytes(_calendar(300))
    large.write_bytes(_calendar(3000))
    per_event = (_peak_reading(large) - _peak_reading(small)) / 2700
    assert per_event < 500
