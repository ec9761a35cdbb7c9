import pytest

from extractors.relays import (
    PERSONAL_DOMAINS,
    RELAY_DOMAINS,
    is_personal_domain,
    is_relay_domain,
    relay_category,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("acme@myworkday.com", True),
        ("no-reply@us.greenhouse-mail.io", True),
        ("jobs-noreply@linkedin.com", True),
        ("notifications@e.linkedin.com", True),
        ("hire.lever.co", True),
        ("acme@talent.icims.com", True),
        ("Calendly <notifications@calendly.com>", True),
        ("jane@acme.com", False),
        ("friend@gmail.com", False),
        ("", False),
        (None, False),
    ],
    ids=lambda v: str(v),
)
def test_is_relay_domain(value, expected):
    assert is_relay_domain(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("pal@gmail.com", True), ("x@proton.me", True), ("jane@acme.com", False), (None, False)],
    ids=lambda v: str(v),
)
def test_is_personal_domain(value, expected):
    assert is_personal_domain(value) is expected


def test_personal_mail_is_not_a_relay():
    assert not (PERSONAL_DOMAINS & RELAY_DOMAINS)


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("Outback Steakhouse <outback@harri.com>", "ats"),
        ("Karolinska Institutet <noreply@varbi.com>", "ats"),
        ("Wix Careers <no-reply@comeet-notifications.com>", "ats"),
        ("Impactpool <no-reply@impactpool.org>", "job_board"),
        ("Landing.jobs <hello@landing.jobs>", "job_board"),
        ("HSBC Early Careers <hsbc@arcticshores.com>", "assessment"),
        ("SkillSurvey <no-reply@skillsurvey.com>", "background_check"),
        ("Medtronic Talent Acquisition <medtronic@cielotalent.com>", "rpo"),
        ("City of Acme <recruitment@cityofacme.scouttalent.net>", "ats"),
        ("Acme Careers <acme@darwinbox.in>", "ats"),
        ("Acme Bau <noreply@umantis.com>", "ats"),
        ("MyCareersFuture <no-reply@mycareersfuture.gov.sg>", "job_board"),
        ("noreply@iworkfor.nsw.gov.au", "job_board"),
        ("Upwork <donotreply@upwork.com>", "job_board"),
        ("Aon Assessment <noreply@cut-e.net>", "assessment"),
        ("Referoo <noreply@referoo.com.au>", "background_check"),
        ("Acme <noreply@gupy.com.br>", "ats"),
        ("Acme <powiadomienia@traffit.com>", "ats"),
        ("Just Join IT <noreply@justjoin.it>", "job_board"),
        ("Kariyer.net <bilgi@kariyer.net>", "job_board"),
        ("Acme <noreply@aon-assessment.com>", "assessment"),
        ("Quest Diagnostics <noreply@questdiagnostics.com>", "background_check"),
    ],
    ids=lambda v: str(v),
)
def test_hiring_vendors_are_relays_of_their_kind(value, category) -> None:
    assert relay_category(value) == category


@pytest.mark.parametrize("value", ["anja@posteo.de", "x@gmx.net", "y@outlook.pt"])
def test_country_freemail_hosts_are_personal(value) -> None:
    assert is_personal_domain(value)
