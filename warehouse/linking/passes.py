"""The link passes, strongest first: invite UID, requisition id, thread, company + role,
a contact's role alone, company alone, then interview events by company or organizer
domain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from warehouse.linking.items import Org
from warehouse.linking.union_find import Item, Linker
from warehouse.normalize import email_domain


def _union_groups(linker: Linker, groups: dict[Any, list[int]], reason: str) -> None:
    for group in groups.values():
        for n in group[1:]:
            linker.union(group[0], n, reason)


def link_by_keys(
    linker: Linker, messages: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]
) -> None:
    """iCalUID, requisition id, Gmail thread and exact company + role."""
    items, first_event = linker.items, len(messages)
    by_uid: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(messages):
        for uid in m["ical_uids"] or []:
            by_uid[uid].append(n)
    for k, e in enumerate(events):
        if e["ical_uid"]:
            by_uid[e["ical_uid"]].append(first_event + k)
    _union_groups(linker, by_uid, "ical_uid")

    by_req: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, item in enumerate(items[:first_event]):
        org = item.employer or item.agency
        if item.req and org:
            by_req[(org, item.req)].append(n)
    _union_groups(linker, by_req, "req_id")

    by_thread: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(messages):
        if m["gmail_thread_id"]:
            by_thread[m["gmail_thread_id"]].append(n)
    _union_groups(linker, by_thread, "gmail_thread")

    by_role: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, item in enumerate(items[:first_event]):
        org = item.employer or (f"agency:{item.agency}" if item.agency else None)
        if org and item.role:
            by_role[(org, item.role)].append(n)
    _union_groups(linker, by_role, "company_role")

    # The same exact company + role at the level of whole threads: an agency's thread
    # that names its client in one mail and the role in another meets the client's own.
    by_component_role: dict[tuple[str, str], list[int]] = defaultdict(list)
    for root in {linker.find(n) for n in range(first_event)}:
        state = linker.state[root]
        orgs = set(state.employers) | ({f"agency:{state.agency}"} if state.agency else set())
        for org in orgs:
            for role in state.roles:
                by_component_role[(org, role)].append(root)
    _union_groups(linker, by_component_role, "company_role")


def _relevant(item: Item) -> bool:
    return item.kind == "message" and item.is_relevant


def link_contact_role(linker: Linker, window_days: float = 30.0) -> None:
    """A contact's message naming a role but no company ("I submitted you through our
    referral portal for Senior SRE") joins the one opportunity with exactly that role
    whose mail starts within `window_days` after it (marked uncertain); none or several:
    no link."""
    items = linker.items
    roots = linker.roots_with(_relevant)
    window = timedelta(days=window_days)
    starts: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
    for root in roots:
        state = linker.state[root]
        if not state.employers:
            continue
        first = min((items[n].at for n in state.members if items[n].at is not None), default=None)
        if first is None:
            continue
        for role in state.roles:
            starts[role].append((first, root))
    for root in roots:
        state = linker.state[root]
        if state.employers or state.agency or not state.roles:
            continue
        for n in state.members:
            item = items[n]
            if item.fact_kind != "networking" or item.role is None or item.at is None:
                continue
            after = [(first - item.at, r) for first, r in starts.get(item.role, [])]
            near = {r for gap, r in after if timedelta(0) <= gap <= window}
            if len(near) == 1:
                linker.union(near.pop(), n, "contact_role", uncertain=True)
                break


def link_by_company(linker: Linker) -> None:
    """Company alone links only when at most one role is known at that company."""
    items = linker.items
    by_employer: dict[str, list[int]] = defaultdict(list)
    for root in linker.roots_with(_relevant):
        employer = linker.state[root].employer
        if employer and root not in linker.frozen:
            by_employer[employer].append(root)
    for roots in by_employer.values():
        with_role = [r for r in roots if linker.state[r].roles]
        without = [r for r in roots if not linker.state[r].roles]
        if not without:
            continue
        if len(with_role) > 1:
            for r in without:
                linker.issue(
                    items[linker.state[r].members[0]],
                    "ambiguous company",
                    f"{len(with_role)} roles known at this company; not linked",
                )
            continue
        target = with_role[0] if with_role else without[0]
        target_domains = {items[n].domain for n in linker.state[target].members}
        for r in without:
            if r == target:
                continue
            members = [items[n] for n in linker.state[r].members]
            # The same ATS or mailbox answering, by template, about its own
            # acknowledgement's application is routine; anything else is worth a look.
            routine = all(i.automated and i.domain in target_domains for i in members)
            linker.union(target, r, "company_only", uncertain=not routine)


def link_events(
    linker: Linker, events: Sequence[dict[str, Any]], first_event: int, domains: dict[str, Org]
) -> None:
    """Interview events not tied by an iCalUID: by company, else the organizer's domain;
    among several opportunities there, the one with the latest invitation before it."""
    items = linker.items
    roots = linker.roots_with(_relevant)
    employer_roots: dict[str, list[int]] = defaultdict(list)
    compact_roots: dict[str, list[int]] = defaultdict(list)
    for root in roots:
        employer = linker.state[root].employer
        if employer:
            employer_roots[employer].append(root)
            compact_roots[employer.replace(" ", "")].append(root)
    for k, e in enumerate(events):
        n = first_event + k
        item = items[n]
        if not e["is_interview"] or linker.find(n) in roots:
            continue
        reason = "event_" + (item.org_source or "company")
        candidates = employer_roots.get(item.employer or "", [])
        if not candidates and item.employer:
            # "Northleafsystems" on the invite is "Northleaf Systems" in the mail.
            candidates = compact_roots.get(item.employer.replace(" ", ""), [])
        if not candidates:
            # The event names no known company (or a person): the organizer's domain.
            for address in [e["organizer_email"], *(e["attendee_emails"] or [])]:
                org = domains.get(email_domain(address) or "")
                if org and org[0] == "employer" and employer_roots.get(org[1]):
                    candidates, reason = employer_roots[org[1]], "event_attendee_domain"
                    break
        if len(candidates) == 1:
            linker.union(candidates[0], n, reason, force=True)
            continue
        best, best_at = None, None
        for root in candidates:
            for member in linker.state[root].members:
                mi = items[member]
                if (
                    mi.kind == "message"
                    and mi.fact_kind == "interview_invitation"
                    and mi.at is not None
                    and item.at is not None
                    and mi.at <= item.at
                    and (best_at is None or mi.at > best_at)
                ):
                    best, best_at = root, mi.at
        if best is not None:
            linker.union(best, n, "event_nearest_invitation", uncertain=True, force=True)
        else:
            linker.issue(
                item,
                "interview event not linked",
                f"{len(candidates)} candidate opportunities at this company",
            )
