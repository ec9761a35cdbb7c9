"""The fake server's state: a Gmail mailbox with history, and calendars with change logs.

Built from Takeout-shaped files (the demo generator's mbox and .ics) or from a small
builder of its own. Mutations (add, delete, relabel, event changes) move the history
id / change sequence just as Google's servers do, so sync tokens and history work.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import mailbox as std_mailbox
import random
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import compat32
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from pathlib import Path
from typing import Any

TAKEOUT_LABELS = {
    "Inbox": "INBOX",
    "Sent": "SENT",
    "Unread": "UNREAD",
    "Starred": "STARRED",
    "Important": "IMPORTANT",
    "Spam": "SPAM",
    "Trash": "TRASH",
    "Drafts": "DRAFT",
    "Category Updates": "CATEGORY_UPDATES",
    "Category Promotions": "CATEGORY_PROMOTIONS",
    "Category Social": "CATEGORY_SOCIAL",
    "Category Personal": "CATEGORY_PERSONAL",
    "Category Forums": "CATEGORY_FORUMS",
}
_GMAIL_ONLY_HEADERS = ("X-GM-THRID", "X-Gmail-Labels")
# Takeout's pseudo-labels: the API has no such label (they mean "not UNREAD", "not INBOX").
_TAKEOUT_ONLY_LABELS = {"Opened", "Archived"}


@dataclass
class FakeMessage:
    id: str
    thread_id: str
    label_ids: list[str]
    internal_date: int  # ms since epoch
    raw: bytes
    history_id: int

    def api(self, fmt: str = "full") -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "threadId": self.thread_id,
            "labelIds": list(self.label_ids),
            "historyId": str(self.history_id),
            "internalDate": str(self.internal_date),
            "sizeEstimate": len(self.raw),
        }
        if fmt == "minimal":
            return body
        body["snippet"] = ""
        if fmt == "raw":
            body["raw"] = base64.urlsafe_b64encode(self.raw).decode("ascii")
            return body
        msg = BytesParser(policy=compat32).parsebytes(self.raw)
        body["payload"] = _payload(msg, "", headers_only=fmt == "metadata")
        return body


def _payload(part: Any, part_id: str, *, headers_only: bool) -> dict[str, Any]:
    """The `payload` tree of messages.get(format=full): what the Gmail API returns."""
    node: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": [{"name": k, "value": str(v)} for k, v in part.items()],
        "body": {"size": 0},
    }
    if headers_only:
        return node
    if part.is_multipart():
        node["parts"] = [
            _payload(child, f"{part_id}.{i}" if part_id else str(i), headers_only=False)
            for i, child in enumerate(part.get_payload())
        ]
    else:
        data = part.get_payload(decode=True) or b""
        node["body"] = {"size": len(data), "data": base64.urlsafe_b64encode(data).decode()}
    return node


@dataclass
class FakeCalendar:
    id: str
    summary: str
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    changed_at: dict[str, int] = field(default_factory=dict)  # event id -> change seq
    min_sync_seq: int = 0  # tokens older than this answer 410


class FakeMailbox:
    """Thread-safe state shared by the server's request threads and the tests."""

    def __init__(self, email_address: str = "me@example.com") -> None:
        self.email_address = email_address
        self.lock = threading.RLock()
        self.messages: dict[str, FakeMessage] = {}
        self.history: list[dict[str, Any]] = []
        self.history_id = 1000
        self.min_history_id = 0
        self.calendars: dict[str, FakeCalendar] = {}
        self.change_seq = 1
        self._next_id = 0x18C0_0000_0000_0000
        self.labels: dict[str, str] = {}  # user label id (Label_7) -> name (Job Search)

    def copy(self) -> FakeMailbox:
        """An independent copy (tests build a mailbox once and mutate copies)."""
        with self.lock:
            twin = FakeMailbox(self.email_address)
            twin.messages = {
                k: dataclasses.replace(m, label_ids=list(m.label_ids))
                for k, m in self.messages.items()
            }
            twin.history = list(self.history)
            twin.history_id, twin.min_history_id = self.history_id, self.min_history_id
            twin.calendars = copy.deepcopy(self.calendars)
            twin.change_seq, twin._next_id = self.change_seq, self._next_id
            twin.labels = dict(self.labels)
            return twin

    def label_id(self, name: str) -> str:
        """The id of the user label `name` (Gmail's `Label_<n>`), created on first use."""
        with self.lock:
            for label_id, known in self.labels.items():
                if known == name:
                    return label_id
            label_id = f"Label_{len(self.labels) + 1}"
            self.labels[label_id] = name
            return label_id

    def rename_label(self, label_id: str, name: str) -> None:
        """Gmail keeps a label's id when the user renames it."""
        with self.lock:
            self.labels[label_id] = name

    # ---- Gmail ----------------------------------------------------------------

    def _new_id(self) -> str:
        self._next_id += 0x1_0000
        return f"{self._next_id:016x}"

    def _record(self, **change: Any) -> int:
        self.history_id += 1
        record = {"id": str(self.history_id), **change}
        self.history.append(record)
        return self.history_id

    def add_message(
        self,
        raw: bytes,
        labels: list[str],
        *,
        thread_id: str | None = None,
        internal_date: int | None = None,
    ) -> str:
        with self.lock:
            mid = self._new_id()
            thread = thread_id or mid
            if internal_date is None:
                internal_date = _date_ms(raw)
            ref = {"id": mid, "threadId": thread}
            msg = FakeMessage(mid, thread, list(labels), internal_date, raw, 0)
            self.messages[mid] = msg
            msg.history_id = self._record(
                messages=[ref],
                messagesAdded=[{"message": {**ref, "labelIds": list(labels)}}],
            )
            return mid

    def delete_message(self, mid: str) -> None:
        with self.lock:
            msg = self.messages.pop(mid)
            ref = {"id": mid, "threadId": msg.thread_id}
            self._record(messages=[ref], messagesDeleted=[{"message": ref}])

    def relabel(self, mid: str, add: list[str] = (), remove: list[str] = ()) -> None:  # type: ignore[assignment]
        with self.lock:
            msg = self.messages[mid]
            ref = {"id": mid, "threadId": msg.thread_id}
            if add:
                msg.label_ids += [x for x in add if x not in msg.label_ids]
                msg.history_id = self._record(
                    messages=[ref],
                    labelsAdded=[
                        {"message": {**ref, "labelIds": list(msg.label_ids)}, "labelIds": list(add)}
                    ],
                )
            if remove:
                msg.label_ids = [x for x in msg.label_ids if x not in remove]
                msg.history_id = self._record(
                    messages=[ref],
                    labelsRemoved=[
                        {
                            "message": {**ref, "labelIds": list(msg.label_ids)},
                            "labelIds": list(remove),
                        }
                    ],
                )

    def expire_history(self) -> None:
        """History before now is gone: any older stored historyId answers 404."""
        with self.lock:
            self.min_history_id = self.history_id

    def visible_ids(self) -> set[str]:
        """What a sync without spam and trash should end up holding."""
        with self.lock:
            return {
                m.id for m in self.messages.values() if not {"SPAM", "TRASH"} & set(m.label_ids)
            }

    # ---- Calendar ---------------------------------------------------------------

    def add_calendar(self, cal_id: str, summary: str) -> FakeCalendar:
        with self.lock:
            cal = self.calendars.setdefault(cal_id, FakeCalendar(cal_id, summary))
            return cal

    def put_event(self, cal_id: str, event: dict[str, Any]) -> None:
        """Create or update an event (its `id` is the key)."""
        with self.lock:
            self.change_seq += 1
            cal = self.calendars[cal_id]
            event = {**event, "updated": _rfc3339(datetime.now(UTC))}
            event.setdefault("status", "confirmed")
            cal.events[event["id"]] = event
            cal.changed_at[event["id"]] = self.change_seq

    def cancel_event(self, cal_id: str, event_id: str) -> None:
        with self.lock:
            event = dict(self.calendars[cal_id].events[event_id])
            event["status"] = "cancelled"
            self.put_event(cal_id, event)

    def vanish_event(self, cal_id: str, event_id: str) -> None:
        """Remove an event with no trace (what a 410 full resync must notice)."""
        with self.lock:
            cal = self.calendars[cal_id]
            cal.events.pop(event_id)
            cal.changed_at.pop(event_id)

    def expire_sync_tokens(self, cal_id: str) -> None:
        with self.lock:
            self.change_seq += 1
            self.calendars[cal_id].min_sync_seq = self.change_seq

    def live_events(self, cal_id: str) -> dict[str, dict[str, Any]]:
        with self.lock:
            return {
                k: v
                for k, v in self.calendars[cal_id].events.items()
                if v.get("status") != "cancelled"
            }


def _rfc3339(when: datetime) -> str:
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _date_ms(raw: bytes) -> int:
    msg = BytesParser(policy=compat32).parsebytes(raw, headersonly=True)
    try:
        when = parsedate_to_datetime(str(msg.get("Date")))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return int(when.timestamp() * 1000)
    except (TypeError, ValueError):
        return int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)


# ---- loading the demo generator's Takeout files -------------------------------------


def _strip_gmail_headers(raw: bytes) -> bytes:
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        head, sep, body = raw.partition(b"\r\n\r\n")
    lines = head.splitlines(keepends=True)
    kept: list[bytes] = []
    skipping = False
    for line in lines:
        if line[:1] in (b" ", b"\t") and skipping:
            continue
        name = line.split(b":", 1)[0].decode("ascii", "replace")
        skipping = name in _GMAIL_ONLY_HEADERS
        if not skipping:
            kept.append(line)
    return b"".join(kept) + sep + body


def load_mbox(box: FakeMailbox, path: Path, *, limit: int | None = None) -> int:
    """Add the messages of a Takeout mbox (thread from X-GM-THRID, labels mapped)."""
    count = 0
    threads: dict[str, str] = {}
    for message in std_mailbox.mbox(str(path)):
        raw = message.as_bytes(unixfrom=False)
        thrid = str(message.get("X-GM-THRID") or "")
        names = [x.strip() for x in str(message.get("X-Gmail-Labels") or "").split(",")]
        # The API names user labels by id (Label_3); labels.list gives their names.
        labels = [
            TAKEOUT_LABELS.get(n) or box.label_id(n)
            for n in names
            if n and n not in _TAKEOUT_ONLY_LABELS
        ]
        mid = box.add_message(_strip_gmail_headers(raw), labels, thread_id=threads.get(thrid))
        if thrid:
            threads.setdefault(thrid, mid)
        count += 1
        if limit is not None and count >= limit:
            break
    return count


def load_ics(box: FakeMailbox, path: Path, cal_id: str = "primary") -> int:
    """Add the events of an .ics file as single events of one calendar."""
    import icalendar

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    box.add_calendar(cal_id, str(cal.get("X-WR-CALNAME") or cal_id))
    count = 0
    for i, comp in enumerate(cal.walk("VEVENT")):
        start = comp.decoded("DTSTART")
        end = comp.decoded("DTEND") if comp.get("DTEND") else start
        event = {
            "id": f"ev{i:05d}",
            "iCalUID": str(comp.get("UID") or f"ev{i}@fake"),
            "summary": str(comp.get("SUMMARY") or ""),
            "description": str(comp.get("DESCRIPTION") or ""),
            "location": str(comp.get("LOCATION") or ""),
            "start": _when(start),
            "end": _when(end),
            "status": "confirmed",
        }
        organizer = comp.get("ORGANIZER")
        if organizer:
            event["organizer"] = {"email": str(organizer).removeprefix("mailto:").lower()}
        attendees = comp.get("ATTENDEE") or []
        if not isinstance(attendees, list):
            attendees = [attendees]
        event["attendees"] = [{"email": str(a).removeprefix("mailto:").lower()} for a in attendees]
        box.put_event(cal_id, event)
        count += 1
    return count


def _when(value: date | datetime) -> dict[str, str]:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return {"dateTime": value.isoformat()}
    return {"date": value.isoformat()}


# ---- a small builder of its own ------------------------------------------------------

_COMPANIES = ["Acme Robotics", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay"]
_ROLES = ["Staff Engineer", "Senior Backend Engineer", "Platform Lead", "SRE Manager"]


def build_small_mailbox(
    box: FakeMailbox, *, messages: int = 60, seed: int = 7, calendars: int = 2
) -> FakeMailbox:
    """A deterministic mailbox: threads of 1-4 messages, odd encodings, HTML, invites."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    made = 0
    thread_no = 0
    while made < messages:
        thread_no += 1
        company = rng.choice(_COMPANIES)
        role = rng.choice(_ROLES)
        domain = company.lower().replace(" ", "") + ".example"
        length = min(rng.randint(1, 4), messages - made)
        when = start + timedelta(hours=thread_no * 19 + rng.randint(0, 5))
        root_id = None
        thread_gid = None
        for turn in range(length):
            mine = turn % 2 == 1
            msg = EmailMessage()
            sender = "Me <me@example.com>" if mine else f"Réka Tóth <recruiting@{domain}>"
            msg["From"] = sender
            msg["To"] = f"recruiting@{domain}" if mine else "me@example.com"
            subject = f"{role} at {company} – next steps"
            msg["Subject"] = ("Re: " if turn else "") + subject
            msg["Date"] = format_datetime(when + timedelta(hours=turn * 7))
            msgid = make_msgid(idstring=f"t{thread_no}m{turn}", domain=domain)
            msg["Message-ID"] = msgid
            if root_id:
                msg["In-Reply-To"] = root_id
                msg["References"] = root_id
            text = f"Thread {thread_no} turn {turn}: thanks for your interest in {role}. ✓"
            msg.set_content(text, charset="utf-8")
            if rng.random() < 0.4:
                msg.add_alternative(f"<p>{text}</p><p>{company}</p>", subtype="html")
            labels = ["SENT"] if mine else ["INBOX", "CATEGORY_UPDATES"]
            if not mine and rng.random() < 0.5:
                labels.append("UNREAD")
            mid = box.add_message(msg.as_bytes(), labels, thread_id=thread_gid)
            thread_gid = thread_gid or mid
            root_id = root_id or msgid
            made += 1
    for c in range(calendars):
        cal_id = "primary" if c == 0 else f"cal{c}@group.calendar.google.com"
        box.add_calendar(cal_id, "Me" if c == 0 else f"Calendar {c}")
        for e in range(5 + c * 3):
            begin = start + timedelta(days=e * 3 + c, hours=10)
            box.put_event(cal_id, make_event(f"c{c}e{e}", begin, f"Interview {e} with Hooli"))
    return box


def make_event(event_id: str, begin: datetime, summary: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "iCalUID": f"{event_id}@fake.example",
        "summary": summary,
        "description": "Video call",
        "location": "",
        "start": {"dateTime": begin.isoformat()},
        "end": {"dateTime": (begin + timedelta(hours=1)).isoformat()},
        "organizer": {"email": "recruiting@hooli.example"},
        "attendees": [{"email": "me@example.com"}, {"email": "Pat@Hooli.example"}],
    }


def new_message_bytes(n: int, *, subject: str = "Follow-up") -> bytes:
    """A fresh message for incremental-sync tests."""
    msg = EmailMessage()
    msg["From"] = "Dana Lee <dana@globex.example>"
    msg["To"] = "me@example.com"
    msg["Subject"] = f"{subject} {n}"
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 12, n % 60, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(idstring=f"new{n}", domain="globex.example")
    msg.set_content(f"New message number {n}.")
    return msg.as_bytes()
