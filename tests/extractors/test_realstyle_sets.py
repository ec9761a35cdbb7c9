"""The independently written realistic mail sets are well-formed labeled JSONL.

These sets measure the extractor on mail its rule author never saw, so a broken line or an
unknown label would silently skew the figures; this test fails first instead.
"""

import json
from collections import Counter
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from extractors.evaluate import LABELED_FIELDS
from flows.sources.records import KINDS

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
KEYS = set(LABELED_FIELDS)
TEXT_KEYS = ("from", "to", "date", "subject", "body", "thread_id")


def _parses(date: str) -> bool:
    """RFC 2822 or ISO 8601, the two forms `sneaker classify` accepts."""
    try:
        return parsedate_to_datetime(date) is not None
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(date) is not None
    except ValueError:
        return False


def _rows(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


# Every set in the folder (a ... z, aa ... bf, and whatever the next session adds), in the
# order they were written: one-letter names first.
SETS = sorted(
    (p.stem.removeprefix("realstyle_") for p in DATA.glob("realstyle_*.jsonl")),
    key=lambda s: (len(s), s),
)


def test_the_sets_are_found() -> None:
    assert len(SETS) >= 58


@pytest.mark.parametrize(
    ("name", "prefix"),
    [(f"realstyle_{s}.jsonl", f"r{s}-") for s in SETS],
    ids=[f"realstyle_{s}" for s in SETS],
)
def test_realstyle_set_is_well_formed(name: str, prefix: str) -> None:
    rows = _rows(name)
    ids = [row["id"] for row in rows]
    bad_keys = [row.get("id") for row in rows if set(row) != KEYS]
    bad_kinds = [row["id"] for row in rows if row["label_kind"] not in KINDS]
    bad_text = [
        row["id"] for row in rows if not all(isinstance(row[key], str) for key in TEXT_KEYS)
    ]
    bad_labels = [
        row["id"]
        for row in rows
        if not all(
            row[key] is None or (isinstance(row[key], str) and row[key].strip())
            for key in ("label_company", "label_role")
        )
    ]
    assert (len(rows) >= 220, bad_keys, bad_kinds, bad_text, bad_labels) == (True, [], [], [], [])
    # An empty date is allowed (classify's format: any field but `id` may be empty).
    assert [row["id"] for row in rows if row["date"] and not _parses(row["date"])] == []
    assert len(set(ids)) == len(ids)
    # A copied mail is a writer's slip; an empty-bodied notice may recur, as a bank's code
    # mail shown by its subject alone does (dp's two Revolut codes months apart).
    with_body = [row for row in rows if row["body"].strip()]
    assert len({(row["from"], row["subject"], row["body"]) for row in with_body}) == len(with_body)
    assert all(i.startswith(prefix) for i in ids)
    assert set(Counter(row["label_kind"] for row in rows)) == set(KINDS)
