"""Linking messages and calendar events into opportunities (one role at one organization).

Links, strongest first: the iCalUID of an invite, a requisition id at one organization,
the Gmail thread, the exact normalized company + role, then company alone when one side
does not know its role, then interview events by company or organizer domain. A link
that would put two employers, two known roles or two requisition ids in one opportunity
is refused and reported (no fuzzy merge). Relay senders (ATS, job boards, schedulers)
never name an organization. The user's overrides (merge, split) are applied here, so
they survive every rebuild.

Reads `int_messages`, `int_events`, `stg_overrides`; writes `int_message_links`,
`int_event_links`, `int_opportunity_keys`, `int_org_domains`, `int_org_names`,
`int_link_issues`.
"""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.linking.items import (
    Names,
    domain_flags,
    event_items,
    fill_from_domains,
    learn_domains,
    message_items,
)
from warehouse.linking.opportunities import assemble
from warehouse.linking.passes import (
    link_by_company,
    link_by_keys,
    link_contact_role,
    link_events,
)
from warehouse.linking.tables import write_table
from warehouse.linking.union_find import Linker
from warehouse.normalize import email_domain

__all__ = ["link_opportunities"]


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    result = con.execute(sql)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def link_opportunities(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Group messages and events into opportunities; write the int_* link tables."""
    messages = _rows(
        con,
        """
        select message_id, gmail_thread_id, sent_at, is_from_me, kind, is_automated,
               company_name, role_name, req_id, agency_name, from_email, from_name, to_emails,
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
        con, "select action, opportunity_id, other_id from stg_overrides order by override_id"
    )

    names = Names()
    items = message_items(messages, names)
    domains = learn_domains(messages, items)
    fill_from_domains(messages, items, domains)
    first_event = len(items)
    items.extend(event_items(events, domains))

    split_ids = {o["other_id"] for o in overrides if o["action"] == "split" and o["other_id"]}
    linker = Linker(items, {n for n, i in enumerate(items) if i.item_id in split_ids})
    link_by_keys(linker, messages, events)
    link_contact_role(linker)
    link_by_company(linker)
    link_events(linker, events, first_event, domains)
    opportunity_of, key_rows = assemble(linker, overrides, names)

    message_rows = []
    for n, (m, item) in enumerate(zip(messages, items, strict=False)):
        sender_domain = email_domain(m["from_email"])
        relay, personal, board = domain_flags(sender_domain)
        recipients = [email_domain(a) for a in (m["to_emails"] or [])]
        message_rows.append(
            {
                "message_id": m["message_id"],
                "opportunity_id": opportunity_of.get(n),
                "employer_key": item.employer,
                "agency_key": item.agency,
                "role_key": item.role,
                "org_source": item.org_source,
                "sender_domain": sender_domain,
                "is_relay_sender": relay,
                "is_personal_sender": personal,
                "is_job_board_sender": board,
                "is_personal_recipient": bool(recipients)
                and all(domain_flags(d)[1] for d in recipients),
                "is_relevant": item.is_relevant,
                "link_reason": item.reason,
                "is_uncertain_link": item.uncertain,
            }
        )
    event_rows = [
        {
            "event_id": item.item_id,
            "opportunity_id": opportunity_of.get(n),
            "employer_key": item.employer,
            "org_source": item.org_source,
            "link_reason": item.reason,
            "is_uncertain_link": item.uncertain,
        }
        for n, item in enumerate(items)
        if n >= first_event
    ]
    return {
        "int_message_links": write_table(con, "int_message_links", message_rows),
        "int_event_links": write_table(con, "int_event_links", event_rows),
        "int_opportunity_keys": write_table(con, "int_opportunity_keys", key_rows),
        "int_org_domains": write_table(
            con,
            "int_org_domains",
            [
                {"org_key": key, "org_kind": kind, "domain": domain}
                for domain, (kind, key) in sorted(domains.items())
            ],
        ),
        "int_org_names": write_table(
            con,
            "int_org_names",
            [{"org_key": key, "org_name": names.org(key)} for key in sorted(names.orgs)],
        ),
        "int_link_issues": write_table(con, "int_link_issues", linker.issues),
    }
