import functools
import sys
import types

import pytest

from warehouse.caches import bounded_cache_entries, clear_bounded_caches


def _module_with_caches(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.bounded = functools.lru_cache(maxsize=16)(str.lower)
    module.unbounded = functools.cache(str.upper)
    module.bounded("A"), module.unbounded("a")
    return module


def test_bounded_caches_of_the_named_packages_are_emptied_and_unbounded_ones_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inside = _module_with_caches("cachepkg.helpers")
    lookalike = _module_with_caches("cachepkgs.helpers")  # another package, a longer name
    monkeypatch.setitem(sys.modules, "cachepkg.helpers", inside)
    monkeypatch.setitem(sys.modules, "cachepkgs.helpers", lookalike)

    clear_bounded_caches("cachepkg")

    sizes = [
        (m.bounded.cache_info().currsize, m.unbounded.cache_info().currsize)
        for m in (inside, lookalike)
    ]
    assert sizes == [(0, 1), (1, 1)]


def test_entries_are_counted_once_per_cache_however_many_modules_name_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    helpers = _module_with_caches("cachepkg.helpers")
    helpers.bounded("B")
    user = types.ModuleType("cachepkg.user")
    user.bounded = helpers.bounded  # imported by another module of the package
    monkeypatch.setitem(sys.modules, "cachepkg.helpers", helpers)
    monkeypatch.setitem(sys.modules, "cachepkg.user", user)

    assert bounded_cache_entries("cachepkg") == 2  # "A" and "B"; the unbounded one not counted
