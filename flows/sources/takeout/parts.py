"""The body parts of a message: which text to keep, decoded, and invite UIDs.

Attachments are never decoded; text parts above `MAX_TEXT_PART_BYTES` are skipped;
the body text is cut at `MAX_BODY_CHARS`; MIME nesting is walked to `MAX_DEPTH`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message

from flows.sources.takeout.charsets import decode_bytes
from flows.sources.takeout.fastparse import decode_payload
from flows.sources.takeout.headers import Headers
from flows.sources.takeout.html_text import html_to_text

MAX_TEXT_PART_BYTES = 4 << 20
MAX_CALENDAR_PART_BYTES = 1 << 20
MAX_BODY_CHARS = 200_000
MAX_DEPTH = 20
_ICAL_UID = re.compile(r"^UID(?:;[^:\r\n]*)?:(.*(?:\r?\n[ \t].*)*)", re.M | re.I)
_CHARSET = re.compile(r'charset\s*=\s*"?([^";\s]+)', re.I)


def walk(msg: Message) -> list[Message]:
    """Leaf parts, depth-first, without recursion (some mail nests messages endlessly)."""
    leaves: list[Message] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if part.is_multipart():
            # get_payload() on a list never decodes, so it cannot raise here.
            children = part.get_payload()
            if depth < MAX_DEPTH:
                stack.extend((p, depth + 1) for p in reversed(children) if isinstance(p, Message))
        else:
            leaves.append(part)
    return leaves


@dataclass(slots=True)
class Leaf:
    """One body part, from the stdlib parser or from the single-part fast path."""

    ctype: str
    charset: str | None
    attachment: bool
    encoded_size: int
    decode: Callable[[], bytes | None]


def _disposition_is_attachment(value: object) -> bool:
    return str(value or "").split(";")[0].strip().lower() == "attachment"


def _content_type(value: object, default: str) -> tuple[str, str | None]:
    """(type, charset) as `get_content_type` / `get_content_charset` would say, for a
    fraction of their cost (they re-parse every parameter on every call)."""
    if value is None:
        return default, None
    text = str(value)
    ctype = text.split(";", 1)[0].strip().lower()
    if ctype.count("/") != 1:
        ctype = "text/plain"
    match = _CHARSET.search(text)
    return ctype, (match.group(1).lower() if match else None)


def leaf_of(part: Message) -> Leaf:
    ctype, charset = _content_type(part.get("content-type"), part.get_default_type())
    # The undecoded payload: get_payload() without decode may try a charset and raise.
    encoded = getattr(part, "_payload", None)
    size = len(encoded) if isinstance(encoded, str | bytes) else -1
    return Leaf(
        ctype,
        charset,
        _disposition_is_attachment(part.get("content-disposition")),
        size,
        lambda: part.get_payload(decode=True),
    )


def simple_leaf(headers: Headers, body: bytes) -> Leaf:
    ctype, charset = _content_type(headers.get("content-type"), "text/plain")
    cte = str(headers.get("content-transfer-encoding") or "").lower()
    return Leaf(
        ctype,
        charset,
        _disposition_is_attachment(headers.get("content-disposition")),
        len(body),
        lambda: decode_payload(body, cte),
    )


def _leaf_text(leaf: Leaf, limit: int) -> str | None:
    if leaf.encoded_size < 0 or leaf.encoded_size > limit:
        return None
    try:
        data = leaf.decode()
    except Exception:
        return None
    if data is None:
        return None
    if not isinstance(data, bytes):
        data = str(data).encode("utf-8", "replace")
    return decode_bytes(data, leaf.charset)


def bodies(leaves: list[Leaf]) -> tuple[str | None, bool, list[str]]:
    plain: str | None = None
    html: str | None = None
    has_html = False
    uids: list[str] = []
    broken: str | None = None
    for leaf in leaves:
        ctype = leaf.ctype
        if ctype.startswith("multipart/"):
            if broken is None:
                # A multipart whose boundary is missing or never used: one text blob.
                broken = _leaf_text(leaf, MAX_TEXT_PART_BYTES)
            continue
        if ctype == "text/calendar":
            text = _leaf_text(leaf, MAX_CALENDAR_PART_BYTES)
            for match in _ICAL_UID.finditer(text or ""):
                uid = re.sub(r"\r?\n[ \t]", "", match.group(1)).strip()
                if uid and uid not in uids:
                    uids.append(uid)
            continue
        if ctype not in ("text/plain", "text/html") or leaf.attachment:
            continue
        if ctype == "text/html":
            has_html = True
            if html is None:
                html = _leaf_text(leaf, MAX_TEXT_PART_BYTES)
        elif plain is None:
            plain = _leaf_text(leaf, MAX_TEXT_PART_BYTES)
    if plain is not None and plain.strip():
        body = plain
    elif html is not None:
        body = html_to_text(html)
    else:
        body = plain if plain is not None else broken
    if body is not None:
        body = body.replace("\r\n", "\n")[:MAX_BODY_CHARS]
    return body, has_html, uids
