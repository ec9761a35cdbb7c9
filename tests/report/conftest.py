from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from tests.report.story import build_story


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story's warehouse in a file, built once per module."""
    path = tmp_path_factory.mktemp("story") / "sneaker.duckdb"
    with duckdb.connect(str(path)) as con:
        build_story(con)
    return path


@pytest.fixture
def report_con(story_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(story_db), read_only=True)
    yield con
    con.close()


@pytest.fixture
def report_settings(tmp_path: Path) -> Settings:
    from tests.report.story import story_settings

    return story_settings(tmp_path / "home")
