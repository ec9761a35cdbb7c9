"""The weekly summary on a small job search built by the real warehouse.

Numbers on the page are checked against the marts' own rows; the silent week W38 must
render and say so.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from flows.config import Settings
from tests.report.story import QUIET_WEEK, WEEK
from tests.report.text_tables import rows, text_rows
from warehouse.report import WarehouseNotBuilt, load_report_data, render_report
from warehouse.report.cli import report_command
from warehouse.report.data import gmail_link
from warehouse.report.tables import LATENCY, cells, follow_ups, when
from warehouse.schema import ensure_schema

SECTION_TITLES = [
    "Do this week",
    "Follow-ups due",
    "Upcoming interviews",
    "Offers and decisions this week",
    "This week (2026-W39",
    "How the week went",
    "Response latency by channel",
    "Funnel by channel",
    "Activity over the whole search",
    "Needs your eye",
]


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_every_section_is_present_actions_first(report_con, report_settings, fmt: str) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt=fmt)
    lowered = document.lower()
    assert [t for t in SECTION_TITLES if t.lower() in lowered] == SECTION_TITLES
    order = [lowered.index(t.lower()) for t in SECTION_TITLES]
    assert order == sorted(order)


def test_latency_table_equals_the_mart(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    mart = rows(report_con, "select * from response_latency_by_channel order by channel_precedence")
    assert text_rows(document, "Channel            n") == cells(mart, LATENCY)[1]
    # And by hand, the two channels with opportunities in the story:
    networking, cold = mart[1], mart[5]
    assert (networking["channel"], networking["n"], networking["responded"]) == (
        "networking",
        3,
        2,
    )
    assert text_rows(document, "Channel            n")[1] == [
        "networking", "3", "2", "67%", "12.5", "0.5", "0.7", "0.8",
        "67% (23%–99%)", "67% (23%–99%)", "—", "0.8", "33%", "33%", "0", "1",
    ]  # fmt: skip
    assert cold["channel"] == "cold_application"
    assert text_rows(document, "Channel            n")[5][:4] == [
        "cold application", "2", "1", "50%",
    ]  # fmt: skip


def test_funnel_rows_equal_the_mart(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    mart = report_con.execute(
        "select channel, touched, responded, interviewed, offered, rejected "
        "from funnel_by_channel order by channel_precedence"
    ).fetchall()
    shown = [row[:6] for row in text_rows(document, "Channel            Touched")]
    assert shown == [[c.replace("_", " "), *map(str, rest)] for c, *rest in mart]


def test_week_counts_equal_weekly_activity_with_change(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    this, last = rows(
        report_con,
        "select * from weekly_activity where week_start in ('2026-09-21', '2026-09-14') "
        "order by week_start desc",
    )
    shown = text_rows(document, "This week")
    assert [row[1:3] for row in shown] == [
        [str(this[key]), str(last[key])]
        for key in [
            "applications", "messages_sent", "networking_touchpoints", "replies",
            "interview_invitations", "interviews", "offers", "rejections",
        ]
    ]  # fmt: skip
    assert shown[3] == ["replies from people", "4", "0", "+4"]


def test_actions_list_follow_ups_interviews_and_decisions(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    assert text_rows(document, "Company            Role") == [
        ["Wayne Enterprises", "Staff Engineer", "hr@wayne.com", "Coffee next week?",
         "networking", "Sep 9, 2026", "15",
         "https://mail.google.com/mail/u/0/#all/19f0a36bf1c724ff"],
    ]  # fmt: skip
    # 16:00 UTC is 11:00 in Chicago.
    assert text_rows(document, "When               Company") == [
        ["Sat Sep 26, 11:00", "Initech", "Senior Engineer", "—", "—", "—"]
    ]
    assert text_rows(document, "When               What") == [
        ["Thu Sep 24, 10:00", "offer", "Hooli", "Engineering Manager", "networking"],
    ]


def test_review_queue_lists_every_mart_row(report_con, report_settings) -> None:
    data = load_report_data(report_con, report_settings, WEEK)
    mart = rows(report_con, "select * from review_queue")
    assert [(r["item_id"], r["reason"]) for r in data.review] == [
        (r["item_id"], r["reason"]) for r in mart
    ]
    assert ("s1", "low_confidence") in [(r["item_id"], r["reason"]) for r in data.review]


def test_each_review_row_shows_its_opportunity_id_and_the_override_that_settles_it(
    report_con, report_settings
) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    shown = text_rows(document, "What", until_more=True)
    mart = rows(report_con, "select * from review_queue")
    assert len(shown) == len(mart) > 0
    for cells_, row in zip(shown, mart, strict=True):
        if row["opportunity_id"] is None:
            continue
        # the id exactly as `sneaker override` takes it, not with its `_` turned to a space
        assert row["opportunity_id"] in cells_
        action = next(c for c in cells_ if c.startswith(("sneaker override", "if ")))
        # a doubtful reading is settled on the message itself (set-kind), a link on its
        # opportunity
        settled = row["item_id"] if row["reason"] == "low_confidence" else row["opportunity_id"]
        assert "sneaker override " in action and settled in action
    assert any(
        f"sneaker override split {r['opportunity_id']} {r['item_id']}" in document
        for r in mart
        if r["item_type"] == "message" and r["opportunity_id"]
    )


def test_each_review_row_shows_when_its_mail_or_event_was(report_con, report_settings) -> None:
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    shown = text_rows(document, "What", until_more=True)
    mart = rows(report_con, "select * from review_queue")
    at = when(report_settings.timezone)
    for cells_, row in zip(shown, mart, strict=True):
        if row["occurred_at"] is not None:
            assert at(row, "occurred_at") in cells_


@pytest.mark.parametrize(
    ("thread_id", "url"),
    [
        ("1869173529371943936", "https://mail.google.com/mail/u/0/#all/19f0a36bf1c72400"),
        ("19F0A36BF1C72400", "https://mail.google.com/mail/u/0/#all/19f0a36bf1c72400"),
        ("t-s1", None),
        (None, None),
    ],
    ids=["takeout-decimal", "api-hex", "not-a-gmail-id", "none"],
)
def test_gmail_link(thread_id: str | None, url: str | None) -> None:
    assert gmail_link(thread_id) == url


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_a_week_with_no_activity_renders_and_names_the_silence(
    report_con, report_settings, fmt: str
) -> None:
    document = render_report(report_con, report_settings, week=QUIET_WEEK, fmt=fmt)
    assert "Week 2026-W38 was silent" in document
    assert "No activity was recorded in week 2026-W38" in document
    # Last reply: the Umbrella rejection, Thu Sep 10 04:00 in Chicago; the week ends
    # Mon Sep 21 00:00 there: 10 whole days.
    assert "The last reply came about 10 days before the end of this week" in document
    assert "No offer or decision this week." in document


def test_an_empty_warehouse_still_renders(report_settings) -> None:
    from warehouse.build import build_warehouse

    with duckdb.connect() as con:
        ensure_schema(con)
        build_warehouse(con, report_settings)
        html = render_report(con, report_settings, week=WEEK, fmt="html")
    assert "Week 2026-W39 was silent" in html
    assert "Nothing to review." in html
    assert html.count('<svg class="chart"') == 3


def test_html_is_self_contained_and_responsive(report_con, report_settings) -> None:
    html = render_report(report_con, report_settings, week=WEEK, fmt="html")
    assert html.count('<svg class="chart"') == 3
    # Nothing is fetched: no src= outside the page, no stylesheet links; the only
    # references are in-page (#id inside the SVGs) and links the reader may click.
    assert re.findall(r"""\ssrc=["'](?!data:|#)""", html) == []
    assert re.findall(r"""href=["'](?!https://|#)[^"']*""", html) == []
    assert "<link" not in html
    assert "@import" not in html and "<script" not in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "charts must not share element ids"
    assert 'name="viewport"' in html and "@media (max-width: 600px)" in html


def test_default_week_is_the_warehouse_now(report_con, report_settings) -> None:
    assert load_report_data(report_con, report_settings).week.label == WEEK


def test_a_database_without_marts_says_to_build(report_settings) -> None:
    with duckdb.connect() as con:
        ensure_schema(con)
        with pytest.raises(WarehouseNotBuilt, match="sneaker build"):
            render_report(con, report_settings, fmt="text")


def _file_db(settings: Settings, story_db: Path) -> None:
    settings.db_path.parent.mkdir(parents=True)
    settings.db_path.write_bytes(story_db.read_bytes())


def test_report_command_writes_the_file_and_prints_text(
    report_settings, story_db: Path, tmp_path: Path
) -> None:
    _file_db(report_settings, story_db)
    out = Console(record=True, width=300)
    console = Console(record=True, width=300)
    target = tmp_path / "out" / "week.md"
    report_command(report_settings, week=WEEK, fmt="md", output=target, out=out, console=console)
    assert target.read_text(encoding="utf-8").startswith("# Your job search, week 2026-W39")
    text = report_command(
        report_settings, week=WEEK, fmt="text", output=None, out=out, console=console
    )
    assert out.export_text().strip() == text.strip()


@pytest.mark.parametrize(
    ("week", "fmt", "message"),
    [("2026-39", "text", "not an ISO week"), (None, "pdf", "--format must be one of")],
    ids=["bad-week", "bad-format"],
)
def test_report_command_refuses_bad_options(report_settings, story_db, week, fmt, message) -> None:
    _file_db(report_settings, story_db)
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


def test_channel_week_over_week_rows_add_up_to_weekly_activity(report_con, report_settings):
    document = render_report(report_con, report_settings, week=WEEK, fmt="text")
    assert text_rows(document, "Channel            New") == [
        ["networking", "1", "0", "3", "0", "+3"],
        ["recruiter inbound", "0", "0", "1", "0", "+1"],
    ]
    data = load_report_data(report_con, report_settings, WEEK)
    assert sum(r["replies"] for r in data.channel_weeks) == data.this_week["replies"]
    assert sum(r["replies_before"] for r in data.channel_weeks) == data.last_week["replies"]


@pytest.mark.parametrize(
    ("name", "address", "shown"),
    [
        ("Lee Chen", "lee_chen@zeta.io", "Lee Chen <lee_chen@zeta.io>"),
        (None, "jobs@initech.com", "jobs@initech.com"),
        (None, None, "—"),
    ],
    ids=["name-and-address", "address-only", "nobody"],
)
def test_follow_ups_say_whom_to_follow_up_with(name, address, shown) -> None:
    row = {
        "organization_name": "Zeta",
        "role_name": "SRE",
        "contact_name": name,
        "contact_email": address,
        "last_subject": "Following up",
        "channel": "recruiter_inbound",
        "waiting_since_at": None,
        "days_waiting": 9.0,
    }
    headers, body = cells([row], follow_ups("UTC"))
    assert headers == ["Company", "Role", "Contact", "Last message", "Channel", "Waiting since",
                       "Days"]  # fmt: skip
    assert body == [["Zeta", "SRE", shown, "Following up", "recruiter inbound", "—", "9"]]


def test_without_a_week_the_report_is_of_the_week_holding_the_newest_mail(
    report_con, report_settings
) -> None:
    """As `sneaker report --help` and the README say (they said "last week", which only
    the scheduled Monday flow renders)."""
    [(newest,)] = report_con.execute("select max(sent_at) from stg_messages").fetchall()
    chosen = load_report_data(report_con, report_settings).week
    assert chosen.start <= newest < chosen.end


def test_a_row_written_as_a_block_wraps_a_long_subject_but_never_its_command() -> None:
    """A weakly linked invite mail's subject ran to 144 columns on a 100-column terminal;
    it now wraps under itself, while the command to copy and the thread URL stay whole."""
    from warehouse.report.render import _text_table
    from warehouse.report.sections import Table

    subject = " ".join(["Invitation: a long meeting title"] * 6)
    command = "sneaker override split opp_1 " + "x" * 90
    url = "https://mail.google.com/mail/u/0/#all/" + "f" * 70
    table = Table(
        headers=["Subject", "To act", "Thread"],
        rows=[[subject, command, url]],
        whole=frozenset({"To act"}),
    )
    lines = _text_table(table, width=60)
    assert max(len(line) for line in lines if "To act" not in line and "Thread" not in line) <= 60
    assert f"  To act   {command}" in lines
    assert f"  Thread   {url}" in lines
    subject_lines = [line for line in lines if line and "To act" not in line and url not in line]
    assert len(subject_lines) > 1  # wrapped, each part under the first
    assert all(line.startswith(" " * 11) for line in subject_lines[1:])
    assert " ".join(line.strip() for line in subject_lines) == f"Subject  {subject}"
