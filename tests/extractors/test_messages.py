from datetime import UTC, datetime

import pytest

from extractors.messages import FACT_COLUMNS, extract_messages
from extractors.pipeline import EXTRACTOR_VERSION, load_nlp
from warehouse.schema import ensure_schema


def test_rows_have_exactly_the_message_facts_columns():
    import duckdb

    con = duckdb.connect(":memory:")
    ensure_schema(con)
    columns = [r[0] for r in con.execute("describe message_facts").fetchall()]
    assert tuple(columns) == FACT_COLUMNS


def test_workday_rejection_row():
    record = {
        "message_key": "m1",
        "from_name": "Acme Robotics",
        "from_addr": "acmerobotics@myworkday.com",
        "subject": "Update on your application",
        "body_text": "Dear Sam,\n\nThank you for your interest in the Staff Engineer (R-12345) "
        "role at Acme Robotics. We have decided to move forward with other candidates.",
        "sent_at": datetime(2026, 3, 2, tzinfo=UTC),
        "is_from_me": False,
    }
    [row] = list(extract_messages(load_nlp(), [record]))
    assert row == {
        "message_key": "m1",
        "kind": "rejection",
        "is_automated": True,
        "company": "Acme Robotics",
        "role": "Staff Engineer",
        "req_id": "R-12345",
        "person_name": None,
        "person_title": None,
        "agency": None,
        "interview_at": None,
        "interview_type": None,
        "offer_terms": None,
        "confidence": row["confidence"],
        "evidence": row["evidence"],
        "extractor_version": EXTRACTOR_VERSION,
    }
    assert 0.5 < row["confidence"] <= 1.0
    assert {
        "label": "REJECT",
        "text": "move forward with other candidates",
        "start": 141,
        "end": 175,
    } in row["evidence"]


def test_interview_row_has_time_type_and_person():
    record = {
        "message_key": "m2",
        "from_name": "Jane Okafor",
        "from_addr": "jane@northwind.com",
        "subject": "Phone screen for Data Engineer",
        "body_text": "Hi Sam, your phone screen is confirmed for Tuesday, March 10, 2026 at "
        "2:00 PM ET.\n\nBest,\nJane Okafor\nTechnical Recruiter | Northwind",
        "sent_at": datetime(2026, 3, 2, tzinfo=UTC),
    }
    [row] = list(extract_messages(load_nlp(), [record]))
    assert (
        row["kind"],
        row["company"],
        row["role"],
        row["person_name"],
        row["person_title"],
        row["interview_at"],
        row["interview_type"],
    ) == (
        "interview_invitation",
        "Northwind",
        "Data Engineer",
        "Jane Okafor",
        "Technical Recruiter",
        datetime(2026, 3, 10, 18, 0, tzinfo=UTC),
        "phone_screen",
    )


def test_sent_mail_and_empty_records_still_yield_rows_in_order():
    records = [
        {
            "message_key": "a",
            "from_addr": "sam@gmail.com",
            "to_addrs": ["jobs@acme.com"],
            "subject": "Application: Data Engineer",
            "is_from_me": True,
            "body_text": "I am writing to apply for the Data Engineer position at Acme.",
        },
        {"message_key": "b"},
        {"message_key": "c", "subject": "Your verification code", "body_text": None},
    ]
    rows = list(extract_messages(load_nlp(), records))
    assert [(r["message_key"], r["kind"]) for r in rows] == [
        ("a", "application_confirmation"),
        ("b", "other"),
        ("c", "other"),
    ]
    assert rows[0]["company"] == "Acme"


def test_default_tz_places_a_zoneless_interview_time_in_the_users_zone():
    record = {
        "message_key": "m3",
        "from_name": "Jane Okafor",
        "from_addr": "jane@northwind.com",
        "subject": "Interview for Data Engineer",
        "body_text": "Hi Sam, I'd like to invite you to a phone interview on Thursday at 2pm. "
        "Does that work?\n\nJane Okafor\nRecruiter, Northwind",
        "sent_at": datetime(2026, 3, 2, 15, tzinfo=UTC),  # a Monday
        "is_from_me": False,
    }
    nlp = load_nlp()
    [utc] = list(extract_messages(nlp, [record]))
    [local] = list(extract_messages(nlp, [record], default_tz="America/Chicago"))
    assert (utc["kind"], local["kind"]) == ("interview_invitation", "interview_invitation")
    assert utc["interview_at"] == datetime(2026, 3, 5, 14, tzinfo=UTC)
    assert local["interview_at"] == datetime(2026, 3, 5, 20, tzinfo=UTC)


def test_two_processes_give_the_same_rows_in_the_same_order():
    import json
    from pathlib import Path

    from extractors.cli_io import to_record

    devset = Path(__file__).resolve().parents[1] / "data" / "devset.jsonl"
    with devset.open(encoding="utf-8") as lines:
        records = [to_record(json.loads(line)) for line, _ in zip(lines, range(11), strict=False)]
    nlp = load_nlp()
    one = list(extract_messages(nlp, records, batch_size=4))
    two = list(extract_messages(nlp, records, batch_size=4, n_process=2))
    assert [row["message_key"] for row in two] == [r["message_key"] for r in records]
    assert two == one


@pytest.mark.parametrize("enabled_before", [True, False], ids=["collector-on", "collector-off"])
def test_a_batch_runs_with_the_cycle_collector_paused_and_leaves_it_as_found(
    monkeypatch, enabled_before
):
    import gc

    from extractors import messages

    seen = []
    record_doc = messages.record_doc

    def spy(nlp, record, default_tz=None):
        seen.append(gc.isenabled())
        return record_doc(nlp, record, default_tz)

    monkeypatch.setattr(messages, "record_doc", spy)
    record = {"message_key": "m1", "subject": "Hello", "body_text": "Thanks for applying."}
    was = gc.isenabled()
    try:
        if not enabled_before:
            gc.disable()
        rows = messages.batch_rows(load_nlp(), [record, {**record, "message_key": "m2"}])
        assert (seen, gc.isenabled(), [r["message_key"] for r in rows]) == (
            [False, False],
            enabled_before,
            ["m1", "m2"],
        )
    finally:
        if was:
            gc.enable()
