"""Holds a Job Sneaker database open until stdin closes (test helper).

python -m tests.hardening.holder DB [--read-only]
"""

from __future__ import annotations

import sys

from warehouse.db import connect

if __name__ == "__main__":
    read_only = "--read-only" in sys.argv
    con = connect(sys.argv[1], read_only=read_only)
    if not read_only:
        con.execute("insert into sync_state (account, stream, cursor) values ('a', 'held', '1')")
    print("ready", flush=True)
    sys.stdin.read()
    con.close()
