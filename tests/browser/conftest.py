from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from tests.report.marts_fixture import TZ, WEEK, make_report_db
from warehouse.report import render_report


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The weekly report of the hand-made warehouse, written to disk."""
    folder = tmp_path_factory.mktemp("report")
    with duckdb.connect() as con:
        make_report_db(con)
        html = render_report(con, Settings(home=folder, timezone=TZ), week=WEEK, fmt="html")
    path = folder / "weekly-summary.html"
    path.write_text(html, encoding="utf-8")
    return path
