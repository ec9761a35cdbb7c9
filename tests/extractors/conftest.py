"""Helpers for extractor tests: blank-English pipelines with chosen components."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractors.pipeline  # noqa: F401  (registers factories and Doc extensions)
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
        nlp = cache.setdefault(pipes, blank_with(*pipes))
        return nlp(record_doc(nlp, record))

    return run
