"""extractors.org_spans: capitalized runs of a mail, the employer scorer's extra candidates."""

from __future__ import annotations

import pytest

from extractors.org_spans import Span, lowercase_words, name_spans


@pytest.mark.parametrize(
    ("text", "subject_end", "expected"),
    [
        (
            "Votre candidature chez Pulsa Mobility a bien été envoyée",
            57,
            [Span("Votre", 0, False, True), Span("Pulsa Mobility", 23, True, False)],
        ),
        (
            "Update\nThanks for applying at the Harbor Inn. We will call.",
            6,
            [
                Span("Update", 0, False, True),
                Span("Thanks", 7, False, True),
                Span("Harbor Inn", 34, True, False),
                Span("We", 46, False, False),
            ],
        ),
        (
            "Re: intervju\nBank of Ireland heeft",
            12,
            [Span("Re", 0, False, True), Span("Bank of Ireland", 13, False, True)],
        ),
        ("offer\nsigned, Kestrel S.A.S", 5, [Span("Kestrel S.A.S", 14, False, False)]),
        (
            "Merci\npour votre candidature à la Clinique Vauban",
            5,
            [
                Span("Merci", 0, False, True),
                Span("Clinique Vauban", 34, True, False),
            ],
        ),
        ("Sold\nyour eBay order", 4, [Span("Sold", 0, False, True)]),
    ],
    ids=[
        "a-leading-word-before-the-name",
        "an-article-between-lead-and-name-and-a-full-stop-ends-the-run",
        "a-joining-word-inside-a-name-opening-a-line",
        "inner-dots-stay-in-a-word",
        "a-accented-leads-a-name",
        "no-span-inside-a-word",
    ],
)
def test_name_spans(text, subject_end, expected):
    assert name_spans(text, subject_end) == expected


def test_the_middle_of_a_long_body_is_not_read():
    body = "Hi\n" + "word " * 200 + "Middle Name here " + "word " * 200 + "\nBest,\nAcme Foods"
    names = [s.name for s in name_spans("Subject\n" + body, 7)]
    assert names == ["Subject", "Hi", "Best", "Acme Foods"]


def test_a_name_opening_the_tail_window_mid_line_is_read_with_the_words_before_it():
    """The body's last 400 characters are read wherever that falls: a name the window opens
    on, mid-line after "at", is led and does not open a line."""
    text = "Subject\n" + "word " * 200 + "at " + "Orchard Lane" + " and" * 97
    assert text.index("Orchard") == len(text) - 400
    found = {s.name: s for s in name_spans(text, 7)}
    assert found["Orchard Lane"] == Span("Orchard Lane", len(text) - 400, True, False)


def test_lowercase_words_are_those_written_in_lowercase():
    assert lowercase_words("Rappel : votre rappel pour Acme") == {"votre", "rappel", "pour"}
