"""The whole product on the demo: generate, import, extract, build, report."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from flows.config import load_settings
from flows.demo_run import run_demo

CHANNELS = {
    "cold_application",
    "job_board",
    "referral",
    "networking",
    "recruiter_inbound",
    "agency",
}


@pytest.fixture(scope="module")
def demo_run(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("home")
    settings = load_settings(home)
    buffer = io.StringIO()
    console = Console(file=buffer, width=200)
    result = run_demo(settings, scale=1.0, seed=7, console=console, out=console)
    demo = load_settings(home, "demo")
    return {"result": result, "printed": buffer.getvalue(), "settings": demo}


@pytest.fixture(scope="module")
def latency(demo_run: dict) -> dict[str, dict]:
    with duckdb.connect(str(demo_run["settings"].db_path), read_only=True) as con:
        result = con.execute("select * from response_latency_by_channel")
        names = [d[0] for d in result.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in result.fetchall()}


def test_demo_prints_paths_and_latency_table(demo_run: dict) -> None:
    printed = demo_run["printed"]
    settings = demo_run["settings"]
    assert str(settings.db_path) in printed
    assert "Response latency by channel" in printed
    for channel in CHANNELS:
        assert channel in printed


def test_every_channel_has_a_row(latency: dict[str, dict]) -> None:
    assert set(latency) >= CHANNELS


@pytest.mark.parametrize("channel", ["networking", "referral", "agency"])
def test_warm_channels_beat_cold_applications(latency: dict[str, dict], channel: str) -> None:
    cold, warm = latency["cold_application"], latency[channel]
    assert warm["n"] > 0
    assert warm["response_rate"] > cold["response_rate"]
    assert warm["interview_rate"] > cold["interview_rate"]


def test_cold_applications_are_many_and_rarely_answered(latency: dict[str, dict]) -> None:
    cold = latency["cold_application"]
    assert cold["n"] >= 150
    assert cold["interview_rate"] < 0.1


def test_report_is_a_standalone_html_file(demo_run: dict) -> None:
    report = Path(demo_run["result"]["report"])
    html = report.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    # Standalone: no external scripts, styles or images.
    for marker in ('src="http', "src='http", 'href="http://', "<link rel=\"stylesheet\" href"):
        assert marker not in html


def test_nothing_was_quarantined_from_the_demo(demo_run: dict) -> None:
    assert demo_run["result"]["imported"]["quarantined"] == 0
