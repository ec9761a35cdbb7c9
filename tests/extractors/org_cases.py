"""Shared by the employer tests: the company sneaker_org reads from one invented mail, and
the parametrize of (id, display name, address, subject, body, company) cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

PIPES = ("sneaker_org",)


def by_id(cases: list[tuple]) -> pytest.MarkDecorator:
    """parametrize over (id, name, addr, subject, body, company) cases, the first item the id."""
    return pytest.mark.parametrize(
        ("name", "addr", "subject", "body", "company"),
        [case[1:] for case in cases],
        ids=[case[0] for case in cases],
    )


def company_of(
    run_pipes: Callable[..., Doc], name: str, addr: str, subject: str, body: str
) -> str | None:
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    return doc._.facts["company"]
