"""benchmarks.linking_phases: every phase of linking measured, and measuring changes
nothing that linking writes."""

from __future__ import annotations

from pathlib import Path

import duckdb

import warehouse.linking as linking
from benchmarks.linking_phases import PHASES, phase_readings
from benchmarks.warehouse_build import ME, generate
from tests.warehouse.scenario import settings
from warehouse.build import build_warehouse
from warehouse.schema import ensure_schema

LINK_TABLES = ("int_message_links", "int_event_links", "int_opportunity_keys", "int_link_issues")


def _rows(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in LINK_TABLES}


def test_each_phase_is_read_in_order_and_the_link_tables_stay_the_same(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "db.duckdb"))
    ensure_schema(con)
    generate(con, 600, seed=5)
    build_warehouse(con, settings(my_addresses=(ME,), timezone="America/Chicago"))
    built = _rows(con)
    originals = {name: getattr(linking, name) for name in PHASES}

    base, readings = phase_readings(con)

    assert base > 0
    called = [r.phase.split("(")[0] for r in readings]
    assert set(called) == set(PHASES)
    assert called[0] == "number_messages" and called[-1] == "drop_staging"
    assert [r.phase for r in readings if r.phase.startswith("write_links")] == [
        "write_links(int_message_links)",
        "write_links(int_event_links)",
    ]
    assert all(r.peak_mb >= r.start_mb and r.seconds >= 0 for r in readings)
    # linking's own functions are put back, and its tables are what the build made
    assert {name: getattr(linking, name) for name in PHASES} == originals
    assert _rows(con) == built
    assert all(built[t] for t in ("int_message_links", "int_opportunity_keys"))
    con.close()
