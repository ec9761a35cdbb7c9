"""What each message and event says about its employer, agency and role.

Names come from the extracted facts, cleaned of what is known to mislead: a relay naming
itself ("Workday"), an agency's name given as the company, a short spelling of an
agency's name from the agency's own domain. Mail that names no organization takes it
from its sender's (or, for the candidate's own mail, its recipient's) domain, when that
domain is known to speak for one organization.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from extractors.relays import is_personal_domain, is_relay_domain
from flows.sources.records import KINDS
from warehouse.channels import is_job_board_domain
from warehouse.linking.union_find import Item
from warehouse.normalize import email_domain, is_relay_self_name, normalize_company, normalize_role

# Kinds that make a message part of a job search; the others (job_alert, other,
# unclassified) join an opportunity only through its thread.
NOISE_KINDS = frozenset({"job_alert", "other"})
RELEVANT_KINDS = frozenset(KINDS) - NOISE_KINDS

# Names that say "agency" when the extractor did not: staffing and search firms.
AGENCY_NAME = re.compile(
    r"\b(staffing|recruit\w*|talent (partners|group|solutions)|executive search|"
    r"search (group|partners)|personnel|placements?|headhunters?|consulting group)\b"
)

Org = tuple[str, str]  # (employer | agency, normalized name)


@lru_cache(maxsize=65536)
def domain_flags(domain: str | None) -> tuple[bool, bool, bool]:
    """(relay, personal, job board) for a mail domain."""
    if domain is None:
        return (False, False, False)
    return (is_relay_domain(domain), is_personal_domain(domain), is_job_board_domain(domain))


def same_stem(a: str, b: str) -> bool:
    """'tekforce' and 'tekforce staffing' (or 'tekforcestaffing') name one organization."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a.startswith(b) or b.startswith(a)


class Names:
    """The most frequent spelling of every organization and role key."""

    def __init__(self) -> None:
        self.orgs: dict[str, Counter[str]] = defaultdict(Counter)
        self.roles: dict[str, Counter[str]] = defaultdict(Counter)

    def org(self, key: str | None) -> str | None:
        return self.orgs[key].most_common(1)[0][0] if key and self.orgs.get(key) else None

    def role(self, key: str | None) -> str | None:
        return self.roles[key].most_common(1)[0][0] if key and self.roles.get(key) else None


def message_items(messages: Sequence[dict[str, Any]], names: Names) -> list[Item]:
    items = []
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
        if agency:
            names.orgs[agency][m["agency_name"]] += 1
        elif employer and AGENCY_NAME.search(employer):
            agency = employer
        if employer:
            names.orgs[employer][m["company_name"]] += 1
        if employer is not None and employer == agency:
            employer = None  # the agency named itself; its client is not known yet
        if role:
            names.roles[role][m["role_name"].strip()] += 1
        req = None if noise else ((m["req_id"] or "").strip().lower() or None)
        items.append(
            Item(
                "message",
                m["message_id"],
                m["sent_at"],
                employer=employer,
                agency=agency,
                role=role,
                req=req,
                fact_kind=kind,
                automated=bool(m["is_automated"]) and not m["is_from_me"],
                domain=None if m["is_from_me"] else sender_domain,
                org_source="facts" if employer or agency else None,
            )
        )
    return items


def _named_after_sender(m: dict[str, Any], item: Item) -> bool:
    """A person (not a template) whose own name came out as the company.

    Templates are often signed with the company's name ("Acme <jobs@acme.com>"); that
    is the company. A person's name from a company domain is not.
    """
    return bool(
        item.employer
        and not m["is_from_me"]
        and not item.automated
        and not domain_flags(item.domain)[0]
        and item.employer == normalize_company(m["from_name"])
    )


def _org_domain(domain: str | None) -> bool:
    relay, personal, _ = domain_flags(domain)
    return domain is not None and not relay and not personal


def learn_domains(messages: Sequence[dict[str, Any]], items: Sequence[Item]) -> dict[str, Org]:
    """Mail domains that speak for one organization, learnt from its hiring mail.

    A friend's mail names companies she does not speak for: networking mail neither
    teaches nor uses employer domains.
    """
    votes_by_domain: dict[str, Counter[Org]] = defaultdict(Counter)
    for m, item in zip(messages, items, strict=True):
        org = ("agency", item.agency) if item.agency else ("employer", item.employer)
        if org[1] is None or item.fact_kind == "networking":
            continue
        if _named_after_sender(m, item):
            continue
        if m["is_from_me"]:
            for address in (m["to_emails"] or []) + (m["cc_emails"] or []):
                if _org_domain(email_domain(address)):
                    votes_by_domain[email_domain(address)][org] += 1  # type: ignore[index]
        elif _org_domain(item.domain):
            votes_by_domain[item.domain][org] += 1  # type: ignore[index]
    domains: dict[str, Org] = {}
    for domain, votes in votes_by_domain.items():
        # A short or run-together spelling of an agency's name ("TekForce",
        # "Tekforcestaffing") from the agency's own domain is the agency.
        agencies = [key for kind, key in votes if kind == "agency"]
        for (kind, key), count in list(votes.items()):
            stem = next((a for a in agencies if kind == "employer" and same_stem(key, a)), None)
            if stem is not None:
                votes[("agency", stem)] += count
                del votes[(kind, key)]
        # Extraction spells names differently now and then; a clear majority decides.
        org, count = votes.most_common(1)[0]
        if count >= 0.6 * sum(votes.values()):
            domains[domain] = org
    return domains


def fill_from_domains(
    messages: Sequence[dict[str, Any]], items: Sequence[Item], domains: dict[str, Org]
) -> None:
    """Give mail that names no organization the one its domain speaks for."""
    for m, item in zip(messages, items, strict=True):
        if _named_after_sender(m, item) and item.domain in domains:
            # A person's name taken for the company ("Chris Moreau" writing from
            # willowbridgemobility.com): the domain knows better.
            item.employer = None
            item.org_source = None
        if item.agency or item.fact_kind in {None, "networking"}:
            continue
        if item.fact_kind in NOISE_KINDS and not m["is_from_me"]:
            continue
        if m["is_from_me"]:
            candidates = [email_domain(a) for a in (m["to_emails"] or [])]
            source = "recipient_domain"
        else:
            candidates = [item.domain]
            source = "sender_domain"
        for domain in candidates:
            if domain not in domains:
                continue
            org_kind, key = domains[domain]
            if org_kind == "agency":
                # The agency's own domain: its mail is the agency's, and a short spelling
                # of the agency's name ("TekForce") is not a client.
                item.agency = key
                if item.employer and same_stem(item.employer, key):
                    item.employer = None
                item.org_source = item.org_source or source
            elif item.employer is None:
                item.employer = key
                item.org_source = source
            break
    for m, item in zip(messages, items, strict=True):
        item.is_relevant = item.fact_kind in RELEVANT_KINDS or bool(
            m["is_from_me"] and (item.employer or item.agency)
        )


def event_items(events: Sequence[dict[str, Any]], domains: dict[str, Org]) -> list[Item]:
    items = []
    for e in events:
        employer = normalize_company(e["company_name"])
        source = "facts" if employer else None
        if not employer:
            for address in [e["organizer_email"], *(e["attendee_emails"] or [])]:
                org = domains.get(email_domain(address) or "")
                if org and org[0] == "employer":
                    employer, source = org[1], "attendee_domain"
                    break
        items.append(
            Item(
                "event",
                e["event_id"],
                e["start_at"],
                employer=employer,
                fact_kind="interview" if e["is_interview"] else None,
                org_source=source,
            )
        )
    return items
