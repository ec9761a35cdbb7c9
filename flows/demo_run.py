"""`sneaker demo`: generate a job search, run the whole pipeline on it, show the result."""

from __future__ import annotations

import shlex
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from flows.config import DEFAULT_ACCOUNT, Settings, write_account_config

DEMO_ACCOUNT = "demo"

# Columns of `response_latency_by_channel` shown in the terminal, with their headings;
# the full mart has more (see docs/sql.md).
LATENCY_COLUMNS = [
    ("channel", "Channel"),
    ("n", "n"),
    ("response_rate", "Response\nrate"),
    ("median_response_business_days", "Median\nwork days"),
    ("interview_rate", "Interview\nrate"),
    ("offer_rate", "Offer\nrate"),
    ("ghosted", "Ghosted"),
    ("km_answer_14d", "Answer\n≤14 d"),
]


def demo_settings(settings: Settings) -> Settings:
    """The demo gets its own account unless the user named one."""
    if settings.account == DEFAULT_ACCOUNT:
        return replace(settings, account=DEMO_ACCOUNT)
    return settings


def run_demo(
    settings: Settings, *, scale: float, seed: int, console: Console, out: Console
) -> dict[str, Any]:
    """Generate, import, extract, build, report; print where things are and the table."""
    from flows.sources.demo import generate_demo

    started = time.monotonic()
    settings = demo_settings(settings)
    demo_dir = settings.home / "demo-data" / f"seed{seed}-scale{scale:g}"
    from flows import progress
    from flows.progress_display import print_commands, print_path, progress_display

    console.print(f"Generating the demo job search (seed {seed}, scale {scale:g})…")
    with progress_display(console):
        files = generate_demo(demo_dir, scale=scale, seed=seed)
        progress.advance("generate", 0, files.message_count)  # done: the bar stops
    print_path(
        console,
        f"  {files.message_count} messages and {files.event_count} calendar events in",
        demo_dir,
    )
    # The demo account is rebuilt from scratch so that a new seed or scale never mixes
    # with an earlier run's rows.
    if settings.account_dir.exists():
        shutil.rmtree(settings.account_dir)
    write_account_config(settings, timezone=files.timezone, my_addresses=[files.me_address])
    from flows.config import load_settings
    from flows.pipeline import run_pipeline_cli

    settings = load_settings(settings.home, settings.account).ensure_dirs()
    result = run_pipeline_cli(settings, paths=[files.mbox_path, files.ics_path], console=console)
    out.print(latency_table(settings.db_path))
    elapsed = time.monotonic() - started
    console.print(f"Done in {elapsed:.0f} s.", highlight=False)
    sneaker = try_prefix(settings)
    print_commands(
        console,
        "Try:",
        [f"{sneaker} report", f'{sneaker} sql "select * from funnel_by_channel"'],
    )
    return result


def try_prefix(settings: Settings) -> str:
    """`sneaker` with the options that reach the demo's database: its account, and its
    data folder when it is not the default one (`--home` given, or `SNEAKER_HOME`): a
    command without it would open another folder's database."""
    from flows.config import default_home

    home = (
        ""
        if settings.home.resolve() == default_home().resolve()
        else f" --home {shlex.quote(str(settings.home))}"
    )
    return f"sneaker{home} --account {settings.account}"


def latency_table(db_path: Path) -> Table:
    """Response latency by channel as a Rich table."""
    from warehouse.db import open_db

    with open_db(db_path, read_only=True) as con:
        result = con.execute("select * from response_latency_by_channel")
        names = [d[0] for d in result.description]
        rows = [dict(zip(names, row, strict=True)) for row in result.fetchall()]
    table = Table(
        collapse_padding=True,
        title="Response latency by channel",
        caption="Answer ≤14 d: Kaplan–Meier, still-waiting ones censored",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    shown = [(c, h) for c, h in LATENCY_COLUMNS if c in names]
    for column, heading in shown:
        if column == "channel":
            table.add_column(heading, no_wrap=True)
        else:
            width = max(len(line) for line in heading.splitlines())
            table.add_column(heading, justify="right", min_width=width)
    for row in rows:
        table.add_row(*(_cell(c, row.get(c)) for c, _ in shown))
    return table


def _cell(column: str, value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if column.endswith("_rate") or column.startswith("km_"):
            return f"{value:.0%}"
        return f"{value:.1f}"
    return str(value)
