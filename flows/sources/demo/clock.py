"""Calendar arithmetic for the story: business hours, latencies, how times are written."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

CHICAGO = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")
ZONES = [
    ZoneInfo("America/Chicago"),
    ZoneInfo("America/New_York"),
    ZoneInfo("America/Los_Angeles"),
    ZoneInfo("America/Denver"),
    ZoneInfo("Europe/London"),
    ZoneInfo("Asia/Kolkata"),
]
# Weights for where a company's people sit; most are in the candidate's zone.
ZONE_WEIGHTS = [0.5, 0.2, 0.15, 0.07, 0.04, 0.04]


def weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, n: int) -> date:
    day = weekday_on_or_after(day)
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def at_business(
    rng: random.Random,
    day: date,
    tz: ZoneInfo = CHICAGO,
    start_h: float = 8.0,
    end_h: float = 17.5,
) -> datetime:
    """A time on `day` (moved to a weekday) during office hours in `tz`."""
    day = weekday_on_or_after(day)
    minutes = int(rng.uniform(start_h * 60, end_h * 60))
    return datetime.combine(day, time(minutes // 60, minutes % 60, rng.randrange(60)), tz)


def on_the_hour(rng: random.Random, day: date, tz: ZoneInfo = CHICAGO) -> datetime:
    """A meeting start: a weekday, 9:00 to 16:30, on the hour or half hour."""
    day = weekday_on_or_after(day)
    slot = rng.randrange(18, 34)  # half hours from 9:00
    return datetime.combine(day, time(slot // 2, 30 * (slot % 2)), tz)


def after(rng: random.Random, dt: datetime, lo_hours: float, hi_hours: float) -> datetime:
    return dt + timedelta(seconds=int(rng.uniform(lo_hours, hi_hours) * 3600))


def lognormal_days(rng: random.Random, median: float, sigma: float = 0.8) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


def slot_text(dt: datetime) -> str:
    """'Tuesday, October 6 at 2:00 PM'."""
    local = dt.astimezone(CHICAGO)
    hour = local.strftime("%I").lstrip("0")
    return f"{local:%A, %B} {local.day} at {hour}:{local:%M %p}"


def slot_long(start: datetime, end: datetime) -> str:
    """Google Calendar's way: 'Tue Oct 6, 2026 2pm – 2:30pm (CDT)'."""
    s, e = start.astimezone(CHICAGO), end.astimezone(CHICAGO)

    def hm(t: datetime) -> str:
        h = t.strftime("%I").lstrip("0")
        m = "" if t.minute == 0 else f":{t.minute:02d}"
        return f"{h}{m}{t.strftime('%p').lower()}"

    return f"{s:%a %b} {s.day}, {s.year} {hm(s)} – {hm(e)} ({s.tzname()})"


def days_text(rng: random.Random, dt: datetime) -> str:
    day = add_business_days(dt.date(), 1)
    other = add_business_days(day, rng.randrange(1, 3))
    return rng.choice(
        [
            f"{day:%A} or {other:%A}",
            "this week",
            "early next week",
            f"{day:%A} afternoon",
            f"{day:%A, %B} {day.day}",
        ]
    )
