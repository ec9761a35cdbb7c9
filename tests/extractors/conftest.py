"""Helpers for extractor tests: blank-English pipelines with chosen components."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractors.pipeline  # noqa: F401  (registers factories and Doc extensions)
from extractors import training_pass
from extractors.pipeline import record_doc


def blank_with(*pipes: str) -> Language:
    nlp = spacy.blank("en")
    for pipe in pipes:
        nlp.add_pipe(pipe)
    return nlp


@pytest.fixture(scope="session")
def run_pipes() -> Callable[..., Doc]:
    """run_pipes(pipes, **record) -> the processed Doc of a RawMessage-like record."""
    cache: dict[tuple[str, ...], Language] = {}

    def run(pipes: tuple[str, ...], **record: Any) -> Doc:
        # (not cache.setdefault(pipes, blank_with(*pipes)): that builds a pipeline on every
        # call, ~1.3 s of compiling the cue rules' patterns for each of ~1,000 tests)
        nlp = cache.get(pipes)
        if nlp is None:
            nlp = cache[pipes] = blank_with(*pipes)
        return nlp(record_doc(nlp, record))

    return run


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (`--dist loadgroup`) the tests that read the shared pass run in one
    worker, which makes the pass once (each worker has its own session fixtures). Whichever
    of them runs first makes the pass (minutes on a loaded host), so each may take past the
    suite's 300 s, as make check-weights' retrains do. tryfirst: xdist's worker writes the
    group into the test's id in its own modifyitems hook, which runs before this one when
    this conftest is an initial one (`pytest tests/extractors`), and the group was lost."""
    for item in items:
        if "training_rows" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("training_rows"))
            if item.get_closest_marker("timeout") is None:
                item.add_marker(pytest.mark.timeout(900))


@pytest.fixture(scope="session")
def training_rows() -> training_pass.TrainingRows:
    """The four learned parts' training rows over the config's training sets, from one pass
    of the pipeline: each fingerprint check reads its part's (a pass per part was ~10 of CI's
    17 minutes)."""
    return training_pass.training_rows()
