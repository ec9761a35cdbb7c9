"""Two calendars that define different zones under one custom name are each read in their
own zone (icalendar keeps the zones it reads for the process, by TZID)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.sources.takeout import ics

WINDOW = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))
TZID = "Customized Time Zone"  # Outlook's name for any zone it defines itself


def calendar(tmp_path: Path, name: str, offset: str, recurring: bool = False) -> Path:
    """A calendar of one 09:00 event in a zone of a fixed `offset` named `TZID`."""
    rule = "RRULE:FREQ=DAILY;COUNT=1\r\n" if recurring else ""
    path = tmp_path / f"{name}.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        f"BEGIN:VTIMEZONE\r\nTZID:{TZID}\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:{offset}\r\n"
        f"TZOFFSETTO:{offset}\r\nDTSTART:16010101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        f"BEGIN:VEVENT\r\nUID:{name}@example.com\r\nSUMMARY:Interview\r\n{rule}"
        f"DTSTART;TZID={TZID}:20261103T090000\r\nDTEND;TZID={TZID}:20261103T100000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    return path


def starts(path: Path) -> list[datetime]:
    return [
        r["start_at"]
        for r in ics.read_ics(path, account="me@example.com", window=WINDOW)
        if isinstance(r, dict)
    ]


EAST = ("east", "+0300", datetime(2026, 11, 3, 6, 0, tzinfo=UTC))
WEST = ("west", "-0500", datetime(2026, 11, 3, 14, 0, tzinfo=UTC))


@pytest.mark.parametrize("recurring", [False, True], ids=["plain-event", "series"])
@pytest.mark.parametrize("icalendar_whole", [False, True], ids=["fast-path", "icalendar-whole"])
@pytest.mark.parametrize("order", [(EAST, WEST), (WEST, EAST)], ids=["east-first", "west-first"])
def test_each_calendar_is_read_in_its_own_zone(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    order: tuple[tuple[str, str, datetime], ...],
    icalendar_whole: bool,
    recurring: bool,
) -> None:
    if icalendar_whole:
        monkeypatch.setattr(ics, "read_plain", lambda source, uid_of: None)
    paths = [calendar(tmp_path, name, offset, recurring) for name, offset, _ in order]
    assert [starts(path) for path in paths] == [[start] for _, _, start in order]


def test_a_zone_is_not_taken_from_a_calendar_read_before(tmp_path: Path) -> None:
    # A file that names a custom zone it does not define gets no other file's zone: its
    # times are read as UTC and the event is noted in the quarantine, whatever came before.
    starts(calendar(tmp_path, "east", "+0300"))
    lone = tmp_path / "lone.ics"
    lone.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:lone@example.com\r\n"
        f"DTSTART;TZID={TZID}:20261103T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    read = list(ics.read_ics(lone, account="me@example.com", window=WINDOW))
    assert [r["start_at"] for r in read if isinstance(r, dict)] == [
        datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    ]
    assert [q.reason for q in read if not isinstance(q, dict)] == [
        "unknown TZID; times read as UTC"
    ]


def two_events(tmp_path: Path, name: str, offset: str, tzid: str, recurring: bool) -> Path:
    """`calendar` in a zone named `tzid`, with a second event (another UID): read in two
    groups."""
    text = calendar(tmp_path, name, offset, recurring).read_text(encoding="utf-8")
    text = text.replace(TZID, tzid)
    event = text[text.index("BEGIN:VEVENT") : text.index("END:VCALENDAR")]
    second = event.replace(f"UID:{name}@", f"UID:{name}-2@")
    path = tmp_path / f"{name}.ics"
    path.write_text(text.replace("END:VCALENDAR", second + "END:VCALENDAR"), newline="")
    return path


@pytest.mark.parametrize("recurring", [False, True], ids=["plain-events", "series"])
@pytest.mark.parametrize("icalendar_whole", [False, True], ids=["fast-path", "icalendar-whole"])
# The fast path reads a plain TZID's events itself, a group at a time; Outlook's name
# (spaces) sends them to icalendar, read at once.
@pytest.mark.parametrize("tzid", ["Custom-Zone", TZID], ids=["plain-tzid", "outlook-tzid"])
def test_a_reader_resumed_after_another_files_keeps_its_zone(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tzid: str,
    icalendar_whole: bool,
    recurring: bool,
) -> None:
    # The cache holds the zones of the file whose reader began last: the first file's
    # second event was read in the other file's zone (plain TZID, fast path).
    if icalendar_whole:
        monkeypatch.setattr(ics, "read_plain", lambda source, uid_of: None)
    east = two_events(tmp_path, *EAST[:2], tzid, recurring)
    west = two_events(tmp_path, *WEST[:2], tzid, recurring)
    first = ics.read_ics(east, account="me@example.com", window=WINDOW)
    assert next(first)["start_at"] == EAST[2]
    assert starts(west) == [WEST[2], WEST[2]]
    assert [r["start_at"] for r in first if isinstance(r, dict)] == [EAST[2]]
