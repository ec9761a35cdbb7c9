"""The report's tables declared once: which mart column, what header, how formatted.

Every renderer (HTML, Markdown, text) draws the same cells from these declarations, so
the three formats cannot disagree about a number.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

Row = dict[str, Any]
Formatter = Callable[[Row, str], str]


def text(row: Row, key: str) -> str:
    value = row.get(key)
    return "—" if value is None or value == "" else str(value).replace("_", " ")


def count(row: Row, key: str) -> str:
    value = row.get(key)
    return "—" if value is None else f"{int(value):,}"


def pct(row: Row, key: str) -> str:
    value = row.get(key)
    return "—" if value is None else f"{float(value):.0%}"


def number(row: Row, key: str) -> str:
    value = row.get(key)
    return "—" if value is None else f"{float(value):.1f}"


def km_with_ci(row: Row, key: str) -> str:
    """`42% (30–55%)`: the estimate with its 95% interval (`<key>_ci_low`/`_ci_high`)."""
    value = row.get(key)
    if value is None:
        return "—"
    low, high = row.get(f"{key}_ci_low"), row.get(f"{key}_ci_high")
    if low is None or high is None:
        return f"{float(value):.0%}"
    return f"{float(value):.0%} ({float(low):.0%}–{float(high):.0%})"


def when(timezone: str) -> Formatter:
    def fmt(row: Row, key: str) -> str:
        value = row.get(key)
        if value is None:
            return "—"
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(ZoneInfo(timezone))
            return f"{value:%a %b} {value.day}, {value:%H:%M}"
        if isinstance(value, date):
            return f"{value:%a %b} {value.day}"
        return str(value)

    return fmt


def day(row: Row, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    return f"{value:%b} {value.day}, {value.year}" if isinstance(value, date) else str(value)


Column = tuple[str, str, Formatter]


def whole(row: Row, key: str) -> str:
    value = row.get(key)
    return "—" if value is None else f"{float(value):.0f}"


LATENCY: list[Column] = [
    ("channel", "Channel", text),
    ("n", "n", count),
    ("responded", "Answered", count),
    ("response_rate", "Response rate", pct),
    ("median_response_hours", "Median h", number),
    ("median_response_business_days", "Median bus. days", number),
    ("p75_response_business_days", "p75 bus. days", number),
    ("p90_response_business_days", "p90 bus. days", number),
    ("km_answer_7d", "P(answer ≤ 7 d)", km_with_ci),
    ("km_answer_14d", "P(answer ≤ 14 d)", km_with_ci),
    ("km_answer_30d", "P(answer ≤ 30 d)", km_with_ci),
    ("km_median_days", "KM median days", number),
    ("interview_rate", "Interview rate", pct),
    ("offer_rate", "Offer rate", pct),
    ("ghosted", "Ghosted", count),
    ("waiting", "Still waiting", count),
]

FUNNEL_STAGES: list[tuple[str, str]] = [
    ("touched", "touched"),
    ("responded", "responded"),
    ("interviewed", "interviewed"),
    ("offered", "offer"),
]
FUNNEL: list[Column] = [
    ("channel", "Channel", text),
    *[(key, title.capitalize(), count) for key, title in FUNNEL_STAGES],
    ("rejected", "Rejected", count),
    ("response_rate", "Response rate", pct),
    ("interview_rate", "Interview rate", pct),
]


def person(row: Row, key: str) -> str:
    """`Lee Chen <lee@zeta.io>` from `<key>_name` and `<key>_email`; either alone if that
    is all there is (addresses keep their underscores)."""
    name, address = row.get(f"{key}_name"), row.get(f"{key}_email")
    if name and address:
        return f"{name} <{address}>"
    return str(name or address or "—")


def follow_ups(timezone: str) -> list[Column]:
    return [
        ("organization_name", "Company", text),
        ("role_name", "Role", text),
        ("contact", "Contact", person),
        ("last_subject", "Last message", text),
        ("channel", "Channel", text),
        ("waiting_since_at", "Waiting since", day),
        ("days_waiting", "Days", whole),
    ]


def upcoming(timezone: str) -> list[Column]:
    return [
        ("starts_at", "When", when(timezone)),
        ("organization_name", "Company", text),
        ("role_name", "Role", text),
        ("interview_type", "Type", text),
        ("location", "Where", text),
    ]


def decisions(timezone: str) -> list[Column]:
    return [
        ("touched_at", "When", when(timezone)),
        ("kind", "What", text),
        ("organization_name", "Company", text),
        ("role_name", "Role", text),
        ("channel", "Channel", text),
    ]


def ident(row: Row, key: str) -> str:
    """An id as `sneaker override` takes it: `text` would turn `opp_1f…` into `opp 1f…`."""
    value = row.get(key)
    return "—" if value is None or value == "" else str(value)


def review_action(row: Row, key: str) -> str:
    """The command that settles a review row, ids filled in, so no one has to look them up
    with `sneaker sql` first. `key` is unused: the action depends on the whole row."""
    opportunity, item, item_type = row.get("opportunity_id"), row.get("item_id"), row["item_type"]
    if item_type == "override":
        return "sneaker override list, then remove the override naming it"
    reason = row.get("reason")
    if reason in {"interview_event_far_from_mail", "interview_event_not_linked"} and item:
        # an unlinked event: attach it to its opportunity (the nearest at its company when
        # the linker knows one; of several candidates the user picks)
        return f"sneaker override attach {opportunity or 'OPPORTUNITY'} {shlex.quote(str(item))}"
    if reason == "low_confidence" and item_type == "message" and item:
        # a doubtful reading of the mail itself: the person says what it is (its links
        # follow), and a kind set by hand is certain, so the row goes
        return f"sneaker override set-kind {shlex.quote(str(item))} KIND"
    if not opportunity:
        # a link refused or not made between two opportunities' mail: nothing to run
        return "—"
    if reason == "unknown_channel":
        return f"sneaker override set-channel {opportunity} CHANNEL"
    if item_type in {"message", "event"} and item:
        return f"sneaker override split {opportunity} {shlex.quote(str(item))}"
    return f"sneaker override split {opportunity} MESSAGE_ID"


def review(timezone: str) -> list[Column]:
    # The date beside the subject: a subject alone ("Your application") matches many mails.
    return [
        ("item_type", "What", text),
        ("reason", "Why", text),
        ("detail", "Detail", text),
        ("subject", "Subject", text),
        ("occurred_at", "When", when(timezone)),
        ("confidence", "Confidence", pct),
        ("opportunity_id", "Opportunity", ident),
        ("item_id", "To act", review_action),
    ]


def cells(rows: Sequence[Row], columns: Sequence[Column]) -> tuple[list[str], list[list[str]]]:
    """Headers and formatted cells; columns the mart lacks are left out, not invented."""
    present = [c for c in columns if not rows or _in_row(rows[0], c[0])]
    headers = [title for _, title, _ in present]
    body = [[fmt(row, key) for key, _, fmt in present] for row in rows]
    return headers, body


def _in_row(row: Row, key: str) -> bool:
    # A person column reads two fields (`contact` -> contact_name, contact_email).
    return key in row or f"{key}_email" in row
