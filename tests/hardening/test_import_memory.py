"""The import caps DuckDB's cache, and a batch that needs more raises the cap, not an error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from flows.sources.takeout import load
from warehouse import db
from warehouse.db import connect, memory_limit


def _batch(start: int, n: int) -> load.Batch:
    batch = load.Batch()
    for i in range(start, start + n):
        batch.add(
            {
                "message_key": f"<m{i}@example.com>",
                "account": "me@example.com",
                "source": "takeout_mbox",
                "subject": f"Message {i}",
                "body_text": f"Body {i:05d} " * 150,
            }
        )
    return batch


def test_a_batch_over_the_cap_is_stored_under_a_raised_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(load, "IMPORT_MEMORY_LIMIT", 1 << 20)
    con = connect(tmp_path / "db.duckdb")
    load.limit_import_memory(con)
    assert memory_limit(con) == 1 << 20
    with caplog.at_level(logging.INFO, logger=db.__name__):
        stats = [load.store_batch(con, _batch(start, 3000)) for start in (0, 3000)]
    assert [s.messages for s in stats] == [3000, 3000]
    assert con.execute(
        "select count(*), count(distinct message_key) from raw_messages"
    ).fetchone() == (
        6000,
        6000,
    )
    assert memory_limit(con) > 1 << 20
    assert any("memory limit raised" in r.getMessage() for r in caplog.records)


def test_a_lower_cap_already_set_is_kept(tmp_path: Path) -> None:
    con = connect(tmp_path / "db.duckdb")
    con.execute("set memory_limit = '8MiB'")
    assert load.IMPORT_MEMORY_LIMIT > 8 << 20
    load.limit_import_memory(con)
    assert con.execute("select current_setting('memory_limit')").fetchone() == ("8.0 MiB",)


def test_batches_are_cut_by_text_size_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "BATCH_TEXT_BYTES", 10_000)
    monkeypatch.setattr(load, "iter_items", lambda *a, **k: iter(_batch(0, 25).messages))
    from flows.config import Settings

    batches = list(load.iter_batches([], settings=Settings(home=tmp_path), batch_size=10))
    # Each body is 1,650 characters: a batch is cut at the seventh, before it reaches ten.
    assert [len(b) for b in batches] == [7, 7, 7, 4]


@pytest.mark.parametrize("keep", [True, False], ids=["cap-kept-raised", "cap-put-back"])
def test_a_raised_cap_is_kept_or_put_back(tmp_path: Path, keep: bool) -> None:
    con = connect(tmp_path / "db.duckdb")
    con.execute(f"set memory_limit = '{1 << 20}B'")
    # One list of a million numbers: more than 1 MiB, freed once read.
    query = "select len(list(i)) from range(1000000) t(i)"
    assert db.raising_cap(con, lambda: con.execute(query).fetchone(), keep=keep) == (1000000,)
    assert (memory_limit(con) == 1 << 20) is not keep
