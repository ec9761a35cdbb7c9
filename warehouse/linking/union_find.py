"""Union-find over messages and events whose unions refuse to mix two roles or employers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class Item:
    """One message or calendar event, with what the facts say about its opportunity."""

    kind: str  # message | event
    item_id: str
    at: datetime | None
    employer: str | None = None
    agency: str | None = None
    role: str | None = None
    req: str | None = None
    is_relevant: bool = False
    fact_kind: str | None = None
    reason: str | None = None  # the first link that attached it
    uncertain: bool = False
    automated: bool = True
    domain: str | None = None  # sender domain (None for the candidate's own mail)
    org_source: str | None = None  # facts | sender_domain | recipient_domain | attendee_domain


@dataclass(slots=True)
class State:
    """What one component (a future opportunity) knows so far."""

    employer: str | None  # the first one named; `employers` holds every spelling seen
    employers: set[str]
    agency: str | None
    roles: set[str]  # spellings of one role (a requisition id may join several)
    req: str | None
    members: list[int] = field(default_factory=list)


class Linker:
    """Union-find whose unions are refused when they would mix two roles or employers."""

    def __init__(self, items: list[Item], frozen: set[int]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.state = [
            State(
                i.employer,
                {i.employer} if i.employer else set(),
                i.agency,
                {i.role} if i.role else set(),
                i.req,
                [n],
            )
            for n, i in enumerate(items)
        ]
        self.frozen = frozen  # split by the user: never linked to anything
        self.issues: list[dict[str, Any]] = []

    def find(self, n: int) -> int:
        root = n
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[n] != root:
            self.parent[n], n = root, self.parent[n]
        return root

    def conflict(self, a: int, b: int, reason: str) -> str | None:
        sa, sb = self.state[a], self.state[b]
        if sa.employers and sb.employers and not sa.employers & sb.employers:
            return "two employers"
        # One requisition id is one role, however each mail spells its title.
        if reason != "req_id" and sa.roles and sb.roles and not sa.roles & sb.roles:
            return "two roles"
        if sa.req and sb.req and sa.req != sb.req:
            return "two requisition ids"
        return None

    def issue(self, item: Item, issue: str, detail: str) -> None:
        self.issues.append(
            {"item_type": item.kind, "item_id": item.item_id, "issue": issue, "detail": detail}
        )

    def union(
        self, a: int, b: int, reason: str, *, uncertain: bool = False, force: bool = False
    ) -> bool:
        """Link a and b unless that mixes two employers or roles (`force`: link anyway)."""
        if a in self.frozen or b in self.frozen:
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        # A person writing in a thread continues one conversation, however the extractor
        # spelled the company or the role; only template mail (an ATS threading two
        # applications under one subject) is kept apart. An iCalUID is one event.
        conversation = reason == "gmail_thread" and not (
            self.items[a].automated and self.items[b].automated
        )
        lenient = force or conversation or reason == "ical_uid"
        why = None if lenient else self.conflict(ra, rb, reason)
        if why:
            if reason == "gmail_thread":
                self.issue(self.items[b], "gmail_thread link refused", f"{why} in one thread")
            return False
        sa, sb = self.state[ra], self.state[rb]
        if len(sa.members) < len(sb.members):
            ra, rb, sa, sb = rb, ra, sb, sa
        for n in (a, b):
            if self.items[n].reason is None:
                self.items[n].reason = reason
                self.items[n].uncertain = uncertain
        if uncertain:
            for n in sb.members:
                self.items[n].uncertain = True
        self.parent[rb] = ra
        sa.employer = sa.employer or sb.employer
        sa.employers |= sb.employers
        sa.agency = sa.agency or sb.agency
        sa.roles |= sb.roles
        sa.req = sa.req or sb.req
        sa.members.extend(sb.members)
        sb.members = []
        return True

    def roots_with(self, predicate: Any) -> dict[int, list[int]]:
        """Components holding at least one item for which `predicate(item)` is true."""
        roots: dict[int, list[int]] = {}
        for n, item in enumerate(self.items):
            if predicate(item):
                roots.setdefault(self.find(n), []).append(n)
        return roots
