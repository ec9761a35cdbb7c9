import ctypes
import os
import platform
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from warehouse.allocator import M_MMAP_THRESHOLD, MMAP_THRESHOLD, unmap_freed_blocks

REPO = Path(__file__).resolve().parents[2]
# In a fresh interpreter (this one's heap may have room enough to serve any block): a
# DuckDB-sized block (256 KB) is allocated and freed, then eight more are allocated; how
# many of them glibc mapped on their own (unmapped when freed) is printed. mallinfo, not
# mallinfo2 (glibc 2.33+): the count of mapped blocks fits its ints on any glibc.
_BLOCKS = """
import ctypes, sys
from warehouse.allocator import unmap_freed_blocks

class MallInfo(ctypes.Structure):
    _fields_ = [(n, ctypes.c_int) for n in "arena ordblks smblks hblks hblkhd usmblks \
fsmblks uordblks fordblks keepcost".split()]

libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
libc.mallinfo.restype = MallInfo
if sys.argv[1] == "fixed":
    assert unmap_freed_blocks()
libc.free(libc.malloc(256 << 10))
mapped = libc.mallinfo().hblks
blocks = [libc.malloc(256 << 10) for _ in range(8)]
print(libc.mallinfo().hblks - mapped)
"""


def _mapped_blocks(threshold: str) -> int:
    # Only PATH handed on: glibc's malloc reads its settings from the environment
    # (GLIBC_TUNABLES, MALLOC_*), which the tests run before this one may have changed.
    run = [sys.executable, "-c", _BLOCKS, threshold]
    env = {"PATH": os.environ.get("PATH", "")}
    done = subprocess.run(run, capture_output=True, text=True, check=True, cwd=REPO, env=env)
    return int(done.stdout)


@pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's malloc"
)
def test_blocks_allocated_after_one_is_freed_are_mapped_on_their_own() -> None:
    # glibc's own threshold rises to a freed mapped chunk's size: the blocks that follow
    # come from the heap, where a freed one stays resident among live allocations.
    assert _mapped_blocks("glibc's") == 0
    assert _mapped_blocks("fixed") == 8


@pytest.fixture
def uncached() -> Iterator[None]:
    # This process's own answer is kept for it (asking glibc again changes nothing).
    unmap_freed_blocks.cache_clear()
    yield
    unmap_freed_blocks.cache_clear()


class _Libc:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

        def mallopt(*args: Any) -> int:  # a function: the caller sets its argtypes
            self.calls.append(args)
            return 1

        self.mallopt = mallopt


@pytest.mark.parametrize(
    ("system", "libc"),
    [("Darwin", ("", "")), ("Windows", ("", "")), ("Linux", ("libc", ""))],
    ids=["macos", "windows", "linux-without-glibc"],
)
def test_elsewhere_than_glibc_the_c_library_is_not_called(
    uncached: None, monkeypatch: pytest.MonkeyPatch, system: str, libc: tuple[str, str]
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(platform, "system", lambda: system)
    monkeypatch.setattr(platform, "libc_ver", lambda: libc)
    monkeypatch.setattr(ctypes, "CDLL", opened.append)

    assert (unmap_freed_blocks(), opened) == (False, [])


def test_glibc_is_told_once_per_process(uncached: None, monkeypatch: pytest.MonkeyPatch) -> None:
    libc = _Libc()
    monkeypatch.setattr(platform, "system", lambda: "Linux")
    monkeypatch.setattr(platform, "libc_ver", lambda: ("glibc", "2.36"))
    monkeypatch.setattr(ctypes, "CDLL", lambda name: libc)

    assert [unmap_freed_blocks() for _ in range(3)] == [True, True, True]
    assert libc.calls == [(M_MMAP_THRESHOLD, MMAP_THRESHOLD)]


# In a fresh interpreter (this one may have set Arrow's pool already): the default pool's
# backend once a database is opened, and whether pyarrow was imported at all.
_ARROW_POOL = """
import sys
from warehouse.db import connect

connect(sys.argv[1], read_only=sys.argv[2] == "reader").close()
if "pyarrow" not in sys.modules:
    print("not imported")
else:
    import pyarrow as pa
    print(pa.default_memory_pool().backend_name)
"""


def _arrow_pool_after_connect(path: Path, mode: str) -> str:
    env = {"PATH": os.environ.get("PATH", "")}  # no ARROW_DEFAULT_MEMORY_POOL of the caller's
    run = [sys.executable, "-c", _ARROW_POOL, str(path), mode]
    done = subprocess.run(run, capture_output=True, text=True, check=True, cwd=REPO, env=env)
    return done.stdout.strip()


def test_a_writer_gets_arrow_buffers_from_malloc_and_a_reader_no_pyarrow(tmp_path: Path) -> None:
    # pyarrow's own default is its bundled mimalloc, which kept freed batches' pages.
    path = tmp_path / "warehouse.duckdb"
    assert _arrow_pool_after_connect(path, "writer") == "system"
    assert _arrow_pool_after_connect(path, "reader") == "not imported"
