"""Gmail user labels are stored by name (as Takeout spells them), from one labels.list."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from flows.sources.gmail import gmail_labels
from flows.sources.takeout import read_mbox
from tests.fakes.google_server import FakeGoogleServer
from tests.fakes.mailbox import FakeMailbox, load_mbox, new_message_bytes
from tests.sync.conftest import assert_mailbox_equal, stored_messages, sync
from warehouse.db import open_db
from warehouse.save import save_messages


def _labels(settings: Settings) -> dict[str, list[str]]:
    return {k: list(row["labels"]) for k, row in stored_messages(settings).items()}


def test_full_sync_stores_user_label_names_from_one_labels_call(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    search, acme = box.label_id("Job Search"), box.label_id("Jobs/Acme")
    tagged = [
        box.add_message(new_message_bytes(n), ["INBOX", search, acme][: 2 + n % 2])
        for n in range(4)
    ]
    sync(settings, server)  # pages of 25: three list pages and batches
    assert server.calls["gmail.labels.list"] == 1
    labels = _labels(settings)
    assert [labels[m] for m in tagged] == [
        ["Inbox", "Job Search"],
        ["Inbox", "Job Search", "Jobs/Acme"],
        ["Inbox", "Job Search"],
        ["Inbox", "Job Search", "Jobs/Acme"],
    ]
    assert_mailbox_equal(settings, box)


def test_incremental_sync_names_new_mail_and_label_changes(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    sync(settings, server)
    assert server.calls["gmail.labels.list"] == 0  # no user label anywhere yet: no call
    offers = box.label_id("Offers")
    new = box.add_message(new_message_bytes(1), ["INBOX", offers])
    old = sorted(box.messages)[3]
    box.relabel(old, add=[offers, "STARRED"])
    server.calls.clear()
    sync(settings, server)
    assert server.calls["gmail.labels.list"] == 1
    labels = _labels(settings)
    assert labels[new] == ["Inbox", "Offers"]
    assert labels[old][-2:] == ["Offers", "Starred"]
    assert_mailbox_equal(settings, box)


def test_an_idle_sync_asks_for_no_labels(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    box.add_message(new_message_bytes(1), ["INBOX", box.label_id("Job Search")])
    sync(settings, server)
    server.calls.clear()
    sync(settings, server)
    assert server.calls["gmail.labels.list"] == 0
    assert server.calls["gmail.history.list"] == 1


def test_rows_stored_with_label_ids_get_their_names(
    settings: Settings, server: FakeGoogleServer, box: FakeMailbox
) -> None:
    search = box.label_id("Job Search")
    sync(settings, server)
    # What an older version stored: the id.
    with open_db(settings.db_path) as con:
        save_messages(
            con,
            [
                {
                    "message_key": "old-1",
                    "account": settings.account,
                    "source": "gmail_api",
                    "labels": ["Inbox", search, "Label_99"],
                    "is_deleted": False,
                }
            ],
        )
    server.calls.clear()
    sync(settings, server)
    assert server.calls["gmail.labels.list"] == 1
    # A label deleted in Gmail since keeps its id: nothing says what it was called.
    assert _labels(settings)["old-1"] == ["Inbox", "Job Search", "Label_99"]


@pytest.mark.parametrize(
    ("ids", "names", "expected"),
    [
        (["INBOX", "Label_3"], {"Label_3": "Job Search"}, ["Inbox", "Job Search"]),
        (["Label_3"], {}, ["Label_3"]),
        (["CATEGORY_UPDATES", "UNREAD"], None, ["Category Updates", "Unread"]),
    ],
    ids=["user-label-named", "unknown-id-kept", "system-only"],
)
def test_gmail_labels(ids: list[str], names: dict | None, expected: list[str]) -> None:
    assert gmail_labels(ids, names) == expected


def test_the_api_stores_the_labels_takeout_does(tmp_path: Path) -> None:
    """The demo's mbox imported from Takeout and served by the API: same label names."""
    from flows.sources.demo import generate_demo

    files = generate_demo(tmp_path / "demo", scale=0.1, seed=5)
    box = FakeMailbox(files.me_address)
    load_mbox(box, files.mbox_path)
    assert box.labels  # the demo has user labels ("Job Search")
    takeout_only = {"Opened", "Archived"}
    takeout = {
        r["rfc822_message_id"]: [x for x in r["labels"] if x not in takeout_only]
        for r in read_mbox(files.mbox_path, account="default")
        if isinstance(r, dict) and not {"Spam", "Trash"} & set(r["labels"])
    }
    settings = Settings(
        home=tmp_path / "home", batch_size=500, gmail_units_per_minute=10_000_000
    ).ensure_dirs()
    with FakeGoogleServer(box) as server:
        sync(settings, server)
        assert server.calls["gmail.labels.list"] == 1
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        api = dict(con.execute("select rfc822_message_id, labels from raw_messages").fetchall())
    assert api == takeout
    assert any("Job Search" in labels for labels in api.values())
