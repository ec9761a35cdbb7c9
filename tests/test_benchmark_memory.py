"""The benchmarks' reading of the file-backed part of RSS (shared libraries' pages), which
differs between virtual environments with the same code and mailbox (README, session 25b)."""

from __future__ import annotations

import mmap
import sys
from pathlib import Path

import pytest

from benchmarks.pipeline import _rss_file_mb, _rss_mb

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")


@linux_only
def test_file_backed_part_is_inside_the_rss() -> None:
    file_mb = _rss_file_mb()
    assert 0 < file_mb <= _rss_mb()


@linux_only
def test_file_backed_part_grows_when_a_mapped_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.bin"
    size = 8 << 20
    path.write_bytes(b"\1" * size)
    before = _rss_file_mb()
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), size, prot=mmap.PROT_READ) as m:
        touched = sum(m[offset] for offset in range(0, size, mmap.PAGESIZE))
        grown = _rss_file_mb() - before
    assert touched == size // mmap.PAGESIZE
    assert grown >= 6  # of 8 MB read through the mapping
