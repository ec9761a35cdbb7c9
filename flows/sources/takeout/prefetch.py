"""Run a generator in a background thread, a bounded number of items ahead.

While the consumer stores a batch in DuckDB (which releases the GIL), the next batch
is read and parsed; without this, reading and storing take turns.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
_ITEM, _DONE, _ERROR = range(3)


def prefetched(make: Callable[[], Iterator[T]], depth: int = 2) -> Iterator[T]:
    """Items of `make()`, produced in a thread that runs at most `depth` items ahead.

    The generator is created, run and closed in that thread (a generator cannot be
    closed from another thread while it runs); closing this iterator early stops it.
    """
    slots: queue.Queue[tuple[int, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(kind: int, value: object) -> bool:
        while not stop.is_set():
            try:
                slots.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        source = make()
        try:
            for item in source:
                if not put(_ITEM, item):
                    return
            put(_DONE, None)
        except BaseException as exc:  # handed to the consumer, raised there
            put(_ERROR, exc)
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=run, name="takeout-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = slots.get()
            if kind == _ITEM:
                yield value  # type: ignore[misc]
            elif kind == _DONE:
                return
            else:
                raise value  # type: ignore[misc]
    finally:
        stop.set()
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):
                slots.get(timeout=0.1)
        thread.join()
