"""Every Google API failure sorted into "retry" or "stop", in one place.

`classify` is the only function that looks at a status code or an error reason;
`call_with_retry` is the only loop that sleeps on them. Fatal errors become a
`SyncFatal` whose text is one line telling the user what to do.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import logging
import random
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, TypeVar

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.errors import HttpError

log = logging.getLogger("sneaker.sync")

T = TypeVar("T")

REAUTH = "run `sneaker auth` again"
_RATE_LIMIT_REASONS = {"ratelimitexceeded", "userratelimitexceeded", "backenderror"}
_SCOPE_REASONS = {
    "insufficientpermissions",
    "access_token_scope_insufficient",
    "forbidden",
    "autherror",
}
_RETRIABLE_STATUS = {429, 500, 502, 503, 504}


class SyncFatal(RuntimeError):
    """A failure no retry will fix; the message says what the user should do."""


class AuthExpired(SyncFatal):
    """The saved sign-in no longer works (revoked, expired refresh token, invalid_grant)."""


Action = Literal["retry", "fatal", "auth", "not_found", "gone", "bad_request", "unknown"]


@dataclass(frozen=True)
class Verdict:
    action: Action
    reason: str  # short, never message text
    status: int | None = None
    retry_after: float | None = None


def error_reason(exc: HttpError) -> str:
    """The `reason` Google puts in the JSON error body, lower-cased ('' when absent)."""
    try:
        body = json.loads(exc.content.decode("utf-8", "replace")) if exc.content else {}
    except (ValueError, AttributeError):
        return ""
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        errors = error.get("errors") or []
        if errors and isinstance(errors[0], dict) and errors[0].get("reason"):
            return str(errors[0]["reason"]).lower()
        if error.get("status"):
            return str(error["status"]).lower()
    if isinstance(error, str):  # OAuth style: {"error": "invalid_grant"}
        return error.lower()
    return ""


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Parse a Retry-After header: delta seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def classify(exc: BaseException) -> Verdict:
    """Decide what a failure means. The one place that knows Google's error codes."""
    if isinstance(exc, HttpError):
        status = int(exc.resp.status)
        reason = error_reason(exc)
        retry_after = retry_after_seconds(exc.resp.get("retry-after"))
        label = f"HTTP {status}" + (f" {reason}" if reason else "")
        if status in _RETRIABLE_STATUS:
            return Verdict("retry", label, status, retry_after)
        if status == 403 and reason in _RATE_LIMIT_REASONS:
            return Verdict("retry", label, status, retry_after)
        if status == 401 or reason == "invalid_grant":
            return Verdict("auth", label, status)
        if status == 403:
            return Verdict("fatal", label, status)
        if status == 404:
            return Verdict("not_found", label, status)
        if status == 410:
            return Verdict("gone", label, status)
        if status == 400:
            return Verdict("bad_request", label, status)
        return Verdict("unknown", label, status)
    if isinstance(exc, RefreshError):
        return Verdict("auth", "refresh failed")
    if isinstance(
        exc,
        ConnectionError
        | TimeoutError
        | socket.timeout
        | http.client.HTTPException
        | httplib2.HttpLib2Error
        | ssl.SSLError
        | TransportError,
    ):
        return Verdict("retry", f"connection: {type(exc).__name__}")
    if isinstance(exc, OSError):
        return Verdict("retry", f"network: {type(exc).__name__}")
    return Verdict("unknown", type(exc).__name__)


def fatal_message(verdict: Verdict, what: str) -> str:
    """One line for the user; what to do comes first."""
    if verdict.action == "auth":
        return f"Google rejected the saved sign-in ({verdict.reason}) during {what}: {REAUTH}."
    if verdict.action == "fatal":
        return (
            f"Google refused {what} ({verdict.reason}): the sign-in lacks read access to Gmail "
            f"or Calendar, or the API is not enabled for your OAuth project; {REAUTH} and grant "
            "both permissions (see docs/google-setup.md)."
        )
    return f"{what} failed ({verdict.reason})."


@dataclass
class RetryPolicy:
    """Exponential backoff with jitter; a server's Retry-After wins when longer."""

    max_attempts: int = 7
    base_delay: float = 1.0
    max_delay: float = 64.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        backoff = min(self.max_delay, self.base_delay * (2**attempt))
        jittered = backoff / 2 + self.rng.uniform(0, backoff / 2)
        if retry_after is not None:
            # Never less than the server asked (that only earns another 429); a little
            # jitter so parallel runs do not come back in the same instant.
            return retry_after + self.rng.uniform(0, min(1.0, self.base_delay))
        return jittered


def raise_for(verdict: Verdict, exc: BaseException, what: str) -> None:
    """Turn a non-retriable verdict into the exception callers expect."""
    if verdict.action == "auth":
        raise AuthExpired(fatal_message(verdict, what)) from exc
    if verdict.action == "fatal":
        raise SyncFatal(fatal_message(verdict, what)) from exc
    raise exc


def call_with_retry(fn: Callable[[], T], *, policy: RetryPolicy, what: str) -> T:
    """Run `fn`; retry what `classify` calls retriable; raise the rest.

    404/410/400 are re-raised untouched: callers decide what a missing message or an
    expired cursor means.
    """
    attempt = 0
    while True:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - sorted by classify below
            verdict = classify(exc)
            if verdict.action != "retry":
                raise_for(verdict, exc, what)
            attempt += 1
            if attempt >= policy.max_attempts:
                raise SyncFatal(
                    f"{what} still failing after {attempt} attempts ({verdict.reason}); "
                    "Google may be having trouble, try again later."
                ) from exc
            wait = policy.delay(attempt - 1, verdict.retry_after)
            log.warning("%s: %s; retry %d in %.1f s", what, verdict.reason, attempt, wait)
            policy.sleep(wait)
