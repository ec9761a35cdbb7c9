"""Dispatch Takeout paths to the right reader: by suffix, by folder, else by sniffing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from flows.sources.records import Quarantined, RawEvent, RawMessage
from flows.sources.takeout.eml import read_eml_file
from flows.sources.takeout.ics import Window, read_ics
from flows.sources.takeout.mbox import read_mbox

SUFFIXES = {".mbox": "mbox", ".eml": "eml", ".ics": "ics"}


def _sniff(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return None
    if head.startswith(b"From "):
        return "mbox"
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return "ics"
    return None


def kind_of(path: Path) -> str | None:
    """mbox | eml | ics for a file Job Sneaker can read, else None."""
    return SUFFIXES.get(path.suffix.lower()) or _sniff(path)


def files_under(folder: Path) -> list[Path]:
    """Readable files under a Takeout folder, sorted (other Takeout files are skipped)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def expand(paths: Iterable[Path | str]) -> Iterator[Path]:
    """The files to read: given files as they are, folders walked (sorted)."""
    for given in paths:
        given = Path(given)
        yield from files_under(given) if given.is_dir() else [given]


def iter_paths(
    paths: Iterable[Path | str],
    *,
    account: str,
    my_addresses: tuple[str, ...] = (),
    window: Window | None = None,
) -> Iterator[RawMessage | RawEvent | Quarantined]:
    """Every record of the given files and folders, in a stable order."""
    for path in expand(paths):
        kind = kind_of(path)
        if kind == "mbox":
            yield from read_mbox(path, account=account, my_addresses=my_addresses)
        elif kind == "eml":
            yield from read_eml_file(path, account=account, my_addresses=my_addresses)
        elif kind == "ics":
            yield from read_ics(path, account=account, window=window)
        elif not path.exists():
            yield Quarantined("takeout", str(path), "read", "no such file")
        else:
            yield Quarantined("takeout", str(path), "read", "not an .mbox, .eml or .ics file")
