"""Google Takeout readers: mbox (streaming), .eml files and folders, Calendar .ics.

Readers yield plain `RawMessage` / `RawEvent` records, or `Quarantined` for input they
cannot read; they never touch the database (see `load.py` for batching into DuckDB).
"""

from flows.sources.takeout.eml import read_eml
from flows.sources.takeout.ics import read_ics
from flows.sources.takeout.mbox import read_mbox, split_mbox
from flows.sources.takeout.mime import UnreadableMessage, parse_message_bytes
from flows.sources.takeout.paths import iter_paths

__all__ = [
    "UnreadableMessage",
    "iter_paths",
    "parse_message_bytes",
    "read_eml",
    "read_ics",
    "read_mbox",
    "split_mbox",
]
