"""A fast path for plain calendar events: one-off VEVENTs with simple properties.

icalendar parses a content line in Python character by character and builds typed
parameter objects for every property: about 0.6 ms an event, so a Takeout calendar of
6,000 events cost 4 s, more than the rest of its import. Most events are one-off and
plain (no recurrence, standard TZIDs); for those only the few properties `ics.py`
reads are taken here, and their values are converted by icalendar's own functions
(`unescape_backslash`, `vDDDTypes.from_ical`), so the records are the same.

Anything else — recurrence (RRULE, RDATE, EXDATE, RECURRENCE-ID), a missing UID, a
VALUE type, an odd parameter or line, a TZID the time zone database does not know —
is left to icalendar: those events (with every event sharing their UID) are parsed
together in one small calendar, after icalendar has read the file's VTIMEZONEs (once,
first: it keeps the zones it reads by TZID). A file that is not
one well-formed VCALENDAR of VTIMEZONEs and VEVENTs returns None and is read by
icalendar whole (tests/sources/test_ics_fast_equivalence.py compares both paths).

The file is read a line at a time and its plain events parsed again when they are
handed on (`read_plain`), so a reader holds one group of events, not the calendar.
"""

from __future__ import annotations

import io
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import icalendar
from icalendar.parser import unescape_backslash
from icalendar.prop import vDDDTypes

_NAME = re.compile(r"[A-Za-z0-9-]+")
# A parameter whose values are quoted or plain (no backslash, no white space at either end,
# which icalendar would treat specially).
_PVALUE = r'(?:"[^"]*"|(?:[^";:,\\\s]+(?:[ \t]+[^";:,\\\s]+)*)?)'
_PARAM = re.compile(rf"([A-Za-z0-9-]+)=({_PVALUE})(?:,{_PVALUE})*")
_TZID = re.compile(r"[A-Za-z0-9/_+.-]+")
_DATE_VALUE = re.compile(r"\d{8}(?:T\d{6}Z?)?")
_TEXT = {"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS"}
_ADDRESS = {"ATTENDEE", "ORGANIZER"}
_TIMES = {"DTSTART", "DTEND", "DTSTAMP", "LAST-MODIFIED"}
_ZONED = {"DTSTART", "DTEND"}  # icalendar applies TZID only to these (of `_TIMES`)
_RECURRENCE = {"RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "DURATION"}


class _Unsure(Exception):
    """This event is not plain: icalendar reads it."""


class _NotPlainFile(Exception):
    """The file's shape is unusual: icalendar reads all of it."""


class TimeProp:
    """What `ics.py` reads of a date or date-time property: `dt` and `params`."""

    __slots__ = ("dt", "params")

    def __init__(self, dt: Any, params: dict[str, str]) -> None:
        self.dt = dt
        self.params = params


class PlainEvent:
    """The properties of a plain VEVENT, read like an icalendar component (`get`)."""

    __slots__ = ("props",)

    def __init__(self, props: dict[str, list[Any]]) -> None:
        self.props = props

    def get(self, name: str, default: Any = None) -> Any:
        values = self.props.get(name)
        if not values:
            return default
        # icalendar keeps one value as is and a repeated property as a list.
        return values[0] if len(values) == 1 else list(values)


def _split(line: str) -> tuple[str, dict[str, str], str]:
    """(upper-cased name, the parameters, the raw value) of a content line."""
    colon = line.find(":")
    semi = line.find(";")
    if colon < 0:
        raise _NotPlainFile
    if semi < 0 or semi > colon:
        name, params, value = line[:colon], {}, line[colon + 1 :]
    else:
        name, params = line[:semi], {}
        at = semi + 1
        while True:
            match = _PARAM.match(line, at)
            if match is None:
                raise _NotPlainFile
            params[match.group(1).upper()] = match.group(2).strip('"')
            at = match.end()
            if at >= len(line):
                raise _NotPlainFile
            if line[at] == ":":
                value = line[at + 1 :]
                break
            if line[at] != ";":
                raise _NotPlainFile
            at += 1
    if not _NAME.fullmatch(name):
        raise _NotPlainFile
    return name.upper(), params, value


def _time(name: str, params: dict[str, str], value: str) -> TimeProp:
    if not _DATE_VALUE.fullmatch(value):
        raise _Unsure
    tzid = params.get("TZID")
    extra = set(params) - {"TZID", "VALUE"}
    if extra or (tzid is not None and (name not in _ZONED or not _TZID.fullmatch(tzid))):
        raise _Unsure
    kind = params.get("VALUE", "").upper()
    if kind and kind != ("DATE" if len(value) == 8 else "DATE-TIME"):
        raise _Unsure
    if tzid and len(value) != 15:
        raise _Unsure
    dt = vDDDTypes.from_ical(value, tzid) if tzid else vDDDTypes.from_ical(value)
    if tzid and getattr(dt, "tzinfo", None) is None:
        raise _Unsure  # an unknown TZID: icalendar's reading is noted in the quarantine
    return TimeProp(dt, params)


def _plain_event(lines: list[str]) -> PlainEvent:
    props: dict[str, list[Any]] = {}
    depth = 0  # inside a VALARM (or another sub-component) when > 0
    for line in lines:
        name, params, value = _split(line)
        if name in ("BEGIN", "END"):
            depth += 1 if name == "BEGIN" else -1
            continue
        if depth or not (name in _TEXT or name in _ADDRESS or name in _TIMES):
            if name in _RECURRENCE and not depth:
                raise _Unsure
            continue
        if name in _TIMES:
            parsed: Any = _time(name, params, value)
        elif "VALUE" in params:
            raise _Unsure
        else:
            parsed = unescape_backslash(value)
        props.setdefault(name, []).append(parsed)
    uid = props.get("UID")
    if not uid or len(uid) > 1 or not uid[0].strip():
        raise _Unsure
    return PlainEvent(props)


def _logical_lines(physical: Iterable[bytes]) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each unfolded, non-empty content line of `physical` (lines as
    a binary file yields them), `start` and `end` the offsets of its bytes.

    The lines icalendar's unfolding of the whole text split at its line ends gives
    (test_ics_fast_equivalence compares them), a line at a time: a line starting with a
    space or tab continues the one before it, blank lines between them dropped (blank
    lines opening the text are folded away before it too).
    """
    pending: list[str] | None = None
    start = last = pos = 0
    bare = False  # the last piece's line ends in "\n" alone
    for raw in physical:
        end = pos + len(raw)
        content = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith(b"\n") else raw
        if content:
            try:
                text = content.decode("utf-8")
            except UnicodeDecodeError:
                raise _NotPlainFile from None
            if text[0] in " \t" and (pending is not None or pos > 0):
                if pending is None:
                    pending, start = [], pos
                pending.append(text[1:])
            else:
                if pending:
                    yield from _line(start, last, pending, bare)
                pending, start = [text], pos
            last, bare = end, raw.endswith(b"\n") and not raw.endswith(b"\r\n")
        pos = end
    if pending:
        yield from _line(start, last, pending, bare)


def _line(start: int, end: int, pieces: list[str], bare: bool) -> Iterator[tuple[int, int, str]]:
    """The logical line of `pieces` unless it is empty. A "\r" it ends with, where its last
    line ends in "\n" alone (a "\r" before an empty continuation line), is part of the
    line end as icalendar splits the unfolded text ("\r\n"), not of the line."""
    text = "".join(pieces)
    if bare and text.endswith("\r"):
        text = text[:-1]
    if text:
        yield start, end, text


def _event_lines(source: BinaryIO, spans: array[int], index: int) -> list[str]:
    """The unfolded lines of the file's `index`th VEVENT block, read again at its place."""
    start, end = spans[2 * index], spans[2 * index + 1]
    source.seek(start)
    return [text for _, _, text in _logical_lines(io.BytesIO(source.read(end - start)))]


def _uid_of(lines: list[str]) -> str | None:
    depth = 0
    for line in lines[1:-1]:
        name, _, value = _split(line)
        if name in ("BEGIN", "END"):
            depth += 1 if name == "BEGIN" else -1
        elif name == "UID" and not depth:
            return unescape_backslash(value).strip()
    return None


def _icalendar(zones: list[list[str]], events: list[list[str]]) -> Any:
    text = "\r\n".join(
        ["BEGIN:VCALENDAR"]
        + [line for block in zones + events for line in block]
        + ["END:VCALENDAR", ""]
    )
    (calendar,) = icalendar.Calendar.from_ical(text.encode("utf-8"), multiple=True)
    return calendar


class _Scan:
    """What the first reading of a file keeps: its VTIMEZONE blocks' lines, each VEVENT
    block's place in the file, and of each event its UID if plain, else its lines."""

    def __init__(self) -> None:
        self.zones: list[list[str]] = []
        self.spans = array("q")  # start and end offset of each VEVENT block, in file order
        self.uids: list[str | None] = []  # a plain event's UID, None for icalendar's
        self.unsure: dict[int, list[str]] = {}  # index → lines, of the events icalendar reads

    def event(self, lines: list[str], start: int, end: int) -> None:
        # Parsed to learn whether it is plain (and to meet any error the file would send
        # to icalendar whole), then let go: it is parsed again when its group is read.
        uid = _plain_uid(lines)
        if uid is None:
            self.unsure[len(self.uids)] = lines
        self.uids.append(uid)
        self.spans.extend((start, end))

    def read_again_in_known_zones(self) -> None:
        """The events not plain read again once icalendar has read the file's VTIMEZONEs:
        one in a zone the file defines and the time zone database does not know was not
        plain before (`_time`: its times had no zone) and is now."""
        for index, lines in list(self.unsure.items()):
            uid = _plain_uid(lines)
            if uid is not None:
                self.uids[index] = uid
                del self.unsure[index]


def _plain_uid(lines: list[str]) -> str | None:
    """A VEVENT block's UID if the event is plain, None if icalendar must read it."""
    try:
        return _plain_event(lines[1:-1]).get("UID").strip()
    except _Unsure:
        return None


def _scan(source: Iterable[bytes]) -> _Scan:
    """The first reading of a file, a line at a time; raises if the file is not a plain
    VCALENDAR of VTIMEZONEs and VEVENTs (the checks are those icalendar's reading needs)."""
    lines = _logical_lines(source)
    first = next(lines, None)
    held = next(lines, None)
    if first is None or held is None or first[2].upper() != "BEGIN:VCALENDAR":
        raise _NotPlainFile
    scan = _Scan()
    block: list[str] | None = None
    block_start = 0
    stack: list[str] = []
    # One line is held back: the last must close the calendar and is not read as content.
    for ahead in lines:
        start, end, line = held
        held = ahead
        upper = line.upper()
        if upper.startswith("BEGIN:"):
            stack.append(upper[6:])
            if len(stack) == 1:
                if stack[0] not in ("VEVENT", "VTIMEZONE"):
                    raise _NotPlainFile
                block, block_start = [], start
                if stack[0] == "VTIMEZONE":
                    scan.zones.append(block)
            elif stack[0] == "VEVENT" and stack[-1] != "VALARM":
                raise _NotPlainFile  # icalendar would walk a nested VEVENT as one more event
        elif upper.startswith("END:"):
            if not stack or stack.pop() != upper[4:]:
                raise _NotPlainFile
            if block is not None and not stack:
                block.append(line)
                if upper == "END:VEVENT":
                    scan.event(block, block_start, end)
                block = None
                continue
        elif not stack or stack[0] == "VTIMEZONE":
            # Calendar properties (PRODID, X-WR-TIMEZONE ...) and zone lines are not
            # read here, but a line icalendar would refuse must send the file to it.
            _split(line)
            if not stack:
                continue
        if block is not None:
            block.append(line)
    if stack or held[2].upper() != "END:VCALENDAR":
        raise _NotPlainFile
    return scan


class PlainCalendar:
    """A calendar file read event by event: its time zones, and its events grouped by
    UID in the order of their first event (`groups`), each parsed only when its group
    is read. Plain events are read again from the file; those icalendar reads (a series,
    its moved instances, any event sharing their UID) are held from the first reading."""

    def __init__(
        self,
        source: BinaryIO,
        zones: list[Any],
        spans: array[int],
        groups: dict[str, list[int]],
        parsed: dict[int, Any],
    ) -> None:
        self.zones = zones
        self._source = source
        self._spans = spans
        self._groups = groups
        self._parsed = parsed

    def __len__(self) -> int:
        return len(self._spans) // 2

    def event(self, index: int) -> Any:
        """The file's `index`th event: a `PlainEvent`, or icalendar's component."""
        if index in self._parsed:
            return self._parsed[index]
        return _plain_event(_event_lines(self._source, self._spans, index)[1:-1])

    def groups(self) -> Iterator[tuple[str, list[Any]]]:
        for key, indices in self._groups.items():
            yield key, [self.event(index) for index in indices]


def read_plain(source: BinaryIO, uid_of: Callable[[Any], str]) -> PlainCalendar | None:
    """`source` (a calendar file, open) read as `ics` reads a file, or None to let
    icalendar read it whole; `uid_of` is the key an icalendar component is grouped by.

    The file is read twice, never held: once a line at a time to check its shape and
    sort its events (plain, or icalendar's), then each group of events as it is read.
    A 100,000-message demo's calendar (6,000 events) was parsed whole to ~30 MB of
    objects in a parse worker, a peak that grew with the calendar.
    """
    try:
        scan = _scan(source)
        # icalendar keeps each zone it reads that the time zone database does not know
        # (by TZID, process-wide; `tzp.cache_timezone_component`): read first, the file's
        # zones serve the events read below, here and in icalendar, without parsing again.
        zones = _icalendar(scan.zones, []).walk("VTIMEZONE")
        if scan.zones:
            scan.read_again_in_known_zones()
        # A series and its moved instances share a UID: all of them go to icalendar.
        unsure_uids = {_uid_of(lines) for lines in scan.unsure.values()}
        for index, uid in enumerate(scan.uids):
            if uid is not None and uid in unsure_uids:
                scan.unsure[index] = _event_lines(source, scan.spans, index)
        parsed: dict[int, Any] = {}
        if scan.unsure:
            order = sorted(scan.unsure)
            found = _icalendar([], [scan.unsure[i] for i in order]).walk("VEVENT")
            if len(found) != len(order):
                return None
            parsed = dict(zip(order, found, strict=True))
    except Exception:  # _NotPlainFile, or icalendar refusing what it would refuse whole
        return None
    groups: dict[str, list[int]] = {}
    for index, uid in enumerate(scan.uids):
        key = uid_of(parsed[index]) if index in parsed else uid
        groups.setdefault(key, []).append(index)  # type: ignore[arg-type]
    return PlainCalendar(source, zones, scan.spans, groups, parsed)
