"""What a Gmail + Calendar sync costs: API calls and quota units per 1,000 messages.

Runs the real sync code against the loopback fake server (tests/fakes) serving the demo
generator's mailbox, counts calls on the server side, prices them with both Gmail quota
tables, and projects the wall time of a 100,000-message full sync at the paced quota.
It also measures the alternative the issue asks about (threads.list + threads.get) on
the same mailbox, and the idle incremental sync.

    python -m benchmarks.sync_cost [--scale 0.5]

Wall times printed for the fake server are this machine's, not Google's: the projection
uses the quota, which is what bounds a real full sync.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from flows.config import Settings
from flows.sources.gmail import BATCH_LIMIT, chunks
from flows.sources.google_errors import RetryPolicy
from flows.sources.google_quota import GMAIL_QUOTA_TABLES, PACE_FRACTION, QuotaTable
from flows.sync_apis import open_apis, run_sync
from tests.fakes.google_server import FakeGoogleServer, demo_mailbox
from tests.fakes.mailbox import new_message_bytes

UNPACED = 10**9


def gmail_calls(calls: Counter[str]) -> Counter[str]:
    return Counter(
        {
            k.removeprefix("gmail."): v
            for k, v in calls.items()
            if k.startswith("gmail.") and k != "gmail.batch"
        }
    )


def units(calls: Counter[str], table: QuotaTable) -> int:
    return sum(table.cost(method) * n for method, n in calls.items())


def threads_strategy(server: FakeGoogleServer, settings: Settings) -> Counter[str]:
    """The alternative: threads.list, then threads.get(format=full) in batches of 50."""
    apis = open_apis(settings, api_endpoint=server.url, policy=RetryPolicy())
    users = apis.gmail.service.resource.users()
    server.calls.clear()
    thread_ids: list[str] = []
    token = None
    while True:
        page = users.threads().list(userId="me", maxResults=500, pageToken=token).execute()
        thread_ids += [t["id"] for t in page.get("threads", [])]
        token = page.get("nextPageToken")
        if not token:
            break
    for chunk in chunks(thread_ids, BATCH_LIMIT):
        batch = apis.gmail.service.new_batch(lambda *_: None)
        for tid in chunk:
            batch.add(users.threads().get(userId="me", id=tid, format="full"))
        batch.execute(http=apis.gmail.service.http)
    return gmail_calls(server.calls)


def row(label: str, calls: Counter[str], per: float, http: int | None = None) -> str:
    cost = "  ".join(
        f"{name}: {units(calls, table) * per:9,.0f} u" for name, table in GMAIL_QUOTA_TABLES.items()
    )
    count = sum(calls.values()) * per
    extra = f"  http requests {http * per:7,.1f}" if http is not None else ""
    return f"{label:<34} calls {count:8,.1f}  {cost}{extra}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.5, help="demo mailbox scale")
    parser.add_argument("--new", type=int, default=200, help="messages added for incremental")
    args = parser.parse_args()

    t0 = time.perf_counter()
    box = demo_mailbox(args.scale)
    visible = len(box.visible_ids())
    threads = len({m.thread_id for m in box.messages.values()})
    print(
        f"Demo mailbox: {len(box.messages)} messages ({visible} outside spam/trash), "
        f"{threads} threads, {len(box.calendars)} calendar(s); built in "
        f"{time.perf_counter() - t0:.1f} s"
    )
    home = Path(tempfile.mkdtemp(prefix="sync-cost-"))
    settings = Settings(home=home, gmail_units_per_minute=UNPACED).ensure_dirs()

    with FakeGoogleServer(box) as server:
        # Full sync.
        start = time.perf_counter()
        run_sync(settings, open_apis(settings, api_endpoint=server.url))
        full_wall = time.perf_counter() - start
        full = gmail_calls(server.calls)
        full_http = server.google.http_requests
        per_k = 1000 / visible

        # Incremental after changes: new mail, deletions, label changes.
        server.calls.clear()
        server.google.http_requests = 0
        added = [
            box.add_message(new_message_bytes(n), ["INBOX", "UNREAD"]) for n in range(args.new)
        ]
        for mid in added[: args.new // 4]:
            box.relabel(mid, remove=["UNREAD"])
        for mid in added[-(args.new // 20) :]:
            box.delete_message(mid)
        start = time.perf_counter()
        run_sync(settings, open_apis(settings, api_endpoint=server.url))
        inc_wall = time.perf_counter() - start
        inc = gmail_calls(server.calls)
        inc_http = server.google.http_requests

        # Idle incremental.
        server.calls.clear()
        run_sync(settings, open_apis(settings, api_endpoint=server.url))
        idle = Counter({k: v for k, v in server.calls.items() if k != "gmail.batch"})

        thread_calls = threads_strategy(server, settings)

    print("\nPer 1,000 messages (quota units priced with each table: 2026 | classic)")
    print(row("full sync (messages.list + get)", full, per_k, full_http))
    print(row("  baseline: threads.list + get", thread_calls, per_k))
    print(row(f"incremental ({args.new} new, per 1,000)", inc, 1000 / args.new, inc_http))
    print(f"\nFull sync calls: {dict(full)}; HTTP batch sizes <= {BATCH_LIMIT}")
    print(f"Incremental calls: {dict(inc)}")
    print(f"Idle incremental calls: {dict(idle)}")
    print(
        f"Fake-server wall time: full {full_wall:.1f} s for {visible} messages, "
        f"incremental {inc_wall:.1f} s (this machine, no Google latency)"
    )

    print(
        "\nProjected full sync of 100,000 messages (bounded by the per-user quota, paced at "
        f"{PACE_FRACTION:.0%} of it):"
    )
    for name, table in GMAIL_QUOTA_TABLES.items():
        unit_per_msg = units(full, table) / visible
        pace = table.units_per_minute * PACE_FRACTION
        minutes = unit_per_msg * 100_000 / pace
        print(
            f"  {name:<8} {unit_per_msg:5.2f} units/message, {table.units_per_minute:,} "
            f"units/min -> {minutes:6.0f} min ({minutes / 60:.1f} h)"
        )
    for name, table in GMAIL_QUOTA_TABLES.items():
        mine = units(full, table) / visible
        alt = units(thread_calls, table) / visible
        verdict = "messages" if mine <= alt else "threads"
        even = table.cost("threads.get") / table.cost("messages.get")
        print(
            f"  {name}: messages.list+get {mine:.2f} vs threads.list+get {alt:.2f} "
            f"units/message -> {verdict} cheaper at {visible / threads:.2f} messages/thread "
            f"(threads break even near {even:.1f}; threads.get has no format=raw)"
        )


if __name__ == "__main__":
    main()
