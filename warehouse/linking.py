"""Linking messages and calendar events into opportunities (one role at one organization).

Links, strongest first: the iCalUID of an invite, a requisition id at one organization,
the Gmail thread, the exact normalized company + role, then company alone when one side
does not know its role, then interview events by company or attendee domain. A link
that would put two employers, two known roles or two requisition ids in one opportunity
is refused and reported (no fuzzy merge). Relay senders (ATS, job boards, schedulers)
never name an organization. The user's overrides (merge, split) are applied here, so
they survive every rebuild.

Reads `int_messages`, `int_events`, `stg_overrides`; writes `int_message_links`,
`int_event_links`, `int_opportunity_keys`, `int_org_domains`, `int_link_issues`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from extractors.relays import is_personal_domain, is_relay_domain
from warehouse.channels import is_job_board_domain
from warehouse.normalize import email_domain, is_relay_self_name, normalize_company, normalize_role

# Kinds that make a message part of a job search; the others (job_alert, other,
# unclassified) join an opportunity only through its thread.
# Names that say "agency" when the extractor did not: staffing and search firms.
AGENCY_NAME = re.compile(
    r"\b(staffing|recruit\w*|talent (partners|group|solutions)|executive search|"
    r"search (group|partners)|personnel|placements?|headhunters?|consulting group)\b"
)

RELEVANT_KINDS = frozenset(
    {
        "application_confirmation",
        "rejection",
        "interview_invitation",
        "assessment",
        "offer",
        "status_update",
        "recruiter_outreach",
        "networking",
    }
)
NOISE_KINDS = frozenset({"job_alert", "other"})


@dataclass(slots=True)
class _Item:
    kind: str  # message | event
    item_id: str
    at: datetime | None
    employer: str | None = None
    agency: str | None = None
    role: str | None = None
    req: str | None = None
    is_relevant: bool = False
    fact_kind: str | None = None
    reason: str | None = None
    uncertain: bool = False
    automated: bool = True
    domain: str | None = None


@dataclass(slots=True)
class _State:
    employer: str | None  # the first one named; `employers` holds every spelling seen
    employers: set[str]
    agency: str | None
    roles: set[str]  # spellings of one role (a requisition id may join several)
    req: str | None
    members: list[int] = field(default_factory=list)


class _Linker:
    """Union-find whose unions are refused when they would mix two roles or employers."""

    def __init__(self, items: list[_Item], frozen: set[int]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.state = [
            _State(
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
        # applications under one subject) is kept apart.
        conversation = (
            reason == "gmail_thread" and not (self.items[a].automated and self.items[b].automated)
        ) or reason == "ical_uid"  # one calendar event, whatever each side calls it
        conversation = conversation or force
        why = None if conversation else self.conflict(ra, rb, reason)
        if why:
            if reason in {"gmail_thread", "ical_uid"}:
                item = self.items[b]
                self.issues.append(
                    {
                        "item_type": item.kind,
                        "item_id": item.item_id,
                        "issue": f"{reason} link refused",
                        "detail": f"{why} in one {reason.replace('_', ' ')}",
                    }
                )
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


def _same_stem(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a.startswith(b) or b.startswith(a)


def _opportunity_id(anchor_id: str) -> str:
    return "opp_" + hashlib.md5(anchor_id.encode()).hexdigest()[:12]


def _domain_flags(domain: str | None, cache: dict[str, tuple[bool, bool, bool]]) -> tuple:
    if domain is None:
        return (False, False, False)
    if domain not in cache:
        cache[domain] = (
            is_relay_domain(domain),
            is_personal_domain(domain),
            is_job_board_domain(domain),
        )
    return cache[domain]


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    result = con.execute(sql)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def _write(con: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema, rows: list[dict]) -> int:
    data = pa.Table.from_pylist(rows, schema=schema)
    con.register("_link_rows", data)
    try:
        con.execute(f"create or replace table {table} as select * from _link_rows")
    finally:
        con.unregister("_link_rows")
    return len(rows)


def link_opportunities(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Group messages and events into opportunities; write the int_* link tables."""
    messages = _rows(
        con,
        """
        select message_id, gmail_thread_id, sent_at, is_from_me, kind, is_automated,
               company_name, role_name, req_id, agency_name, from_email, to_emails,
               cc_emails, ical_uids
        from int_messages
        order by sent_at nulls last, message_id
        """,
    )
    events = _rows(
        con,
        """
        select event_id, ical_uid, start_at, is_interview, company_name,
               organizer_email, attendee_emails
        from int_events
        order by start_at nulls last, event_id
        """,
    )
    overrides = _rows(
        con,
        "select action, opportunity_id, other_id from stg_overrides order by override_id",
    )
    flags_cache: dict[str, tuple[bool, bool, bool]] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    role_names: dict[str, Counter[str]] = defaultdict(Counter)

    def org_domain_ok(domain: str | None) -> bool:
        relay, personal, _ = _domain_flags(domain, flags_cache)
        return domain is not None and not relay and not personal

    # 1. What each message says about its employer, agency and role.
    items: list[_Item] = []
    message_info: list[dict[str, Any]] = []
    for m in messages:
        sender_domain = email_domain(m["from_email"])
        kind = m["kind"]
        noise = kind is None or (kind in NOISE_KINDS and not m["is_from_me"])
        employer = None if noise else normalize_company(m["company_name"])
        agency = None if noise else normalize_company(m["agency_name"])
        role = None if noise else normalize_role(m["role_name"])
        if is_relay_self_name(employer, sender_domain):
            employer = None
        if is_relay_self_name(agency, sender_domain):
            agency = None
        if agency is None and employer and AGENCY_NAME.search(employer):
            agency = employer
            names[agency][m["company_name"]] += 1
        if employer is not None and employer == agency:
            employer = None  # the agency named itself; its client is not known yet
        if employer:
            names[employer][m["company_name"]] += 1
        if agency:
            names[agency][m["agency_name"]] += 1
        if role:
            role_names[role][m["role_name"].strip()] += 1
        req = (m["req_id"] or "").strip().lower() or None
        items.append(
            _Item(
                "message",
                m["message_id"],
                m["sent_at"],
                employer=employer,
                agency=agency,
                role=role,
                req=None if noise else req,
                fact_kind=kind,
                automated=bool(m["is_automated"]) and not m["is_from_me"],
                domain=None if m["is_from_me"] else sender_domain,
            )
        )
        message_info.append({"sender_domain": sender_domain, "org_source": None})
        if employer or agency:
            message_info[-1]["org_source"] = "facts"

    # 2. Employer domains: a non-relay, non-personal domain that only ever speaks for
    # one organization.
    # A friend's mail names companies she does not speak for: networking mail neither
    # teaches nor uses employer domains.
    domain_orgs: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for m, item, info in zip(messages, items, message_info, strict=True):
        org = ("agency", item.agency) if item.agency else ("employer", item.employer)
        if org[1] is None or item.fact_kind == "networking":
            continue
        if m["is_from_me"]:
            for address in (m["to_emails"] or []) + (m["cc_emails"] or []):
                if org_domain_ok(email_domain(address)):
                    domain_orgs[email_domain(address)][org] += 1
        elif org_domain_ok(info["sender_domain"]):
            domain_orgs[info["sender_domain"]][org] += 1
    org_domains: dict[str, tuple[str, str]] = {}
    for domain, votes in domain_orgs.items():
        # A short or run-together spelling of an agency's name ("TekForce",
        # "Tekforcestaffing") from the agency's own domain is the agency.
        agencies = [key for kind, key in votes if kind == "agency"]
        for (kind, key), count in list(votes.items()):
            stem = next((a for a in agencies if kind == "employer" and _same_stem(key, a)), None)
            if stem is not None:
                votes[("agency", stem)] += count
                del votes[(kind, key)]
        # Extraction spells names differently now and then; a clear majority decides.
        org, count = votes.most_common(1)[0]
        if count >= 0.6 * sum(votes.values()):
            org_domains[domain] = org

    for m, item, info in zip(messages, items, message_info, strict=True):
        if item.agency or item.fact_kind in {None, "networking"}:
            continue
        if item.fact_kind in NOISE_KINDS and not m["is_from_me"]:
            continue
        if m["is_from_me"]:
            domains = [email_domain(a) for a in (m["to_emails"] or [])]
            source = "recipient_domain"
        else:
            domains = [info["sender_domain"]]
            source = "sender_domain"
        for domain in domains:
            if domain not in org_domains:
                continue
            org_kind, key = org_domains[domain]
            if org_kind == "agency":
                # The agency's own domain: its mail is the agency's, and a short spelling
                # of the agency's name ("TekForce") is not a client.
                item.agency = key
                if item.employer and _same_stem(item.employer, key):
                    item.employer = None
                info["org_source"] = info["org_source"] or source
            elif item.employer is None:
                item.employer = key
                info["org_source"] = source
            break

    for m, item in zip(messages, items, strict=True):
        item.is_relevant = item.fact_kind in RELEVANT_KINDS or bool(
            m["is_from_me"] and (item.employer or item.agency)
        )

    first_event = len(items)
    for e in events:
        employer = normalize_company(e["company_name"])
        source = "facts" if employer else None
        if not employer:
            for address in [e["organizer_email"], *(e["attendee_emails"] or [])]:
                domain = email_domain(address)
                if domain in org_domains and org_domains[domain][0] == "employer":
                    employer, source = org_domains[domain][1], "attendee_domain"
                    break
        items.append(
            _Item(
                "event",
                e["event_id"],
                e["start_at"],
                employer=employer,
                fact_kind="interview" if e["is_interview"] else None,
            )
        )
        message_info.append({"sender_domain": None, "org_source": source})

    split_ids = {o["other_id"] for o in overrides if o["action"] == "split" and o["other_id"]}
    frozen = {n for n, i in enumerate(items) if i.item_id in split_ids}
    linker = _Linker(items, frozen)

    # 3. Links, strongest first.
    by_uid: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(messages):
        for uid in m["ical_uids"] or []:
            by_uid[uid].append(n)
    for k, e in enumerate(events):
        if e["ical_uid"]:
            by_uid[e["ical_uid"]].append(first_event + k)
    for group in by_uid.values():
        for n in group[1:]:
            linker.union(group[0], n, "ical_uid")

    by_req: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, item in enumerate(items[:first_event]):
        org = item.employer or item.agency
        if item.req and org:
            by_req[(org, item.req)].append(n)
    for group in by_req.values():
        for n in group[1:]:
            linker.union(group[0], n, "req_id")

    by_thread: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(messages):
        if m["gmail_thread_id"]:
            by_thread[m["gmail_thread_id"]].append(n)
    for group in by_thread.values():
        for n in group[1:]:
            linker.union(group[0], n, "gmail_thread")

    by_role: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, item in enumerate(items[:first_event]):
        org = item.employer or (f"agency:{item.agency}" if item.agency else None)
        if org and item.role:
            by_role[(org, item.role)].append(n)
    for group in by_role.values():
        for n in group[1:]:
            linker.union(group[0], n, "company_role")

    # The same exact company + role at the level of whole threads: an agency's thread
    # that names its client in one mail and the role in another meets the client's own.
    by_component_role: dict[tuple[str, str], list[int]] = defaultdict(list)
    for root in {linker.find(n) for n in range(first_event)}:
        state = linker.state[root]
        orgs = set(state.employers) | ({f"agency:{state.agency}"} if state.agency else set())
        for org in orgs:
            for role in state.roles:
                by_component_role[(org, role)].append(root)
    for group in by_component_role.values():
        for root in group[1:]:
            linker.union(group[0], root, "company_role")

    def relevant_roots() -> dict[int, list[int]]:
        roots: dict[int, list[int]] = defaultdict(list)
        for n, item in enumerate(items):
            if item.kind == "message" and item.is_relevant:
                roots[linker.find(n)].append(n)
        return roots

    # Company alone links only when at most one role is known at that company.
    by_employer: dict[str, list[int]] = defaultdict(list)
    for root in relevant_roots():
        employer = linker.state[root].employer
        if employer and root not in frozen:
            by_employer[employer].append(root)
    for roots in by_employer.values():
        with_role = [r for r in roots if linker.state[r].roles]
        without = [r for r in roots if not linker.state[r].roles]
        if not without:
            continue
        if len(with_role) <= 1:
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
        else:
            for r in without:
                item = items[linker.state[r].members[0]]
                linker.issues.append(
                    {
                        "item_type": item.kind,
                        "item_id": item.item_id,
                        "issue": "ambiguous company",
                        "detail": f"{len(with_role)} roles known at this company; not linked",
                    }
                )

    # Interview events not tied by an iCalUID: by company or attendee domain.
    roots = relevant_roots()
    employer_roots: dict[str, list[int]] = defaultdict(list)
    for root in roots:
        if linker.state[root].employer:
            employer_roots[linker.state[root].employer].append(root)
    compact_roots: dict[str, list[int]] = defaultdict(list)
    for employer, employer_group in employer_roots.items():
        compact_roots[employer.replace(" ", "")].extend(employer_group)
    for k, e in enumerate(events):
        n = first_event + k
        item = items[n]
        if not e["is_interview"] or linker.find(n) in roots:
            continue
        reason = "event_" + (message_info[n]["org_source"] or "company")
        candidates = employer_roots.get(item.employer or "", [])
        if not candidates and item.employer:
            # "Northleafsystems" on the invite is "Northleaf Systems" in the mail.
            candidates = compact_roots.get(item.employer.replace(" ", ""), [])
        if not candidates:
            # The event names no known company (or a person): the organizer's domain.
            for address in [e["organizer_email"], *(e["attendee_emails"] or [])]:
                org = org_domains.get(email_domain(address) or "")
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
            linker.issues.append(
                {
                    "item_type": "event",
                    "item_id": e["event_id"],
                    "issue": "interview event not linked",
                    "detail": f"{len(candidates)} candidate opportunities at this company",
                }
            )

    # 4. Opportunities: components with at least one relevant message (or split by hand).
    components: dict[int, list[int]] = defaultdict(list)
    for n in range(len(items)):
        components[linker.find(n)].append(n)
    opportunity_of: dict[int, str] = {}
    keys_rows: list[dict[str, Any]] = []
    natural: dict[str, int] = {}
    for root, members in components.items():
        relevant = [n for n in members if items[n].is_relevant or n in frozen]
        if not relevant:
            continue
        anchor = min(relevant, key=lambda n: (items[n].at is None, items[n].at, items[n].item_id))
        natural[_opportunity_id(items[anchor].item_id)] = root
    merged_into: dict[str, str] = {}
    for o in overrides:
        if o["action"] == "merge" and o["opportunity_id"] and o["other_id"]:
            for key in (o["opportunity_id"], o["other_id"]):
                if key not in natural:
                    linker.issues.append(
                        {
                            "item_type": "override",
                            "item_id": key,
                            "issue": "override refers to an unknown opportunity",
                            "detail": "merge",
                        }
                    )
            merged_into[o["other_id"]] = o["opportunity_id"]

    def final_id(key: str) -> str:
        seen = set()
        while key in merged_into and key not in seen and merged_into[key] in natural:
            seen.add(key)
            key = merged_into[key]
        return key

    groups: dict[str, list[str]] = defaultdict(list)
    for key, root in natural.items():
        target = final_id(key)
        groups[target].append(key)
        for n in components[root]:
            opportunity_of[n] = target
    best_name = {key: counter.most_common(1)[0][0] for key, counter in names.items()}
    best_role = {key: counter.most_common(1)[0][0] for key, counter in role_names.items()}
    for target, keys in groups.items():
        roots_ = [natural[k] for k in keys]
        states = [linker.state[r] for r in roots_]
        members = [n for r in roots_ for n in components[r]]
        employer = next((s.employer for s in states if s.employer), None)
        agency = next((s.agency for s in states if s.agency), None)
        role_votes = Counter(items[n].role for n in members if items[n].role)
        role = role_votes.most_common(1)[0][0] if role_votes else None
        reasons = sorted({items[n].reason for n in members if items[n].reason})
        keys_rows.append(
            {
                "opportunity_id": target,
                "employer_key": employer,
                "employer_name": best_name.get(employer) if employer else None,
                "agency_key": agency,
                "agency_name": best_name.get(agency) if agency else None,
                "role_key": role,
                "role_name": best_role.get(role) if role else None,
                "link_reasons": reasons,
                "is_uncertain_link": any(items[n].uncertain for n in members),
                "merged_ids": sorted(k for k in keys if k != target),
                "is_split": any(n in frozen for n in members),
            }
        )

    # 5. Write.
    message_rows = []
    for n, (m, item, info) in enumerate(zip(messages, items, message_info, strict=False)):
        relay, personal, board = _domain_flags(info["sender_domain"], flags_cache)
        recipients = [email_domain(a) for a in (m["to_emails"] or [])]
        personal_recipient = bool(recipients) and all(
            _domain_flags(d, flags_cache)[1] for d in recipients
        )
        message_rows.append(
            {
                "message_id": m["message_id"],
                "opportunity_id": opportunity_of.get(n),
                "employer_key": item.employer,
                "agency_key": item.agency,
                "role_key": item.role,
                "org_source": info["org_source"],
                "sender_domain": info["sender_domain"],
                "is_relay_sender": relay,
                "is_personal_sender": personal,
                "is_job_board_sender": board,
                "is_personal_recipient": personal_recipient,
                "is_relevant": item.is_relevant,
                "link_reason": item.reason,
                "is_uncertain_link": item.uncertain,
            }
        )
    event_rows = [
        {
            "event_id": items[n].item_id,
            "opportunity_id": opportunity_of.get(n),
            "employer_key": items[n].employer,
            "org_source": message_info[n]["org_source"],
            "link_reason": items[n].reason,
            "is_uncertain_link": items[n].uncertain,
        }
        for n in range(first_event, len(items))
    ]
    org_rows = [
        {"org_key": key, "org_kind": kind, "domain": domain}
        for domain, (kind, key) in sorted(org_domains.items())
    ]
    names_rows = [{"org_key": key, "org_name": name} for key, name in sorted(best_name.items())]
    s, b, bl = pa.string(), pa.bool_(), pa.list_(pa.string())
    counts = {
        "int_message_links": _write(
            con,
            "int_message_links",
            pa.schema(
                [
                    ("message_id", s),
                    ("opportunity_id", s),
                    ("employer_key", s),
                    ("agency_key", s),
                    ("role_key", s),
                    ("org_source", s),
                    ("sender_domain", s),
                    ("is_relay_sender", b),
                    ("is_personal_sender", b),
                    ("is_job_board_sender", b),
                    ("is_personal_recipient", b),
                    ("is_relevant", b),
                    ("link_reason", s),
                    ("is_uncertain_link", b),
                ]
            ),
            message_rows,
        ),
        "int_event_links": _write(
            con,
            "int_event_links",
            pa.schema(
                [
                    ("event_id", s),
                    ("opportunity_id", s),
                    ("employer_key", s),
                    ("org_source", s),
                    ("link_reason", s),
                    ("is_uncertain_link", b),
                ]
            ),
            event_rows,
        ),
        "int_opportunity_keys": _write(
            con,
            "int_opportunity_keys",
            pa.schema(
                [
                    ("opportunity_id", s),
                    ("employer_key", s),
                    ("employer_name", s),
                    ("agency_key", s),
                    ("agency_name", s),
                    ("role_key", s),
                    ("role_name", s),
                    ("link_reasons", bl),
                    ("is_uncertain_link", b),
                    ("merged_ids", bl),
                    ("is_split", b),
                ]
            ),
            keys_rows,
        ),
        "int_org_domains": _write(
            con,
            "int_org_domains",
            pa.schema(
                [
                    ("org_key", s),
                    ("org_kind", s),
                    ("domain", s),
                ]
            ),
            org_rows,
        ),
        "int_org_names": _write(
            con,
            "int_org_names",
            pa.schema(
                [
                    ("org_key", s),
                    ("org_name", s),
                ]
            ),
            names_rows,
        ),
        "int_link_issues": _write(
            con,
            "int_link_issues",
            pa.schema(
                [
                    ("item_type", s),
                    ("item_id", s),
                    ("issue", s),
                    ("detail", s),
                ]
            ),
            linker.issues,
        ),
    }
    return counts
