"""The weekly summary on a small hand-made warehouse: sections, numbers, silence."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from flows.config import Settings
from tests.report.marts_fixture import QUIET_WEEK, WEEK, make_report_db
from warehouse.report import WarehouseNotBuilt, load_report_data, render_report
from warehouse.report.cli import report_command
from warehouse.report.data import gmail_link

SECTION_TITLES = [
    "Do this week",
    "Follow-ups due",
    "Upcoming interviews",
    "Offers and decisions this week",
    "This week (2026-W47",
    "How the week went",
    "Response latency by channel",
    "Funnel by channel",
    "Activity over the whole search",
    "Needs your eye",
]


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_every_section_is_present(report_con, report_settings, fmt: str) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt=fmt)
    found = [t for t in SECTION_TITLES if t.lower() in document.lower()]
    assert found == SECTION_TITLES
    order = [document.lower().index(t.lower()) for t in SECTION_TITLES]
    assert order == sorted(order), "actions come first, then the picture"


def _text_rows(document: str, header_start: str) -> list[list[str]]:
    """The rows of the text table whose header line starts with `header_start`."""
    lines = document.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(header_start))
    rows = []
    for line in lines[start + 2 :]:
        if not line.strip():
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


def test_latency_rows_equal_the_mart(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    assert _text_rows(document, "Channel           n") == [
        ["cold application", "40", "4", "10%", "120.0", "5.0", "6.0", "12.0",
         "5% (1%–15%)", "8% (2%–19%)", "10% (4%–23%)", "2%", "0%", "30"],
        ["networking", "6", "5", "83%", "20.0", "1.0", "1.5", "2.5",
         "67% (27%–91%)", "83% (41%–98%)", "83% (41%–98%)", "50%", "0%", "1"],
        ["referral", "2", "2", "100%", "10.0", "0.5", "0.5", "0.6",
         "100%", "100%", "100%", "100%", "50%", "0"],
    ]  # fmt: skip


def test_report_data_is_the_marts_rows(report_con, report_settings) -> None:
    data = load_report_data(report_con, report_settings, WEEK)
    for mart, rows in [
        ("response_latency_by_channel", data.latency),
        ("funnel_by_channel", data.funnel),
        ("weekly_activity", data.activity),
        ("review_queue", data.review),
    ]:
        expected = report_con.execute(f"select count(*) from {mart}").fetchone()[0]
        assert len(rows) == expected, mart
    mart_funnel = report_con.execute(
        "select channel, touched, responded, interviewed, offered from funnel_by_channel "
        "order by channel"
    ).fetchall()
    assert [tuple(r.values()) for r in data.funnel] == mart_funnel


def test_week_counts_and_week_over_week_change(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    assert _text_rows(document, "This week") == [
        ["applications", "8", "10", "−2"],
        ["outreach sent", "3", "2", "+1"],
        ["networking touchpoints", "4", "3", "+1"],
        ["replies", "5", "2", "+3"],
        ["interviews", "2", "1", "+1"],
        ["offers", "1", "0", "+1"],
        ["rejections", "1", "1", "="],
    ]


def test_actions_list_follow_ups_with_gmail_links_interviews_and_decisions(
    report_con, report_settings
) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    assert _text_rows(document, "Company        Role") == [
        ["Acme Robotics", "Staff Engineer", "Zoë Nguyễn", "networking", "Nov 5, 2026", "17",
         "https://mail.google.com/mail/u/0/#all/19f0a36bf1c72400"],
        ["Globex", "Principal Engineer", "—", "cold application", "Nov 10, 2026", "12", "—"],
    ]  # fmt: skip
    # Interview at 16:00 UTC = 10:00 in Chicago; decisions of this week only.
    assert _text_rows(document, "When               Company") == [
        ["Tue Nov 24, 10:00", "Initech", "Senior Engineer", "technical"]
    ]
    assert _text_rows(document, "When               What") == [
        ["Wed Nov 18, 08:00", "rejected", "Vandelay", "Backend Engineer", "cold application"],
        ["Thu Nov 19, 12:00", "offer", "Hooli", "Engineering Manager", "referral"],
    ]


@pytest.mark.parametrize(
    ("thread_id", "url"),
    [
        ("1869173529371943936", "https://mail.google.com/mail/u/0/#all/19f0a36bf1c72400"),
        ("19F0A36BF1C72400", "https://mail.google.com/mail/u/0/#all/19f0a36bf1c72400"),
        (None, None),
    ],
    ids=["takeout-decimal", "api-hex", "none"],
)
def test_gmail_link(thread_id: str | None, url: str | None) -> None:
    assert gmail_link(thread_id) == url


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_a_week_with_no_activity_renders_and_names_the_silence(
    report_con, report_settings, fmt: str
) -> None:
    document = render_report(report_con, report_settings, week=QUIET_WEEK, fmt=fmt)
    assert "Week 2026-W45 was silent" in document
    assert "No activity was recorded in week 2026-W45" in document
    # Last reply was in the week of Oct 26; the week ends Nov 9: 14 days.
    assert "The last reply came about 14 days before the end of this week" in document
    assert "No offer or decision this week." in document


def test_an_empty_warehouse_still_renders(report_settings) -> None:
    con = duckdb.connect()
    make_report_db(con)
    for table in ["weekly_activity", "follow_ups_due", "upcoming_interviews", "review_queue",
                  "opportunity_timeline", "opportunity_latency", "funnel_by_channel"]:  # fmt: skip
        con.execute(f"delete from {table}")
    html = render_report(con, report_settings, week=WEEK, fmt="html")
    assert "Week 2026-W47 was silent" in html
    assert "Nothing to review." in html
    assert html.count("<svg") == 3


def test_html_is_self_contained(report_con, report_settings) -> None:
    html = render_report(report_con, report_settings, week=WEEK, fmt="html")
    assert html.count('<svg class="chart"') == 3
    # Only in-page references (#id inside the SVGs) and the Gmail thread links.
    outside = r"""(?:src|href)=["'](?!https://mail\.google\.com/|#)[^"']*"""
    assert re.findall(outside, html) == []
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "charts must not share element ids"
    assert "@import" not in html and "<script" not in html
    assert 'name="viewport"' in html and "@media (max-width: 600px)" in html


def test_default_week_is_the_latest_activity_in_the_database(report_con, report_settings) -> None:
    assert load_report_data(report_con, report_settings).week.label == WEEK


def test_a_database_without_marts_says_to_build(report_settings) -> None:
    con = duckdb.connect()
    make_report_db(con, with_marts=False)
    with pytest.raises(WarehouseNotBuilt, match="sneaker build"):
        render_report(con, report_settings, fmt="text")


def _file_db(settings: Settings) -> None:
    settings.db_path.parent.mkdir(parents=True)
    with duckdb.connect(str(settings.db_path)) as con:
        make_report_db(con)


def test_report_command_writes_the_file_and_prints_text(report_settings, tmp_path: Path) -> None:
    _file_db(report_settings)
    out = Console(record=True, width=200)
    console = Console(record=True, width=200)
    target = tmp_path / "out" / "week.md"
    report_command(report_settings, week=WEEK, fmt="md", output=target, out=out, console=console)
    assert target.read_text(encoding="utf-8").startswith("# Your job search, week 2026-W47")
    text = report_command(
        report_settings, week=WEEK, fmt="text", output=None, out=out, console=console
    )
    assert out.export_text().strip() == text.strip()


@pytest.mark.parametrize(
    ("week", "fmt", "message"),
    [("2026-47", "text", "not an ISO week"), (None, "pdf", "--format must be one of")],
    ids=["bad-week", "bad-format"],
)
def test_report_command_refuses_bad_options(report_settings, week, fmt, message) -> None:
    _file_db(report_settings)
    console = Console(record=True, width=200)
    with pytest.raises(SystemExit) as exit_info:
        report_command(
            report_settings, week=week, fmt=fmt, output=None, out=Console(), console=console
        )
    assert exit_info.value.code == 2
    assert message in console.export_text()


def test_report_does_not_import_prefect() -> None:
    code = "import sys, warehouse.report, warehouse.report.cli; print('prefect' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
