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
together in one small calendar that carries the file's VTIMEZONEs. A file that is not
one well-formed VCALENDAR of VTIMEZONEs and VEVENTs returns None and is read by
icalendar whole (tests/sources/test_ics_fast_equivalence.py compares both paths).
"""

from __future__ import annotations

import re
from typing import Any

import icalendar
from icalendar.parser import unescape_backslash
from icalendar.prop import vDDDTypes

_UFOLD = re.compile(r"(?:(?<!\n)\r\n|(?<![\r\n])\n)(?:\r?\n)*[ \t]")  # as icalendar
_NEWLINE = re.compile(r"\r?\n")
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


def _blocks(data: bytes) -> tuple[list[list[str]], list[list[str]]] | None:
    """(VTIMEZONE blocks, VEVENT blocks) as unfolded lines, or None if unusual."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None
    try:
        text = _UFOLD.sub("", data.decode("utf-8"))
    except UnicodeDecodeError:
        return None
    # The decoded text is let go once unfolded and the unfolded one once split, not held
    # through the loop below: a calendar of 6,000 events (4.5 MB) was read at a peak of
    # ~34 MB of Python objects, ~26 now (those of its events and their lines).
    lines = _NEWLINE.split(text)
    del text
    lines = [line for line in lines if line]
    if len(lines) < 2 or lines[0].upper() != "BEGIN:VCALENDAR":
        return None
    if lines[-1].upper() != "END:VCALENDAR":
        return None
    zones: list[list[str]] = []
    events: list[list[str]] = []
    block: list[str] | None = None
    stack: list[str] = []
    for line in lines[1:-1]:
        upper = line.upper()
        if upper.startswith("BEGIN:"):
            stack.append(upper[6:])
            if len(stack) == 1:
                if stack[0] not in ("VEVENT", "VTIMEZONE"):
                    return None
                block = []
                (events if stack[0] == "VEVENT" else zones).append(block)
            elif stack[0] == "VEVENT" and stack[-1] != "VALARM":
                return None  # icalendar would walk a nested VEVENT as one more event
        elif upper.startswith("END:"):
            if not stack or stack.pop() != upper[4:]:
                return None
            if block is not None and not stack:
                block.append(line)
                block = None
                continue
        elif not stack or stack[0] == "VTIMEZONE":
            # Calendar properties (PRODID, X-WR-TIMEZONE ...) and zone lines are not
            # read here, but a line icalendar would refuse must send the file to it.
            try:
                _split(line)
            except _NotPlainFile:
                return None
            if not stack:
                continue
        if block is not None:
            block.append(line)
    if stack:
        return None
    return zones, events


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


def plain_parse(data: bytes) -> tuple[list[Any], list[Any]] | None:
    """(events, time zones) as `ics._parse` would find them, or None to use icalendar.

    Plain events come back as `PlainEvent`s, the others as icalendar components, in
    the order of the file.
    """
    found = _blocks(data)
    if found is None:
        return None
    zone_blocks, blocks = found
    try:
        # The zones first, as icalendar reads them before the events that use them.
        zones = _icalendar(zone_blocks, []).walk("VTIMEZONE")
        events: list[Any] = []
        unsure: list[int] = []
        for index, lines in enumerate(blocks):
            try:
                events.append(_plain_event(lines[1:-1]))
            except _Unsure:
                events.append(None)
                unsure.append(index)
            else:
                # A plain event's lines are let go once read: a calendar's lines and its
                # events were both held until the end (~10 + 20 MB of objects for 6,000
                # events), the parse's peak, which grew with the calendar.
                blocks[index] = []
        # A series and its moved instances share a UID: all of them go to icalendar.
        unsure_uids = {_uid_of(blocks[i]) for i in unsure}
        moved = [
            index
            for index, event in enumerate(events)
            if event is not None and event.get("UID").strip() in unsure_uids
        ]
        if moved:  # their lines were let go: the file is split again (rare: a UID shared)
            blocks = _blocks(data)[1]  # type: ignore[index]
        for index in moved:
            events[index] = None
            unsure.append(index)
        if not unsure:
            return events, zones
        unsure.sort()
        calendar = _icalendar(zone_blocks, [blocks[i] for i in unsure])
    except Exception:  # _NotPlainFile, or icalendar refusing what it would refuse whole
        return None
    parsed = calendar.walk("VEVENT")
    if len(parsed) != len(unsure):
        return None
    for index, component in zip(unsure, parsed, strict=True):
        events[index] = component
    return events, calendar.walk("VTIMEZONE")
