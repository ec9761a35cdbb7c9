"""Job boards are declared once, as a relay category in extractors.relays."""

from __future__ import annotations

import pytest

import warehouse.channels
from extractors.relays import RELAY_CATEGORIES, RELAY_DOMAINS, is_relay_domain, relay_category
from warehouse.channels import is_job_board_domain

CATEGORIES = {
    "ats",
    "job_board",
    "assessment",
    "background_check",
    "rpo",
    "e_signature",
    "onboarding",
    "scheduler",
    "calendar_video",
    "mail_delivery",
}


@pytest.mark.parametrize(
    ("value", "category", "job_board"),
    [
        ("acme@myworkday.com", "ats", False),
        ("acme@talent.icims.com", "ats", False),  # not the talent.com job board
        ("jobs-noreply@linkedin.com", "job_board", True),
        ("notifications@e.linkedin.com", "job_board", True),
        ("alerts.indeed.com", "job_board", True),
        ("Hiring Team <hello@talent.com>", "job_board", True),
        ("no-reply@hackerrankforwork.com", "assessment", False),
        ("notifications@calendly.com", "scheduler", False),
        ("calendar-notification@google.com", "calendar_video", False),
        ("bounce@sendgrid.net", "mail_delivery", False),
        ("dse@docusign.net", "e_signature", False),
        ("notifications@incrediblehealth.com", "job_board", True),  # a nurses' marketplace
        ("donotreply@csjobs.cabinetoffice.gov.uk", "job_board", True),
        ("no-reply@factorialhr.com", "ats", False),
        ("noreply@prophecyhealth.com", "assessment", False),
        ("donotreply@certiphi.com", "background_check", False),
        ("noreply@healthstream.com", "onboarding", False),
        ("notifications@schoolspring.com", "job_board", True),  # teachers' boards
        ("noreply@striive.com", "job_board", True),  # a Dutch freelance marketplace
        ("no-reply@tedk12.com", "ats", False),  # a school districts' ATS
        ("noreply@ixly.nl", "assessment", False),
        ("noreply@justis.nl", "background_check", False),  # the Dutch conduct check
        ("careers@theguardian.com", None, False),  # only its jobs site relays
        ("jane@acme.com", None, False),
        ("friend@gmail.com", None, False),
        ("", None, False),
        (None, None, False),
    ],
    ids=lambda v: str(v),
)
def test_relay_category_decides_the_job_board_channel(value, category, job_board) -> None:
    assert (relay_category(value), is_job_board_domain(value)) == (category, job_board)


def test_every_relay_has_a_known_category() -> None:
    assert set(RELAY_CATEGORIES) == RELAY_DOMAINS
    assert set(RELAY_CATEGORIES.values()) == CATEGORIES
    assert all(is_relay_domain(domain) for domain in RELAY_CATEGORIES)


def test_job_boards_are_the_relays_of_that_category() -> None:
    boards = {d for d in RELAY_DOMAINS if is_job_board_domain(d)}
    assert boards == {d for d, c in RELAY_CATEGORIES.items() if c == "job_board"}
    assert {"linkedin.com", "indeed.com", "glassdoor.com", "wellfound.com"} <= boards


def test_channels_keeps_no_domain_list_of_its_own() -> None:
    own = [
        name
        for name, value in vars(warehouse.channels).items()
        if isinstance(value, (set, frozenset)) and any("." in str(v) for v in value)
    ]
    assert own == []
