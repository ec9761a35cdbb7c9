"""A hotel group's mail about a post at one of its hotels names the hotel: the employer is
the hotel (docs/labeling.md: a named unit inside a parent), not the group."""

import pytest

from extractors.org_properties import hotel_property


@pytest.mark.parametrize(
    ("text", "company", "expected"),
    [
        (
            "Thank you for applying to Front Office Manager at Bangkok Marriott Marquis "
            "Queen's Park.\n\nMarriott International Talent Acquisition",
            "Marriott International",
            "Bangkok Marriott Marquis Queen's Park",
        ),
        (
            "Your application for Guest Relations Manager at Pan Pacific Orchard, our hotel "
            "on Claymore Road, has been received.",
            "Pan Pacific Hotels Group",
            "Pan Pacific Orchard",
        ),
        (
            "We are pleased to invite you to interview at the Singapore Marriott Tang Plaza "
            "Hotel, Singapore.",
            "Marriott International",
            "Singapore Marriott Tang Plaza Hotel",
        ),
        (
            "Thank you for your interest in Mandarin Oriental, Bangkok. Our hotel team will "
            "be in touch.",
            "Mandarin Oriental Hotel Group",
            "Mandarin Oriental, Bangkok",
        ),
        (
            "Thank you for applying to Night Manager at Orange Grove Hotel, Fri-Sun.",
            "Orange Grove Hotel",
            None,
        ),
        (
            "Openings at Hilton Singapore Orchard and Hilton Garden Inn Bangkok: apply today "
            "to join our hotels.",
            "Hilton",
            None,
        ),
        (
            "Thank you for applying to Deloitte Singapore. We will review your application.",
            "Deloitte",
            None,
        ),
    ],
    ids=[
        "group-mail-names-its-hotel",
        "hotels-group-and-a-hotel-named-by-its-district",
        "town-after-the-hotel-name-dropped",
        "hotel-named-by-its-town-keeps-it",
        "a-hotel-of-its-own-is-no-group",
        "two-hotels-named-none-chosen",
        "a-country-office-is-no-hotel",
    ],
)
def test_hotel_property(text, company, expected) -> None:
    assert hotel_property(text, company) == expected
