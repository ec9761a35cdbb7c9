"""The whole product on the demo: generate, import, extract, build, report."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

import flows.pipeline  # noqa: F401  (Prefect configures logging on import: before we listen)
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


class _Everything(logging.Handler):
    """Keeps every log record of the run, at every level, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def _all_logs() -> Iterator[_Everything]:
    handler = _Everything()
    # Prefect's loggers do not propagate to the root logger: listen on both.
    loggers = [logging.getLogger(), logging.getLogger("prefect")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)


@pytest.fixture(scope="module")
def demo_run(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("home")
    settings = load_settings(home)
    buffer = io.StringIO()
    console = Console(file=buffer, width=200)
    with _all_logs() as logs:
        result = run_demo(settings, scale=1.0, seed=7, console=console, out=console)
    demo = load_settings(home, "demo")
    truth = Path(next((home / "demo-data").iterdir())) / "truth.jsonl"
    return {
        "result": result,
        "printed": buffer.getvalue(),
        "settings": demo,
        "logs": "\n".join(logs.lines),
        "truth": truth,
    }


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
    for marker in ('src="http', "src='http", 'href="http://', '<link rel="stylesheet" href'):
        assert marker not in html


def test_logs_of_a_full_run_hold_no_body_text_or_address_lists(demo_run: dict) -> None:
    logs = demo_run["logs"]
    assert logs, "no log record was captured: the privacy check would prove nothing"
    leaks = 0
    checked = 0
    for line in demo_run["truth"].read_text(encoding="utf-8").splitlines():
        message = json.loads(line)
        # Distinctive body lines only: short ones ("Thanks,") occur in any text.
        for body_line in (message.get("body") or "").splitlines():
            body_line = body_line.strip()
            if len(body_line) >= 40:
                checked += 1
                leaks += body_line in logs
        recipients = message.get("to") or ""
        if "," in recipients:
            checked += 1
            leaks += recipients in logs
    assert checked > 1000
    assert leaks == 0


def test_nothing_was_quarantined_from_the_demo(demo_run: dict) -> None:
    assert demo_run["result"]["imported"]["quarantined"] == 0
