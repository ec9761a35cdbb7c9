import pytest

from extractors.people import signature

PIPES = ("sneaker_person",)


@pytest.mark.parametrize(
    ("name", "addr", "body", "expected"),
    [
        (
            "Jane Okafor",
            "jane@acme.com",
            "Hi.\n\nBest,\nJane Okafor\nSenior Technical Recruiter | Acme",
            ("Jane Okafor", "Senior Technical Recruiter"),
        ),
        (
            "Acme Careers",
            "careers@acme.com",
            "Hi.\n\nThanks,\nTom Becker\nTalent Acquisition Partner",
            ("Tom Becker", "Talent Acquisition Partner"),
        ),
        (
            "Tom Becker via LinkedIn",
            "inmail-hit-reply@linkedin.com",
            "Hi Sam",
            ("Tom Becker", None),
        ),
        ("Acme Hiring Team", "no-reply@greenhouse.io", "Thanks for applying.", (None, None)),
    ],
    ids=["header-and-signature", "signature-only", "via-linkedin", "no-person"],
)
def test_person_and_title(run_pipes, name, addr, body, expected):
    doc = run_pipes(PIPES, from_name=name, from_addr=addr, subject="Hi", body_text=body)
    assert (doc._.facts["person_name"], doc._.facts["person_title"]) == expected


def test_signature_uses_last_closing():
    text = "Thanks for your time.\n\nBest,\nLaura Chen\nDirector of Talent Acquisition, Acme"
    assert signature(text)[:2] == ("Laura Chen", "Director of Talent Acquisition")


INTRO_WORDS = ["My name is", "I'm", "i am", "This is", "Jane Doe", "a recruiter", "at", "Acme"]
INTRO_WORDS += [",", ".", "\n", "\u0130", "\u0131", "\u017f", "thIS IS", "Ana", "Lee", "and"]


def test_find_intro_finds_what_the_intro_search_finds():
    import random

    from extractors.people import _INTRO, find_intro

    rnd = random.Random(7)
    for _ in range(3000):
        text = " ".join(rnd.choice(INTRO_WORDS) for _ in range(rnd.randint(1, 14)))
        fast, slow = find_intro(text), _INTRO.search(text)
        assert (fast and (fast.span(), fast.groupdict())) == (
            slow and (slow.span(), slow.groupdict())
        ), text
