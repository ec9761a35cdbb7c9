"""Extraction batches on a local Dask cluster of two worker processes (prefect-dask)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at

prefect_dask = pytest.importorskip(
    "prefect_dask", reason="the `dask` extra is not installed (pip install -e '.[dask]')"
)
distributed = pytest.importorskip("distributed")

BODIES = [
    ("Your application to Globex", "Thank you for applying to Globex for the Backend Engineer "
     "role. We have received your application and will review it."),
    ("Interview for Senior Engineer", "Hi, I'd like to schedule a phone screen for the Senior "
     "Engineer role at Initech. Are you free Tuesday at 10am?"),
    ("Update on your application", "Unfortunately we have decided to move forward with other "
     "candidates for the SRE position at Umbrella."),
    ("Coffee?", "Great to see you at the meetup on Sunday. Would you like to grab coffee next "
     "week and talk about the team at Acme?"),
]  # fmt: skip


def _mailbox(n: int) -> Mailbox:
    box = Mailbox()
    for i in range(n):
        subject, body = BODIES[i % len(BODIES)]
        box.mail(f"m{i:03d}", at(i), sender=f"person{i}@example{i % 5}.com", kind=None,
                 subject=subject, body=body)  # fmt: skip
    return box


def test_extraction_flow_runs_on_two_dask_workers(prefect_harness: None, tmp_path: Path) -> None:
    from distributed import LocalCluster, get_task_stream
    from prefect_dask import DaskTaskRunner

    from extractors.messages import extract_messages
    from extractors.pipeline import load_nlp
    from flows.parallel_extract import parallel_extract_flow

    home = tmp_path / "home"
    db = home / "accounts" / "default" / "sneaker.duckdb"
    db.parent.mkdir(parents=True)
    # A zone far from UTC: "Tuesday at 10am" must be read in the user's zone on the
    # workers too, as the one-process pipeline does.
    (db.parent / "account.toml").write_text('timezone = "Asia/Tokyo"\n', encoding="utf-8")
    box = _mailbox(40)
    with duckdb.connect(str(db)) as con:
        box.load(con)

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        as cluster,
        distributed.Client(cluster) as client,
        get_task_stream(client) as stream,
    ):  # fmt: skip
        flow = parallel_extract_flow.with_options(
            task_runner=DaskTaskRunner(address=cluster.scheduler_address)
        )
        result = flow(account="default", home=str(home), batch_size=5, in_flight=4)

    assert result == {"messages": 40, "facts": 40, "batches": 8}
    workers = {task["worker"] for task in stream.data}
    assert len(workers) == 2, "both Dask workers took batches"

    facts = list(extract_messages(load_nlp(), box.messages, default_tz="Asia/Tokyo"))
    expected = sorted(
        (f["message_key"], f["kind"], f["company"], f["role"], round(f["confidence"], 6),
         f["interview_at"])
        for f in facts
    )  # fmt: skip
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute(
            "select message_key, kind, company, role, round(confidence, 6), interview_at "
            "from message_facts order by message_key"
        ).fetchall()
    assert sum(1 for f in facts if f["interview_at"]) == 10, "the invites' times were read"
    assert stored == expected
