"""Gmail API fetches: list pages, batched raw gets, history pages, and record building.

No database code here: `flows.gmail_sync` decides what to fetch and writes what comes
back. Every call goes through the pacer (quota units) and `call_with_retry` (the one
place that classifies errors).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flows.sources.google_client import GoogleService
from flows.sources.google_errors import RetryPolicy, call_with_retry, classify, raise_for
from flows.sources.google_quota import QuotaPacer
from flows.sources.records import Quarantined, RawMessage

log = logging.getLogger("sneaker.sync")

SOURCE = "gmail_api"
BATCH_LIMIT = 50  # Google allows 100 calls per batch, but more than 50 invites rate limits
LIST_PAGE_SIZE = 500
HISTORY_PAGE_SIZE = 500

# System label ids as Takeout spells them, so both sources agree on `labels`.
SYSTEM_LABELS = {
    "INBOX": "Inbox",
    "SENT": "Sent",
    "UNREAD": "Unread",
    "STARRED": "Starred",
    "IMPORTANT": "Important",
    "SPAM": "Spam",
    "TRASH": "Trash",
    "DRAFT": "Drafts",
    "CHAT": "Chat",
    "CATEGORY_UPDATES": "Category Updates",
    "CATEGORY_PROMOTIONS": "Category Promotions",
    "CATEGORY_SOCIAL": "Category Social",
    "CATEGORY_PERSONAL": "Category Personal",
    "CATEGORY_FORUMS": "Category Forums",
}


class HistoryExpired(Exception):
    """history.list answered 404: the stored historyId is older than Gmail keeps."""


def gmail_labels(label_ids: Iterable[str], names: Mapping[str, str] | None = None) -> list[str]:
    """Label names as Takeout spells them: system labels mapped, user labels by `names`
    (id -> name from labels.list); an id missing from both stays as it is."""
    names = names or {}
    return [SYSTEM_LABELS.get(label) or names.get(label, label) for label in label_ids]


def has_user_labels(label_ids: Iterable[str]) -> bool:
    """True when some id is not a known system label: only then are names worth a call."""
    return any(label not in SYSTEM_LABELS for label in label_ids)


def chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class GmailApi:
    """The Gmail calls a sync makes, paced and retried."""

    service: GoogleService
    pacer: QuotaPacer
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    batch_limit: int = BATCH_LIMIT

    def __post_init__(self) -> None:
        # Each resource accessor rebuilds methods from the discovery document: do it once.
        self._users = self.service.resource.users()
        self._messages = self._users.messages()
        self._label_names: dict[str, str] | None = None

    def label_names(self) -> dict[str, str]:
        """User label id -> name (Label_7 -> "Job Search"), from one labels.list call per
        client, i.e. per sync; a label created later in the sync keeps its id."""
        if self._label_names is None:
            request = self._users.labels().list(userId="me")
            page = self._execute(request, "labels.list", "Gmail labels.list")
            self._label_names = {
                str(label["id"]): str(label["name"])
                for label in page.get("labels", [])
                if label.get("id") and label.get("name") and label.get("type") != "system"
            }
        return self._label_names

    def label_names_for(self, label_ids: Iterable[str]) -> dict[str, str]:
        """`label_names()` when some id needs one, else {} without a call."""
        return self.label_names() if has_user_labels(label_ids) else {}

    def _execute(self, request: Any, method: str, what: str) -> dict[str, Any]:
        def attempt() -> dict[str, Any]:
            self.pacer.spend(method)
            return request.execute(num_retries=0)

        return call_with_retry(attempt, policy=self.policy, what=what)

    def current_history_id(self) -> int:
        profile = self._execute(self._users.getProfile(userId="me"), "getProfile", "Gmail profile")
        return int(profile["historyId"])

    def list_ids(
        self, *, query: str | None, page_token: str | None, page_size: int = LIST_PAGE_SIZE
    ) -> tuple[list[str], str | None]:
        """One messages.list page: ids newest first, and the next page token."""
        request = self._messages.list(
            userId="me", q=query or None, pageToken=page_token, maxResults=page_size
        )
        page = self._execute(request, "messages.list", "Gmail messages.list")
        return [m["id"] for m in page.get("messages", [])], page.get("nextPageToken")

    def history_page(self, start_history_id: int, page_token: str | None) -> dict[str, Any]:
        request = self._users.history().list(
            userId="me",
            startHistoryId=str(start_history_id),
            pageToken=page_token,
            maxResults=HISTORY_PAGE_SIZE,
        )
        try:
            return self._execute(request, "history.list", "Gmail history.list")
        except Exception as exc:
            if classify(exc).action == "not_found":
                raise HistoryExpired(str(start_history_id)) from exc
            raise

    def get_raw(self, ids: Sequence[str]) -> tuple[dict[str, dict[str, Any]], set[str]]:
        """messages.get(format=raw) for `ids` in batches; returns (found, gone).

        A sub-request that fails inside a 200 batch reply (429 and friends) is retried
        on its own; a 404 means the message was deleted after it was listed.
        """
        found: dict[str, dict[str, Any]] = {}
        gone: set[str] = set()
        for chunk in chunks(list(ids), self.batch_limit):
            failed = self._batch_get(chunk, found)
            verdicts = {mid: (classify(exc), exc) for mid, exc in failed.items()}
            # A 429 inside the batch reply may carry Retry-After: wait once before the
            # individual retries instead of spending quota on certain failures.
            wait = max((v.retry_after or 0.0 for v, _ in verdicts.values()), default=0.0)
            if wait > 0:
                self.policy.sleep(wait)
            for mid, (verdict, exc) in verdicts.items():
                if verdict.action == "not_found":
                    gone.add(mid)
                    continue
                if verdict.action != "retry":
                    raise_for(verdict, exc, "Gmail messages.get")
                log.info("Gmail batch: %s for one message; retrying it alone", verdict.reason)
                try:
                    found[mid] = self._execute(self._get(mid), "messages.get", "Gmail messages.get")
                except Exception as again:
                    if classify(again).action != "not_found":
                        raise
                    gone.add(mid)
        return found, gone

    def _get(self, mid: str) -> Any:
        return self._messages.get(userId="me", id=mid, format="raw")

    def _batch_get(
        self, chunk: Sequence[str], found: dict[str, dict[str, Any]]
    ) -> dict[str, Exception]:
        failed: dict[str, Exception] = {}

        def attempt() -> None:
            failed.clear()

            def collect(request_id: str, response: Any, exception: Exception | None) -> None:
                if exception is None:
                    found[request_id] = response
                else:
                    failed[request_id] = exception

            batch = self.service.new_batch(collect)
            for mid in chunk:
                batch.add(self._get(mid), request_id=mid)
            self.pacer.spend("messages.get", len(chunk))
            batch.execute(http=self.service.http)

        call_with_retry(attempt, policy=self.policy, what="Gmail batch messages.get")
        return failed


def decode_raw(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def message_record(
    api_message: dict[str, Any],
    *,
    account: str,
    my_addresses: tuple[str, ...] = (),
    label_names: Mapping[str, str] | None = None,
) -> RawMessage | Quarantined:
    """A RawMessage from messages.get(format=raw), parsed by the shared Takeout parser;
    `label_names` (labels.list, id -> name) names user labels as Takeout does."""
    from flows.sources.takeout import UnreadableMessage, parse_message_bytes

    mid = str(api_message["id"])
    try:
        raw = decode_raw(api_message.get("raw") or "")
    except (ValueError, TypeError):
        return Quarantined(SOURCE, mid, "decode", "raw field is not base64url")
    try:
        record = parse_message_bytes(
            raw, account=account, source=SOURCE, my_addresses=my_addresses, key_hint=mid
        )
    except UnreadableMessage as exc:
        return Quarantined(SOURCE, mid, "parse", f"unreadable message: {exc}")
    except Exception as exc:  # noqa: BLE001 - one odd message never stops a batch
        return Quarantined(SOURCE, mid, "parse", f"parser error: {type(exc).__name__}")
    label_ids = list(api_message.get("labelIds") or [])
    record["gmail_id"] = mid
    record["thread_id"] = api_message.get("threadId") or record.get("thread_id")
    record["history_id"] = int(api_message["historyId"]) if api_message.get("historyId") else None
    record["labels"] = gmail_labels(label_ids, label_names)
    if record.get("sent_at") is None and api_message.get("internalDate"):
        record["sent_at"] = datetime.fromtimestamp(int(api_message["internalDate"]) / 1000, UTC)
    mine = {a.lower() for a in my_addresses}
    record["is_from_me"] = "SENT" in label_ids or (record.get("from_addr") or "") in mine
    record["is_deleted"] = False
    return record


@dataclass
class HistoryChanges:
    """What one history page says happened, in order, reduced to its net effect."""

    added: list[str] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)
    labels: dict[str, list[str]] = field(default_factory=dict)  # id -> label ids now
    label_deltas: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    last_record_id: int | None = None

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]]) -> HistoryChanges:
        changes = cls()
        for record in records:
            changes.last_record_id = int(record["id"])
            for item in record.get("messagesAdded", []):
                mid = item["message"]["id"]
                if mid not in changes.added:
                    changes.added.append(mid)
            for item in record.get("messagesDeleted", []):
                changes.deleted.add(item["message"]["id"])
            for key, op in (("labelsAdded", "add"), ("labelsRemoved", "remove")):
                for item in record.get(key, []):
                    message = item["message"]
                    if "labelIds" in message:
                        changes.labels[message["id"]] = list(message["labelIds"])
                    else:
                        changes.label_deltas.setdefault(message["id"], []).append(
                            (op, list(item.get("labelIds", [])))
                        )
        return changes

    def label_ids(self) -> list[str]:
        """Every label id the page's label changes name."""
        ids = [label for labels in self.labels.values() for label in labels]
        for deltas in self.label_deltas.values():
            ids += [label for _, labels in deltas for label in labels]
        return ids

    @property
    def to_fetch(self) -> list[str]:
        return [mid for mid in self.added if mid not in self.deleted]
