"""sneaker_kind's vote with the textcat's doc.cats, on spacy.blank("en")."""

import io
from pathlib import Path

import pytest
import spacy
from rich.console import Console

from extractors.cli_io import read_records
from extractors.evaluate import score
from extractors.kinds import KINDS
from extractors.messages import extract_messages
from extractors.pipeline import CONFIG_PATH, load_nlp, record_doc

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset.jsonl"

REJECTION = {
    "from_name": "Acme Hiring Team",
    "from_addr": "no-reply@us.greenhouse-mail.io",
    "subject": "Your application to Acme",
    "body_text": "After careful consideration, we have decided to move forward with other "
    "candidates.",
}
ACKNOWLEDGEMENT = {
    "from_name": "Acme Hiring Team",
    "from_addr": "no-reply@us.greenhouse-mail.io",
    "subject": "Thanks for applying",
    "body_text": "Thank you for applying. Your application for Data Engineer has been received.",
}
FRIEND_NOTE = {
    "from_name": "Mike Dawson",
    "from_addr": "mike.dawson@gmail.com",
    "subject": "photos",
    "body_text": "Here are the photos from Saturday.",
}
ON_HOLD = {
    "from_name": "Acme Hiring Team",
    "from_addr": "no-reply@us.greenhouse-mail.io",
    "subject": "Your application",
    "body_text": "The Data Engineer search has been put on hold until the new budget year.",
}
# "viewed/reviewed your application" settles a status unless a rejection word comes with it
REVIEWED_UNFORTUNATELY = {
    **ON_HOLD,
    "body_text": "We reviewed your application and unfortunately we don't have a match for this "
    "position right now.",
}
# a shop owner writing from a personal address about a job: the textcat may vote
SHOP_OWNER_NOTE = {
    **FRIEND_NOTE,
    "subject": "Re: counter",
    # (no wording the rules know: "we ended up hiring somebody" is a rejection rule now)
    "body_text": "Sorry, we found a lad for the shifts already. Good luck.",
}
WORK_NOTE = {**FRIEND_NOTE, "from_addr": "mike.dawson@acme.com"}
INTERVIEW_REQUEST = {
    "from_name": "Acme Recruiting",
    "from_addr": "recruiting@acme.com",
    "subject": "Next steps",
    "body_text": "We would like to invite you to the next stage of our process.",
}


def cats(top: str | None, p: float = 0.0) -> dict[str, float]:
    """A distribution with p on `top` and the rest spread evenly; {} for no textcat."""
    if top is None:
        return {}
    rest = (1.0 - p) / (len(KINDS) - 1)
    return {k: p if k == top else rest for k in KINDS}


def classify(
    record: dict, doc_cats: dict[str, float], rules_weight: float, **settings: object
) -> tuple[str, float]:
    """The kind and confidence sneaker_kind gives a record after the cues, with these textcat
    probabilities and sneaker_kind's other settings (sure_rejection=..., ...)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sneaker_cues")
    nlp.add_pipe("sneaker_kind", config={"rules_weight": rules_weight, **settings})
    doc = record_doc(nlp, record)
    doc.cats = doc_cats
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    found = doc._.facts
    return found["kind"], found["confidence"]


@pytest.mark.parametrize(
    ("record", "doc_cats", "rules_weight", "expected"),
    [
        pytest.param(REJECTION, cats("rejection", 0.9), 0.45, ("rejection", 0.9), id="agree"),
        pytest.param(
            REJECTION, cats("networking", 0.5), 0.45, ("rejection", 0.9), id="unsure-textcat"
        ),
        pytest.param(
            WORK_NOTE,
            cats("networking", 0.95),
            0.45,
            ("networking", 0.522),
            id="weak-other-from-a-work-address",
        ),
        pytest.param(
            FRIEND_NOTE,
            cats("networking", 0.95),
            0.45,
            ("other", 0.5),
            id="personal-note-without-job-words-stays-other",
        ),
        pytest.param(FRIEND_NOTE, cats("networking", 0.95), 1.0, ("other", 0.5), id="rules-only"),
        pytest.param(
            REJECTION,
            cats("application_confirmation", 0.99),
            0.45,
            ("rejection", 0.9),
            id="strong-rejection-cue-is-settled",
        ),
        pytest.param(
            ACKNOWLEDGEMENT,
            cats("status_update", 0.99),
            0.45,
            ("status_update", 0.544),
            id="acknowledgement-cue-can-be-overruled",
        ),
        pytest.param(
            INTERVIEW_REQUEST,
            cats("assessment", 0.99),
            0.45,
            ("assessment", 0.544),
            id="strong-interview-cue-can-be-overruled",
        ),
        pytest.param(
            ON_HOLD,
            cats("rejection", 0.99),
            0.45,
            ("status_update", 0.98),
            id="specific-status-cue-is-settled",
        ),
        pytest.param(
            REVIEWED_UNFORTUNATELY,
            cats("rejection", 0.99),
            0.45,
            ("rejection", 0.544),
            id="status-cue-with-a-rejection-hint-can-be-overruled",
        ),
        pytest.param(
            SHOP_OWNER_NOTE,
            cats("rejection", 0.95),
            0.45,
            ("rejection", 0.522),
            id="small-employer-at-a-personal-address-is-voted-on",
        ),
        pytest.param(FRIEND_NOTE, cats(None), 0.45, ("other", 0.5), id="no-cats"),
        pytest.param(
            {**FRIEND_NOTE, "is_from_me": True},
            cats("rejection", 0.99),
            0.45,
            ("other", 0.4),
            id="sent-mail-keeps-rules",
        ),
    ],
)
def test_vote(record, doc_cats, rules_weight, expected):
    assert classify(record, doc_cats, rules_weight) == expected


@pytest.mark.parametrize(
    ("networking", "sure_networking", "expected"),
    [
        pytest.param(0.95, 0.9, "networking", id="sure-textcat-overrules-other"),
        pytest.param(0.85, 0.9, "other", id="unsure-textcat-keeps-other"),
        pytest.param(0.95, 1.0, "other", id="never-overrules-at-one"),
    ],
)
def test_personal_note_without_job_words(networking, sure_networking, expected):
    """A friend's note the rules find no job word in stays "other" unless the textcat is sure
    it is networking (a coffee or an introduction in a language the rules do not list)."""
    kind, _ = classify(
        FRIEND_NOTE, cats("networking", networking), 0.3, sure_networking=sure_networking
    )
    assert kind == expected


@pytest.mark.parametrize(
    ("record", "rejection", "sure_rejection", "expected"),
    [
        pytest.param(ACKNOWLEDGEMENT, 0.7, 0.8, "application_confirmation", id="unsure-no-cue"),
        pytest.param(ACKNOWLEDGEMENT, 0.9, 0.8, "rejection", id="sure-no-cue"),
        pytest.param(ACKNOWLEDGEMENT, 0.7, 0.0, "rejection", id="gate-off"),
        # a cue the rules weigh down (hedged) still lets an unsure textcat decide
        pytest.param(
            {
                **ACKNOWLEDGEMENT,
                "body_text": ACKNOWLEDGEMENT["body_text"] + " If we decide not to "
                "move forward with your application, we will let you know.",
            },
            0.7,
            0.8,
            "rejection",
            id="hedged-cue",
        ),
    ],
)
def test_rejection_without_a_refusal_cue(record, rejection, sure_rejection, expected):
    """The textcat makes a rejection of mail with no refusal cue only when it is sure."""
    kind, _ = classify(record, cats("rejection", rejection), 0.35, sure_rejection=sure_rejection)
    assert kind == expected


# a friend's note the rules read as networking: "a role at my firm, shall I refer you?"
REFERRAL_NOTE = {
    **FRIEND_NOTE,
    "subject": "Re: catching up",
    "body_text": "There's an analyst role opening on my team. Happy to refer you if you send "
    "me your CV.",
}


@pytest.mark.parametrize(
    ("record", "other", "sure_other", "guarded", "expected"),
    [
        pytest.param(REFERRAL_NOTE, 0.9, 0.99, ["networking"], "networking", id="unsure-other"),
        pytest.param(REFERRAL_NOTE, 0.995, 0.99, ["networking"], "other", id="sure-other"),
        pytest.param(REFERRAL_NOTE, 0.9, 0.0, ["networking"], "other", id="gate-off"),
        pytest.param(REFERRAL_NOTE, 0.9, 0.99, [], "other", id="kind-not-guarded"),
    ],
)
def test_other_over_a_guarded_kind(record, other, sure_other, guarded, expected):
    """The textcat makes "other" of mail the rules read as a guarded kind only when sure."""
    kind, _ = classify(
        record, cats("other", other), 0.35, sure_other=sure_other, other_guarded=guarded
    )
    assert kind == expected


# a club's or a parish's notice: days and times, no application and no word of work
NOTICE = {
    "from_name": "Riverside Choir",
    "from_addr": "office@riversidechoir.example.org",
    "subject": "This week at Riverside",
    "body_text": "Rehearsal moves to Thursday at 7. Tea and cake after the concert.",
}


@pytest.mark.parametrize(
    ("record", "confirmation", "sure_confirmation", "expected"),
    [
        pytest.param(NOTICE, 0.62, 0.9, "other", id="unsure-no-cue-no-work"),
        pytest.param(NOTICE, 0.95, 0.9, "application_confirmation", id="sure-no-cue"),
        pytest.param(NOTICE, 0.62, 0.0, "application_confirmation", id="gate-off"),
        # a word of work lets an unsure textcat decide (an acknowledgement in wording or a
        # language the cues do not list still speaks of the job)
        pytest.param(
            {**NOTICE, "body_text": NOTICE["body_text"] + " The caretaker job is still open."},
            0.62,
            0.9,
            "application_confirmation",
            id="work-word",
        ),
    ],
)
def test_acknowledgement_without_an_application_cue(
    record, confirmation, sure_confirmation, expected
):
    """The textcat makes an acknowledgement of mail with no application cue and no word of
    work only when it is sure."""
    kind, _ = classify(
        record,
        cats("application_confirmation", confirmation),
        0.35,
        sure_confirmation=sure_confirmation,
    )
    assert kind == expected


# an acknowledgement in Hungarian and in Lithuanian: strong cues in letters beyond English's
HUNGARIAN_ACKNOWLEDGEMENT = {
    **ACKNOWLEDGEMENT,
    "subject": "Jelentkezését megkaptuk",
    "body_text": "Kedves Anna, jelentkezését megkaptuk, hamarosan jelentkezünk.",
}
LITHUANIAN_ACKNOWLEDGEMENT = {
    **ACKNOWLEDGEMENT,
    "subject": "Paraiška gauta",
    "body_text": "Sveiki, gavome Jūsų paraišką. Susisieksime artimiausiu metu.",
}


@pytest.mark.parametrize(
    ("record", "guard", "expected"),
    [
        pytest.param(HUNGARIAN_ACKNOWLEDGEMENT, True, "application_confirmation", id="hu"),
        pytest.param(LITHUANIAN_ACKNOWLEDGEMENT, True, "application_confirmation", id="lt"),
        pytest.param(HUNGARIAN_ACKNOWLEDGEMENT, False, "other", id="guard-off"),
        # the textcat knows English: its "other" still overrules an English cue
        pytest.param(ACKNOWLEDGEMENT, True, "other", id="english-cue"),
    ],
)
def test_other_over_a_strong_cue_in_letters_beyond_english(record, guard, expected):
    """A strong cue written in letters beyond English's keeps the textcat's near-certain
    "other" (all it says of words it never saw) from overruling the rules."""
    kind, _ = classify(record, cats("other", 0.999), 0.35, foreign_cue_guard=guard)
    assert kind == expected


def test_a_strong_foreign_cue_still_lets_the_textcat_choose_another_job_kind():
    """The guard keeps "other" out, not the textcat: it may still read the acknowledgement as
    an invitation when sure of that."""
    kind, _ = classify(
        HUNGARIAN_ACKNOWLEDGEMENT, cats("interview_invitation", 0.999), 0.35, foreign_cue_guard=True
    )
    assert kind == "interview_invitation"


def test_shipped_textcat_is_loaded_and_votes():
    nlp = load_nlp()
    assert nlp.pipe_names.index("textcat") < nlp.pipe_names.index("sneaker_kind")
    assert nlp.get_pipe("sneaker_kind").rules_weight == 0.35
    doc = nlp(record_doc(nlp, REJECTION))
    assert sorted(doc.cats) == sorted(KINDS)
    assert max(doc.cats, key=doc.cats.get) == "rejection"
    assert doc._.facts["kind"] == "rejection"


def test_rules_alone_keep_the_dev_set_floor(tmp_path):
    """The textcat learned the dev set, so the combined dev figures prove little; the rules
    must still hold the floor on their own."""
    rules_only = CONFIG_PATH.read_text(encoding="utf-8").replace(
        '"sneaker_cues","textcat",', '"sneaker_cues",'
    )
    config = tmp_path / "rules_only.cfg"
    config.write_text(rules_only, encoding="utf-8")
    nlp = load_nlp(config)
    assert "textcat" not in nlp.pipe_names
    labeled: dict[str, dict] = {}
    with DEVSET.open(encoding="utf-8") as source:
        records = list(read_records(source, Console(file=io.StringIO()), keep=labeled))
    pairs = [
        (labeled[row["message_key"]]["label_kind"], row["kind"])
        for row in extract_messages(nlp, records)
    ]
    figures = score(pairs)
    assert len(pairs) >= 400
    assert figures["kind_accuracy"] >= 0.97
    assert figures["per_kind"]["rejection"]["f1"] >= 0.97


DIGEST = {
    "from_name": "Jobs Board",
    "from_addr": "alerts@jobboard-mailer.com",
    "subject": '5 nuove offerte per "buyer moda"',
    "body_text": "Buyer Womenswear - Milano. Merchandiser - Milano. Cancella iscrizione.",
}
NEWSLETTER = {**DIGEST, "subject": "Welcome to Harbour Energy - your account is set up"}
ADVERT_POSTINGS = {
    "from_name": "잡보드",
    "from_addr": "news@jobboard-mailer.co.kr",
    "subject": "(광고) 이번 주 인기 공고 - 데이터 직무",
    "body_text": "데이터 분석가 공고 8건을 확인하세요. 수신거부",
}


@pytest.mark.parametrize(
    ("record", "doc_cats", "expected"),
    [
        pytest.param(
            DIGEST, cats("other", 0.99), "job_alert", id="postings-digest-subject-is-settled"
        ),
        pytest.param(
            NEWSLETTER, cats("other", 0.99), "other", id="other-alert-cue-in-subject-is-voted-on"
        ),
        pytest.param(
            ADVERT_POSTINGS,
            cats("application_confirmation", 0.99),
            "job_alert",
            id="korean-advert-is-never-a-confirmation",
        ),
        pytest.param(
            ADVERT_POSTINGS, cats("other", 0.99), "other", id="korean-advert-may-be-voted-other"
        ),
    ],
)
def test_digests_and_adverts(record, doc_cats, expected):
    assert classify(record, doc_cats, 0.3)[0] == expected
