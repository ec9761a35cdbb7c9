"""One RFC 822 message (bytes) → a `RawMessage` record.

Parsed with `email.parser.BytesParser(policy=compat32)`: about six times faster than
`policy=default` (issue 7), at the price of decoding headers here. Nothing in this
module raises on odd mail except `UnreadableMessage` for input with no headers at all.

Base64 runs of more than `ELIDE_BASE64_BYTES` are cut out of the raw bytes before
parsing, so a 25 MB attachment is never decoded nor held twice (`size_bytes` keeps the
original size). Header values are read in `headers.py`, body parts in `parts.py`;
single-part mail skips the feed parser (`fastparse.py`), and so does well-formed
multipart mail (`fastmultipart.py`).
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import compat32

from flows.sources.records import RawMessage
from flows.sources.takeout.charsets import header_text, raw_header_str
from flows.sources.takeout.fastmultipart import leaves_of
from flows.sources.takeout.fastparse import is_single_part, split_headers
from flows.sources.takeout.headers import (
    Headers,
    addresses,
    auto_submitted,
    gmail_labels,
    msgid_list,
    normalize_msgid,
    parse_date,
)
from flows.sources.takeout.parts import bodies, leaf_of, simple_leaf, walk

ELIDE_BASE64_BYTES = 1 << 20

_PARSER = BytesParser(policy=compat32)
_BASE64_RUN = re.compile(rb"(?m)^(?:[A-Za-z0-9+/=]{40,}\r?\n){1,1000}")
_BOUNDARY_PARAM = re.compile(rb'boundary\s*=\s*"?([A-Za-z0-9\'()+_,./:=?-]{12,70})"?[;\s]', re.I)


class UnreadableMessage(ValueError):
    """Bytes that are not a mail message (no header lines at all)."""


def elide_base64(raw: bytes) -> bytes:
    if len(raw) <= ELIDE_BASE64_BYTES:
        return raw
    # Runs are matched at most 1,000 lines at a time (one regex match over a 25 MB run
    # would build a 100 MB backtracking stack) and adjacent matches merged.
    runs: list[tuple[int, int]] = []
    start = end = -1
    for match in _BASE64_RUN.finditer(raw):
        if match.start() != end:
            if end - start >= ELIDE_BASE64_BYTES:
                runs.append((start, end))
            start = match.start()
        end = match.end()
    if end - start >= ELIDE_BASE64_BYTES:
        runs.append((start, end))
    if not runs:
        return raw
    pieces, last = [], 0
    for run_start, run_end in runs:
        pieces.append(raw[last:run_start])
        last = run_end
    pieces.append(raw[last:])
    return b"".join(pieces)


def canonical_boundaries(raw: bytes) -> tuple[bytes, list[tuple[str, str]]]:
    """The message with each long MIME boundary renamed to a fixed token, and the
    renames (token, boundary) to undo in the text taken out of it.

    The feed parser compiles a regular expression per boundary; real boundaries are
    unique, so every multipart message paid a fresh compile (a third of its parse time).
    Renamed uniformly (longest first, to alphanumeric tokens absent from the message,
    which quoted-printable leaves alone) the structure is unchanged and the compiled
    patterns come from `re`'s cache.
    """
    found = _BOUNDARY_PARAM.findall(raw)
    renames: list[tuple[str, str]] = []
    for index, boundary in enumerate(sorted(set(found), key=len, reverse=True)):
        token = b"SneakerBoundary%dQz" % index
        if len(set(boundary)) < 4 or token in raw:  # "AAAAAAAAAAAA" could be base64 data
            continue
        raw = raw.replace(boundary, token)
        renames.append((token.decode(), boundary.decode("ascii")))
    return raw, renames


def _undo_renames(record: RawMessage, renames: list[tuple[str, str]]) -> None:
    def undo(text: str) -> str:
        for token, boundary in renames:
            text = text.replace(token, boundary)
        return text

    for field, value in list(record.items()):
        if isinstance(value, str) and "SneakerBoundary" in value:
            record[field] = undo(value)  # type: ignore[literal-required]
        elif isinstance(value, list) and any("SneakerBoundary" in str(v) for v in value):
            record[field] = [undo(v) if isinstance(v, str) else v for v in value]  # type: ignore[literal-required]


def content_key(raw: bytes) -> str:
    """The key of a message without a Message-ID: a hash of its bytes."""
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def parse_message_bytes(
    raw: bytes,
    *,
    account: str,
    source: str,
    my_addresses: tuple[str, ...] = (),
    key_hint: str | None = None,
    received_at: datetime | None = None,
) -> RawMessage:
    """Parse one message. `key_hint` (a Gmail id) wins over Message-ID as the key.

    `received_at` (the mbox envelope date, Gmail's internalDate) is the clock a Date
    header is checked against: a Date more than two days after it is a wrong clock and
    gives `sent_at = None`. Without it the check uses the current time.
    """
    if not raw or raw.isspace():  # (strip() would copy a 35 MB message)
        raise UnreadableMessage("empty message")
    data = elide_base64(raw)
    renames: list[tuple[str, str]] = []
    split = split_headers(data)  # the fast paths' header block, read once
    if split is not None and is_single_part(split[0]):
        headers = Headers(split[0])
        leaves = [simple_leaf(headers, split[1])]
    elif split is not None and (multipart := leaves_of(*split)) is not None:
        headers = Headers(split[0])
        leaves = multipart
    else:
        renamed, renames = canonical_boundaries(data)
        msg = _PARSER.parsebytes(renamed)
        if not msg.keys():
            raise UnreadableMessage("no header lines")
        headers = Headers(msg._headers)  # raw values; msg.get() would rescan them all
        leaves = [leaf_of(part) for part in walk(msg)]
    now = received_at or datetime.now(UTC)
    message_id = normalize_msgid(raw_header_str(headers.get("message-id")))
    references = msgid_list(raw_header_str(headers.get("references")))
    in_reply_to = normalize_msgid(raw_header_str(headers.get("in-reply-to")))
    gm_thread = (raw_header_str(headers.get("x-gm-thrid")) or "").strip()
    root = references[0] if references else in_reply_to or message_id
    labels = gmail_labels(header_text(headers.get("x-gmail-labels")))
    senders = addresses(headers, "from")
    from_name, from_addr = senders[0] if senders else (None, None)
    reply_to = addresses(headers, "reply-to")
    body, has_html, uids = bodies(leaves)
    date_header = header_text(headers.get("date"))
    mine = {a.lower() for a in my_addresses}
    message_key = key_hint or message_id or content_key(raw)
    record: RawMessage = {
        "message_key": message_key,
        "account": account,
        "source": source,
        "gmail_id": key_hint if source == "gmail_api" else None,
        "thread_id": gm_thread or root or message_key,
        "rfc822_message_id": message_id,
        "labels": labels,
        "sent_at": parse_date(date_header, now),
        "date_header": date_header,
        "from_name": from_name or None,
        "from_addr": from_addr,
        "to_addrs": [a for _, a in addresses(headers, "to")],
        "cc_addrs": [a for _, a in addresses(headers, "cc")],
        "reply_to": reply_to[0][1] if reply_to else None,
        "subject": header_text(headers.get("subject")),
        "body_text": body,
        "has_html": has_html,
        "in_reply_to": in_reply_to,
        "references": references,
        "ical_uids": uids,
        "list_unsubscribe": "list-unsubscribe" in headers,
        "auto_submitted": auto_submitted(headers),
        "size_bytes": len(raw),
        "is_from_me": "Sent" in labels or (from_addr is not None and from_addr in mine),
        "is_deleted": False,
    }
    if renames:
        _undo_renames(record, renames)
    return record
