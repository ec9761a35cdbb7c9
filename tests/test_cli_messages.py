"""What `sneaker` says when there is nothing to work on: one line that says what to do."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app


@pytest.mark.parametrize("command", [["report"], ["build"], ["sql", "select 1"]], ids=str)
def test_a_missing_database_names_the_accounts_that_have_one(
    tmp_path: Path, command: list[str]
) -> None:
    # `sneaker demo` writes account 'demo'; `sneaker report` after it reads 'default'.
    (tmp_path / "accounts" / "demo").mkdir(parents=True)
    duckdb.connect(str(tmp_path / "accounts" / "demo" / "sneaker.duckdb")).close()
    run = CliRunner().invoke(app, ["--home", str(tmp_path), *command], env={"COLUMNS": "300"})
    assert run.exit_code == 1
    assert "No database at" in run.output
    assert "run `sneaker demo`, `sneaker import` or `sneaker sync` first" in run.output
    assert f"sneaker --account demo {command[0]}" in run.output


def test_a_missing_database_with_no_other_account_gives_no_hint(tmp_path: Path) -> None:
    run = CliRunner().invoke(app, ["--home", str(tmp_path), "report"], env={"COLUMNS": "300"})
    assert run.exit_code == 1
    assert "No database at" in run.output
    assert "--account" not in run.output


@pytest.mark.parametrize("command", ["eval", "classify"])
def test_a_missing_input_file_is_named_without_python_s_errno(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nowhere.jsonl"
    run = CliRunner().invoke(app, [command, str(missing)], env={"COLUMNS": "300"})
    assert run.exit_code == 1
    assert f"No such file: {missing}" in run.output
    assert "Errno" not in run.output
