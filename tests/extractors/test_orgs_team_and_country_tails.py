"""A team's tail ('X IT Service Desk', 'X MEL') and a country programme ('X Ethiopia') are no
part of the employer's name (docs/labeling.md: the country is dropped)."""

import pytest

from extractors.org_full_names import regional_unit
from extractors.org_names import clean_org


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Harbor Aid IT Service Desk", "Harbor Aid"),
        ("Harbor Aid Helpdesk", "Harbor Aid"),
        ("Harbor Aid Ethiopia MEL", "Harbor Aid Ethiopia"),
        ("Harbor Aid M&E", "Harbor Aid"),
    ],
    ids=["it-service-desk", "helpdesk", "mel-team", "m-and-e-team"],
)
def test_a_team_tail_is_no_part_of_the_employer(raw: str, name: str) -> None:
    assert clean_org(raw) == name


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Harbor Aid Ethiopia", "Harbor Aid"),
        ("GIZ Rwanda", "GIZ"),
        ("Save the Children Uganda", "Save the Children"),
    ],
    ids=["ethiopia", "rwanda-initialism", "uganda"],
)
def test_a_country_programme_is_its_organization(name: str, unit: str) -> None:
    assert regional_unit(name) == unit
