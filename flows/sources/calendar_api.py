"""Calendar API fetches: the calendar list and events.list pages, and record building."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from flows.sources.google_client import GoogleService
from flows.sources.google_errors import RetryPolicy, call_with_retry, classify
from flows.sources.google_quota import QuotaPacer
from flows.sources.records import RawEvent

SOURCE = "calendar_api"
EVENTS_PAGE_SIZE = 2500


class SyncTokenExpired(Exception):
    """events.list answered 410: the calendar's nextSyncToken is no longer valid."""


class CalendarGone(Exception):
    """events.list answered 404: the calendar was deleted or unshared since it was listed."""


@dataclass
class CalendarApi:
    service: GoogleService
    pacer: QuotaPacer
    policy: RetryPolicy = field(default_factory=RetryPolicy)

    def _execute(self, request: Any, method: str, what: str) -> dict[str, Any]:
        def attempt() -> dict[str, Any]:
            self.pacer.spend(method)
            return request.execute(num_retries=0)

        return call_with_retry(attempt, policy=self.policy, what=what)

    def calendars(self) -> list[dict[str, Any]]:
        """Every calendar in the user's list, following every page."""
        items: list[dict[str, Any]] = []
        token = None
        while True:
            request = self.service.resource.calendarList().list(pageToken=token)
            page = self._execute(request, "calendarList.list", "Calendar calendarList.list")
            items += page.get("items", [])
            token = page.get("nextPageToken")
            if not token:
                return items

    def events_page(
        self,
        calendar_id: str,
        *,
        sync_token: str | None,
        page_token: str | None,
        time_min: datetime | None = None,
    ) -> dict[str, Any]:
        """One events.list page; a sync token excludes timeMin (Google refuses both)."""
        params: dict[str, Any] = {
            "calendarId": calendar_id,
            "singleEvents": True,
            "maxResults": EVENTS_PAGE_SIZE,
            "pageToken": page_token,
        }
        if sync_token:
            params["syncToken"] = sync_token
        elif time_min is not None:
            params["timeMin"] = time_min.astimezone(UTC).isoformat().replace("+00:00", "Z")
        request = self.service.resource.events().list(**params)
        try:
            return self._execute(request, "events.list", "Calendar events.list")
        except Exception as exc:
            action = classify(exc).action
            if action == "gone":
                raise SyncTokenExpired(calendar_id) from exc
            if action == "not_found":
                raise CalendarGone(calendar_id) from exc
            raise


def _when(value: dict[str, Any] | None, tz: ZoneInfo) -> tuple[datetime | None, bool]:
    if not value:
        return None, False
    if value.get("dateTime"):
        parsed = datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=ZoneInfo(value.get("timeZone") or "UTC"))
        return parsed.astimezone(UTC), False
    if value.get("date"):
        day = date.fromisoformat(value["date"])
        return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC), True
    return None, False


def event_record(
    item: dict[str, Any], *, account: str, calendar_id: str, timezone: str = "UTC"
) -> RawEvent:
    """A RawEvent from an events.list item; all-day dates start at midnight in `timezone`."""
    tz = ZoneInfo(timezone)
    start_at, all_day = _when(item.get("start"), tz)
    end_at, _ = _when(item.get("end"), tz)
    updated = item.get("updated")
    status = item.get("status")
    return {
        "event_key": f"{calendar_id}/{item['id']}",
        "account": account,
        "source": SOURCE,
        "calendar_id": calendar_id,
        "event_id": item["id"],
        "ical_uid": item.get("iCalUID"),
        "recurring_event_id": item.get("recurringEventId"),
        "status": status,
        "summary": item.get("summary"),
        "description": item.get("description"),
        "location": item.get("location"),
        "start_at": start_at,
        "end_at": end_at,
        "is_all_day": all_day,
        "organizer_email": ((item.get("organizer") or {}).get("email") or "").lower() or None,
        "attendees": sorted(
            {a["email"].lower() for a in item.get("attendees", []) if a.get("email")}
        ),
        "updated_at": (
            datetime.fromisoformat(updated.replace("Z", "+00:00")).astimezone(UTC)
            if updated
            else None
        ),
        "is_deleted": status == "cancelled",
    }
