"""The user's corrections survive rebuilds; an older database migrates with its rows."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at, build, rows, settings
from warehouse.build import build_warehouse
from warehouse.overrides import add_override, list_overrides, remove_override
from warehouse.report.tables import review_action
from warehouse.schema import CURRENT_VERSION, MIGRATIONS, ensure_schema, schema_version


def mailbox() -> Mailbox:
    box = Mailbox()
    acme = box.conversation(
        sender="acme@myworkday.com", automated=True, company="Acme", role="SRE", thread="a"
    )
    acme("a1", at(0), kind="application_confirmation")
    acme("a2", at(1), kind="status_update")
    box.ack("b1", at(2), sender="beta@hire.lever.co", company="Beta", role="SRE", thread="b")
    box.mail(
        "b2", at(3), sender="jo@betacorp.com", kind="rejection", company="Beta Group", thread="b2"
    )
    return box


def opportunity_of(con: duckdb.DuckDBPyConnection, message_id: str) -> str:
    return rows(con, "select opportunity_id from touchpoints where message_id = ?", [message_id])[
        0
    ]["opportunity_id"]


def test_overrides_survive_rebuilds(tmp_path: Path) -> None:
    path = tmp_path / "sneaker.duckdb"
    con = build(mailbox(), duckdb.connect(str(path)))
    acme, beta = opportunity_of(con, "a1"), opportunity_of(con, "b1")
    beta_group = opportunity_of(con, "b2")
    assert len({acme, beta, beta_group}) == 3  # "Beta Group" is not "Beta": no fuzzy merge
    add_override(con, "set_channel", acme, value="referral", note="Dana referred me")
    add_override(con, "merge", beta, other_id=beta_group, note="same company, new name")
    add_override(con, "split", acme, other_id="a2")
    build_warehouse(con, settings())
    con.close()

    con = duckdb.connect(str(path))
    build_warehouse(con, settings())  # a later rebuild, in a new process
    got = rows(
        con,
        "select opportunity_id, channel, channel_evidence, merged_ids "
        "from opportunities order by opportunity_id",
    )
    split = opportunity_of(con, "a2")
    assert got == sorted(
        [
            {
                "opportunity_id": acme,
                "channel": "referral",
                "channel_evidence": "set by the user (override 1): Dana referred me",
                "merged_ids": [],
            },
            {
                "opportunity_id": beta,
                "channel": "cold_application",
                "channel_evidence": "application acknowledged by the employer or its ATS (b1)",
                "merged_ids": [beta_group],
            },
            {
                "opportunity_id": split,
                "channel": "cold_application",
                "channel_evidence": "an applicant-tracking system wrote about an application (a2)",
                "merged_ids": [],
            },
        ],
        key=lambda r: r["opportunity_id"],
    )
    assert opportunity_of(con, "b2") == beta
    assert [o["action"] for o in list_overrides(con)] == ["set_channel", "merge", "split"]


def test_override_validation_and_removal() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    with pytest.raises(ValueError, match="channel must be one of"):
        add_override(con, "set_channel", "opp_x", value="linkedin")
    with pytest.raises(ValueError, match="merge needs other_id"):
        add_override(con, "merge", "opp_x")
    with pytest.raises(ValueError, match="unknown action"):
        add_override(con, "rename", "opp_x")
    number = add_override(con, "set_channel", "opp_x", value="agency")
    assert remove_override(con, number) is True
    assert remove_override(con, number) is False
    assert list_overrides(con) == []


def test_a_merge_naming_an_unknown_opportunity_goes_to_the_review_queue() -> None:
    con = mailbox().load(duckdb.connect())
    add_override(con, "merge", "opp_gone", other_id="opp_also_gone")
    build_warehouse(con, settings())
    got = rows(
        con,
        "select item_id, reason from review_queue where item_type = 'override' order by item_id",
    )
    assert got == [
        {"item_id": "opp_also_gone", "reason": "override_refers_to_an_unknown_opportunity"},
        {"item_id": "opp_gone", "reason": "override_refers_to_an_unknown_opportunity"},
    ]


def test_a_database_made_before_a_schema_change_migrates_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "create table schema_version (version integer primary key, "
        "applied_at timestamptz default current_timestamp)"
    )
    for statement in MIGRATIONS[0]:
        con.execute(statement)
    con.execute("insert into schema_version (version) values (1)")
    box = mailbox()
    from warehouse.save import save_message_facts, save_messages

    save_messages(con, box.messages)
    save_message_facts(con, box.facts)
    con.execute(
        "insert into overrides (override_id, action, opportunity_key, value) "
        "values (1, 'set_channel', 'opp_x', 'agency')"
    )
    con.close()

    con = duckdb.connect(str(path))
    assert schema_version(con) == 1
    assert ensure_schema(con) == CURRENT_VERSION
    assert schema_version(con) == CURRENT_VERSION
    assert rows(con, "select count(*) as n from raw_messages") == [{"n": 4}]
    assert rows(con, "select count(*) as n from message_facts") == [{"n": 4}]
    assert rows(con, "select override_id, value from overrides") == [
        {"override_id": 1, "value": "agency"}
    ]
    counts = build_warehouse(con, settings())
    assert counts["opportunities"] == 3
    assert ensure_schema(con) == CURRENT_VERSION  # idempotent


def delta_and_a_far_event() -> Mailbox:
    """Delta's recruiter writes on day 0; an interview at Delta, with no iCalUID, is on day
    90: further than `event_link_days` (60) from every mail, so not linked by itself."""
    box = Mailbox()
    delta = box.conversation(sender="kai@delta.com", company="Delta Corp", role="SRE", thread="d")
    delta("d1", at(0), kind="recruiter_outreach")
    box.event("ev", at(90), company="Delta Corp", attendees=("kai@delta.com",))
    return box


def event_row(con: duckdb.DuckDBPyConnection) -> dict:
    (row,) = rows(
        con,
        "select l.opportunity_id, l.link_reason, l.is_uncertain_link, "
        "coalesce(list(q.reason) filter (where q.reason is not null), []) as review "
        "from int_event_links l left join review_queue q on q.item_id = l.event_id "
        "where l.event_id = 'ev' group by all",
    )
    return row


def test_a_far_interview_event_is_listed_with_its_nearest_opportunity_and_attach_joins_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sneaker.duckdb"
    con = build(delta_and_a_far_event(), duckdb.connect(str(path)))
    delta = opportunity_of(con, "d1")
    assert event_row(con) == {
        "opportunity_id": None,
        "link_reason": None,
        "is_uncertain_link": False,
        "review": ["interview_event_far_from_mail"],
    }
    # the review row names the opportunity, and prints the override that attaches it
    (row,) = rows(con, "select * from review_queue where item_id = 'ev'")
    assert row["opportunity_id"] == delta
    assert review_action(row, "item_id") == f"sneaker override attach {delta} ev"

    add_override(con, "attach", delta, other_id="ev", note="the Delta onsite")
    build_warehouse(con, settings())
    con.close()
    con = duckdb.connect(str(path))
    build_warehouse(con, settings())  # a later rebuild, in a new process, keeps it
    assert event_row(con) == {
        "opportunity_id": delta,
        "link_reason": "override_attach",
        "is_uncertain_link": False,
        "review": [],
    }
    assert rows(con, "select opportunity_id, stage from touchpoints where event_id = 'ev'") == [
        {"opportunity_id": delta, "stage": "interviewing"}
    ]


def test_an_attach_that_would_move_an_item_out_of_its_opportunity_is_refused() -> None:
    con = mailbox().load(duckdb.connect())
    build_warehouse(con, settings())
    acme, beta = opportunity_of(con, "a1"), opportunity_of(con, "b1")
    add_override(con, "attach", acme, other_id="b1")
    add_override(con, "attach", "opp_gone", other_id="a2")
    add_override(con, "attach", acme, other_id="no_such_item")
    build_warehouse(con, settings())
    assert opportunity_of(con, "b1") == beta
    assert opportunity_of(con, "a2") == acme
    got = rows(
        con,
        "select item_id, opportunity_id, reason, detail from review_queue "
        "where reason like 'override%' order by item_id",
    )
    assert got == [
        {
            "item_id": "b1",
            "opportunity_id": beta,
            "reason": "override_attach_refused",
            "detail": "the item is in another opportunity: split it out first",
        },
        {
            "item_id": "no_such_item",
            "opportunity_id": None,
            "reason": "override_refers_to_an_unknown_opportunity",
            "detail": "attach",
        },
        {
            "item_id": "opp_gone",
            "opportunity_id": None,
            "reason": "override_refers_to_an_unknown_opportunity",
            "detail": "attach",
        },
    ]


def test_attach_needs_the_item_it_attaches() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    with pytest.raises(ValueError, match="attach needs other_id"):
        add_override(con, "attach", "opp_x")


def test_a_kind_set_by_the_user_wins_downstream_and_settles_its_review_row() -> None:
    box = Mailbox()
    box.ack("c1", at(0), sender="careers@gamma.io", company="Gamma", role="SRE", thread="g")
    # a refusal the extractor doubted and called a status update
    box.mail(
        "c2",
        at(2),
        sender="talent@gamma.io",
        automated=True,
        kind="status_update",
        company="Gamma",
        role="SRE",
        thread="g2",
        confidence=0.4,
    )
    con = build(box)
    opp = opportunity_of(con, "c1")
    assert rows(con, "select item_id from review_queue where reason = 'low_confidence'") == [
        {"item_id": "c2"}
    ]
    assert rows(con, "select stage from opportunities") == [{"stage": "contacted"}]
    number = add_override(con, "set_kind", None, other_id="c2", value="rejection")
    build_warehouse(con, settings())
    assert rows(
        con, "select kind, confidence, kind_override_id from int_messages where message_id = 'c2'"
    ) == [{"kind": "rejection", "confidence": 1.0, "kind_override_id": number}]
    assert rows(con, "select opportunity_id, stage from opportunities") == [
        {"opportunity_id": opp, "stage": "rejected"}
    ]
    assert rows(con, "select item_id from review_queue where reason = 'low_confidence'") == []
    # the latest correction of a message wins; removing it gives the extractor's kind back
    later = add_override(con, "set_kind", None, other_id="c2", value="status_update")
    build_warehouse(con, settings())
    assert rows(con, "select kind from int_messages where message_id = 'c2'") == [
        {"kind": "status_update"}
    ]
    remove_override(con, later)
    remove_override(con, number)
    build_warehouse(con, settings())
    assert rows(con, "select kind, confidence from int_messages where message_id = 'c2'") == [
        {"kind": "status_update", "confidence": 0.4}
    ]


def test_set_kind_needs_a_message_and_one_of_the_ten_kinds() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    with pytest.raises(ValueError, match="kind must be one of"):
        add_override(con, "set_kind", None, other_id="m1", value="ghosted")
    with pytest.raises(ValueError, match="set_kind needs other_id"):
        add_override(con, "set_kind", None, value="rejection")


def test_a_low_confidence_row_prints_the_set_kind_override_that_settles_it() -> None:
    row = {
        "item_type": "message",
        "item_id": "m 1",
        "opportunity_id": "opp_1",
        "reason": "low_confidence",
    }
    assert review_action(row, "item_id") == "sneaker override set-kind 'm 1' KIND"
