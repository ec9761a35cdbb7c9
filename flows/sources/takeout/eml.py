"""`.eml` files: one message per file, from a file or a folder (recursive, sorted)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from flows.sources.records import Quarantined, RawMessage
from flows.sources.takeout.mbox import MAX_MESSAGE_BYTES
from flows.sources.takeout.mime import UnreadableMessage, parse_message_bytes

SOURCE = "eml"


def eml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def read_eml_file(
    path: Path, *, account: str, my_addresses: tuple[str, ...] = ()
) -> Iterator[RawMessage | Quarantined]:
    key = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_MESSAGE_BYTES:
            yield Quarantined(
                SOURCE, key, "read", f"{size} bytes is over the {MAX_MESSAGE_BYTES} byte limit"
            )
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Quarantined(SOURCE, key, "read", f"cannot read file: {exc.strerror}")
        return
    try:
        yield parse_message_bytes(raw, account=account, source=SOURCE, my_addresses=my_addresses)
    except UnreadableMessage as exc:
        yield Quarantined(SOURCE, key, "parse", str(exc))
    except Exception as exc:  # a parser bug on hostile input must not end the import
        yield Quarantined(SOURCE, key, "parse", f"parser failed: {type(exc).__name__}")


def read_eml(
    path: Path | str, *, account: str, my_addresses: tuple[str, ...] = ()
) -> Iterator[RawMessage | Quarantined]:
    """One .eml file, or every .eml under a folder."""
    path = Path(path)
    files = eml_files(path) if path.is_dir() else [path]
    for file in files:
        yield from read_eml_file(file, account=account, my_addresses=my_addresses)
