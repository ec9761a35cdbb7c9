"""`sneaker sql` and `sneaker override` as the CLI calls them."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from tests.warehouse.scenario import Mailbox, at, build, rows, settings
from warehouse.overrides import override_command
from warehouse.sql_command import sql_command


def consoles() -> tuple[Console, Console, io.StringIO, io.StringIO]:
    out_buf, err_buf = io.StringIO(), io.StringIO()
    return (Console(file=out_buf, width=200), Console(file=err_buf, width=200), out_buf, err_buf)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    s = settings(tmp_path)
    s.account_dir.mkdir(parents=True)
    box = Mailbox()
    box.ack("a1", at(0), sender="acme@myworkday.com", company="Acme", role="SRE")
    box.mail(
        "a2", at(2), sender="pat@acme.com", kind="interview_invitation", company="Acme", role="SRE"
    )
    build(box, duckdb.connect(str(s.db_path)), s).close()
    return tmp_path


def test_sql_prints_a_table(home: Path) -> None:
    out, err, out_buf, _ = consoles()
    sql_command(
        settings(home),
        query="select channel, n, responded from response_latency_by_channel where n > 0",
        out=out,
        console=err,
    )
    text = out_buf.getvalue()
    assert "cold_application" in text and "1 row" in text


def test_sql_is_read_only(home: Path) -> None:
    out, err, _, err_buf = consoles()
    with pytest.raises(SystemExit):
        sql_command(settings(home), query="delete from raw_messages", out=out, console=err)
    assert "read-only" in err_buf.getvalue()
    con = duckdb.connect(str(settings(home).db_path))
    assert rows(con, "select count(*) as n from raw_messages") == [{"n": 2}]


def test_sql_without_a_query_explains_how_to_query(home: Path, monkeypatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    out, err, _, err_buf = consoles()
    sql_command(settings(home), query=None, out=out, console=err)
    assert "not installed" in err_buf.getvalue()
    assert str(settings(home).db_path) in err_buf.getvalue().replace("\n", "")


def test_override_command_records_and_rebuilds(home: Path) -> None:
    s = settings(home)
    con = duckdb.connect(str(s.db_path))
    opp = rows(con, "select opportunity_id from opportunities")[0]["opportunity_id"]
    con.close()
    out, err, _, err_buf = consoles()
    override_command(
        s, action="set-channel", args=[opp, "agency"], note="via Kim", out=out, console=err
    )
    con = duckdb.connect(str(s.db_path))
    assert rows(con, "select channel from opportunities") == [{"channel": "agency"}]
    con.close()
    with pytest.raises(SystemExit):
        override_command(
            s, action="set-channel", args=["opp_missing", "agency"], note=None, out=out, console=err
        )
    assert "no opportunity opp_missing" in err_buf.getvalue()


@pytest.mark.parametrize("width", [100, 2000], ids=["narrow-console", "wide-console"])
def test_sql_prints_a_row_a_block_when_its_columns_do_not_fit(home: Path, width: int) -> None:
    out_buf, err_buf = io.StringIO(), io.StringIO()
    out, err = Console(file=out_buf, width=width), Console(file=err_buf, width=width)
    sql_command(settings(home), query="select * from opportunities", out=out, console=err)
    text = out_buf.getvalue()
    lines = text.splitlines()
    expanded = any(line.startswith("│ opportunity_id ") for line in lines)
    assert expanded is (width == 100)  # ~40 columns cannot share 100 characters
    assert "Acme" in text
    assert "1 row" in text
    if expanded:
        assert any(line.startswith("│ row 1 ") for line in lines)
        assert any(line.startswith("│ employer_name ") and "Acme" in line for line in lines)


def test_override_list_with_none_yet_says_how_to_add_one(home: Path) -> None:
    out, err, out_buf, err_buf = consoles()
    override_command(settings(home), action="list", args=[], note=None, out=out, console=err)
    assert out_buf.getvalue() == ""  # no empty table
    said = err_buf.getvalue()
    assert "No overrides yet" in said
    assert "set-channel OPPORTUNITY CHANNEL" in said
    assert "select opportunity_id" in said


def test_override_attach_refuses_an_item_the_warehouse_does_not_know(home: Path) -> None:
    s = settings(home)
    con = duckdb.connect(str(s.db_path))
    opp = rows(con, "select opportunity_id from opportunities")[0]["opportunity_id"]
    con.close()
    out, err, _, err_buf = consoles()
    with pytest.raises(SystemExit):
        override_command(
            s, action="attach", args=[opp, "ev_missing"], note=None, out=out, console=err
        )
    assert "no message or event ev_missing" in err_buf.getvalue()
    # a known item is recorded (a message already in the opportunity: attaching it again
    # changes nothing)
    override_command(s, action="attach", args=[opp, "a2"], note=None, out=out, console=err)
    assert "Recorded override 1 (attach)." in err_buf.getvalue()
    con = duckdb.connect(str(s.db_path))
    assert rows(con, "select count(*) as n from review_queue where reason like 'override%'") == [
        {"n": 0}
    ]


def test_override_set_kind_checks_the_message_and_rebuilds(home: Path) -> None:
    s = settings(home)
    out, err, _, err_buf = consoles()
    with pytest.raises(SystemExit):
        override_command(
            s, action="set-kind", args=["m_missing", "offer"], note=None, out=out, console=err
        )
    assert "no message m_missing" in err_buf.getvalue()
    with pytest.raises(SystemExit):
        override_command(
            s, action="set-kind", args=["a2", "ghosted"], note=None, out=out, console=err
        )
    assert "kind must be one of" in err_buf.getvalue()
    override_command(
        s, action="set-kind", args=["a2", "offer"], note="verbal offer", out=out, console=err
    )
    assert "Recorded override 1 (set_kind)." in err_buf.getvalue()
    con = duckdb.connect(str(s.db_path))
    assert rows(con, "select kind from int_messages where message_id = 'a2'") == [{"kind": "offer"}]
    assert rows(con, "select stage from opportunities") == [{"stage": "offer"}]


def test_override_help_names_every_action_with_its_arguments() -> None:
    from typer.testing import CliRunner

    from flows.cli import app
    from warehouse.override_forms import ARGUMENTS, form

    result = CliRunner().invoke(app, ["override", "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    # Rich draws the help in a box; its borders and line breaks are not part of the text
    text = " ".join(result.output.replace("│", " ").split())
    for action in ARGUMENTS:
        assert form(action) in text
