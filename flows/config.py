"""Typed settings, resolved once by the CLI and injected everywhere else.

No other module reads the environment: the CLI (or a flow's parameters) builds a
`Settings` and passes it down.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

APP_NAME = "job-sneaker"
HOME_ENV = "SNEAKER_HOME"
DEFAULT_ACCOUNT = "default"


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know about where data lives and how to measure."""

    home: Path
    account: str = DEFAULT_ACCOUNT
    timezone: str = "UTC"
    ghost_days: int = 30
    follow_up_days: int = 7
    review_confidence: float = 0.6
    # An interview event linked by company or organizer domain alone (no iCalUID) must be
    # this close to a mail of its opportunity, before or after it; further off it is
    # listed for review instead. A hiring process seldom goes two months without a mail
    # on either side of an interview, while the one opportunity known at a company may be
    # an application of long ago when the mail about this interview was not read as one.
    event_link_days: int = 60
    my_addresses: tuple[str, ...] = field(default_factory=tuple)
    # Larger batches load much faster (one upsert statement each); 2,000 messages stay
    # a few MB of memory and a few seconds of work, so a killed run loses little.
    batch_size: int = 2000
    # Gmail quota: "2026" (projects created from May 2026: 6,000 units/min, get = 20)
    # or "classic" (15,000 units/min, get = 5); 0 units/min means 90% of the table's limit.
    gmail_quota_table: str = "2026"
    gmail_units_per_minute: int = 0

    @property
    def account_dir(self) -> Path:
        return self.home / "accounts" / self.account

    @property
    def db_path(self) -> Path:
        return self.account_dir / "sneaker.duckdb"

    @property
    def reports_dir(self) -> Path:
        return self.account_dir / "reports"

    @property
    def token_path(self) -> Path:
        return self.account_dir / "token.json"

    @property
    def client_secret_path(self) -> Path:
        return self.home / "client_secret.json"

    @property
    def config_path(self) -> Path:
        return self.home / "config.toml"

    @property
    def account_config_path(self) -> Path:
        return self.account_dir / "account.toml"

    def ensure_dirs(self) -> Settings:
        self.account_dir.mkdir(parents=True, exist_ok=True)
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        return self


def default_home() -> Path:
    """The platform's per-user data directory, e.g. ~/.local/share/job-sneaker."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_home(flag: str | Path | None, environ: os._Environ[str] | dict[str, str]) -> Path:
    """`--home` beats `SNEAKER_HOME` beats the platform default."""
    if flag:
        return Path(flag).expanduser().resolve()
    if environ.get(HOME_ENV):
        return Path(environ[HOME_ENV]).expanduser().resolve()
    return default_home()


_KNOWN = {f.name for f in fields(Settings)} - {"home", "account"}


def _read_toml(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path} is not valid TOML: {exc}") from exc
    unknown = set(data) - _KNOWN - {"accounts"}
    if unknown:
        raise ValueError(f"{path}: unknown setting(s) {sorted(unknown)}; known: {sorted(_KNOWN)}")
    return data


def load_settings(home: Path, account: str | None = None, **overrides: object) -> Settings:
    """Settings from `<home>/config.toml`, then the account's own `account.toml`, then
    explicit overrides.

    Both files hold the same keys as `Settings`, e.g. ``timezone = "America/Chicago"``;
    `config.toml` may also hold per-account tables, ``[accounts.work]``.
    """
    account = account or DEFAULT_ACCOUNT
    values: dict[str, object] = {}
    data = _read_toml(home / "config.toml")
    values.update({k: v for k, v in data.items() if k in _KNOWN})
    per_account = data.get("accounts", {})
    if isinstance(per_account, dict):
        values.update({k: v for k, v in per_account.get(account, {}).items() if k in _KNOWN})
    account_file = Settings(home=home, account=account).account_config_path
    values.update({k: v for k, v in _read_toml(account_file).items() if k in _KNOWN})
    if "my_addresses" in values:
        values["my_addresses"] = tuple(str(a).lower() for a in values["my_addresses"])  # type: ignore[union-attr]
    settings = Settings(home=home, account=account, **values)  # type: ignore[arg-type]
    clean = {k: v for k, v in overrides.items() if v is not None}
    return replace(settings, **clean) if clean else settings


def write_account_config(settings: Settings, **values: str | list[str]) -> Path:
    """Persist per-account settings (e.g. the demo's time zone and address)."""
    unknown = set(values) - _KNOWN
    if unknown:
        raise ValueError(f"unknown setting(s) {sorted(unknown)}")
    settings.account_dir.mkdir(parents=True, exist_ok=True)
    lines = []
    for key, value in sorted(values.items()):
        if isinstance(value, list):
            lines.append(f"{key} = [{', '.join(_toml_str(v) for v in value)}]")
        else:
            lines.append(f"{key} = {_toml_str(value)}")
    settings.account_config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return settings.account_config_path


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
