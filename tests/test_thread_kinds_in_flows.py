"""The candidate's own reply takes the kind of the exchange it answers when the flows
classify a mailbox in batches: the mail it answers may be in an earlier batch, and on the
parallel path the batches come back in any order (extractors.kind_threads). Batches go in
order of date, so an exchange is not forgotten (the run's ThreadKinds keeps the last 4,096
threads) because its keys, Message-IDs for imported mail, are far apart."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import duckdb
import pytest

from extractors.kind_threads import ThreadKinds
from extractors.pipeline import EXTRACTOR_VERSION
from flows import steps
from flows.config import load_settings
from tests.warehouse.scenario import Mailbox, at

APPROACH = (
    "Hi Sam, I'm a technical recruiter at Northwind Analytics. I came across your profile "
    "and think you'd be a strong fit for a Senior Data Engineer role we're hiring for. "
    "Would you be open to a quick chat this week?"
)


def _mailbox(replies: int) -> Mailbox:
    """A recruiter's approach, then the candidate's short replies in the same thread (keys
    in date order, so one mail a batch puts the approach in the first batch)."""
    box = Mailbox()
    box.mail(
        "a-approach", at(0), thread="t1", sender="dana@northwind.io", name="Dana Reyes",
        kind=None, subject="Senior Data Engineer at Northwind", body=APPROACH,
    )  # fmt: skip
    for n in range(replies):
        box.mail(
            f"b-reply-{n}", at(1 + n), thread="t1", me=True, to=("dana@northwind.io",),
            kind=None, subject="Re: Senior Data Engineer at Northwind", body="Sounds good, thanks.",
        )  # fmt: skip
    return box


def _stored(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("select message_key, kind from message_facts").fetchall())


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    db = home / "accounts" / "default" / "sneaker.duckdb"
    db.parent.mkdir(parents=True)
    with duckdb.connect(str(db)) as con:
        _mailbox(replies=6).load(con)
    return home


def _expected(kinds: dict[str, str]) -> dict[str, str]:
    assert kinds["a-approach"] == "recruiter_outreach", "the approach itself was misread"
    return {key: "recruiter_outreach" for key in kinds}


def test_one_process_batches_share_the_threads(home: Path) -> None:
    settings = dataclasses.replace(load_settings(home, "default"), batch_size=1)
    with duckdb.connect(str(settings.db_path)) as con:
        steps.extract_pending(con, settings, EXTRACTOR_VERSION)
    kinds = _stored(settings.db_path)
    assert len(kinds) == 7
    assert kinds == _expected(kinds)


def test_parallel_batches_are_completed_in_order(prefect_harness: None, home: Path) -> None:
    from flows.parallel_extract import parallel_extract_flow

    result = parallel_extract_flow(account="default", home=str(home), batch_size=1, in_flight=4)
    assert result == {"messages": 7, "facts": 7, "batches": 7}
    kinds = _stored(home / "accounts" / "default" / "sneaker.duckdb")
    assert kinds == _expected(kinds)


@pytest.mark.slow
def test_a_reply_far_from_its_exchange_in_key_order_gets_the_kinds_of_one_batch(
    tmp_path: Path,
) -> None:
    # The approach and the reply are two hours apart, but more threads than the run's
    # ThreadKinds keeps come between their keys, each a mail sent before the approach (the
    # approach's batch holds a batch of them too); read in key order, the approach's thread
    # was forgotten when the reply's batch came.
    batch = 500
    box = _mailbox(replies=0)
    box.mail(
        "z-reply", at(0, hours=2), thread="t1", me=True, to=("dana@northwind.io",), kind=None,
        subject="Re: Senior Data Engineer at Northwind", body="Sounds good, thanks.",
    )  # fmt: skip
    for n in range(ThreadKinds().capacity + 2 * batch):
        box.mail(
            f"m-{n:05d}", at(-5, minutes=n), sender=f"digest{n}@news.example.org", kind=None,
            subject="Your weekly digest", body="Unsubscribe any time.",
        )  # fmt: skip
    home = tmp_path / "home"
    db = home / "accounts" / "default" / "sneaker.duckdb"
    db.parent.mkdir(parents=True)
    with duckdb.connect(str(db)) as con:
        box.load(con)
    whole = tmp_path / "one-batch.duckdb"
    shutil.copyfile(db, whole)

    settings = load_settings(home, "default")
    with duckdb.connect(str(whole)) as con:
        one = dataclasses.replace(settings, batch_size=100_000)
        steps.extract_pending(con, one, EXTRACTOR_VERSION)
    with duckdb.connect(str(db)) as con:
        steps.extract_pending(
            con, dataclasses.replace(settings, batch_size=batch), EXTRACTOR_VERSION
        )

    one_batch = _stored(whole)
    assert one_batch["z-reply"] == "recruiter_outreach", "the reply alone was misread"
    assert _stored(db) == one_batch
