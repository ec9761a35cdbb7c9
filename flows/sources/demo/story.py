"""The whole search, as a stream of small units (one opportunity or one week of noise).

Order matters for three reasons only: the seeded Random is consumed in this order; the
placement comes first because the day he accepts ends every other thread (no interviews
booked, no applications sent after it); and the agency story goes last because its
ending withdraws from the loops still open and writes to the contacts who helped.
"""

from __future__ import annotations

from collections.abc import Iterator

from flows.sources.demo.context import Ctx
from flows.sources.demo.model import CalEvent, Mail
from flows.sources.demo.story_agency import agency, placement
from flows.sources.demo.story_boards import board_applications
from flows.sources.demo.story_cold import cold_applications
from flows.sources.demo.story_network import networking
from flows.sources.demo.story_noise import family_calendar, weekly_noise
from flows.sources.demo.story_recruiters import recruiters

Unit = list[Mail | CalEvent]


def story(ctx: Ctx) -> Iterator[Unit]:
    yield family_calendar(ctx)
    yield from placement(ctx)
    yield from cold_applications(ctx)
    yield from board_applications(ctx)
    yield from recruiters(ctx)
    yield from networking(ctx)
    yield from weekly_noise(ctx)
    yield from agency(ctx)
