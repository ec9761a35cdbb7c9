"""Networking mail: a conversation is one person's, not a company word's."""

from __future__ import annotations

import pytest

from tests.warehouse.scenario import Mailbox, at, build, message_groups, rows

DANA = "dana.k@protonmail.com"
OMAR = "omar.b@fastmail.com"


def coffee(box: Mailbox, key: str, day: float, person: str, venue: str | None) -> None:
    """The candidate asks a contact for coffee and the contact says yes; the extractor
    takes the cafe for the company, as it does on real mail."""
    box.mail(
        f"{key}1", at(day), me=True, to=(person,), kind="networking", company=venue, thread=key
    )
    box.mail(f"{key}2", at(day + 1), sender=person, kind="networking", company=venue, thread=key)


def referral(box: Mailbox, day: float, person: str) -> None:
    """The contact refers the candidate (a new thread), and the employer's ATS
    acknowledges the application."""
    box.mail(
        "r1",
        at(day),
        sender=person,
        kind="networking",
        company="Falconview",
        role="Senior SRE",
        thread="r",
    )
    box.ack(
        "f1",
        at(day + 1),
        sender="falconview@myworkday.com",
        company="Falconview",
        role="Senior SRE",
        thread="f",
    )


def test_the_coffee_chat_joins_the_referral_its_person_made() -> None:
    box = Mailbox()
    coffee(box, "c", 0, DANA, "Five Watt")
    referral(box, 10, DANA)
    con = build(box)
    assert message_groups(con) == [["c1", "c2", "f1", "r1"]]
    got = rows(con, "select organization_name, role_name from opportunities")
    assert got == [{"organization_name": "Falconview", "role_name": "Senior SRE"}]


@pytest.mark.parametrize(
    ("second_person", "groups"),
    [
        (DANA, [["c1", "c2", "d1", "d2"]]),
        (OMAR, [["c1", "c2"], ["d1", "d2"]]),
    ],
    ids=["one-person-one-conversation", "two-people-at-one-cafe-two-conversations"],
)
def test_chats_are_one_conversation_by_their_person_not_their_cafe(
    second_person: str, groups: list[list[str]]
) -> None:
    box = Mailbox()
    coffee(box, "c", 0, DANA, "Five Watt")
    coffee(box, "d", 40, second_person, "Five Watt" if second_person == OMAR else None)
    assert message_groups(build(box)) == groups


def test_a_note_to_a_contact_about_a_job_found_elsewhere_leaves_the_chat_alone() -> None:
    box = Mailbox()
    coffee(box, "c", 0, DANA, None)
    karen = box.conversation(
        sender="karen@northstarstaffing.com",
        agency="Northstar Staffing",
        company="Meridian",
        role="Staff Engineer",
        thread="a",
    )
    karen("a1", at(5), kind="status_update")
    karen("a2", at(20), kind="offer")
    # The news goes to Dana; company + role puts it with the agency's opportunity.
    box.mail(
        "n1",
        at(30),
        me=True,
        to=(DANA,),
        kind="networking",
        company="Meridian",
        role="Staff Engineer",
        thread="n",
    )
    con = build(box)
    assert message_groups(con) == [["a1", "a2", "n1"], ["c1", "c2"]]
    got = rows(con, "select channel from opportunities where organization_name = 'Meridian'")
    assert got == [{"channel": "agency"}]


def test_a_chat_with_someone_who_opened_two_opportunities_stays_alone() -> None:
    box = Mailbox()
    coffee(box, "c", 0, DANA, None)
    referral(box, 10, DANA)
    box.mail(
        "s1",
        at(20),
        sender=DANA,
        kind="networking",
        company="Gamma",
        role="Data Engineer",
        thread="s",
    )
    box.ack(
        "g1",
        at(21),
        sender="gamma@hire.lever.co",
        company="Gamma",
        role="Data Engineer",
        thread="g",
    )
    assert message_groups(build(box)) == [["c1", "c2"], ["f1", "r1"], ["g1", "s1"]]


@pytest.mark.parametrize(
    ("contact", "groups", "channel"),
    [
        ("pal@hooli.com", [["h1", "h2", "o1", "o2"]], "networking"),
        (OMAR, [["h1", "h2"], ["o1", "o2"]], "recruiter_inbound"),
    ],
    ids=["contact-works-there", "company-is-only-a-word-in-the-chat"],
)
def test_a_chat_joins_the_company_by_name_only_when_its_contact_writes_from_there(
    contact: str, groups: list[list[str]], channel: str
) -> None:
    box = Mailbox()
    coffee(box, "h", 0, contact, "Hooli")
    recruiter = box.conversation(
        sender="recruiter@hooli.com", company="Hooli", role="Engineering Manager", thread="o"
    )
    recruiter("o1", at(3), kind="recruiter_outreach")
    recruiter("o2", at(6), kind="interview_invitation")
    con = build(box)
    assert message_groups(con) == groups
    got = rows(con, "select channel from opportunities where role_name = 'Engineering Manager'")
    assert got == [{"channel": channel}]
