"""The build's momentary cap between steps (`warehouse.build._release_memory`)."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.build import _release_memory


class _RecordingCaps:
    """A connection that records each memory cap set through it."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.caps: list[int] = []

    def execute(self, sql: str, *args: Any) -> duckdb.DuckDBPyConnection:
        if sql.startswith("set memory_limit = '") and sql.endswith("B'"):
            self.caps.append(int(sql.removeprefix("set memory_limit = '").removesuffix("B'")))
        return self.con.execute(sql, *args)


def _held_in_memory_only(con: duckdb.DuckDBPyConnection) -> int:
    return int(
        con.execute(
            "select coalesce(sum(memory_usage_bytes), 0) from duckdb_memory() "
            "where tag <> 'BASE_TABLE'"
        ).fetchall()[0][0]
    )


def test_the_cap_between_steps_stays_above_what_duckdb_cannot_evict(tmp_path: Any) -> None:
    con = duckdb.connect(str(tmp_path / "db.duckdb"))
    # ~3 MB of temp tables: more than a 1 MB cap, which would write them out to disk (or,
    # where it cannot, leave the statement that lifts the cap no memory to run in).
    con.execute("create temp table held as select range as i, 'x' || range as s from range(100000)")
    held = _held_in_memory_only(con)
    assert held > 1 << 20
    recording = _RecordingCaps(con)
    _release_memory(recording)  # type: ignore[arg-type]
    assert recording.caps, "no momentary cap was set"
    assert min(recording.caps) > held
    spilled = con.execute("select sum(temporary_storage_bytes) from duckdb_memory()").fetchall()
    assert spilled[0][0] == 0
    assert con.execute("select count(*) from held").fetchall()[0][0] == 100000
