"""`sneaker classify`: JSON Lines of messages in, JSON Lines of facts out.

Input fields: `id` (required), `from`, `date` (RFC 2822 or ISO 8601), `subject`, `body`
(plain text or HTML), optional `to`, `thread_id`, `is_from_me`, `labels`. A bad line gets a
message on stderr with its line number (never its text) and the rest goes on.
"""

from __future__ import annotations

import io
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any, TextIO, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from extractors.kind_threads import ThreadKinds
from extractors.messages import extract_messages
from extractors.pipeline import load_nlp
from extractors.text import looks_like_html

T = TypeVar("T")

# The threads whose latest mail classify keeps for the replies after it (as the flows do)
THREADS_KEPT = 4096


class BadLine(ValueError):
    """A line that is not a usable message; the message says why, without its text."""


def parse_date(value: Any) -> datetime | None:
    """RFC 2822 or ISO 8601 to an aware UTC datetime; None when empty or unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadLine(f"field '{key}' must be a string")
    return value


def to_record(item: Any) -> dict[str, Any]:
    """A RawMessage-like record from one classify input object."""
    if not isinstance(item, dict):
        raise BadLine("not a JSON object")
    key = item.get("id")
    if key is None or (isinstance(key, str) and not key.strip()):
        raise BadLine("missing 'id'")
    name, addr = parseaddr(_text(item, "from"))
    to_value = item.get("to") or []
    if isinstance(to_value, str):
        to_value = [to_value]
    if not isinstance(to_value, list):
        raise BadLine("field 'to' must be a string or a list")
    to_addrs = [a.lower() for _, a in getaddresses([str(v) for v in to_value]) if a]
    body = _text(item, "body")
    labels = item.get("labels") if isinstance(item.get("labels"), list) else []
    return {
        "message_key": str(key),
        "thread_id": item.get("thread_id"),
        "from_name": name or None,
        "from_addr": addr.lower() or None,
        "to_addrs": to_addrs,
        "subject": _text(item, "subject"),
        "body_text": body,
        "has_html": looks_like_html(body),
        "sent_at": parse_date(item.get("date")),
        "labels": labels,
        "is_from_me": bool(item.get("is_from_me")) or "SENT" in labels,
    }


def _parsed(
    source: TextIO, console: Console, keep: dict[str, dict] | None
) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadLine(f"invalid JSON at column {exc.colno}") from None
            record = to_record(item)
        except BadLine as exc:
            console.print(f"line {number}: skipped: {exc}", markup=False, highlight=False)
            continue
        if keep is not None:
            keep[record["message_key"]] = item
        yield record


def mailbox_owner(records: list[dict[str, Any]]) -> str | None:
    """The address most messages are to or from: whose mailbox this is (None if unclear)."""
    counts: Counter[str] = Counter()
    for record in records:
        for addr in {*record["to_addrs"], record["from_addr"] or ""} - {""}:
            counts[addr] += 1
    if not counts:
        return None
    addr, count = counts.most_common(1)[0]
    return addr if count >= 3 and count >= 0.4 * len(records) else None


def read_records(
    source: TextIO,
    console: Console,
    keep: dict[str, dict] | None = None,
    *,
    lookahead: int = 500,
) -> Iterator[dict[str, Any]]:
    """Records from JSON Lines; bad lines reported on the console by number and skipped.

    Input lines rarely say which messages the candidate sent. The owner of the mailbox is
    the address on most of the first `lookahead` messages; mail from it is marked sent."""
    parsed = _parsed(source, console, keep)
    head = list(itertools.islice(parsed, lookahead))
    owner = mailbox_owner(head)
    for record in itertools.chain(head, parsed):
        if owner and record["from_addr"] == owner:
            record["is_from_me"] = True
        yield record


def fact_json(row: dict[str, Any]) -> dict[str, Any]:
    """A message_facts row as the classify output object."""
    when = row["interview_at"]
    return {
        "id": row["message_key"],
        "kind": row["kind"],
        "automated": row["is_automated"],
        "company": row["company"],
        "role": row["role"],
        "req_id": row["req_id"],
        "person_name": row["person_name"],
        "person_title": row["person_title"],
        "agency": row["agency"],
        "interview_at": when.isoformat() if when else None,
        "interview_type": row["interview_type"],
        "offer_terms": row["offer_terms"],
        "confidence": row["confidence"],
        "evidence": row["evidence"],
        "extractor_version": row["extractor_version"],
    }


def read_labeled(path: Path) -> tuple[list[dict[str, Any]], dict[str, dict]]:
    """A labeled file's records as classify reads them (the mailbox owner's mail marked
    sent), and its lines by message key; bad lines are skipped silently (trainers' input)."""
    labeled: dict[str, dict] = {}
    with Path(path).open(encoding="utf-8") as source:
        records = list(read_records(source, Console(file=io.StringIO()), keep=labeled))
    return records, labeled


def classify_records(
    records: Iterable[dict[str, Any]], threads: ThreadKinds | None = None
) -> Iterator[dict[str, Any]]:
    for row in extract_messages(load_nlp(), records, threads=threads):
        yield fact_json(row)


def classify_jsonl(source: TextIO, sink: TextIO, *, console: Console) -> None:
    """Classify every message of a JSON Lines stream; one JSON object per line out (with a
    progress bar on the console when it is a terminal).

    Mail is read in the order given, in batches: a reply's kind follows the thread's
    earlier mail only where that came before it in the input or in its batch, among the
    last `THREADS_KEPT` threads (memory stays flat however long the input). Input out of
    date order loses that context; the console says for how many mails."""
    threads = ThreadKinds(THREADS_KEPT)
    results = classify_records(read_records(source, console), threads)
    if not source.isatty():  # typed in: a bar redrawn over the typing would garble it
        results = with_progress(results, console, "Classifying", line_count(source))
    for result in results:
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    if threads.missed:
        console.print(
            f"{threads.missed} mail{'s' if threads.missed != 1 else ''} came after a later "
            "reply in the same thread had been read without it: that reply keeps its own "
            "reading. Give the mail in date order (oldest first) for the kinds the sync "
            "and import flows give.",
            highlight=False,
        )


def line_count(source: TextIO) -> int | None:
    """How many non-blank lines a file holds, read from where it stands and put back
    there; None for a stream that cannot go back (stdin)."""
    try:
        if not source.seekable():
            return None
        start = source.tell()
        count = sum(1 for line in source if line.strip())
        source.seek(start)
    except OSError:
        return None
    return count


def with_progress(
    items: Iterable[T], console: Console, label: str, total: int | None = None
) -> Iterator[T]:
    """`items`, with a progress bar on `console` while they are worked through: a few
    thousand mails take seconds to minutes. Only on a terminal (never in a pipe or a log),
    and gone once done."""
    if not console.is_terminal:
        yield from items
        return
    bars = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with bars:
        task = bars.add_task(label, total=total)
        for item in items:
            yield item
            bars.advance(task)
