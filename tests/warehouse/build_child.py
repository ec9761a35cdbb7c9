"""A warehouse build that SIGKILLs itself at its N-th database statement (test helper).

    python -m tests.warehouse.build_child DB N before|after

N = 0 runs to the end and prints the number of statements executed and the number of
the swap's `commit`, so the test can pick kill points among them: in the steps, inside
the swap's transaction, and on its commit.
"""

from __future__ import annotations

import sys

import duckdb

from tests.killing import KillingConnection
from tests.warehouse.scenario import settings
from warehouse.build import build_warehouse


def main(argv: list[str]) -> int:
    db, kill_at, mode = argv
    con = KillingConnection(duckdb.connect(db), int(kill_at), mode == "after")
    build_warehouse(con, settings())  # type: ignore[arg-type]
    con.close()
    print(con.count, con.last_commit)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
