"""`sneaker auth`: sign in with the user's own OAuth client; load and refresh the token.

Read-only scopes only. The token file is written with mode 0600, and both it and the
client file are refused when group or others can read them: they are keys to the mail.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from flows.config import Settings
from flows.sources.google_errors import REAUTH, AuthExpired, SyncFatal

SCOPES = [
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/calendar.readonly",
]
SETUP_DOC = "docs/google-setup.md"


class AuthProblem(SyncFatal):
    """Sign-in cannot go on; the message says what to do."""


def check_private(path: Path, what: str) -> None:
    """Refuse a secrets file that group or others can read."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise AuthProblem(
            f"{what} {path} is readable by other users (mode {mode:03o}); "
            f"run `chmod 600 {path}` and try again."
        )


def write_private(path: Path, text: str) -> None:
    """Write `text` to a file only its owner can read, never briefly wider."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def load_credentials(settings: Settings) -> Any:
    """The saved credentials, refreshed if expired (and saved again)."""
    from google.auth.exceptions import RefreshError
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials

    path = settings.token_path
    if not path.exists():
        raise AuthProblem(
            f"Not signed in to Google for account '{settings.account}': run `sneaker auth` "
            f"first (see {SETUP_DOC})."
        )
    check_private(path, "The token file")
    try:
        creds = Credentials.from_authorized_user_file(str(path), SCOPES)
    except (ValueError, json.JSONDecodeError) as exc:
        raise AuthProblem(f"The token file {path} is unreadable: {REAUTH}.") from exc
    if not creds.valid:
        if not creds.refresh_token:
            raise AuthExpired(f"The saved Google sign-in has expired: {REAUTH}.")
        try:
            creds.refresh(Request())
        except RefreshError as exc:
            raise AuthExpired(
                f"Google refused the saved sign-in ({_grant_reason(exc)}): {REAUTH}."
            ) from exc
        write_private(path, creds.to_json())
    return creds


def _grant_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "invalid_grant" in text:
        return "invalid_grant: revoked, or a 'Testing' client's 7-day token expired"
    return "token refresh failed"


def auth_command(settings: Settings, *, client_secret: Path | None, console: Any) -> None:
    """Run the browser sign-in and save the token (mode 0600) for this account."""
    try:
        _auth(settings, client_secret=client_secret, console=console)
    except SyncFatal as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise SystemExit(1) from None


def _auth(settings: Settings, *, client_secret: Path | None, console: Any) -> None:
    from google_auth_oauthlib.flow import InstalledAppFlow

    secret = (client_secret or settings.client_secret_path).expanduser()
    if not secret.exists():
        raise AuthProblem(
            f"No OAuth client file at {secret}: create a Desktop OAuth client and download "
            f"its JSON as {SETUP_DOC} explains, then pass --client-secret PATH."
        )
    check_private(secret, "The OAuth client file")
    flow = InstalledAppFlow.from_client_secrets_file(str(secret), scopes=SCOPES)
    console.print("Opening your browser to sign in to Google (read-only Gmail and Calendar)…")
    try:
        creds = flow.run_local_server(port=0, open_browser=True)
    except Exception as exc:  # noqa: BLE001 - oauthlib raises many kinds; one line for the user
        raise AuthProblem(f"Sign-in did not complete ({type(exc).__name__}).") from exc
    granted = set(getattr(creds, "granted_scopes", None) or creds.scopes or [])
    missing = [s for s in SCOPES if granted and s not in granted]
    if missing:
        raise AuthProblem(
            "Google granted only part of the access: tick both Gmail and Calendar on the "
            f"consent screen; {REAUTH}."
        )
    settings.ensure_dirs()
    write_private(settings.token_path, creds.to_json())
    console.print(f"Signed in. Token saved to {settings.token_path} (readable only by you).")
