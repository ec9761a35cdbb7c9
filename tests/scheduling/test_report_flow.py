"""The Monday report flow: writes last week's HTML and Markdown, then delivers them."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.report.story import WEEK, build_story


def test_weekly_report_flow_writes_both_formats_and_delivers_to_a_folder(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.report_flow import weekly_report_flow

    home = tmp_path / "home"
    account_dir = home / "accounts" / "default"
    account_dir.mkdir(parents=True)
    (home / "config.toml").write_text('timezone = "America/Chicago"\n')
    with duckdb.connect(str(account_dir / "sneaker.duckdb")) as con:
        build_story(con, home)
    outbox = tmp_path / "outbox"
    (account_dir / "delivery.toml").write_text(f'folder = "{outbox}"\n')

    result = weekly_report_flow(account="default", home=str(home), week=WEEK)

    names = [f"weekly-summary-{WEEK}.html", f"weekly-summary-{WEEK}.md"]
    assert result == {
        "week": WEEK,
        "paths": [str(account_dir / "reports" / name) for name in names],
        "delivered": [f"folder:{outbox}"],
    }
    assert sorted(p.name for p in outbox.iterdir()) == names
    markdown = (outbox / names[1]).read_text(encoding="utf-8")
    assert markdown.startswith(f"# Your job search, week {WEEK}")
