"""Mbox import speed and memory, beside Python's `mailbox` module on the same file.

    python benchmarks/import_speed.py                 # 10k and 100k messages
    python benchmarks/import_speed.py --sizes 10000   # one size
    python benchmarks/import_speed.py --mbox FILE     # your own mailbox

For each size it generates the demo mailbox (`flows.sources.demo.generate_demo`, the
scale chosen for about that many messages) and runs, each in a fresh process:
- baseline: `mailbox.mbox(path)` iterated, every message parsed, nothing else;
- import, 1 process: split, parse, decode bodies, load into DuckDB (Arrow batches);
- import, N processes: the same with the parsing on a process pool (both cores).
It prints messages per second, wall and CPU seconds (CPU: all processes of the run,
pool workers included, so it does not depend on what else the machine is doing) and
peak RSS (main process; pool workers apiece). Each run is repeated (`--repeat`) and
the fastest kept, as the machine may be shared. Peak memory should not grow with the
mailbox: compare the 10k and 100k rows.
"""

from __future__ import annotations

import argparse
import json
import mailbox
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_MESSAGES_PER_SCALE = 2000  # the demo writes about 2,000 messages at scale 1


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def phase_baseline(mbox: Path) -> dict[str, float]:
    started = time.perf_counter()
    count = 0
    box = mailbox.mbox(str(mbox), create=False)
    for _ in box:
        count += 1
    box.close()
    return {"messages": count, "seconds": time.perf_counter() - started}


def phase_import(mbox: Path, workers: int, memory_limit: str | None) -> dict[str, float]:
    from flows.config import Settings
    from flows.sources.takeout.load import iter_batches, limit_import_memory, store_batch
    from warehouse.db import connect

    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home))  # the product's batch size
        con = connect(settings.db_path)
        if memory_limit:
            con.execute(f"set memory_limit = '{memory_limit}'")
        else:
            limit_import_memory(con)  # as `sneaker import` does
        started = time.perf_counter()
        stored = quarantined = 0
        for batch in iter_batches([mbox], settings=settings, workers=workers):
            stats = store_batch(con, batch)
            stored += stats.messages
            quarantined += stats.quarantined
        seconds = time.perf_counter() - started
        rows = con.execute("select count(*) from raw_messages").fetchone()[0]
        con.close()
    return {"messages": stored, "rows": rows, "quarantined": quarantined, "seconds": seconds}


def run_phase(
    phase: str, mbox: Path, workers: int = 1, memory_limit: str | None = None
) -> dict[str, float]:
    """One phase in a fresh interpreter, so each peak RSS is its own."""
    extra = ["--duckdb-memory-limit", memory_limit] if memory_limit else []
    out = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--mbox", str(mbox),
         "--workers", str(workers), *extra],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


class Descendants:
    """CPU time and peak RSS of this process's descendants, sampled from /proc.

    The parse pool's workers are children of a fork server, not of this process, so
    `getrusage(RUSAGE_CHILDREN)` never sees them; a sampler thread does (Linux only).
    """

    def __init__(self, interval: float = 0.25) -> None:
        self.cpu: dict[int, float] = {}
        self.rss_mb: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(interval,), daemon=True, name="takeout-sampler"
        )
        self._tick = os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._sample()
        self._stop.set()
        self._thread.join()

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self._sample()

    def _children(self, pid: int) -> list[int]:
        found: list[int] = []
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
        return found

    def _sample(self) -> None:
        # Walk the tree down from this process (a few reads, not all of /proc).
        todo = self._children(os.getpid())
        while todo:
            pid = todo.pop()
            todo += self._children(pid)
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self._tick
            hwm = [line for line in status.splitlines() if line.startswith("VmHWM")]
            if hwm:
                self.rss_mb[pid] = max(self.rss_mb.get(pid, 0), int(hwm[0].split()[1]) / 1024)


def _own_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _child_main(args: argparse.Namespace) -> None:
    cpu = _own_cpu()
    with Descendants() as others:
        if args.phase == "baseline":
            result = phase_baseline(args.mbox)
        else:
            result = phase_import(args.mbox, args.workers, args.duckdb_memory_limit)
    workers = [rss for rss in others.rss_mb.values() if rss > 20]  # not the fork server
    result["cpu_seconds"] = _own_cpu() - cpu + sum(others.cpu.values())
    result["rss_mb"] = _rss_mb(resource.RUSAGE_SELF)
    result["worker_rss_mb"] = max(workers, default=0.0)
    print(json.dumps(result))


def generate(size: int, workdir: Path) -> Path:
    from flows.sources.demo import generate_demo

    out = workdir / f"demo-{size}"
    files = generate_demo(out, scale=size / DEMO_MESSAGES_PER_SCALE)
    return files.mbox_path


def best_of(repeat: int, *args: object) -> dict[str, float]:
    runs = [run_phase(*args) for _ in range(max(1, repeat))]  # type: ignore[arg-type]
    return min(runs, key=lambda r: r["seconds"])


def report(
    label: str, mbox: Path, workers: int, memory_limit: str | None, repeat: int
) -> list[str]:
    size_mb = mbox.stat().st_size / 1e6
    base = best_of(repeat, "baseline", mbox)
    lines = [f"## {label}: {base['messages']:.0f} messages, {size_mb:.0f} MB"]
    header = (
        f"{'run':<34} {'msgs/s':>7} {'wall s':>7} {'CPU s':>6} {'vs mailbox':>10}"
        f" {'peak RSS MB':>20}"
    )
    lines += [header, "-" * len(header)]
    base_rate = base["messages"] / base["seconds"]
    rows = [("mailbox.mbox iteration (baseline)", base)]
    rows.append(("import, 1 process", best_of(repeat, "import", mbox, 1, memory_limit)))
    rows.append(
        (f"import, {workers} processes", best_of(repeat, "import", mbox, workers, memory_limit))
    )
    for name, result in rows:
        rate = result["messages"] / result["seconds"]
        rss = f"{result['rss_mb']:.0f}"
        if result.get("worker_rss_mb", 0) > 1 and "processes" in name:
            rss += f" (+{result['worker_rss_mb']:.0f}/worker)"
        lines.append(
            f"{name:<34} {rate:>7.0f} {result['seconds']:>7.1f} {result['cpu_seconds']:>6.1f}"
            f" {rate / base_rate:>9.2f}x {rss:>20}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--mbox", type=Path, help="an existing mailbox instead of the demo")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--workdir", type=Path, help="where generated mailboxes go (kept)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest is kept")
    parser.add_argument(
        "--duckdb-memory-limit",
        help="e.g. 256MB: DuckDB's cache cap during the import (default: the import's own)",
    )
    parser.add_argument("--phase", choices=["baseline", "import"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        _child_main(args)
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    if args.mbox:
        print(
            "\n".join(
                report(
                    args.mbox.name, args.mbox, args.workers, args.duckdb_memory_limit, args.repeat
                )
            )
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        for size in args.sizes:
            started = time.perf_counter()
            mbox = generate(size, workdir)
            print(f"(generated {mbox.stat().st_size / 1e6:.0f} MB in "
                  f"{time.perf_counter() - started:.0f} s)")  # fmt: skip
            lines = report(
                f"demo mailbox ~{size}", mbox, args.workers, args.duckdb_memory_limit, args.repeat
            )
            print("\n".join(lines), flush=True)


if __name__ == "__main__":
    main()
