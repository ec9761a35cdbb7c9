from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.report.story import WEEK, build_story
from warehouse.report import render_report


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The weekly report of the story's warehouse (built by the real build), on disk."""
    folder = tmp_path_factory.mktemp("report")
    with duckdb.connect() as con:
        settings = build_story(con, folder)
        html = render_report(con, settings, week=WEEK, fmt="html")
    path = folder / "weekly-summary.html"
    path.write_text(html, encoding="utf-8")
    return path
