"""sneaker_kind: a strong request for a pre-employment check contests an offer cue ("Congrats
on accepting your offer! Please authorize your background check"), so the textcat votes; an
offer without such a request stays settled however sure the textcat is of another kind. All
text is invented."""

import pytest

from extractors.kinds import is_negated
from tests.extractors.test_kind_vote import cats, classify

PEOPLE_TEAM = {"from_name": "Corbel People Team", "from_addr": "people@corbel.com"}
CHECKS_AFTER_OFFER = {
    **PEOPLE_TEAM,
    "subject": "Action needed: background check authorization",
    "body_text": "Hi Jo,\n\nCongratulations on accepting your offer! To finalize, please complete "
    "the background check authorization from our partner before your start date.",
}
OFFER = {
    **PEOPLE_TEAM,
    "subject": "Your offer from Corbel",
    "body_text": "Hi Jo,\n\nWe are delighted to offer you the position of Store Manager at a base "
    "salary of $72,000. Your offer letter is attached; please sign it by Friday.",
}


@pytest.mark.parametrize(
    ("record", "doc_cats", "expected"),
    [
        pytest.param(CHECKS_AFTER_OFFER, cats("assessment", 0.95), "assessment", id="checks-vote"),
        pytest.param(CHECKS_AFTER_OFFER, cats(None), "offer", id="checks-rules-alone"),
        pytest.param(OFFER, cats("assessment", 0.95), "offer", id="offer-stays-settled"),
    ],
)
def test_checks_after_an_offer(record: dict, doc_cats: dict, expected: str) -> None:
    assert classify(record, doc_cats, 0.35)[0] == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        pytest.param(
            "Action required: submit your references",
            "Hi Jo,\n\nAs we get ready to extend an offer for the Store Manager role, "
            "please provide two professional references through the link below.",
            "assessment",
            id="offer-referred-to-and-a-request",
        ),
        pytest.param(
            "Action required: background check authorization",
            "Hello Jo,\n\nAs part of your conditional offer, please complete the background "
            "authorization form in your onboarding portal before your start date.",
            "assessment",
            id="conditional-offer-and-two-requests",
        ),
        pytest.param(
            "Your offer from Corbel",
            "Hi Jo,\n\nWe are delighted to offer you the position of Store Manager. Please "
            "complete the attached acceptance form by Friday.",
            "offer",
            id="offer-made-and-one-request",
        ),
    ],
)
def test_a_request_beside_an_offer_lets_the_textcat_vote(
    subject: str, body: str, expected: str
) -> None:
    record = {**PEOPLE_TEAM, "subject": subject, "body_text": body}
    assert classify(record, cats("assessment", 0.95), 0.35)[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Hi Jo,\n\nCongratulations on accepting your offer. Your employment is contingent on a "
            "negative drug screen. Please schedule your pre-employment drug screen within 72 "
            "hours.",
            "assessment",
            id="schedule-drug-screen",
        ),
        pytest.param(
            "Hi Jo,\n\nFurther to our conditional offer, please complete the attached "
            "pre-employment medical questionnaire within 5 working days.",
            "assessment",
            id="medical-questionnaire",
        ),
        pytest.param(
            "Hi Jo,\n\nThank you for applying. Please note that a police check will be required "
            "for this role.",
            "application_confirmation",
            id="please-note-a-requirement",
        ),
    ],
)
def test_a_check_asked_in_other_words(body: str, expected: str) -> None:
    record = {**PEOPLE_TEAM, "subject": "Next steps", "body_text": body}
    assert classify(record, cats(expected, 0.9), 0.35)[0] == expected


SENT = {
    "from_name": "Jo Rivera",
    "from_addr": "jo.rivera@gmail.com",
    "to_addrs": ["nathan.hale@corbel.com"],
    "is_from_me": True,
}


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        pytest.param(
            "Re: Offer - Associate Underwriter",
            "Nathan, thank you so much - I'm thrilled to accept. I signed the letter this morning.",
            "offer",
            id="reply-accepting-the-offer",
        ),
        pytest.param(
            "Advice on the Corbel offer",
            "Hi Grace, I received the Corbel offer! Would you have 15 minutes this week to talk "
            "it through?",
            "networking",
            id="new-mail-asking-advice",
        ),
    ],
)
def test_the_candidates_answer_to_an_offer(subject: str, body: str, expected: str) -> None:
    record = {**SENT, "subject": subject, "body_text": body}
    assert classify(record, cats(None), 0.35)[0] == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        pytest.param(
            "notes for the onsite",
            "- the migration story\n- ask about on-call",
            "other",
            id="note-to-self",
        ),
        pytest.param("resume final v7", "", "other", id="empty-draft-to-self"),
    ],
)
def test_a_note_to_self_is_no_conversation(subject: str, body: str, expected: str) -> None:
    record = {**SENT, "to_addrs": [SENT["from_addr"]], "subject": subject, "body_text": body}
    assert classify(record, cats(None), 0.35)[0] == expected


FAMILY = {"from_name": "Karen Kowalczyk", "from_addr": "karenk1982@gmail.com"}


@pytest.mark.parametrize(
    ("body", "doc_cats", "expected"),
    [
        pytest.param(
            "Inspection is Tuesday at 10. The lender needs your offer letter from Nissan - can "
            "you send it to her?",
            cats("other", 0.95),
            "other",
            id="family-asks-for-the-offer-letter",
        ),
        pytest.param(
            "Hi Jo, we'd like to offer you the counter job at the bakery, $18 an hour, starting "
            "Monday. Let me know!",
            cats("other", 0.95),
            "offer",
            id="small-business-offers-in-words",
        ),
    ],
)
def test_an_offer_spoken_of_from_a_personal_address(
    body: str, doc_cats: dict, expected: str
) -> None:
    record = {**FAMILY, "subject": "house stuff", "body_text": body}
    assert classify(record, doc_cats, 0.35)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leider müssen wir Ihnen mitteilen, dass wir Ihnen keine Position anbieten können.", True),
        ("Keine Sorge: wir möchten Ihnen die Stelle gerne anbieten.", False),
        ("We are unable to offer you the role.", True),
        ("We are delighted to offer you the role.", False),
    ],
    ids=["de-keine-position-anbieten", "de-keine-sorge-then-an-offer", "en-unable", "en-offer"],
)
def test_an_offer_denied(text: str, expected: bool) -> None:
    cue = "anbieten" if "anbieten" in text else "offer"
    assert is_negated(text, text.index(cue)) is expected
