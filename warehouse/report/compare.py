"""`sneaker compare`: channel figures across accounts, from the per-account DuckDB files.

For a coach or an outplacement firm running one account per client: DuckDB attaches
each account's file read-only and unions its `response_latency_by_channel` mart, so the
comparison needs no export step and no server. Rates are pooled (sums of counts over
sums of opportunities); Kaplan–Meier figures are per account and are not pooled.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
from rich.console import Console
from rich.table import Table

from flows.config import Settings

PER_ACCOUNT_COLUMNS = (
    "channel", "channel_precedence", "n", "responded", "response_rate", "interviewed",
    "interview_rate", "offered", "offer_rate", "ghosted", "median_response_business_days",
    "km_answer_14d",
)  # fmt: skip


def account_files(home: Path, accounts: Sequence[str] | None = None) -> dict[str, Path]:
    """Each account's database under `<home>/accounts/`, by account name."""
    root = home / "accounts"
    if accounts:
        names = list(accounts)
    else:
        names = sorted(p.name for p in root.iterdir() if p.is_dir()) if root.exists() else []
    files = {name: root / name / "sneaker.duckdb" for name in names}
    missing = [name for name, path in files.items() if not path.exists()]
    if accounts and missing:
        raise FileNotFoundError(f"no database for account(s) {', '.join(missing)} in {root}")
    return {name: path for name, path in files.items() if path.exists()}


def attach_accounts(
    con: duckdb.DuckDBPyConnection, files: dict[str, Path]
) -> tuple[list[str], dict[str, str]]:
    """Attach each file read-only and create the `per_account` view; returns what failed."""
    selects, skipped = [], {}
    for i, (name, path) in enumerate(sorted(files.items())):
        alias = f"account_{i}"
        try:
            con.execute(f"attach {_literal(str(path))} as {alias} (read_only)")
            con.execute(f"select 1 from {alias}.response_latency_by_channel limit 1")
        except duckdb.Error as exc:
            skipped[name] = str(exc).splitlines()[0]
            continue
        columns = ", ".join(PER_ACCOUNT_COLUMNS)
        selects.append(
            f"select {_literal(name)} as account, {columns} "
            f"from {alias}.response_latency_by_channel"
        )
    attached = [name for name in sorted(files) if name not in skipped]
    if selects:
        con.execute("create or replace temp view per_account as " + " union all ".join(selects))
    return attached, skipped


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


POOLED_SQL = """
select
    channel,
    count(*) filter (where n > 0) as accounts,
    sum(n) as n,
    sum(responded) as responded,
    sum(responded) / nullif(sum(n), 0) as response_rate,
    min(response_rate) as min_account_response_rate,
    max(response_rate) as max_account_response_rate,
    sum(interviewed) / nullif(sum(n), 0) as interview_rate,
    sum(offered) / nullif(sum(n), 0) as offer_rate,
    sum(ghosted) as ghosted
from per_account
group by channel
order by min(channel_precedence)
"""


def compare_accounts(home: Path, accounts: Sequence[str] | None = None) -> dict[str, Any]:
    """Pooled and per-account channel rows for the accounts under `home`."""
    files = account_files(home, accounts)
    with duckdb.connect() as con:
        attached, skipped = attach_accounts(con, files)
        if not attached:
            return {"accounts": [], "skipped": skipped, "pooled": [], "per_account": []}
        pooled = _rows(con, POOLED_SQL)
        per_account = _rows(con, "select * from per_account order by account, channel_precedence")
    return {"accounts": attached, "skipped": skipped, "pooled": pooled, "per_account": per_account}


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    result = con.execute(sql)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def _pct(value: Any) -> str:
    return "—" if value is None else f"{float(value):.0%}"


def _range(low: Any, high: Any) -> str:
    return "—" if low is None else f"{_pct(low)}–{_pct(high)}"


def compare_command(
    settings: Settings,
    *,
    accounts: Sequence[str] | None,
    output: Path | None,
    out: Console,
    console: Console,
) -> dict[str, Any]:
    """Print the pooled channel table; `--output x.csv|x.parquet` writes the per-account rows."""
    result = compare_accounts(settings.home, accounts)
    for name, reason in result["skipped"].items():
        console.print(f"[yellow]skipped[/yellow] account {name}: {reason}")
    if not result["accounts"]:
        console.print(f"No account databases to compare under {settings.home / 'accounts'}.")
        return result
    count = len(result["accounts"])
    table = Table(title=f"Channels across {count} account{'' if count == 1 else 's'} (pooled)")
    for column in ("channel", "accounts", "n", "answered", "response rate",
                   "range over accounts", "interview rate", "offer rate", "ghosted"):  # fmt: skip
        table.add_column(column, justify="left" if column == "channel" else "right")
    for row in result["pooled"]:
        table.add_row(
            row["channel"].replace("_", " "),
            str(row["accounts"]),
            str(row["n"]),
            str(row["responded"]),
            _pct(row["response_rate"]),
            _range(row["min_account_response_rate"], row["max_account_response_rate"]),
            _pct(row["interview_rate"]),
            _pct(row["offer_rate"]),
            str(row["ghosted"]),
        )
    out.print(table)
    if output is not None:
        _write(result["per_account"], output)
        console.print(f"Per-account rows written to {output}")
    return result


def _write(rows: list[dict[str, Any]], output: Path) -> None:
    import pyarrow as pa

    if output.suffix not in {".csv", ".parquet"}:
        raise ValueError(f"--output must end in .csv or .parquet, not {output.name!r}")
    output.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect() as con:
        con.register("rows_out", pa.Table.from_pylist(rows))
        fmt = "format csv, header" if output.suffix == ".csv" else "format parquet"
        con.execute(f"copy rows_out to {_literal(str(output))} ({fmt})")
