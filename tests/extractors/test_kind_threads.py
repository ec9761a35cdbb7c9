"""The candidate's own replies take the kind of the exchange they answer (kind_threads)."""

from datetime import UTC, datetime

import pytest

from extractors.kind_threads import OPEN_KEY, ThreadKinds, complete_kinds, reply_kind
from extractors.kinds import KINDS


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, tzinfo=UTC)


def mail(key: str, thread: str | None, day: int, kind: str, open_as: str | None = None):
    """(record, row) of one mail: open_as set marks the candidate's own mail left open."""
    record = {
        "message_key": key,
        "thread_id": thread,
        "sent_at": at(day),
        "is_from_me": bool(open_as),
    }
    row = {"message_key": key, "kind": kind, "evidence": []}
    if open_as:
        row[OPEN_KEY] = open_as if open_as != "decided" else None
    return record, row


def run(mails, threads=None):
    records, rows = [list(x) for x in zip(*mails, strict=True)]
    complete_kinds(rows, records, threads if threads is not None else ThreadKinds())
    return rows


@pytest.mark.parametrize(
    ("answered", "open_as", "expected"),
    [
        ("recruiter_outreach", "open", "recruiter_outreach"),
        ("offer", "open", "offer"),
        ("interview_invitation", "open", "interview_invitation"),
        ("interview_invitation", "thanks", "other"),
        ("assessment", "open", "assessment"),
        ("rejection", "open", "other"),
        ("networking", "open", "networking"),
        ("application_confirmation", "open", "networking"),
    ],
    ids=[
        "reply-to-approach-is-outreach",
        "reply-to-offer-is-offer",
        "reply-to-invitation-is-interview",
        "thanks-after-invitation-is-other",
        "reply-to-assessment-is-assessment",
        "reply-to-rejection-is-other",
        "reply-to-contact-stays",
        "reply-to-confirmation-stays",
    ],
)
def test_open_reply_takes_the_exchange(answered, open_as, expected):
    rows = run([mail("in", "t1", 1, answered), mail("me", "t1", 2, "networking", open_as)])
    assert rows[1]["kind"] == expected
    assert all(OPEN_KEY not in row for row in rows)


@pytest.mark.parametrize(
    ("answered", "expected"),
    [
        ("recruiter_outreach", "recruiter_outreach"),
        ("interview_invitation", "interview_invitation"),
        ("application_confirmation", "interview_invitation"),
        (None, "interview_invitation"),
    ],
    ids=["after-an-approach", "after-an-invitation", "after-an-application", "alone"],
)
def test_a_time_proposed_answers_an_approach(answered, expected):
    me = mail("me", "t1", 2, "interview_invitation", "time")
    rows = run([mail("in", "t1", 1, answered), me] if answered else [me])
    assert rows[-1]["kind"] == expected


@pytest.mark.parametrize(
    ("answered", "expected"),
    [
        ("recruiter_outreach", "recruiter_outreach"),
        ("job_alert", "application_confirmation"),
        ("interview_invitation", "application_confirmation"),
        (None, "application_confirmation"),
    ],
    ids=[
        "cv-sent-after-an-approach",
        "cv-sent-after-an-alert",
        "cv-sent-after-an-invitation",
        "cv-sent-alone",
    ],
)
def test_a_cv_sent_answers_an_approach(answered, expected):
    me = mail("me", "t1", 2, "application_confirmation", "apply")
    rows = run([mail("in", "t1", 1, answered), me] if answered else [me])
    assert rows[-1]["kind"] == expected


@pytest.mark.parametrize(
    ("answered", "expected"),
    [
        ("recruiter_outreach", "recruiter_outreach"),
        ("offer", "status_update"),
        ("interview_invitation", "status_update"),
        (None, "status_update"),
    ],
    ids=[
        "decline-after-an-approach-answers-it",
        "decline-after-an-offer-stays-a-status",
        "withdrawal-after-an-invitation-stays-a-status",
        "decline-alone-stays-a-status",
    ],
)
def test_a_decline_answers_an_approach(answered, expected):
    me = mail("me", "t1", 2, "status_update", "decline")
    rows = run([mail("in", "t1", 1, answered), me] if answered else [me])
    assert rows[-1]["kind"] == expected


@pytest.mark.parametrize(
    "case",
    ["decided-by-its-words", "other-thread", "no-thread", "answer-comes-later", "alone"],
)
def test_reply_keeps_its_own_kind(case):
    me = mail("me", "t1", 2, "networking", "decided" if case == "decided-by-its-words" else "open")
    if case == "other-thread":
        me = mail("me", "t2", 2, "networking", "open")
    if case == "no-thread":
        me = mail("me", None, 2, "networking", "open")
    before = [mail("in", "t1", 3 if case == "answer-comes-later" else 1, "offer")]
    rows = run([me] if case == "alone" else [*before, me])
    assert rows[-1]["kind"] == "networking"


def test_reply_listed_before_the_mail_it_answers():
    rows = run([mail("me", "t1", 2, "networking", "open"), mail("in", "t1", 1, "offer")])
    assert rows[0]["kind"] == "offer"


def test_latest_earlier_mail_decides():
    rows = run(
        [
            mail("a", "t1", 1, "recruiter_outreach"),
            mail("b", "t1", 3, "offer"),
            mail("me", "t1", 4, "networking", "open"),
            mail("c", "t1", 6, "rejection"),
        ]
    )
    assert rows[2]["kind"] == "offer"


def test_thread_across_batches():
    threads = ThreadKinds()
    run([mail("in", "t1", 1, "interview_invitation")], threads)
    rows = run([mail("me", "t1", 2, "networking", "open")], threads)
    assert rows[0]["kind"] == "interview_invitation"


def test_memory_stays_bounded():
    threads = ThreadKinds(capacity=3)
    for n in range(10):
        run([mail(f"in{n}", f"t{n}", 1, "offer")], threads)
    assert len(threads) == 3
    assert threads.before("t0", at(2)) is None  # forgotten, the oldest first
    assert threads.before("t9", at(2)) == "offer"


def test_every_reply_kind_is_a_kind():
    assert {reply_kind("open", k) for k in KINDS} - {None} <= set(KINDS)


def test_later_mail_of_a_long_thread_in_the_same_batch():
    """The thread's later mail in the batch (more than the few kept per thread) does not
    hide the mail the reply answers."""
    later = [mail(f"later{n}", "t1", 10 + n, "status_update") for n in range(6)]
    rows = run(
        [
            mail("in", "t1", 1, "recruiter_outreach"),
            mail("me", "t1", 2, "networking", "open"),
            *later,
        ]
    )
    assert rows[1]["kind"] == "recruiter_outreach"


def test_mail_that_a_reply_read_in_an_earlier_batch_could_not_see_is_counted():
    threads = ThreadKinds()
    run([mail("me", "t1", 4, "networking", "open")], threads)
    rows = run(
        [
            mail("late", "t1", 3, "offer"),  # dated before the reply: missed
            mail("after", "t1", 6, "rejection"),  # after it: the reply never needed it
            mail("other", "t2", 1, "offer"),
        ],
        threads,
    )
    assert [r["kind"] for r in rows] == ["offer", "rejection", "offer"]
    assert threads.missed == 1


def test_the_replies_remembered_for_that_count_stay_bounded():
    threads = ThreadKinds(capacity=3)
    for n in range(10):
        run([mail(f"me{n}", f"t{n}", 2, "networking", "open")], threads)
    run([mail("late0", "t0", 1, "offer"), mail("late9", "t9", 1, "offer")], threads)
    assert threads.missed == 1  # t0's reply is forgotten, the oldest first
