"""`sneaker sql [QUERY]`: query the warehouse read-only, or open DuckDB's own shell."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from typing import Any

import duckdb
from rich.console import Console
from rich.table import Table

from flows.config import Settings
from warehouse.db import connect

MAX_ROWS = 1000


def _cell(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e-3 or abs(value) >= 1e6 else f"{value:,.3f}"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value)


# A column takes at least this much of a line in the row-per-line table: under it, the
# column is shown as a few letters and an ellipsis (`select *` on a mart of ~40 columns
# showed nothing but empty boxes), and each row is printed as a block instead.
MIN_COLUMN = 12


def run_query(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    limit: int = MAX_ROWS,
    width: int | None = None,
) -> Table:
    """Run `query` and return a Rich table of at most `limit` rows: one row a line, or,
    when its columns do not fit `width` (the console's), one block of `column  value`
    lines a row (as psql's expanded display)."""
    result = con.execute(query)
    if result.description is None:
        table = Table(title="(no result)")
        return table
    names = [d[0] for d in result.description]
    rows = result.fetchmany(limit + 1)
    cells = [[_cell(v) for v in row] for row in rows[:limit]]
    if width is not None and _needed_width(names, cells) > width:
        table = Table("column", "value", show_lines=False, header_style="bold")
        for number, row in enumerate(cells, 1):
            if number > 1:
                table.add_section()
            table.add_row(f"[dim]row {number}[/dim]", "")
            for name, cell in zip(names, row, strict=True):
                table.add_row(name, cell)
    else:
        table = Table(*names, show_lines=False, header_style="bold")
        for row in cells:
            table.add_row(*row)
    if len(rows) > limit:
        table.caption = f"first {limit} rows shown; add a LIMIT or write the result with COPY"
    else:
        table.caption = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    return table


def _needed_width(names: list[str], cells: list[list[str]]) -> int:
    """The line a row-per-line table needs: each column as wide as its header and widest
    value, at most MIN_COLUMN (Rich wraps the rest), plus its borders."""
    widths = [len(name) for name in names]
    for row in cells:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    return sum(min(w, MIN_COLUMN) + 3 for w in widths) + 1


def _built(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a build has run in this database (it writes `warehouse_params` first)."""
    found = con.execute(
        "select count(*) from duckdb_tables() where table_name = 'warehouse_params'"
    ).fetchone()
    views = con.execute(
        "select count(*) from duckdb_views() where view_name = 'warehouse_params'"
    ).fetchone()
    return bool((found and found[0]) or (views and views[0]))


def sql_command(settings: Settings, *, query: str | None, out: Console, console: Console) -> None:
    """Print QUERY's result as a table; without QUERY open the `duckdb` shell read-only."""
    path = settings.db_path
    if query is None:
        shell = shutil.which("duckdb")
        if not path.exists():
            raise FileNotFoundError(
                f"No database at {path}: run `sneaker demo`, `sneaker import` or "
                "`sneaker sync` first."
            )
        if shell:
            console.print(f"Opening {path} read-only in the DuckDB shell (.quit to leave).")
            subprocess.run([shell, "-readonly", str(path)], check=False)
            return
        console.print(
            "The `duckdb` shell is not installed. Install it (https://duckdb.org/docs/installation"
            ", e.g. `curl https://install.duckdb.org | sh` or your package manager), or pass a "
            'query: sneaker sql "select * from response_latency_by_channel"\n'
            f"Any DuckDB client can open the file read-only: {path}\n"
            "Tables and views are described in docs/sql.md."
        )
        return
    con = connect(path, read_only=True)
    try:
        try:
            table = run_query(con, query, width=out.width)
        except duckdb.Error as exc:
            # The message names the problem (unknown column, syntax); no data is in it.
            first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            console.print(f"[red]error:[/red] query failed: {first_line}")
            if isinstance(exc, duckdb.CatalogException) and not _built(con):
                # an import or sync stopped before its build: the raw tables only
                console.print(
                    "The warehouse has not been built in this database: run `sneaker build`."
                )
            raise SystemExit(1) from exc
    finally:
        con.close()
    out.print(table)
