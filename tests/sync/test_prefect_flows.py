"""The Prefect flows `sync_gmail` / `sync_calendar` and `sneaker sync`'s command function."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console

from flows.config import Settings
from tests.fakes.google_server import FakeGoogleServer, Fault
from tests.fakes.mailbox import FakeMailbox, new_message_bytes
from tests.sync.conftest import assert_mailbox_equal, expected_events, live_events


@pytest.fixture
def home_settings(settings: Settings) -> Settings:
    # The flows load settings from the home folder, as a deployment would.
    (settings.home / "config.toml").write_text(
        "batch_size = 25\ngmail_units_per_minute = 10000000\n"
    )
    return settings


def test_sync_flows_full_then_incremental(
    prefect_harness: None, home_settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    from flows.sync import sync_calendar, sync_gmail

    home = str(home_settings.home)
    search = box.label_id("Job Search")
    box.add_message(new_message_bytes(0), ["INBOX", search])
    gmail = sync_gmail(home, "default", None, None, server.url)
    calendar = sync_calendar(home, "default", None, server.url)
    assert (gmail["fetched"], gmail["steps"]) == (61, 5)  # start, 3 pages, history
    # One task per page, one labels.list for the whole flow run.
    assert server.calls["gmail.labels.list"] == 1
    assert [c["events"] for c in calendar["calendars"]] == [5, 8]
    assert_mailbox_equal(home_settings, box)
    assert live_events(home_settings) == expected_events(box)

    box.add_message(new_message_bytes(1), ["INBOX", search])
    server.calls.clear()
    again = sync_gmail(home, "default", None, None, server.url)
    # history.list 2, messages.get 20, labels.list 1
    assert (again["fetched"], again["units"]) == (1, 2 + 20 + 1)
    assert_mailbox_equal(home_settings, box)


def test_sync_command_syncs_then_builds(
    prefect_harness: None,
    home_settings: Settings,
    server: FakeGoogleServer,
    box: FakeMailbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flows import sync as sync_module

    built: list[Any] = []
    monkeypatch.setattr(
        "flows.pipeline.extract_and_build", lambda s: built.append(s.account) or {}
    )  # extraction has its own tests; here: that it runs after the sync, for this account
    out = Console(file=io.StringIO(), width=300, color_system=None)
    server.inject(Fault("gmail.history.list", status=429))
    sync_module.sync_command(
        home_settings, since=None, query=None, console=out, api_endpoint=server.url
    )
    text = out.file.getvalue()  # type: ignore[attr-defined]
    assert "Gmail: 60 messages fetched" in text
    assert built == ["default"]
    assert_mailbox_equal(home_settings, box)


def test_sync_command_revoked_access_is_one_line_and_no_build(
    prefect_harness: None,
    home_settings: Settings,
    server: FakeGoogleServer,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from flows import sync as sync_module

    built: list[Any] = []
    monkeypatch.setattr("flows.pipeline.extract_and_build", lambda s: built.append(s))
    server.inject(Fault("gmail.getProfile", status=401, reason="authError", times=10))
    out = Console(file=io.StringIO(), width=300, color_system=None)
    with pytest.raises(SystemExit) as info:
        sync_module.sync_command(
            home_settings, since=None, query=None, console=out, api_endpoint=server.url
        )
    assert info.value.code == 1
    error_lines = [
        line
        for line in out.file.getvalue().splitlines()
        if line.startswith("error:")  # type: ignore[attr-defined]
    ]
    assert len(error_lines) == 1 and "run `sneaker auth` again" in error_lines[0]
    assert "Traceback" not in out.file.getvalue()  # type: ignore[attr-defined]
    assert built == []
    assert server.calls["gmail.getProfile"] == 1  # a fatal error is not retried by Prefect
    # Prefect's own logs do not add a traceback for it either.
    assert "Traceback" not in capfd.readouterr().err
