"""sneaker_kind on a job board's digest told by its layout and sender, whatever its language:
several job cards (a title over a company and place) from a sender that names itself by a word
of work, with no cue of an application step. The rules call it job_alert and the textcat does
not vote on it. All text is invented; the card words are made up on purpose, so that no cue
of any language can fire."""

import pytest
import spacy

from extractors.kinds import KINDS, digest_cards
from extractors.pipeline import record_doc
from tests.extractors.kind_cases import by_id, kind_of

# Boards the project's relay list does not know (a known relay's mail is job_alert anyway).
# Three cards as boards lay them out: title line, then company · place.
CARDS = (
    "Zdravo Ana!\n\n"
    "Vrolik sanu kelbat 3 tomi:\n\n"
    "Konstrukter (m/ž)\nBrava d.o.o. · Kranjec\n\n"
    "Vodja razvoja\nTelmo d.d. · Celjar\n\n"
    "Inženir vzorcev - 3D\nNorvik d.o.o. · Murska"
)
# The same as one-line cards in a paragraph each ("Title - Company - Place").
LINE_CARDS = (
    "Hola,\n\nEstos tomi kelbat:\n\n"
    "Analista contable - Banco Surel - Montel (Centro)\n\n"
    "Auxiliar de costos - Grupo Vandel - Montel\n\n"
    "Tesorero/a - Finlar S.A. - Pando (Canelo)"
)
# A bulleted list under a heading.
BULLETS = (
    "Sveiki,\n\nJauni tomi:\n"
    "* Testētājs - Kelbo SIA\n* QA inženieris - Rivo AS\n* Analītiķis - Tera AS"
)
BOARD = {"from_name": "KelboDelo", "from_addr": "obvestila@kelbodelo.example"}
POSAO = {"from_name": "Kelbo", "from_addr": "novosti@posao-kelbo.example"}
DARBI = {"from_name": "KelboDarbi", "from_addr": "zinas@kelbodarbi.example"}
TRABAJO = {"from_name": "Gallo Trabajo", "from_addr": "avisos@gallo-kelbo.example"}

DIGESTS = [
    ("cards-from-a-board-named-delo", BOARD, "Novi tomi za vas (3)", CARDS, "job_alert"),
    ("cards-from-a-board-named-posao", POSAO, "Vrolik tomi", CARDS, "job_alert"),
    ("line-cards-from-a-board-named-trabajo", TRABAJO, "3 tomi nuevos", LINE_CARDS, "job_alert"),
    ("bulleted-cards-from-a-board-named-darbi", DARBI, "Jauni tomi", BULLETS, "job_alert"),
]
NOT_DIGESTS = [
    # the same layout from a shop, a letting site, a person, a meeting tool: not a board
    (
        "cards-from-a-letting-site",
        {"from_name": "Stanovi", "from_addr": "novosti@stanovi-portal.si"},
        "Novi tomi za vas",
        CARDS,
        "other",
    ),
    (
        "cards-from-a-named-person-at-a-board",
        {"from_name": "Ana Novak", "from_addr": "ana.novak@kelbodelo.example"},
        "Novi tomi",
        CARDS,
        "other",
    ),
    (
        "cards-from-a-personal-address",
        {"from_name": "Jobs Fan", "from_addr": "jobsfan@gmail.com"},
        "Novi tomi",
        CARDS,
        "other",
    ),
    # "work" inside a word is no board ("thoughtworks", "networks")
    (
        "cards-from-a-company-whose-name-holds-work",
        {"from_name": "Kelbworks", "from_addr": "events@kelbworks.com"},
        "Vrolik tomi",
        CARDS,
        "other",
    ),
    # a cue of a step beside the cards: the step decides
    (
        "cards-beside-a-refusal",
        BOARD,
        "Your application",
        "Unfortunately we will not be moving forward with your application.\n\n" + CARDS,
        "rejection",
    ),
    # one or two cards are a mail about one posting, not a digest
    (
        "two-cards-only",
        POSAO,
        "Vrolik tomi",
        "Zdravo!\n\nKonstrukter (m/ž)\nBrava d.o.o. · Kranjec\n\n"
        "Vodja razvoja\nTelmo d.d. · Celjar",
        "other",
    ),
]


@by_id(DIGESTS)
def test_board_digest_by_layout_is_job_alert(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@by_id(NOT_DIGESTS)
def test_card_layout_alone_makes_no_job_alert(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(CARDS, 3, id="title-over-company-and-place"),
        pytest.param(LINE_CARDS, 3, id="one-line-cards"),
        pytest.param(BULLETS, 3, id="bullets-under-a-heading"),
        pytest.param(
            "Dear Ana,\n\nThank you for your time today. We will be in touch - soon, I hope.\n\n"
            "Best,\nMarko",
            0,
            id="a-letter-has-none",
        ),
        pytest.param(
            "Your itinerary:\n\nMonday - 10:00 - Room 4 - with the team lead, the head of "
            "engineering and two members of the platform team who will ask about design",
            0,
            id="long-lines-are-no-cards",
        ),
    ],
)
def test_digest_cards_counts_job_cards(body, expected):
    assert digest_cards(body) == expected


def test_textcat_does_not_vote_on_a_board_digest():
    """A textcat that never saw the language says "other" with near certainty: the layout
    keeps job_alert."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues")
    nlp.add_pipe("sneaker_kind", config={"rules_weight": 0.35})
    doc = record_doc(nlp, {**BOARD, "subject": "Novi tomi za vas (3)", "body_text": CARDS})
    doc.cats = {k: 0.99 if k == "other" else 0.01 / (len(KINDS) - 1) for k in KINDS}
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert doc._.facts["kind"] == "job_alert"
