"""What clean_role cuts off a title and what it leaves: an interview's stage after the
title, a person's name before a slash."""

import pytest

from extractors.role_cleaning import clean_role


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Program Manager, Housing First", "Program Manager, Housing First"),
        ("Software Engineer II, Prime Video", "Software Engineer II, Prime Video"),
        ("Store Manager - 2nd", "Store Manager"),
        ("Data Engineer Final", "Data Engineer"),
        ("Store Manager 2nd Round", "Store Manager"),
        ("Data Engineer - Video", "Data Engineer"),
        ("Data Engineer Video", "Data Engineer"),
    ],
    ids=[
        "first-after-a-plain-word-is-the-titles-own",
        "video-after-a-plain-word-is-the-titles-own",
        "stage-after-a-dash-is-cut",
        "stage-after-a-title-word-is-cut",
        "stage-and-round-after-a-title-word-is-cut",
        "video-after-a-dash-is-cut",
        "video-after-a-title-word-is-cut",
    ],
)
def test_interview_stage_after_a_title(value, role):
    assert clean_role(value) == (role, None)


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("First Sales Hire / Account Executive", "First Sales Hire / Account Executive"),
        ("Site Reliability / Data Engineer", "Site Reliability / Data Engineer"),
        ("Dana Whitfield / Senior Analyst", "Senior Analyst"),
    ],
    ids=[
        "title-words-before-a-slash-are-no-name",
        "trade-before-a-slash-is-no-name",
        "a-persons-name-before-a-slash-is-cut",
    ],
)
def test_words_before_a_slash(value, role):
    assert clean_role(value) == (role, None)
