"""Emptying the memoized helpers' bounded caches, so that memory stays flat in the mailbox size."""

from __future__ import annotations

import sys
from typing import Any


def _bounded_caches(packages: tuple[str, ...]) -> list[Any]:
    """Every bounded `functools.lru_cache` named at module level in these packages (defined
    there or imported), each once: a helper imported by several modules is one cache."""
    found: dict[int, Any] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(f"{p}.") for p in packages):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                found[id(value)] = value
    return list(found.values())


def clear_bounded_caches(*packages: str) -> None:
    """Empty every bounded `functools.lru_cache` named at module level in these packages
    (defined there or imported: `warehouse.linking.items` names `extractors.relays`' helpers).

    Their keys are strings of the mail read (names, domains, addresses): on a big mailbox
    they fill and pin heap arenas long after the work that filled them. The helpers are
    pure, so the next call refills them with the same values. Unbounded caches are kept:
    one of them (extractors.pipeline._load) holds the loaded pipeline."""
    for cache in _bounded_caches(packages):
        cache.cache_clear()


def bounded_cache_entries(*packages: str) -> int:
    """How many entries the bounded lru caches of these packages hold in all."""
    return sum(cache.cache_info().currsize for cache in _bounded_caches(packages))
