"""The whole build runs on an empty database and on a tiny mailbox."""

from __future__ import annotations

import logging

import duckdb
import pytest

import warehouse.build as build_module
from tests.warehouse.scenario import Mailbox, at, build, rows, settings
from warehouse.build import MODELS, SqlModel, build_warehouse
from warehouse.channels import CHANNELS
from warehouse.schema import ensure_schema


def test_every_model_file_exists_and_ends_in_select_from_final() -> None:
    from warehouse.build import model_sql

    for model in MODELS:
        if isinstance(model, SqlModel):
            text = model_sql(model).strip().lower()
            assert text.endswith("select * from final"), model.path


def test_empty_database_builds_every_model_and_lists_every_channel() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    counts = build_warehouse(con, settings())
    assert counts["opportunities"] == 0
    got = rows(con, "select channel, n, responded from response_latency_by_channel")
    assert got == [{"channel": c, "n": 0, "responded": 0} for c in CHANNELS]


def test_rebuild_is_idempotent() -> None:
    box = Mailbox()
    box.mail("a1", at(0), me=True, to=("jobs@acme.com",), company="Acme", role="SRE")
    box.mail(
        "a2",
        at(1),
        sender="sam@acme.com",
        kind="interview_invitation",
        company="Acme",
        role="SRE",
        thread="t-a1",
    )
    con = box.load(duckdb.connect())
    first = build_warehouse(con, settings())
    snapshot = rows(con, "select * from opportunities order by opportunity_id")
    second = build_warehouse(con, settings())
    assert first == second
    assert rows(con, "select * from opportunities order by opportunity_id") == snapshot


def test_keys_are_unique_and_not_null_and_the_check_can_fail() -> None:
    from tests.warehouse.test_latency_by_channel import cold_applications, other_channels
    from warehouse.build import check_keys, schema_in_use

    con = build(other_channels(cold_applications(Mailbox())))
    assert check_keys(con) == []
    # main.opportunities is a view of the table in the warehouse's schema
    table = f"{schema_in_use(con)}.opportunities"
    con.execute(f"insert into {table} select * from {table} limit 1")
    assert check_keys(con) == ["opportunities: 1 repeated (opportunity_id)"]


def test_mail_not_yet_classified_builds_without_opportunities() -> None:
    box = Mailbox()
    box.mail("r1", at(0), sender="pat@acme.com", kind=None)
    box.mail("r2", at(1), me=True, to=("pat@acme.com",), kind=None)
    con = box.load(duckdb.connect())
    counts = build_warehouse(con, settings())
    assert (counts["int_messages"], counts["opportunities"]) == (2, 0)
    assert rows(con, "select count(*) as n from weekly_activity") == [{"n": 0}]


def test_a_build_out_of_memory_is_run_again_under_a_higher_cap(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.warehouse.test_latency_by_channel import cold_applications, other_channels

    # Not `select *`: which of two equally early pieces of evidence `channel_evidence`
    # names is up to DuckDB's threads (a tie in opportunity_channels.sql's arg_min).
    sql = (
        "select opportunity_id, channel, first_touch_at, first_response_at, stage "
        "from opportunities order by opportunity_id"
    )
    expected = rows(build(other_channels(cold_applications(Mailbox()))), sql)
    con = other_channels(cold_applications(Mailbox())).load(duckdb.connect())
    monkeypatch.setattr(build_module, "BUILD_MEMORY_LIMIT", 8 << 20)  # far too small
    with caplog.at_level(logging.INFO, logger="warehouse.db"):
        build_warehouse(con, settings())
    assert "DuckDB memory limit raised" in caplog.text
    assert rows(con, sql) == expected


def test_a_cap_below_what_duckdb_holds_leaves_the_build_uncapped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.warehouse.test_latency_by_channel import cold_applications

    con = cold_applications(Mailbox()).load(duckdb.connect())
    monkeypatch.setattr(build_module, "BUILD_MEMORY_LIMIT", 1 << 10)  # DuckDB refuses it
    counts = build_warehouse(con, settings())
    assert counts["opportunities"] == build_warehouse(con, settings())["opportunities"] > 0


@pytest.mark.parametrize("limit", [None, "300MB"], ids=["default", "set-by-caller"])
def test_the_build_memory_cap_is_lifted_afterwards(limit: str | None) -> None:
    con = duckdb.connect()
    ensure_schema(con)
    if limit:
        con.execute(f"set memory_limit = '{limit}'")
    before = con.execute("select current_setting('memory_limit')").fetchall()
    build_warehouse(con, settings())
    assert con.execute("select current_setting('memory_limit')").fetchall() == before


def test_a_step_out_of_memory_is_run_again_on_one_thread_then_threads_are_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads_seen = []

    def needs_one_thread(con: duckdb.DuckDBPyConnection) -> int:
        threads = con.execute("select current_setting('threads')").fetchall()[0][0]
        threads_seen.append(threads)
        if threads > 1:
            raise duckdb.OutOfMemoryException("a hash table per thread")
        return 7

    steps = [*MODELS, build_module.PythonStep("one_thread", needs_one_thread)]
    monkeypatch.setattr(build_module, "MODELS", steps)
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("set threads = 2")
    assert build_warehouse(con, settings())["one_thread"] == 7
    assert threads_seen == [2, 1]
    assert con.execute("select current_setting('threads')").fetchall() == [(2,)]


def test_a_python_step_runs_under_its_share_of_the_cap_then_the_cap_is_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from warehouse.db import memory_limit

    caps_seen: list[int | None] = []

    def note_cap(con: duckdb.DuckDBPyConnection) -> int:
        caps_seen.append(memory_limit(con))
        return 0

    steps = [
        *MODELS,
        build_module.PythonStep("shared", note_cap, cap_share=0.5),
        build_module.PythonStep("whole", note_cap),
    ]
    monkeypatch.setattr(build_module, "MODELS", steps)
    con = duckdb.connect()
    ensure_schema(con)
    build_warehouse(con, settings())
    assert caps_seen == [build_module.BUILD_MEMORY_LIMIT // 2, build_module.BUILD_MEMORY_LIMIT]


def test_a_model_made_in_ranges_of_two_keys_is_refused() -> None:
    with pytest.raises(ValueError, match="one key only"):
        SqlModel("core/x.sql", by_opportunity=("touchpoints",), by_thread=("touchpoints",))
