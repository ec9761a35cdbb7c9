"""What each message and event says about its employer, agency and role.

Names come from the extracted facts, cleaned of what is known to mislead: a relay naming
itself ("Workday"), an agency's name given as the company, a short spelling of an
agency's name from the agency's own domain. Mail that names no organization takes it
from its sender's (or, for the candidate's own mail, its recipient's) domain, when that
domain is known to speak for one organization.

Items are kept column by column (`Items`: arrays of interned ints, one slot per item) and
read from DuckDB in batches, so a mailbox of 100,000 messages costs a few megabytes here,
not a Python object per message. Item ids stay in DuckDB: an item is its position in
`ITEM_ORDER` (messages first, then events), and the link tables are joined back to ids
there.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import duckdb

from extractors.relays import is_personal_domain, is_relay_domain
from flows.sources.records import KINDS
from warehouse.caches import clear_bounded_caches
from warehouse.channels import is_job_board_domain
from warehouse.normalize import (
    email_domain,
    is_relay_self_name,
    normalize_company,
    normalize_role,
)

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

NONE = -1  # "no string" in an interned column
NO_TIME = 2**63 - 1  # "no time" in the `at` column (epoch microseconds)

# The order items are numbered in; the link tables are joined back to ids by it.
MESSAGE_ORDER = "order by sent_at nulls last, message_id"
EVENT_ORDER = "order by start_at nulls last, event_id"
BATCH_ROWS = 4096

# Bits of `Items.flags`.
AUTOMATED, FROM_ME, RELEVANT, UNCERTAIN, NAMED_AFTER_SENDER, PERSONAL_RECIPIENT = (
    1,
    2,
    4,
    8,
    16,
    32,
)
EVENT, INTERVIEW = 64, 128

# Addresses and sender names are nearly one per message: the shared caches of these
# functions would fill up with them (and grow with the mailbox), so they are called
# uncached here.
_address_domain = email_domain.__wrapped__
_company_key = normalize_company.__wrapped__
_relay_self_name = is_relay_self_name.__wrapped__


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


class Strings:
    """Interned strings: each key (organization, role, domain, ...) stored once, as an int."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.values: list[str] = []

    def id(self, value: str | None) -> int:
        if value is None:
            return NONE
        found = self.ids.get(value)
        if found is None:
            found = self.ids[value] = len(self.values)
            self.values.append(value)
        return found

    def get(self, n: int) -> str | None:
        return None if n < 0 else self.values[n]


class Spellings:
    """How each key (an organization's or a role's) is written: its most frequent spelling,
    a tie going to the one met first (as `Counter.most_common`).

    Most keys are written one way only: their spelling and its count sit in two flat dicts,
    and a Counter is made only for a key met with a second spelling. A Counter for every
    key held ~4 MB through linking at 100,000 demo messages (18,533 organizations), ten
    times what it held at 10,000."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.count: dict[str, int] = {}
        self.many: dict[str, Counter[str]] = {}

    def add(self, key: str, spelling: str) -> None:
        many = self.many.get(key)
        if many is not None:
            many[spelling] += 1
        elif key not in self.first:
            self.first[key] = spelling
            self.count[key] = 1
        elif self.first[key] == spelling:
            self.count[key] += 1
        else:  # the first spelling first: it wins a tie
            self.many[key] = Counter({self.first[key]: self.count[key], spelling: 1})

    def settle(self) -> None:
        """Keep each key's most frequent spelling only (no spelling is added after)."""
        for key, spellings in self.many.items():
            self.first[key] = spellings.most_common(1)[0][0]
        self.many.clear()
        self.count.clear()

    def most_common(self, key: str | None) -> str | None:
        if not key:
            return None
        many = self.many.get(key)
        return many.most_common(1)[0][0] if many is not None else self.first.get(key)

    def sorted_keys(self) -> list[str]:
        """Every key written, sorted."""
        return sorted(self.first)


class Names:
    """The most frequent spelling of every organization and role key."""

    def __init__(self) -> None:
        self.orgs = Spellings()
        self.roles = Spellings()

    def org(self, key: str | None) -> str | None:
        return self.orgs.most_common(key)

    def role(self, key: str | None) -> str | None:
        return self.roles.most_common(key)

    def settle(self) -> None:
        """Once every message is read: the spellings chosen, their counts let go."""
        self.orgs.settle()
        self.roles.settle()


class Items:
    """Messages then events, one slot per item in each column."""

    def __init__(self) -> None:
        self.strings = Strings()
        self.employer = array("i")
        self.agency = array("i")
        self.role = array("i")
        self.req = array("i")
        self.kind = array("i")  # the fact kind (events: "interview" or none)
        self.sender = array("i")  # sender domain (messages; the candidate's own mail too)
        self.at = array("q")  # epoch microseconds, NO_TIME when unknown
        self.flags = bytearray()
        self.reason = array("i")  # the first link that attached it
        self.org_source = array("i")  # facts | sender_domain | recipient_domain | ...
        self.messages = 0

    def __len__(self) -> int:
        return len(self.flags)

    def add(
        self,
        *,
        at: int | None,
        flags: int,
        kind: str | None,
        employer: str | None = None,
        agency: str | None = None,
        role: str | None = None,
        req: str | None = None,
        sender: str | None = None,
        org_source: str | None = None,
    ) -> int:
        s = self.strings
        self.employer.append(s.id(employer))
        self.agency.append(s.id(agency))
        self.role.append(s.id(role))
        self.req.append(s.id(req))
        self.kind.append(s.id(kind))
        self.sender.append(s.id(sender))
        self.at.append(NO_TIME if at is None else at)
        self.flags.append(flags)
        self.reason.append(NONE)
        self.org_source.append(s.id(org_source))
        return len(self.flags) - 1

    def has(self, n: int, flag: int) -> bool:
        return bool(self.flags[n] & flag)

    def drop_pass_columns(self) -> None:
        """Let go of the columns only the link passes read (time, kind, requisition id)
        before the link tables are written: ~1.7 MB at 100,000 demo messages."""
        self.at, self.kind, self.req = array("q"), array("i"), array("i")

    def set(self, n: int, flag: int, on: bool = True) -> None:
        self.flags[n] = self.flags[n] | flag if on else self.flags[n] & ~flag

    def kind_of(self, n: int) -> str | None:
        return self.strings.get(self.kind[n])

    def domain(self, n: int) -> int:
        """The sender's domain, NONE for the candidate's own mail and for events."""
        return NONE if self.flags[n] & FROM_ME else self.sender[n]

    def is_relevant_message(self, n: int) -> bool:
        return self.flags[n] & (RELEVANT | EVENT) == RELEVANT


def batches(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of `sql`, a batch at a time (no other query may run on `con` meanwhile).

    Streamed through an Arrow reader: `execute` would hold the whole result in DuckDB
    (~35 MB for the messages at 100,000) until the last batch is read."""
    for batch in con.sql(sql).to_arrow_reader(BATCH_ROWS):
        yield list(zip(*(column.to_pylist() for column in batch.columns), strict=True))


def _org_domain(domain: str | None) -> bool:
    relay, personal, _ = domain_flags(domain)
    return domain is not None and not relay and not personal


class Votes:
    """Which organization each mail domain speaks for, learnt from its hiring mail.

    A friend's mail names companies she does not speak for: networking mail neither
    teaches nor uses employer domains.
    """

    def __init__(self) -> None:
        self.by_domain: dict[str, Counter[Org]] = defaultdict(Counter)

    def add(
        self,
        employer: str | None,
        agency: str | None,
        kind: str | None,
        named_after_sender: bool,
        recipients: list[str | None] | None,
        domain: str | None,
    ) -> None:
        org = ("agency", agency) if agency else ("employer", employer)
        if org[1] is None or kind == "networking" or named_after_sender:
            return
        if recipients is not None:
            for address_domain in recipients:
                if _org_domain(address_domain):
                    self.by_domain[address_domain][org] += 1  # type: ignore[index]
        elif _org_domain(domain):
            self.by_domain[domain][org] += 1  # type: ignore[index]

    def domains(self) -> dict[str, Org]:
        domains: dict[str, Org] = {}
        for domain, votes in self.by_domain.items():
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


# Messages are read a range of item numbers at a time: one query sorting every message's
# row would hold them all in DuckDB until its last batch was read (~60 MB at 100,000
# messages, 6 at 10,000). The numbers come from a sort of the ordering columns alone
# (`number_messages`); each range joins back to its rows and sorts only those.
RANGE_ROWS = 16384
MESSAGE_SQL = """
    select epoch_us(sent_at), is_from_me, kind, is_automated, company_name, role_name,
           req_id, agency_name, from_email, from_name, to_emails,
           case when is_from_me then cc_emails end
    from int_messages
    join _link_ids on _link_ids.item_id = int_messages.message_id
    where _link_ids.n >= {start} and _link_ids.n < {end}
    order by _link_ids.n
"""


# Mail linking can never join to anything: noise (`NOISE_KINDS` not sent by the candidate,
# or no kind at all) names no organization, role or requisition id and is no job message,
# so only an iCalUID or a thread shared with another message could link it; and the user
# did not split it out (a split item is an opportunity of its own) or attach it. About 45%
# of the demo mailbox (job alerts, other mail in threads of one). It takes no item number
# (no slot in linking's arrays, no interned sender domain): its link rows are written in a
# pass of their own (`tables.write_alone`), each as linking gave it: no opportunity, no keys, no
# reason. Never null (the mail is in `_link_ids` or `_link_alone`, never both or neither).
LINKABLE_SQL = f"""coalesce(
        (kind is not null
         and (coalesce(is_from_me, false)
              or kind not in ({", ".join(f"'{k}'" for k in sorted(NOISE_KINDS))})))
        or len(coalesce(ical_uids, [])) > 0
        or gmail_thread_id in (
            select gmail_thread_id from int_messages
            where coalesce(gmail_thread_id, '') <> ''
            group by gmail_thread_id having count(*) > 1)
        or message_id in (
            select other_id from stg_overrides
            where action in ('split', 'attach') and other_id is not null),
        false)"""


def number_messages(con: duckdb.DuckDBPyConnection) -> int:
    """`_link_ids` (item number `n`, message id `item_id`) for every message linking may
    join (`LINKABLE_SQL`), numbered in `MESSAGE_ORDER` and stored in that order, and
    `_link_alone` (`k`, `item_id`) for the rest; how many linking numbers. `create_ids`
    adds the events after them."""
    con.execute(
        f"""
        create or replace temp table _link_ids as
        select (row_number() over ({MESSAGE_ORDER}) - 1)::integer as n, message_id as item_id
        from int_messages
        where {LINKABLE_SQL}
        order by n
        """
    )
    con.execute(
        f"""
        create or replace temp table _link_alone as
        select (row_number() over (order by message_id) - 1)::integer as k,
               message_id as item_id
        from int_messages
        where not {LINKABLE_SQL}
        order by k
        """
    )
    return int(con.execute("select count(*) from _link_ids").fetchall()[0][0])


# Linking's name and domain helpers keep bounded lru caches whose keys are the strings of
# the messages read; emptied every this many messages (and at the end of linking), they
# hold what a 10,000-message mailbox fills, not ~6 MB at 100,000.
CACHE_ROWS = 10_000


def clear_name_caches() -> None:
    """Empty the bounded lru caches of the name and domain helpers linking calls
    (`warehouse.normalize`, this module's, the extractors' relay lists).

    Their keys are the strings of every message read: at 100,000 messages ~6 MB of small
    objects (~0.7 at 10,000) that outlived linking and pinned the heap arenas that
    linking's short-lived objects shared with them (build steps after linking started
    ~22 MB higher at 100,000 than at 10,000, ~11 after this). They are pure: the next
    call refills them."""
    clear_bounded_caches("warehouse", "extractors")


def message_batches(con: duckdb.DuckDBPyConnection) -> Iterator[list[tuple[Any, ...]]]:
    """The row of `MESSAGE_SQL` of every message numbered in `_link_ids`
    (`number_messages`), in `MESSAGE_ORDER`, a batch at a time."""
    total = int(con.execute("select count(*) from _link_ids").fetchall()[0][0])
    for start in range(0, total, RANGE_ROWS):
        yield from batches(con, MESSAGE_SQL.format(start=start, end=start + RANGE_ROWS))


def load_messages(
    con: duckdb.DuckDBPyConnection, items: Items, names: Names
) -> tuple[dict[str, Org], dict[int, list[int]]]:
    """Read the facts of every message numbered in `_link_ids` (`number_messages`) into
    `items`; the domains learnt, and the recipients' domains of the candidate's own mail
    that may take its organization from them."""
    votes = Votes()
    strings = items.strings
    recipients_of: dict[int, list[int]] = {}
    since_cleared = 0
    for rows in message_batches(con):
        since_cleared += len(rows)
        if since_cleared >= CACHE_ROWS:
            clear_name_caches()
            since_cleared = 0
        for (at, from_me, kind, automated, company, role_name, req_id, agency_name,
             from_email, from_name, to_emails, cc_emails) in rows:  # fmt: skip
            sender_domain = _address_domain(from_email)
            noise = kind is None or (kind in NOISE_KINDS and not from_me)
            employer = None if noise else normalize_company(company)
            agency = None if noise else normalize_company(agency_name)
            role = None if noise else normalize_role(role_name)
            if role and _company_key(role_name) in (employer, agency):
                # "Thank you for applying to Acme" gives Acme as the role too: a title is
                # never just the organization's name, and as a role it would key every
                # such acknowledgement at Acme as one application.
                role = None
            if employer and _relay_self_name(employer, sender_domain):
                employer = None
            if agency and _relay_self_name(agency, sender_domain):
                agency = None
            if agency:
                names.orgs.add(agency, agency_name)
            elif employer and AGENCY_NAME.search(employer):
                agency = employer
            if employer:
                names.orgs.add(employer, company)
            if employer is not None and employer == agency:
                employer = None  # the agency named itself; its client is not known yet
            if role:
                names.roles.add(role, role_name.strip())
            req = None if noise else ((req_id or "").strip().lower() or None)
            is_automated = bool(automated) and not from_me
            domain = None if from_me else sender_domain
            to_domains = [_address_domain(a) for a in (to_emails or [])]
            # A person (not a template) whose own name came out as the company.
            # Templates are often signed with the company's name ("Acme <jobs@acme.com>");
            # that is the company. A person's name from a company domain is not.
            named = bool(
                employer
                and not from_me
                and not is_automated
                and not domain_flags(domain)[0]
                and employer == _company_key(from_name)
            )
            flags = (
                (AUTOMATED if is_automated else 0)
                | (FROM_ME if from_me else 0)
                | (NAMED_AFTER_SENDER if named else 0)
                | (
                    PERSONAL_RECIPIENT
                    if to_domains and all(domain_flags(d)[1] for d in to_domains)
                    else 0
                )
            )
            n = items.add(
                at=at,
                flags=flags,
                kind=kind,
                employer=employer,
                agency=agency,
                role=role,
                req=req,
                sender=sender_domain,
                org_source="facts" if employer or agency else None,
            )
            if from_me:
                votes.add(
                    employer,
                    agency,
                    kind,
                    named,
                    to_domains + [_address_domain(a) for a in (cc_emails or [])],
                    None,
                )
                if not agency and kind not in {None, "networking"}:
                    recipients_of[n] = [strings.id(d) for d in to_domains]
            else:
                votes.add(employer, agency, kind, named, None, domain)
    items.messages = len(items)
    names.settle()
    return votes.domains(), recipients_of


def fill_from_domains(
    items: Items, domains: dict[str, Org], recipients_of: dict[int, list[int]]
) -> None:
    """Give mail that names no organization the one its domain speaks for."""
    strings = items.strings
    by_id = {strings.id(domain): org for domain, org in domains.items()}
    for n in range(items.messages):
        domain = items.domain(n)
        if items.has(n, NAMED_AFTER_SENDER) and domain in by_id:
            # A person's name taken for the company ("Chris Moreau" writing from
            # willowbridgemobility.com): the domain knows better.
            items.employer[n] = NONE
            items.org_source[n] = NONE
        kind = items.kind_of(n)
        if items.agency[n] != NONE or kind in {None, "networking"}:
            continue
        from_me = items.has(n, FROM_ME)
        if kind in NOISE_KINDS and not from_me:
            continue
        if from_me:
            candidates = recipients_of.get(n, [])
            source = strings.id("recipient_domain")
        else:
            candidates = [domain]
            source = strings.id("sender_domain")
        for candidate in candidates:
            if candidate not in by_id:
                continue
            org_kind, key = by_id[candidate]
            key_id = strings.id(key)
            if org_kind == "agency":
                # The agency's own domain: its mail is the agency's, and a short spelling
                # of the agency's name ("TekForce") is not a client.
                items.agency[n] = key_id
                employer = strings.get(items.employer[n])
                if employer and same_stem(employer, key):
                    items.employer[n] = NONE
                if items.org_source[n] == NONE:
                    items.org_source[n] = source
            elif items.employer[n] == NONE:
                items.employer[n] = key_id
                items.org_source[n] = source
            break
    for n in range(items.messages):
        relevant = items.kind_of(n) in RELEVANT_KINDS or bool(
            items.has(n, FROM_ME) and (items.employer[n] != NONE or items.agency[n] != NONE)
        )
        items.set(n, RELEVANT, relevant)


EVENT_SQL = f"""
    select epoch_us(start_at), ical_uid, is_interview, company_name, organizer_email,
           attendee_emails
    from int_events
    {EVENT_ORDER}
"""


def load_events(
    con: duckdb.DuckDBPyConnection, items: Items, domains: dict[str, Org]
) -> dict[int, list[str]]:
    """Read every event into `items`; the organizer's and attendees' domains of each
    interview event, for linking it by domain."""
    attendee_domains: dict[int, list[str]] = {}
    for rows in batches(con, EVENT_SQL):
        for at, _uid, is_interview, company, organizer, attendees in rows:
            employer = normalize_company(company)
            source = "facts" if employer else None
            addresses = [_address_domain(a) for a in [organizer, *(attendees or [])]]
            address_domains = [d or "" for d in addresses]
            if not employer:
                for domain in address_domains:
                    org = domains.get(domain)
                    if org and org[0] == "employer":
                        employer, source = org[1], "attendee_domain"
                        break
            n = items.add(
                at=at,
                flags=EVENT | AUTOMATED | (INTERVIEW if is_interview else 0),
                kind="interview" if is_interview else None,
                employer=employer,
                org_source=source,
            )
            if is_interview:
                attendee_domains[n] = address_domains
    return attendee_domains
