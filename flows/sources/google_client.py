"""Building the Gmail and Calendar clients, for Google or for a loopback test server.

The discovery documents shipped with google-api-python-client are used (no discovery
request at run time). With `api_endpoint` set, both services and their batch endpoints
point at that root URL instead of Google's.
"""

from __future__ import annotations

import functools
import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import google_auth_httplib2
import httplib2
from google.auth.credentials import Credentials
from googleapiclient.discovery import build_from_document
from googleapiclient.http import BatchHttpRequest

HTTP_TIMEOUT_SECONDS = 60
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@functools.cache
def _discovery(name: str, version: str) -> dict[str, Any]:
    docs = resources.files("googleapiclient") / "discovery_cache" / "documents"
    return json.loads((docs / f"{name}.{version}.json").read_text(encoding="utf-8"))


def is_loopback(url: str) -> bool:
    return (urllib.parse.urlsplit(url).hostname or "") in LOOPBACK_HOSTS


@dataclass
class GoogleService:
    """One API client plus its batch endpoint (the library ignores `api_endpoint` there)."""

    resource: Any
    batch_uri: str
    http: Any

    def new_batch(self, callback: Callable[[str, Any, Exception | None], None]) -> BatchHttpRequest:
        return BatchHttpRequest(callback=callback, batch_uri=self.batch_uri)


def build_service(
    name: str,
    version: str,
    credentials: Credentials,
    *,
    api_endpoint: str | None = None,
    timeout: float = HTTP_TIMEOUT_SECONDS,
) -> GoogleService:
    doc = _discovery(name, version)
    root = api_endpoint.rstrip("/") + "/" if api_endpoint else doc["rootUrl"]
    options = (
        {"api_endpoint": urllib.parse.urljoin(root, doc["servicePath"])} if api_endpoint else None
    )
    http = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout))
    # The discovery document shipped with the library (what static_discovery=True reads),
    # parsed once per process.
    resource = build_from_document(doc, http=http, client_options=options)
    batch_uri = urllib.parse.urljoin(root, doc.get("batchPath", "batch"))
    return GoogleService(resource=resource, batch_uri=batch_uri, http=http)
