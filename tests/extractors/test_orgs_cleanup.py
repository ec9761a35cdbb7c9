"""Employer extraction, session-4 classes: status and notice words are no employer, a
possessive or a mailbox word around a name is no part of it, a European legal form is
dropped, a one-word display name of a team mailbox still names the employer."""

import pytest

from extractors.org_full_names import (
    brand_of_branch,
    group_stem,
    regional_unit,
    whole_written_name,
)
from extractors.org_mailboxes import personal_business
from extractors.org_names import clean_org
from extractors.senders import display_name_parts

PIPES = ("sneaker_org",)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Referred", None),
        ("Selection Notification", None),
        ("Documents Needed", None),
        ("Acknowledgement of", None),
        ("Christmas", None),
        ("25th", None),
        ("CV", None),
        ("Ihr Brauhaus Keller", "Brauhaus Keller"),
        ("Votre Maison Fleur", "Maison Fleur"),
        ("Quarry Result Labs", "Quarry Result Labs"),
        ("Ostrova Karriere", "Ostrova"),
        ("Tamsin Foods Talent Community", "Tamsin Foods"),
        ("Global Harbour Solutions", "Global Harbour Solutions"),
        ("IT Quarry Staffing", "IT Quarry Staffing"),
        ("Your Quarry Bank", None),
        ("Global Talent Solutions", None),
    ],
    ids=[
        "status-word",
        "notice",
        "documents-needed",
        "acknowledgement-of",
        "holiday",
        "ordinal",
        "cv",
        "german-possessive",
        "french-possessive",
        "status-word-inside-a-name-kept",
        "careers-page-word",
        "talent-community",
        "plain-adjective-before-a-trade-name",
        "initialism-before-a-trade-name",
        "possessive-is-no-name",
        "plain-words-after-a-plain-adjective",
    ],
)
def test_clean_org_session4(raw, name):
    assert clean_org(raw) == name


@pytest.mark.parametrize(
    ("display", "parts"),
    [
        ("Quarrow Resourcing", (None, "Quarrow")),
        ("Tamsin Foods Talent Community", (None, "Tamsin Foods")),
        ("Vellano Carreiras", (None, "Vellano")),
        ("Dunmore-Price Hiring Events", (None, "Dunmore-Price")),
        ("Vellano Karrier", (None, "Vellano")),
        ("Vellano Toborzási Csapata", (None, "Vellano")),
        ("Велмора – Кариери", (None, "Велмора")),
        ("Велмора – Човешки ресурси", (None, "Велмора")),
        ("Vellano Karjera", (None, "Vellano")),
    ],
    ids=[
        "resourcing",
        "talent-community",
        "carreiras",
        "hiring-events",
        "hungarian-careers",
        "hungarian-recruiting-team",
        "bulgarian-careers",
        "bulgarian-human-resources",
        "lithuanian-careers",
    ],
)
def test_mailbox_words_of_display_names(display, parts):
    assert display_name_parts(display) == parts


@pytest.mark.parametrize(
    ("company", "kept"),
    [
        ("Vintra Logistics AB", "Vintra Logistics"),
        ("Kessel Retail SE", "Kessel Retail"),
        ("Skyward Air DAC", "Skyward Air"),
        ("Ponte Dati Srl", "Ponte Dati"),
        ("Weston Group", "Weston Group"),
        ("Ludwig KGaA", "Ludwig KGaA"),
    ],
    ids=["ab", "se", "dac", "srl", "group-kept", "kgaa-kept"],
)
def test_european_legal_forms_dropped(company, kept):
    assert regional_unit(company) == kept


@pytest.mark.parametrize(
    ("company", "kept"),
    [
        ("Corvane Systems Vietnam", "Corvane Systems"),
        ("Halden Bank Middle East", "Halden Bank"),
        ("Economic Council for Romania", "Economic Council for Romania"),
        ("Halden Polska", "Halden Polska"),
        ("Corvane Japan", "Corvane"),
        ("KPMG UK", "KPMG"),
        ("Air Japan", "Air Japan"),
        ("Bank Australia", "Bank Australia"),
        ("Corvane North America", "Corvane North America"),
        ("The Bank of East Asia", "The Bank of East Asia"),
        ("Halden Bank Southeast Asia", "Halden Bank"),
        ("Rivers and Harbours Canada", "Rivers and Harbours Canada"),
        ("Museum of Glass Australia", "Museum of Glass Australia"),
        ("Marine Standards Canada", "Marine Standards Canada"),
        ("Corvane Canada", "Corvane"),
        ("Corvane & Halden UK", "Corvane & Halden"),
        ("KwH Middle East", "KwH"),
        ("Air UK", "Air UK"),
        ("Corvane Bulgaria", "Corvane"),
        ("Корвейн България", "Корвейн"),
        ("Corvane Lithuania", "Corvane"),
    ],
    ids=[
        "country",
        "region",
        "for-a-country",
        "own-language-kept",
        "a-brand-left",
        "initials-left",
        "a-short-word-left",
        "a-plain-word-left",
        "american-arm-kept",
        "compass-word-after-of-kept",
        "compass-word-goes-with-the-region",
        "words-joined-by-and-keep-the-country",
        "words-joined-by-of-keep-the-country",
        "a-described-body-keeps-canada",
        "a-brand-leaves-canada",
        "ampersand-joins-a-brand",
        "a-short-brand-with-inner-capitals-left",
        "a-short-plain-word-kept",
        "bulgaria",
        "bulgaria-in-cyrillic",
        "lithuania",
    ],
)
def test_country_arms_dropped(company, kept):
    assert regional_unit(company) == kept


@pytest.mark.parametrize(
    ("company", "text", "display", "kept"),
    [
        ("Corvane Group", "Your application at Corvane", "Lena Ott", "Corvane"),
        ("Corvane Holdings", "Thanks for applying to Corvane.", "", "Corvane"),
        ("Corvane Group", "Corvane Group thanks you", "Lena Ott", "Corvane Group"),
        ("Corvane Group", "Your application at Corvane", "Corvane Group", "Corvane Group"),
        ("Corvane Group", "Your application at Corvanex", "", "Corvane Group"),
        ("Corvane Grouping", "Your application at Corvane", "", "Corvane Grouping"),
    ],
    ids=[
        "stem-alone",
        "holdings",
        "whole-in-text",
        "whole-in-display-name",
        "stem-inside-a-word",
        "no-group-word",
    ],
)
def test_group_stem_where_the_whole_name_is_unwritten(company, text, display, kept):
    assert group_stem(company, text, display) == kept


@pytest.mark.parametrize(
    ("name", "addr", "company"),
    [
        ("Harlan Resourcing", "harlan.resourcing@rpohost.example", "Harlan"),
        ("KT Recruitment", "kt.recruitment@kestreltelecom.com", "Kestrel Telecom"),
        ("Invitation from Outlook", "sam.reyes@brightwell.com", "Brightwell"),
        ("Sarah", "sarah@brightwell.com", "Brightwell"),
    ],
    ids=[
        "team-mailbox-names-employer",
        "initials-of-the-domain-give-way",
        "generic-word-gives-way",
        "first-name-gives-way",
    ],
)
def test_one_word_display_names(run_pipes, name, addr, company):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject="Your application", body_text="")
    assert doc._.facts["company"] == company


@pytest.mark.parametrize(
    ("company", "addr", "brand"),
    [
        ("Pellmart Riverside Plaza", "jo@pellmart.com", "Pellmart Riverside Plaza"),
        ("Pellmart Singapore", "jo@pellmart.com", "Pellmart"),
        ("Pellmart Great Britain", "pellmart@myworkday.com", "Pellmart"),
        ("Pellmart Store 212", "pellmart@myworkday.com", "Pellmart"),
        ("Pellmart DC 4410", "pellmart@myworkday.com", "Pellmart"),
        ("Homewell Aides of Tempe", "ann@homewellaides.com", "Homewell Aides"),
        ("Pellmart Foods", "jo@pellmart.com", "Pellmart Foods"),
        ("Pellmart Singapore", "jo@otherfirm.com", "Pellmart Singapore"),
        ("Pellmart University", "jo@pellmart.edu", "Pellmart University"),
        ("Pellmart College Singapore", "jo@pellmartcollege.org", "Pellmart College Singapore"),
    ],
    ids=[
        "unknown-words-kept",
        "country",
        "two-word-country",
        "store-number",
        "site-code",
        "of-a-place",
        "trade-word-kept",
        "other-domain",
        "institution-kept",
        "a-schools-campus-kept",
    ],
)
def test_brand_of_branch(company, addr, brand):
    assert brand_of_branch(company, addr) == brand


@pytest.mark.parametrize(
    ("addr", "person", "text", "business"),
    [
        (
            "rob.hale.brightmop@gmail.com",
            "Rob Hale",
            "Hi Sam\n\nSee you Monday.\n\nRob\nBrightmop Commercial Cleaning",
            "Brightmop Commercial Cleaning",
        ),
        ("patsdinerjobs@yahoo.com", "Pat Olsen", "Pat's Diner is hiring cooks.", "Pat's Diner"),
        ("kimbrowne@gmail.com", "Kim Browne", "Kim Browne here, thanks!", None),
        ("amy.lo.bakery@gmail.com", "Amy Lo", "The Bakery is open.", None),
        ("ella.quinn.hr@gmail.com", "Ella Quinn", "Quinn Farms", None),
    ],
    ids=[
        "signature-names-local-part",
        "possessive-business",
        "own-name-only",
        "trade-word-alone-no",
        "hr-no",
    ],
)
def test_personal_business(addr, person, text, business):
    assert personal_business(addr, person, text) == business


def test_personal_business_drops_a_street():
    text = "Thanks,\nDee\nDale's Grill Harbor Rd"
    assert personal_business("dee.dalesgrill@gmail.com", "Dee Moss", text) == "Dale's Grill"


@pytest.mark.parametrize(
    ("name", "addr", "subject", "body", "company", "agency"),
    [
        (
            "Dana Holt",
            "dholt@fenmorelegalsearch.com",
            "Second round",
            "The partners at my client (I can share the firm name now - it's Quarry Vale LLP) "
            "want a second round.\n\nDana",
            "Quarry Vale LLP",
            "Fenmore Legal Search",
        ),
        (
            "Jo Reyes",
            "jo.reyes@brightwaystaffing.com",
            "Contract-to-hire",
            "One of my public sector clients, the Tamsin Valley Water Authority, needs a "
            "controller.\n\nJo Reyes\nBrightway Staffing",
            "Tamsin Valley Water Authority",
            "Brightway Staffing",
        ),
        (
            "Tom Hale",
            "tom.hale@pinecresttalent.co.uk",
            "Update",
            "Quick update on the Head of Data role at Orvane: they are close.\n\n"
            "Tom Hale\nPinecrest Talent",
            "Orvane",
            "Pinecrest Talent",
        ),
        (
            "Mia Lee",
            "mia.lee@harlowsearch.sg",
            "Head of Supply Chain",
            "Would you have 20 minutes?\n\nRegards,\nMia Lee\nPartner, Harlow Search Pte Ltd\n"
            "EA Licence 18C4410",
            "Harlow Search",
            None,
        ),
    ],
    ids=["client-named-its", "one-of-my-clients-the", "talent-domain-is-an-agency", "licence-no"],
)
def test_agency_names_its_client(run_pipes, name, addr, subject, body, company, agency):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject=subject, body_text=body)
    assert (doc._.facts["company"], doc._.facts["agency"]) == (company, agency)


def test_practice_group_is_no_employer():
    assert clean_org("Financial Officers Practice") is None


@pytest.mark.parametrize(
    ("company", "text", "whole"),
    [
        ("Dunn", "Cashier\nDunn's - Dayton, OH\n$15 an hour", "Dunn's"),
        ("Mama Rosa", "Driver at Mama Rosa's (Akron, OH) was sent", "Mama Rosa's"),
        ("Acme", "Acme's team will call you.", "Acme"),
        ("St", "Welcome to St. Brigid's Community Hospital.", "St. Brigid's Community Hospital"),
        ("Stark", "Stark is hiring", "Stark"),
    ],
    ids=["name-then-dash", "name-then-bracket", "possessive-before-a-word", "saint", "no-cut"],
)
def test_whole_written_name(company, text, whole):
    assert whole_written_name(company, text) == whole


@pytest.mark.parametrize(
    "raw",
    [
        "2150 Lakeshore Rd W",
        "18 Mill Street",
        "4 Harbour Way",
        "Mountain View CA 94043",
        "Duluth, GA 30096-1234",
    ],
)
def test_street_address_is_no_employer(raw):
    assert clean_org(raw) is None


@pytest.mark.parametrize("raw", ["Area 51 Labs", "Route 66 Diner"])
def test_a_number_inside_a_name_is_no_address(raw):
    assert clean_org(raw) == raw
