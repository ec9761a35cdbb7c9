"""The kind of the candidate's own mail, from the exchange it belongs to.

docs/labeling.md ("The candidate's own mail"): own mail takes the kind of the exchange, not
"networking". Where its own words say enough (a time proposed, an offer accepted, a
withdrawal) `sneaker_kind` decides it; where they do not ("Sounds good, see attached",
"Thanks, talk then"), it marks the row open (`OPEN_KEY`) and this pass gives it the kind of
the thread's latest earlier mail to the candidate, as the extractor read that mail:

- a recruiter's approach or an offer: the same kind (the reply continues that exchange);
- an interview invitation: interview_invitation, or "other" for a thank-you note after it;
- an assessment: assessment (the work, the referees or the question it asked for);
- a rejection: "other" (thanks for letting me know);
- anything else (a contact, a confirmation, an alert): the decision stands.

Threads run across batches: `ThreadKinds` keeps the last few incoming mails of the most
recent `capacity` threads (a bounded LRU, flat in the mailbox's size, issue 7). The flows
hand it batches in order of date (flows.steps.pending_batches), so the mail a reply answers
is in its batch or a recent one. An own mail whose exchange arrives in a later batch keeps
its own decision; so does a single mail. `missed` counts the incoming mails that came too
late so (`sneaker classify`, which reads its input in the order given, says how many).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

# the facts key `sneaker_kind` sets on an own mail it could not decide from its words:
# "open", or "thanks" for a thank-you note (read as "other" after an interview); and "time"
# on one its words read as an interview's time, "apply" on one read as an application sent and
# "decline" on one read as a withdrawal or a decline (all three read as outreach after a
# recruiter's approach)
OPEN_KEY = "own_open"

# the incoming mails kept per thread: a reply answers one of the thread's last mails (a
# later batch may hold mail dated before what is kept)
_PER_THREAD = 4

# the kind an open own reply takes after an incoming mail of each kind (None: keep its own)
_REPLY_KIND: dict[str, str] = {
    "recruiter_outreach": "recruiter_outreach",
    "offer": "offer",
    "interview_invitation": "interview_invitation",
    "assessment": "assessment",
    "rejection": "other",
}


class ThreadKinds:
    """The kinds of recent threads' incoming mail, by thread id, bounded in size."""

    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._threads: OrderedDict[str, list[tuple[datetime | None, int, str]]] = OrderedDict()
        self._seen = 0  # arrival order, for mail without a date
        # the latest own mail each recent thread completed (bounded as the threads are), and
        # the incoming mails that came after an own mail dated later had been completed
        # without them: input out of date order across batches (a far-off thread's mail)
        self._asked: OrderedDict[str, datetime | None] = OrderedDict()
        self.missed = 0

    def __len__(self) -> int:
        return len(self._threads)

    def add(self, thread_id: str, sent_at: datetime | None, kind: str) -> None:
        self._seen += 1
        if thread_id in self._asked:
            asked = self._asked[thread_id]
            if sent_at is None or asked is None or sent_at < asked:
                self.missed += 1
        mails = self._threads.pop(thread_id, [])
        mails.append((sent_at, self._seen, kind))
        mails.sort(key=_order)
        self._threads[thread_id] = mails[-_PER_THREAD:]
        while len(self._threads) > self.capacity:
            self._threads.popitem(last=False)

    def before(self, thread_id: str, sent_at: datetime | None) -> str | None:
        """The kind of the thread's latest incoming mail sent before sent_at (the latest of
        all when either date is unknown)."""
        asked = self._asked.pop(thread_id, sent_at)
        if asked is not None and sent_at is not None:
            asked = max(asked, sent_at)
        self._asked[thread_id] = None if sent_at is None else asked
        while len(self._asked) > self.capacity:
            self._asked.popitem(last=False)
        mails = self._threads.get(thread_id)
        if not mails:
            return None
        self._threads.move_to_end(thread_id)
        earlier = [m for m in mails if sent_at is None or m[0] is None or m[0] < sent_at]
        return earlier[-1][2] if earlier else None


def _order(mail: tuple[datetime | None, int, str]) -> tuple[float, int]:
    sent_at, seen, _ = mail
    return (sent_at.timestamp() if sent_at else float("-inf"), seen)


def reply_kind(open_as: str, answered: str | None) -> str | None:
    """The kind an open own mail takes after a mail of kind `answered`, or None."""
    if open_as in ("time", "apply", "decline"):
        # a time proposed for a chat, a CV sent, or a decline ("I've just accepted a position,
        # so I'll pass") in answer to a recruiter's approach still answers the approach
        # (docs/labeling.md); after anything else the proposal is an interview's, the CV an
        # application and the decline a withdrawal
        return "recruiter_outreach" if answered == "recruiter_outreach" else None
    kind = _REPLY_KIND.get(answered or "")
    if kind == "interview_invitation" and open_as == "thanks":
        return "other"  # a thank-you note after the interview (docs/labeling.md)
    return kind


def complete_kinds(
    rows: list[dict[str, Any]], records: Sequence[dict[str, Any]], threads: ThreadKinds
) -> None:
    """Give each open own mail of a batch the kind of the exchange it answers (in place),
    then forget the open marks. The batch is walked in order of date (undated mail last), so
    a reply listed before the mail it answers still finds it, and a thread's later mail in the
    same batch does not push the answered one out of the thread's few kept mails."""

    def when(index: int) -> tuple[float, int]:
        sent_at = records[index].get("sent_at")
        return (sent_at.timestamp() if sent_at else float("inf"), index)

    for index in sorted(range(len(rows)), key=when):
        row, record = rows[index], records[index]
        open_as = row.pop(OPEN_KEY, None)
        thread_id = record.get("thread_id")
        if not thread_id:
            continue
        if not record.get("is_from_me"):
            threads.add(str(thread_id), record.get("sent_at"), row["kind"])
        elif open_as:
            kind = reply_kind(open_as, threads.before(str(thread_id), record.get("sent_at")))
            if kind:
                row["kind"] = kind
