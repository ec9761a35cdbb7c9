"""glibc's malloc told to hand DuckDB's freed blocks back to the system at once, and
Arrow's buffers taken from malloc rather than Arrow's own mimalloc.

DuckDB (its Python wheel has no jemalloc on Linux) takes its buffer blocks, 256 KB each,
from malloc. glibc maps an allocation of 128 KB or more on its own when the arena has no
free room for it, but raises that threshold to the size of every mapped chunk freed (up
to 32 MB): after DuckDB's first freed block, its blocks grew the heaps of the threads
that asked for them, where a block freed among live small allocations stays resident,
and the longer the run the more of them (the import's peak was 8-14 MB higher at
100,000 messages than at 10,000; malloc_trim after each extraction batch and build step
did not lower the peaks). A fixed threshold turns the raising off (and keeps the heaps'
tops trimmed past 128 KB): a block the heap has no room for is mapped on its own and
unmapped when freed.

pyarrow's wheels allocate from a bundled mimalloc, which keeps the pages of freed
buffers for reuse rather than handing them back: the Arrow batches the writers build
(`warehouse.save`, linking's rows) left ~17 MB more resident by the middle of a
100,000-message import than glibc's malloc holds for the same work.
"""

from __future__ import annotations

import ctypes
import functools
import platform
from typing import Any

M_MMAP_THRESHOLD = -3  # mallopt's parameter number (glibc malloc.h)
MMAP_THRESHOLD = 128 << 10  # glibc's default, fixed


def glibc_function(name: str) -> Any:
    """The C library's function `name` where it is glibc on Linux, else None (musl, macOS
    and Windows have neither mallopt's thresholds nor malloc_trim)."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return getattr(ctypes.CDLL("libc.so.6"), name)
    except (OSError, AttributeError):
        return None


# Cached whatever the answer: later calls (each `warehouse.db.connect`) do nothing, and
# elsewhere than glibc libc_ver is not asked again (without glibc's confstr it reads the
# Python executable through).
@functools.cache
def unmap_freed_blocks() -> bool:
    """Fix glibc's mmap threshold for the rest of the process (once); False where the C
    library is not glibc or refuses."""
    mallopt = glibc_function("mallopt")
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))


# Cached, as `unmap_freed_blocks`: the pool is set once for the process.
@functools.cache
def arrow_on_malloc() -> None:
    """Make the C library's malloc Arrow's default memory pool for the rest of the process
    (once). Buffers allocated before stay where they are."""
    import pyarrow as pa  # here, not at the top: a reader need never import it

    pa.set_memory_pool(pa.system_memory_pool())


def trim_heap() -> bool:
    """Hand the free pages of glibc's heaps back to the system (malloc_trim): after a
    phase that freed many small objects (extraction's pipeline), its heaps keep them
    resident, under the next phase's peak. False where the C library is not glibc."""
    trim = glibc_function("malloc_trim")
    if trim is None:
        return False
    trim.argtypes = [ctypes.c_size_t]
    return bool(trim(0))
