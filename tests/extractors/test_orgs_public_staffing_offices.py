"""A recruiting team's function in its sender name is no part of the employer's name: a
public employer's staffing office ("Health Canada Staffing", "Peace Corps Staffing"), a
candidate-experience mailbox ("GitLab Candidate Experience"); a staffing agency's own name
keeps its "Staffing"."""

import pytest

from extractors.org_public_bodies import PUBLIC_RELAY
from extractors.orgs import public_sender
from tests.extractors.org_cases import by_id, company_of


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("hc-sc.gc.ca", True),
        ("gov.bc.ca", True),
        ("monstergovt.com", True),
        ("opm.gov", True),
        ("keystonetechstaffing.com", False),
        ("gcca.com", False),
        (None, False),
    ],
    ids=lambda v: str(v),
)
def test_public_sender_is_a_governments_zone_or_public_board(domain, expected) -> None:
    assert public_sender(domain) is expected


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("cfp-psc.gc.ca", True),
        ("gov.on.ca", True),
        ("ontario.gov.on.ca", True),
        ("usajobs.gov", True),
        ("gcca.com", False),
        ("govcanada.ca", False),
    ],
    ids=lambda v: str(v),
)
def test_public_boards_zones_include_canadas_federal_and_provincial(domain, expected) -> None:
    # one list for the public-board branch and the staffing-office rule alike
    assert bool(PUBLIC_RELAY.search(domain)) is expected


CASES = [
    (
        "federal-departments-staffing-office-is-the-department",
        "Maple Health Canada Staffing",
        "hr.staffing@mhc-smc.gc.ca",
        "Invitation to written exam - 26-EA-437",
        "Hello,\n\nYou are invited to a written exam for the Policy Analyst process.",
        "Maple Health Canada",
    ),
    (
        "public-board-staffing-office-is-the-agency",
        "Riverbend Service Corps Staffing",
        "noreply@monstergovt.com",
        "Application Submitted",
        "Thank you for applying to the Program Specialist position.",
        "Riverbend Service Corps",
    ),
    (
        "staffing-agency-keeps-its-name",
        "Keystone Tech Staffing",
        "jobs@keystonetechstaffing.com",
        "Your application",
        "Thanks for applying through Keystone Tech Staffing. A recruiter will call you.",
        "Keystone Tech Staffing",
    ),
    (
        "candidate-experience-mailbox-is-the-employer",
        "Corvale Freight Candidate Experience",
        "no-reply@greenhouse.io",
        "Please schedule your screening call",
        "Hi Sam,\n\nPlease pick a time for your screening call for Dispatcher.",
        "Corvale Freight",
    ),
]


@by_id(CASES)
def test_company(run_pipes, name, addr, subject, body, company) -> None:
    assert company_of(run_pipes, name, addr, subject, body) == company
