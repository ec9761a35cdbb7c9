"""Importing the same Takeout files twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.config import load_settings
from flows.sources.demo import generate_demo
from flows.steps import import_paths

# Every table an import writes, with the load-time columns that differ between two
# imports by design; everything else must not.
_EXCLUDED = {
    "raw_messages": "first_seen_at",
    "raw_events": "first_seen_at",
    "quarantine": "first_seen_at, last_seen_at",
}


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            table: con.execute(
                f"select * exclude ({_EXCLUDED[table]}) from {table} order by all"
            ).fetchall()
            for table in _EXCLUDED
        }


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory):
    return generate_demo(tmp_path_factory.mktemp("demo"), scale=0.3, seed=11)


def test_import_twice_gives_the_same_rows(demo_files, tmp_path: Path) -> None:
    settings = load_settings(tmp_path, "idem").ensure_dirs()
    paths = [demo_files.mbox_path, demo_files.ics_path]
    first_counts = import_paths(settings, paths)
    first = _snapshot(settings.db_path)
    second_counts = import_paths(settings, paths)
    second = _snapshot(settings.db_path)
    assert first_counts == second_counts
    assert first["raw_messages"], "the demo mailbox imported no messages"
    assert first["raw_events"], "the demo calendar imported no events"
    assert {t: len(r) for t, r in first.items()} == {t: len(r) for t, r in second.items()}
    assert first == second
