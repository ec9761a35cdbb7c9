import pytest

from extractors.senders import (
    display_name_parts,
    domain_org,
    is_generic_local,
    local_part_org,
    looks_like_person,
    sender_parts,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme Hiring Team", (None, "Acme")),
        ("Careers at Northwind Analytics", (None, "Northwind Analytics")),
        ("Jane Okafor via LinkedIn", ("Jane Okafor", None)),
        ("Jane Okafor at Acme", ("Jane Okafor", "Acme")),
        ("Silverline Bio via Codility", (None, "Silverline Bio")),
        ("Workday", (None, None)),
        ("LinkedIn Job Alerts", (None, None)),
        ("Jane Okafor", ("Jane Okafor", None)),
        ("Rachel Kim (Glasswing Security)", ("Rachel Kim", "Glasswing Security")),
        ("Halvorsen Technology Staffing", (None, "Halvorsen Technology Staffing")),
        ("Bramley at Home", (None, "Bramley at Home")),
        ("Talent Team at Acme", (None, "Acme")),
        # mailbox words of Polish, Czech, Turkish and Nordic senders, after an en or em dash too
        ("Orsa Logistyka – Kariera", (None, "Orsa Logistyka")),
        ("Orsa Logistyka — Rekrutacja", (None, "Orsa Logistyka")),
        ("Velmora Kariéra", (None, "Velmora")),
        ("Velmora Kariyer", (None, "Velmora")),
        ("Velmora İşe Alım", (None, "Velmora")),
        ("Nordvik Rekruttering", (None, "Nordvik")),
        ("Nordvik Rekrytering", (None, "Nordvik")),
        ("Velmora Recruit", (None, "Velmora")),
        ("Microsoft Outlook", (None, None)),
        ("Outlook Calendar", (None, None)),
        ("Calendar", (None, None)),
        ("Agenda Partners", (None, "Agenda Partners")),
        ("The Home Depot", (None, "The Home Depot")),
        ("Genuine Parts Company", (None, "Genuine Parts Company")),
        ("Sheraton Charlotte Hotel", (None, "Sheraton Charlotte Hotel")),
        ("Sharon Regional Medical Center", (None, "Sharon Regional Medical Center")),
        ("Ville de Québec - Emplois", (None, "Ville de Québec")),
        ("Charlotte Hall", ("Charlotte Hall", None)),
        (None, (None, None)),
    ],
    ids=[
        "hiring-team",
        "careers-at",
        "via-linkedin",
        "person-at-org",
        "org-via-tool",
        "relay-brand",
        "relay-mailbox",
        "person",
        "person-with-org-in-brackets",
        "staffing-is-part-of-an-agency-name",
        "a-name-with-at-in-it",
        "mailbox-at-org",
        "polish-after-en-dash",
        "polish-after-em-dash",
        "czech",
        "turkish",
        "turkish-two-words",
        "norwegian",
        "swedish",
        "recruit",
        "mail-program",
        "mail-program-calendar",
        "calendar-alone",
        "calendar-word-in-a-firm-name",
        "an-article-opens-a-firm-name",
        "company-word",
        "hotel-word",
        "a-company-word-after-no-given-name",
        "a-city-before-its-mailbox-word",
        "a-given-name-before-a-surname-like-word",
        "empty",
    ],
)
def test_display_name_parts(name, expected):
    assert display_name_parts(name) == expected


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("acme@myworkday.com", "acme"),
        ("harborpine-careers@talent.icims.com", "harborpine"),
        ("no-reply@us.greenhouse-mail.io", None),
        ("jane@acme.com", None),
        ("indeedapply@indeed.com", None),
    ],
    ids=[
        "workday-tenant",
        "icims-careers-suffix",
        "generic-no-reply",
        "not-a-relay",
        "relay-product-local-part",
    ],
)
def test_local_part_org(addr, expected):
    assert local_part_org(addr) == expected


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("jane@mail.acme-bio.com", "acme-bio"),
        ("x@acme.co.uk", "acme"),
        ("x@gmail.com", None),
        ("x@hire.lever.co", None),
        ("x@careers.kestrel-tools.example.jp", "kestrel-tools"),
        ("x@kestrel.example.com", "kestrel"),
        ("x@careers.example.com", None),
        ("x@mail.example.com", None),
        ("x@recruit.acme.example.co.uk", "acme"),
    ],
    ids=[
        "subdomain",
        "two-part-tld",
        "personal",
        "relay",
        "reserved-example-zone-of-a-country",
        "reserved-example-zone",
        "host-label-of-the-example-zone",
        "mail-host-of-the-example-zone",
        "reserved-example-zone-of-a-two-part-country",
    ],
)
def test_domain_org(addr, expected):
    assert domain_org(addr) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe", True),
        ("Mary-Ann O'Neil", True),
        ("Acme Talent Team", False),
        ("Jane", False),
        ("Zoë Ångström", True),
        ("Tomás Ruiz-Peña", True),
        ("Nordvik SYSTEMS", False),
        ("Colegio Americano de Occidente", False),
        ("Gemeente Lindeveld", False),
        ("Escuela Moreno", False),
        ("Maria de la Cruz", True),
        ("高桥 美奈", True),
        ("陈晓", True),
        ("최지훈", True),
        ("星河科技", False),
        ("ミドリ精機 人事部", False),
    ],
    ids=[
        "two-words",
        "hyphen-apostrophe",
        "mailbox-words",
        "one-word",
        "accented-letters",
        "accented-hyphenated",
        "upper-case-word",
        "school-word-first",
        "municipality-word",
        "school-word-with-a-surname",
        "connector-in-a-person-name",
        "japanese-family-and-given-name",
        "chinese-family-and-given-name",
        "korean-family-and-given-name",
        "chinese-company-word",
        "japanese-company-and-office",
    ],
)
def test_looks_like_person(name, expected):
    assert looks_like_person(name) is expected


@pytest.mark.parametrize(
    ("name", "addr", "text", "expected"),
    [
        (
            "Quarry Data",
            "no-reply@hire.lever.co",
            "Your application status has changed.",
            (None, "Quarry Data"),
        ),
        ("Chris Novak", "no-reply@hire.lever.co", "Thanks,\nChris Novak", ("Chris Novak", None)),
        ("Acme Robotics", "acmerobotics@myworkday.com", "Hello", (None, "Acme Robotics")),
        ("Jane Okafor", "jane@acme.com", "Hi", ("Jane Okafor", None)),
        (
            "Ginkgo Bioworks",
            "no-reply@greenhouse.io",
            "Thank you,\nGinkgo Bioworks",
            (None, "Ginkgo Bioworks"),
        ),
        (
            "Sandrine Morel",
            "noreply@flatchr.io",
            "Merci,\nSandrine Morel",
            ("Sandrine Morel", None),
        ),
        (
            "Dr Wanjiku Mwangi",
            "no-reply@ashbyhq.com",
            "Wanjiku\nDr Wanjiku Mwangi",
            ("Dr Wanjiku Mwangi", None),
        ),
        ("Aon Assessment", "noreply@cut-e.net", "Aon Assessment", ("Aon Assessment", None)),
        (
            "Lockheed Martin",
            "noreply@lmco.com",
            "Thank you for your interest in joining Lockheed Martin.",
            (None, "Lockheed Martin"),
        ),
        ("Sandrine Morel", "careers@acme.fr", "Merci,\nSandrine Morel", ("Sandrine Morel", None)),
        ("Lockheed Martin", "jane.doe@lmco.com", "Regards,\nJane", ("Lockheed Martin", None)),
    ],
    ids=[
        "company-name-on-no-reply",
        "recruiter-signing",
        "name-matches-tenant",
        "person",
        "an-ats-sender-with-no-given-name-is-the-employer",
        "an-ats-sender-with-a-given-name-of-another-country",
        "an-honorific-before-the-given-name",
        "an-assessment-vendor-signs-in-its-own-name",
        "a-company-mailbox-with-no-given-name-is-the-company",
        "a-person-on-a-company-mailbox",
        "a-person-s-own-address-is-read-as-before",
    ],
)
def test_sender_parts(name, addr, text, expected):
    from extractors.senders import sender_parts

    assert sender_parts(name, addr, text) == expected


@pytest.mark.parametrize(
    ("name", "hint", "expected"),
    [
        ("Summit Health Partners", "summithp", 2),
        ("Ironclad Manufacturing", "ironcladmfg", 2),
        ("Acme Robotics", "acmerobotics", 3),
        ("Acme", "acmerobotics", 1),
        ("Initech", "acme", 0),
    ],
    ids=["initials", "abbreviation", "same-letters", "prefix", "unrelated"],
)
def test_hint_quality(name, hint, expected):
    from extractors.senders import hint_quality

    assert hint_quality(name, [hint]) == expected


@pytest.mark.parametrize(
    ("name", "addr", "expected"),
    [
        ("Indeed Apply", "indeedapply@indeed.com", (None, None)),
        ("Workday Notifications", "acmebank@myworkday.com", (None, None)),
        ("Monster Energy Careers", "jobs@monsterenergy.com", (None, "Monster Energy")),
    ],
    ids=["board-product-name", "relay-mailbox-name", "brand-word-at-own-domain"],
)
def test_relay_product_names_are_not_organizations(name, addr, expected):
    assert sender_parts(name, addr, "") == expected


def test_docusign_envelope_sender_is_no_employer():
    assert local_part_org("dse_NA4@docusign.net") is None


@pytest.mark.parametrize(
    ("addr", "expected"),
    [
        ("careers@harcourtfoods.teamtailor-mail.com", "harcourtfoods"),
        ("noreply@dublinport.hcm.oraclecloud.com", "dublinport"),
        ("no-reply@careers-acme.icims.com", "acme"),
        ("no-reply@us.greenhouse-mail.io", None),
        ("notifications@talent.icims.com", None),
    ],
    ids=["tenant", "tenant-over-a-service-label", "careers-prefix", "region-label", "vendor-label"],
)
def test_tenant_subdomain_of_a_relay_names_the_employer(addr, expected):
    assert local_part_org(addr) == expected


@pytest.mark.parametrize(
    "addr",
    [
        "powiadomienia@traffit.com",
        "bilgi@kariyer.net",
        "naoresponda@gupy.com.br",
        "nao-responda@gupy.com.br",
        "notificaciones@elempleo.com",
        "aplicari@ejobs.ro",
        "bewerbung@xing.com",
        "mailrobot@mail.xing.com",
        "ne-pas-repondre@apec.fr",
        "candidature@cadremploi.fr",
        "postulaciones@occ.com.mx",
        "service@karriere.at",
        "robot@djinni.co",
        "pranesimai@cvbankas.lt",
        "ertesito@profession.hu",
    ],
    ids=lambda addr: addr.split("@")[0],
)
def test_generic_mailboxes_of_other_languages_name_no_employer(addr):
    assert is_generic_local(addr)
    assert local_part_org(addr) is None
