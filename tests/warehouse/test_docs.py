"""docs/sql.md stays true: every documented column exists, every example query runs."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at, build
from warehouse.build import MODELS, SqlModel

DOC = Path(__file__).resolve().parents[2] / "docs" / "sql.md"
MARTS = [m.name for m in MODELS if isinstance(m, SqlModel) and m.path.startswith("marts/")]
CORE = [
    "opportunities",
    "touchpoints",
    "stage_changes",
    "organizations",
    "contacts",
    "exchanges",
    "channels",
    "warehouse_params",
    "km_response_by_channel",
]


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    box = Mailbox()
    box.ack("a1", at(0), sender="acme@myworkday.com", company="Acme", role="SRE", thread="a")
    box.mail(
        "a2",
        at(2),
        sender="pat@acme.com",
        kind="interview_invitation",
        company="Acme",
        role="SRE",
        thread="a",
    )
    box.mail("a3", at(3), me=True, to=("pat@acme.com",), thread="a")
    box.mail("z", at(20), sender="alerts@indeed.com", kind="job_alert", automated=True)
    return build(box)


def test_every_table_and_mart_is_documented_with_its_columns(con) -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = []
    for table in MARTS + CORE:
        assert f"`{table}`" in text, f"{table} is not documented"
        for (column,) in con.execute(
            "select column_name from information_schema.columns where table_name = ?", [table]
        ).fetchall():
            if f"`{column}`" not in text and f"{column}" not in text:
                missing.append(f"{table}.{column}")
    assert missing == []


def test_the_example_queries_run(con) -> None:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("## Ten questions, ten queries", 1)[1]
    sql = re.search(r"```sql\n(.*?)```", block, re.S).group(1)
    queries = [q.strip() for q in sql.split(";") if q.strip()]
    assert len(queries) == 10
    for query in queries:
        con.execute(query).fetchall()
