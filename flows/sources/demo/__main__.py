"""`python -m flows.sources.demo OUT_DIR [--scale S] [--seed N]`: write the demo, print paths."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from flows.sources.demo import generate_demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.sources.demo", description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    files = generate_demo(args.out_dir, scale=args.scale, seed=args.seed)
    took = time.perf_counter() - started
    print(f"mbox:  {files.mbox_path}")
    print(f"ics:   {files.ics_path}")
    print(f"truth: {files.truth_path}")
    print(
        f"{files.message_count} messages, {files.event_count} events, "
        f"{files.start} to {files.end} ({files.timezone}), {took:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
