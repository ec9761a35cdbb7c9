from __future__ import annotations

from pathlib import Path

import pytest

from tests.report.demo_build import demo_settings


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report the demo pipeline wrote to disk."""
    settings = demo_settings(tmp_path_factory.getbasetemp())
    return settings.reports_dir / "weekly-summary.html"
