"""Where a title's job is: the towns and countries of role_cities.txt cut off a title after
"in", in brackets or after a comma (never after a dash: writers differ there)."""

from collections import Counter

import pytest

from extractors.make_role_cities import place_names
from extractors.role_cleaning import clean_role
from extractors.role_words import is_place


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Picker Packer in Castleford", "Picker Packer"),
        ("Warehouse Operative (Daventry)", "Warehouse Operative"),
        ("Editor (Los Angeles)", "Editor"),
        ("Demand Planner, Zwolle", "Demand Planner"),
        ("Data Analyst in Taichung, Taiwan", "Data Analyst"),
        ("Cabin Crew (Bahrain based)", "Cabin Crew"),
        ("Foreign Cabin Crew (US Based)", "Foreign Cabin Crew"),
        ("Business Controller \u00e0 Casablanca", "Business Controller"),
        # what the job is, not where: a common word that names a town somewhere too
        ("iOS Engineer (Mobile)", "iOS Engineer (Mobile)"),
        ("Account Executive, Enterprise", "Account Executive, Enterprise"),
        # a dash keeps its place: writers differ on "- City"
        ("Financial Accountant - Halifax", "Financial Accountant - Halifax"),
    ],
    ids=[
        "in-a-town",
        "town-in-brackets",
        "two-word-city-in-brackets",
        "town-after-comma",
        "city-and-country",
        "based-in-a-country",
        "us-based",
        "french-a-city",
        "mobile-is-no-town",
        "enterprise-is-no-town",
        "dash-place-kept",
    ],
)
def test_place_cut_off_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Foster City", True),
        ("Leeds or Bradford", True),
        ("Chicago, Taiwan", True),
        ("based", False),
        ("Backend", False),
        ("Chicago Backend", False),
        ("Tarneit VIC", True),
        ("Local Payments APAC", False),
        ("Sydney APAC", True),
    ],
    ids=[
        "city",
        "two-towns",
        "city-and-country",
        "based-alone",
        "no-place",
        "town-and-word",
        "town-and-state-abbreviation",
        "team-and-region",
        "town-and-region",
    ],
)
def test_is_place(text, place):
    assert is_place(text) is place


def test_list_leaves_out_words_and_titles():
    """Kept: a town; left out: a name written lower case in mail, a title, a short name."""
    records = [{"name": "Zwolle"}, {"name": "Mobile"}, {"name": "Engineer"}, {"name": "Ajo"}]
    records.append({"name": "Z\u00fcrich"})
    assert place_names(records, Counter({"mobile": 3})) == {"zwolle", "z\u00fcrich", "zurich"}
