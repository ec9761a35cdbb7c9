"""`sneaker report`: render the weekly summary from a read-only database (no Prefect)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from flows.config import Settings
from flows.progress_display import print_path
from warehouse.db import open_db
from warehouse.report import FORMATS, render_report
from warehouse.report.data import WarehouseNotBuilt


def report_command(
    settings: Settings,
    *,
    week: str | None,
    fmt: str,
    output: Path | None,
    out: Console,
    console: Console,
) -> str:
    """Print the report (text/md) or write it to `output`; HTML needs a file to open."""
    if fmt not in FORMATS:
        _usage_error(console, f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "html" and output is None:
        output = settings.reports_dir / f"weekly-summary-{week or 'latest'}.html"
    with open_db(settings.db_path, read_only=True) as con:
        try:
            # text for a terminal fits its width (a 250-column table wrapped into 100
            # columns mixed its rows up); piped or written to a file, lines stay whole
            width = out.width if fmt == "text" and output is None and out.is_terminal else None
            document = render_report(con, settings, week=week, fmt=fmt, width=width)
        except ValueError as exc:  # a malformed --week
            _usage_error(console, str(exc))
        except WarehouseNotBuilt as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise SystemExit(1) from exc
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(document, encoding="utf-8")
        print_path(console, "Report written to", output)
    else:
        # Raw text, so Markdown can be piped into mail or notes as it is.
        out.print(document, markup=False, highlight=False, soft_wrap=True, end="")
    return document


def _usage_error(console: Console, message: str) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise SystemExit(2)
