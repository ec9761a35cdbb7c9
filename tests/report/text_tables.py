"""The weekly report's text tables read back as rows, and mart rows as dicts."""

from __future__ import annotations

import re

from tests.warehouse.scenario import rows

__all__ = ["rows", "text_rows"]


def text_rows(document: str, header_start: str, *, until_more: bool = False) -> list[list[str]]:
    """The rows of the text table whose header line starts with `header_start`, cells split
    at two or more spaces, up to a blank line (`until_more`: or a "…and N more" line)."""
    lines = document.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(header_start))
    found = []
    for line in lines[start + 2 :]:
        if not line.strip() or (until_more and line.strip().startswith("…")):
            break
        found.append(re.split(r"\s{2,}", line.strip()))
    return found
