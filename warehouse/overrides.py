"""The user's corrections: set an opportunity's channel, merge two, split a message out.

They live in the `overrides` table, which no rebuild touches; every build applies them
(`warehouse.linking` for merge/split, `core/opportunity_channels.sql` for set_channel).
"""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.channels import CHANNELS

ACTIONS = ("set_channel", "merge", "split")


def add_override(
    con: duckdb.DuckDBPyConnection,
    action: str,
    opportunity_id: str,
    *,
    other_id: str | None = None,
    value: str | None = None,
    note: str | None = None,
) -> int:
    """Record one correction and return its id; takes effect at the next build.

    - set_channel: `value` is one of the seven channels;
    - merge: `other_id` is the opportunity merged into `opportunity_id`;
    - split: `other_id` is the message_id (or event_id) taken out into its own opportunity.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    if action == "set_channel" and value not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {value!r}")
    if action in {"merge", "split"} and not other_id:
        raise ValueError(f"{action} needs other_id")
    if action == "merge" and other_id == opportunity_id:
        raise ValueError("cannot merge an opportunity into itself")
    row = con.execute("select coalesce(max(override_id), 0) + 1 from overrides").fetchone()
    override_id = int(row[0]) if row else 1
    con.execute(
        """
        insert into overrides (override_id, action, opportunity_key, other_key, value, note)
        values (?, ?, ?, ?, ?, ?)
        """,
        [override_id, action, opportunity_id, other_id, value, note],
    )
    return override_id


def list_overrides(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    result = con.execute(
        """
        select override_id, action, opportunity_key as opportunity_id, other_key as other_id,
               value, note, created_at
        from overrides order by override_id
        """
    )
    names = [d[0] for d in result.description]
    return [dict(zip(names, r, strict=True)) for r in result.fetchall()]


def remove_override(con: duckdb.DuckDBPyConnection, override_id: int) -> bool:
    """Delete one override; True if it existed."""
    row = con.execute(
        "delete from overrides where override_id = ? returning override_id", [override_id]
    ).fetchone()
    return row is not None
