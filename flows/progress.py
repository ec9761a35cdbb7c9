"""Progress reporting that flows and tasks can call without knowing who listens.

The CLI installs a Rich progress display; under a scheduled run nobody listens and the
calls cost nothing. A module-level hook rather than a context variable, because Prefect
may run a task in another thread of the same process.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str, int, int | None], None]
_listener: Listener | None = None


def set_listener(listener: Listener | None) -> None:
    """Install (or remove, with None) the function told of progress."""
    global _listener
    _listener = listener


def advance(stage: str, done: int, total: int | None = None) -> None:
    """Report `done` more items of `stage` (with the stage's total when known)."""
    if _listener is not None:
        _listener(stage, done, total)
