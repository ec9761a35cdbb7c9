"""Tiny hand-made mailboxes for warehouse tests: one call per message or event."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from flows.config import Settings
from warehouse.build import build_warehouse
from warehouse.save import save_event_facts, save_events, save_message_facts, save_messages
from warehouse.schema import ensure_schema

ME = "me@example.com"
T0 = datetime(2026, 9, 7, 9, 0, tzinfo=UTC)  # a Monday, 09:00 UTC


def at(days: float = 0, hours: float = 0, minutes: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours, minutes=minutes)


@dataclass
class Mailbox:
    messages: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    event_facts: list[dict[str, Any]] = field(default_factory=list)

    def mail(
        self,
        key: str,
        when: datetime,
        *,
        thread: str | None = None,
        sender: str = "jobs@acme.com",
        to: tuple[str, ...] = (ME,),
        me: bool = False,
        kind: str | None = "other",
        automated: bool = False,
        company: str | None = None,
        role: str | None = None,
        req: str | None = None,
        agency: str | None = None,
        confidence: float = 0.95,
        ical: tuple[str, ...] = (),
        subject: str | None = None,
        body: str | None = None,
        interview_at: datetime | None = None,
        name: str | None = None,
    ) -> Mailbox:
        self.messages.append(
            {
                "message_key": key,
                "account": "default",
                "source": "test",
                "thread_id": thread or f"t-{key}",
                "sent_at": when,
                "from_name": name,
                "from_addr": ME if me else sender,
                "to_addrs": list(to),
                "cc_addrs": [],
                "subject": subject or f"subject {key}",
                "body_text": body or "",
                "ical_uids": list(ical),
                "is_from_me": me,
                "labels": ["Sent"] if me else ["Inbox"],
            }
        )
        if kind is not None:
            self.facts.append(
                {
                    "message_key": key,
                    "kind": kind,
                    "is_automated": automated,
                    "company": company,
                    "role": role,
                    "req_id": req,
                    "agency": agency,
                    "interview_at": interview_at,
                    "confidence": confidence,
                    "evidence": [],
                    "extractor_version": "test",
                }
            )
        return self

    def ack(self, key: str, when: datetime, **fields: Any) -> Mailbox:
        """An automated application confirmation: an ATS or a job board acknowledging one."""
        return self.mail(key, when, kind="application_confirmation", automated=True, **fields)

    def conversation(self, **shared: Any) -> Callable[..., Mailbox]:
        """`mail` with the fields several messages share (sender, company, role, thread...):
        `zeta = box.conversation(sender="lee@zeta.io", company="Zeta", thread="z")`, then
        `zeta("z1", at(0), kind="recruiter_outreach")`. A field given in the call wins."""
        return functools.partial(self.mail, **shared)

    def event(
        self,
        key: str,
        start: datetime,
        *,
        uid: str | None = None,
        company: str | None = None,
        attendees: tuple[str, ...] = (),
        interview: bool = True,
        summary: str = "Interview",
    ) -> Mailbox:
        self.events.append(
            {
                "event_key": key,
                "account": "default",
                "source": "test",
                "calendar_id": "primary",
                "event_id": key,
                "ical_uid": uid,
                "status": "confirmed",
                "summary": summary,
                "start_at": start,
                "end_at": start + timedelta(hours=1),
                "is_all_day": False,
                "organizer_email": attendees[0] if attendees else None,
                "attendees": [ME, *attendees],
            }
        )
        self.event_facts.append(
            {
                "event_key": key,
                "is_interview": interview,
                "company": company,
                "ical_uid": uid,
                "confidence": 0.9,
                "evidence": [],
                "extractor_version": "test",
            }
        )
        return self

    def load(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        ensure_schema(con)
        save_messages(con, self.messages)
        save_message_facts(con, self.facts)
        save_events(con, self.events)
        save_event_facts(con, self.event_facts)
        return con


def settings(tmp: Path | None = None, **values: Any) -> Settings:
    base = {"timezone": "UTC", "ghost_days": 30, "follow_up_days": 7, "my_addresses": (ME,)}
    base.update(values)
    return Settings(home=tmp or Path("/nonexistent-sneaker-home"), **base)


def build(
    box: Mailbox,
    con: duckdb.DuckDBPyConnection | None = None,
    built_with: Settings | None = None,
) -> duckdb.DuckDBPyConnection:
    """Load `box` into `con` (a new in-memory database unless given) and build every model
    with `built_with` (the default `settings()` unless given)."""
    con = box.load(duckdb.connect() if con is None else con)
    build_warehouse(con, settings() if built_with is None else built_with)
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    result = con.execute(sql, params or [])
    names = [d[0] for d in result.description]
    return [dict(zip(names, r, strict=True)) for r in result.fetchall()]


def message_groups(con: duckdb.DuckDBPyConnection) -> list[list[str]]:
    """The message ids of each opportunity, as the linker grouped them."""
    got = rows(
        con,
        "select list(message_id order by message_id) as ids from int_message_links "
        "where opportunity_id is not null group by opportunity_id order by ids",
    )
    return [g["ids"] for g in got]
