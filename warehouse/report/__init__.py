"""The weekly summary: actions first, then what is working. No Prefect in here."""

from __future__ import annotations

import duckdb

from flows.config import Settings
from warehouse.report.data import ReportData, WarehouseNotBuilt, load_report_data
from warehouse.report.render import render_html, render_markdown, render_text
from warehouse.report.sections import build_sections

FORMATS = ("html", "md", "text")

__all__ = ["FORMATS", "ReportData", "WarehouseNotBuilt", "load_report_data", "render_report"]


def render_report(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    week: str | None = None,
    fmt: str = "html",
    width: int | None = None,
) -> str:
    """The summary of `week` (ISO, e.g. 2026-W47; default the latest) as html, md or text
    (fitted to `width` columns when given: a terminal's)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = load_report_data(con, settings, week)
    sections = build_sections(data, settings.timezone, with_charts=fmt == "html")
    if fmt == "html":
        return render_html(data, sections, settings.timezone)
    if fmt == "md":
        return render_markdown(data, sections, settings.timezone)
    return render_text(data, sections, settings.timezone, width)
