import pytest

from extractors.relays import is_personal_domain, relay_category
from extractors.senders import (
    display_name_parts,
    domain_org,
    local_part_org,
    names_relay_service,
    sender_parts,
)


@pytest.mark.parametrize(
    ("addr", "root"),
    [
        ("recruitment@brooksidehigh.bolton.sch.uk", "brooksidehigh"),
        ("hr@lincolnnorth.k12.ne.us", "lincolnnorth"),
        ("jobs@nca.nhs.uk", "nca"),
        ("jane@acme.co.uk", "acme"),
        ("dave@bigpond.com", None),
    ],
    ids=["school-before-area", "k12-district", "nhs-trust", "co-uk", "personal-isp"],
)
def test_domain_org(addr, root):
    assert domain_org(addr) == root


@pytest.mark.parametrize(
    ("name", "domain", "expected"),
    [
        ("USA Staffing", "usastaffing.gov", True),
        ("USA Hire", "usahire.opm.gov", True),
        ("Tes Jobs", "tes.com", True),
        ("Naukri.com", "naukri.com", True),
        ("Eteach UK Ltd", "eteach.com", True),
        ("Stirling Grey Bank", "stirlinggrey.avature.net", False),
        ("Tesco", "tes.com", False),
        ("Acme", "acme.com", False),
        ("OCC Mundial", "occ.com.mx", True),
        ("Occidental Petroleum", "occ.com.mx", False),
        ("Poslovi Infostud", "poslovi.infostud.com", True),
        ("Infostud Consulting", "acme.infostud.com", True),
        ("Mad Head Games", "poslovi.infostud.com", False),
    ],
    ids=[
        "gov-ats",
        "gov-assessment",
        "board-and-mailbox-word",
        "board-with-tld",
        "legal-form",
        "tenant-label-is-the-customer",
        "longer-name-is-another-org",
        "no-relay",
        "short-label-is-the-first-word",
        "longer-first-word-is-another-org",
        "the-service-after-its-word-for-jobs",
        "the-service-first",
        "an-employer-on-the-board",
    ],
)
def test_names_relay_service(name, domain, expected):
    assert names_relay_service(name, domain) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Olivia from Quillon Retail", ("Olivia", "Quillon Retail")),
        ("Olivia", ("Olivia", None)),
        ("Tallgrass Infrastructure", (None, "Tallgrass Infrastructure")),
        ("Grace Hall", ("Grace Hall", None)),
    ],
    ids=["assistant-from-org", "lone-given-name", "company-word-ends-name", "person"],
)
def test_display_name_person_or_org(name, expected):
    assert display_name_parts(name) == expected


@pytest.mark.parametrize(
    ("domain", "category"),
    [
        ("teaching-vacancies.service.gov.uk", "job_board"),
        ("s.seek.com.au", "job_board"),
        ("usahire.opm.gov", "assessment"),
        ("hrmdirect.com", "ats"),
        ("dse_na3@docusign.net", "e_signature"),
    ],
)
def test_relay_categories(domain, category):
    assert relay_category(domain) == category


def test_isp_mail_is_personal():
    assert is_personal_domain("dkowal62@bigpond.com") and is_personal_domain("x@rediffmail.com")


@pytest.mark.parametrize(
    ("addr", "slug"),
    [
        ("recruiter@naukri.com", None),
        ("invites@ziprecruiter.com", None),
        ("pinnaclegroceries@myworkday.com", "pinnaclegroceries"),
        ("prijave@mojedelo.com", None),
        ("obavijesti@moj-posao.net", None),
        ("teavitused@cvkeskus.ee", None),
        ("pazinojumi@cv.lv", None),
        ("noreply@poslovi.infostud.com", None),
    ],
    ids=[
        "recruiter-mailbox",
        "invites-mailbox",
        "customer-slug",
        "slovenian-applications-mailbox",
        "croatian-notifications-mailbox",
        "estonian-notifications-mailbox",
        "latvian-notifications-mailbox",
        "the-board's-subdomain-for-jobs",
    ],
)
def test_relay_mailboxes_are_not_employers(addr, slug):
    assert local_part_org(addr) == slug


def test_a_boards_own_name_over_its_jobs_subdomain_is_no_employer() -> None:
    assert sender_parts("Poslovi Infostud", "noreply@poslovi.infostud.com", "") == (None, None)


@pytest.mark.parametrize(
    "name",
    [
        "BOSS直聘",
        "猎聘",
        "前程无忧51job",
        "智联招聘",
        "104人力銀行",
        "北森",
        "CakeResume",
        "Greetinghr",
        "원티드",
        "Wanted",
        "사람인",
        "잡코리아",
        "Remember",
        "로켓펀치",
        "Rocketpunch",
    ],
)
def test_hiring_platform_names_are_no_employer(name):
    """The platform's own display name names neither a person nor the employer."""
    assert display_name_parts(name) == (None, None)


def test_a_surname_like_a_platform_stays_a_person():
    """Only the platforms' own names are brands: 'Moka' is no brand word (Moka's mail comes
    from mokahr.com), so a person of that name keeps it."""
    assert display_name_parts("Sarah Moka") == ("Sarah Moka", None)
