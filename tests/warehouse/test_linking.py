"""Which mail becomes which opportunity: exact keys, refused merges, relays never employers."""

from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at, build, message_groups, rows, settings
from warehouse.normalize import normalize_company, normalize_role


def beta_application(box: Mailbox, rejected_at: datetime, rejected_by: str) -> Mailbox:
    """Beta acknowledges an SRE application; a later rejection names Beta but no role."""
    box.ack("b1", at(0), sender="beta@hire.lever.co", company="Beta", role="SRE", thread="b1")
    box.mail(
        "b2",
        rejected_at,
        sender=rejected_by,
        kind="rejection",
        automated=True,
        company="Beta",
        thread="b2",
    )
    return box


def opportunities(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return rows(
        con,
        """
        select organization_name, role_name, list(t.message_id order by t.message_id)
            filter (where t.message_id is not null) as message_ids,
            list(t.event_id order by t.event_id) filter (where t.event_id is not null) as event_ids
        from opportunities o join touchpoints t using (opportunity_id)
        group by all order by message_ids
        """,
    )


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Acme, Inc.", "acme"),
        ("ACME Inc", "acme"),
        ("The Home Depot", "home depot"),
        ("Zoë Labs GmbH", "zoe labs"),
        ("Procter & Gamble Co.", "procter gamble"),
        ("", None),
    ],
    ids=["comma-inc", "caps", "leading-the", "accent-gmbh", "ampersand-co", "empty"],
)
def test_company_keys_are_exact_after_normalizing(raw: str, key: str | None) -> None:
    assert normalize_company(raw) == key


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Sr. Software Eng.", "senior software engineer"),
        ("Senior Software Engineer", "senior software engineer"),
        ("Staff Software Engineer", "staff software engineer"),
        ("Software Engineer II", "software engineer 2"),
    ],
    ids=["abbreviated", "spelled-out", "staff-differs", "roman-level"],
)
def test_role_keys_expand_abbreviations_but_nothing_fuzzy(raw: str, key: str) -> None:
    assert normalize_role(raw) == key


def test_a_relay_sender_never_becomes_an_organization() -> None:
    box = Mailbox()
    box.ack("w1", at(0), sender="acme@myworkday.com", company="Acme", role="SRE")
    # A careless extraction that names the ATS itself is not an employer either.
    box.ack("w2", at(1), sender="noreply@myworkday.com", company="Workday", role="Data Engineer")
    box.ack("l1", at(2), sender="jobs-noreply@linkedin.com", company="LinkedIn")
    box.mail(
        "g1",
        at(3),
        sender="no-reply@us.greenhouse-mail.io",
        kind="rejection",
        automated=True,
        company=None,
        role="SRE",
    )
    con = build(box)
    orgs = rows(
        con,
        "select organization_id, organization_name, organization_type, domains from organizations",
    )
    assert orgs == [
        {
            "organization_id": "acme",
            "organization_name": "Acme",
            "organization_type": "employer",
            "domains": [],
        }
    ]
    got = rows(
        con,
        "select organization_id, role_name, first_touch_id from opportunities "
        "order by first_touch_id nulls first",
    )
    assert got == [
        {"organization_id": None, "role_name": "SRE", "first_touch_id": None},
        {"organization_id": None, "role_name": None, "first_touch_id": "l1"},
        {"organization_id": "acme", "role_name": "SRE", "first_touch_id": "w1"},
        {"organization_id": None, "role_name": "Data Engineer", "first_touch_id": "w2"},
    ]


def test_two_roles_at_one_company_stay_two_opportunities() -> None:
    box = Mailbox()
    box.ack(
        "a1", at(0), sender="acme@myworkday.com", company="Acme", role="Staff Engineer", thread="t1"
    )
    box.ack(
        "a2",
        at(0, 1),
        sender="acme@myworkday.com",
        company="Acme",
        role="Senior Engineer",
        thread="t2",
    )
    # Gmail threads same-subject mail from one sender: the refused link is reported.
    box.mail(
        "a3",
        at(3),
        sender="acme@myworkday.com",
        kind="rejection",
        automated=True,
        company="Acme Inc.",
        role="Senior Engineer",
        thread="t1",
    )
    box.mail(
        "a4",
        at(4),
        sender="sam@acme.com",
        kind="interview_invitation",
        company="ACME",
        role="Staff Engineer",
        thread="t4",
    )
    con = build(box)
    assert opportunities(con) == [
        {
            "organization_name": "Acme",
            "role_name": "Staff Engineer",
            "message_ids": ["a1", "a4"],
            "event_ids": None,
        },
        {
            "organization_name": "Acme",
            "role_name": "Senior Engineer",
            "message_ids": ["a2", "a3"],
            "event_ids": None,
        },
    ]
    assert rows(con, "select item_id, reason from review_queue where reason like '%refused'") == [
        {"item_id": "a3", "reason": "gmail_thread_link_refused"}
    ]


def test_company_alone_links_only_when_one_role_is_known() -> None:
    box = beta_application(Mailbox(), at(2), "no-reply@beta.io")
    gamma = box.conversation(
        sender="gamma@hire.lever.co",
        kind="application_confirmation",
        automated=True,
        company="Gamma",
    )
    gamma("c1", at(0), role="SRE", thread="c1")
    gamma("c2", at(0), role="Data Engineer", thread="c2")
    box.mail("c3", at(5), sender="jo@gamma.com", kind="status_update", company="Gamma", thread="c3")
    con = build(box)
    assert [o["message_ids"] for o in opportunities(con)] == [
        ["b1", "b2"],
        ["c1"],
        ["c2"],
        ["c3"],
    ]
    queue = rows(
        con,
        "select item_type, item_id, reason, detail, subject from review_queue "
        "where item_id = 'c3' or opportunity_id in "
        "(select opportunity_id from touchpoints where message_id = 'b2') order by reason",
    )
    assert queue == [
        {
            "item_type": "message",
            "item_id": "c3",
            "reason": "ambiguous_company",
            "detail": "2 roles known at this company; not linked",
            "subject": "subject c3",
        },
        # the weakly linked mail itself (the rejection naming no role), not the opportunity,
        # so that the review row can give its subject and the split that takes it out
        {
            "item_type": "message",
            "item_id": "b2",
            "reason": "uncertain_link",
            "detail": "linked by company_only",
            "subject": "subject b2",
        },
    ]


@pytest.mark.parametrize(
    ("ack_role", "groups"),
    [
        ("Brightforge Health", [["a1", "a2"]]),
        ("Brightforge Health, Inc.", [["a1", "a2"]]),
        ("Health Data Engineer", [["a1"], ["a2"]]),
    ],
    ids=["role-is-the-company", "role-is-the-company-with-legal-form", "a-real-other-role"],
)
def test_a_role_that_is_the_companys_name_is_no_role(
    ack_role: str, groups: list[list[str]]
) -> None:
    box = Mailbox()
    ats = box.conversation(
        sender="no-reply@greenhouse.io", automated=True, company="Brightforge Health"
    )
    ats("a1", at(0), kind="application_confirmation", role=ack_role, thread="a1")
    ats("a2", at(11), kind="status_update", role="Senior Cloud Engineer", thread="a2")
    assert [o["message_ids"] for o in opportunities(build(box))] == groups


def test_req_id_ical_uid_and_attendee_domain_link_across_threads() -> None:
    box = Mailbox()
    box.ack(
        "r1",
        at(0),
        sender="delta@icims.com",
        company="Delta",
        role="SRE",
        req="R-1001",
        thread="x1",
    )
    box.mail(
        "r2",
        at(2),
        sender="delta@icims.com",
        kind="assessment",
        automated=True,
        company="Delta",
        role="Site Reliability Engineer",
        req="r-1001",
        thread="x2",
    )
    box.mail(
        "r3",
        at(3),
        sender="kai@delta.com",
        kind="interview_invitation",
        company="Delta",
        role="SRE",
        thread="x3",
        ical=("uid-77",),
    )
    box.event("e1", at(6), uid="uid-77")
    # A second interview, no UID, no company on the event: Delta's domain decides.
    box.event("e2", at(9), attendees=("kai@delta.com",))
    con = build(box)
    assert opportunities(con) == [
        {
            "organization_name": "Delta",
            "role_name": "SRE",
            "message_ids": ["r1", "r2", "r3"],
            "event_ids": ["e1", "e2"],
        },
    ]
    links = rows(con, "select event_id, link_reason from int_event_links order by event_id")
    assert links == [
        {"event_id": "e1", "link_reason": "ical_uid"},
        {"event_id": "e2", "link_reason": "event_attendee_domain"},
    ]


def test_stages_only_move_forward_and_keep_their_cause() -> None:
    box = Mailbox()
    omega = box.conversation(company="Omega", role="SRE", thread="s")
    omega("s1", at(0), me=True, to=("jobs@omega.com",), kind="other")
    omega("s2", at(1), sender="li@omega.com", kind="interview_invitation")
    # A later "still reviewing" is not a step back.
    omega("s3", at(2), sender="li@omega.com", kind="status_update")
    omega("s4", at(3), sender="li@omega.com", kind="assessment")
    omega("s5", at(9), sender="li@omega.com", kind="offer")
    con = build(box)
    assert rows(
        con, "select stage, touchpoint_id, previous_stage from stage_changes order by changed_at"
    ) == [
        {"stage": "contacted", "touchpoint_id": "s1", "previous_stage": None},
        {"stage": "interviewing", "touchpoint_id": "s2", "previous_stage": "contacted"},
        {"stage": "offer", "touchpoint_id": "s5", "previous_stage": "interviewing"},
    ]


def test_organizations_are_the_names_links_use_an_agency_typed_by_its_own_mail() -> None:
    box = Mailbox()
    box.mail(
        "a1",
        at(0),
        sender="karen@northstar-staffing.com",
        kind="recruiter_outreach",
        agency="Northstar Staffing",
        company="Sagespring",
        role="SRE",
    )
    box.ack("z1", at(1), sender="jobs@zeta.io", company="Zeta", role="Data Engineer")
    # Noise names no organization: its company is no organization's name.
    box.mail("n1", at(2), sender="alerts@linkedin.com", kind="job_alert", company="Acme")
    con = build(box)
    orgs = rows(
        con,
        "select organization_id, organization_name, organization_type, count_opportunities "
        "from organizations order by organization_id",
    )
    assert orgs == [
        {
            "organization_id": "northstar staffing",
            "organization_name": "Northstar Staffing",
            "organization_type": "agency",
            "count_opportunities": 0,
        },
        {
            "organization_id": "sagespring",
            "organization_name": "Sagespring",
            "organization_type": "employer",
            "count_opportunities": 1,
        },
        {
            "organization_id": "zeta",
            "organization_name": "Zeta",
            "organization_type": "employer",
            "count_opportunities": 1,
        },
    ]


def test_job_alerts_and_unclassified_mail_make_no_opportunity() -> None:
    box = Mailbox()
    box.mail(
        "n1",
        at(0),
        sender="alerts@linkedin.com",
        kind="job_alert",
        automated=True,
        company="Acme",
        role="SRE",
    )
    box.mail("n2", at(1), sender="news@acme.com", kind=None)
    con = build(box)
    assert rows(con, "select count(*) as n from opportunities") == [{"n": 0}]
    assert rows(con, "select count(*) as n from organizations") == [{"n": 0}]


def test_a_thank_you_note_after_the_offer_does_not_change_the_channel() -> None:
    box = Mailbox()
    kim = box.conversation(
        sender="kim@tekforce.com", agency="TekForce", role="Staff SRE", thread="k"
    )
    kim("k1", at(0), kind="recruiter_outreach", company="TekForce")
    box.mail("k2", at(0, 2), me=True, to=("kim@tekforce.com",), kind="other", thread="k")
    kim("k3", at(2), kind="interview_invitation", company="Meridian")
    kim("k4", at(9), kind="offer", company="Meridian")
    # He tells a friend, who works elsewhere; her reply names Meridian and the role.
    dana = box.conversation(kind="networking", company="Meridian", role="Staff SRE", thread="f")
    dana("f1", at(10), me=True, to=("dana@mapleside.co",))
    dana("f2", at(11), sender="dana@mapleside.co")
    # Later mail from Dana's company must not be filed under Meridian.
    box.mail("d1", at(12), sender="hr@mapleside.co", kind="status_update")
    con = build(box)
    got = rows(
        con,
        "select channel, channel_evidence_id, is_offered from opportunities "
        "where organization_id = 'meridian'",
    )
    assert got == [{"channel": "agency", "channel_evidence_id": "k1", "is_offered": True}]
    assert rows(con, "select employer_key from int_message_links where message_id = 'd1'") == [
        {"employer_key": None}
    ]


@pytest.mark.parametrize(
    ("sender", "kind", "channel"),
    [
        ("no-reply@hire.lever.co", "rejection", "cold_application"),
        ("jobs-noreply@linkedin.com", "rejection", "job_board"),
        ("no-reply@calendly.com", "interview_invitation", "unknown"),
        ("hr@omega.com", "rejection", "unknown"),
    ],
    ids=["ats-rejection", "job-board-rejection", "scheduler-invite", "employer-rejection"],
)
def test_channel_when_only_the_answer_arrived(sender: str, kind: str, channel: str) -> None:
    box = Mailbox()
    box.mail("x1", at(0), sender=sender, kind=kind, automated=True, company="Omega", role="SRE")
    con = build(box)
    assert rows(con, "select channel, is_pursued from opportunities") == [
        {"channel": channel, "is_pursued": False}
    ]


def test_a_conversation_stays_one_opportunity_despite_spelling_noise() -> None:
    box = Mailbox()
    carmen = box.conversation(sender="carmen@tekforcestaffing.com", thread="c")
    carmen("c1", at(0), kind="recruiter_outreach", company="TekForce Staffing", role="Senior SRE")
    # The candidate's reply: the extractor took the company from the recipient's domain.
    carmen(
        "c2",
        at(0, 5),
        me=True,
        to=("carmen@tekforcestaffing.com",),
        kind="networking",
        company="Tekforcestaffing",
        role="Senior SRE",
    )
    carmen(
        "c3",
        at(2),
        kind="interview_invitation",
        company="TekForce",
        role="Sr. Site Reliability Engineer",
    )
    # The client's own recruiter, in another thread, about the same role: one opportunity.
    box.mail(
        "c4",
        at(3),
        sender="hr@meridian.com",
        kind="interview_invitation",
        company="Meridian",
        role="Senior SRE",
        thread="m",
    )
    carmen("c5", at(1), kind="status_update", company="Meridian", agency="TekForce Staffing")
    con = build(box)
    got = rows(
        con,
        "select agency_name, channel, first_touch_id, first_response_id, "
        "count_messages from opportunities",
    )
    assert got == [
        {
            "agency_name": "TekForce Staffing",
            "channel": "agency",
            "first_touch_id": "c2",
            "first_response_id": "c5",
            "count_messages": 5,
        }
    ]


def test_template_mail_threaded_under_one_subject_stays_apart() -> None:
    box = Mailbox()
    greenhouse = box.conversation(
        sender="no-reply@greenhouse.io", role="SRE", thread="same-subject"
    )
    greenhouse("t1", at(0), kind="application_confirmation", automated=True, company="Acme")
    greenhouse("t2", at(1), kind="application_confirmation", automated=True, company="Beta")
    con = build(box)
    assert [o["message_ids"] for o in opportunities(con)] == [["t1"], ["t2"]]


@pytest.mark.parametrize(
    ("event_company", "organizer"),
    [
        ("Delta Corp", "kai@delta.com"),
        ("Deltacorp", "kai@delta.com"),
        ("Tom Brennan", "kai@delta.com"),
        (None, "kai@delta.com"),
    ],
    ids=["same-name", "run-together-name", "candidate-name-as-company", "no-company"],
)
def test_an_interview_event_finds_its_opportunity(event_company, organizer) -> None:
    box = Mailbox()
    box.mail(
        "d1",
        at(0),
        sender="kai@delta.com",
        kind="recruiter_outreach",
        company="Delta Corp",
        role="SRE",
        thread="d",
    )
    box.mail("d2", at(0, 1), me=True, to=("kai@delta.com",), kind="other", thread="d")
    box.event("ev", at(5), company=event_company, attendees=(organizer,))
    con = build(box)
    assert opportunities(con) == [
        {
            "organization_name": "Delta Corp",
            "role_name": "SRE",
            "message_ids": ["d1", "d2"],
            "event_ids": ["ev"],
        },
    ]


def delta_recruiter_and_an_event(event_day: float, *, answer_day: float | None = None) -> Mailbox:
    """Delta's recruiter writes on day 0 (and, if given, again on `answer_day`); an
    interview event at Delta with no iCalUID starts on `event_day`."""
    box = Mailbox()
    delta = box.conversation(sender="kai@delta.com", company="Delta Corp", role="SRE", thread="d")
    delta("d1", at(0), kind="recruiter_outreach")
    if answer_day is not None:
        delta("d2", at(answer_day), kind="rejection")
    box.event("ev", at(event_day), company="Delta Corp", attendees=("kai@delta.com",))
    return box


def event_link(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return rows(
        con,
        """
        select l.opportunity_id is not null as linked, q.reason
        from int_event_links l left join review_queue q on q.item_id = l.event_id
        """,
    )


@pytest.mark.parametrize(
    ("event_day", "answer_day", "window_days", "linked"),
    [
        (59, None, 60, True),
        (61, None, 60, False),
        (-61, None, 60, False),
        (150, 140, 60, True),
        (150, None, 200, True),
    ],
    ids=[
        "59-days-after-the-mail-links",
        "61-days-after-the-mail-goes-to-review",
        "61-days-before-the-mail-goes-to-review",
        "a-later-mail-of-the-opportunity-brings-it-near",
        "a-wider-setting-links-it",
    ],
)
def test_an_interview_event_links_by_company_only_near_its_opportunitys_mail(
    event_day: float, answer_day: float | None, window_days: int, linked: bool
) -> None:
    box = delta_recruiter_and_an_event(event_day, answer_day=answer_day)
    con = build(box, built_with=settings(event_link_days=window_days))
    if linked:
        assert event_link(con) == [{"linked": True, "reason": None}]
    else:
        assert event_link(con) == [{"linked": False, "reason": "interview_event_far_from_mail"}]
        (detail,) = rows(con, "select detail from review_queue where item_id = 'ev'")
        assert detail["detail"] == (
            "the nearest mail of 1 candidate opportunity at this company is 61 days away; "
            f"events are linked within {window_days} days"
        )


@pytest.mark.parametrize(
    ("rejection_sender", "flagged"),
    [("beta@hire.lever.co", False), ("no-reply@beta.io", True)],
    ids=["same-ats-routine", "other-sender-flagged"],
)
def test_company_only_links_are_flagged_unless_routine(rejection_sender, flagged) -> None:
    con = build(beta_application(Mailbox(), at(9), rejection_sender))
    assert rows(
        con, "select count(*) as n, bool_or(is_uncertain_link) as flagged from opportunities"
    ) == [{"n": 1, "flagged": flagged}]


def test_a_persons_name_taken_for_the_company_gives_way_to_the_domain() -> None:
    box = Mailbox()
    box.mail(
        "w1",
        at(0),
        sender="hr@willowbridge.com",
        kind="recruiter_outreach",
        company="Willowbridge Mobility",
        role="SRE",
        thread="w",
    )
    box.mail("w2", at(0, 3), me=True, to=("hr@willowbridge.com",), thread="w")
    box.mail(
        "w3",
        at(2),
        sender="chris@willowbridge.com",
        name="Chris Moreau",
        kind="interview_invitation",
        company="Chris Moreau",
        thread="w3",
    )
    con = build(box)
    assert [o["message_ids"] for o in opportunities(con)] == [["w1", "w2", "w3"]]
    assert rows(con, "select organization_name from organizations") == [
        {"organization_name": "Willowbridge Mobility"}
    ]


@pytest.mark.parametrize(
    ("other_role", "linked"),
    [("Data Engineer", True), ("Senior SRE", False)],
    ids=["one-match", "two-matches-no-link"],
)
def test_a_contact_naming_only_the_role_joins_the_one_matching_application(
    other_role: str, linked: bool
) -> None:
    box = Mailbox()
    box.mail("d1", at(0), me=True, to=("david@protonmail.com",), kind="networking", thread="d")
    box.mail(
        "d2",
        at(1),
        sender="david@protonmail.com",
        kind="networking",
        role="Senior SRE",
        thread="d2",
        body="I submitted you through our referral portal for Senior SRE.",
    )
    box.ack(
        "f1",
        at(2),
        sender="falconview@myworkday.com",
        company="Falconview",
        role="Senior SRE",
        thread="f",
    )
    box.ack("g1", at(3), sender="gamma@hire.lever.co", company="Gamma", role=other_role, thread="g")
    con = build(box)
    got = rows(
        con,
        "select channel, is_uncertain_link from opportunities "
        "where organization_name = 'Falconview'",
    )
    if linked:
        assert got == [{"channel": "referral", "is_uncertain_link": True}]
    else:
        assert got == [{"channel": "cold_application", "is_uncertain_link": False}]


LINK_TABLES = [
    "int_message_links",
    "int_event_links",
    "int_opportunity_keys",
    "int_org_domains",
    "int_org_names",
    "int_link_issues",
]


def test_reading_and_writing_in_small_batches_links_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.warehouse.test_latency_by_channel import cold_applications, other_channels
    from warehouse.linking import items, tables

    def mailbox() -> Mailbox:
        return beta_application(
            other_channels(cold_applications(Mailbox())), at(3), "beta@hire.lever.co"
        )

    whole = build(mailbox())
    expected = {t: rows(whole, f"select * from {t}") for t in LINK_TABLES}
    monkeypatch.setattr(items, "BATCH_ROWS", 3)
    monkeypatch.setattr(tables, "CHUNK_ROWS", 2)
    batched = build(mailbox())
    assert rows(batched, "select count(*) as n from int_messages") == [
        {"n": len(expected["int_message_links"])}
    ]
    assert len(expected["int_message_links"]) > 3 * 3  # several batches
    assert {t: rows(batched, f"select * from {t}") for t in LINK_TABLES} == expected


def test_linking_leaves_its_name_caches_empty_and_links_the_same_emptying_them_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.warehouse.test_latency_by_channel import cold_applications, other_channels
    from warehouse.linking import items

    def mailbox() -> Mailbox:
        return other_channels(cold_applications(Mailbox()))

    first = build(mailbox())
    expected = {t: rows(first, f"select * from {t}") for t in LINK_TABLES}
    cached = [normalize_company, normalize_role, items.domain_flags]
    assert [f.cache_info().currsize for f in cached] == [0, 0, 0]
    normalize_company("Acme, Inc.")  # a filled cache changes nothing either
    monkeypatch.setattr(items, "BATCH_ROWS", 3)
    monkeypatch.setattr(items, "CACHE_ROWS", 1)  # emptied before every batch of 3 messages
    cleared = []
    real_clear = items.clear_name_caches
    monkeypatch.setattr(items, "clear_name_caches", lambda: cleared.append(1) or real_clear())
    again = build(mailbox())
    assert {t: rows(again, f"select * from {t}") for t in LINK_TABLES} == expected
    assert len(expected["int_message_links"]) > 3 * 3 and len(cleared) >= 3


def test_a_weak_link_flags_only_the_item_it_attached_not_its_whole_thread() -> None:
    """A two-mail thread naming Beta but no role joins Beta's SRE application on company
    alone: the thread's first mail is what the weak link attached; its follow-up is
    joined to it by the thread, and Beta's acknowledgement was there first."""
    box = Mailbox()
    box.ack("b1", at(0), sender="beta@hire.lever.co", company="Beta", role="SRE", thread="b1")
    beta = box.conversation(sender="no-reply@beta.io", automated=True, company="Beta", thread="b2")
    beta("b2", at(9), kind="status_update")
    beta("b3", at(10), kind="rejection")
    con = build(box)
    assert message_groups(con) == [["b1", "b2", "b3"]]
    assert rows(
        con,
        "select message_id, link_reason, is_uncertain_link from int_message_links "
        "order by message_id",
    ) == [
        {"message_id": "b1", "link_reason": None, "is_uncertain_link": False},
        {"message_id": "b2", "link_reason": "company_only", "is_uncertain_link": True},
        {"message_id": "b3", "link_reason": "gmail_thread", "is_uncertain_link": False},
    ]
    assert rows(con, "select item_id from review_queue where reason = 'uncertain_link'") == [
        {"item_id": "b2"}
    ]
