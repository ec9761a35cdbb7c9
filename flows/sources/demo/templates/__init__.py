"""Wording pools. Each pool is a list; a story draws one entry with its seeded Random.

Placeholders are `str.format` fields; `fill` leaves unknown ones visible so a typo in a
template shows up in a test rather than crashing a run.
"""

from __future__ import annotations

import random
import string


class _Keep(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_FORMATTER = string.Formatter()


def fill(template: str, **fields: object) -> str:
    return _FORMATTER.vformat(template, (), _Keep(fields))


def pick(rng: random.Random, pool: list[str], **fields: object) -> str:
    return fill(rng.choice(pool), **fields)


def pick_pair(rng: random.Random, pool: list[tuple[str, str]], **fields: object) -> tuple[str, str]:
    subject, body = rng.choice(pool)
    return fill(subject, **fields), fill(body, **fields)
