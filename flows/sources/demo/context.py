"""Shared state of one generation run: the seeded Random, the clock, ids, mail factory.

Everything random goes through `ctx.rng`, and ids are drawn from it too, so one seed
gives one mailbox byte for byte.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from flows.sources.demo.clock import CHICAGO, UTC
from flows.sources.demo.model import CalEvent, Labels, Mail, Person, Thread
from flows.sources.demo.people import ME, Employers, ascii_slug

START = date(2026, 8, 14)  # the layoff
END = date(2027, 3, 19)  # "today" in the demo: a Friday, a week after he accepted
NOW = datetime.combine(END, time(18, 0), CHICAGO)
TIMEZONE = "America/Chicago"

INBOX_LABELS = [
    ("Inbox", "Category Updates", "Opened"),
    ("Inbox", "Category Updates", "Unread"),
    ("Archived", "Category Updates", "Opened"),
    ("Inbox", "Important", "Category Updates", "Opened"),
    ("Archived", "Opened", "Job Search"),
]
PERSONAL_LABELS = [
    ("Inbox", "Important", "Category Personal", "Opened"),
    ("Archived", "Category Personal", "Opened"),
    ("Inbox", "Category Personal", "Opened"),
    ("Inbox", "Important", "Opened", "Job Search"),
]
PROMO_LABELS = [
    ("Inbox", "Category Promotions", "Unread"),
    ("Archived", "Category Promotions", "Opened"),
    ("Inbox", "Category Updates", "Unread"),
    ("Trash", "Category Promotions", "Opened"),
]
_ALNUM = string.ascii_lowercase + string.digits
_B64ISH = string.ascii_letters + string.digits + "_-+="


@dataclass
class Opp:
    """One role pursued at one organization (gold `label_opportunity`)."""

    id: str
    company: str | None  # employer, or the agency when the client is not named
    domain: str
    role: str
    channel: str
    agency: str | None = None  # the agency that put him forward (the company if it names no client)

    def labels(self, kind: str) -> Labels:
        return Labels(kind, self.company, self.role, self.channel, self.id, self.agency)


class Ctx:
    def __init__(self, seed: int, scale: float) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.me = ME
        self.now = NOW
        # Set by the placement story to the day he accepts; nothing is booked after it.
        self.stop_interviewing = NOW
        self.employers = Employers(self.rng)
        self._opp_seq: dict[str, int] = {}
        self._pairs: dict[tuple[str, str], None] = {}
        self.cancellations = 0  # interviews called off with their role
        self.cancel_chances = 0
        self.open_processes: list[tuple[Opp, Any]] = []  # interview loops left hanging
        self.contacts: list[tuple[Person, Opp]] = []  # people who answered; told of the new job

    # ---- counts -------------------------------------------------------------------
    def count(self, base: float) -> int:
        """`base` scaled; the fractional part decided by a coin so small scales still vary."""
        x = base * self.scale
        whole = int(x)
        return whole + (1 if self.rng.random() < x - whole else 0)

    def opp_id(self, prefix: str) -> str:
        n = self._opp_seq.get(prefix, 0) + 1
        self._opp_seq[prefix] = n
        return f"{prefix}-{n:05d}"

    def claim(self, company: str, role: str) -> bool:
        """True if (company, role) is new: distinct opportunities never share both."""
        key = (company.lower(), role.lower())
        if key in self._pairs:
            return False
        self._pairs[key] = None
        return True

    # ---- ids ----------------------------------------------------------------------
    def _token(self, n: int, alphabet: str = _ALNUM) -> str:
        return "".join(self.rng.choices(alphabet, k=n))

    def gmail_number(self, at: datetime) -> int:
        """Gmail ids are milliseconds since the epoch shifted left 20 bits, plus noise."""
        ms = int(at.timestamp() * 1000)
        return (ms << 20) | self.rng.getrandbits(20)

    def new_thread(self, first_at: datetime) -> Thread:
        return Thread(thrid=self.gmail_number(first_at))

    def message_id(self, sender: Person, at: datetime) -> str:
        domain = sender.addr.rsplit("@", 1)[-1]
        style = self.rng.random()
        if sender.addr == self.me.addr or domain == "gmail.com":
            return f"<CA{self._token(44, _B64ISH)}@mail.gmail.com>"
        if style < 0.3:
            hexpart = self._token(16, "0123456789abcdef")
            return f"<0100{hexpart}-{self._token(8, _ALNUM)}-000000@email.amazonses.com>"
        if style < 0.5:
            upper = string.ascii_uppercase + string.digits
            host = f"{self._token(6, upper)}PR05MB.namprd05.prod.outlook.com"
            return f"<{self._token(32, upper)}@{host}>"
        return f"<{int(at.timestamp())}.{self._token(12)}@{domain}>"

    def ical_uid(self, style: str = "google") -> str:
        if style == "outlook":
            return "040000008200E00074C5B7101A82E00800000000" + self._token(32, "0123456789ABCDEF")
        if style == "goodtime":
            return f"gt-{self._token(8)}-{self._token(4)}-{self._token(12)}@goodtime.io"
        return f"{self._token(26)}@google.com"

    def link(self, host: str) -> str:
        return f"https://{host}/{self._token(10)}"

    def video(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return f"https://zoom.us/j/{self.rng.randrange(10**9, 10**10)}"
        if r < 0.8:
            low = string.ascii_lowercase
            code = f"{self._token(3, low)}-{self._token(4, low)}-{self._token(3, low)}"
            return f"https://meet.google.com/{code}"
        return f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{self._token(24)}"

    # ---- mail ---------------------------------------------------------------------
    def mail(
        self,
        thread: Thread,
        sender: Person,
        to: tuple[Person, ...] | Person,
        at: datetime,
        subject: str,
        text: str,
        labels: Labels,
        *,
        style: str = "plain",
        quote: bool = False,
        gmail_labels: tuple[str, ...] | None = None,
        **extra: object,
    ) -> Mail | None:
        """A mail in `thread`; None when it would arrive after the demo's 'now'."""
        if at > self.now:
            return None
        recipients = to if isinstance(to, tuple) else (to,)
        from_me = sender.addr == self.me.addr
        if sender.addr.endswith("@gmail.com"):
            extra.setdefault("date_style", "short_day")  # Gmail does not zero-pad the day
        if "attached" in text.lower() and "attachments" not in extra:
            extra["attachments"] = (self._attachment_name(from_me, labels.kind),)
        if quote and thread.last_text and thread.last_sender is not None:
            text = text + "\n\n" + self.quoted(thread)
        if gmail_labels is None:
            if from_me:
                gmail_labels = self.rng.choice([("Sent",), ("Sent",), ("Sent", "Important")])
            elif labels.kind == "networking":
                gmail_labels = self.rng.choice(PERSONAL_LABELS)
            elif labels.kind == "job_alert":
                gmail_labels = self.rng.choice(PROMO_LABELS)
            else:
                gmail_labels = self.rng.choice(INBOX_LABELS)
        mail = Mail(
            sender=sender,
            to=recipients,
            at=at,
            subject=subject,
            text=text,
            labels=self._fair(labels, sender, recipients, subject, text),
            thread=thread,
            message_id=self.message_id(sender, at),
            in_reply_to=thread.message_ids[-1] if thread.message_ids else None,
            references=tuple(thread.message_ids[-10:]),
            gmail_labels=gmail_labels,
            style=style,
            from_me=from_me,
            **extra,  # type: ignore[arg-type]
        )
        if not thread.subject:
            thread.subject = subject
        thread.message_ids.append(mail.message_id)
        thread.last_text, thread.last_sender, thread.last_at = text, sender, at
        thread.last_to = recipients
        return mail

    @staticmethod
    def _attachment_name(from_me: bool, kind: str) -> str:
        if from_me:
            return "Tom_Brennan_Resume.pdf"
        return "Offer_Letter.pdf" if kind == "offer" else "Separation_Agreement.pdf"

    def quoted(self, thread: Thread) -> str:
        who = thread.last_sender
        at = thread.last_at
        assert who is not None and at is not None
        lines = thread.last_text.splitlines()[:14]
        local = at.astimezone(CHICAGO)
        hour = local.strftime("%I").lstrip("0")
        if self.rng.random() < 0.75:
            head = (
                f"On {local:%a, %b} {local.day}, {local.year} at {hour}:{local:%M %p} "
                f"{who.name} <{who.addr}> wrote:"
            )
            return head + "\n" + "\n".join(("> " + ln).rstrip() for ln in lines)
        head = (
            f"________________________________\nFrom: {who.name} <{who.addr}>\n"
            f"Sent: {local:%A, %B} {local.day}, {local.year} {hour}:{local:%M %p}\n"
            f"To: {', '.join(f'{p.name} <{p.addr}>' for p in thread.last_to)}"
        )
        return head + "\n\n" + "\n".join(lines)

    @staticmethod
    def _fair(
        labels: Labels, sender: Person, to: tuple[Person, ...], subject: str, text: str
    ) -> Labels:
        """Gold company/role only when the mail itself names them (DESIGN: 'named by the mail').

        A mail that names the agency but not its client has the agency as company (DESIGN:
        'the agency itself when an agency's client is not named').
        """
        hay = f"{sender.name}\n{subject}\n{text}".lower()
        hosts = [ascii_slug(p.addr) for p in (sender, *to)]

        def named(name: str | None) -> bool:
            if name is None:
                return False
            slug = ascii_slug(name)
            return name.lower() in hay or bool(slug) and any(slug in h for h in hosts)

        company, role = labels.company, labels.role
        if not named(company):
            company = labels.agency if named(labels.agency) else None
        if role is not None and role.lower() not in hay:
            role = None
        if (company, role) == (labels.company, labels.role):
            return labels
        return Labels(labels.kind, company, role, labels.channel, labels.opportunity)

    # ---- calendar -----------------------------------------------------------------
    def event(
        self,
        summary: str,
        start: datetime,
        minutes: int,
        organizer: Person,
        attendees: tuple[Person, ...],
        *,
        uid_style: str = "google",
        description: str = "",
        location: str = "",
    ) -> CalEvent:
        created = min(start, self.now) - timedelta(days=self.rng.uniform(1, 6))
        return CalEvent(
            uid=self.ical_uid(uid_style),
            summary=summary,
            start=start,
            end=start + timedelta(minutes=minutes),
            organizer=organizer,
            attendees=attendees,
            description=description,
            location=location,
            created=created.astimezone(UTC).replace(microsecond=0),
        )
