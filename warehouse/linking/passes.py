"""The link passes, strongest first: invite UID, requisition id, thread, company + role,
a contact's role alone, the contact, company alone, then interview events by company or
organizer domain.

The contact (`link_contacts`): networking mail is a conversation with one person, the
sender or the one recipient of the candidate's own note. A chat (a component whose job
mail is all networking) joins the one opportunity that person's networking mail opened
(its earliest job mail: the referral or introduction the coffee led to; a later note,
such as the news of an offer found another way, does not count); where there is none,
the chats with that person are one conversation; where there are several, the chats
are left alone. The company named in a chat is not trusted here (a cafe, the contact's
employer, a first name), so the link is forced and the opportunity keeps its own keys.

Company alone (`link_by_company`) never links a chat that names no role by a company word
in it (two chats are one conversation by their thread or their person), only when the
contact writes from a domain the hiring mail showed to speak for that company: a chat
with someone who works there belongs with the company's one opportunity (the referral
the coffee led to).

Company + role, where the company is an agency: the agency's name stands for an
unnamed client, so "Northstar, Senior API Engineer" keys only mail and threads that name
no client. A thread naming its client (Sagespring) and another naming none are not
linked by agency and role alone: an agency places the same title with several clients,
and a careful reader would not call two submissions one without more (the same thread,
invite or requisition id, or the client named in both). The user can merge them.

Groups by a key (thread, iCalUID, requisition id, company + role) are linked in the order
of their first item, each item to its group's first: the invite UID and thread groups
come from DuckDB in that order, the others are gathered here from the items' key ints.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

import duckdb

from warehouse.linking.items import (
    AUTOMATED,
    INTERVIEW,
    NO_TIME,
    NONE,
    Org,
    batches,
)
from warehouse.linking.union_find import Linker

# Each message's item number from `_link_ids` (numbered in `MESSAGE_ORDER`), where a
# window over the messages would sort them all again.
NUMBERED_MESSAGES = """
    select _link_ids.n, gmail_thread_id, ical_uids
    from int_messages
    join _link_ids on _link_ids.item_id = int_messages.message_id
"""


def _create_uid_items(con: duckdb.DuckDBPyConnection) -> None:
    """`_link_uids`: (id, position, iCalUID) of the items that name one: each UID a
    message lists (position from 1, in list order), then each event's own (position 0).
    A few rows per invite, for the pairs' window to number and sort, where over every
    message and event it ran out of memory under a lower cap (100,000 demo messages, 24
    MB); made before the join to `_link_ids`, whose hash table it then is, not the
    other way round."""
    con.execute(
        """
        create or replace temp table _link_uids as
        select message_id as item_id,
               generate_subscripts(ical_uids, 1) as ord, unnest(ical_uids) as uid
        from int_messages
        where len(ical_uids) > 0
        union all
        select event_id, 0, ical_uid
        from int_events
        where coalesce(ical_uid, '') <> ''
        """
    )


def _uid_pairs_sql(first_event: int) -> str:
    """(first item, item) of every iCalUID group in `_link_uids`, groups in the order of
    their first item (a message's id and an event's are told apart by their number)."""
    return f"""
        with uids as (
            select ids.n, u.ord, u.uid
            from _link_uids u
            join _link_ids ids
              on ids.item_id = u.item_id and (ids.n < {first_event}) = (u.ord > 0)
        ),
        grouped as (
            select n, ord,
                   first_value(n) over w as first_n, first_value(ord) over w as first_ord
            from uids
            window w as (partition by uid order by n, ord)
        )
        select first_n, n from grouped order by first_n, first_ord, n, ord
    """


THREAD_PAIRS_SQL = f"""
    with messages as ({NUMBERED_MESSAGES})
    select first_value(n) over (partition by gmail_thread_id order by n) as first_n, n
    from messages
    where coalesce(gmail_thread_id, '') <> ''
    order by first_n, n
"""


def _union_pairs(linker: Linker, pairs: Iterable[list[tuple[int, int]]], reason: str) -> None:
    for rows in pairs:
        for first, n in rows:
            if first != n:
                linker.union(first, n, reason)


def _union_keyed(linker: Linker, keyed: Iterable[tuple[int, int]], reason: str) -> None:
    """Link each item to the first item of its key, groups in the order of their first
    item; each item has one key at most."""
    size = len(linker.items)
    after, last = array("i", [NONE]) * size, array("i", [NONE]) * size
    first_of: dict[int, int] = {}
    for key, n in keyed:
        first = first_of.setdefault(key, n)
        if first != n:
            after[last[first]] = n
        last[first] = n
    for first in first_of.values():
        n = after[first]
        while n != NONE:
            linker.union(first, n, reason)
            n = after[n]


def link_by_keys(linker: Linker, con: duckdb.DuckDBPyConnection) -> None:
    """iCalUID, requisition id, Gmail thread and exact company + role."""
    items, first_event = linker.items, linker.items.messages
    _create_uid_items(con)
    _union_pairs(linker, batches(con, _uid_pairs_sql(first_event)), "ical_uid")
    con.execute("drop table _link_uids")

    def req_keys() -> Iterable[tuple[int, int]]:
        for n in range(first_event):
            org = items.employer[n] if items.employer[n] != NONE else items.agency[n]
            if items.req[n] != NONE and org != NONE:
                yield (org << 32) | items.req[n], n

    _union_keyed(linker, req_keys(), "req_id")
    _union_pairs(linker, batches(con, THREAD_PAIRS_SQL), "gmail_thread")

    # Read before any company + role union (`_union_keyed` gathers the keys first): an
    # agency's mail keys its role under the agency only while its thread names no client.
    def role_keys() -> Iterable[tuple[int, int]]:
        for n in range(first_event):
            if items.employer[n] != NONE:
                org = items.employer[n] << 1
            elif items.agency[n] != NONE and linker.employer[linker.find(n)] == NONE:
                org = (items.agency[n] << 1) | 1
            else:
                continue
            if items.role[n] != NONE:
                yield (org << 32) | items.role[n], n

    _union_keyed(linker, role_keys(), "company_role")

    # The same exact company + role at the level of whole threads: an agency's thread
    # that names its client in one mail and the role in another meets the client's own.
    by_component_role: dict[int, list[int]] = defaultdict(list)
    for root in {linker.find(n) for n in range(first_event)}:
        roles = linker.roles(root)
        if not roles:
            continue
        orgs = {e << 1 for e in linker.employers(root)}
        if not orgs and linker.agency[root] != NONE:
            orgs.add((linker.agency[root] << 1) | 1)
        for org in orgs:
            for role in roles:
                by_component_role[(org << 32) | role].append(root)
    for group in by_component_role.values():
        for root in group[1:]:
            linker.union(group[0], root, "company_role")


def link_contact_role(linker: Linker, window_days: float = 30.0) -> None:
    """A contact's message naming a role but no company ("I submitted you through our
    referral portal for Senior SRE") joins the one opportunity with exactly that role
    whose mail starts within `window_days` after it (marked uncertain); none or several:
    no link."""
    items = linker.items
    roots = linker.relevant_roots()
    window = round(window_days * 86_400_000_000)  # microseconds
    networking = items.strings.id("networking")
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for root in roots:
        if linker.employer[root] == NONE:
            continue
        first = min(items.at[n] for n in linker.members(root))
        if first == NO_TIME:
            continue
        for role in linker.roles(root):
            starts[role].append((first, root))
    for root in roots:
        if (
            linker.employer[root] != NONE
            or linker.agency[root] != NONE
            or linker.role[root] == NONE
        ):
            continue
        for n in linker.members(root):
            if items.kind[n] != networking or items.role[n] == NONE or items.at[n] == NO_TIME:
                continue
            at = items.at[n]
            near = {r for first, r in starts.get(items.role[n], []) if 0 <= first - at <= window}
            if len(near) == 1:
                linker.union(near.pop(), n, "contact_role", uncertain=True)
                break


# Each networking message's person: its sender, or the one recipient of the candidate's
# own note (a note to several people is no one conversation).
NETWORKING_CONTACTS = """
    select _link_ids.n,
           lower(case when is_from_me then
                     case when len(to_emails) = 1 and len(coalesce(cc_emails, [])) = 0
                          then to_emails[1] end
                 else from_email end) as contact
    from int_messages
    join _link_ids on _link_ids.item_id = int_messages.message_id
    where kind = 'networking'
"""


def _is_chat(linker: Linker, root: int, networking: int) -> bool:
    """Every job message of the component is networking mail."""
    items = linker.items
    return all(
        items.kind[n] == networking for n in linker.members(root) if items.is_relevant_message(n)
    )


def _first_job_message(linker: Linker, root: int) -> int:
    """The component's earliest job message (time, then number), NONE if it has none."""
    items = linker.items
    job = [n for n in linker.members(root) if items.is_relevant_message(n)]
    return min(job, key=lambda n: (items.at[n], n), default=NONE)


def link_contacts(linker: Linker, con: duckdb.DuckDBPyConnection) -> None:
    """Chats with one person join the one opportunity their networking mail is part of,
    else each other (the module's docstring has the rule)."""
    items = linker.items
    networking = items.strings.id("networking")
    # The networking messages of each person, in order (the addresses stay out of `Items`).
    messages_of: dict[str, dict[int, None]] = defaultdict(dict)
    for rows in batches(con, NETWORKING_CONTACTS):
        for n, contact in rows:
            if not contact or items.has(n, AUTOMATED) or n in linker.frozen:
                continue
            messages_of[contact].setdefault(n, None)
    for members in messages_of.values():
        roots = list(dict.fromkeys(linker.find(n) for n in members))
        chats = [r for r in roots if _is_chat(linker, r, networking)]
        # Only an opportunity the person's mail opened: their note about a job found
        # another way (news of the offer) does not make it theirs.
        opportunities = [
            r for r in roots if r not in chats and _first_job_message(linker, r) in members
        ]
        if len(opportunities) > 1 or not chats:
            continue
        target = opportunities[0] if opportunities else chats[0]
        for root in chats:
            if root != target:
                linker.union(target, root, "contact", force=True, onto=True)


def _works_there(linker: Linker, root: int, employer_domains: dict[int, int]) -> bool:
    """Someone in the chat writes from a domain that speaks for the chat's employer: the
    company is the contact's own, not a word in the text."""
    items = linker.items
    employer = linker.employer[root]
    return any(employer_domains.get(items.domain(n)) == employer for n in linker.members(root))


def link_by_company(linker: Linker, domains: dict[str, Org]) -> None:
    """Company alone links only when at most one role is known at that company, and
    never a chat that names no role unless its contact works there."""
    items = linker.items
    strings = items.strings
    networking = strings.id("networking")
    employer_domains = {
        strings.id(domain): strings.id(key)
        for domain, (kind, key) in domains.items()
        if kind == "employer"
    }
    by_employer: dict[int, list[int]] = defaultdict(list)
    for root in linker.relevant_roots():
        employer = linker.employer[root]
        if (
            linker.role[root] == NONE
            and _is_chat(linker, root, networking)
            and not _works_there(linker, root, employer_domains)
        ):
            continue
        if employer != NONE and root not in linker.frozen:
            by_employer[employer].append(root)
    for roots in by_employer.values():
        with_role = [r for r in roots if linker.role[r] != NONE]
        without = [r for r in roots if linker.role[r] == NONE]
        if not without:
            continue
        if len(with_role) > 1:
            for r in without:
                linker.issue(
                    r,
                    "ambiguous company",
                    f"{len(with_role)} roles known at this company; not linked",
                )
            continue
        target = with_role[0] if with_role else without[0]
        target_domains = {items.domain(n) for n in linker.members(target)}
        for r in without:
            if r == target:
                continue
            # The same ATS or mailbox answering, by template, about its own
            # acknowledgement's application is routine; anything else is worth a look.
            routine = all(
                items.has(n, AUTOMATED) and items.domain(n) in target_domains
                for n in linker.members(r)
            )
            linker.union(target, r, "company_only", uncertain=not routine)


DAY_US = 86_400_000_000


def _mail_times(linker: Linker, root: int) -> array:
    """The sorted times of the messages in `root`'s component."""
    items = linker.items
    times = sorted(
        items.at[m] for m in linker.members(root) if m < items.messages and items.at[m] != NO_TIME
    )
    return array("q", times)


def _gap(times: array, at: int) -> int | None:
    """How far `at` is from the nearest of `times` (sorted), None when either is unknown."""
    if at == NO_TIME or not times:
        return None
    i = bisect_left(times, at)
    return min(abs(times[j] - at) for j in (i - 1, i) if 0 <= j < len(times))


def link_events(
    linker: Linker,
    attendee_domains: dict[int, list[str]],
    domains: dict[str, Org],
    window_days: int,
) -> None:
    """Interview events not tied by an iCalUID: by company, else the organizer's domain;
    among several opportunities there, the one with the latest invitation before it.

    Only opportunities with a mail within `window_days` of the event (before or after
    it) are candidates: an event months from every mail of the one opportunity at its
    company is listed for review (`interview event far from mail`), not linked to it.
    An event or opportunity with no known time is not held to the window."""
    items = linker.items
    strings = items.strings
    roots = linker.relevant_roots()
    employer_roots: dict[int, list[int]] = defaultdict(list)
    compact_roots: dict[str, list[int]] = defaultdict(list)
    for root in roots:
        employer = linker.employer[root]
        if employer != NONE:
            employer_roots[employer].append(root)
            compact_roots[strings.values[employer].replace(" ", "")].append(root)
    invitation = strings.id("interview_invitation")
    window = window_days * DAY_US
    # Each candidate's mail times, made when an event first asks: linking events adds
    # no message to a component, so they stay true (a few components, not every one).
    mail_times: dict[int, array] = {}
    for n in range(items.messages, len(items)):
        if not items.has(n, INTERVIEW) or linker.find(n) in roots:
            continue
        source = strings.get(items.org_source[n])
        reason = "event_" + (source or "company")
        employer = items.employer[n]
        candidates = employer_roots.get(employer, []) if employer != NONE else []
        if not candidates and employer != NONE:
            # "Northleafsystems" on the invite is "Northleaf Systems" in the mail.
            candidates = compact_roots.get(strings.values[employer].replace(" ", ""), [])
        if not candidates:
            # The event names no known company (or a person): the organizer's domain.
            for domain in attendee_domains.get(n, []):
                org = domains.get(domain)
                if org and org[0] == "employer":
                    org_roots = employer_roots.get(strings.id(org[1]))
                    if org_roots:
                        candidates, reason = org_roots, "event_attendee_domain"
                        break
        at = items.at[n]
        gaps = []
        for root in candidates:
            if root not in mail_times:
                mail_times[root] = _mail_times(linker, root)
            gaps.append(_gap(mail_times[root], at))
        near = [r for r, gap in zip(candidates, gaps, strict=True) if gap is None or gap <= window]
        if candidates and not near:
            gap, nearest = min(
                (g, r) for r, g in zip(candidates, gaps, strict=True) if g is not None
            )
            linker.issue(
                n,
                "interview event far from mail",
                f"the nearest mail of {len(candidates)} candidate "
                f"opportunit{'y' if len(candidates) == 1 else 'ies'} at this company is "
                f"{gap // DAY_US} days away; events are linked within {window_days} days",
                nearest,
            )
            continue
        candidates = near
        if len(candidates) == 1:
            linker.union(candidates[0], n, reason, force=True)
            continue
        best, best_at = None, NO_TIME
        for root in candidates:
            for member in linker.members(root):
                member_at = items.at[member]
                if (
                    items.kind[member] == invitation
                    and member < items.messages
                    and member_at != NO_TIME
                    and at != NO_TIME
                    and member_at <= at
                    and (best is None or member_at > best_at)
                ):
                    best, best_at = root, member_at
        if best is not None:
            linker.union(best, n, "event_nearest_invitation", uncertain=True, force=True)
        else:
            linker.issue(
                n,
                "interview event not linked",
                f"{len(candidates)} candidate opportunities at this company",
            )
