"""Small generated mailboxes for the hardening tests (invented senders, no real mail)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

START = datetime(2025, 8, 1, 9, 0, tzinfo=UTC)


def message(i: int, *, message_id: str | None = None, body: str | None = None) -> bytes:
    when = START + timedelta(hours=7 * i)
    mid = message_id or f"gen.{i}@example.com"
    lines = [
        f"From {1780000000000000000 + i}@xxx {when:%a %b %d %H:%M:%S} +0000 {when:%Y}",
        f"X-GM-THRID: {1780000000000000000 + i // 3}",
        "X-Gmail-Labels: Inbox," + ("Sent" if i % 5 == 0 else "Category Updates"),
        f"From: Sender {i} <sender{i % 17}@company{i % 11}.example>",
        "To: Sam Seeker <sam@example.org>",
        f"Subject: Update {i} on your application",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{mid}>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body or f"Message number {i}.\nFrom the hiring team, thanks.\n>From an escaped line.",
        "",
    ]
    return "\n".join(lines).encode() + b"\n"


def write_mailbox(path: Path, n: int, *, truncated_tail: bool = True) -> Path:
    """n messages, a duplicate Message-ID, a headerless one; a cut last one if asked."""
    with path.open("wb") as fh:
        for i in range(n):
            if i == n // 2:
                fh.write(message(i, message_id="gen.1@example.com", body="Duplicate id."))
            elif i == n // 3:
                fh.write(b"From x@y Mon Sep 01 10:00:00 2025\n\x00\x01 no headers here\n\n")
            else:
                fh.write(message(i))
        if truncated_tail:
            fh.write(message(n)[:-40])
    return path
