"""A build that fails or is killed keeps the previous warehouse, whole and readable.

Each step is committed on its own into the build schema; the finished tables replace the
old ones in one transaction at the end (warehouse/build.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import warehouse.build as build_module
from tests.warehouse.scenario import Mailbox, at, build, settings
from tests.warehouse.test_latency_by_channel import cold_applications, other_channels
from warehouse.build import (
    MODELS,
    WAREHOUSE_SCHEMAS,
    PythonStep,
    build_warehouse,
    schema_in_use,
)
from warehouse.schema import ensure_schema

REPO = Path(__file__).resolve().parents[2]
KILL_POINTS = 8


def everything(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every table and view of `main`, rows sorted; and what the build schema holds."""
    names = con.execute(
        "select table_name from information_schema.tables "
        "where table_catalog = current_database() and table_schema = 'main' order by 1"
    ).fetchall()
    return {
        name: con.execute(f"select * from main.{name} order by all").fetchall() for (name,) in names
    }


def built(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """What a build makes (not the stored mail, nor `warehouse_params`, built_at)."""
    stored = set(everything(ensure_schema_of(duckdb.connect())))
    return {
        name: rows
        for name, rows in everything(con).items()
        if name not in stored and name != "warehouse_params"
    }


def ensure_schema_of(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    ensure_schema(con)
    return con


def leftovers(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """Tables outside `main` and the schema its warehouse views read."""
    return con.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_schema <> 'main' and table_schema is distinct from ?",
        [schema_in_use(con)],
    ).fetchall()


def stale_warehouse(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A built warehouse, then more mail that the next build will add to it."""
    build(other_channels(cold_applications(Mailbox())), con)
    Mailbox().mail(
        "late-1",
        at(12),
        sender="sam@zeta.io",
        kind="interview_invitation",
        company="Zeta",
        role="SRE",
        thread="late",
    ).mail("late-2", at(13), me=True, to=("sam@zeta.io",), thread="late").load(con)
    return con


def fresh_build() -> dict[str, list[tuple]]:
    con = stale_warehouse(duckdb.connect())
    build_warehouse(con, settings())
    return built(con)


def failing(name: str) -> PythonStep:
    def run(con: duckdb.DuckDBPyConnection) -> int:
        raise RuntimeError("the disk is full")

    return PythonStep(name, run)


@pytest.mark.parametrize(
    "position", [7, len(MODELS) - 1], ids=["after-int-models", "at-the-last-step"]
)
def test_a_failed_build_keeps_the_previous_tables_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, position: int
) -> None:
    con = stale_warehouse(duckdb.connect())
    before = everything(con)
    limit = con.execute("select current_setting('memory_limit')").fetchall()
    threads = con.execute("select current_setting('threads')").fetchall()
    steps = [*MODELS[:position], failing("boom"), *MODELS[position:]]
    monkeypatch.setattr(build_module, "MODELS", steps)
    with pytest.raises(RuntimeError, match="the disk is full"):
        build_warehouse(con, settings())
    assert everything(con) == before
    assert leftovers(con) == []
    assert con.execute("select current_setting('search_path')").fetchall() == [("",)]
    assert con.execute("select current_setting('memory_limit')").fetchall() == limit
    assert con.execute("select current_setting('threads')").fetchall() == threads
    monkeypatch.setattr(build_module, "MODELS", MODELS)
    build_warehouse(con, settings())
    assert built(con) == fresh_build()


def test_a_failed_swap_keeps_the_previous_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    con = stale_warehouse(duckdb.connect())
    before = everything(con)
    drops = []
    drop = build_module._drop_from_main

    def drop_then_fail(con: duckdb.DuckDBPyConnection, name: str) -> None:
        drops.append(name)
        if len(drops) == 10:
            raise RuntimeError("the disk is full")
        drop(con, name)

    monkeypatch.setattr(build_module, "_drop_from_main", drop_then_fail)
    with pytest.raises(RuntimeError, match="the disk is full"):
        build_warehouse(con, settings())
    assert everything(con) == before
    assert leftovers(con) == []


def run_child(db: Path, kill_at: int, mode: str) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "tests.warehouse.build_child", str(db), str(kill_at), mode]
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=120)


def test_a_build_killed_anywhere_keeps_the_previous_tables(tmp_path: Path) -> None:
    """SIGKILL at statements spread over the steps and the swap: the old warehouse stays
    whole until the swap commits, the new one is whole after; the next build mends all."""
    template = tmp_path / "template.duckdb"
    con = stale_warehouse(duckdb.connect(str(template)))
    before = everything(con)
    con.close()
    new = fresh_build()

    probe = tmp_path / "probe.duckdb"
    probe.write_bytes(template.read_bytes())
    done = run_child(probe, 0, "before")
    assert done.returncode == 0, done.stderr
    statements, commit = map(int, done.stdout.split())
    swap_start = commit - len(before)  # the swap's statements come last, before its commit
    points = sorted(
        # at least KILL_POINTS - 2 points before the swap, whatever the number of statements
        {
            *range(1, swap_start, max(1, (swap_start - 1) // (KILL_POINTS - 2))),
            swap_start + 3,
            commit,
        }
    )
    assert len(points) >= KILL_POINTS
    for kill_at in points:
        db = tmp_path / f"killed-{kill_at}.duckdb"
        db.write_bytes(template.read_bytes())
        killed = run_child(db, kill_at, "before")
        assert killed.returncode == -9, (kill_at, killed.stderr)
        con = duckdb.connect(str(db))
        assert everything(con) == before, f"killed before statement {kill_at}"
        if kill_at in (points[1], swap_start + 3):  # the next build, after a kill in each part
            build_warehouse(con, settings())
            assert built(con) == new, f"rebuilt after a kill before statement {kill_at}"
            assert leftovers(con) == []
        con.close()

    db = tmp_path / "killed-after-commit.duckdb"
    db.write_bytes(template.read_bytes())
    assert run_child(db, commit, "after").returncode == -9
    con = duckdb.connect(str(db))
    assert built(con) == new
    assert statements > commit


def schemas(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            "select schema_name from duckdb_schemas() "
            "where database_name = current_database() order by 1"
        ).fetchall()
    ]


def test_each_build_fills_the_other_schema_and_drops_the_one_before() -> None:
    """main's warehouse objects are views of one schema's tables; the next build makes
    its tables in the other schema and drops the first when it swaps (no copy)."""
    con = stale_warehouse(duckdb.connect())
    first = schema_in_use(con)
    assert first in WAREHOUSE_SCHEMAS
    assert schemas(con) == sorted(["main", first])
    kinds = dict(
        con.execute(
            "select table_name, table_type from information_schema.tables "
            "where table_schema = 'main' and table_name in ('opportunities', 'raw_messages')"
        ).fetchall()
    )
    assert kinds == {"opportunities": "VIEW", "raw_messages": "BASE TABLE"}
    build_warehouse(con, settings())
    second = schema_in_use(con)
    assert {first, second} == set(WAREHOUSE_SCHEMAS)
    assert schemas(con) == sorted(["main", second])
    assert built(con) == fresh_build()


def test_a_warehouse_of_tables_in_main_and_an_old_build_schema_are_replaced() -> None:
    """What builds before the two schemas left: the tables themselves in main, and a
    killed build's `_build` schema."""
    con = stale_warehouse(duckdb.connect())
    schema = schema_in_use(con)
    names = con.execute(
        "select table_name from duckdb_tables() where schema_name = ?", [schema]
    ).fetchall()
    for (name,) in names:  # the warehouse as those builds left it
        con.execute(f"drop view main.{name}")
        con.execute(f"create table main.{name} as select * from {schema}.{name}")
    con.execute(f"drop schema {schema} cascade")
    con.execute("create schema _build")
    con.execute("create table _build.touchpoints as select 1 as half_built")
    assert schema_in_use(con) is None
    build_warehouse(con, settings())
    assert schemas(con) == sorted(["main", schema_in_use(con)])
    assert built(con) == fresh_build()
