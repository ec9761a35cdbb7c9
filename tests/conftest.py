"""Shared fixtures. Prefect's test harness is session-wide and only started on demand."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.prefect_env import apply_prefect_defaults

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO_ROOT.parent / "shared" / "corpus"

apply_prefect_defaults(os.environ)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `weights` retrain a learned part on all 26k training mails (minutes
    each): run only with SNEAKER_CHECK_WEIGHTS=1 (`make check-weights`, after a retrain).
    The suite checks the same weights by their fingerprints (extractors.fingerprint)."""
    if os.environ.get("SNEAKER_CHECK_WEIGHTS") == "1":
        return
    skip = pytest.mark.skip(reason="full retrain: SNEAKER_CHECK_WEIGHTS=1 (make check-weights)")
    for item in items:
        if item.get_closest_marker("weights") is not None:
            item.add_marker(skip)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Under `--dist loadgroup` (make test) a pytest-xdist worker tells the scheduler a
    test's xdist_group by a suffix on its id; pytest 9.2 ignores the id xdist 3.8 rewrites
    (pytest-xdist issue 1386), so a group's tests spread over both workers and each makes
    the shared training pass (4 GB, minutes) for itself. Fail them before their fixtures."""
    if (
        getattr(item.config.option, "loadgroup", False)  # (set only in an xdist worker)
        and item.get_closest_marker("xdist_group") is not None
        and "@" not in item.nodeid
    ):
        pytest.fail(
            "pytest-xdist lost this test's xdist_group (the id has no @group): this pytest "
            "and pytest-xdist do not group; see the pin in pyproject.toml",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session (about 20 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def sneaker_home(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    home = tmp_path / "sneaker-home"
    home.mkdir()
    return home
