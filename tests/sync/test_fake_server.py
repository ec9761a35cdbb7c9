"""The fake server itself answers like Google where the sync does not look (full format,
threads, parameter rules), so a hand-run `sneaker sync` meets the same API."""

from __future__ import annotations

import base64

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.errors import HttpError

from flows.sources.gmail import decode_raw
from flows.sources.google_client import build_service
from tests.fakes.google_server import FakeGoogleServer, Fault
from tests.fakes.mailbox import FakeMailbox


def _leaves(part: dict) -> list[dict]:
    return [leaf for child in part.get("parts", []) for leaf in _leaves(child)] or [part]


def test_full_format_payload_carries_the_same_text_as_raw(
    server: FakeGoogleServer, box: FakeMailbox
) -> None:
    gmail = build_service("gmail", "v1", Credentials(token="x"), api_endpoint=server.url)
    messages = gmail.resource.users().messages()
    mid = sorted(box.messages)[0]
    full = messages.get(userId="me", id=mid, format="full").execute()
    raw = decode_raw(messages.get(userId="me", id=mid, format="raw").execute()["raw"])
    assert raw == box.messages[mid].raw
    headers = {h["name"]: h["value"] for h in full["payload"]["headers"]}
    assert headers["Message-ID"] in raw.decode()
    texts = [
        base64.urlsafe_b64decode(leaf["body"]["data"]).decode()
        for leaf in _leaves(full["payload"])
        if leaf["mimeType"] == "text/plain"
    ]
    assert texts and "Thread 1 turn 0" in texts[0]
    assert (full["id"], full["threadId"], full["labelIds"]) == (
        mid,
        box.messages[mid].thread_id,
        box.messages[mid].label_ids,
    )


def test_threads_list_and_get(server: FakeGoogleServer, box: FakeMailbox) -> None:
    gmail = build_service("gmail", "v1", Credentials(token="x"), api_endpoint=server.url)
    threads = gmail.resource.users().threads()
    listed = threads.list(userId="me", maxResults=500).execute()["threads"]
    assert len(listed) == len({m.thread_id for m in box.messages.values()})
    first = threads.get(userId="me", id=listed[0]["id"], format="minimal").execute()
    assert {m["id"] for m in first["messages"]} == {
        m.id for m in box.messages.values() if m.thread_id == listed[0]["id"]
    }
    # threads.get has no raw format (why the sync lists messages): the client refuses it.
    with pytest.raises(TypeError, match="raw"):
        threads.get(userId="me", id=listed[0]["id"], format="raw")


def test_sync_token_cannot_be_combined_with_time_min(server: FakeGoogleServer) -> None:
    cal = build_service("calendar", "v3", Credentials(token="x"), api_endpoint=server.url)
    with pytest.raises(HttpError) as info:
        cal.resource.events().list(
            calendarId="primary", syncToken="s1", timeMin="2026-01-01T00:00:00Z"
        ).execute()
    assert info.value.resp.status == 400


def test_faults_fire_the_requested_number_of_times(server: FakeGoogleServer) -> None:
    gmail = build_service("gmail", "v1", Credentials(token="x"), api_endpoint=server.url)
    server.inject(Fault("gmail.getProfile", status=503, times=2, retry_after="3"))
    statuses = []
    for _ in range(3):
        try:
            gmail.resource.users().getProfile(userId="me").execute()
            statuses.append(200)
        except HttpError as exc:
            statuses.append(exc.resp.status)
            assert exc.resp["retry-after"] == "3"
    assert statuses == [503, 503, 200]
    assert server.calls["gmail.getProfile"] == 3
