"""iCalendar text for the demo: the Takeout calendar export and invite parts."""

from __future__ import annotations

from datetime import datetime

import icalendar

from flows.sources.demo.clock import UTC
from flows.sources.demo.model import CalEvent

CRLF = "\r\n"
VTIMEZONE_CHICAGO = (
    CRLF.join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:America/Chicago",
            "X-LIC-LOCATION:America/Chicago",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0500",
            "TZNAME:CDT",
            "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0600",
            "TZNAME:CST",
            "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )
    + CRLF
)


def calendar_header(owner: str, stamp_name: str = "Google Calendar 70.9054") -> str:
    return (
        CRLF.join(
            [
                "BEGIN:VCALENDAR",
                f"PRODID:-//Google Inc//{stamp_name}//EN",
                "VERSION:2.0",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                f"X-WR-CALNAME:{owner}",
                "X-WR-TIMEZONE:America/Chicago",
            ]
        )
        + CRLF
        + VTIMEZONE_CHICAGO
    )


CALENDAR_FOOTER = "END:VCALENDAR" + CRLF


def _address(email: str, name: str, **params: str) -> icalendar.vCalAddress:
    addr = icalendar.vCalAddress(f"mailto:{email}")
    if name:
        addr.params["CN"] = name
    for key, value in params.items():
        addr.params[key.replace("_", "-").upper()] = value
    return addr


def event_component(ev: CalEvent, stamp: datetime, *, utc_times: bool = False) -> bytes:
    """One VEVENT, folded and escaped by icalendar."""
    comp = icalendar.Event()
    if ev.all_day:
        comp.add("dtstart", ev.start.date())
        comp.add("dtend", ev.end.date())
    else:
        start, end = (
            (ev.start.astimezone(UTC), ev.end.astimezone(UTC)) if utc_times else (ev.start, ev.end)
        )
        comp.add("dtstart", start)
        comp.add("dtend", end)
    if ev.rrule:
        comp.add("rrule", ev.rrule)
    if ev.exdates:
        comp.add("exdate", list(ev.exdates))
    comp.add("dtstamp", stamp)
    comp.add("organizer", _address(ev.organizer.addr, ev.organizer.name))
    comp.add("uid", ev.uid)
    for who in ev.attendees:
        comp.add(
            "attendee",
            _address(
                who.addr,
                who.name,
                cutype="INDIVIDUAL",
                role="REQ-PARTICIPANT",
                partstat="ACCEPTED",
                x_num_guests="0",
            ),
        )
    if ev.created is not None:
        comp.add("created", ev.created)
        comp.add("last-modified", ev.created)
    if ev.description:
        comp.add("description", ev.description)
    if ev.location:
        comp.add("location", ev.location)
    comp.add("sequence", ev.sequence)
    comp.add("status", ev.status)
    comp.add("summary", ev.summary)
    comp.add("transp", "TRANSPARENT" if ev.transparent else "OPAQUE")
    return comp.to_ical()


def invite_text(ev: CalEvent, method: str, stamp: datetime) -> str:
    """The text/calendar part Google Calendar puts in an invitation mail."""
    body = event_component(ev, stamp, utc_times=True).decode("utf-8")
    return (
        CRLF.join(
            [
                "BEGIN:VCALENDAR",
                "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "VERSION:2.0",
                "CALSCALE:GREGORIAN",
                f"METHOD:{method}",
            ]
        )
        + CRLF
        + body
        + CALENDAR_FOOTER
    )
