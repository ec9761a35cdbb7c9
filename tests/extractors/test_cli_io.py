import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from extractors.cli_io import classify_jsonl, parse_date


def run(lines: list[str]) -> tuple[list[dict], str]:
    sink, err = io.StringIO(), io.StringIO()
    classify_jsonl(io.StringIO("\n".join(lines) + "\n"), sink, console=Console(file=err, width=200))
    return [json.loads(line) for line in sink.getvalue().splitlines()], err.getvalue()


def test_classify_writes_one_object_per_message_and_reports_bad_lines():
    good = {
        "id": "1",
        "from": "Acme Hiring Team <no-reply@us.greenhouse-mail.io>",
        "date": "Mon, 02 Mar 2026 14:00:00 +0000",
        "subject": "Thank you for applying to Acme",
        "body": "<html><body><p>We received your application for the "
        "Data Engineer role.</p></body></html>",
    }
    secret = {"from": "x@y.com", "body": "PRIVATE BODY TEXT"}
    out, err = run(
        [
            json.dumps(good),
            "{not json",
            json.dumps(secret),
            json.dumps({"id": "2", "from": "", "date": "", "subject": "", "body": ""}),
        ]
    )
    assert [(o["id"], o["kind"], o["automated"], o["company"], o["role"]) for o in out] == [
        ("1", "application_confirmation", True, "Acme", "Data Engineer"),
        ("2", "other", False, None, None),
    ]
    assert set(out[0]) >= {
        "id",
        "kind",
        "automated",
        "company",
        "role",
        "confidence",
        "req_id",
        "person_name",
        "agency",
        "interview_at",
        "evidence",
    }
    assert "line 2: skipped: invalid JSON" in err
    assert "line 3: skipped: missing 'id'" in err
    assert "PRIVATE" not in err


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon, 02 Mar 2026 09:00:00 -0500", "2026-03-02T14:00:00+00:00"),
        ("2026-03-02T14:00:00Z", "2026-03-02T14:00:00+00:00"),
        ("2026-03-02T14:00:00", "2026-03-02T14:00:00+00:00"),
        ("yesterday", None),
        ("", None),
    ],
    ids=["rfc2822", "iso-z", "iso-naive", "unreadable", "empty"],
)
def test_parse_date(value, expected):
    parsed = parse_date(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_mail_from_the_mailbox_owner_counts_as_sent():
    me = "Sam Rivera <sam@gmail.com>"
    inbound = [
        {
            "id": f"in{i}",
            "from": "Acme Hiring Team <no-reply@hire.lever.co>",
            "to": me,
            "date": "",
            "subject": "Thank you for applying to Acme",
            "body": "",
        }
        for i in range(3)
    ]
    reply = {
        "id": "out",
        "from": me,
        "to": "Jane Okafor <jane@acme.com>",
        "date": "",
        "subject": "Re: Phone screen",
        "body": "Tuesday at 2pm works for me. Talk then!",
    }
    out, _ = run([json.dumps(x) for x in [*inbound, reply]])
    assert [(o["id"], o["kind"]) for o in out][-1] == ("out", "interview_invitation")


def test_mailbox_owner_needs_a_clear_majority():
    from extractors.cli_io import mailbox_owner

    records = [{"to_addrs": [f"x{i}@a.com"], "from_addr": f"y{i}@b.com"} for i in range(5)]
    assert mailbox_owner(records) is None
    records += [{"to_addrs": ["me@gmail.com"], "from_addr": f"z{i}@c.com"} for i in range(6)]
    assert mailbox_owner(records) == "me@gmail.com"


def test_progress_is_drawn_on_a_terminal_only_and_every_item_passes() -> None:
    from extractors.cli_io import with_progress

    terminal = Console(file=io.StringIO(), force_terminal=True, width=80)
    assert list(with_progress(range(5), terminal, "Classifying", 5)) == [0, 1, 2, 3, 4]
    assert "Classifying" in terminal.file.getvalue()  # type: ignore[attr-defined]
    piped = Console(file=io.StringIO(), force_terminal=False)
    assert list(with_progress(range(5), piped, "Classifying", 5)) == [0, 1, 2, 3, 4]
    assert piped.file.getvalue() == ""  # type: ignore[attr-defined]


def test_the_line_count_skips_blank_lines_and_leaves_the_file_where_it_was(
    tmp_path: Path,
) -> None:
    from extractors.cli_io import line_count

    path = tmp_path / "mail.jsonl"
    path.write_text('{"id": "1"}\n\n{"id": "2"}\n   \n{"id": "3"}\n', encoding="utf-8")
    with path.open(encoding="utf-8") as source:
        assert line_count(source) == 3
        assert source.readline() == '{"id": "1"}\n'

    class Pipe(io.StringIO):
        def seekable(self) -> bool:
            return False

    assert line_count(Pipe('{"id": "1"}\n')) is None


def _thread_far_apart() -> tuple[dict, dict, list[dict]]:
    """A recruiter's approach, the candidate's short reply to it, and 300 other mails: the
    same mails as tests/test_thread_kinds_in_flows.py's exchange."""
    approach = {
        "id": "approach",
        "from": "Dana Reyes <dana@northwind.io>",
        "to": "sam@example.com",
        "date": "2026-09-07T09:00:00+00:00",
        "subject": "Senior Data Engineer at Northwind",
        "body": "Hi Sam, I'm a technical recruiter at Northwind Analytics. I came across your "
        "profile and think you'd be a strong fit for a Senior Data Engineer role we're hiring "
        "for. Would you be open to a quick chat this week?",
        "thread_id": "t1",
    }
    reply = {
        "id": "reply",
        "from": "Sam Lee <sam@example.com>",
        "to": "dana@northwind.io",
        "date": "2026-09-08T09:00:00+00:00",
        "subject": "Re: Senior Data Engineer at Northwind",
        "body": "Sounds good, thanks.",
        "thread_id": "t1",
        "is_from_me": True,
    }
    others = [
        {
            "id": f"other-{n}",
            "from": "Store <news@shop.example>",
            "to": "sam@example.com",
            "date": "2026-09-10T09:00:00+00:00",
            "subject": f"Weekly deals {n}",
            "body": "New arrivals this week.",
            "thread_id": f"o{n}",
        }
        for n in range(300)
    ]
    return approach, reply, others


def test_a_reply_far_before_the_mail_it_answers_keeps_its_reading_and_says_so():
    approach, reply, others = _thread_far_apart()
    in_order, err = run([json.dumps(m) for m in [approach, reply, *others]])
    kinds = {r["id"]: r["kind"] for r in in_order}
    assert (kinds["approach"], kinds["reply"]) == ("recruiter_outreach", "recruiter_outreach")
    assert err == ""
    # the reply first, the approach it answers past the first batch of 256
    far, err = run([json.dumps(m) for m in [reply, *others, approach]])
    kinds = {r["id"]: r["kind"] for r in far}
    assert [r["id"] for r in far] == ["reply", *(m["id"] for m in others), "approach"]
    assert kinds["reply"] != "recruiter_outreach"
    assert "1 mail came after a later reply in the same thread" in err
    assert "date order" in err
