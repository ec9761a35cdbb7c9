"""Optional delivery of the weekly report: copy it to a folder and/or mail it to yourself.

Off by default. Turned on by `delivery.toml` in the account folder (or the data home):

    folder = "~/Documents/job-search"      # copy each report here
    [smtp]
    host = "smtp.example.com"
    port = 587
    starttls = true
    username = "me@example.com"
    password_env = "SNEAKER_SMTP_PASSWORD"  # the password is read from this variable
    to = "me@example.com"                   # default: the first of `my_addresses`

Mail goes only to one of your own addresses: this sends your job search to you, nobody else.
"""

from __future__ import annotations

import shutil
import smtplib
import ssl
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from flows.config import Settings

DELIVERY_FILE = "delivery.toml"


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    to: str
    sender: str
    username: str | None = None
    password: str | None = None
    starttls: bool = True
    ssl: bool = False


@dataclass(frozen=True)
class DeliveryConfig:
    folder: Path | None = None
    smtp: SmtpConfig | None = None

    @property
    def enabled(self) -> bool:
        return self.folder is not None or self.smtp is not None


def _delivery_file(settings: Settings) -> Path | None:
    for candidate in (settings.account_dir / DELIVERY_FILE, settings.home / DELIVERY_FILE):
        if candidate.exists():
            return candidate
    return None


def load_delivery(settings: Settings, environ: Mapping[str, str]) -> DeliveryConfig:
    """The account's delivery settings; nothing configured means nothing is sent."""
    path = _delivery_file(settings)
    if path is None:
        return DeliveryConfig()
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    unknown = set(data) - {"folder", "smtp"}
    if unknown:
        raise ValueError(f"{path}: unknown key(s) {sorted(unknown)}; known: folder, smtp")
    folder = Path(data["folder"]).expanduser() if data.get("folder") else None
    smtp = _smtp(data["smtp"], settings, environ, path) if data.get("smtp") else None
    return DeliveryConfig(folder=folder, smtp=smtp)


def _smtp(
    raw: Mapping[str, object], settings: Settings, environ: Mapping[str, str], path: Path
) -> SmtpConfig:
    own = [a.lower() for a in settings.my_addresses]
    to = str(raw.get("to") or (own[0] if own else "")).strip().lower()
    if not to:
        raise ValueError(f"{path}: [smtp] needs `to` (your own address) or `my_addresses` set")
    if own and to not in own:
        raise ValueError(f"{path}: [smtp] to = {to!r} is not one of your own addresses")
    password = None
    if raw.get("password_env"):
        name = str(raw["password_env"])
        if name not in environ:
            raise ValueError(f"{path}: the SMTP password variable {name} is not set")
        password = environ[name]
    return SmtpConfig(
        host=str(raw["host"]),
        port=int(raw.get("port", 587)),  # type: ignore[call-overload]
        to=to,
        sender=str(raw.get("from") or to),
        username=str(raw["username"]) if raw.get("username") else None,
        password=password,
        starttls=bool(raw.get("starttls", True)),
        ssl=bool(raw.get("ssl", False)),
    )


def deliver(config: DeliveryConfig, *, week: str, paths: Sequence[Path]) -> list[str]:
    """Copy and/or mail the rendered files; returns where each went."""
    done: list[str] = []
    if config.folder is not None:
        config.folder.mkdir(parents=True, exist_ok=True)
        for path in paths:
            shutil.copy2(path, config.folder / path.name)
        done.append(f"folder:{config.folder}")
    if config.smtp is not None:
        send_mail(config.smtp, week=week, paths=paths)
        done.append(f"smtp:{config.smtp.to}")
    return done


def build_message(smtp: SmtpConfig, *, week: str, paths: Sequence[Path]) -> EmailMessage:
    """Markdown as the readable body; the HTML report attached (mail clients drop SVG)."""
    message = EmailMessage()
    message["Subject"] = f"Your job search, week {week}"
    message["From"] = smtp.sender
    message["To"] = smtp.to
    markdown = next((p for p in paths if p.suffix == ".md"), None)
    body = markdown.read_text(encoding="utf-8") if markdown else f"Your report for {week}."
    message.set_content(body)
    for path in paths:
        if path.suffix == ".html":
            message.add_attachment(
                path.read_bytes(), maintype="text", subtype="html", filename=path.name
            )
    return message


def send_mail(smtp: SmtpConfig, *, week: str, paths: Sequence[Path]) -> None:
    message = build_message(smtp, week=week, paths=paths)
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if smtp.ssl:
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, context=context, timeout=30)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=30)
    with client:
        if smtp.starttls and not smtp.ssl:
            client.starttls(context=context)
        if smtp.username and smtp.password is not None:
            client.login(smtp.username, smtp.password)
        client.send_message(message)
