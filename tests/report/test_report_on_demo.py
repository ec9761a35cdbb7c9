"""The weekly summary of the generated demo search: sections, numbers = marts, silence."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta

import duckdb
import pytest
from rich.console import Console

from flows.config import Settings
from tests.report.demo_build import demo_settings
from tests.report.text_tables import rows, text_rows
from warehouse.report import load_report_data, render_report
from warehouse.report.cli import report_command
from warehouse.report.data import WEEK_MEASURES
from warehouse.report.tables import FUNNEL, LATENCY, cells
from warehouse.report.weeks import week_of

SECTIONS = ["actions", "this-week", "encouragement", "latency", "funnel", "activity", "review"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return demo_settings(tmp_path_factory.getbasetemp())


@pytest.fixture
def con(demo: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    with duckdb.connect(str(demo.db_path), read_only=True) as connection:
        yield connection


def _table(document: str, header_start: str) -> list[list[str]]:
    """A text table of the demo's report; a long one ends at its "…and N more" line."""
    return text_rows(document, header_start, until_more=True)


def test_the_pipeline_wrote_the_html_report(demo: Settings) -> None:
    html = (demo.reports_dir / "weekly-summary.html").read_text(encoding="utf-8")
    assert [s for s in SECTIONS if f'<section id="{s}">' in html] == SECTIONS


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_every_section_is_present(con, demo: Settings, fmt: str) -> None:
    document = render_report(con, demo, fmt=fmt)
    for title in ["Do this week", "Follow-ups due", "Upcoming interviews",
                  "Offers and decisions this week", "How the week went",
                  "Response latency by channel", "Funnel by channel",
                  "Activity over the whole search", "Needs your eye"]:  # fmt: skip
        assert title.lower() in document.lower(), title


def test_latency_and_funnel_tables_equal_the_marts(con, demo: Settings) -> None:
    document = render_report(con, demo, fmt="text")
    latency = rows(con, "select * from response_latency_by_channel order by channel_precedence")
    funnel = rows(con, "select * from funnel_by_channel order by channel_precedence")
    assert _table(document, "Channel            n") == cells(latency, LATENCY)[1]
    assert _table(document, "Channel            Touched") == cells(funnel, FUNNEL)[1]
    assert sum(r["n"] for r in latency) > 100  # the demo is a real search, not an empty one


def test_week_counts_equal_weekly_activity(con, demo: Settings) -> None:
    data = load_report_data(con, demo)
    [this] = rows(con, f"select * from weekly_activity where week_start = '{data.week.monday}'")
    [last] = rows(
        con, f"select * from weekly_activity where week_start = '{data.week.previous().monday}'"
    )
    document = render_report(con, demo, fmt="text")
    assert [row[1:3] for row in _table(document, "This week")] == [
        [str(this[key]), str(last[key])] for key, _ in WEEK_MEASURES
    ]
    assert any(this[key] for key, _ in WEEK_MEASURES), "the demo's last week has activity"


def test_follow_ups_shown_are_rows_of_the_mart(con, demo: Settings) -> None:
    data = load_report_data(con, demo)
    mart_ids = {r["opportunity_id"] for r in rows(con, "select * from follow_ups_due")}
    assert data.follow_ups and {r["opportunity_id"] for r in data.follow_ups} == mart_ids


def test_a_week_before_the_search_renders_and_says_it_was_silent(con, demo: Settings) -> None:
    first = con.execute("select min(week_start) from weekly_activity").fetchone()[0]
    quiet = week_of(first - timedelta(days=21), demo.timezone)
    for fmt in ("html", "md", "text"):
        document = render_report(con, demo, week=quiet.label, fmt=fmt)
        assert f"Week {quiet.label} was silent" in document
        assert f"No activity was recorded in week {quiet.label}" in document


def test_text_on_a_terminal_fits_its_width_and_keeps_every_figure(demo: Settings) -> None:
    """On a 100-column terminal the report's 16-column latency table (about 250 columns)
    was cut and wrapped into the next row's cells; now a table that does not fit is written
    a row at a time, and piped text keeps its table lines whole."""
    terminal, pipe = io.StringIO(), io.StringIO()
    quiet = Console(file=io.StringIO())
    for file, is_terminal in ((terminal, True), (pipe, False)):
        out = Console(file=file, force_terminal=is_terminal, width=100, color_system=None)
        report_command(demo, week=None, fmt="text", output=None, out=out, console=quiet)
    # but a review row's command (long message ids) is never broken: the terminal folds
    # it, and a copy of it still runs
    assert (
        max(len(line) for line in terminal.getvalue().splitlines() if "  To act  " not in line)
        <= 100
    )
    assert max(len(line) for line in pipe.getvalue().splitlines()) > 100
    with duckdb.connect(str(demo.db_path), read_only=True) as con:
        latency = rows(con, "select * from response_latency_by_channel order by channel_precedence")
    headers, table = cells(latency, LATENCY)
    label = max(len(h) for h in headers)
    text = terminal.getvalue()
    for row in table:
        lines = [f"  {h.ljust(label)}  {c}".rstrip() for h, c in zip(headers, row, strict=True)]
        block = "\n".join(lines)
        assert block in text, row[0]
