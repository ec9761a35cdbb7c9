"""Streaming writers for the Takeout-shaped files and the truth JSON Lines.

Each unit of the story is written as soon as it is generated, so memory stays flat
whatever the scale.
"""

from __future__ import annotations

import io
import json
import random
from datetime import datetime
from email import policy
from email.generator import BytesGenerator
from pathlib import Path
from types import TracebackType

from flows.sources.demo.clock import UTC
from flows.sources.demo.ics import CALENDAR_FOOTER, calendar_header, event_component
from flows.sources.demo.mime import build_message, format_date, plain_address
from flows.sources.demo.model import CalEvent, Mail, Person


class _FastCompat32(policy.Compat32):
    """compat32 with a shortcut for short one-line ASCII headers.

    Folding every header through `email.header.Header` is half the generator's time; a
    value that already fits on one line comes out unchanged from it, so it is written
    directly. Anything longer, non-ASCII or pre-encoded goes the standard way.
    """

    def fold_binary(self, name: str, value: object) -> bytes:
        if (
            isinstance(value, str)
            and value.isascii()
            and len(name) + len(value) + 2 <= self.max_line_length
            and "\n" not in value
            and "\r" not in value
            and "=?" not in value
        ):
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return super().fold_binary(name, value)


MBOX_POLICY = _FastCompat32(linesep="\n")


class MboxWriter:
    """Google Takeout's mbox: a 'From <gmail id>@xxx <date>' line, X-GM-THRID and
    X-Gmail-Labels first, then the message; '>From ' quoting in bodies."""

    def __init__(
        self, path: Path, truth_path: Path, rng: random.Random, me: Person, stamp: datetime
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = path.open("wb")
        self._truth = truth_path.open("w", encoding="utf-8", newline="\n")
        self._rng = rng
        self._me = me
        self._stamp = stamp
        self.count = 0

    def write(self, mail: Mail) -> None:
        rng = self._rng
        msg = build_message(mail, rng, self._stamp, self._me)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=True, maxheaderlen=78, policy=MBOX_POLICY).flatten(msg)
        body = buf.getvalue()
        utc = mail.at.astimezone(UTC)
        gmail_id = (int(utc.timestamp() * 1000) << 20) | rng.getrandbits(20)
        head = (
            f"From {gmail_id}@xxx {utc:%a %b %d %H:%M:%S} +0000 {utc:%Y}\n"
            f"X-GM-THRID: {mail.thread.thrid}\n"
            f"X-Gmail-Labels: {','.join(mail.gmail_labels)}\n"
        ).encode("ascii")
        self._fh.write(head + body + (b"\n" if body.endswith(b"\n") else b"\n\n"))
        self._truth.write(json.dumps(truth_row(mail, msg["Date"]), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        self._fh.close()
        self._truth.close()

    def __enter__(self) -> MboxWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def truth_row(mail: Mail, date_header: str | None) -> dict[str, object]:
    """The classify input format plus gold labels (see the brief and DESIGN.md)."""
    lab = mail.labels
    return {
        # Bare, as the Takeout readers key messages (message_key / rfc822_message_id).
        "id": mail.message_id.strip("<>"),
        "from": plain_address(mail.sender),
        "to": ", ".join(plain_address(p) for p in mail.to),
        "date": date_header or format_date(mail.at, mail.date_style),
        "subject": mail.subject,
        "body": mail.text,
        "thread_id": str(mail.thread.thrid),
        "label_kind": lab.kind,
        "label_company": lab.company,
        "label_role": lab.role,
        "label_channel": lab.channel,
        "label_opportunity": lab.opportunity,
    }


class IcsWriter:
    """A Google Calendar export: header and time zone, then one VEVENT per event."""

    def __init__(self, path: Path, owner: str, rng: random.Random, stamp: datetime) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = path.open("wb")
        self._fh.write(calendar_header(owner).encode("utf-8"))
        self._rng = rng
        self._stamp = stamp
        self.count = 0

    def write(self, event: CalEvent) -> None:
        utc_times = event.rrule is None and self._rng.random() < 0.4
        self._fh.write(event_component(event, self._stamp, utc_times=utc_times))
        self.count += 1

    def close(self) -> None:
        self._fh.write(CALENDAR_FOOTER.encode("ascii"))
        self._fh.close()

    def __enter__(self) -> IcsWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
