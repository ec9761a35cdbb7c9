"""The whole pipeline on a big generated mailbox: import, extraction, warehouse build.

    python benchmarks/pipeline.py                  # about 100,000 messages (demo scale 50)
    python benchmarks/pipeline.py --scale 5        # about 10,000
    python benchmarks/pipeline.py --demo /tmp/m100 # a demo written before (flows.sources.demo)
    python benchmarks/pipeline.py --demo /tmp/m100 --batches  # + each extraction batch's peak
    python benchmarks/pipeline.py --demo /tmp/m100 --steps    # + each build step's peak
    python benchmarks/pipeline.py --demo /tmp/m100 --keep-db /tmp/m100.duckdb

It runs the pipeline's own steps (`flows.steps`, the functions the Prefect tasks wrap,
without Prefect's start-up) on the demo generator's mailbox, and prints for each stage
messages per second, wall seconds, CPU seconds (this process and its finished children:
the import's parse pool) and the stage's own peak RSS, beside a baseline measured in the
same run: Python's `mailbox` module iterating the same file with no further work.

Peak memory is per stage: on Linux, writing 5 to /proc/self/clear_refs resets the
process's high-water mark (VmHWM), which is read when the stage ends; elsewhere the
cumulative ru_maxrss is shown (marked "cumulative"). The parse workers' peak (the
largest, read from /proc while they run) is printed after the import. The demo mailbox
is written by a child process, so that its generation leaves nothing in this one.
With --batches, each message and event batch of the extraction is printed with its own
peak (the high-water mark reset before it) and the RSS it began from, and "reload" where
the pipeline was loaded afresh before it (flows.steps.VOCAB_GROWTH): what tells a
reload's cost from the mailbox's growth. With --steps, each step of the warehouse build
is printed with its own peak and the RSS it began from. --keep-db copies the database as
the extraction left it (before the build), for `benchmarks.warehouse_build --existing`.
The target (issue 7) is the whole pipeline on 100,000 messages in under four minutes on
a 2-core machine.

The import uses both cores and the baseline one: on a shared machine, another busy
process slows the import's wall time and barely the baseline's. The CPU column and the
load average printed at the start and end tell whether the wall ratio can be trusted.
"""

from __future__ import annotations

import argparse
import mailbox
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
T = TypeVar("T")
sys.path.insert(0, str(REPO))


_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _reset_peak() -> bool:
    """Reset this process's peak RSS (Linux); False where it cannot be reset."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def _status_mb(field: str) -> float | None:
    """One memory field of /proc/self/status in MB (Linux); None where it cannot be read."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


def _peak_rss_mb() -> float:
    """The peak RSS since the last `_reset_peak`, else since the process started."""
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """This process's resident memory now (Linux), 0 where it cannot be read."""
    return _status_mb("VmRSS") or 0.0


def _rss_file_mb() -> float:
    """The file-backed part of this process's RSS now (Linux; 0 where it cannot be read):
    the pages of the shared libraries it mapped (DuckDB's alone 37-48 MB), clean and shared
    with every process that maps them. How many of them count depends on the page cache,
    not on the work: the same code and mailbox started a build at 119-126 MB in session 24
    and at 155-159 MB in session 25, with the same anonymous memory, from virtual
    environments installed at different times (a library written more recently maps more
    of its pages at once). A peak less this part is what runs from different environments
    can compare."""
    return _status_mb("RssFile") or 0.0


def _children_peak_mb() -> float:
    """The largest peak RSS among this process's live children (the parse workers)."""
    peak = 0
    for listing in Path("/proc/self/task").glob("*/children"):
        for pid in listing.read_text().split():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:  # it has just ended
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    return peak / 1024


def _cpu() -> float:
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _row(
    stage: str,
    count: int,
    seconds: float,
    cpu: float,
    peak: float | None = None,
    start: float | None = None,
) -> str:
    """One stage's figures; `start` is the RSS the stage began from (what earlier stages
    left in the process, counted in this stage's peak)."""
    rate = count / seconds if seconds else float("inf")
    memory = f"{_peak_rss_mb():>8.0f} MB peak" if peak is None else f"{peak:>8.0f} MB peak"
    if start is not None:
        memory += f" (from {start:.0f} MB)"
    return f"{stage:<28} {count:>9,} {seconds:>9.1f} s {cpu:>7.1f} s {rate:>10,.0f} /s {memory}"


def _in_child(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` in a child process, whose memory ends with it."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(function, *args, **kwargs).result()


def _baseline(mbox_path: Path) -> tuple[int, float, float, float]:
    """Messages, wall s, CPU s and peak MB of `mailbox.mbox` iterating the file. Run in a
    child: its table of contents and parsed messages would stay in this process's heap
    (~20 MB at 100,000 messages) and count in the import's peak."""
    _reset_peak()
    started, cpu = time.perf_counter(), _cpu()
    box = mailbox.mbox(str(mbox_path), create=False)
    count = sum(1 for _ in box)
    box.close()
    return count, time.perf_counter() - started, _cpu() - cpu, _peak_rss_mb()


def _generate(out: Path, scale: float, seed: int) -> tuple[Path, Path, str, str]:
    """The demo's mbox, calendar, time zone and address, written by a child process:
    generating 100,000 messages here would leave ~20 MB of freed heap in this process,
    counted in every stage's peak."""
    from flows.sources.demo import generate_demo

    files = _in_child(generate_demo, out, scale=scale, seed=seed)
    return files.mbox_path, files.ics_path, files.timezone, files.me_address


def _reuse(demo: Path) -> tuple[Path, Path, str, str]:
    """The same four of a demo written before by `python -m flows.sources.demo DIR`."""
    from flows.sources.demo import MBOX_NAME, TIMEZONE

    [ics] = sorted((demo / "Takeout" / "Calendar").glob("*.ics"))
    return demo / "Takeout" / "Mail" / MBOX_NAME, ics, TIMEZONE, ics.stem


def _batch_printer(steps: Any, peaks: list[float], what: str = "messages") -> Callable[..., int]:
    """steps.extract_message_batch (or, what="events", extract_event_batch) printing the
    batch's own peak RSS (appended to `peaks`), the RSS it began from, and whether the
    pipeline was loaded afresh for it."""
    number = 0
    step = steps.extract_event_batch if what == "events" else steps.extract_message_batch

    def extract_batch(con: Any, keys: Any, *args: Any) -> int:
        nonlocal number
        loads = steps.pipeline_loads()
        _reset_peak()
        start = _rss_mb()
        count = step(con, keys, *args)
        peaks.append(_peak_rss_mb())
        reloaded = " reload" if 0 < loads < steps.pipeline_loads() else ""
        label, unit = ("event batch", "evts") if what == "events" else ("batch", "msgs")
        print(
            f"  {label} {number:>3} {len(keys):>6,} {unit}  from {start:6.1f} MB  "
            f"peak {peaks[-1]:6.1f} MB  after {_rss_mb():6.1f} MB{reloaded}"
        )
        number += 1
        return count

    return extract_batch


class _StepPeaks(dict[str, float]):
    """The `timings` of `build_warehouse` printing each step's own peak RSS as the build
    records the step's time (the high-water mark is reset after each; the peaks are
    kept in `peaks`)."""

    def __init__(self, peaks: list[float]) -> None:
        super().__init__()
        self.peaks = peaks
        _reset_peak()
        self.start = _rss_mb()

    def __setitem__(self, name: str, seconds: float) -> None:
        super().__setitem__(name, seconds)
        self.peaks.append(_peak_rss_mb())
        print(
            f"  step {name:<28} {seconds:6.2f} s  from {self.start:6.1f} MB  "
            f"peak {self.peaks[-1]:6.1f} MB  after {_rss_mb():6.1f} MB"
        )
        _reset_peak()
        self.start = _rss_mb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=50.0, help="demo scale (1 ≈ 2,000 msgs)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--demo", type=Path, help="reuse a demo written by `python -m flows.sources.demo DIR`"
    )
    parser.add_argument(
        "--batches", action="store_true", help="print each extraction batch's own peak RSS"
    )
    parser.add_argument(
        "--steps", action="store_true", help="print each warehouse build step's own peak RSS"
    )
    parser.add_argument(
        "--keep-db", type=Path, help="copy the database here after extraction (before the build)"
    )
    args = parser.parse_args()

    from flows import steps
    from flows.config import load_settings, write_account_config

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        if args.demo:
            mbox_path, ics_path, timezone, me_address = _reuse(args.demo)
            print(f"reusing {args.demo}")
        else:
            mbox_path, ics_path, timezone, me_address = _generate(
                root / "demo", args.scale, args.seed
            )
            print(f"generated in {time.perf_counter() - started:.0f} s (not counted below)")
        print(f"load average at start: {_load()} (2 cores)")
        print(f"{'stage':<28} {'items':>9} {'wall':>11} {'CPU':>9} {'rate':>13} {'memory':>13}")

        resettable = _reset_peak()
        if not resettable:
            print("(peak RSS cannot be reset here: memory figures are cumulative)")
        baseline, base_seconds, base_cpu, base_peak = _in_child(_baseline, mbox_path)
        print(_row("baseline: mailbox.mbox", baseline, base_seconds, base_cpu, base_peak))

        settings = load_settings(root / "home", "bench")
        write_account_config(settings, timezone=timezone, my_addresses=[me_address])
        settings = load_settings(root / "home", "bench").ensure_dirs()
        total = total_cpu = 0.0
        peaks: list[float] = []

        _reset_peak()
        start_rss = _rss_mb()
        started, cpu = time.perf_counter(), _cpu()
        workers_peak = 0.0

        def load_batch(con: Any, batch: Any) -> dict[str, int]:
            nonlocal workers_peak
            stats = steps.load_batch(con, batch)
            workers_peak = max(workers_peak, _children_peak_mb())  # read while they live
            return stats

        run = dict(steps.PLAIN_STEPS, load_batch=load_batch)
        imported = steps.import_paths(settings, [mbox_path, ics_path], run)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        total += seconds
        total_cpu += cpu
        peaks.append(_peak_rss_mb())
        stage = "import (parse, decode, load)"
        print(_row(stage, imported["messages"], seconds, cpu, None, start_rss))
        print(f"{'':<28} import vs baseline: {base_seconds / seconds:.2f}x")
        print(f"{'':<28} parse workers' peak: {workers_peak:.0f} MB (the largest)")

        from extractors.pipeline import EXTRACTOR_VERSION
        from warehouse.db import open_db

        _reset_peak()
        start_rss = _rss_mb()
        started, cpu = time.perf_counter(), _cpu()
        run = dict(steps.PLAIN_STEPS)
        batch_peaks: list[float] = []  # each batch resets the high-water mark: kept here
        if args.batches and resettable:
            run["extract_message_batch"] = _batch_printer(steps, batch_peaks)
            run["extract_event_batch"] = _batch_printer(steps, batch_peaks, "events")
        with open_db(settings.db_path) as con:
            extracted = steps.extract_pending(con, settings, EXTRACTOR_VERSION, run)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        total += seconds
        total_cpu += cpu
        peaks.append(max([_peak_rss_mb(), *batch_peaks]))
        stage = "extraction (messages+events)"
        print(_row(stage, extracted, seconds, cpu, peaks[-1], start_rss))
        if args.keep_db:
            shutil.copy(settings.db_path, args.keep_db)  # closed: no WAL left beside it

        _reset_peak()
        start_rss = _rss_mb()
        started, cpu = time.perf_counter(), _cpu()
        step_peaks: list[float] = []  # each step resets the high-water mark: kept here
        with open_db(settings.db_path) as con:
            if args.steps and resettable:
                steps.build(con, settings, timings=_StepPeaks(step_peaks))
            else:
                steps.build(con, settings)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        total += seconds
        total_cpu += cpu
        peaks.append(max([_peak_rss_mb(), *step_peaks]))
        stage = "warehouse build"
        print(_row(stage, imported["messages"], seconds, cpu, peaks[-1], start_rss))
        print(f"{'':<28} shared libraries' pages in the RSS: {_rss_file_mb():.0f} MB")

        print(_row("whole pipeline", imported["messages"], total, total_cpu, max(peaks)))
        if not resettable:
            print("(memory: cumulative ru_maxrss, not per stage)")
        print(f"load average at end: {_load()}")
        if imported["messages"] >= 90_000:
            verdict = "meets" if total < 240 else "misses"
            print(f"target: under 240 s for 100,000 messages: {verdict} ({total:.0f} s)")


if __name__ == "__main__":
    main()
