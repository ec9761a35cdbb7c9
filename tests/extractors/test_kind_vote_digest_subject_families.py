"""sneaker_kind's vote on a board's digest whose subject names its postings in the languages
of session 23's cue families (Hungarian, Lithuanian, Latvian, Estonian, Bulgarian, Serbian /
Croatian in both scripts, Slovenian): the rules' job_alert is settled and a textcat that never
saw the language (near-certain "other") does not vote. All text is invented."""

import pytest

from tests.extractors.test_kind_vote import cats, classify

BOARD = {"from_name": "Allas Portal", "from_addr": "noreply@allas-portal.example"}


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Új állások: kontroller (4)", id="hungarian"),
        pytest.param("Nauji darbo skelbimai: vadovas", id="lithuanian"),
        pytest.param("Jaunas vakances: CRM speciālists (3)", id="latvian"),
        pytest.param("Uued tööpakkumised: testija jt", id="estonian"),
        pytest.param("Нови обяви за работа: счетоводител", id="bulgarian"),
        pytest.param("Novi oglasi za posao: recepcioner", id="croatian-latin"),
        pytest.param("Нови огласи за посао: програмер", id="serbian-cyrillic"),
        pytest.param("Nove zaposlitve za vas: konstrukter (2)", id="slovenian"),
    ],
)
def test_digest_subject_in_a_cue_family_is_settled(subject):
    record = {**BOARD, "subject": subject, "body_text": "Vrolik sanu kelbat tomi."}
    kind, _ = classify(record, cats("other", 0.99), 0.35)
    assert kind == "job_alert"


def test_an_unsettled_alert_cue_still_lets_the_textcat_vote():
    """A career-news subject names no postings: the textcat keeps its say."""
    record = {**BOARD, "subject": "Newsletter: karjeras ziņas", "body_text": "Vrolik sanu."}
    kind, _ = classify(record, cats("other", 0.99), 0.35)
    assert kind == "other"


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        pytest.param(
            {"from_name": "Kelbo", "from_addr": "obvestila@kelbo.example"},
            "job_alert",
            id="a-board-address-naming-no-person-is-settled",
        ),
        pytest.param(
            {"from_name": "Ana Novak", "from_addr": "ana.novak@kelbo.example"},
            "other",
            id="a-named-person-lets-the-textcat-vote",
        ),
    ],
)
def test_digest_subject_from_a_sender_the_lists_do_not_know(sender, expected):
    record = {**sender, "subject": "Nove zaposlitve za vas (3)", "body_text": "Vrolik sanu."}
    kind, _ = classify(record, cats("other", 0.99), 0.35)
    assert kind == expected
