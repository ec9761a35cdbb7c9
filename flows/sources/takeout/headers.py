"""Header values of a parsed message: ids, addresses, dates, Gmail labels.

Values arrive raw (compat32 strs, 8-bit bytes as surrogates) and leave as text.
"""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parsedate_to_datetime

from flows.sources.takeout.charsets import header_text, raw_header_str

FUTURE_SLACK = timedelta(days=2)
_MSGID = re.compile(r"<([^<>\s]+)>")
_BULK = {"bulk", "list", "junk"}


def normalize_msgid(value: str | None) -> str | None:
    """`<abc@host>` → `abc@host`; blank → None."""
    if not value:
        return None
    match = _MSGID.search(value)
    ident = match.group(1) if match else value.strip().strip("<>").strip()
    return ident or None


def msgid_list(value: str | None) -> list[str]:
    if not value:
        return []
    found = _MSGID.findall(value)
    if found:
        return found
    return [v.strip("<>") for v in value.split() if v.strip("<>")]


class Headers:
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


def addresses(headers: Headers, name: str) -> list[tuple[str, str]]:
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


def parse_date(value: str | None, now: datetime) -> datetime | None:
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


def gmail_labels(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        row = next(csv.reader([value], skipinitialspace=True))
    except (csv.Error, StopIteration):
        row = value.split(",")
    return [label.strip() for label in row if label.strip()]


def auto_submitted(headers: Headers) -> str | None:
    auto = (header_text(headers.get("auto-submitted")) or "").strip().lower()
    if auto and auto != "no":
        return auto
    precedence = (header_text(headers.get("precedence")) or "").strip().lower()
    return precedence if precedence in _BULK else None
