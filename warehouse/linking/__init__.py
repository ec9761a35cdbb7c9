"""Linking messages and calendar events into opportunities (one role at one organization).

Links, strongest first: the iCalUID of an invite, a requisition id at one organization,
the Gmail thread, the exact normalized company + role, a networking contact's person,
then company alone when one side does not know its role, then interview events by
company or organizer domain. A link
that would put two employers, two known roles or two requisition ids in one opportunity
is refused and reported (no fuzzy merge). Relay senders (ATS, job boards, schedulers)
never name an organization. The user's overrides (merge, split, attach) are applied here,
so they survive every rebuild.

Reads `int_messages`, `int_events`, `stg_overrides`; writes `int_message_links`,
`int_event_links`, `int_opportunity_keys`, `int_org_domains`, `int_org_names`,
`int_link_issues`.

Memory stays small whatever the mailbox's size: rows are read and written in batches,
each item is a few ints in arrays (`items.Items`), and ids stay in DuckDB. Mail that no
link can ever join (`items.LINKABLE_SQL`: job alerts and other noise in a thread of its
own) takes no item at all: its link rows are written first (`tables.write_alone`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import duckdb

from warehouse.db import drop_table_cache
from warehouse.linking.items import (
    NONE,
    PERSONAL_RECIPIENT,
    RELEVANT,
    UNCERTAIN,
    Items,
    Names,
    clear_name_caches,
    domain_flags,
    fill_from_domains,
    load_events,
    load_messages,
    number_messages,
)
from warehouse.linking.opportunities import Opportunities, assemble, key_rows
from warehouse.linking.passes import (
    link_by_company,
    link_by_keys,
    link_contact_role,
    link_contacts,
    link_events,
)
from warehouse.linking.tables import (
    create_ids,
    create_links,
    drop_staging,
    finish,
    write_alone,
    write_links,
    write_rows,
)
from warehouse.linking.union_find import Linker

__all__ = ["link_opportunities"]


def _frozen(con: duckdb.DuckDBPyConnection, overrides: list[tuple[Any, ...]]) -> set[int]:
    """The items the user split out of their opportunity."""
    split_ids = sorted({o[2] for o in overrides if o[0] == "split" and o[2]})
    if not split_ids:
        return set()
    rows = con.execute(
        "select n from _link_ids where item_id in (select unnest(?::varchar[]))", [split_ids]
    ).fetchall()
    return {r[0] for r in rows}


def _message_rows(opps: Opportunities) -> Iterator[tuple[Any, ...]]:
    items = opps.linker.items
    get = items.strings.get
    for n in range(items.messages):
        sender = get(items.sender[n])
        relay, personal, board = domain_flags(sender)
        flags = items.flags[n]
        anchor = opps.anchor_of(n)
        yield (
            n,
            None if anchor < 0 else anchor,
            get(items.employer[n]),
            get(items.agency[n]),
            get(items.role[n]),
            get(items.org_source[n]),
            sender,
            relay,
            personal,
            board,
            bool(flags & PERSONAL_RECIPIENT),
            bool(flags & RELEVANT),
            get(items.reason[n]),
            bool(flags & UNCERTAIN),
        )


def _event_rows(opps: Opportunities) -> Iterator[tuple[Any, ...]]:
    items = opps.linker.items
    get = items.strings.get
    for n in range(items.messages, len(items)):
        anchor = opps.anchor_of(n)
        yield (
            n,
            None if anchor < 0 else anchor,
            get(items.employer[n]),
            get(items.org_source[n]),
            get(items.reason[n]),
            items.has(n, UNCERTAIN),
        )


def _issue_rows(opps: Opportunities) -> Iterator[tuple[Any, ...]]:
    items = opps.linker.items
    seq = 0

    def kind(n: int) -> str:
        return "message" if n < items.messages else "event"

    for n, issue, detail, candidate in opps.linker.issues:
        if n in opps.attached:
            continue  # the user settled it: an attach override joined it
        opp = None if candidate == NONE else opps.anchor_of(candidate)
        yield (seq, n, kind(n), None, issue, detail, None if opp == NONE else opp)
        seq += 1
    for n in opps.refused:
        yield (
            seq,
            n,
            kind(n),
            None,
            "override attach refused",
            "the item is in another opportunity: split it out first",
            None,
        )
        seq += 1
    for action, key in opps.unknown_keys:
        issue = "override refers to an unknown opportunity"
        yield (seq, None, "override", key, issue, action, None)
        seq += 1


def _event_link_days(con: duckdb.DuckDBPyConnection) -> int:
    """The build's `event_link_days` (`warehouse_params`, written before linking)."""
    # fetchall: a result left unfinished would block the writes that follow on `con`
    (row,) = con.execute("select event_link_days from warehouse_params").fetchall()
    return int(row[0])


FINISHED = ("int_opportunity_keys", "int_link_issues")


def link_opportunities(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Group messages and events into opportunities; write the int_* link tables."""
    overrides = con.execute(
        "select action, opportunity_id, other_id from stg_overrides order by override_id"
    ).fetchall()
    # Mail that can never be linked is written first, while linking holds nothing in
    # Python, and takes no slot in its arrays (100k demo: ~45% of the messages).
    number_messages(con)
    create_links(con, "int_message_links")
    alone = write_alone(con)
    drop_table_cache(con)
    names, items = Names(), Items()
    # DuckDB keeps the pages of int_messages each read scans cached, up to its cap, beside
    # the Python state that grows after it: let go after each read (100k demo, built
    # alone, three alternated runs: linking's peak 166.9-168.6 -> 164.3-165.7 MB; 10k
    # demo 145.6-145.8 -> 144.5-145.7, its reads cache ~0.2 MB).
    domains, recipients_of = load_messages(con, items, names)
    drop_table_cache(con)
    fill_from_domains(items, domains, recipients_of)
    del recipients_of
    attendee_domains = load_events(con, items, domains)
    drop_table_cache(con)
    create_ids(con, items.messages)

    linker = Linker(items, _frozen(con, overrides))
    link_by_keys(linker, con)
    link_contact_role(linker)
    link_contacts(linker, con)
    drop_table_cache(con)
    link_by_company(linker, domains)
    link_events(linker, attendee_domains, domains, _event_link_days(con))
    opps = assemble(linker, overrides, con)
    linker.close()

    counts = {
        "int_message_links": alone
        + write_links(con, "int_message_links", _message_rows(opps), create=False),
        "int_event_links": write_links(con, "int_event_links", _event_rows(opps)),
    }
    write_rows(con, "_link_key_rows", key_rows(opps, names), temp=True)
    write_rows(con, "_link_issue_rows", _issue_rows(opps), temp=True)
    counts |= {
        "int_org_domains": write_rows(
            con,
            "int_org_domains",
            ((key, kind, domain) for domain, (kind, key) in sorted(domains.items())),
            temp=False,
        ),
        "int_org_names": write_rows(
            con,
            "int_org_names",
            ((key, names.org(key)) for key in names.orgs.sorted_keys()),
            temp=False,
        ),
    }
    # What Python holds (a few ints per item, and cycles between the linker's objects) is
    # let go before DuckDB joins the staged rows back to ids: ~25 MB at 100,000 messages.
    del opps, linker, items, names, domains, attendee_domains
    clear_name_caches()
    gc.collect()
    for table in FINISHED:
        counts[table] = finish(con, table)
    drop_staging(con)
    # The Arrow readers and registered chunks of the reads and writes above end in cycles
    # holding DuckDB's results: collected here, not during the next build step (~20 MB).
    gc.collect()
    return counts
