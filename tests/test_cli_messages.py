"""What `sneaker` says when there is nothing to work on: one line that says what to do."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from flows import cli
from flows.cli import app


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    """The messages are asserted on one line: the CLI's consoles get a width of their own,
    as a terminal of 300 columns would (in a pytest-xdist worker the COLUMNS that each
    invoke sets did not reach the import-time consoles: their lines broke at 80)."""
    monkeypatch.setattr(cli, "console", Console(stderr=True, width=300, height=25))
    monkeypatch.setattr(cli, "out", Console(width=300, height=25))


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


def test_an_import_of_nothing_readable_says_so_before_it_starts(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not mail\n", encoding="utf-8")
    run = CliRunner().invoke(
        app, ["--home", str(tmp_path / "home"), "import", str(empty)], env={"COLUMNS": "300"}
    )
    assert run.exit_code == 1
    assert f"nothing to import in {empty}: no .mbox, .eml or .ics file." in run.output
    assert not (tmp_path / "home" / "accounts").exists()  # no database made, no Prefect


def test_an_import_of_a_takeout_archive_says_to_unpack_it(tmp_path: Path) -> None:
    archive = tmp_path / "takeout-20260301T000000Z-001.zip"
    archive.write_bytes(b"PK\x03\x04")
    run = CliRunner().invoke(
        app, ["--home", str(tmp_path / "home"), "import", str(archive)], env={"COLUMNS": "300"}
    )
    assert run.exit_code == 1
    assert "takeout-20260301T000000Z-001.zip is a Takeout archive; unpack it first" in run.output


def test_a_folder_with_mail_is_not_refused(tmp_path: Path) -> None:
    from flows.cli import _nothing_to_import

    folder = tmp_path / "Takeout" / "Mail"
    folder.mkdir(parents=True)
    (folder / "All mail Including Spam and Trash.mbox").write_text("From x\n", encoding="utf-8")
    (tmp_path / "Takeout" / "archive_browser.html").write_text("<html>", encoding="utf-8")
    assert _nothing_to_import([tmp_path / "Takeout"]) is None


def _unbuilt(home: Path) -> None:
    """A database with the raw tables only: an import or sync stopped before its build."""
    from warehouse.schema import ensure_schema

    db = home / "accounts" / "default" / "sneaker.duckdb"
    db.parent.mkdir(parents=True)
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)


def test_a_report_before_any_build_says_to_build_in_one_line_of_duckdb(tmp_path: Path) -> None:
    _unbuilt(tmp_path)
    run = CliRunner().invoke(app, ["--home", str(tmp_path), "report"], env={"COLUMNS": "300"})
    assert run.exit_code == 1
    assert "The warehouse has not been built in this database" in run.output
    assert "Run `sneaker build`" in run.output
    assert "LINE 1" not in run.output  # DuckDB's quote of the query, left out


@pytest.mark.parametrize("built", [False, True], ids=["before-a-build", "after-a-build"])
def test_a_query_of_a_missing_table_says_to_build_only_before_a_build(
    tmp_path: Path, built: bool
) -> None:
    _unbuilt(tmp_path)
    if built:
        from tests.warehouse.scenario import settings
        from warehouse.build import build_warehouse

        with duckdb.connect(str(tmp_path / "accounts" / "default" / "sneaker.duckdb")) as con:
            build_warehouse(con, settings(tmp_path))
    run = CliRunner().invoke(
        app, ["--home", str(tmp_path), "sql", "select * from no_such_table"], env={"COLUMNS": "300"}
    )
    assert run.exit_code == 1
    assert "query failed: Catalog Error: Table with name no_such_table does not exist" in run.output
    assert ("run `sneaker build`" in run.output) is not built


def test_classify_reading_a_terminal_says_so_and_draws_no_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import json
    import sys

    from rich.console import Console

    from flows import cli

    class Typed(io.StringIO):
        def isatty(self) -> bool:
            return True

    line = {"id": "t1", "from": "jobs@acme.com", "subject": "Thanks for applying", "body": ""}
    told = io.StringIO()
    monkeypatch.setattr(sys, "stdin", Typed(json.dumps(line) + "\n"))
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(cli, "console", Console(file=told, force_terminal=True, width=200))
    cli.classify("-", None)
    assert "Reading JSON Lines from the terminal (Ctrl-D ends)" in told.getvalue()
    assert "Classifying" not in told.getvalue()  # no bar over what is typed
    assert json.loads(sys.stdout.getvalue())["id"] == "t1"
