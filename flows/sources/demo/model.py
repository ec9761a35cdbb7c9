"""The generator's own vocabulary: people, threads, mails and calendar events.

A story module builds these; `mime` turns a `Mail` into an RFC 5322 message and
`writers` stream them to the Takeout-shaped files. Gold labels ride on each `Mail`
and only ever reach the truth file, never the mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flows.sources.records import KINDS

CHANNELS = (
    "referral",
    "networking",
    "agency",
    "recruiter_inbound",
    "job_board",
    "cold_application",
)


@dataclass(frozen=True)
class Person:
    name: str
    addr: str
    first: str = ""
    title: str = ""
    org: str = ""
    phone: str = ""

    @property
    def given(self) -> str:
        return self.first or self.name.split(" ")[0]


@dataclass
class Thread:
    """A Gmail conversation: one X-GM-THRID; replies reference what came before."""

    thrid: int
    subject: str = ""
    message_ids: list[str] = field(default_factory=list)
    last_text: str = ""
    last_sender: Person | None = None
    last_to: tuple[Person, ...] = ()
    last_at: datetime | None = None


@dataclass(frozen=True)
class Labels:
    """Gold labels, in DESIGN.md's vocabulary."""

    kind: str
    company: str | None = None
    role: str | None = None
    channel: str | None = None
    opportunity: str | None = None
    # Not a truth field: the agency relaying this opportunity's client, which DESIGN.md
    # makes the company of a mail that names the agency but not the client.
    agency: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if self.channel is not None and self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}")


@dataclass
class CalEvent:
    uid: str
    summary: str
    start: datetime
    end: datetime
    organizer: Person
    attendees: tuple[Person, ...]
    description: str = ""
    location: str = ""
    sequence: int = 0
    status: str = "CONFIRMED"
    rrule: dict[str, object] | None = None
    exdates: tuple[datetime, ...] = ()
    created: datetime | None = None
    all_day: bool = False
    transparent: bool = False


@dataclass
class Mail:
    sender: Person
    to: tuple[Person, ...]
    at: datetime  # aware, in the sender's zone
    subject: str
    text: str
    labels: Labels
    thread: Thread
    message_id: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    gmail_labels: tuple[str, ...] = ()
    style: str = "plain"  # see mime.STYLES
    cc: tuple[Person, ...] = ()
    reply_to: Person | None = None
    invite: CalEvent | None = None  # sent as a text/calendar part with the same UID
    invite_method: str = "REQUEST"
    extra_headers: tuple[tuple[str, str], ...] = ()
    date_style: str = "numeric"  # numeric | gmt | utc | short_day
    attachments: tuple[str, ...] = ()  # file names; a small PDF each
    from_me: bool = False
