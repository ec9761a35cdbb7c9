"""Linking's own state kept small (issue 7): the compact forms give what the plain ones
gave."""

from __future__ import annotations

from collections import Counter

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


@pytest.mark.parametrize(
    ("range_rows", "checkpoints"),
    [pytest.param(16384, 1, id="one-range"), pytest.param(2, 3, id="written-out-every-2-rows")],
)
def test_link_rows_go_straight_to_their_table_in_item_order(
    monkeypatch: pytest.MonkeyPatch, range_rows: int, checkpoints: int
) -> None:
    import duckdb

    from warehouse.linking import tables

    monkeypatch.setattr(tables, "CHUNK_ROWS", 2)
    monkeypatch.setattr(tables, "RANGE_ROWS", range_rows)
    written_out: list[int] = []
    monkeypatch.setattr(tables, "write_out", lambda con: written_out.append(1))
    con = duckdb.connect()
    con.execute(
        "create temp table _link_ids as "
        "select * from (values (0, 'm0'), (1, 'm1'), (2, 'm2'), (3, 'm3'), (4, 'e0')) t(n, item_id)"
    )
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
