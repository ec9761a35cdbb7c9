"""A fast path for the most common message shape: one part, clean headers.

Most mail in a mailbox (notifications, replies, job alerts) is a single text/plain or
text/html part. The stdlib feed parser walks such a message line by line in Python;
here the header block is split with one regular expression and the body is sliced
out, giving the same header list and payload bytes as
`BytesParser(policy=compat32)` would (tests/sources/test_fastparse_equivalence.py
checks this on every message of the corpora). Anything else — multipart, message/*,
bare CRs, a line that is not a header, no blank line — returns None and goes to the
stdlib parser.
"""

from __future__ import annotations

import quopri
import re
from email._encoded_words import decode_b
from email.message import _decode_uu  # type: ignore[attr-defined]

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_HEADER = re.compile(r"^([\041-\071\073-\176]+):[ \t]*(.*(?:\n[ \t].*)*)", re.M)
_NOT_A_HEADER_LINE = re.compile(r"^(?![ \t]|[\041-\071\073-\176]+:)", re.M)
_FALLBACK_TYPES = ("multipart/", "message/")


def split_simple(raw: bytes) -> tuple[list[tuple[str, str]], bytes] | None:
    """(headers, body bytes) of a single-part message, or None when unsure."""
    split = split_headers(raw)
    if split is None or not is_single_part(split[0]):
        return None
    return split


def is_single_part(headers: list[tuple[str, str]]) -> bool:
    """False for a multipart/* or message/* Content-Type (the first one, as the stdlib)."""
    value = content_type(headers)
    if value is None:
        return True
    return not value.split(";", 1)[0].strip().lower().startswith(_FALLBACK_TYPES)


def content_type(headers: list[tuple[str, str]]) -> str | None:
    """The first Content-Type value (the one the stdlib reads), else None."""
    for header, value in headers:
        if header.lower() == "content-type":
            return value
    return None


def split_headers(raw: bytes) -> tuple[list[tuple[str, str]], bytes] | None:
    """(headers, body bytes) of a message or MIME part with clean headers, else None."""
    end = _HEADER_END.search(raw)
    if end is None or end.start() == 0:
        return None
    block = raw[: end.start()]
    crlf = block.count(b"\r\n")
    if block.count(b"\r") != crlf or (crlf and crlf != block.count(b"\n")):
        return None  # bare CRs or mixed line endings: leave them to the stdlib
    text = block.decode("ascii", "surrogateescape")
    if text.startswith(("From ", " ", "\t")) or _NOT_A_HEADER_LINE.search(text):
        return None
    # compat32 keeps a folded value's inner line breaks and strips the last one.
    headers = [(name, value.rstrip("\r\n")) for name, value in _HEADER.findall(text)]
    # The separator's first line ending belongs to the last header, the second to
    # nothing: the body starts after both, as in the feed parser.
    return headers, raw[end.end() :]


def decode_payload(body: bytes, cte: str) -> bytes:
    """What `Message.get_payload(decode=True)` returns for these body bytes."""
    if cte == "quoted-printable":
        return quopri.decodestring(body)
    if cte == "base64":
        value, _ = decode_b(b"".join(body.splitlines()))
        return value
    if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
        try:
            return _decode_uu(body)
        except ValueError:
            return body
    return body
