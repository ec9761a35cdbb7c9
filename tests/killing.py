"""A DuckDB connection that SIGKILLs its process at its N-th statement (for the crash
tests' child processes: tests/warehouse/build_child.py, tests/hardening/import_child.py)."""

from __future__ import annotations

import os
import signal
from typing import Any

import duckdb


class KillingConnection:
    """Counts the statements run through it and kills the process before (or, with
    `after`, just after) statement `kill_at`; 0 never kills. `last_commit` is the number
    of the last `commit` run."""

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
