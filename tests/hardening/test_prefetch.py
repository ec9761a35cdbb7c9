"""The reading thread: same items in order, errors raised to the caller, stops early."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from flows.sources.takeout.prefetch import prefetched


def test_items_in_order() -> None:
    assert list(prefetched(lambda: iter(range(1000)), depth=3)) == list(range(1000))


def test_error_reaches_the_caller_after_the_items_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("broken input")

    seen = []
    with pytest.raises(ValueError, match="broken input"):
        for item in prefetched(failing):
            seen.append(item)
    assert seen == [1, 2]


def test_closing_early_stops_and_closes_the_source() -> None:
    closed = threading.Event()

    def endless() -> Iterator[int]:
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.set()

    items = prefetched(endless, depth=2)
    assert [next(items) for _ in range(5)] == [0, 1, 2, 3, 4]
    items.close()  # type: ignore[attr-defined]
    assert closed.wait(5)
    assert not [t for t in threading.enumerate() if t.name == "takeout-prefetch"]
