"""The user's corrections: set an opportunity's channel, merge two, split a message out,
attach an unlinked event or message to one, set the kind of a misread message.

They live in the `overrides` table, which no rebuild touches; every build applies them
(`warehouse.linking` for merge/split/attach, `core/opportunity_channels.sql` for
set_channel, `core/int_messages.sql` for set_kind).
"""

from __future__ import annotations

from typing import Any

import duckdb
from rich.console import Console

from flows.config import Settings
from flows.sources.records import KINDS
from warehouse.channels import CHANNELS
from warehouse.override_forms import ACTIONS, ARGUMENTS, FORMS, form


def add_override(
    con: duckdb.DuckDBPyConnection,
    action: str,
    opportunity_id: str | None,
    *,
    other_id: str | None = None,
    value: str | None = None,
    note: str | None = None,
) -> int:
    """Record one correction and return its id; takes effect at the next build.

    - set_channel: `value` is one of the seven channels;
    - merge: `other_id` is the opportunity merged into `opportunity_id`;
    - split: `other_id` is the message_id (or event_id) taken out into its own opportunity;
    - attach: `other_id` is the event_id (or message_id) of an item in no opportunity (an
      interview event far from every mail) joined to `opportunity_id`;
    - set_kind: `other_id` is a message_id and `value` its kind (one of KINDS);
      `opportunity_id` is not used (None): the message's links follow from its new kind.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    if action == "set_channel" and value not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {value!r}")
    if action == "set_kind" and value not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {value!r}")
    if action in {"merge", "split", "attach", "set_kind"} and not other_id:
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


def _item_known(con: duckdb.DuckDBPyConnection, item_id: str, *, events: bool = True) -> bool:
    """Whether a built warehouse knows `item_id` as a message (or, with `events`, an
    event); True before the first build: there is nothing to check it against."""
    built = {
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables "
            "where table_name in ('int_messages', 'int_events')"
        ).fetchall()
    }
    if len(built) < 2:
        return True
    row = con.execute(
        "select exists (select 1 from int_messages where message_id = $id) "
        "or ($events and exists (select 1 from int_events where event_id = $id))",
        {"id": item_id, "events": events},
    ).fetchone()
    return bool(row and row[0])


# The usage line, the argument counts and the "No overrides yet" hint are all made from
# override_forms.ARGUMENTS (as is the CLI's help), so a new action cannot be missing from one.
_USAGE = "usage: sneaker override list | " + FORMS


def override_command(
    settings: Settings,
    *,
    action: str,
    args: list[str],
    note: str | None,
    out: Console,
    console: Console,
) -> None:
    """`sneaker override`: record a correction, rebuild the warehouse so it shows at once."""
    from rich.table import Table

    from flows.progress_display import print_commands
    from warehouse.build import build_warehouse
    from warehouse.db import open_db

    action = action.replace("-", "_")
    expected = {"list": 0} | {name: len(names) for name, names in ARGUMENTS.items()}
    if action not in expected or len(args) != expected[action]:
        console.print(f"[red]error:[/red] {_USAGE}")
        raise SystemExit(2)
    if action == "list":
        with open_db(settings.db_path, read_only=True) as con:
            overrides = list_overrides(con)
            if not overrides:
                # an empty table's frame said nothing of what the command is for; each
                # command alone on its line: with attach named, Rich wrapped the sentence
                # inside the sql command, and a copied half-command does not run
                print_commands(
                    console,
                    "No overrides yet. Add one with:",
                    [f"sneaker override {form(a)}" for a in ARGUMENTS if a != "remove"],
                )
                print_commands(
                    console,
                    "The ids are in:",
                    [
                        'sneaker sql "select opportunity_id, employer_name, role_name, '
                        'channel from opportunities"'
                    ],
                )
                return
            table = Table("id", "action", "opportunity", "other", "value", "note", "created")
            for o in overrides:
                table.add_row(
                    *(
                        str(o[k]) if o[k] is not None else ""
                        for k in (
                            "override_id",
                            "action",
                            "opportunity_id",
                            "other_id",
                            "value",
                            "note",
                            "created_at",
                        )
                    )
                )
        out.print(table)
        return
    with open_db(settings.db_path) as con:
        try:
            if action == "remove":
                if not remove_override(con, int(args[0])):
                    console.print(f"[red]error:[/red] no override {args[0]}")
                    raise SystemExit(1)
                console.print(f"Removed override {args[0]}.")
            elif action == "set_kind":
                if not _item_known(con, args[0], events=False):
                    console.print(f"[red]error:[/red] no message {args[0]}")
                    raise SystemExit(1)
                number = add_override(con, action, None, other_id=args[0], value=args[1], note=note)
                console.print(f"Recorded override {number} ({action}).")
            else:
                known = con.execute(
                    "select count(*) from information_schema.tables "
                    "where table_name = 'opportunities'"
                ).fetchone()
                if known and known[0]:
                    found = con.execute(
                        "select count(*) from opportunities where opportunity_id = ?", [args[0]]
                    ).fetchone()
                    if not found or not found[0]:
                        console.print(f"[red]error:[/red] no opportunity {args[0]}")
                        raise SystemExit(1)
                if action == "attach" and not _item_known(con, args[1]):
                    console.print(f"[red]error:[/red] no message or event {args[1]}")
                    raise SystemExit(1)
                value = args[1] if action == "set_channel" else None
                other = args[1] if action in {"merge", "split", "attach"} else None
                number = add_override(con, action, args[0], other_id=other, value=value, note=note)
                console.print(f"Recorded override {number} ({action}).")
        except ValueError as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise SystemExit(2) from exc
        counts = build_warehouse(con, settings)
    console.print(f"Warehouse rebuilt: {counts.get('opportunities', 0)} opportunities.")
