"""Calendar `.ics` files (Google Takeout's `Calendar/*.ics`) → `RawEvent` records.

Choices:
- Keys: ``<file stem>/<UID>`` for a single event, ``<file stem>/<UID>/<recurrence start
  in UTC>`` for each instance of a recurring one (the RECURRENCE-ID, so a moved
  instance keeps its key).
- Recurrences are expanded within `window`; by default from two years before now to
  one year after (a job search is recent; a weekly meeting since 2009 is not). Single
  events are always kept, whatever their date. A series yields at most
  `MAX_INSTANCES`; rules repeating hourly or more often are quarantined, and a series
  with no instance in the window keeps its first occurrence.
- Times are in UTC. All-day events start at 00:00 UTC of their date (`is_all_day`).
  Floating times and times in an unknown TZID are read as UTC; an unknown TZID is
  also noted in the quarantine (stage "decode") while the event is kept.
- A missing DTEND is DTSTART + DURATION, else one day for all-day events, else DTSTART.
- A broken series or event is quarantined (key ``<path>#<UID>``) and the rest of the
  file goes on; a file icalendar cannot parse at all is retried event by event.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import icalendar
import recurring_ical_events
from icalendar.timezone import tzp

from flows.sources.records import Quarantined, RawEvent
from flows.sources.takeout.ics_fast import read_plain

SOURCE = "takeout_ics"
MAX_INSTANCES = 1000
MAX_FILE_BYTES = 256 << 20
_TOO_FREQUENT = {"SECONDLY", "MINUTELY", "HOURLY"}
_VEVENT_BLOCK = re.compile(rb"^BEGIN:VEVENT\r?$.*?^END:VEVENT\r?$", re.M | re.S | re.I)
_VTIMEZONE_BLOCK = re.compile(rb"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?$", re.M | re.S | re.I)

Window = tuple[datetime, datetime]


class BadEvent(ValueError):
    """An event we refuse; the message is ours and holds no calendar text."""


def default_window(now: datetime | None = None) -> Window:
    now = now or datetime.now(UTC)
    return now - timedelta(days=730), now + timedelta(days=365)


def _utc(value: Any) -> tuple[datetime | None, bool]:
    """(UTC datetime, is_all_day) for an icalendar date/datetime value."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return value.replace(tzinfo=UTC), False
        return value.astimezone(UTC), False
    if isinstance(value, date):
        return datetime.combine(value, time(0), UTC), True
    return None, False


def _prop_dt(component: Any, name: str) -> Any:
    prop = component.get(name)
    if prop is None:
        return None
    return getattr(prop, "dt", None)


def _email(value: Any) -> str | None:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower() or None


def _text(component: Any, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value) if value is not None else None


def _stamp(value: datetime, all_day: bool) -> str:
    return value.strftime("%Y%m%d") if all_day else value.strftime("%Y%m%dT%H%M%SZ")


def _bad_tzid(component: Any) -> bool:
    prop = component.get("DTSTART")
    params = getattr(prop, "params", {}) or {}
    value = getattr(prop, "dt", None)
    return bool(params.get("TZID")) and isinstance(value, datetime) and value.tzinfo is None


def _uid(component: Any) -> str:
    uid = _text(component, "UID")
    if uid and uid.strip():
        return uid.strip()
    try:
        body = component.to_ical()
    except Exception:
        body = repr(sorted(component.keys())).encode()
    return "nouid-" + hashlib.sha256(body).hexdigest()[:16]


def _record(
    component: Any, *, account: str, calendar_id: str, uid: str, instance: bool
) -> RawEvent:
    start, all_day = _utc(_prop_dt(component, "DTSTART"))
    if start is None:
        raise BadEvent("no usable DTSTART")
    end, _ = _utc(_prop_dt(component, "DTEND"))
    if end is None:
        duration = _prop_dt(component, "DURATION")
        if isinstance(duration, timedelta):
            end = start + duration
        else:
            end = start + timedelta(days=1) if all_day else start
    attendees = component.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    organizer = component.get("ORGANIZER")
    updated, _ = _utc(_prop_dt(component, "LAST-MODIFIED") or _prop_dt(component, "DTSTAMP"))
    event_id, key = uid, f"{calendar_id}/{uid}"
    if instance:
        rid, rid_all_day = _utc(_prop_dt(component, "RECURRENCE-ID"))
        stamp = _stamp(rid or start, rid_all_day if rid else all_day)
        event_id, key = f"{uid}_{stamp}", f"{key}/{stamp}"
    status = _text(component, "STATUS")
    return {
        "event_key": key,
        "account": account,
        "source": SOURCE,
        "calendar_id": calendar_id,
        "event_id": event_id,
        "ical_uid": uid,
        "recurring_event_id": uid if instance else None,
        "status": status.lower() if status else None,
        "summary": _text(component, "SUMMARY"),
        "description": _text(component, "DESCRIPTION"),
        "location": _text(component, "LOCATION"),
        "start_at": start,
        "end_at": end,
        "is_all_day": all_day,
        "organizer_email": _email(organizer) if organizer is not None else None,
        "attendees": [a for a in (_email(x) for x in attendees) if a],
        "updated_at": updated,
        "is_deleted": False,
    }


def _is_recurring(components: list[Any]) -> bool:
    return any(
        c.get("RRULE") is not None or c.get("RDATE") is not None or c.get("RECURRENCE-ID")
        for c in components
    )


def _rule_frequencies(components: list[Any]) -> set[str]:
    freqs: set[str] = set()
    for c in components:
        rules = c.get("RRULE") or []
        for rule in rules if isinstance(rules, list) else [rules]:
            for f in rule.get("FREQ", []) if hasattr(rule, "get") else []:
                freqs.add(str(f).upper())
    return freqs


def _instances(components: list[Any], timezones: list[Any], window: Window) -> list[Any]:
    mini = icalendar.Calendar()
    for tz in timezones:
        mini.add_component(tz)
    for c in components:
        mini.add_component(c)
    query = recurring_ical_events.of(mini)
    # `between` is ~60x faster than iterating `after` (which walks from the series start).
    found = query.between(*window)[:MAX_INSTANCES]
    if not found:
        # A series wholly outside the window keeps its first occurrence, so the file's
        # history is not silently dropped.
        first = next(iter(query.all()), None)
        found = [first] if first is not None else []
    return found


def _series(
    uid: str, components: list[Any], timezones: list[Any], window: Window, **ids: str
) -> list[RawEvent]:
    if not _is_recurring(components):
        return [_record(c, uid=uid, instance=False, **ids) for c in components]
    if _rule_frequencies(components) & _TOO_FREQUENT:
        raise BadEvent("recurrence repeats hourly or more often; not expanded")
    return [
        _record(e, uid=uid, instance=True, **ids) for e in _instances(components, timezones, window)
    ]


def _parse(data: bytes, path: Path) -> tuple[list[Any], list[Any], list[Quarantined]]:
    """(events, timezones, quarantined) of a file, event by event if the whole fails."""
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
        events = [e for cal in calendars for e in cal.walk("VEVENT")]
        zones = [z for cal in calendars for z in cal.walk("VTIMEZONE")]
        # An unterminated VCALENDAR parses to nothing at all: retry event by event.
        if events or b"BEGIN:VEVENT" not in data.upper():
            return events, zones, []
        whole_error = "unterminated calendar"
    except Exception as exc:
        whole_error = type(exc).__name__
    zones, events, bad = [], [], []
    for block in _VTIMEZONE_BLOCK.findall(data):
        try:
            zones.extend(icalendar.Timezone.from_ical(block, multiple=True))
        except Exception:
            continue
    for index, block in enumerate(_VEVENT_BLOCK.findall(data)):
        try:
            events.extend(icalendar.Event.from_ical(block, multiple=True))
        except Exception as exc:
            bad.append(
                Quarantined(
                    SOURCE,
                    f"{path}#event{index}",
                    "parse",
                    f"event does not parse: {type(exc).__name__}",
                )  # fmt: skip
            )
    if not events and not bad:
        bad.append(Quarantined(SOURCE, str(path), "parse", f"not a calendar: {whole_error}"))
    return events, zones, bad


def _groups(events: Iterable[Any]) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = {}
    for event in events:
        groups.setdefault(_uid(event), []).append(event)
    return groups


def forget_read_zones() -> None:
    """Empty icalendar's cache of the zones it has read (`tzp.cache_timezone_component`).

    icalendar keeps, for the whole process, each VTIMEZONE it reads whose TZID the time zone
    database does not know, keyed by that TZID, and never replaces one: a second calendar
    defining another zone under the same custom name (Outlook's "Customized Time Zone")
    had its times read in the first calendar's zone. Choosing the provider again (the
    one in use) is icalendar's public way to start a fresh cache. It raises ValueError only
    where a provider object of a name `tzp.use` does not know was set (nothing here sets
    one): raised, not ignored, since the cache would then be kept and the zones mixed."""
    tzp.use(tzp.name)


# The `read_ics` whose file's zones icalendar's cache holds: the one that began (or put
# its zones back) last.
_reading: list[object] = [None]
_END = object()


def _in_own_zones(groups: Iterable[Any], reader: object, zones: list[Any]) -> Iterator[Any]:
    """`groups`, each read (the fast path parses a group's events as it is taken, their
    times in the zones cached by TZID) with `zones`, the reader's file's, in the cache."""
    iterator = iter(groups)
    while True:
        if _reading[0] is not reader:
            forget_read_zones()
            for zone in zones:
                tzp.cache_timezone_component(zone)
            _reading[0] = reader
        group = next(iterator, _END)
        if group is _END:
            return
        yield group


def read_ics(
    path: Path | str, *, account: str, window: Window | None = None
) -> Iterator[RawEvent | Quarantined]:
    """Events of one .ics file, recurring ones expanded within `window`. Its times are read
    in the zones the file defines, not those of a file read before (`forget_read_zones`);
    resumed after another file's reader ran (interleaved), it puts its own zones back in
    icalendar's cache before reading on (`_in_own_zones`)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            yield Quarantined(SOURCE, str(path), "read", f"over the {MAX_FILE_BYTES} byte limit")
            return
        source = path.open("rb")
    except OSError as exc:
        yield Quarantined(SOURCE, str(path), "read", f"cannot read file: {exc.strerror}")
        return
    window = window or default_window()
    forget_read_zones()
    reader = _reading[0] = object()
    with source:
        # A plain calendar is read a group of events at a time (ics_fast.py), any other
        # whole, by icalendar.
        plain = read_plain(source, _uid)
        if plain is not None:
            zones, bad, count = plain.zones, [], len(plain)
            groups: Iterable[tuple[str, list[Any]]] = plain.groups()
        else:
            try:
                source.seek(0)
                data = source.read()
            except OSError as exc:
                yield Quarantined(SOURCE, str(path), "read", f"cannot read file: {exc.strerror}")
                return
            events, zones, bad = _parse(data, path)
            del data
            count, groups = len(events), _groups(events).items()
        yield from bad
        if not count and not bad:
            yield Quarantined(SOURCE, str(path), "read", "no events (VEVENT) in the file")
            return
        ids = {"account": account, "calendar_id": path.stem}
        for uid, components in _in_own_zones(groups, reader, zones):
            key = f"{path}#{uid}"
            try:
                records = _series(uid, components, zones, window, **ids)
            except BadEvent as exc:
                yield Quarantined(SOURCE, key, "parse", str(exc))
                continue
            except Exception as exc:  # icalendar/dateutil on a broken rule or value
                yield Quarantined(SOURCE, key, "parse", f"event failed: {type(exc).__name__}")
                continue
            yield from records
            if any(_bad_tzid(c) for c in components):
                yield Quarantined(SOURCE, key, "decode", "unknown TZID; times read as UTC")
