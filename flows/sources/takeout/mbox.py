"""Streaming mbox reader: memory stays flat however big the file.

The file is read in binary chunks and split at "From " separator lines; only the
message being assembled is held (`mailbox.mbox` would index the whole file first).

What counts as a separator: a line starting with "From " at the start of the file, or
later a "From " line that looks like a real envelope line (a weekday, a month and a
time, as in ``From 1780...@xxx Wed Oct 09 17:20:18 +0000 2019``), so that an unescaped
"From the team..." line in a body does not split a message. Escaped ">From " lines
are unescaped (mboxrd: one ">" removed).

A truncated last message (the file ends without a newline, or inside a multipart body)
is kept when its header block is complete — with what could be parsed — and also
noted in the quarantine (stage "read"); cut inside its headers it is quarantined only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import errors as email_errors
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from pathlib import Path
from typing import BinaryIO

from flows.sources.records import Quarantined, RawMessage
from flows.sources.takeout.mime import UnreadableMessage, elide_base64, parse_message_bytes

SOURCE = "takeout_mbox"
CHUNK_BYTES = 1 << 20
MAX_MESSAGE_BYTES = 64 << 20  # Gmail's limit is 25 MB of attachments, ~35 MB encoded
_LONG_LINE = 1 << 16
_ENVELOPE = re.compile(
    rb"^From \S+\s.*?\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b.*?"
    rb"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b.*?\d{1,2}:\d{2}"
)
_ENVELOPE_DATE = re.compile(
    rb"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+"
    rb"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(\d{1,2})\s+"
    rb"(\d{1,2}:\d{2}:\d{2})\s+(?:([+-]\d{4})\s+)?(?:[A-Z]{3,4}\s+)?(\d{4})\b"
)
_ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")
_CLOSE_DEFECTS = (
    email_errors.CloseBoundaryNotFoundDefect,
    email_errors.StartBoundaryNotFoundDefect,
)


@dataclass(frozen=True)
class MboxEntry:
    """One stretch of the file: a message, or bytes before the first separator."""

    offset: int  # byte offset of its "From " line (or 0 for a preamble)
    data: bytes  # the message without its envelope line; empty when oversize
    size: int
    is_preamble: bool = False
    is_last: bool = False
    ends_without_newline: bool = False
    oversize: bool = False
    envelope: bytes = b""  # the "From " line, without its newline


class _Assembler:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.parts: list[bytes] = []
        self.size = 0
        self.offset = 0
        self.started = False  # False while reading a preamble

    def add(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self.size <= self.max_bytes:
            self.parts.append(data)
        else:
            self.parts = []  # oversize: keep counting, hold nothing

    def finish(self, *, is_last: bool = False) -> MboxEntry | None:
        if not self.started:
            data = b"".join(self.parts)
            entry = MboxEntry(0, b"", len(data), is_preamble=True) if data.strip() else None
        else:
            entry = _message_entry(self, is_last)
        self.parts, self.size = [], 0
        return entry


def _message_entry(asm: _Assembler, is_last: bool) -> MboxEntry:
    if asm.size > asm.max_bytes:
        return MboxEntry(asm.offset, b"", asm.size, is_last=is_last, oversize=True)
    # Trim the envelope line and the separator's blank line on the parts, then join
    # once: a 35 MB message is held twice at most, never three times.
    parts = [p for p in asm.parts if p]
    ends_without_newline = is_last and not (parts and parts[-1].endswith(b"\n"))
    envelope = b""
    if parts:
        newline = parts[0].find(b"\n")
        envelope = parts[0][: min(newline if newline >= 0 else 1000, 1000)].rstrip(b"\r")
        parts[0] = parts[0][newline + 1 :] if newline >= 0 else b""
    if len(parts) >= 2 and len(parts[-1]) < 4:
        parts[-2:] = [parts[-2] + parts[-1]]
    if parts and parts[-1].endswith(b"\r\n\r\n"):
        parts[-1] = parts[-1][:-2]
    elif parts and parts[-1].endswith(b"\n\n"):
        parts[-1] = parts[-1][:-1]
    data = b"".join(parts)
    del parts
    if b">From " in data:
        data = _ESCAPED_FROM.sub(rb"\1", data)
    return MboxEntry(
        asm.offset,
        data,
        asm.size,
        is_last=is_last,
        ends_without_newline=ends_without_newline,
        envelope=envelope,
    )


def _is_separator(block: bytes, start: int, first: bool) -> bool:
    if first:
        return True
    end = block.find(b"\n", start, start + 1000)
    line = block[start : end if end >= 0 else start + 1000]
    return _ENVELOPE.match(line) is not None


def split_mbox(
    fh: BinaryIO, *, chunk_bytes: int = CHUNK_BYTES, max_message_bytes: int = MAX_MESSAGE_BYTES
) -> Iterator[MboxEntry]:
    """Yield the messages of an open binary mbox file one at a time."""
    asm = _Assembler(max_message_bytes)
    pending = b""
    consumed = 0  # file offset of the first byte of the next block
    at_line_start = True
    while True:
        chunk = fh.read(chunk_bytes)
        if not chunk:
            break
        data = pending + chunk if pending else chunk
        cut = data.rfind(b"\n") + 1
        next_at_line_start = True
        if cut == 0:
            if len(data) < _LONG_LINE:
                pending = data
                continue
            # A huge line: no separator can start inside it, so pass it through.
            cut, next_at_line_start = len(data), False
        block, pending = data[:cut], data[cut:]
        starts = []
        if (
            at_line_start
            and block.startswith(b"From ")
            and _is_separator(block, 0, not asm.started)
        ):
            starts.append(0)
        hit = block.find(b"\nFrom ")
        while hit >= 0:
            if _is_separator(block, hit + 1, not asm.started and not starts):
                starts.append(hit + 1)
            hit = block.find(b"\nFrom ", hit + 1)
        previous = 0
        for start in starts:
            asm.add(block[previous:start])
            entry = asm.finish()
            if entry is not None:
                yield entry
            asm.started, asm.offset = True, consumed + start
            previous = start
        asm.add(block[previous:])
        consumed += cut
        at_line_start = next_at_line_start
    asm.add(pending)
    entry = asm.finish(is_last=True)
    if entry is not None:
        yield entry


_MONTH_NAMES = b"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
_MONTHS = {_MONTH_NAMES[i * 4 : i * 4 + 3]: i + 1 for i in range(12)}


def envelope_date(line: bytes) -> datetime | None:
    """The receive time on a "From " line (asctime, optionally with a +hhmm zone)."""
    match = _ENVELOPE_DATE.search(line)
    if match is None:
        return None
    _, month, day, clock, zone, year = match.groups()
    hour, minute, second = (int(x) for x in clock.split(b":"))
    try:
        when = datetime(int(year), _MONTHS[month[:3]], int(day), hour, minute, second, tzinfo=UTC)
    except (ValueError, KeyError):
        return None
    if zone:
        sign = 1 if zone[:1] == b"+" else -1
        when -= sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
    return when


def _headers_complete(data: bytes) -> bool:
    return b"\n\n" in data or b"\r\n\r\n" in data


def _cut_inside_multipart(data: bytes) -> bool:
    msg = BytesHeaderParser(policy=compat32).parsebytes(data[:65536])
    if msg.get_content_maintype() != "multipart":
        return False
    full = BytesParser(policy=compat32).parsebytes(elide_base64(data))
    return any(isinstance(d, _CLOSE_DEFECTS) for d in full.defects)


def read_mbox(
    path: Path | str, *, account: str, my_addresses: tuple[str, ...] = ()
) -> Iterator[RawMessage | Quarantined]:
    """Messages of a Takeout mbox as records; what cannot be read as `Quarantined`."""
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Quarantined(SOURCE, str(path), "read", f"cannot open file: {exc.strerror}")
        return
    with fh:
        for entry in split_mbox(fh):
            yield from entry_items(entry, str(path), account, my_addresses)


def parse_entries(
    chunk: list[MboxEntry], path: str, account: str, my_addresses: tuple[str, ...]
) -> list[RawMessage | Quarantined]:
    """Records of a run of split-off entries (what a parse pool worker does)."""
    out: list[RawMessage | Quarantined] = []
    for entry in chunk:
        out.extend(entry_items(entry, path, account, my_addresses))
    return out


def entry_items(
    entry: MboxEntry, path: str, account: str, my_addresses: tuple[str, ...]
) -> Iterator[RawMessage | Quarantined]:
    """The record (and notes) of one split-off stretch of an mbox file."""
    key = f"{path}:{entry.offset}"
    if entry.is_preamble:
        yield Quarantined(
            SOURCE, key, "read", f"{entry.size} bytes before the first 'From ' line (not an mbox?)"
        )
        return
    if entry.oversize:
        yield Quarantined(
            SOURCE, key, "read",
            f"message of {entry.size} bytes is over the {MAX_MESSAGE_BYTES} byte limit",
        )  # fmt: skip
        return
    truncated = entry.is_last and entry.ends_without_newline
    if truncated and not _headers_complete(entry.data):
        yield Quarantined(SOURCE, key, "read", "last message truncated inside its headers")
        return
    try:
        record = parse_message_bytes(
            entry.data,
            account=account,
            source=SOURCE,
            my_addresses=my_addresses,
            received_at=envelope_date(entry.envelope),
        )
        if entry.is_last and not truncated:
            truncated = _cut_inside_multipart(entry.data)
    except UnreadableMessage as exc:
        yield Quarantined(SOURCE, key, "parse", str(exc))
        return
    except Exception as exc:  # a parser bug on hostile input must not end the import
        yield Quarantined(SOURCE, key, "parse", f"parser failed: {type(exc).__name__}")
        return
    yield record
    if truncated:
        yield Quarantined(
            SOURCE, key, "read", "last message truncated at end of file; stored what parsed"
        )
