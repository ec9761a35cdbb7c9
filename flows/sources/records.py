"""The plain records every source yields and every writer takes.

Sources (Takeout mbox/ics/eml readers, the Gmail and Calendar APIs, the demo
generator) yield these dicts; `warehouse.save` writes them. Keep the two in step with
`warehouse/schema.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

# The ten kinds of message (DESIGN.md, "What each kind means"): what extraction yields,
# what the demo's truth labels use, what the warehouse reads.
KINDS = (
    "application_confirmation",
    "rejection",
    "interview_invitation",
    "assessment",
    "offer",
    "status_update",
    "recruiter_outreach",
    "networking",
    "job_alert",
    "other",
)


class RawMessage(TypedDict, total=False):
    message_key: str  # stable key: Gmail id, else Message-ID, else a content hash
    account: str
    source: str  # gmail_api | takeout_mbox | eml | demo
    gmail_id: str | None
    thread_id: str | None  # Gmail thread id (X-GM-THRID) or a References-derived id
    rfc822_message_id: str | None
    history_id: int | None
    labels: list[str]
    sent_at: datetime | None  # UTC; from Date, else Gmail internalDate
    date_header: str | None
    from_name: str | None
    from_addr: str | None  # lower-cased
    to_addrs: list[str]
    cc_addrs: list[str]
    reply_to: str | None
    subject: str | None
    body_text: str | None  # decoded text; HTML converted to text
    has_html: bool
    in_reply_to: str | None
    references: list[str]
    ical_uids: list[str]  # UIDs of text/calendar parts (invites)
    list_unsubscribe: bool
    auto_submitted: str | None  # Auto-Submitted / Precedence header value
    size_bytes: int
    is_from_me: bool
    is_deleted: bool


class RawEvent(TypedDict, total=False):
    event_key: str  # calendar_id + "/" + event id (instance id for recurrences)
    account: str
    source: str  # calendar_api | takeout_ics | demo
    calendar_id: str
    event_id: str
    ical_uid: str | None
    recurring_event_id: str | None
    status: str | None  # confirmed | tentative | cancelled
    summary: str | None
    description: str | None
    location: str | None
    start_at: datetime | None  # UTC
    end_at: datetime | None
    is_all_day: bool
    organizer_email: str | None
    attendees: list[str]  # lower-cased addresses
    updated_at: datetime | None
    is_deleted: bool


@dataclass(frozen=True)
class Quarantined:
    """Input that could not be read; readers yield it in place of a record.

    `reason` says what went wrong and must never contain message text.
    """

    source: str  # takeout_mbox | eml | takeout_ics | gmail_api | calendar_api | extract
    key: str  # file path + offset, message id, event id ...
    stage: str  # read | parse | decode | classify | load
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", self.reason[:500])


Record = dict[str, Any]
