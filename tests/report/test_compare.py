"""`sneaker compare`: one table of channels across per-account DuckDB files."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.report.story import build_story
from tests.warehouse.scenario import Mailbox, at, build
from warehouse.report.compare import compare_accounts


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two clients: `ana` has the story; `ben` has two cold applications, one answered."""
    home = tmp_path_factory.mktemp("firm")
    for name in ("ana", "ben"):
        (home / "accounts" / name).mkdir(parents=True)
    with duckdb.connect(str(home / "accounts" / "ana" / "sneaker.duckdb")) as con:
        build_story(con)
    box = Mailbox()
    box.ack("b1", at(0), sender="no-reply@initech.com", company="Initech", role="QA")
    box.ack("b2", at(1), sender="no-reply@hooli.com", company="Hooli", role="SRE")
    box.mail("b3", at(2), sender="jane@hooli.com", kind="interview_invitation",
             company="Hooli", role="SRE", thread="t-b2")  # fmt: skip
    with duckdb.connect(str(home / "accounts" / "ben" / "sneaker.duckdb")) as con:
        build(box, con)
    (home / "accounts" / "empty-folder").mkdir()
    return home


def _mart(path: Path, channel: str) -> tuple:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "select n, responded, interviewed from response_latency_by_channel where channel = ?",
            [channel],
        ).fetchone()


def test_pooled_rows_are_the_sums_of_each_accounts_mart(home: Path) -> None:
    result = compare_accounts(home)
    assert result["accounts"] == ["ana", "ben"]
    assert result["skipped"] == {}
    pooled = {row["channel"]: row for row in result["pooled"]}
    ana = _mart(home / "accounts" / "ana" / "sneaker.duckdb", "cold_application")
    ben = _mart(home / "accounts" / "ben" / "sneaker.duckdb", "cold_application")
    cold = pooled["cold_application"]
    assert (cold["accounts"], cold["n"], cold["responded"]) == (2, ana[0] + ben[0], ana[1] + ben[1])
    assert cold["response_rate"] == pytest.approx((ana[1] + ben[1]) / (ana[0] + ben[0]))
    assert (cold["min_account_response_rate"], cold["max_account_response_rate"]) == (0.5, 0.5)
    assert len(result["per_account"]) == 2 * len(result["pooled"])


def test_a_database_in_use_is_skipped_with_its_reason(home: Path, tmp_path: Path) -> None:
    busy = home / "accounts" / "ana" / "sneaker.duckdb"
    with duckdb.connect(str(busy)):  # held open for writing, as a running sync would
        result = compare_accounts(home)
    assert result["accounts"] == ["ben"]
    assert list(result["skipped"]) == ["ana"]


def test_compare_command_prints_and_writes_csv(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "channels.csv"
    run = CliRunner().invoke(
        app, ["--home", str(home), "compare", "--output", str(target)], env={"COLUMNS": "200"}
    )
    assert run.exit_code == 0, run.output
    assert "Channels across 2 accounts" in run.output
    lines = target.read_text().splitlines()
    assert lines[0].startswith("account,channel,")
    assert len(lines) == 1 + 2 * 7


def test_unknown_account_is_a_clear_error(home: Path) -> None:
    run = CliRunner().invoke(app, ["--home", str(home), "compare", "nobody"])
    assert run.exit_code == 1
    assert "no database for account(s) nobody" in run.output
