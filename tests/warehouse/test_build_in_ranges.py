"""The build's big steps made in ranges (linking's reads and link tables by item number,
the models with `by_opportunity` by opportunity id, `by_message` by message id,
`by_thread` by Gmail thread) give the tables the whole steps give, row for row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

import warehouse.build as build_module
import warehouse.linking.items as items_module
import warehouse.linking.tables as tables_module
from benchmarks.warehouse_build import ME, generate
from tests.warehouse.scenario import settings
from warehouse.build import MODEL_KEYS, build_warehouse
from warehouse.schema import ensure_schema

LINK_TABLES = ("int_message_links", "int_event_links", "int_opportunity_keys", "int_link_issues")
# Tables whose model orders its rows (or whose rows come in item order): their stored
# order is compared too.
ORDERED = (*LINK_TABLES, "opportunity_timeline")
# Tables without a key that are compared too (sorted).
UNKEYED = ("int_review_items", "review_queue")


def _built(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path))
    ensure_schema(con)
    generate(con, 1500, seed=11)
    build_warehouse(con, settings(my_addresses=(ME,), timezone="America/Chicago"))
    tables = {}
    for table in (*LINK_TABLES, "int_messages", *MODEL_KEYS, *UNKEYED):
        stored = con.execute(f"select * from {table}").fetchall()
        tables[table] = stored if table in ORDERED else sorted(stored, key=repr)
    con.close()
    return tables


def test_ranges_give_the_tables_of_whole_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _built(tmp_path / "whole.duckdb")
    assert len(whole["opportunities"]) > 40  # enough to cut into many ranges below
    assert len(whole["int_messages"]) > 500
    assert len(whole["exchanges"]) > 100
    monkeypatch.setattr(items_module, "RANGE_ROWS", 97)
    monkeypatch.setattr(tables_module, "RANGE_ROWS", 89)
    monkeypatch.setattr(build_module, "SPLIT_OPPORTUNITIES", 13)
    monkeypatch.setattr(build_module, "SPLIT_MESSAGES", 101)
    monkeypatch.setattr(build_module, "SPLIT_THREAD_TOUCHPOINTS", 83)
    ranged = _built(tmp_path / "ranged.duckdb")
    for table, stored in whole.items():
        assert ranged[table] == stored, table


def test_each_range_is_written_as_row_groups_of_its_own_and_merges_are_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A plain connection merges row groups at each checkpoint: the build must not, or each
    # range's checkpoint reads the table's earlier ranges back into memory to merge them.
    con = duckdb.connect(str(tmp_path / "groups.duckdb"))
    ensure_schema(con)
    generate(con, 1500, seed=11)
    before = con.execute("select current_setting('max_vacuum_tasks')").fetchall()
    assert before[0][0] > 0
    monkeypatch.setattr(build_module, "SPLIT_OPPORTUNITIES", 100)
    build_warehouse(con, settings(my_addresses=(ME,), timezone="America/Chicago"))
    schema = build_module.schema_in_use(con)
    ranges = -(-con.execute("select count(*) from int_opportunity_keys").fetchall()[0][0] // 100)
    assert ranges > 2
    groups = con.execute(
        "select count(distinct row_group_id) "
        f"from pragma_storage_info('{schema}.opportunity_timeline')"
    ).fetchall()[0][0]
    assert groups == ranges
    assert con.execute("select current_setting('max_vacuum_tasks')").fetchall() == before


SCHEMA = build_module.WAREHOUSE_SCHEMAS[0]


def _opportunities_by(size: int) -> build_module.Split:
    return build_module.Split("opportunity_id", "int_opportunity_keys", size)


def test_opportunity_ranges_cover_every_id_once() -> None:
    con = duckdb.connect()
    con.execute(f"create schema {SCHEMA}")
    con.execute(
        f"create table {SCHEMA}.int_opportunity_keys as "
        "select * from (values ('opp_a'), ('opp_b'), ('opp_c'), ('o''d'), ('opp_e'), (null)) "
        "t(opportunity_id)"
    )
    ranges = build_module._key_ranges(con, _opportunities_by(2), SCHEMA)
    assert len(ranges) == 3
    found = [
        sorted(
            r[0] or ""
            for r in con.execute(
                f"select opportunity_id from {SCHEMA}.int_opportunity_keys where {condition}"
            ).fetchall()
        )
        for condition in ranges
    ]
    assert sorted(x for part in found for x in part) == sorted(
        ["opp_a", "opp_b", "opp_c", "o'd", "opp_e", ""]
    )
    assert build_module._key_ranges(con, _opportunities_by(100), SCHEMA) == ["true"]


def test_parts_give_the_rows_of_the_whole_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_parts = _built(tmp_path / "parts.duckdb")
    assert any(isinstance(m, build_module.SqlModel) and m.parts for m in build_module.MODELS)
    whole_models = [
        replace(m, parts=(), part_ranges=()) if isinstance(m, build_module.SqlModel) else m
        for m in build_module.MODELS
    ]
    monkeypatch.setattr(build_module, "MODELS", whole_models)
    whole = _built(tmp_path / "whole.duckdb")
    assert len(whole["contacts"]) > 20
    assert len(whole["review_queue"]) > 20
    for table, stored in whole.items():
        assert in_parts[table] == stored, table


def _with_review_ranges(ranges: tuple[tuple[str, tuple[str, ...]], ...]) -> list:
    return [
        replace(m, part_ranges=ranges)
        if isinstance(m, build_module.SqlModel) and m.name == "int_review_items"
        else m
        for m in build_module.MODELS
    ]


def test_low_confidence_mail_in_message_ranges_gives_the_rows_of_the_whole_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its links are read a range of message ids at a time; its `exists` (an earlier mail
    # of the thread not from the candidate) still reads every message, since a thread's
    # mail falls in several ranges.
    monkeypatch.setattr(build_module, "SPLIT_MESSAGES", 101)
    review = next(
        m
        for m in build_module.MODELS
        if isinstance(m, build_module.SqlModel) and m.name == "int_review_items"
    )
    assert dict(review.part_ranges) == {"low_confidence": ("int_message_links",)}
    parts = len(review.parts)
    pieces: list[str] = []
    add_piece = build_module._add_piece

    def counted(con: duckdb.DuckDBPyConnection, table: str, select: str, *, first: bool) -> None:
        pieces.append(table)
        add_piece(con, table, select, first=first)

    monkeypatch.setattr(build_module, "_add_piece", counted)
    ranged = _built(tmp_path / "ranged.duckdb")["int_review_items"]
    review_pieces = sum(table.endswith(".int_review_items") for table in pieces)
    monkeypatch.setattr(build_module, "MODELS", _with_review_ranges(()))
    pieces.clear()
    whole = _built(tmp_path / "whole.duckdb")["int_review_items"]
    assert review_pieces >= parts + 10  # the low-confidence part in 15 ranges
    assert sum(table.endswith(".int_review_items") for table in pieces) == parts
    assert sum(row[3] == "low_confidence" for row in whole) > 100
    assert ranged == whole


def test_parts_made_in_ranges_must_be_parts() -> None:
    with pytest.raises(ValueError, match="not parts"):
        build_module.SqlModel(
            "core/int_review_items.sql",
            parts=("low_confidence",),
            part_ranges=(("low_confidnce", ("int_message_links",)),),
        )


def test_the_review_queue_is_stored_newest_first(tmp_path: Path) -> None:
    # Its rows are made a part at a time (int_review_items) and ordered after: the report
    # lists `select * from review_queue` as it is stored.
    con = duckdb.connect(str(tmp_path / "queue.duckdb"))
    ensure_schema(con)
    generate(con, 1500, seed=11)
    build_warehouse(con, settings(my_addresses=(ME,), timezone="America/Chicago"))
    stored = con.execute("select occurred_at, item_id, reason from review_queue").fetchall()
    assert len(stored) > 20
    expected = sorted(stored, key=lambda r: (r[1], r[2]))
    expected.sort(key=lambda r: (r[0] is None, -(r[0].timestamp()) if r[0] else 0))
    assert stored == expected
    assert len(stored) == con.execute("select count(*) from int_review_items").fetchall()[0][0]


def test_parts_need_the_final_select_and_no_ranges(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ranges or in parts"):
        build_module.SqlModel("core/exchanges.sql", by_thread=("touchpoints",), parts=("a",))
    (tmp_path / "odd.sql").write_text("with a as (select 1 as x) select * from a")
    model = build_module.SqlModel(str(tmp_path / "odd.sql"), parts=("a",))
    with pytest.raises(ValueError, match="must end with"):
        build_module.run_in_parts(duckdb.connect(), model, "main")


PARTS_SQL = (
    "with a as (select 1 as x), b as (select 2 as x),\nfinal as ({final})\nselect * from final"
)


@pytest.mark.parametrize(
    "final",
    [
        pytest.param("select * from a union all select * from b where x > 1", id="final-filters"),
        pytest.param("select distinct * from a union all select * from b", id="final-distinct"),
        pytest.param("select *, 0 from a union all select *, 1 from b", id="final-adds-column"),
        pytest.param("select * from b union all select * from a", id="parts-in-another-order"),
        pytest.param("select * from a", id="a-part-left-out"),
        pytest.param("select * from a union select * from b", id="union-not-all"),
        pytest.param(
            "select * from a union all select * from b where '--' <> ''", id="filter-on-dashes"
        ),
    ],
)
def test_parts_refuse_a_final_that_is_not_their_plain_union(tmp_path: Path, final: str) -> None:
    # Before the check, each of these was made as the plain union of a and b.
    (tmp_path / "parts.sql").write_text(PARTS_SQL.format(final=final))
    model = build_module.SqlModel(str(tmp_path / "parts.sql"), parts=("a", "b"))
    con = duckdb.connect()
    with pytest.raises(ValueError, match="final must be exactly"):
        build_module.run_in_parts(con, model, "main")
    assert not con.execute("select * from duckdb_tables() where table_name = 'parts'").fetchall()


def test_parts_make_a_plain_union_written_over_lines_with_comments(tmp_path: Path) -> None:
    final = "\n  -- the parts, in order\n  select * from a\n  UNION ALL\n  select * from b\n"
    (tmp_path / "parts.sql").write_text(PARTS_SQL.format(final=final))
    model = build_module.SqlModel(str(tmp_path / "parts.sql"), parts=("a", "b"))
    con = duckdb.connect()
    assert build_module.run_in_parts(con, model, "main") == 2
    assert con.execute("select x from parts order by x").fetchall() == [(1,), (2,)]


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param(
            "with a as (select '--' as x), b as (select 'b' as x), final as (\n"
            "select * from a union all select * from b\n)\nselect * from final",
            id="dashes-in-a-string-on-the-line-of-final",
        ),
        pytest.param(
            "with a as (select '--' as x), b as (select 'b' as x),\nfinal as (\n"
            "  -- the parts' plain union\n  select * from a union all select * from b\n)\n"
            "select * from final",
            id="quote-in-a-comment",
        ),
        pytest.param(
            "with a as (select '--' as x), b as (select 'b' as x),\nfinal as (\n"
            "  /* the parts,\n in order */ select * from a union all select * from b\n)\n"
            "select * from final",
            id="block-comment",
        ),
    ],
)
def test_parts_read_comments_apart_from_quoted_text(tmp_path: Path, sql: str) -> None:
    # A `--` inside a string is not a comment (it was taken for one, and the `final`
    # after it on its line with it), nor is a quote inside a comment a string.
    (tmp_path / "parts.sql").write_text(sql)
    model = build_module.SqlModel(str(tmp_path / "parts.sql"), parts=("a", "b"))
    con = duckdb.connect()
    assert build_module.run_in_parts(con, model, "main") == 2
    assert con.execute("select x from parts order by x").fetchall() == [("--",), ("b",)]


@pytest.mark.parametrize(
    ("threads", "during"),
    [pytest.param(1, 1, id="one-thread"), pytest.param(0, 2, id="setting-in-force")],
)
def test_a_model_runs_on_its_threads_then_puts_them_back(
    tmp_path: Path, threads: int, during: int
) -> None:
    (tmp_path / "seen.sql").write_text(
        "with final as (select current_setting('threads') as threads) select * from final"
    )
    model = build_module.SqlModel(str(tmp_path / "seen.sql"), threads=threads)
    con = duckdb.connect()
    con.execute("set threads = 2")
    assert build_module.run_sql_step(con, model) == 1
    assert con.execute("select threads from seen").fetchall() == [(during,)]
    assert con.execute("select current_setting('threads')").fetchall() == [(2,)]


def test_a_step_run_again_on_one_thread_keeps_one_for_its_model(tmp_path: Path) -> None:
    # `_run_step` sets one thread before running a step again out of memory: a model's
    # own setting must not raise it back.
    (tmp_path / "seen.sql").write_text(
        "with final as (select current_setting('threads') as threads) select * from final"
    )
    model = build_module.SqlModel(str(tmp_path / "seen.sql"), threads=2)
    con = duckdb.connect()
    con.execute("set threads = 1")
    build_module.run_sql_step(con, model)
    assert con.execute("select threads from seen").fetchall() == [(1,)]
