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
The one-process runs also print this process's CPU time per message: on a shared machine
another busy process lowers msgs/s (wall) far more than it raises CPU time, so the CPU
figures are the ones to compare between runs at different loads. --components adds
where the one-process time goes (CPU µs per message per stage, batch by batch as
extractors.messages.batch_rows runs them).

    python benchmarks/extract.py --n 4000
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

import spacy

from extractors.cli_io import to_record
from extractors.messages import collector_paused, doc_row, extract_messages
from extractors.orgs import complete_from_batch, named_by
from extractors.pipeline import load_nlp, record_doc
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


def baseline(texts: list[str], batch_size: int) -> tuple[float, float]:
    """(msgs/s wall, CPU µs per message)."""
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
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    cpu = time.process_time() - cpu
    return len(texts) / (time.perf_counter() - start), cpu / len(texts) * 1e6


def pipeline(batch: list[dict], batch_size: int, n_process: int) -> tuple[float, float]:
    """(msgs/s wall, this process's CPU µs per message: the workers' are not in it)."""
    nlp = load_nlp()
    # Each run starts with the helpers' memo caches empty: forked workers would otherwise
    # inherit the ones the one-process run filled with these same (repeated) mails.
    clear_bounded_caches("extractors")
    start, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in extract_messages(nlp, batch, batch_size=batch_size, n_process=n_process))
    cpu = time.process_time() - cpu
    return count / (time.perf_counter() - start), cpu / count * 1e6


def components(batch: list[dict], batch_size: int) -> dict[str, float]:
    """CPU µs per message of each stage of extract_messages on one process: building the
    docs (cleaning and tokenizing), each pipeline component, the rows and the cross-mail
    pass."""
    nlp = load_nlp()
    clear_bounded_caches("extractors")
    spent: dict[str, float] = dict.fromkeys(
        ["record_doc (clean + tokenize)", *nlp.pipe_names, "rows + batch pass"], 0.0
    )
    clock = time.process_time
    for at in range(0, len(batch), batch_size):
        with collector_paused():  # as batch_rows runs a batch
            _timed_batch(nlp, batch[at : at + batch_size], spent, clock)
    return {name: seconds / len(batch) * 1e6 for name, seconds in spent.items()}


def _timed_batch(nlp: Any, records: list[dict], spent: dict[str, float], clock: Any) -> None:
    """One batch of `components`, each stage's CPU seconds added to `spent`."""
    started = clock()
    docs = [record_doc(nlp, record) for record in records]
    spent["record_doc (clean + tokenize)"] += clock() - started
    for name, component in nlp.pipeline:
        started = clock()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=len(docs)))
        else:
            docs = [component(doc) for doc in docs]
        spent[name] += clock() - started
    started = clock()
    rows = [doc_row(doc, r["message_key"]) for doc, r in zip(docs, records, strict=True)]
    complete_from_batch(
        rows, [r.get("thread_id") for r in records], [named_by(doc) for doc in docs]
    )
    spent["rows + batch pass"] += clock() - started


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
    parser.add_argument(
        "--components",
        action="store_true",
        help="also print CPU µs per message of each stage (one process)",
    )
    args = parser.parse_args()
    batch = records(args.n, args.input)
    texts = [f"{r['subject']}\n\n{clean_body(r['body_text'])}" for r in batch]
    words = sum(len(t.split()) for t in texts)
    load_nlp()  # load outside the timings
    load = os.getloadavg()[0]
    base, base_cpu = baseline(texts, args.batch_size)
    one, one_cpu = pipeline(batch, args.batch_size, 1)
    two, _ = pipeline(batch, args.batch_size, 2)
    print(f"messages: {len(batch)}  (avg {words / len(batch):.0f} words after cleaning)")
    print(
        f"baseline blank('en') + EntityRuler : {base:8.0f} msgs/s "
        f"({base * words / len(batch):,.0f} words/s; CPU {base_cpu:.0f} µs/msg)"
    )
    print(
        f"sneaker pipeline, 1 process        : {one:8.0f} msgs/s ({one / base:.0%} of baseline; "
        f"CPU {one_cpu:.0f} µs/msg = {1e6 / one_cpu:.0f} msgs/s of CPU, "
        f"{base_cpu / one_cpu:.0%} of baseline's)"
    )
    print(
        f"sneaker pipeline, n_process=2      : {two:8.0f} msgs/s ({two / one:.2f}x one process; "
        f"{os.cpu_count()} cores, load average {load:.1f} before the runs)"
    )
    if args.components:
        print("where one process's CPU time goes (µs per message):")
        spent = components(batch, args.batch_size)
        for name, micros in spent.items():
            print(f"  {name:<30} {micros:7.1f}")
        print(f"  {'total':<30} {sum(spent.values()):7.1f}")


if __name__ == "__main__":
    main()
