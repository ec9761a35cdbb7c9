"""Sign-in: read-only scopes, 0600 token, refusing readable secrets, revoked grants."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from rich.console import Console

from flows.config import Settings
from flows.sources import google_auth
from flows.sources.google_auth import (
    SCOPES,
    AuthProblem,
    auth_command,
    check_private,
    load_credentials,
    write_private,
)
from flows.sources.google_errors import AuthExpired
from tests.fakes.google_server import FakeGoogleServer
from tests.fakes.mailbox import FakeMailbox


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def console() -> Console:
    return Console(file=io.StringIO(), width=300, color_system=None)


def printed(con: Console) -> str:
    return con.file.getvalue()  # type: ignore[attr-defined]


def test_scopes_are_exactly_the_two_read_only_ones() -> None:
    assert SCOPES == [
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/calendar.readonly",
    ]


def test_token_is_written_0600_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_private(tmp_path / "acct" / "token.json", '{"token": "t"}')
    finally:
        os.umask(old)
    assert mode(tmp_path / "acct" / "token.json") == 0o600


@pytest.mark.parametrize("bits", [0o644, 0o640, 0o604], ids=["world+group", "group", "world"])
def test_readable_secret_files_are_refused(tmp_path: Path, bits: int) -> None:
    path = tmp_path / "client_secret.json"
    path.write_text("{}")
    path.chmod(bits)
    with pytest.raises(AuthProblem, match=f"chmod 600 {path}"):
        check_private(path, "The OAuth client file")


def _token_file(settings: Settings, server: FakeGoogleServer) -> Path:
    settings.ensure_dirs()
    write_private(
        settings.token_path,
        json.dumps(
            {
                "token": "stale",
                "refresh_token": "refresh-me",
                "token_uri": server.url + "token",
                "client_id": "client.apps.googleusercontent.com",
                "client_secret": "not-a-secret",
                "scopes": SCOPES,
                "expiry": "2020-01-01T00:00:00Z",
            }
        ),
    )
    return settings.token_path


@pytest.fixture
def token_server(monkeypatch: pytest.MonkeyPatch) -> FakeGoogleServer:
    with FakeGoogleServer(FakeMailbox()) as server:
        # google-auth always refreshes at Google's token URL; point it at the fake.
        monkeypatch.setattr(
            "google.oauth2.credentials._GOOGLE_OAUTH2_TOKEN_ENDPOINT", server.url + "token"
        )
        yield server


def test_expired_token_is_refreshed_and_saved_0600(
    tmp_path: Path, token_server: FakeGoogleServer
) -> None:
    settings = Settings(home=tmp_path)
    path = _token_file(settings, token_server)
    creds = load_credentials(settings)
    assert creds.token == "fresh-token"
    assert json.loads(path.read_text())["token"] == "fresh-token"
    assert mode(path) == 0o600
    assert token_server.calls["oauth.token"] == 1


def test_revoked_grant_says_run_auth_again_in_one_line(
    tmp_path: Path, token_server: FakeGoogleServer
) -> None:
    settings = Settings(home=tmp_path)
    _token_file(settings, token_server)
    token_server.google.revoked = True
    with pytest.raises(AuthExpired) as info:
        load_credentials(settings)
    message = str(info.value)
    assert "run `sneaker auth` again" in message and "invalid_grant" in message
    assert "\n" not in message


def test_missing_token_points_to_sneaker_auth(tmp_path: Path) -> None:
    with pytest.raises(AuthProblem, match="run `sneaker auth` first"):
        load_credentials(Settings(home=tmp_path, account="work"))


def test_world_readable_token_is_refused(tmp_path: Path, token_server: FakeGoogleServer) -> None:
    settings = Settings(home=tmp_path)
    _token_file(settings, token_server).chmod(0o644)
    with pytest.raises(AuthProblem, match="readable by other users"):
        load_credentials(settings)
    assert token_server.calls["oauth.token"] == 0


def test_auth_command_refuses_a_readable_client_file(tmp_path: Path) -> None:
    secret = tmp_path / "client_secret.json"
    secret.write_text("{}")
    secret.chmod(0o644)
    out = console()
    with pytest.raises(SystemExit) as info:
        auth_command(Settings(home=tmp_path), client_secret=secret, console=out)
    assert info.value.code == 1
    lines = printed(out).strip().splitlines()
    assert len(lines) == 1 and "chmod 600" in lines[0]


def test_auth_command_runs_the_local_server_flow_and_saves_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from google.oauth2.credentials import Credentials
    from google_auth_oauthlib.flow import InstalledAppFlow

    secret = tmp_path / "client_secret.json"
    write_private(
        secret,
        json.dumps(
            {
                "installed": {
                    "client_id": "client.apps.googleusercontent.com",
                    "client_secret": "s",
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": "https://oauth2.googleapis.com/token",
                    "redirect_uris": ["http://localhost"],
                }
            }
        ),
    )
    seen: dict[str, object] = {}

    def fake_run_local_server(self: InstalledAppFlow, **kwargs: object) -> Credentials:
        # The browser step itself cannot run offline; everything around it does.
        seen["scopes"] = list(self.oauth2session.scope)
        seen["kwargs"] = kwargs
        return Credentials(token="t", refresh_token="r", scopes=SCOPES)

    monkeypatch.setattr(InstalledAppFlow, "run_local_server", fake_run_local_server)
    settings = Settings(home=tmp_path, account="work")
    auth_command(settings, client_secret=secret, console=console())
    assert seen == {"scopes": SCOPES, "kwargs": {"port": 0, "open_browser": True}}
    assert mode(settings.token_path) == 0o600
    assert json.loads(settings.token_path.read_text())["refresh_token"] == "r"
    assert google_auth.SETUP_DOC == "docs/google-setup.md"
