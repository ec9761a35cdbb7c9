"""Error classification and the retry loop: the one place that decides retry or stop."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime

import httplib2
import pytest
from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError

from flows.sources.google_errors import (
    AuthExpired,
    RetryPolicy,
    SyncFatal,
    call_with_retry,
    classify,
    retry_after_seconds,
)


def http_error(status: int, reason: str = "", retry_after: str | None = None) -> HttpError:
    headers = {"status": str(status)}
    if retry_after is not None:
        headers["retry-after"] = retry_after
    body = {"error": {"code": status, "errors": [{"reason": reason}] if reason else []}}
    return HttpError(httplib2.Response(headers), json.dumps(body).encode())


@pytest.mark.parametrize(
    ("exc", "action"),
    [
        (http_error(429, "rateLimitExceeded"), "retry"),
        (http_error(500), "retry"),
        (http_error(502), "retry"),
        (http_error(503, "backendError"), "retry"),
        (http_error(403, "userRateLimitExceeded"), "retry"),
        (http_error(403, "rateLimitExceeded"), "retry"),
        (http_error(403, "insufficientPermissions"), "fatal"),
        (http_error(403, "dailyLimitExceeded"), "fatal"),
        (http_error(401, "authError"), "auth"),
        (http_error(400, "invalid_grant"), "auth"),
        (http_error(404, "notFound"), "not_found"),
        (http_error(410, "fullSyncRequired"), "gone"),
        (http_error(400, "invalidArgument"), "bad_request"),
        (RefreshError("invalid_grant: Token has been expired or revoked."), "auth"),
        (ConnectionResetError(104, "reset"), "retry"),
        (TimeoutError(), "retry"),
        (httplib2.ServerNotFoundError("no route"), "retry"),
        (ValueError("a bug"), "unknown"),
    ],
    ids=lambda v: v if isinstance(v, str) else type(v).__name__,
)
def test_classify(exc: Exception, action: str) -> None:
    assert classify(exc).action == action


def test_classify_reads_retry_after() -> None:
    verdict = classify(http_error(429, "rateLimitExceeded", retry_after="7"))
    assert (verdict.action, verdict.status, verdict.retry_after) == ("retry", 429, 7.0)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("12", 12.0),
        ("0", 0.0),
        ("Thu, 26 Nov 2026 10:00:30 GMT", 30.0),
        ("soon", None),
        (None, None),
    ],
    ids=["delta", "zero", "http-date", "garbage", "absent"],
)
def test_retry_after_seconds(header: str | None, seconds: float | None) -> None:
    now = datetime(2026, 11, 26, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(header, now=now) == seconds


def _flaky(failures: list[Exception], result: str = "ok"):  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def fn() -> str:
        calls["n"] += 1
        if failures:
            raise failures.pop(0)
        return result

    return fn, calls


def test_retry_backs_off_exponentially_and_honours_retry_after() -> None:
    slept: list[float] = []
    policy = RetryPolicy(base_delay=1.0, max_delay=64.0, sleep=slept.append, rng=random.Random(3))
    fn, calls = _flaky(
        [
            http_error(503),
            http_error(503),
            http_error(429, retry_after="20"),
            ConnectionResetError(),
        ]
    )
    assert call_with_retry(fn, policy=policy, what="test") == "ok"
    assert calls["n"] == 5
    # Backoff doubles with jitter in [half, full]; Retry-After is never undercut.
    assert 0.5 <= slept[0] <= 1.0
    assert 1.0 <= slept[1] <= 2.0
    assert 20.0 <= slept[2] <= 21.0
    assert 4.0 <= slept[3] <= 8.0


def test_retry_gives_up_with_a_clear_message() -> None:
    policy = RetryPolicy(max_attempts=3, sleep=lambda _: None)
    fn, calls = _flaky([http_error(500)] * 5)
    with pytest.raises(SyncFatal, match="still failing after 3 attempts"):
        call_with_retry(fn, policy=policy, what="Gmail messages.list")
    assert calls["n"] == 3


@pytest.mark.parametrize(
    ("exc", "kind", "text"),
    [
        (http_error(401, "authError"), AuthExpired, "run `sneaker auth` again"),
        (RefreshError("invalid_grant"), AuthExpired, "run `sneaker auth` again"),
        (http_error(403, "insufficientPermissions"), SyncFatal, "lacks read access"),
    ],
    ids=["401", "invalid-grant", "scope-403"],
)
def test_fatal_errors_are_not_retried(exc: Exception, kind: type, text: str) -> None:
    slept: list[float] = []
    fn, calls = _flaky([exc])
    with pytest.raises(kind, match=text) as info:
        call_with_retry(fn, policy=RetryPolicy(sleep=slept.append), what="Gmail history.list")
    assert calls["n"] == 1 and slept == []
    assert "\n" not in str(info.value)


def test_not_found_is_left_to_the_caller() -> None:
    fn, _ = _flaky([http_error(404, "notFound")])
    with pytest.raises(HttpError):
        call_with_retry(fn, policy=RetryPolicy(sleep=lambda _: None), what="x")
