"""Linking's own state kept small (issue 7): the compact forms give what the plain ones
gave."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from warehouse.linking.items import Spellings


@pytest.mark.parametrize(
    ("spellings", "expected"),
    [
        pytest.param(["Acme"], "Acme", id="one-spelling"),
        pytest.param(["Acme", "Acme", "ACME"], "Acme", id="first-spelling-most-frequent"),
        pytest.param(["ACME", "Acme", "Acme"], "Acme", id="later-spelling-most-frequent"),
        pytest.param(["ACME", "Acme"], "ACME", id="tie-goes-to-the-first-met"),
        pytest.param(["Acme", "ACME", "ACME", "Acme"], "Acme", id="tie-after-a-lead-changes"),
        pytest.param(["a", "b", "c", "c", "b"], "b", id="three-spellings-tie-of-two"),
    ],
)
def test_spellings_choose_as_a_counter_per_key_did(spellings: list[str], expected: str) -> None:
    names = Spellings()
    for spelling in spellings:
        names.add("acme", spelling)
    assert names.most_common("acme") == Counter(spellings).most_common(1)[0][0] == expected
    names.settle()
    assert names.most_common("acme") == expected
    assert (names.count, names.many) == ({}, {})


@pytest.mark.parametrize(
    "key", [pytest.param(None, id="no-key"), pytest.param("", id="empty-key"), "unknown"]
)
def test_spellings_of_a_key_never_written_are_none(key: str | None) -> None:
    names = Spellings()
    names.add("acme", "Acme")
    assert names.most_common(key) is None


def test_spellings_keys_are_every_key_written_sorted() -> None:
    names = Spellings()
    for key, spelling in [("zeta", "Zeta"), ("acme", "Acme"), ("zeta", "ZETA"), ("mid", "Mid")]:
        names.add(key, spelling)
    names.settle()
    assert names.sorted_keys() == ["acme", "mid", "zeta"]


def _five_items(monkeypatch: pytest.MonkeyPatch, range_rows: int) -> tuple[Any, list[int]]:
    """A connection numbering four messages and an event (m0..m3, e0 as 0..4), the linking
    tables' range size set to `range_rows`, and the list each write-out appends to."""
    import duckdb

    from warehouse.linking import tables

    monkeypatch.setattr(tables, "RANGE_ROWS", range_rows)
    written_out: list[int] = []
    monkeypatch.setattr(tables, "write_out", lambda con: written_out.append(1))
    con = duckdb.connect()
    con.execute(
        "create temp table _link_ids as "
        "select * from (values (0, 'm0'), (1, 'm1'), (2, 'm2'), (3, 'm3'), (4, 'e0')) t(n, item_id)"
    )
    return con, written_out


@pytest.mark.parametrize(
    ("range_rows", "checkpoints"),
    [pytest.param(16384, 1, id="one-range"), pytest.param(2, 3, id="written-out-every-2-rows")],
)
def test_link_rows_go_straight_to_their_table_in_item_order(
    monkeypatch: pytest.MonkeyPatch, range_rows: int, checkpoints: int
) -> None:
    from warehouse.linking import tables

    monkeypatch.setattr(tables, "CHUNK_ROWS", 2)
    con, written_out = _five_items(monkeypatch, range_rows)
    # Items 0, 1 and 3 are one opportunity (anchor 0), 2 none, the event its own (anchor 4).
    rows = [(n, opp) + (None,) * 6 + (False,) * 4 + (None, False) for n, opp in
            [(0, 0), (1, 0), (2, None), (3, 0)]]  # fmt: skip
    assert tables.write_links(con, "int_message_links", rows) == 4
    found = con.execute("select message_id, opportunity_id from int_message_links").fetchall()
    opp = con.execute("select 'opp_' || substr(md5('m0'), 1, 12)").fetchall()[0][0]
    assert found == [("m0", opp), ("m1", opp), ("m2", None), ("m3", opp)]
    assert len(written_out) == checkpoints
    # Nothing staged: the rows went straight to the link table.
    staged = con.execute("select table_name from duckdb_tables() where temporary").fetchall()
    assert staged == [("_link_ids",)]


def test_a_closed_linker_keeps_what_the_writers_read_and_lets_go_of_the_rest() -> None:
    from warehouse.linking.items import Items
    from warehouse.linking.union_find import Linker

    items = Items()
    for n in range(3):
        items.add(at=n, flags=0, kind="rejection", employer="acme", role=f"r{n}", req=f"q{n}")
    items.messages = 3
    linker = Linker(items, frozen=set())
    assert linker.union(0, 2, "gmail_thread")
    linker.close()
    assert [linker.find(n) for n in range(3)] == [0, 1, 0]
    assert list(linker.members(0)) == [0, 2]
    assert [items.strings.get(items.role[n]) for n in range(3)] == ["r0", "r1", "r2"]
    assert (len(items.at), len(items.kind), len(items.req)) == (0, 0, 0)
    assert (len(linker.size), len(linker.tail), len(linker.req)) == (0, 0, 0)
    assert linker.many_roles == {}


def test_mail_linking_can_never_join_takes_no_item_and_keeps_its_link_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import duckdb

    import warehouse.linking as linking
    from tests.warehouse.scenario import Mailbox, at, build, rows, settings
    from warehouse.build import build_warehouse
    from warehouse.linking.union_find import Linker
    from warehouse.overrides import add_override

    sizes: list[int] = []

    class Counting(Linker):
        def __init__(self, items, frozen) -> None:  # type: ignore[no-untyped-def]
            sizes.append(len(items))
            super().__init__(items, frozen)

    monkeypatch.setattr(linking, "Linker", Counting)
    box = Mailbox()
    box.ack("a1", at(0), sender="acme@myworkday.com", company="Acme", role="SRE", thread="t")
    # Alone: an alert and unclassified mail, each in a thread of its own.
    box.mail("n1", at(1), sender="alerts@linkedin.com", kind="job_alert", automated=True)
    box.mail("n2", at(2), sender="news@acme.com", kind=None, to=("me@gmail.com",))
    # Linkable: an alert in the application's thread, and the candidate's own mail.
    box.mail("n3", at(3), sender="alerts@linkedin.com", kind="job_alert", thread="t")
    box.mail("n4", at(4), me=True, to=("lee@acme.com",))
    con = build(box, duckdb.connect())
    assert sizes == [3]  # a1, n3, n4; no events
    links = rows(
        con,
        "select message_id, opportunity_id, employer_key, link_reason, sender_domain, "
        "is_relay_sender, is_job_board_sender, is_personal_recipient, is_relevant, "
        "is_uncertain_link from int_message_links order by message_id",
    )
    by_id = {row.pop("message_id"): row for row in links}
    assert len(by_id) == 5
    assert by_id["n3"]["opportunity_id"] == by_id["a1"]["opportunity_id"] is not None
    assert by_id["n1"] == {
        "opportunity_id": None,
        "employer_key": None,
        "link_reason": None,
        "sender_domain": "linkedin.com",
        "is_relay_sender": True,
        "is_job_board_sender": True,
        "is_personal_recipient": False,
        "is_relevant": False,
        "is_uncertain_link": False,
    }
    assert by_id["n2"]["sender_domain"] == "acme.com"
    assert by_id["n2"]["is_personal_recipient"] is True
    assert by_id["n2"]["opportunity_id"] is None

    # Split out by the user, mail alone is an opportunity of its own: linking numbers it.
    add_override(con, "split", by_id["a1"]["opportunity_id"], other_id="n1")
    sizes.clear()
    build_warehouse(con, settings())
    assert sizes == [4]
    split = rows(con, "select opportunity_id from int_message_links where message_id = 'n1'")
    assert split[0]["opportunity_id"] is not None


@pytest.mark.parametrize(
    ("range_rows", "checkpoints"),
    [pytest.param(16384, 1, id="one-range"), pytest.param(2, 3, id="a-range-of-2-items")],
)
def test_opportunity_keys_are_made_a_range_of_anchors_at_a_time_in_anchor_order(
    monkeypatch: pytest.MonkeyPatch, range_rows: int, checkpoints: int
) -> None:
    from warehouse.linking import tables

    con, written_out = _five_items(monkeypatch, range_rows)
    # Anchors 4, 0 and 3, staged out of order: each row takes its anchor's id, in order.
    keys = [(opp, f"k{opp}", None, None, None, None, None, [], False, [], False)
            for opp in (4, 0, 3)]  # fmt: skip
    tables.write_rows(con, "_link_key_rows", keys, temp=True)
    assert tables.finish(con, "int_opportunity_keys") == 3
    found = con.execute("select opportunity_id, employer_key from int_opportunity_keys").fetchall()
    ids = con.execute(
        "select 'opp_' || substr(md5(item_id), 1, 12) from _link_ids "
        "where n in (0, 3, 4) order by n"
    ).fetchall()
    assert found == [(ids[0][0], "k0"), (ids[1][0], "k3"), (ids[2][0], "k4")]
    assert len(written_out) == checkpoints
