"""The `sneaker` command line.

Thin on purpose: each command resolves `Settings`, then calls one function of the
package that owns the work. Heavy imports (Prefect, spaCy) happen inside the commands
that need them, so `sneaker --help`, `classify`, `report` and `sql` never start Prefect.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from flows.config import Settings, load_settings, resolve_home
from warehouse.override_forms import ARGUMENTS, FORMS, typed

app = typer.Typer(
    name="sneaker",
    help="Job Sneaker: what is working in your job search, from your own inbox and calendar.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

HomeOption = Annotated[
    Path | None,
    typer.Option(
        "--home",
        help="Data folder (default: $SNEAKER_HOME, else the platform's user data folder: "
        "~/.local/share/job-sneaker on Linux).",
    ),
]
AccountOption = Annotated[
    str | None,
    typer.Option(
        "--account",
        help="Account name; one DuckDB file per account (default: 'default'; `sneaker demo` "
        "writes 'demo').",
    ),
]


def _settings(ctx: typer.Context) -> Settings:
    return ctx.ensure_object(dict)["settings"]


@app.callback()
def main(ctx: typer.Context, home: HomeOption = None, account: AccountOption = None) -> None:
    """Resolve settings once; every command gets them from the context."""
    try:
        settings = load_settings(resolve_home(home, os.environ), account)
    except (ValueError, OSError) as exc:
        console.print(f"[red]Configuration error:[/red] {exc}")
        raise typer.Exit(2) from exc
    ctx.ensure_object(dict)["settings"] = settings


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error (never a stack trace) and return the exit to raise."""
    console.print(f"[red]error:[/red] {message}")
    return typer.Exit(code)


def _friendly_errors(func):  # type: ignore[no-untyped-def]
    """Known failures become one clear line; anything else still shows its trace."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        from warehouse.db import DatabaseBusy, DatabaseUnreadable

        try:
            return func(*args, **kwargs)
        except (DatabaseBusy, DatabaseUnreadable, FileNotFoundError) as exc:
            message = str(exc)
            if isinstance(exc, FileNotFoundError) and exc.filename:  # Python's own "[Errno 2]"
                message = f"No such file: {exc.filename}"
            hint = _other_accounts_hint(kwargs.get("ctx"))
            raise fail(f"{message}\n{hint}" if hint else message) from exc

    return wrapper


def _other_accounts_hint(ctx: typer.Context | None) -> str | None:
    """When the account has no database but others in the data folder do: which (`sneaker
    demo` writes account 'demo', and `sneaker report` after it reads 'default')."""
    if ctx is None or not isinstance(ctx.obj, dict) or "settings" not in ctx.obj:
        return None
    settings = _settings(ctx)
    if settings.db_path.exists():
        return None
    accounts = sorted(
        p.parent.name
        for p in (settings.home / "accounts").glob("*/sneaker.duckdb")
        if p.parent.name != settings.account
    )
    if not accounts:
        return None
    listed = ", ".join(f"'{a}'" for a in accounts)
    return (
        f"This data folder has a database for account {listed}: add --account {accounts[0]}, "
        f"as in `sneaker --account {accounts[0]} {ctx.invoked_subcommand or ctx.info_name}`."
    )


@app.command()
@_friendly_errors
def demo(
    ctx: typer.Context,
    scale: Annotated[float, typer.Option(help="Mailbox size multiplier (1 = ~8 months).")] = 1.0,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same mail.")] = 7,
) -> None:
    """Generate a job search, import it, classify, model and summarize it (offline)."""
    from flows.demo_run import run_demo

    run_demo(_settings(ctx), scale=scale, seed=seed, console=console, out=out)


@app.command("import")
@_friendly_errors
def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path], typer.Argument(help="Takeout .mbox, .ics, .eml files or folders of them.")
    ],
) -> None:
    """Import Google Takeout files, then extract, rebuild the warehouse and the report."""
    from flows.pipeline import run_pipeline_cli

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"no such file or folder: {', '.join(missing)}")
    nothing = _nothing_to_import(paths)
    if nothing:
        raise fail(nothing)
    run_pipeline_cli(_settings(ctx), paths=paths, console=console)


# What Google Takeout delivers its export in: to be unpacked before an import.
_ARCHIVES = (".zip", ".tgz", ".tar", ".gz")


def _nothing_to_import(paths: list[Path]) -> str | None:
    """Why `paths` hold nothing to import (no .mbox, .eml or .ics file in them), else None:
    said before Prefect starts (~20-60 s) rather than after an empty import."""
    from flows.sources.takeout.paths import expand, kind_of

    if any(kind_of(path) for path in expand(paths)):
        return None
    archives = [
        path.name
        for given in paths
        for path in (sorted(given.rglob("*")) if given.is_dir() else [given])
        if path.is_file() and path.name.lower().endswith(_ARCHIVES)
    ]
    where = ", ".join(str(p) for p in paths)
    if archives:
        return (
            f"nothing to import in {where}: {', '.join(archives[:3])} "
            f"{'is a Takeout archive' if len(archives) == 1 else 'are Takeout archives'}; "
            "unpack it first and import the folder it gives (Takeout/Mail, Takeout/Calendar)."
        )
    return f"nothing to import in {where}: no .mbox, .eml or .ics file."


@app.command()
@_friendly_errors
def classify(
    input_file: Annotated[
        str, typer.Argument(metavar="[FILE|-]", help="JSON Lines of messages; - for stdin.")
    ] = "-",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSON Lines here (default stdout).")
    ] = None,
) -> None:
    """Classify messages given as JSON Lines (id, from, date, subject, body).

    Give them oldest first, as the sync and import flows read them:
    a short reply ("Sounds good") takes the kind of its thread's earlier mail
    only if that came before it (or in its batch of 256 lines), among the last
    4,096 threads, so memory stays flat. Out of date order, a thread's mail
    far apart loses that context; classify counts such mail on stderr.
    """
    from extractors.cli_io import classify_jsonl

    if input_file == "-" and sys.stdin.isatty():
        # else `sneaker classify` alone sits waiting with nothing on the screen
        console.print(
            "Reading JSON Lines from the terminal (Ctrl-D ends); give a FILE to read one.",
            highlight=False,
        )
    source = sys.stdin if input_file == "-" else open(input_file, encoding="utf-8")  # noqa: SIM115
    sink = sys.stdout if output is None else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        classify_jsonl(source, sink, console=console)
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()


@app.command("eval")
@_friendly_errors
def eval_(
    labeled_file: Annotated[Path, typer.Argument(help="Labeled JSON Lines (classify format).")],
) -> None:
    """Precision, recall, F1 per kind, the confusion matrix, company and role accuracy."""
    from extractors.evaluate import evaluate_file

    evaluate_file(labeled_file, out=out, console=console)


@app.command()
@_friendly_errors
def build(ctx: typer.Context) -> None:
    """Extract new messages and rebuild the warehouse and report (no Prefect needed)."""
    from flows.progress_display import progress_display
    from flows.steps import process

    settings = _settings(ctx)
    if not settings.db_path.exists():
        raise FileNotFoundError(
            f"No database at {settings.db_path}: run `sneaker demo`, `sneaker import` or "
            "`sneaker sync` first."
        )
    settings = settings.ensure_dirs()
    with progress_display(console):
        result = process(settings)
    console.print(f"Rebuilt {len(result['tables'])} tables. Report: {result['report']}")


@app.command()
@_friendly_errors
def report(
    ctx: typer.Context,
    week: Annotated[
        str | None,
        typer.Option(
            help="ISO week, e.g. 2026-W47 (default: the week of the newest mail, so far). "
            "Follow-ups and upcoming interviews are as of the newest mail whatever the week."
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="html, md or text.")] = "text",
    output: Annotated[Path | None, typer.Option(help="Write the report to this file.")] = None,
) -> None:
    """The weekly summary: actions first, then what is working."""
    from warehouse.report.cli import report_command

    report_command(_settings(ctx), week=week, fmt=fmt, output=output, out=out, console=console)


@app.command()
@_friendly_errors
def sql(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Argument(help="SQL to run; none opens the DuckDB shell.")
    ] = None,
) -> None:
    """Query the warehouse: runs QUERY and prints a table, or opens DuckDB's shell."""
    from warehouse.sql_command import sql_command

    sql_command(_settings(ctx), query=query, out=out, console=console)


@app.command()
@_friendly_errors
def auth(
    ctx: typer.Context,
    client_secret: Annotated[
        Path | None, typer.Option(help="Your OAuth client JSON (see docs/google-setup.md).")
    ] = None,
) -> None:
    """Sign in to Google with read-only Gmail and Calendar access."""
    from flows.sources.google_auth import auth_command

    auth_command(_settings(ctx), client_secret=client_secret, console=console)


@app.command()
@_friendly_errors
def sync(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            help="First (full) sync only: mail and events from this date on, YYYY-MM-DD; later "
            "syncs fetch everything new."
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            help="First (full) sync only: a Gmail search that limits what is fetched, e.g. "
            "'label:jobs'."
        ),
    ] = None,
    api_endpoint: Annotated[
        str | None,
        typer.Option(
            envvar="SNEAKER_GOOGLE_API_ENDPOINT",
            help="Root URL of a loopback fake Google server (tests/fakes), instead of Google.",
        ),
    ] = None,
) -> None:
    """Fetch new Gmail messages and Calendar events, then extract and rebuild."""
    from flows.sync import sync_command

    sync_command(
        _settings(ctx), since=since, query=query, console=console, api_endpoint=api_endpoint
    )


@app.command()
@_friendly_errors
def schedule(
    ctx: typer.Context,
    status: Annotated[
        bool, typer.Option("--status", help="Show deployments and next runs.")
    ] = False,
) -> None:
    """Deploy the hourly sync and Monday report to a local Prefect server."""
    from flows.schedule import schedule_command

    schedule_command(_settings(ctx), status=status, console=console)


@app.command()
@_friendly_errors
def backup(
    ctx: typer.Context,
    destination: Annotated[Path, typer.Argument(help="Folder or .duckdb file to write.")],
) -> None:
    """Write a consistent copy of the database."""
    from warehouse.backup import backup_command

    backup_command(_settings(ctx), destination, console=console)


@app.command()
@_friendly_errors
def compare(
    ctx: typer.Context,
    accounts: Annotated[
        list[str] | None, typer.Argument(help="Accounts to compare (default: every account).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option(help="Also write the per-account rows to a .csv or .parquet.")
    ] = None,
) -> None:
    """Channel figures across accounts, read from each account's own DuckDB file."""
    from warehouse.report.compare import compare_command

    compare_command(_settings(ctx), accounts=accounts, output=output, out=out, console=console)


@app.command()
@_friendly_errors
def override(
    ctx: typer.Context,
    action: Annotated[
        str,
        typer.Argument(help="list, " + ", ".join(map(typed, ARGUMENTS)) + "."),
    ] = "list",
    args: Annotated[
        list[str] | None,
        typer.Argument(help=FORMS),
    ] = None,
    note: Annotated[str | None, typer.Option(help="Why; kept with the override.")] = None,
) -> None:
    """Correct an opportunity's channel, merge or split opportunities, attach an unlinked
    event or message to one, set the kind of a misread message (kept across rebuilds)."""
    from warehouse.overrides import override_command

    override_command(
        _settings(ctx), action=action, args=args or [], note=note, out=out, console=console
    )


if __name__ == "__main__":
    app()
