"""A Takeout import that SIGKILLs itself at its N-th database statement (test helper).

    python -m tests.hardening.import_child DB N before|after BATCH_SIZE PATH...

N = 0 runs to the end and prints the number of statements executed, so the test can
pick kill points among them. Every statement, schema creation included, goes through
the counting proxy, so kill points fall inside transactions, between them, and on
commits.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from flows.config import Settings
from flows.sources.takeout.load import import_paths
from tests.killing import KillingConnection
from warehouse.schema import ensure_schema


def main(argv: list[str]) -> int:
    db, kill_at, mode, batch_size, *paths = argv
    settings = Settings(home=Path(db).parent, batch_size=int(batch_size))
    con = KillingConnection(duckdb.connect(db), int(kill_at), mode == "after")
    ensure_schema(con)  # type: ignore[arg-type]
    import_paths(con, [Path(p) for p in paths], settings=settings)  # type: ignore[arg-type]
    con.close()
    print(con.count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
