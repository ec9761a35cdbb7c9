"""Renderers: one self-contained HTML page, Markdown, and plain text for the terminal."""

from __future__ import annotations

import textwrap
from functools import cache

import jinja2

from warehouse.report.data import ReportData
from warehouse.report.sections import Section, Table


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("warehouse.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_html(data: ReportData, sections: list[Section], timezone: str) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(
        week=data.week, account=data.generated_for, timezone=timezone, sections=sections
    )


def _md_cell(cell: str) -> str:
    if cell.startswith("https://mail.google.com/"):
        return f"[open in Gmail]({cell})"
    if cell.startswith("https://"):
        return f"[{cell.split('/')[2]}]({cell})"
    return cell.replace("|", "\\|")


def _md_table(table: Table) -> list[str]:
    lines = [f"**{table.title}**", ""] if table.title else []
    if not table.rows:
        return [*lines, f"_{table.empty}_", ""]
    lines.append("| " + " | ".join(table.headers) + " |")
    lines.append("|" + "|".join("---" for _ in table.headers) + "|")
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
    if table.more:
        lines += ["", f"_{table.more}_"]
    return [*lines, ""]


def render_markdown(data: ReportData, sections: list[Section], timezone: str) -> str:
    lines = [
        f"# Your job search, week {data.week.label}",
        "",
        f"{data.week.span_text()} · account {data.generated_for} · times in {timezone}",
        "",
    ]
    for section in sections:
        lines += [f"## {section.title}", ""]
        for note in section.notes:
            lines += [note, ""]
        for table in section.tables:
            lines += _md_table(table)
    return "\n".join(lines).rstrip() + "\n"


def _expanded_cell(label: str, cell: str, width: int, *, whole: bool) -> list[str]:
    """One 'label  value' line of a row written as a block, its value wrapped under
    itself when longer than the terminal (a mail's subject can run to 150 columns), but
    only at spaces: a URL or an id is never broken, nor a `whole` cell (a command)."""
    indent = 2 + len(label) + 2
    if whole or indent + len(cell) <= width:
        return [f"  {label}  {cell}".rstrip()]
    parts = textwrap.wrap(
        cell, max(width - indent, 20), break_long_words=False, break_on_hyphens=False
    ) or [cell]
    return [f"  {label}  {parts[0]}", *(" " * indent + p for p in parts[1:])]


def _text_table(table: Table, width: int | None = None) -> list[str]:
    lines = [table.title, ""] if table.title else []
    if not table.rows:
        return [*lines, f"  ({table.empty})", ""]
    widths = [max(len(h), *(len(r[i]) for r in table.rows)) for i, h in enumerate(table.headers)]
    if width is not None and 2 + sum(widths) + 2 * (len(widths) - 1) > width:
        # Wider than the terminal: each row as a block of 'header  value' lines (as psql's
        # expanded display), not columns cut and wrapped into each other.
        label = max(len(h) for h in table.headers)
        for row in table.rows:
            for h, c in zip(table.headers, row, strict=True):
                lines += _expanded_cell(h.ljust(label), c, width, whole=h in table.whole)
            lines.append("")
        if table.more:
            lines.append(f"  {table.more}")
        return [*lines, ""] if table.more else lines

    def line(cells: list[str]) -> str:
        return "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    lines.append(line(table.headers))
    lines.append("  " + "  ".join("-" * w for w in widths))
    lines += [line(row) for row in table.rows]
    if table.more:
        lines.append(f"  {table.more}")
    return [*lines, ""]


def render_text(
    data: ReportData, sections: list[Section], timezone: str, width: int | None = None
) -> str:
    """The plain-text summary; with `width` (a terminal's columns) notes are wrapped to it
    and a table too wide for it is written a row at a time."""
    title = f"YOUR JOB SEARCH, WEEK {data.week.label}"
    lines = [title, "=" * len(title), f"{data.week.span_text()} · times in {timezone}", ""]
    for section in sections:
        lines += [section.title.upper(), "-" * len(section.title), ""]
        for note in section.notes:
            lines += [*(textwrap.wrap(note, width) if width else [note]), ""]
        for table in section.tables:
            lines += _text_table(table, width)
    return "\n".join(lines).rstrip() + "\n"
