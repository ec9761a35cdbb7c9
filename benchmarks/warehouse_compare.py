"""Whether two warehouse builds made the same tables: each table's row count and a digest
of its rows, sorted, for a change meant to alter how the build runs and not what it makes.

    python -m benchmarks.warehouse_compare DB --build --out before.json   # old code
    python -m benchmarks.warehouse_compare DB --build --against before.json  # new code

`--build` rebuilds the warehouse of a copy of DB first (DB itself is left as it is; the
time zone is the demo's, America/Chicago, and the candidate's addresses are those of the
mail marked as sent by them), with `now` fixed at the newest message's time as a build
sets it by default. Every table and view of `main` is read except the raw ones' copies
that the build does not touch; `warehouse_params.built_at` (the clock) is left out.
Prints the tables that differ and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb

# Columns that differ on every build by design.
CLOCK_COLUMNS = {("warehouse_params", "built_at")}


def digests(con: duckdb.DuckDBPyConnection) -> dict[str, list[object]]:
    """{table: [row count, md5 of its rows as text, sorted]} for every table and view of
    `main` (the warehouse's views included)."""
    names = [
        row[0]
        for row in con.execute(
            "select table_name from information_schema.tables "
            "where table_catalog = current_database() and table_schema = 'main' "
            "order by table_name"
        ).fetchall()
    ]
    found: dict[str, list[object]] = {}
    for name in names:
        columns = [
            row[0]
            for row in con.execute(
                "select column_name from information_schema.columns "
                "where table_catalog = current_database() and table_schema = 'main' "
                "and table_name = ? order by ordinal_position",
                [name],
            ).fetchall()
            if (name, row[0]) not in CLOCK_COLUMNS
        ]
        row_text = "cast(row(" + ", ".join(f'"{c}"' for c in columns) + ") as varchar)"
        count, digest = con.execute(
            f"select count(*), md5(coalesce(string_agg(r, chr(10) order by r), '')) "
            f'from (select {row_text} as r from main."{name}")'
        ).fetchall()[0]
        found[name] = [int(count), str(digest)]
    return found


def _build(path: Path) -> None:
    from flows.config import Settings
    from warehouse.build import build_warehouse

    con = duckdb.connect(str(path))
    try:
        me = tuple(
            r[0]
            for r in con.execute(
                "select distinct lower(from_addr) from raw_messages where is_from_me"
            ).fetchall()
        )
        settings = Settings(home=path.parent, timezone="America/Chicago", my_addresses=me)
        build_warehouse(con, settings)
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--build", action="store_true", help="rebuild a copy of DB first")
    parser.add_argument("--out", type=Path, help="write the digests here (JSON)")
    parser.add_argument("--against", type=Path, help="compare with digests written before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if args.build:
            path = Path(tmp) / "copy.duckdb"
            shutil.copy(args.db, path)
            _build(path)
        con = duckdb.connect(str(path), read_only=True)
        try:
            found = digests(con)
        finally:
            con.close()
    print(f"{len(found)} tables and views, {sum(int(c) for c, _ in found.values()):,} rows")
    if args.out:
        args.out.write_text(json.dumps(found, indent=1, sort_keys=True))
    if args.against:
        before = json.loads(args.against.read_text())
        differ = sorted(
            name for name in before.keys() | found.keys() if before.get(name) != found.get(name)
        )
        for name in differ:
            print(f"differs: {name}: {before.get(name)} -> {found.get(name)}")
        print("the same rows in every table" if not differ else f"{len(differ)} differ")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
