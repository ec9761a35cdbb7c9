"""Takeout readers on awkward mail and calendars (files in tests/data/mime and /ics)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.sources.records import Quarantined
from flows.sources.takeout import (
    iter_paths,
    parse_message_bytes,
    read_eml,
    read_ics,
    read_mbox,
    split_mbox,
)

DATA = Path(__file__).resolve().parents[1] / "data"
MIME = DATA / "mime"
ICS = DATA / "ics"
ME = ("sam@example.org",)
WINDOW = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))


def one(name: str) -> dict:
    [record] = list(read_eml(MIME / name, account="acct", my_addresses=ME))
    assert isinstance(record, dict), record
    return record


def test_rfc2047_headers_whole_row() -> None:
    assert one("rfc2047_headers.eml") == {
        "message_key": "rfc2047.1@example.com",
        "account": "acct",
        "source": "eml",
        "gmail_id": None,
        "thread_id": "rfc2047.1@example.com",
        "rfc822_message_id": "rfc2047.1@example.com",
        "labels": [],
        "sent_at": datetime(2025, 9, 2, 7, 15, tzinfo=UTC),
        "date_header": "Tue, 02 Sep 2025 09:15:00 +0200",
        "from_name": "René François",
        "from_addr": "rene.francois@example.com",
        "to_addrs": ["sam@example.org", "yamada@example.jp"],
        "cc_addrs": [],
        "reply_to": None,
        "subject": "Entretien pour le poste d\u2019ingénieur senior",
        "body_text": "Bonjour, pouvez-vous venir mardi ?\n",
        "has_html": False,
        "in_reply_to": None,
        "references": [],
        "ical_uids": [],
        "list_unsubscribe": False,
        "auto_submitted": None,
        "size_bytes": (MIME / "rfc2047_headers.eml").stat().st_size,
        "is_from_me": False,
        "is_deleted": False,
    }


def test_reply_threads_on_references_root_and_is_from_me() -> None:
    row = one("reply_thread.eml")
    assert (row["thread_id"], row["in_reply_to"], row["references"]) == (
        "root.0@acme.example",
        "reply.1@acme.example",
        ["root.0@acme.example", "reply.1@acme.example"],
    )
    assert (row["from_addr"], row["cc_addrs"], row["reply_to"], row["is_from_me"]) == (
        "sam@example.org",
        ["other@acme.example"],
        "sam.alt@example.org",
        True,
    )
    assert row["sent_at"] == datetime(2025, 9, 12, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        pytest.param(
            "quoted_printable.eml",
            "body_text",
            "Thank you for applying to the Staff Engineer role at Café Systems. "
            "We review every application carefully.\nBest regards\n",
            id="quoted-printable-soft-breaks-and-utf8",
        ),
        pytest.param("quoted_printable.eml", "auto_submitted", "bulk", id="precedence-bulk"),
        pytest.param("quoted_printable.eml", "list_unsubscribe", True, id="list-unsubscribe"),
        pytest.param(
            "base64_html_only.eml",
            "body_text",
            "Hi Sam,\n\nWe would like to invite you to a phone screen.\nThanks,\nDana",
            id="base64-html-only-to-text-without-script-style-title",
        ),
        pytest.param("base64_html_only.eml", "has_html", True, id="html-flag"),
        pytest.param("missing_subject_and_date.eml", "subject", None, id="missing-subject"),
        pytest.param("missing_subject_and_date.eml", "sent_at", None, id="missing-date"),
        pytest.param("missing_subject_and_date.eml", "date_header", None, id="no-date-header"),
        pytest.param("bad_date.eml", "sent_at", None, id="unparseable-date"),
        pytest.param("bad_date.eml", "date_header", "the day after tomorrow", id="bad-date-kept"),
        pytest.param("future_date.eml", "sent_at", None, id="future-date-dropped"),
        pytest.param(
            "future_date.eml", "date_header", "Fri, 01 Jan 2099 00:00:00 +0000", id="future-kept"
        ),
        pytest.param("unknown_charset.eml", "from_name", "Koré", id="unknown-charset-header"),
        pytest.param("unknown_charset.eml", "subject", "ÿ status", id="unknown-charset-subject"),
        pytest.param(
            "unknown_charset.eml", "body_text", "CafÃ© and crème\n", id="unknown-charset-body"
        ),
        pytest.param("iso2022jp.eml", "from_name", "山田", id="iso-2022-jp-name"),
        pytest.param("iso2022jp.eml", "subject", "面接", id="iso-2022-jp-subject"),
        pytest.param("iso2022jp.eml", "body_text", "面接の日程\n", id="iso-2022-jp-body"),
        pytest.param("gb2312.eml", "subject", "面试", id="gb2312-subject"),
        pytest.param("gb2312.eml", "body_text", "面试安排 镕\n", id="gb2312-body-with-gbk-char"),
        pytest.param("utf7.eml", "subject", "Café", id="utf-7-subject"),
        pytest.param("utf7.eml", "body_text", "Café au lait 日本語\n", id="utf-7-body"),
        pytest.param("eight_bit_headers.eml", "from_name", "Zoë Ångström", id="8bit-utf8-name"),
        pytest.param("eight_bit_headers.eml", "subject", "Möte på fredag", id="8bit-utf8-subj"),
        pytest.param("latin1_8bit_headers.eml", "from_name", "José Peña", id="8bit-latin1-name"),
        pytest.param("latin1_8bit_headers.eml", "subject", "Reunión", id="8bit-latin1-subject"),
        pytest.param(
            "nested_rfc822.eml", "body_text", "See below, thought of you.", id="nested-rfc822"
        ),
        pytest.param(
            "missing_boundary_param.eml",
            "body_text",
            "Body of a multipart with no boundary parameter.\n",
            id="multipart-without-boundary",
        ),
        pytest.param(
            "calendar_invite.eml",
            "ical_uids",
            ["interview-uid-123@google.com"],
            id="ical-uid-from-text-calendar-folded",
        ),
        pytest.param(
            "calendar_invite.eml",
            "body_text",
            "You have been invited to a technical interview.",
            id="attachment-skipped",
        ),
        pytest.param(
            "calendar_invite.eml", "auto_submitted", "auto-generated", id="auto-submitted"
        ),
    ],
)
def test_awkward_mail_field(name: str, field: str, expected: object) -> None:
    assert one(name)[field] == expected


def test_broken_boundary_keeps_the_text_blob() -> None:
    body = one("broken_boundary.eml")["body_text"]
    assert "The boundary in the header is never used." in body


def test_not_a_message_is_quarantined() -> None:
    assert list(read_eml(MIME / "not_a_message.eml", account="acct")) == [
        Quarantined("eml", str(MIME / "not_a_message.eml"), "parse", "no header lines")
    ]


def test_takeout_mbox_labels_threads_from_lines_and_content_key() -> None:
    rows = list(read_mbox(MIME / "takeout_sample.mbox", account="acct", my_addresses=()))
    assert [r["message_key"] for r in rows[:2]] == ["mbox.1@acme.example", "mbox.2@example.org"]
    first, reply, no_id = rows
    assert first["labels"] == ["Inbox", "Category Updates", "Job search, 2025"]
    assert first["body_text"] == (
        "Hi Sam, are you free on Friday?\n"
        "From the team at Acme: this line starts with From but is body text.\n"
        "From an escaped line.\n"
        ">From a doubly escaped line.\n"
    )
    assert (first["thread_id"], reply["thread_id"]) == ("1780000000000000001",) * 2
    assert (first["is_from_me"], reply["is_from_me"]) == (False, True)  # label "Sent"
    assert no_id["message_key"].startswith("sha256:") and len(no_id["message_key"]) == 71
    assert no_id["thread_id"] == no_id["message_key"]
    assert no_id["rfc822_message_id"] is None


def test_crlf_mbox() -> None:
    rows = list(read_mbox(MIME / "crlf.mbox", account="acct"))
    assert [(r["message_key"], r["subject"], r["body_text"]) for r in rows] == [
        ("crlf.1@example.com", "CRLF line endings", "First message body.\n"),
        ("crlf.2@example.com", "Second CRLF", "Second message body.\n"),
    ]


def test_truncated_last_message_is_kept_and_noted() -> None:
    path = MIME / "truncated_last.mbox"
    out = list(read_mbox(path, account="acct"))
    assert [r["message_key"] for r in out if isinstance(r, dict)] == [
        "whole.1@example.com",
        "cut.1@example.com",
    ]
    assert out[1]["body_text"] == "The download stopped in the middle of this sen"
    assert out[2] == Quarantined(
        "takeout_mbox",
        f"{path}:234",
        "read",
        "last message truncated at end of file; stored what parsed",
    )


def test_message_truncated_in_its_headers_is_quarantined_only() -> None:
    path = MIME / "truncated_in_headers.mbox"
    out = list(read_mbox(path, account="acct"))
    assert [r["message_key"] for r in out if isinstance(r, dict)] == ["whole.2@example.com"]
    assert out[1] == Quarantined(
        "takeout_mbox", f"{path}:202", "read", "last message truncated inside its headers"
    )


def test_duplicate_message_ids_yield_both_with_one_key() -> None:
    rows = list(read_mbox(MIME / "duplicate_ids.mbox", account="acct"))
    assert [(r["message_key"], r["subject"]) for r in rows] == [
        ("dup.1@example.com", "First copy"),
        ("dup.1@example.com", "Second copy"),
    ]


def test_garbage_before_first_from_line_is_quarantined() -> None:
    path = MIME / "garbage_preamble.mbox"
    out = list(read_mbox(path, account="acct"))
    assert out[0] == Quarantined(
        "takeout_mbox", f"{path}:0", "read", "43 bytes before the first 'From ' line (not an mbox?)"
    )
    assert out[1]["message_key"] == "after.1@example.com"


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20], ids=lambda c: f"chunk-{c}")
def test_split_mbox_is_independent_of_chunk_size(chunk: int) -> None:
    data = (MIME / "takeout_sample.mbox").read_bytes()
    entries = list(split_mbox(io.BytesIO(data), chunk_bytes=chunk))
    expected = list(split_mbox(io.BytesIO(data)))
    assert [(e.offset, e.data) for e in entries] == [(e.offset, e.data) for e in expected]
    assert [e.offset for e in expected] == [0, data.index(b"From 1780000000000000002"),
                                            data.index(b"From 1780000000000000003")]  # fmt: skip


def test_oversize_message_is_quarantined_without_being_held() -> None:
    data = b"From a@b Mon Jan  1 00:00:00 2024\nSubject: x\n\n" + b"y" * 5000 + b"\n"
    [entry] = split_mbox(io.BytesIO(data), chunk_bytes=512, max_message_bytes=1000)
    assert (entry.oversize, entry.data, entry.size) == (True, b"", len(data))


def test_parse_message_bytes_key_hint_and_gmail_source() -> None:
    raw = (MIME / "reply_thread.eml").read_bytes()
    row = parse_message_bytes(raw, account="acct", source="gmail_api", key_hint="18c0ffee")
    assert (row["message_key"], row["gmail_id"], row["rfc822_message_id"]) == (
        "18c0ffee",
        "18c0ffee",
        "reply.2@example.org",
    )


# --- calendars ---------------------------------------------------------------------


def events(name: str) -> list:
    return list(read_ics(ICS / name, account="acct", window=WINDOW))


def test_recurrence_with_exception_and_exdate_whole_rows() -> None:
    out = events("recurrence_exceptions.ics")
    base = {
        "account": "acct",
        "source": "takeout_ics",
        "calendar_id": "recurrence_exceptions",
        "ical_uid": "weekly-sync@example.com",
        "recurring_event_id": "weekly-sync@example.com",
        "description": None,
        "location": None,
        "is_all_day": False,
        "is_deleted": False,
    }
    normal = {
        **base,
        "status": "confirmed",
        "summary": "Weekly mentoring call",
        "organizer_email": "mentor@example.com",
        "attendees": ["sam@example.org", "mentor@example.com"],
        "updated_at": datetime(2025, 3, 1, tzinfo=UTC),
    }
    assert out == [
        {
            **normal,
            "event_key": "recurrence_exceptions/weekly-sync@example.com/20250303T160000Z",
            "event_id": "weekly-sync@example.com_20250303T160000Z",
            "start_at": datetime(2025, 3, 3, 16, 0, tzinfo=UTC),
            "end_at": datetime(2025, 3, 3, 16, 30, tzinfo=UTC),
        },
        {
            **base,
            "event_key": "recurrence_exceptions/weekly-sync@example.com/20250310T150000Z",
            "event_id": "weekly-sync@example.com_20250310T150000Z",
            "status": None,
            "summary": "Weekly mentoring call (moved)",
            "organizer_email": None,
            "attendees": [],
            "updated_at": datetime(2025, 3, 5, tzinfo=UTC),
            "start_at": datetime(2025, 3, 10, 19, 0, tzinfo=UTC),
            "end_at": datetime(2025, 3, 10, 19, 30, tzinfo=UTC),
        },
        # 17 March is an EXDATE; after the DST change 10:00 Chicago is 15:00 UTC.
        {
            **normal,
            "event_key": "recurrence_exceptions/weekly-sync@example.com/20250324T150000Z",
            "event_id": "weekly-sync@example.com_20250324T150000Z",
            "start_at": datetime(2025, 3, 24, 15, 0, tzinfo=UTC),
            "end_at": datetime(2025, 3, 24, 15, 30, tzinfo=UTC),
        },
    ]


def test_missing_dtend() -> None:
    out = events("missing_dtend.ics")
    assert [(e["event_key"], e["start_at"], e["end_at"], e["is_all_day"]) for e in out] == [
        ("missing_dtend/no-end@example.com",
         datetime(2025, 9, 5, 15, tzinfo=UTC), datetime(2025, 9, 5, 15, tzinfo=UTC), False),
        ("missing_dtend/duration@example.com",
         datetime(2025, 9, 6, 15, tzinfo=UTC), datetime(2025, 9, 6, 15, 45, tzinfo=UTC), False),
        ("missing_dtend/allday-no-end@example.com",
         datetime(2025, 9, 7, tzinfo=UTC), datetime(2025, 9, 8, tzinfo=UTC), True),
    ]  # fmt: skip


def test_all_day_events_across_dst_stay_at_midnight_utc() -> None:
    out = events("allday_dst.ics")
    assert [(e["event_key"], e["start_at"], e["end_at"], e["is_all_day"]) for e in out] == [
        ("allday_dst/onsite-days@example.com",
         datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 4, tzinfo=UTC), True),
        ("allday_dst/daily-allday@example.com/20251101",
         datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 2, tzinfo=UTC), True),
        ("allday_dst/daily-allday@example.com/20251102",
         datetime(2025, 11, 2, tzinfo=UTC), datetime(2025, 11, 3, tzinfo=UTC), True),
        ("allday_dst/daily-allday@example.com/20251103",
         datetime(2025, 11, 3, tzinfo=UTC), datetime(2025, 11, 4, tzinfo=UTC), True),
    ]  # fmt: skip


def test_bad_tzid_kept_as_utc_and_noted() -> None:
    out = events("bad_tzid.ics")
    path = ICS / "bad_tzid.ics"
    assert [(e["event_key"], e["start_at"]) for e in out if isinstance(e, dict)] == [
        ("bad_tzid/bad-tz@example.com", datetime(2025, 9, 10, 9, tzinfo=UTC)),
        ("bad_tzid/good@example.com", datetime(2025, 9, 10, 7, tzinfo=UTC)),
    ]
    assert [q for q in out if isinstance(q, Quarantined)] == [
        Quarantined(
            "takeout_ics", f"{path}#bad-tz@example.com", "decode", "unknown TZID; times read as UTC"
        )
    ]


def test_broken_components_quarantined_rest_of_file_goes_on() -> None:
    out = events("broken_event.ics")
    path = ICS / "broken_event.ics"
    assert [e["event_key"] for e in out if isinstance(e, dict)] == [
        "broken_event/good-one@example.com",
        "broken_event/good-two@example.com",
    ]
    assert [(q.key, q.reason) for q in out if isinstance(q, Quarantined)] == [
        (f"{path}#no-start@example.com", "no usable DTSTART"),
        (f"{path}#bad-rule@example.com", "event failed: BrokenCalendarProperty"),
        (f"{path}#every-second@example.com",
         "recurrence repeats hourly or more often; not expanded"),
    ]  # fmt: skip


def test_iter_paths_dispatches_folders_and_suffixes(tmp_path: Path) -> None:
    takeout = tmp_path / "Takeout"
    (takeout / "Mail").mkdir(parents=True)
    (takeout / "Calendar").mkdir()
    (takeout / "Mail" / "All mail.mbox").write_bytes((MIME / "crlf.mbox").read_bytes())
    (takeout / "Calendar" / "work.ics").write_bytes((ICS / "missing_dtend.ics").read_bytes())
    (takeout / "archive_browser.html").write_text("<html></html>")
    loose = tmp_path / "note.eml"
    loose.write_bytes((MIME / "utf7.eml").read_bytes())
    odd = tmp_path / "README.txt"
    odd.write_text("hello")
    out = list(iter_paths([takeout, loose, odd], account="acct", window=WINDOW))
    keys = [r.get("message_key") or r.get("event_key") for r in out if isinstance(r, dict)]
    assert keys == [
        "work/no-end@example.com",
        "work/duration@example.com",
        "work/allday-no-end@example.com",
        "crlf.1@example.com",
        "crlf.2@example.com",
        "utf7.1@example.com",
    ]
    assert out[-1] == Quarantined("takeout", str(odd), "read", "not an .mbox, .eml or .ics file")


@pytest.mark.parametrize(
    ("envelope", "date", "expected"),
    [
        pytest.param(
            "Wed Sep 03 14:00:00 +0000 2025", "Fri, 01 Jan 2099 00:00:00 +0000", None,
            id="date-far-after-receipt-dropped",
        ),
        pytest.param(
            "Fri Mar 19 23:00:00 +0000 2060", "Fri, 19 Mar 2060 17:00:00 -0500",
            datetime(2060, 3, 19, 22, 0, tzinfo=UTC),
            id="future-of-the-wall-clock-but-not-of-the-envelope-kept",
        ),
        pytest.param(
            "Wed Sep 03 14:00:00 +0000 2025", "Thu, 04 Sep 2025 15:00:00 +0000",
            datetime(2025, 9, 4, 15, 0, tzinfo=UTC),
            id="a-day-of-clock-skew-kept",
        ),
    ],
)  # fmt: skip
def test_future_dates_are_judged_against_the_mbox_envelope(
    tmp_path: Path, envelope: str, date: str, expected: datetime | None
) -> None:
    path = tmp_path / "one.mbox"
    path.write_bytes(
        f"From 1@xxx {envelope}\nFrom: a@example.com\nDate: {date}\n"
        f"Message-ID: <one@example.com>\n\nBody.\n".encode()
    )
    [row] = read_mbox(path, account="acct")
    assert (row["sent_at"], row["date_header"]) == (expected, date)


@pytest.mark.parametrize(
    "value",
    [
        "Dana Hiring <Dana@Acme.example>",
        "dana@acme.example",
        "Dana <dana@acme.example>, Pat <pat@b.example>,  lee@c.example",
        '"Hiring, Team" <team@acme.example>',
        "Team (careers) <team@acme.example>",
        "undisclosed-recipients:;",
        "=?UTF-8?Q?Ren=C3=A9?= <rene@example.com>",
        "<bare@example.com>",
        "not an address",
        "",
    ],
)
def test_address_fast_path_agrees_with_the_stdlib_parser(value: str) -> None:
    from email.utils import getaddresses

    from flows.sources.takeout.charsets import header_text

    raw = f"From: {value}\nTo: {value}\nMessage-ID: <a@b>\n\nx\n".encode()
    row = parse_message_bytes(raw, account="acct", source="eml")
    expected = [
        (header_text(name) or None, addr.lower())
        for name, addr in getaddresses([value])
        if "@" in addr
    ]
    assert row["to_addrs"] == [addr for _, addr in expected]
    first = expected[0] if expected else (None, None)
    assert (row["from_name"], row["from_addr"]) == first


@pytest.mark.parametrize(
    ("uid_line", "expected"),
    [
        pytest.param("UID:urn:uuid:1234-5678", "urn:uuid:1234-5678", id="colons-in-uid"),
        pytest.param("UID;X-PARAM=x:abc@google.com", "abc@google.com", id="uid-with-parameter"),
    ],
)
def test_ical_uid_forms(uid_line: str, expected: str) -> None:
    raw = (
        "From: c@example.com\nMessage-ID: <u@x>\nContent-Type: text/calendar\n\n"
        f"BEGIN:VCALENDAR\nBEGIN:VEVENT\n{uid_line}\nEND:VEVENT\nEND:VCALENDAR\n"
    ).encode()
    assert parse_message_bytes(raw, account="a", source="eml")["ical_uids"] == [expected]
