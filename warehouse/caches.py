"""Emptying the memoized helpers' bounded caches, so that memory stays flat in the mailbox size."""

from __future__ import annotations

import sys


def clear_bounded_caches(*packages: str) -> None:
    """Empty every bounded `functools.lru_cache` named at module level in these packages
    (defined there or imported: `warehouse.linking.items` names `extractors.relays`' helpers).

    Their keys are strings of the mail read (names, domains, addresses): on a big mailbox
    they fill and pin heap arenas long after the work that filled them. The helpers are
    pure, so the next call refills them with the same values. Unbounded caches are kept:
    one of them (extractors.pipeline._load) holds the loaded pipeline."""
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(f"{p}.") for p in packages):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                value.cache_clear()
