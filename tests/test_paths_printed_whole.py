"""Paths the CLI prints stay whole on a narrow terminal, so they can be copied.

Rich wrapped '… calendar events in /long/path' before and inside the path.
"""

from __future__ import annotations

import io
import shlex
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from flows.config import load_settings
from flows.sources.demo import DemoFiles

WIDTH = 40


def _narrow() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=WIDTH, force_terminal=False, color_system=None), buffer


@pytest.fixture
def home(tmp_path: Path) -> Path:
    # longer than the terminal, with spaces and a `[` Rich would read as markup
    return tmp_path / "a home folder with a long name [and brackets] well past forty columns"


def test_the_demo_prints_its_data_folder_unbroken(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.demo_run
    import flows.pipeline
    import flows.sources.demo

    def fake_generate(directory: Path, *, scale: float, seed: int) -> DemoFiles:
        directory.mkdir(parents=True)
        day = date(2026, 9, 1)
        return DemoFiles(
            directory / "m.mbox", directory / "c.ics", directory / "t.jsonl",
            "me@example.com", "Me", "UTC", day, day, 12, 3,
        )  # fmt: skip

    def fake_pipeline(settings: Any, *, paths: list[Path], console: Console) -> dict[str, Any]:
        return {"report": str(settings.reports_dir / "weekly.html")}

    monkeypatch.setattr(flows.sources.demo, "generate_demo", fake_generate)
    monkeypatch.setattr(flows.pipeline, "run_pipeline_cli", fake_pipeline)
    monkeypatch.setattr(flows.demo_run, "latency_table", lambda db_path: "")
    console, buffer = _narrow()
    flows.demo_run.run_demo(load_settings(home), scale=1.0, seed=3, console=console, out=console)
    printed = buffer.getvalue()
    assert "12 messages and 3 calendar events in" in printed
    folder = home / "demo-data" / "seed3-scale1"
    lines = [line.strip() for line in printed.splitlines()]
    assert str(folder) in lines
    # each command to try whole on its line, with the folder it must open (not the default)
    sneaker = f"sneaker --home {shlex.quote(str(home))} --account demo"
    assert f"{sneaker} report" in lines
    assert f'{sneaker} sql "select * from funnel_by_channel"' in lines


def test_import_prints_the_database_and_report_paths_unbroken(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.pipeline

    settings = load_settings(home).ensure_dirs()
    report = settings.reports_dir / "weekly-summary-latest.html"
    imported = {"messages": 1, "events": 0, "quarantined": 0}
    monkeypatch.setattr(
        flows.pipeline, "pipeline_flow", lambda *a: {"imported": imported, "report": str(report)}
    )
    console, buffer = _narrow()
    flows.pipeline.run_pipeline_cli(settings, paths=[], console=console)
    lines = [line.strip() for line in buffer.getvalue().splitlines()]
    assert str(settings.db_path) in lines
    assert str(report) in lines
