"""Parsing on a process pool gives exactly the records of a one-process import."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from flows.config import Settings
from flows.sources.takeout import load
from tests.hardening.mailgen import write_mailbox


def test_pool_output_equals_sequential_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(load, "CHUNK_MESSAGES", 7)
    folder = tmp_path / "Takeout"
    folder.mkdir()
    mbox = folder / "All mail.mbox"
    mbox.write_bytes(
        b"junk before the first From line\n" + write_mailbox(tmp_path / "m", 150).read_bytes()
    )
    settings = Settings(home=tmp_path)
    one = list(load.iter_items([folder], settings=settings, workers=1))
    two = list(load.iter_items([folder], settings=settings, workers=2))
    assert two == one
    # 150 items (one headerless, quarantined) + the cut tail + its note + the preamble
    assert len(one) == 153
    batches = list(load.iter_batches([folder], settings=settings, batch_size=40, workers=2))
    assert [len(b) for b in batches] == [40, 40, 40, 33]


def _die() -> None:
    os._exit(3)


def test_a_broken_pool_falls_back_to_parsing_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(load, "CHUNK_MESSAGES", 7)
    monkeypatch.setattr(
        load,
        "_pool",
        lambda workers: ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("fork"), initializer=_die
        ),
    )
    mbox = write_mailbox(tmp_path / "mail.mbox", 60)
    settings = Settings(home=tmp_path)
    one = list(load.iter_items([mbox], settings=settings, workers=1))
    assert list(load.iter_items([mbox], settings=settings, workers=2)) == one


def test_calendars_read_on_the_pool_keep_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(load, "CHUNK_MESSAGES", 7)
    folder = tmp_path / "Takeout"
    (folder / "Calendar").mkdir(parents=True)
    data = Path(__file__).resolve().parents[1] / "data" / "ics"
    for name in ("recurrence_exceptions.ics", "bad_tzid.ics"):
        (folder / "Calendar" / name).write_bytes((data / name).read_bytes())
    (folder / "Mail").mkdir()
    write_mailbox(folder / "Mail" / "All mail.mbox", 30)
    settings = Settings(home=tmp_path)
    one = list(load.iter_items([folder], settings=settings, workers=1))
    submitted: list[Path] = []
    real_submit = load._submit_calendars

    def spy(files: list[Path], pool: ProcessPoolExecutor, account: str, spool: str) -> dict:
        futures = real_submit(files, pool, account, spool)
        submitted.extend(futures)
        return futures

    monkeypatch.setattr(load, "_submit_calendars", spy)
    assert list(load.iter_items([folder], settings=settings, workers=2)) == one
    assert sorted(p.name for p in submitted) == ["bad_tzid.ics", "recurrence_exceptions.ics"]
    kinds = ["event" if isinstance(i, dict) and "event_key" in i else "other" for i in one]
    assert kinds.index("event") == 0 and kinds.count("event") > 2  # Calendar/ sorts first


@pytest.mark.parametrize("chunk", [1, 3, 500], ids=["chunk-1", "chunk-3", "chunk-500"])
def test_a_calendar_comes_back_from_the_pool_in_chunks_with_the_same_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(load, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(load, "CALENDAR_CHUNK", chunk)
    folder = tmp_path / "Takeout"
    (folder / "Calendar").mkdir(parents=True)
    data = Path(__file__).resolve().parents[1] / "data" / "ics"
    ics = folder / "Calendar" / "recurrence_exceptions.ics"
    ics.write_bytes((data / "recurrence_exceptions.ics").read_bytes())
    (folder / "Mail").mkdir()
    write_mailbox(folder / "Mail" / "All mail.mbox", 20)
    settings = Settings(home=tmp_path)
    one = list(load.iter_items([folder], settings=settings, workers=1))
    events = sum(1 for i in one if isinstance(i, dict) and "event_key" in i)
    assert len(list(load._pickled_chunks(ics, settings.account))) == -(-events // chunk)
    assert list(load.iter_items([folder], settings=settings, workers=2)) == one


def _no_spool(*args: object, **kwargs: object) -> tuple[int, str]:
    raise OSError(28, "No space left on device")


def _full_after_one_chunk() -> object:
    """`_write_all` that writes half of the second chunk, then finds the disk full."""
    real = load._write_all
    calls = []

    def write(out: object, data: bytes) -> None:
        calls.append(len(data))
        if len(calls) == 2:
            real(out, data[: len(data) // 2])
            raise OSError(28, "No space left on device")
        real(out, data)

    return write


@pytest.mark.parametrize("spool", ["spooled-to-a-file", "spool-unwritable", "disk-full-mid-write"])
def test_a_calendar_waiting_behind_the_mailbox_is_spooled_and_cleaned_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spool: str
) -> None:
    monkeypatch.setattr(load, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(load, "CHUNK_MESSAGES", 7)
    monkeypatch.setattr(load, "CALENDAR_CHUNK", 2)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(load.tempfile, "tempdir", str(temp))
    if spool == "spool-unwritable":  # the worker (forked) then hands its chunks back
        monkeypatch.setattr(load.tempfile, "mkstemp", _no_spool)
    if spool == "disk-full-mid-write":  # the file keeps one chunk, the rest comes back
        monkeypatch.setattr(load, "_write_all", _full_after_one_chunk())
    data = Path(__file__).resolve().parents[1] / "data" / "ics"
    ics = tmp_path / "recurrence_exceptions.ics"
    ics.write_bytes((data / "recurrence_exceptions.ics").read_bytes())
    mbox = write_mailbox(tmp_path / "mail.mbox", 40)
    settings = Settings(home=tmp_path)
    one = list(load.iter_items([mbox, ics], settings=settings, workers=1))
    two = list(load.iter_items([mbox, ics], settings=settings, workers=2))
    assert two == one
    assert sum(1 for i in two if isinstance(i, dict) and "event_key" in i) > 2
    assert list(temp.iterdir()) == []  # the spool folder and its file are gone


def test_spool_folders_of_imports_that_died_are_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    names = {
        "killed": f"{load.SPOOL_PREFIX}{dead.pid}-a1b2",
        "running": f"{load.SPOOL_PREFIX}{os.getpid()}-c3d4",
        "old-style, today": f"{load.SPOOL_PREFIX}e5f6",
        "old-style, two days old": f"{load.SPOOL_PREFIX}g7h8",
    }
    for name in names.values():
        (tmp_path / name).mkdir()
        (tmp_path / name / "calendar-x.pickles").write_bytes(b"x")
    two_days_ago = time.time() - 2 * 86_400
    os.utime(tmp_path / names["old-style, two days old"], (two_days_ago, two_days_ago))
    removed = load.remove_stale_spools(tmp_path)
    assert sorted(p.name for p in removed) == sorted(
        [names["killed"], names["old-style, two days old"]]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [names["running"], names["old-style, today"]]
    )
