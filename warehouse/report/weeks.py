"""ISO weeks in the user's time zone: parsing `2026-W47` and finding a week's bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


@dataclass(frozen=True)
class Week:
    """Monday 00:00 to the next Monday 00:00 in one time zone."""

    year: int
    number: int
    timezone: str

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.monday, time(0), tzinfo=ZoneInfo(self.timezone))

    @property
    def end(self) -> datetime:
        """Exclusive end: the next Monday at midnight."""
        return datetime.combine(self.monday + timedelta(days=7), time(0), ZoneInfo(self.timezone))

    def previous(self) -> Week:
        return week_of(self.monday - timedelta(days=7), self.timezone)

    def span_text(self) -> str:
        first, last = self.monday, self.sunday
        if first.month == last.month:
            return f"{first:%b} {first.day}–{last.day}, {last.year}"
        return f"{first:%b} {first.day} – {last:%b} {last.day}, {last.year}"


def week_of(moment: date | datetime, timezone: str) -> Week:
    """The ISO week holding `moment` (an aware datetime is first moved to `timezone`)."""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(ZoneInfo(timezone))
        moment = moment.date()
    year, number, _ = moment.isocalendar()
    return Week(year, number, timezone)


def parse_week(text: str, timezone: str) -> Week:
    """`2026-W47` (or `2026W47`) → Week; a clear ValueError otherwise."""
    match = _WEEK.match(text.strip())
    if not match:
        raise ValueError(f"week {text!r} is not an ISO week like 2026-W47")
    year, number = int(match.group(1)), int(match.group(2))
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError as exc:
        raise ValueError(f"{year} has no ISO week {number}") from exc
    return Week(year, number, timezone)


def last_complete_week(now: datetime, timezone: str) -> Week:
    """The week that ended before `now` (a Monday-morning run reports the week just past)."""
    return week_of(now, timezone).previous()
