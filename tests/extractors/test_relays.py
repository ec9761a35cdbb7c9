import pytest

from extractors.relays import PERSONAL_DOMAINS, RELAY_DOMAINS, is_personal_domain, is_relay_domain


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
