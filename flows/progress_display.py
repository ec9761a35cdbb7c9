"""A Rich progress display for the CLI, fed by `flows.progress`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from flows import progress


def print_path(console: Console, label: str, path: object) -> None:
    """`label`, then `path` alone on the next line, never broken: Rich wrapped a long line
    before the path and inside it, so a copied path no longer pointed anywhere. Markup is
    off because a path may hold `[`."""
    print_lines(console, label, [str(path)])


def print_lines(console: Console, label: str, lines: list[str]) -> None:
    """`label`, then each line indented on its own, never wrapped and read as plain text."""
    console.print(label, highlight=False)
    for line in lines:
        console.print(f"  {line}", soft_wrap=True, markup=False, highlight=False)


def print_commands(console: Console, label: str, commands: list[str]) -> None:
    """`label`, then each command alone on its line, never broken, as `print_path` does
    for a path: Rich wrapped "Try: sneaker … report, sneaker … sql …" in the middle of a
    command on a narrow terminal, and a copied half-command does not run."""
    print_lines(console, label, commands)


LABELS = {
    "generate": "Writing the demo's mail",
    "import": "Importing mail and calendar",
    "extract": "Extracting facts",
    "build": "Building the warehouse",
    "report": "Writing the report",
    "sync": "Fetching Gmail messages",
}


@contextmanager
def progress_display(console: Console) -> Iterator[Progress]:
    """Show one bar per stage while the body runs."""
    bars = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )
    tasks: dict[str, TaskID] = {}

    def listen(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            # The stages run one after another: one whose total was never known (the
            # import counts what it reads) is done when the next starts, and would
            # otherwise spin and count time under every later bar.
            for earlier in tasks.values():
                bar = bars.tasks[earlier]
                if bar.total is None:
                    bars.update(earlier, total=bar.completed)
            tasks[stage] = bars.add_task(LABELS.get(stage, stage), total=total)
        elif total is not None:
            bars.update(tasks[stage], total=total)
        bars.advance(tasks[stage], done)

    progress.set_listener(listen)
    try:
        with bars:
            yield bars
    finally:
        progress.set_listener(None)
