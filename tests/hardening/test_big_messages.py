"""A 25 MB attachment (generated here, never committed) is skipped, not loaded."""

from __future__ import annotations

import base64
import os
import tracemalloc
from pathlib import Path

import pytest

from flows.sources.takeout import parse_message_bytes, read_mbox
from flows.sources.takeout.mime import ELIDE_BASE64_BYTES
from tests.hardening.mailgen import message

ATTACHMENT_BYTES = 25 * 1024 * 1024


def big_message() -> bytes:
    payload = base64.encodebytes(os.urandom(ATTACHMENT_BYTES))
    head = b"""\
From 1780000000000000100@xxx Mon Sep 01 10:00:00 +0000 2025
From: Recruiter <recruiter@agency.example>
To: sam@example.org
Subject: Offer letter attached
Date: Mon, 01 Sep 2025 10:00:00 +0000
Message-ID: <big.1@agency.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Please find the offer letter attached.
--b
Content-Type: application/pdf; name="offer.pdf"
Content-Disposition: attachment; filename="offer.pdf"
Content-Transfer-Encoding: base64

"""
    return head + payload + b"--b--\n\n"


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.mbox"
    path.write_bytes(message(1) + big_message() + message(2))
    return path


def test_mailbox_with_a_25mb_attachment_reads_every_message(mailbox: Path) -> None:
    tracemalloc.start()
    try:
        rows = list(read_mbox(mailbox, account="acct"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [r["message_key"] for r in rows] == [
        "gen.1@example.com",
        "big.1@agency.example",
        "gen.2@example.com",
    ]
    big = rows[1]
    assert big["body_text"] == "Please find the offer letter attached."
    assert big["size_bytes"] > ATTACHMENT_BYTES * 4 // 3
    # The message is held while it is split off (twice at most), never decoded.
    assert peak < 2.5 * big["size_bytes"]


def test_attachment_never_reaches_the_mime_parser() -> None:
    raw = big_message().split(b"\n", 1)[1]
    tracemalloc.start()
    try:
        record = parse_message_bytes(raw, account="acct", source="eml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert record["body_text"] == "Please find the offer letter attached."
    # Parsing a 34 MB message allocates well under the size of its attachment.
    assert peak < 2 * ELIDE_BASE64_BYTES
