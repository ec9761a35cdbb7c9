from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from tests.report.marts_fixture import TZ, make_report_db


@pytest.fixture
def report_con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    make_report_db(con)
    yield con
    con.close()


@pytest.fixture
def report_settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home", timezone=TZ)
