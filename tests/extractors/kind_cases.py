"""Shared by the kind-rule tests: the kind sneaker_kind's rules give one invented mail (no
textcat), and the parametrize of (id, sender, subject, body, kind) cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

PIPES = ("sneaker_cues", "sneaker_kind")


def by_id(cases: list[tuple]) -> pytest.MarkDecorator:
    """parametrize over (id, sender, subject, body, expected) cases, the first item the id; a
    sender is a dict of from_name and from_addr."""
    return pytest.mark.parametrize(
        ("sender", "subject", "body", "expected"),
        [case[1:] for case in cases],
        ids=[case[0] for case in cases],
    )


def kind_of(run_pipes: Callable[..., Doc], sender: dict[str, Any], subject: str, body: str) -> str:
    doc = run_pipes(PIPES, subject=subject, body_text=body, **sender)
    return doc._.facts["kind"]


def own_mail(to: list[str], from_addr: str = "sam@gmail.com") -> dict[str, Any]:
    """The sender of the candidate's own mail to `to`, for kind_of."""
    return {"from_name": "Sam Rivera", "from_addr": from_addr, "to_addrs": to, "is_from_me": True}
