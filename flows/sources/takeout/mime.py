"""One RFC 822 message (bytes) → a `RawMessage` record.

Parsed with `email.parser.BytesParser(policy=compat32)`: about six times faster than
`policy=default` (issue 7), at the price of decoding headers here. Nothing in this
module raises on odd mail except `UnreadableMessage` for input with no headers at all.

Limits (why: a mailbox holds 25 MB attachments and decade-old spam):
- base64 runs of more than `ELIDE_BASE64_BYTES` are cut out of the raw bytes before
  parsing, so an attachment is never decoded nor held twice (`size_bytes` keeps the
  original size);
- attachments are never decoded; text parts above `MAX_TEXT_PART_BYTES` are skipped;
- the body text is cut at `MAX_BODY_CHARS`; MIME nesting is walked to `MAX_DEPTH`.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from flows.sources.records import RawMessage
from flows.sources.takeout.charsets import decode_bytes, header_text, raw_header_str
from flows.sources.takeout.fastparse import decode_payload, split_simple
from flows.sources.takeout.html_text import html_to_text

ELIDE_BASE64_BYTES = 1 << 20
MAX_TEXT_PART_BYTES = 4 << 20
MAX_CALENDAR_PART_BYTES = 1 << 20
MAX_BODY_CHARS = 200_000
MAX_DEPTH = 20
FUTURE_SLACK = timedelta(days=2)

_PARSER = BytesParser(policy=compat32)
_BASE64_RUN = re.compile(rb"(?m)^(?:[A-Za-z0-9+/=]{40,}\r?\n){1,1000}")
_MSGID = re.compile(r"<([^<>\s]+)>")
_ICAL_UID = re.compile(r"^UID[;:](?:[^:\r\n]*:)?(.*(?:\r?\n[ \t].*)*)", re.M | re.I)
_BULK = {"bulk", "list", "junk"}
_BOUNDARY_PARAM = re.compile(rb'boundary\s*=\s*"?([A-Za-z0-9\'()+_,./:=?-]{12,70})"?[;\s]', re.I)
_CHARSET = re.compile(r'charset\s*=\s*"?([^";\s]+)', re.I)


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


def normalize_msgid(value: str | None) -> str | None:
    """`<abc@host>` → `abc@host`; blank → None."""
    if not value:
        return None
    match = _MSGID.search(value)
    ident = match.group(1) if match else value.strip().strip("<>").strip()
    return ident or None


def _msgid_list(value: str | None) -> list[str]:
    if not value:
        return []
    found = _MSGID.findall(value)
    if found:
        return found
    return [v.strip("<>") for v in value.split() if v.strip("<>")]


class _Headers:
    """Header lookup by lower-cased name, built once per message.

    `Message.get` scans every header and lower-cases every name on each call; a
    message is asked for some twenty headers, so this halves the time outside the
    parser. Values are the raw strs (8-bit bytes as surrogates, see `desurrogate`).
    """

    __slots__ = ("_all",)

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        table: dict[str, list[str]] = {}
        for name, value in pairs:
            table.setdefault(name.lower(), []).append(
                value if isinstance(value, str) else str(value)
            )
        self._all = table

    def get(self, name: str) -> str | None:
        values = self._all.get(name)
        return values[0] if values else None

    def get_all(self, name: str) -> list[str]:
        return self._all.get(name, [])

    def __contains__(self, name: str) -> bool:
        return name in self._all


_SIMPLE_ADDR = re.compile(
    r'\s*(?:"?([^"<>,;:()\\]*?)"?\s*)?<\s*([^\s<>,;:()"@]+@[^\s<>,;:()"@]+)\s*>\s*'
)
_BARE_ADDR = re.compile(r'\s*([^\s<>,;:()"@]+@[^\s<>,;:()"@]+)\s*')


def _fast_addresses(value: str) -> list[tuple[str, str]] | None:
    """ "Name <a@b>, c@d" without quotes, comments or groups; None means: use the parser."""
    if '"' in value or "(" in value or ":" in value or ";" in value:
        return None
    out = []
    for piece in value.split(","):
        if not piece.strip():
            continue
        match = _SIMPLE_ADDR.fullmatch(piece) or _BARE_ADDR.fullmatch(piece)
        if match is None:
            return None
        groups = match.groups()
        out.append((groups[0] or "", groups[-1]) if len(groups) == 2 else ("", groups[0]))
    return out


def _addresses(headers: _Headers, name: str) -> list[tuple[str, str]]:
    values = [raw_header_str(v) or "" for v in headers.get_all(name)]
    if not values:
        return []
    pairs: list[tuple[str, str]] = []
    for value in values:
        fast = _fast_addresses(value)
        if fast is None:
            try:
                fast = getaddresses([value])
            except Exception:
                fast = []
        pairs.extend(fast)
    out = []
    for display, addr in pairs:
        addr = addr.strip().lower()
        if addr and "@" in addr:
            out.append((header_text(display.strip()) or "", addr))
    return out


def _date(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # "-0000": zone unknown, RFC 5322 says treat as UTC
        parsed = parsed.replace(tzinfo=UTC)
    try:
        parsed = parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if parsed > now + FUTURE_SLACK:
        return None  # a clock set wrong or spam; the original stays in date_header
    return parsed


def _labels(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        row = next(csv.reader([value], skipinitialspace=True))
    except (csv.Error, StopIteration):
        row = value.split(",")
    return [label.strip() for label in row if label.strip()]


def _walk(msg: Message) -> list[Message]:
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
class _Leaf:
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


def _leaf_of(part: Message) -> _Leaf:
    ctype, charset = _content_type(part.get("content-type"), part.get_default_type())
    # The undecoded payload: get_payload() without decode may try a charset and raise.
    encoded = getattr(part, "_payload", None)
    size = len(encoded) if isinstance(encoded, str | bytes) else -1
    return _Leaf(
        ctype,
        charset,
        _disposition_is_attachment(part.get("content-disposition")),
        size,
        lambda: part.get_payload(decode=True),
    )


def _simple_leaf(headers: _Headers, body: bytes) -> _Leaf:
    ctype, charset = _content_type(headers.get("content-type"), "text/plain")
    cte = str(headers.get("content-transfer-encoding") or "").lower()
    return _Leaf(
        ctype,
        charset,
        _disposition_is_attachment(headers.get("content-disposition")),
        len(body),
        lambda: decode_payload(body, cte),
    )


def _leaf_text(leaf: _Leaf, limit: int) -> str | None:
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


def _bodies(leaves: list[_Leaf]) -> tuple[str | None, bool, list[str]]:
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


def _auto_submitted(headers: _Headers) -> str | None:
    auto = (header_text(headers.get("auto-submitted")) or "").strip().lower()
    if auto and auto != "no":
        return auto
    precedence = (header_text(headers.get("precedence")) or "").strip().lower()
    return precedence if precedence in _BULK else None


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
    simple = split_simple(data)
    if simple is not None:
        headers = _Headers(simple[0])
        leaves = [_simple_leaf(headers, simple[1])]
    else:
        renamed, renames = canonical_boundaries(data)
        msg = _PARSER.parsebytes(renamed)
        if not msg.keys():
            raise UnreadableMessage("no header lines")
        headers = _Headers(msg._headers)  # raw values; msg.get() would rescan them all
        leaves = [_leaf_of(part) for part in _walk(msg)]
    now = received_at or datetime.now(UTC)
    message_id = normalize_msgid(raw_header_str(headers.get("message-id")))
    references = _msgid_list(raw_header_str(headers.get("references")))
    in_reply_to = normalize_msgid(raw_header_str(headers.get("in-reply-to")))
    gm_thread = (raw_header_str(headers.get("x-gm-thrid")) or "").strip()
    root = references[0] if references else in_reply_to or message_id
    labels = _labels(header_text(headers.get("x-gmail-labels")))
    senders = _addresses(headers, "from")
    from_name, from_addr = senders[0] if senders else (None, None)
    reply_to = _addresses(headers, "reply-to")
    body, has_html, uids = _bodies(leaves)
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
        "sent_at": _date(date_header, now),
        "date_header": date_header,
        "from_name": from_name or None,
        "from_addr": from_addr,
        "to_addrs": [a for _, a in _addresses(headers, "to")],
        "cc_addrs": [a for _, a in _addresses(headers, "cc")],
        "reply_to": reply_to[0][1] if reply_to else None,
        "subject": header_text(headers.get("subject")),
        "body_text": body,
        "has_html": has_html,
        "in_reply_to": in_reply_to,
        "references": references,
        "ical_uids": uids,
        "list_unsubscribe": "list-unsubscribe" in headers,
        "auto_submitted": _auto_submitted(headers),
        "size_bytes": len(raw),
        "is_from_me": "Sent" in labels or (from_addr is not None and from_addr in mine),
        "is_deleted": False,
    }
    if renames:
        _undo_renames(record, renames)
    return record
