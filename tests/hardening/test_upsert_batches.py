"""`warehouse.save.upsert`: within a batch the last row for a key wins; a reload updates."""

from __future__ import annotations

import duckdb
import pytest

from warehouse.save import upsert
from warehouse.schema import ensure_schema


def _row(key: str, subject: str) -> dict[str, object]:
    return {"message_key": key, "account": "a", "source": "demo", "subject": subject}


@pytest.mark.parametrize(
    ("batch", "expected"),
    [
        pytest.param(
            [_row("k1", "one"), _row("k2", "two")], [("k1", "one"), ("k2", "two")], id="unique"
        ),
        pytest.param(
            [_row("k1", "old"), _row("k2", "two"), _row("k1", "new")],
            [("k1", "new"), ("k2", "two")],
            id="repeated-key-last-wins",
        ),
    ],
)
def test_batch_rows(batch: list[dict[str, object]], expected: list[tuple[str, str]]) -> None:
    con = duckdb.connect()
    ensure_schema(con)
    assert upsert(con, "raw_messages", batch) == len(batch)
    rows = con.execute("select message_key, subject from raw_messages order by 1").fetchall()
    assert rows == expected


def test_a_reload_updates_and_keeps_first_seen() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    upsert(con, "raw_messages", [_row("k1", "first")])
    (seen,) = con.execute("select first_seen_at from raw_messages").fetchone()  # type: ignore[misc]
    upsert(con, "raw_messages", [_row("k1", "second")])
    assert con.execute(
        "select message_key, subject, first_seen_at from raw_messages"
    ).fetchall() == [("k1", "second", seen)]
