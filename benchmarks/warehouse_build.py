"""How long a warehouse rebuild takes on a big mailbox (100k messages by default).

Generates raw messages, events and their extracted facts directly (seeded, no extractor
run): cold applications through ATS relays, job-board applications, networking threads,
recruiter and agency threads, interviews with calendar events, and job-alert noise. Then
times, in the same run:

- baseline: one pass that joins every message to its facts into a new table (the floor
  any rebuild pays to read the data once);
- build: `build_warehouse` from scratch, with the slowest steps;
- rebuild: the same again on the same database (what `sneaker build` does);

and the peak RSS of each (its own: the peak is reset before each, on Linux) beside the
RSS it started from. Issue 7's target: the build's peak the same at 10,000 and 100,000
messages (`--messages 10000` vs the default).

    python -m benchmarks.warehouse_build [--messages 100000] [--seed 7] [--db PATH]
    python -m benchmarks.warehouse_build --existing PATH   # e.g. after `sneaker demo --scale 50`
    python -m benchmarks.warehouse_build --existing PATH --steps  # + each step's own peak

`--existing` times the rebuild of a copy of a real database (its own time zone is not
known here: America/Chicago, the demo's, is used).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from benchmarks.pipeline import _peak_rss_mb, _reset_peak, _rss_file_mb, _rss_mb, _StepPeaks
from flows.config import Settings
from warehouse.build import build_warehouse
from warehouse.db import connect
from warehouse.save import save_event_facts, save_events, save_message_facts, save_messages
from warehouse.schema import ensure_schema

ME = "me@example.com"
START = datetime(2026, 8, 3, 9, 0, tzinfo=UTC)
ATS = [
    "myworkday.com",
    "greenhouse-mail.io",
    "hire.lever.co",
    "icims.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "jobvite.com",
    "taleo.net",
]
BOARDS = ["linkedin.com", "indeed.com", "glassdoor.com"]
ROLES = [
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "SRE",
    "Platform Engineer",
    "Data Engineer",
    "Engineering Manager",
    "Backend Engineer",
]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.messages: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.event_facts: list[dict[str, Any]] = []
        self.thread = 0

    def mail(
        self,
        when: datetime,
        thread: str,
        sender: str,
        kind: str,
        *,
        me: bool = False,
        to: str = ME,
        automated: bool = False,
        company: str | None = None,
        role: str | None = None,
        agency: str | None = None,
        ical: str | None = None,
    ) -> None:
        key = f"m{len(self.messages):07d}"
        self.messages.append(
            {
                "message_key": key,
                "account": "bench",
                "source": "bench",
                "thread_id": thread,
                "sent_at": when,
                "from_addr": ME if me else sender,
                "to_addrs": [to],
                "cc_addrs": [],
                "subject": f"{kind} {company or ''} {role or ''}",
                "body_text": "Thanks for the note, talk soon." if not automated else "template",
                "ical_uids": [ical] if ical else [],
                "is_from_me": me,
                "labels": [],
            }
        )
        self.facts.append(
            {
                "message_key": key,
                "kind": kind,
                "is_automated": automated,
                "company": company,
                "role": role,
                "agency": agency,
                "confidence": self.rng.uniform(0.4, 1.0),
                "evidence": [],
                "extractor_version": "bench",
            }
        )

    def relayed(
        self, relay: str, when: datetime, thread: str, kind: str, company: str, role: str
    ) -> None:
        """Template mail about one application from the no-reply address of an ATS or board."""
        self.mail(
            when, thread, f"no-reply@{relay}", kind, automated=True, company=company, role=role
        )

    def new_thread(self) -> str:
        self.thread += 1
        return f"t{self.thread:07d}"

    def later(self, when: datetime, low_hours: float, high_hours: float) -> datetime:
        return when + timedelta(hours=self.rng.uniform(low_hours, high_hours))

    def interview(self, when: datetime, company: str, domain: str, role: str) -> None:
        uid = f"uid-{len(self.events)}@{domain}"
        thread = self.new_thread()
        self.mail(
            when,
            thread,
            f"recruiter@{domain}",
            "interview_invitation",
            company=company,
            role=role,
            ical=uid,
        )
        key = f"e{len(self.events):06d}"
        start = self.later(when, 48, 200)
        self.events.append(
            {
                "event_key": key,
                "account": "bench",
                "source": "bench",
                "calendar_id": "primary",
                "event_id": key,
                "ical_uid": uid,
                "status": "confirmed",
                "summary": "Interview",
                "start_at": start,
                "end_at": start + timedelta(hours=1),
                "is_all_day": False,
                "organizer_email": f"recruiter@{domain}",
                "attendees": [ME, f"recruiter@{domain}"],
            }
        )
        self.event_facts.append(
            {
                "event_key": key,
                "is_interview": True,
                "company": company,
                "ical_uid": uid,
                "confidence": 0.9,
                "evidence": [],
                "extractor_version": "bench",
            }
        )

    def opportunity(self, n: int) -> None:
        rng = self.rng
        when = START + timedelta(days=rng.uniform(0, 210))
        company = f"Company {n:05d}"
        domain = f"company{n:05d}.com"
        role = rng.choice(ROLES)
        channel = rng.choices(
            ["cold", "board", "networking", "recruiter", "agency"], [60, 20, 10, 6, 4]
        )[0]
        thread = self.new_thread()
        if channel in ("cold", "board"):
            relay = rng.choice(ATS if channel == "cold" else BOARDS)
            self.relayed(relay, when, thread, "application_confirmation", company, role)
            if rng.random() < 0.3:
                self.relayed(relay, self.later(when, 1, 24), thread, "status_update", company, role)
            if rng.random() < 0.35:
                later, other_thread = self.later(when, 24, 900), self.new_thread()
                self.relayed(relay, later, other_thread, "rejection", company, role)
            elif rng.random() < 0.03:
                self.interview(self.later(when, 48, 400), company, domain, role)
            return
        if channel == "networking":
            friend = f"friend{n}@gmail.com"
            self.mail(when, thread, ME, "networking", me=True, to=friend)
            reply = self.later(when, 1, 72)
            for _ in range(rng.randint(1, 4)):
                self.mail(reply, thread, friend, "networking")
                reply = self.later(reply, 1, 48)
                self.mail(reply, thread, ME, "networking", me=True, to=friend)
                reply = self.later(reply, 1, 72)
            if rng.random() < 0.3:
                self.interview(reply, company, domain, role)
            return
        agency = f"Agency {n % 7}" if channel == "agency" else None
        sender = f"kim@agency{n % 7}.com" if agency else f"recruiter@{domain}"
        self.mail(
            when,
            thread,
            sender,
            "recruiter_outreach",
            company=agency or company,
            agency=agency,
            role=role,
        )
        answer = self.later(when, 1, 30)
        self.mail(answer, thread, ME, "other", me=True, to=sender)
        if rng.random() < 0.6:
            self.interview(self.later(answer, 2, 100), company, domain, role)

    def noise(self, count: int) -> None:
        for _ in range(count):
            when = START + timedelta(days=self.rng.uniform(0, 214))
            self.mail(when, self.new_thread(), "alerts@linkedin.com", "job_alert", automated=True)


def generate(con: duckdb.DuckDBPyConnection, total: int, seed: int) -> dict[str, int]:
    gen = Generator(seed)
    n = 0
    while len(gen.messages) < total * 0.6:
        gen.opportunity(n)
        n += 1
    gen.noise(total - len(gen.messages))
    ensure_schema(con)
    for start in range(0, len(gen.messages), 20_000):
        save_messages(con, gen.messages[start : start + 20_000])
        save_message_facts(con, gen.facts[start : start + 20_000])
    save_events(con, gen.events)
    save_event_facts(con, gen.event_facts)
    return {"messages": len(gen.messages), "events": len(gen.events), "opportunities": n}


def _memory(memory: dict[str, tuple[float, float]], stage: str) -> str:
    start, peak = memory[stage]
    return f"peak {peak:5.0f} MB (from {start:4.0f} MB: +{peak - start:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None, help="keep the database here")
    parser.add_argument("--existing", type=Path, default=None, help="time a copy of this db")
    parser.add_argument(
        "--steps", action="store_true", help="print each step of the first build with its peak"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        path.unlink(missing_ok=True)
        me: tuple[str, ...] = (ME,)
        if args.existing:
            shutil.copy(args.existing, path)
            # As `sneaker` and `benchmarks.pipeline` open it (warehouse.db.connect): glibc's
            # mmap threshold fixed and Arrow on malloc (warehouse.allocator). A plain
            # duckdb.connect left DuckDB's freed blocks in glibc's heaps: linking's peak
            # 213 -> 207 MB at 100k demo messages, 188 -> 184 at 10k (one run each).
            con = connect(path)
            me = tuple(
                r[0]
                for r in con.execute(
                    "select distinct from_addr from raw_messages where is_from_me"
                ).fetchall()
            )
            sizes = {"messages": con.execute("select count(*) from raw_messages").fetchone()[0]}
            print(f"copied {args.existing}: {sizes}")
        else:
            con = connect(path)
            started = time.perf_counter()
            sizes = generate(con, args.messages, args.seed)
            print(f"generated {sizes} in {time.perf_counter() - started:.1f} s")
        settings = Settings(home=Path(tmp), timezone="America/Chicago", my_addresses=me)

        memory: dict[str, tuple[float, float]] = {}  # (RSS at start, peak) in MB
        con.close()
        con = connect(path)  # nothing of the generation left in DuckDB's cache

        start_rss, resettable = _rss_mb(), _reset_peak()
        started = time.perf_counter()
        con.execute(
            "create or replace table _baseline as select * from raw_messages "
            "join message_facts using (message_key)"
        )
        baseline = time.perf_counter() - started
        con.execute("drop table _baseline")
        memory["baseline"] = (start_rss, _peak_rss_mb())

        con.close()
        con = connect(path)  # each stage starts with DuckDB's cache empty
        start_rss, _ = _rss_mb(), _reset_peak()
        libraries = _rss_file_mb()  # of start_rss: the same at any mailbox size
        step_peaks: list[float] = []  # each step resets the high-water mark: kept here
        timings: dict[str, float] = _StepPeaks(step_peaks) if args.steps else {}
        started = time.perf_counter()
        counts = build_warehouse(con, settings, timings=timings)
        build = time.perf_counter() - started
        memory["build"] = (start_rss, max([_peak_rss_mb(), *step_peaks]))
        con.close()
        con = connect(path)
        start_rss, _ = _rss_mb(), _reset_peak()
        started = time.perf_counter()
        build_warehouse(con, settings)
        rebuild = time.perf_counter() - started
        memory["rebuild"] = (start_rss, _peak_rss_mb())
        con.close()

    if not resettable:
        print("(peak RSS cannot be reset here: the memory figures are cumulative)")
    ratio = f"({build / max(baseline, 1e-9):.0f}x baseline)"
    for label, seconds, stage, note in [
        ("baseline (read and join every message once)", baseline, "baseline", ""),
        ("build_warehouse, fresh database", build, "build", ratio),
        ("build_warehouse, rebuild", rebuild, "rebuild", ""),
    ]:
        print(f"{label + ':':<46}{seconds:6.2f} s {note:<15} {_memory(memory, stage)}")
    print(f"shared libraries' pages in the build's starting RSS: {libraries:.0f} MB (_rss_file_mb)")
    print(
        f"opportunities {counts['opportunities']}, touchpoints {counts['touchpoints']}, "
        f"exchanges {counts['exchanges']}"
    )
    print("slowest steps:")
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1])[:6]:
        print(f"  {name:32s} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
