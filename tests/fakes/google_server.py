"""A loopback Google API server: Gmail and Calendar, the subset Job Sneaker uses.

Gmail: profile, messages/threads list and get, history.list, labels.list (user labels
have ids like Label_3, as Gmail's do) and the batch endpoint; Calendar: calendarList and
events.list with page and sync tokens.

Real HTTP on 127.0.0.1 (stdlib `http.server` in a thread), so the real
google-api-python-client talks to it. It counts calls per method and injects faults on
demand (`inject`). Run it by hand:

    python -m tests.fakes.google_server --port 8765
    sneaker --home /tmp/sneaker-try sync --api-endpoint http://127.0.0.1:8765/
"""

from __future__ import annotations

import argparse
import base64
import email.policy
import json
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import compat32
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.fakes.mailbox import (
    TAKEOUT_LABELS,
    FakeMailbox,
    build_small_mailbox,
    load_ics,
    load_mbox,
)

Response = tuple[int, dict[str, str], bytes]
SYSTEM_LABEL_IDS = [*TAKEOUT_LABELS.values(), "CHAT", "YELLOW_STAR"]


@dataclass
class Fault:
    """One injected failure. `method` is a counted name such as "gmail.messages.get",
    "gmail.batch" or "*"; `in_batch` aims it at sub-requests inside a batch reply."""

    method: str
    kind: str = "status"  # status | drop | delete_after_list
    status: int = 429
    reason: str = "rateLimitExceeded"
    retry_after: str | None = "0"
    times: int = 1
    in_batch: bool = False
    skip: int = 0
    index: int = 0  # delete_after_list: which listed message disappears


def _token(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode()


def _untoken(token: str) -> dict[str, Any]:
    return json.loads(base64.urlsafe_b64decode(token.encode()))


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return (
        status,
        {"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
        (json.dumps(body).encode()),
    )


def _error(
    status: int, reason: str, message: str, headers: dict[str, str] | None = None
) -> Response:
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"domain": "global", "reason": reason, "message": message}],
        }
    }
    return _json(status, body, headers)


class FakeGoogle:
    """Routes, call counts and faults; the HTTP handler only moves bytes."""

    def __init__(self, box: FakeMailbox) -> None:
        self.box = box
        self.calls: Counter[str] = Counter()
        self.faults: list[Fault] = []
        self.latency = 0.0
        self.batch_sizes: list[int] = []
        self.http_requests = 0  # top-level requests (a batch is one)
        self.revoked = False  # the OAuth token endpoint answers invalid_grant
        self._lock = threading.Lock()

    # ---- faults -------------------------------------------------------------------

    def inject(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def _take_fault(self, method: str, *, in_batch: bool, kinds: tuple[str, ...]) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times <= 0 or fault.kind not in kinds or fault.in_batch != in_batch:
                    continue
                if fault.method not in (method, "*"):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.times -= 1
                return fault
        return None

    def pending_faults(self) -> list[Fault]:
        with self._lock:
            return [f for f in self.faults if f.times > 0]

    # ---- dispatch -----------------------------------------------------------------

    def route(self, http_method: str, path: str) -> tuple[str, dict[str, str]]:
        """(counted method name, path parameters) for a request path."""
        parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")]
        if http_method == "POST" and parts == ["token"]:
            return "oauth.token", {}
        if http_method == "POST" and parts[0] == "batch":
            return ("calendar.batch" if "calendar" in parts else "gmail.batch"), {}
        if parts[:4] == ["gmail", "v1", "users", "me"] and len(parts) >= 5:
            rest = parts[4:]
            if rest == ["profile"]:
                return "gmail.getProfile", {}
            if rest == ["history"]:
                return "gmail.history.list", {}
            if rest == ["labels"]:
                return "gmail.labels.list", {}
            if rest[0] in ("messages", "threads"):
                if len(rest) == 1:
                    return f"gmail.{rest[0]}.list", {}
                if len(rest) == 2:
                    return f"gmail.{rest[0]}.get", {"id": rest[1]}
        if parts[:2] == ["calendar", "v3"]:
            rest = parts[2:]
            if rest == ["users", "me", "calendarList"]:
                return "calendar.calendarList.list", {}
            if len(rest) == 3 and rest[0] == "calendars" and rest[2] == "events":
                return "calendar.events.list", {"calendarId": rest[1]}
        return "unknown", {}

    def handle(self, http_method: str, target: str, headers: Any, body: bytes) -> Response | None:
        """A top-level request; None means: drop the connection."""
        url = urllib.parse.urlsplit(target)
        name, params = self.route(http_method, url.path)
        self.calls[name] += 1
        self.http_requests += 1
        if self.latency:
            time.sleep(self.latency)
        if self._take_fault(name, in_batch=False, kinds=("drop",)):
            return None
        fault = self._take_fault(name, in_batch=False, kinds=("status",))
        if fault:
            return self._fault_response(fault)
        if name.endswith(".batch"):
            return self._batch(headers.get("Content-Type", ""), body)
        if name == "oauth.token":
            return self._token_endpoint()
        return self._call(name, params, urllib.parse.parse_qs(url.query))

    def _fault_response(self, fault: Fault) -> Response:
        extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
        return _error(fault.status, fault.reason, f"Injected {fault.status}", extra)

    def _call(self, name: str, params: dict[str, str], query: dict[str, list[str]]) -> Response:
        q = {k: v[-1] for k, v in query.items()}
        handler = {
            "gmail.getProfile": self._profile,
            "gmail.messages.list": self._messages_list,
            "gmail.messages.get": self._messages_get,
            "gmail.threads.list": self._threads_list,
            "gmail.threads.get": self._threads_get,
            "gmail.history.list": self._history_list,
            "gmail.labels.list": self._labels_list,
            "calendar.calendarList.list": self._calendar_list,
            "calendar.events.list": self._events_list,
        }.get(name)
        if handler is None:
            return _error(404, "notFound", f"No such method: {name}")
        return handler(params, q, query)

    # ---- batch --------------------------------------------------------------------

    def _batch(self, content_type: str, body: bytes) -> Response:
        message = BytesParser(policy=compat32).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        boundary = "batch_" + uuid.uuid4().hex
        chunks: list[bytes] = []
        self.batch_sizes.append(len(message.get_payload()))
        for part in message.get_payload():
            content_id = str(part.get("Content-ID", "")).strip()
            inner = part.get_payload(decode=False)
            if isinstance(inner, list):  # parsed as message/http; not expected
                inner = inner[0].as_string()
            request_line, _, _rest = inner.lstrip().partition("\n")
            http_method, target, _version = request_line.strip().split(" ", 2)
            url = urllib.parse.urlsplit(target)
            name, params = self.route(http_method, url.path)
            self.calls[name] += 1
            fault = self._take_fault(name, in_batch=True, kinds=("status",))
            if fault:
                status, headers, payload = self._fault_response(fault)
            else:
                status, headers, payload = self._call(
                    name, params, urllib.parse.parse_qs(url.query)
                )
            response_id = "<response-" + content_id.strip("<>") + ">"
            head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            chunks.append(
                (
                    f"--{boundary}\r\nContent-Type: application/http\r\n"
                    f"Content-ID: {response_id}\r\n\r\n"
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n{head}"
                    f"Content-Length: {len(payload)}\r\n\r\n"
                ).encode()
                + payload
                + b"\r\n"
            )
        chunks.append(f"--{boundary}--\r\n".encode())
        return 200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, b"".join(chunks)

    def _token_endpoint(self) -> Response:
        if self.revoked:
            body = {"error": "invalid_grant", "error_description": "Token has been revoked."}
            return _json(400, body)
        return _json(
            200, {"access_token": "fresh-token", "expires_in": 3600, "token_type": "Bearer"}
        )

    # ---- Gmail --------------------------------------------------------------------

    def _profile(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        with self.box.lock:
            return _json(
                200,
                {
                    "emailAddress": self.box.email_address,
                    "messagesTotal": len(self.box.messages),
                    "threadsTotal": len({m.thread_id for m in self.box.messages.values()}),
                    "historyId": str(self.box.history_id),
                },
            )

    def _labels_list(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        # System labels are named by their ids; user labels have ids like Label_7.
        system = [{"id": x, "name": x, "type": "system"} for x in SYSTEM_LABEL_IDS]
        with self.box.lock:
            user = [
                {"id": label_id, "name": name, "type": "user"}
                for label_id, name in self.box.labels.items()
            ]
        return _json(200, {"labels": system + user})

    def _matching(self, q: dict[str, str]) -> list[Any]:
        query = q.get("q", "")
        include_spam = q.get("includeSpamTrash", "false") == "true"
        after = before = None
        words: list[str] = []
        for term in query.split():
            key, _, value = term.partition(":")
            if key == "after" and value:
                after = datetime.strptime(value, "%Y/%m/%d").replace(tzinfo=UTC)
            elif key == "before" and value:
                before = datetime.strptime(value, "%Y/%m/%d").replace(tzinfo=UTC)
            else:
                words.append(term.lower())
        out = []
        with self.box.lock:
            for m in self.box.messages.values():
                if not include_spam and {"SPAM", "TRASH"} & set(m.label_ids):
                    continue
                when = datetime.fromtimestamp(m.internal_date / 1000, UTC)
                if (after and when < after) or (before and when >= before):
                    continue
                if words and not all(w in _searchable(m.raw) for w in words):
                    continue
                out.append(m)
        out.sort(key=lambda m: (-m.internal_date, m.id))
        return out

    def _page(self, items: list[Any], key: Any, q: dict[str, str], default: int) -> tuple:
        size = min(int(q.get("maxResults", default)), 500)
        if q.get("pageToken"):
            last = tuple(_untoken(q["pageToken"])["after"])
            items = [m for m in items if key(m) > last]
        page, more = items[:size], len(items) > size
        token = _token({"after": list(key(page[-1]))}) if more and page else None
        return page, token

    def _messages_list(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        matching = self._matching(q)
        page, token = self._page(matching, lambda m: (-m.internal_date, m.id), q, 100)
        body: dict[str, Any] = {"resultSizeEstimate": len(matching)}
        if page:
            body["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if token:
            body["nextPageToken"] = token
        fault = self._take_fault(
            "gmail.messages.list", in_batch=False, kinds=("delete_after_list",)
        )
        if fault and page:
            self.box.delete_message(page[min(fault.index, len(page) - 1)].id)
        return _json(200, body)

    def _messages_get(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        with self.box.lock:
            msg = self.box.messages.get(params["id"])
            if msg is None:
                return _error(404, "notFound", "Requested entity was not found.")
            return _json(200, msg.api(q.get("format", "full")))

    def _threads(self) -> dict[str, list[Any]]:
        threads: dict[str, list[Any]] = {}
        with self.box.lock:
            for m in sorted(self.box.messages.values(), key=lambda m: m.internal_date):
                threads.setdefault(m.thread_id, []).append(m)
        return threads

    def _threads_list(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        wanted = {m.thread_id for m in self._matching(q)}
        threads = [(tid, msgs) for tid, msgs in self._threads().items() if tid in wanted]
        threads.sort(key=lambda t: (-t[1][-1].internal_date, t[0]))
        page, token = self._page(threads, lambda t: (-t[1][-1].internal_date, t[0]), q, 100)
        body: dict[str, Any] = {"resultSizeEstimate": len(threads)}
        if page:
            body["threads"] = [
                {"id": tid, "historyId": str(max(m.history_id for m in msgs)), "snippet": ""}
                for tid, msgs in page
            ]
        if token:
            body["nextPageToken"] = token
        return _json(200, body)

    def _threads_get(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        msgs = self._threads().get(params["id"])
        if not msgs:
            return _error(404, "notFound", "Requested entity was not found.")
        fmt = q.get("format", "full")
        if fmt == "raw":
            return _error(400, "invalidArgument", "Invalid format: raw for threads.get")
        return _json(
            200,
            {
                "id": params["id"],
                "historyId": str(max(m.history_id for m in msgs)),
                "messages": [m.api(fmt) for m in msgs],
            },
        )

    def _history_list(
        self, params: dict[str, str], q: dict[str, str], query: dict[str, list[str]]
    ) -> Response:
        if "startHistoryId" not in q:
            return _error(400, "invalidArgument", "startHistoryId is required")
        start = int(q["startHistoryId"])
        types = set(query.get("historyTypes", []))
        with self.box.lock:
            if start < self.box.min_history_id:
                return _error(404, "notFound", "Requested entity was not found.")
            current = self.box.history_id
            records = [r for r in self.box.history if int(r["id"]) > start]
        if types:
            records = [r for r in records if types & set(r)]
        size = min(int(q.get("maxResults", 100)), 500)
        if q.get("pageToken"):
            after = int(_untoken(q["pageToken"])["after"])
            records = [r for r in records if int(r["id"]) > after]
        page = records[:size]
        body: dict[str, Any] = {"historyId": str(current)}
        if page:
            body["history"] = page
        if len(records) > size:
            body["nextPageToken"] = _token({"after": page[-1]["id"]})
        return _json(200, body)

    # ---- Calendar -----------------------------------------------------------------

    def _calendar_list(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        with self.box.lock:
            items = [
                {
                    "kind": "calendar#calendarListEntry",
                    "id": cal.id,
                    "summary": cal.summary,
                    "accessRole": "owner",
                    "primary": cal.id == "primary",
                }
                for cal in self.box.calendars.values()
            ]
        return _json(200, {"kind": "calendar#calendarList", "items": items})

    def _events_list(self, params: dict[str, str], q: dict[str, str], _: Any) -> Response:
        cal = self.box.calendars.get(params["calendarId"])
        if cal is None:
            return _error(404, "notFound", "Not Found")
        if q.get("syncToken") and any(k in q for k in ("timeMin", "timeMax", "q", "orderBy")):
            return _error(400, "invalid", "syncToken cannot be combined with these parameters")
        with self.box.lock:
            if q.get("pageToken"):
                state = _untoken(q["pageToken"])
            else:
                since = None
                if q.get("syncToken"):
                    since = int(q["syncToken"].removeprefix("s"))
                    if since < cal.min_sync_seq:
                        return _error(410, "fullSyncRequired", "Sync token is no longer valid")
                state = {"since": since, "snap": self.box.change_seq, "offset": 0}
            since, snap, offset = state["since"], state["snap"], state["offset"]
            show_deleted = since is not None or q.get("showDeleted") == "true"
            time_min = q.get("timeMin")
            items = []
            for event_id in sorted(cal.events):
                event = cal.events[event_id]
                seq = cal.changed_at[event_id]
                if seq > snap or (since is not None and seq <= since):
                    continue
                if event.get("status") == "cancelled" and not show_deleted:
                    continue
                if time_min and _event_end(event) < _parse_time(time_min):
                    continue
                items.append(event)
        size = min(int(q.get("maxResults", 250)), 2500)
        page = items[offset : offset + size]
        body: dict[str, Any] = {
            "kind": "calendar#events",
            "summary": cal.summary,
            "timeZone": "UTC",
            "items": page,
        }
        if offset + size < len(items):
            body["nextPageToken"] = _token({**state, "offset": offset + size})
        else:
            body["nextSyncToken"] = f"s{snap}"
        return _json(200, body)


def _searchable(raw: bytes) -> str:
    """Decoded headers and text, lower-cased: what a bare word in q matches."""
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    text = [str(msg.get(h, "")) for h in ("From", "To", "Subject")]
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        text.append(body.get_content())
    return " ".join(text).lower()


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _event_end(event: dict[str, Any]) -> datetime:
    end = event.get("end") or event.get("start") or {}
    if "dateTime" in end:
        return _parse_time(end["dateTime"])
    if "date" in end:
        return datetime.fromisoformat(end["date"]).replace(tzinfo=UTC)
    return datetime.max.replace(tzinfo=UTC)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        if self.server.verbose:
            super().log_message(format, *args)

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        response = self.server.google.handle(method, self.path, self.headers, body)
        if response is None:
            self.close_connection = True
            return
        status, headers, payload = response
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        self._serve("POST")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    google: FakeGoogle
    verbose: bool = False


class FakeGoogleServer:
    """Start with `with FakeGoogleServer(box) as server:`; `server.url` is the root."""

    def __init__(self, box: FakeMailbox, *, port: int = 0, verbose: bool = False) -> None:
        self.google = FakeGoogle(box)
        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.google = self.google
        self._httpd.verbose = verbose
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def box(self) -> FakeMailbox:
        return self.google.box

    @property
    def calls(self) -> Counter[str]:
        return self.google.calls

    def inject(self, fault: Fault) -> Fault:
        return self.google.inject(fault)

    def start(self) -> FakeGoogleServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeGoogleServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def demo_mailbox(scale: float = 0.2, seed: int = 7, out_dir: Path | None = None) -> FakeMailbox:
    """The demo generator's mailbox and calendar, served as Gmail and Calendar."""
    import tempfile

    from flows.sources.demo import generate_demo

    folder = out_dir or Path(tempfile.mkdtemp(prefix="fake-google-"))
    files = generate_demo(folder, scale=scale, seed=seed)
    box = FakeMailbox(files.me_address)
    load_mbox(box, files.mbox_path)
    load_ics(box, files.ics_path)
    return box


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A loopback fake of the Gmail/Calendar APIs.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--scale", type=float, default=0.2, help="demo mailbox scale")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="the built-in 60-message mailbox")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    box = build_small_mailbox(FakeMailbox()) if args.small else demo_mailbox(args.scale, args.seed)
    server = FakeGoogleServer(box, port=args.port, verbose=args.verbose).start()
    print(
        f"Fake Google API at {server.url} ({len(box.messages)} messages, "
        f"{len(box.calendars)} calendars). Try:\n"
        f"  sneaker --home /tmp/sneaker-try sync --api-endpoint {server.url}\n"
        "Ctrl-C stops it.",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
