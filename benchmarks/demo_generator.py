"""Demo generator throughput and memory, beside a bare-stdlib baseline in the same run.

    python benchmarks/demo_generator.py [--scale 10]

Baseline: serializing the same number of one-part plain-text messages with the stdlib
generator into an mbox-shaped file, which is the floor any generator built on `email`
pays. Targets (brief): scale 1 under 5 s; scale 50 (about 100,000 messages) under 2 min;
memory flat (peak RSS does not grow with scale).
"""

from __future__ import annotations

import argparse
import io
import resource
import tempfile
import time
from email import policy
from email.generator import BytesGenerator
from email.mime.text import MIMEText
from pathlib import Path

from flows.sources.demo import generate_demo

STDLIB = policy.compat32.clone(linesep="\n")


def baseline(n: int, path: Path) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    with path.open("wb") as fh:
        for i in range(n):
            msg = MIMEText("Thank you for applying. We have received your application.\n" * 4)
            msg["From"] = "Acme <no-reply@example.com>"
            msg["To"] = "Tom Brennan <tom@example.com>"
            msg["Subject"] = f"Application {i}"
            msg["Date"] = "Tue, 06 Oct 2026 14:03:22 -0500"
            msg["Message-ID"] = f"<{i}@example.com>"
            buf = io.BytesIO()
            BytesGenerator(buf, mangle_from_=True, policy=STDLIB).flatten(msg)
            fh.write(b"From x@xxx Tue Oct 06 19:03:22 +0000 2026\n" + buf.getvalue() + b"\n")
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started, cpu = time.perf_counter(), time.process_time()
        files = generate_demo(Path(tmp) / "demo", scale=args.scale, seed=args.seed)
        took, took_cpu = time.perf_counter() - started, time.process_time() - cpu
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size_mb = files.mbox_path.stat().st_size / 1e6
        base, base_cpu = baseline(files.message_count, Path(tmp) / "baseline.mbox")
    n = files.message_count
    # CPU time is reported beside wall time: the machine is shared, and wall time under
    # contention says more about the neighbours than about this code.
    print(f"scale {args.scale}: {n} messages, {files.event_count} events, {size_mb:.0f} MB mbox")
    print(
        f"demo generator : wall {took:6.1f} s  cpu {took_cpu:6.1f} s  "
        f"{n / took_cpu:6.0f} msg/cpu-s  peak RSS {peak_mb:.0f} MB"
    )
    print(
        f"stdlib baseline: wall {base:6.1f} s  cpu {base_cpu:6.1f} s  "
        f"{n / base_cpu:6.0f} msg/cpu-s  (one-part plain messages)"
    )
    print(f"generator / baseline cpu: {took_cpu / base_cpu:.1f}x")
    print(f"projected cpu for 100,000 messages: {took_cpu / n * 100_000:.0f} s (target < 120 s)")


if __name__ == "__main__":
    main()
