"""Optional delivery: off by default, to a folder, and by SMTP to a local test server."""

from __future__ import annotations

import email
import socket
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from flows.config import Settings
from flows.delivery import DeliveryConfig, deliver, load_delivery


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(home=tmp_path / "home", my_addresses=("me@example.org",))
    s.ensure_dirs()
    return s


@pytest.fixture
def rendered(settings: Settings) -> list[Path]:
    html = settings.reports_dir / "weekly-summary-2026-W47.html"
    md = settings.reports_dir / "weekly-summary-2026-W47.md"
    html.write_text("<!doctype html><title>w47</title><p>report</p>", encoding="utf-8")
    md.write_text("# Your job search, week 2026-W47\n\n3 replies.\n", encoding="utf-8")
    return [html, md]


def test_nothing_is_delivered_without_a_config(settings: Settings) -> None:
    assert load_delivery(settings, {}) == DeliveryConfig()
    assert not load_delivery(settings, {}).enabled


def test_folder_delivery_copies_both_files(settings, rendered, tmp_path: Path) -> None:
    target = tmp_path / "inbox-folder"
    (settings.account_dir / "delivery.toml").write_text(f'folder = "{target}"\n')
    done = deliver(load_delivery(settings, {}), week="2026-W47", paths=rendered)
    assert done == [f"folder:{target}"]
    assert sorted(p.name for p in target.iterdir()) == [
        "weekly-summary-2026-W47.html",
        "weekly-summary-2026-W47.md",
    ]


class _Inbox:
    def __init__(self) -> None:
        self.envelopes: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.envelopes.append((envelope.mail_from, envelope.rcpt_tos, envelope.content))
        return "250 OK"


def test_smtp_delivery_reaches_a_local_server(settings, rendered) -> None:
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        (settings.home / "delivery.toml").write_text(
            f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nstarttls = false\n'
        )
        config = load_delivery(settings, {})
        assert deliver(config, week="2026-W47", paths=rendered) == ["smtp:me@example.org"]
    finally:
        controller.stop()
    [(sender, recipients, raw)] = inbox.envelopes
    assert (sender, recipients) == ("me@example.org", ["me@example.org"])
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "Your job search, week 2026-W47"
    assert message.get_body(("plain",)).get_content().startswith("# Your job search")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "weekly-summary-2026-W47.html"
    assert b"<p>report</p>" in attachment.get_payload(decode=True)


@pytest.mark.parametrize(
    ("toml", "environ", "message"),
    [
        ('[smtp]\nhost = "h"\nto = "boss@example.org"\n', {}, "not one of your own addresses"),
        ('[smtp]\nhost = "h"\npassword_env = "PW"\n', {}, "PW is not set"),
        ('colour = "blue"\n', {}, "unknown key"),
    ],
    ids=["someone-else", "password-variable-missing", "unknown-key"],
)
def test_bad_delivery_configs_are_refused(settings, toml, environ, message) -> None:
    (settings.account_dir / "delivery.toml").write_text(toml)
    with pytest.raises(ValueError, match=message):
        load_delivery(settings, environ)
