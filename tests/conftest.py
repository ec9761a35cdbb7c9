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
