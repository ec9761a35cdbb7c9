"""Extraction throughput: messages per second through the whole pipeline with nlp.pipe.

Runs, in one process and the same run:
  1. baseline: spacy.blank("en") + an EntityRuler, nlp.pipe over the same texts;
  2. the Job Sneaker pipeline (extract_messages: cleaning, tokenizing, every component,
     row building) on one process;
  3. the same with n_process=2: batches of records go to two worker processes, which run
     the whole of extract_messages (nlp.pipe batching included) and send the rows back
     (extractors.messages._in_processes; worker start included in the timing). Two
     processes only pay when two cores are free: the load average is printed with it.
Input: the labeled dev set (tests/data/devset.jsonl), or --input FILE (for example the
demo's truth.jsonl, whose bodies are longer), repeated to --n messages.

    python benchmarks/extract.py --n 4000
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import spacy

from extractors.cli_io import to_record
from extractors.messages import extract_messages
from extractors.pipeline import load_nlp
from extractors.text import clean_body
from warehouse.caches import clear_bounded_caches

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "devset.jsonl"


def records(n: int, path: Path = DEVSET) -> list[dict]:
    base = [to_record(json.loads(line)) for line in path.open(encoding="utf-8")]
    out = []
    while len(out) < n:
        for record in base[: n - len(out)]:
            out.append({**record, "message_key": f"{record['message_key']}-{len(out)}"})
    return out


def baseline(texts: list[str], batch_size: int) -> float:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": [{"LOWER": "greenhouse"}]},
            {"label": "CUE", "pattern": "regret to inform"},
            {
                "label": "CUE",
                "pattern": [
                    {"LOWER": "thank"},
                    {"LOWER": "you"},
                    {"LOWER": "for"},
                    {"LOWER": "applying"},
                ],
            },
        ]
    )
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return len(texts) / (time.perf_counter() - start)


def pipeline(batch: list[dict], batch_size: int, n_process: int) -> float:
    nlp = load_nlp()
    # Each run starts with the helpers' memo caches empty: forked workers would otherwise
    # inherit the ones the one-process run filled with these same (repeated) mails.
    clear_bounded_caches("extractors")
    start = time.perf_counter()
    count = sum(1 for _ in extract_messages(nlp, batch, batch_size=batch_size, n_process=n_process))
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="messages per run")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument(
        "--input",
        type=Path,
        default=DEVSET,
        help="classify-format JSON Lines to read (default: the dev set)",
    )
    args = parser.parse_args()
    batch = records(args.n, args.input)
    texts = [f"{r['subject']}\n\n{clean_body(r['body_text'])}" for r in batch]
    words = sum(len(t.split()) for t in texts)
    load_nlp()  # load outside the timings
    load = os.getloadavg()[0]
    base = baseline(texts, args.batch_size)
    one = pipeline(batch, args.batch_size, 1)
    two = pipeline(batch, args.batch_size, 2)
    print(f"messages: {len(batch)}  (avg {words / len(batch):.0f} words after cleaning)")
    print(
        f"baseline blank('en') + EntityRuler : {base:8.0f} msgs/s "
        f"({base * words / len(batch):,.0f} words/s)"
    )
    print(f"sneaker pipeline, 1 process        : {one:8.0f} msgs/s ({one / base:.0%} of baseline)")
    print(
        f"sneaker pipeline, n_process=2      : {two:8.0f} msgs/s ({two / one:.2f}x one process; "
        f"{os.cpu_count()} cores, load average {load:.1f} before the runs)"
    )


if __name__ == "__main__":
    main()
