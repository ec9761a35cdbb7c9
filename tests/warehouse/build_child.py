"""A warehouse build that SIGKILLs itself at its N-th database statement (test helper).

    python -m tests.warehouse.build_child DB N before|after

N = 0 runs to the end and prints the number of statements executed and the number of
the swap's `commit`, so the test can pick kill points among them: in the steps, inside
the swap's transaction, and on its commit.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import duckdb

from tests.warehouse.scenario import settings
from warehouse.build import build_warehouse


class KillingConnection:
    def __init__(self, con: duckdb.DuckDBPyConnection, kill_at: int, after: bool) -> None:
        self._con, self._kill_at, self._after = con, kill_at, after
        self.count = self.last_commit = 0

    def execute(self, sql: str, *args: Any, **kwargs: Any) -> Any:
        self.count += 1
        if sql == "commit":
            self.last_commit = self.count
        if self.count == self._kill_at and not self._after:
            os.kill(os.getpid(), signal.SIGKILL)
        result = self._con.execute(sql, *args, **kwargs)
        if self.count == self._kill_at and self._after:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def main(argv: list[str]) -> int:
    db, kill_at, mode = argv
    con = KillingConnection(duckdb.connect(db), int(kill_at), mode == "after")
    build_warehouse(con, settings())  # type: ignore[arg-type]
    con.close()
    print(con.count, con.last_commit)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
