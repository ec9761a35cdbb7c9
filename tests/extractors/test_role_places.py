"""Where a title's job is: the towns and countries of role_cities.txt cut off a title after
"in", in brackets or after a comma (never after a dash: writers differ there)."""

from collections import Counter
from pathlib import Path

import pytest

from extractors.make_role_cities import place_names
from extractors.make_role_regions import COUNTRIES, GENERIC
from extractors.role_cleaning import clean_role
from extractors.role_words import is_place

REGIONS = Path(__file__).parents[2] / "extractors" / "patterns" / "role_regions.txt"


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
        # a state, province or region (GeoNames' first-level divisions, role_regions.txt)
        ("Warehouse Supervisor (Nuevo Le\u00f3n)", "Warehouse Supervisor"),
        ("Area Manager, Bavaria", "Area Manager"),
        ("Registered Nurse in New South Wales", "Registered Nurse"),
        ("Policy Analyst (Ontario)", "Policy Analyst"),
        # a region's name made of compass and region words is a sales territory too
        ("Account Manager, Central Region", "Account Manager, Central Region"),
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
        "mexican-state-with-accent",
        "german-state-after-comma",
        "australian-state-after-in",
        "canadian-province-in-brackets",
        "generic-region-kept",
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


def test_regions_list_keeps_only_named_countries_and_specific_names():
    """The generator's filters: regions of other countries and names made only of compass
    and region words are left out of role_regions.txt."""
    listed = {line.strip() for line in REGIONS.open(encoding="utf-8") if not line.startswith("#")}
    assert {"bavaria", "nuevo leon", "queretaro", "ontario", "new south wales"} <= listed
    assert "central region" not in listed and "north east" not in listed
    assert {"US", "MX", "DE", "AU", "CA"} <= COUNTRIES and "central" in GENERIC
