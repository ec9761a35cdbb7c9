"""Gmail messages (format=raw) become RawMessage rows through the shared Takeout parser."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from flows.sources.gmail import HistoryChanges, message_record
from flows.sources.records import Quarantined

RAW = (
    b"From: =?utf-8?q?R=C3=A9ka_T=C3=B3th?= <Recruiting@Globex.example>\r\n"
    b"To: me@example.com\r\n"
    b"Subject: Staff Engineer interview\r\n"
    b"Date: Tue, 10 Mar 2026 09:30:00 -0500\r\n"
    b"Message-ID: <abc123@globex.example>\r\n"
    b"In-Reply-To: <root@example.com>\r\n"
    b"References: <root@example.com>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Can you talk on Thursday?\r\n"
)


def api_message(raw: bytes, **extra: object) -> dict[str, object]:
    return {
        "id": "18c0000000010000",
        "threadId": "18c0000000000000",
        "labelIds": ["INBOX", "UNREAD", "CATEGORY_UPDATES", "Label_7"],
        "historyId": "4242",
        "internalDate": "1773153000000",
        "raw": base64.urlsafe_b64encode(raw).decode().rstrip("="),
        **extra,
    }


def test_message_record_whole_row() -> None:
    record = message_record(api_message(RAW), account="default", my_addresses=("me@example.com",))
    assert isinstance(record, dict)
    assert record == {
        "message_key": "18c0000000010000",
        "account": "default",
        "source": "gmail_api",
        "gmail_id": "18c0000000010000",
        "thread_id": "18c0000000000000",
        "rfc822_message_id": "abc123@globex.example",
        "history_id": 4242,
        "labels": ["Inbox", "Unread", "Category Updates", "Label_7"],
        "sent_at": datetime(2026, 3, 10, 14, 30, tzinfo=UTC),
        "date_header": "Tue, 10 Mar 2026 09:30:00 -0500",
        "from_name": "Réka Tóth",
        "from_addr": "recruiting@globex.example",
        "to_addrs": ["me@example.com"],
        "cc_addrs": [],
        "reply_to": None,
        "subject": "Staff Engineer interview",
        "body_text": record["body_text"],
        "has_html": False,
        "in_reply_to": "root@example.com",
        "references": ["root@example.com"],
        "ical_uids": [],
        "list_unsubscribe": False,
        "auto_submitted": None,
        "size_bytes": len(RAW),
        "is_from_me": False,
        "is_deleted": False,
    }
    assert (record["body_text"] or "").strip() == "Can you talk on Thursday?"


def test_sent_label_marks_mail_from_me() -> None:
    record = message_record(api_message(RAW, labelIds=["SENT"]), account="default")
    assert isinstance(record, dict)
    assert (record["is_from_me"], record["labels"]) == (True, ["Sent"])


def test_internal_date_fills_a_missing_date_header() -> None:
    raw = RAW.replace(b"Date: Tue, 10 Mar 2026 09:30:00 -0500\r\n", b"")
    record = message_record(api_message(raw), account="default")
    assert isinstance(record, dict)
    assert record["sent_at"] == datetime.fromtimestamp(1773153000, UTC)


def test_unreadable_raw_is_quarantined_without_text() -> None:
    record = message_record(api_message(b""), account="default")
    assert isinstance(record, Quarantined)
    assert (record.source, record.key, record.stage) == ("gmail_api", "18c0000000010000", "parse")


def test_history_changes_reduce_to_their_net_effect() -> None:
    records = [
        {"id": "11", "messagesAdded": [{"message": {"id": "a", "threadId": "a"}}]},
        {"id": "12", "messagesAdded": [{"message": {"id": "b", "threadId": "b"}}]},
        {"id": "13", "messagesDeleted": [{"message": {"id": "b", "threadId": "b"}}]},
        {
            "id": "14",
            "labelsAdded": [
                {
                    "message": {"id": "c", "threadId": "c", "labelIds": ["INBOX", "STARRED"]},
                    "labelIds": ["STARRED"],
                }
            ],
        },
        {
            "id": "15",
            "labelsRemoved": [{"message": {"id": "d", "threadId": "d"}, "labelIds": ["UNREAD"]}],
        },
    ]
    changes = HistoryChanges.from_records(records)
    assert (changes.to_fetch, changes.deleted, changes.labels, changes.label_deltas) == (
        ["a"],
        {"b"},
        {"c": ["INBOX", "STARRED"]},
        {"d": [("remove", ["UNREAD"])]},
    )
    assert changes.last_record_id == 15
