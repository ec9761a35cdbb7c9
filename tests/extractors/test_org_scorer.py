"""extractors.org_scorer: the learned choice among the employer candidates of sneaker_org."""

from __future__ import annotations

import pytest
import spacy

from extractors.docmeta import facts
from extractors.org_scorer import (
    _HIRING,
    _LEGAL,
    FEATURES,
    MailContext,
    Mention,
    OrgPool,
    OrgScorer,
    candidate_features,
    candidates,
    meeting_boilerplate,
    name_key,
    outscoring,
    within_titles,
)
from extractors.org_spans import Span
from extractors.orgs import OrgFinder, named_by
from extractors.pipeline import record_doc
from extractors.senders import squash


def _pool(**fields) -> OrgPool:
    pool = OrgPool(**{k: v for k, v in fields.items() if k != "mentions"})
    for key, name, weight, start in fields.get("mentions", ()):
        pool.add(key, name, weight, start, start + len(name), subject_end=20, size=1000)
    return pool


def _weights(**by_feature: float) -> list[float]:
    """Weights that are zero but for the named features."""
    unknown = set(by_feature) - set(FEATURES)
    assert not unknown, unknown
    return [by_feature.get(name, 0.0) for name in FEATURES]


@pytest.mark.parametrize(
    ("starts", "expected"),
    [
        ((5,), Mention("Acme", 3.0, 1, True, False, False, False, 0.005)),
        ((100, 950), Mention("Acme", 3.0, 2, False, True, True, False, 0.1)),
        ((-1,), Mention("Acme", 3.0, 1, False, False, False, True, 1.0)),
    ],
    ids=["subject", "body-and-signature-tail", "quoted-only"],
)
def test_pool_records_where_a_name_was_written(starts, expected):
    pool = OrgPool()
    for start in starts:
        pool.add("acme", "Acme", 3.0, start, start + 4, subject_end=20, size=1000)
    assert pool.mentions["acme"] == expected


def test_a_span_marks_a_found_name_without_counting_a_mention():
    pool = _pool(mentions=[("acme", "Acme", 3.0, 50)])
    pool.add_span("acme", "ACME", Span("ACME", 5, True, False), subject_end=20, size=1000)
    assert pool.mentions["acme"] == Mention(
        "Acme", 3.0, 1, False, True, False, False, 0.05, 1, True
    )


def test_a_span_alone_is_a_candidate_where_it_was_written():
    pool = OrgPool()
    pool.add_span("acme", "ACME", Span("ACME", 5, False, True), subject_end=20, size=1000)
    assert pool.mentions["acme"] == Mention(
        "ACME", 0.0, 0, True, False, False, False, 0.005, 1, False, True
    )


def test_pool_keeps_the_strongest_weight():
    pool = _pool(mentions=[("acme", "Acme", 2.0, 50), ("acme", "Acme", 4.0, 60)])
    assert (pool.mentions["acme"].weight, pool.mentions["acme"].count) == (4.0, 2)


def test_candidates_are_the_scored_names_the_display_name_agency_and_pick_once_each():
    pool = _pool(
        mentions=[("acme", "Acme", 3.0, 50), ("acmerobotics", "Acme Robotics", 2.0, 60)],
        display_org="ACME",
        agency="Hartley Rose",
    )
    scores = {"acme": [3.0, "Acme", 50, 54], "acmerobotics": [2.0, "Acme Robotics", 60, 73]}
    assert candidates(pool, scores, "Initech") == [
        "Acme",
        "Acme Robotics",
        "Initech",
        "Hartley Rose",
    ]


def test_a_span_spelled_as_the_rules_pick_is_the_pick():
    pool = OrgPool()
    pool.add_span("acme", "ACME", Span("ACME", 5, False, True), subject_end=20, size=1000)
    assert candidates(pool, {}, "Acme") == ["Acme"]


def test_span_features():
    pool = OrgPool(root="tum", lowercase=frozenset({"update"}))
    pool.add("tum", "Tum", 3.0, 50, 53, subject_end=20, size=1000)
    for name, start in [("Technical University of Munich", 5), ("Update", 0)]:
        pool.add_span(squash(name), name, Span(name, start, True, False), 20, 1000)
    names = candidates(pool, {"tum": [3.0, "Tum", 50, 53]}, "Tum")
    rows = candidate_features(pool, {"tum": [3.0, "Tum", 50, 53]}, names, "Tum", "rejection")
    named = {n: dict(zip(FEATURES, r, strict=True)) for n, r in zip(names, rows, strict=True)}
    spelled, common, pick = (
        named["Technical University of Munich"],
        named["Update"],
        named["Tum"],
    )
    assert (
        spelled["span_only"],
        spelled["led"],
        spelled["spells_pick"],
        spelled["spells_root"],
    ) == (
        1.0,
        1.0,
        1.0,
        1.0,
    )
    assert (spelled["span*led"], common["common_words"], common["spells_pick"]) == (1.0, 1.0, 0.0)
    assert (pick["span_only"], pick["span*rules_pick"], pick["rules_pick"]) == (0.0, 0.0, 1.0)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Subject\nThanks for applying to Acme for the analyst role.\n", "Acme", (1.0, 0.0)),
        ("Subject\nLunch next week with Acme folks?\n", "Acme", (0.0, 0.0)),
        (
            "Subject\nSee you Tuesday.\n\u00a9 2026 Acme Ltd. All rights reserved.",
            "Acme",
            (0.0, 1.0),
        ),
        ("Subject\nAcme news.\nUnsubscribe from Acme mail.", "Acme", (0.0, 0.0)),
    ],
    ids=[
        "near-a-hiring-word",
        "no-hiring-word-near",
        "only-on-a-legal-line",
        "also-outside-the-legal-line",
    ],
)
def test_context_features(text, name, expected):
    pool = OrgPool(text=text)
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    for start in at:
        pool.add(name_key(name), name, 3.0, start, start + len(name), subject_end=7, size=len(text))
    row = dict(zip(FEATURES, candidate_features(pool, {}, [name], name, "other")[0], strict=True))
    assert (row["near_hiring"], row["legal_only"]) == expected


def _window_search(text: str, start: int, end: int) -> tuple[bool, bool]:
    """The context as searched in the mention's own window (the answer MailContext keeps)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        bool(_HIRING.search(text, max(0, start - 80), min(len(text), end + 40))),
        bool(_LEGAL.search(text, line_start, line_end if line_end >= 0 else len(text))),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme " + "x" * 74 + " role",
        "role " + "x" * 76 + " Acme",
        "role " + "x" * 75 + " Acme",
        "Acme" + "x" * 33 + " interview",
        "Acme" + "x" * 40 + " job",
        "We reapplied at Acme",
        "Acme\n\u00a9 2026 Acme Ltd\nAcme careers",
        "(c) 2026 Acme\nAcme, registered in England",
        "Acme | Privacy",
        "ACME OPPORTUNITIES\nAcme TERMS OF USE\n",
        "Caf\u00e9 Acme \u2013 Role",
        "\u0130stanbul Acme posit\u0131on",
        "Acme\nUnsub\u017fcribe here",
        "_role Acme 9job",
    ],
    ids=[
        "word-just-inside-after",
        "word-81-before",
        "word-80-before",
        "word-cut-by-the-window",
        "word-past-the-window",
        "no-word-boundary",
        "legal-line-between-plain-ones",
        "legal-lines-at-start",
        "legal-phrase-without-newline",
        "upper-case",
        "other-letters-than-ascii",
        "dotted-capital-i-and-dotless-i",
        "long-s",
        "underscore-and-digit-before-a-word",
    ],
)
def test_mail_context_answers_as_a_search_of_each_window(text):
    context = MailContext(text)
    for start in range(len(text)):
        for end in (start + 1, start + 4, start + 30):
            assert (context.near_hiring(start, end), context.on_legal_line(start, end)) == (
                _window_search(text, start, end)
            ), (start, end)


def test_a_mention_reaches_to_its_end_in_the_text_not_its_names():
    # the rules found "Acme Staffing Services Group" and pooled it as the display name "Acme"
    text = "Acme Staffing Services Group" + " " * 30 + "role"
    pool = OrgPool(text=text)
    pool.add("acme", "Acme", 3.0, 0, 28, subject_end=0, size=len(text))
    assert pool.mentions["acme"].near_hiring


def test_feature_rows_match_the_feature_names():
    pool = _pool(mentions=[("acme", "Acme", 3.0, 50)], display_org="Acme Labs", relay=True)
    rows = candidate_features(
        pool, {"acme": [5.0, "Acme", 50, 54]}, ["Acme", "Acme Labs"], "Acme", "rejection"
    )
    assert [len(r) for r in rows] == [len(FEATURES)] * 2
    named = [dict(zip(FEATURES, r, strict=True)) for r in rows]
    assert (named[0]["rules_pick"], named[1]["rules_pick"]) == (1.0, 0.0)
    assert (named[0]["relay*rules_pick"], named[1]["is_display"], named[1]["extends_pick"]) == (
        1.0,
        1.0,
        1.0,
    )


POOL_ARGS = {
    "mentions": [("acme", "Acme", 3.0, 50), ("acmerobotics", "Acme Robotics", 2.0, 60)],
    "display_org": "Acme Robotics",
    "relay": True,
    "agency": None,
    "branch": "best",
}
SCORES = {"acme": [3.0, "Acme", 50, 54], "acmerobotics": [4.0, "Acme Robotics", 60, 73]}


@pytest.mark.parametrize(
    ("weights", "margin", "kind", "expected"),
    [
        (_weights(is_display=1.0), 0.0, "rejection", "Acme Robotics"),
        (_weights(is_display=1.0), 1.5, "rejection", "Acme"),
        (_weights(is_display=1.0, **{"rules_pick*best": 2.0}), 0.0, "rejection", "Acme"),
        (_weights(**{"relay*is_display": 1.0}), 0.0, "rejection", "Acme Robotics"),
        (_weights(**{"agency*is_display": 1.0}), 0.0, "rejection", "Acme"),
        (_weights(**{"rules_pick*networking": -1.0}), 0.0, "networking", "Acme Robotics"),
        (_weights(**{"rules_pick*networking": -1.0}), 0.0, "rejection", "Acme"),
        (_weights(), 0.0, "rejection", "Acme"),
    ],
    ids=[
        "display-name-wins",
        "within-the-margin-the-rules-keep-it",
        "the-rules-branch-weighs-for-their-pick",
        "relay-crossed-weight-applies-to-relay-mail",
        "agency-crossed-weight-needs-an-agency",
        "kind-crossed-weight-applies-to-its-kind",
        "kind-crossed-weight-not-to-another-kind",
        "a-tie-keeps-the-rules-pick",
    ],
)
def test_scorer_choice(weights, margin, kind, expected):
    assert OrgScorer(weights, margin).choose(_pool(**POOL_ARGS), SCORES, "Acme", kind) == expected


@pytest.mark.parametrize(
    ("values", "own", "margin", "expected"),
    [
        ([1.0, 2.0], 0, 0.5, 1),
        ([1.0, 1.2], 0, 0.5, 0),
        ([1.0, 1.5], 0, 0.5, 1),
        ([2.0, 2.0], 1, 0.0, 1),
        ([2.0, 2.0], None, 0.0, 0),
        ([0.0, 3.0, 1.0], None, 9.0, 1),
    ],
    ids=[
        "outscored-by-more-than-the-margin",
        "within-the-margin-the-rules-keep-it",
        "exactly-the-margin-replaces-it",
        "a-tie-keeps-the-rules-pick",
        "a-tie-without-a-pick-takes-the-first",
        "no-pick-among-them-no-margin",
    ],
)
def test_outscoring(values, own, margin, expected):
    assert outscoring(values, own, margin) == expected


@pytest.mark.parametrize(
    ("pick", "pool_args", "expected"),
    [
        (None, POOL_ARGS, None),
        ("Acme", {"mentions": [("acme", "Acme", 3.0, 50)]}, "Acme"),
        ("X", POOL_ARGS, "X"),
    ],
    ids=[
        "no-employer-stays-none",
        "one-candidate-is-the-rules-pick",
        "a-pick-of-one-letter-is-kept",
    ],
)
def test_scorer_leaves_mail_without_a_choice(pick, pool_args, expected):
    scorer = OrgScorer(_weights(is_display=5.0, no_mention=5.0))
    assert scorer.choose(_pool(**pool_args), SCORES, pick, "rejection") == expected


# (key, name, weight, start) of a mail whose employer the rules do not name
ACME = ("acme", "Acme", 2.0, 50)
KESTREL = ("kestrel", "Kestrel", 1.0, 80)
MEETING_ID = ("meetingid", "Meeting ID", 3.0, 300)
GREETING = ("holadaniela", "Hola Daniela", 3.0, 25)


@pytest.mark.parametrize(
    ("weights", "kind", "mentions", "expected"),
    [
        (_weights(score=1.0), "rejection", [ACME, KESTREL], "Acme"),
        (_weights(score=-1.0), "rejection", [ACME, KESTREL], "Kestrel"),
        (_weights(score=1.0), "interview_invitation", [ACME, MEETING_ID], "Acme"),
        (_weights(score=1.0), "rejection", [MEETING_ID], None),
        (_weights(score=1.0), "status_update", [GREETING, KESTREL], "Kestrel"),
        (_weights(score=1.0), "recruiter_outreach", [ACME, KESTREL], "Acme"),
        (_weights(score=1.0), "job_alert", [ACME, KESTREL], None),
        (_weights(score=1.0), "networking", [ACME, KESTREL], None),
    ],
    ids=[
        "application-mail-takes-the-best",
        "the-scorer-weighs-the-candidates",
        "meeting-boilerplate-is-no-candidate",
        "boilerplate-alone-leaves-it-unnamed",
        "a-greeting-is-no-candidate",
        "a-recruiter-approach-takes-the-best",
        "an-alert-stays-unnamed",
        "networking-stays-unnamed",
    ],
)
def test_scorer_choice_where_the_rules_name_none(weights, kind, mentions, expected):
    scores = {k: [w, n, at, at + len(n)] for k, n, w, at in mentions}
    pool = _pool(mentions=mentions)
    assert OrgScorer(weights).choose_unnamed(pool, scores, kind) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Meeting ID", True),
        ("Join Zoom Meeting", True),
        ("Microsoft Teams", True),
        ("Google Meet", True),
        ("Microsoft", False),
        ("Zoom Video Communications", False),
        ("The Meet Group", False),
        ("Topic", True),
        ("Tuesday Jun", True),
        ("AM Eastern Time", True),
        ("Pacific", False),
        ("Sun Valley Electric", False),
    ],
    ids=[
        "meeting-id",
        "join-zoom",
        "teams",
        "google-meet",
        "a-company",
        "zoom-inc",
        "meet-group",
        "a-zoom-topic-line",
        "a-date",
        "a-time-and-zone",
        "a-region-alone",
        "a-weekday-leading-a-name",
    ],
)
def test_meeting_boilerplate(name, expected):
    assert meeting_boilerplate(name) is expected


TITLED = "Your application: Data Scientist, Claims Automation\nClaims Automation at Alan"


@pytest.mark.parametrize(
    ("name", "text", "titles", "expected"),
    [
        ("Claims Automation", TITLED[:51], [(18, 51)], True),
        ("Claims Automation", TITLED, [(18, 51)], False),
        ("Data Scientist, Claims Automation", TITLED[:51], [(18, 51)], False),
        ("Claims Automation", TITLED[:51], [], False),
        ("Automation", "Role: Data Scientist, Claims Automations", [(6, 40)], False),
        ("Civil", "Project Manager (Civil)", [(0, 23)], True),
    ],
    ids=[
        "a-title-qualifier-only-in-the-title",
        "also-written-outside-the-title",
        "the-whole-title-is-not-a-part",
        "no-title-found",
        "not-written-as-a-word",
        "a-bracketed-qualifier",
    ],
)
def test_within_titles(name, text, titles, expected):
    assert within_titles(name, text, titles) is expected


# An application mail whose title's qualifier ("Claims Automation") stands in the subject
# beside the employer in the body: the subject-loving scorer would take the qualifier.
QUALIFIED_TITLE_MAIL = {
    "from_name": "Sam Lee",
    "from_addr": "sam.lee@gmail.com",
    "subject": "Your application: Data Scientist, Claims Automation",
    "body_text": "Hi Jo,\n\nThanks for applying for the Data Scientist, Claims Automation role. "
    "Pulsa Mobility will be in touch.\n\nSam",
}


def test_a_title_qualifier_is_no_unnamed_employer():
    doc = record_doc(spacy.blank("en"), QUALIFIED_TITLE_MAIL)
    facts(doc)["kind"] = "application_confirmation"
    finder = OrgFinder("sneaker_org", "agencies.txt", ["job_alert"])
    finder.scorer = OrgScorer(_weights(subject=5.0))
    doc = finder(doc)
    assert (facts(doc)["company"], named_by(doc)) == ("Pulsa Mobility", "scored")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme, Inc.", "acmeinc"),
        ("Société Générale", "societegenerale"),
        ("株式会社デンソー", "株式会社デンソー"),
        ("ＡＢ", "ab"),
        ("مصرف الراجحي", "مصرفالراجحي"),
        ("e&", "eand"),
    ],
    ids=["latin", "accents-dropped", "japanese", "full-width-latin", "arabic", "one-letter"],
)
def test_name_key(name, key):
    assert name_key(name) == key


def test_names_of_no_latin_letters_are_candidates_of_their_own():
    """Two Japanese names are two candidates (not one empty key), and the scorer weighs them."""
    pool = _pool(
        mentions=[("デンソー", "デンソー", 3.0, 50), ("アイシン", "アイシン", 2.0, 300)],
        display_org="アイシン",
    )
    scores = {"デンソー": [5.0, "デンソー", 50, 54], "アイシン": [4.0, "アイシン", 300, 304]}
    assert candidates(pool, scores, "デンソー") == ["デンソー", "アイシン"]
    scorer = OrgScorer(_weights(is_display=1.0))
    assert scorer.choose(pool, scores, "デンソー", "rejection") == "アイシン"


def test_folded_weights_score_as_the_full_feature_rows():
    """The run-time score (BASE with the crossed weights folded in, the span block added for
    a span-only name) is the training's dot product with candidate_features' rows."""
    weights = [((i * 7) % 11 - 5) / 3 for i in range(len(FEATURES))]
    scorer = OrgScorer(weights)
    for relay, agency, branch, kind in [
        (True, None, "best", "rejection"),
        (False, "Hartley Rose", "agency_client", "recruiter_outreach"),
        (False, None, "own_mail", "networking"),
    ]:
        pool = _pool(**{**POOL_ARGS, "relay": relay, "agency": agency, "branch": branch})
        pool.add_span("kestrel", "Kestrel", Span("Kestrel", 5, True, False), 20, 1000)
        names = candidates(pool, SCORES, "Acme")
        rows = candidate_features(pool, SCORES, names, "Acme", kind)
        full = [sum(w * v for w, v in zip(weights, row, strict=True)) for row in rows]
        assert scorer.values(pool, SCORES, names, "Acme", kind) == pytest.approx(full)


def test_missing_weights_say_how_to_rebuild_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="train_orgs"):
        OrgScorer.load(tmp_path / "org_scorer.json")


def test_weights_of_other_features_are_refused(tmp_path):
    path = tmp_path / "w.json"
    path.write_text('{"features": ["score"], "weights": [1.0], "margin": 0}', encoding="utf-8")
    with pytest.raises(ValueError, match="train_orgs"):
        OrgScorer.load(path)


# A relay's mail naming one firm in the subject and text and another under the sign-off: the
# rules take the first, a scorer that weighs a name's length the other.
MAIL = {
    "from_name": "Hiring Team",
    "from_addr": "no-reply@greenhouse.io",
    "subject": "Thank you for applying to Acme",
    "body_text": (
        "Hi Sam,\n\nThank you for your interest in Acme. We will review your application."
        "\n\nBest regards,\nBrightwater Logistics"
    ),
}


@pytest.mark.parametrize(
    ("weights", "expected"),
    [(None, "Acme"), (_weights(length=1.0), "Brightwater Logistics")],
    ids=["rules-take-the-subject-name", "scorer-weighing-length-takes-the-signature-name"],
)
def test_finder_takes_the_scorer_choice_and_its_evidence(weights, expected):
    nlp = spacy.blank("en")
    doc = record_doc(nlp, MAIL)
    finder = OrgFinder("sneaker_org", "agencies.txt", ["job_alert"])
    finder.scorer = OrgScorer(weights) if weights else None
    found = finder(doc)._.facts
    evidence = [e["text"] for e in found["evidence"] if e["label"] == "COMPANY"]
    assert (found["company"], evidence) == (expected, [expected])


def test_finder_gives_the_mentions_their_context_only_with_the_scorer_on():
    # ("applying to Acme": a hiring word before the subject's mention; the scorer off, the
    # finder reads no spans and no context)
    doc = record_doc(spacy.blank("en"), MAIL)
    finder = OrgFinder("sneaker_org", "agencies.txt", ["job_alert"])
    on, off = (finder.resolve(doc, spans=spans).pool.mentions["acme"] for spans in (True, False))
    assert (on.near_hiring, on.plain, off.near_hiring, off.plain) == (True, True, False, False)


# A board's mail in a wording no pattern reads: only a capitalized span names the employer.
SPAN_MAIL = {
    "from_name": "Jobboard",
    "from_addr": "no-reply@jobboard.example",
    "subject": "Votre candidature chez Pulsa Mobility",
    "body_text": "Bonjour,\n\nVotre candidature a bien été envoyée.\n\nJobboard",
}


@pytest.mark.parametrize(
    ("weights", "expected"),
    [(None, "Jobboard"), (_weights(led=5.0), "Pulsa Mobility")],
    ids=["rules-take-the-sender", "scorer-weighing-a-led-span-takes-it"],
)
def test_finder_offers_the_scorer_capitalized_spans(weights, expected):
    doc = record_doc(spacy.blank("en"), SPAN_MAIL)
    finder = OrgFinder("sneaker_org", "agencies.txt", ["job_alert"])
    finder.scorer = OrgScorer(weights) if weights else None
    assert finder(doc)._.facts["company"] == expected


# An agency's mail naming its client only in words no pattern reads: the rules fall back to
# the agency; the scorer chooses there too (and the agency stays the agency).
AGENCY_MAIL = {
    "from_name": "Claire Dubois",
    "from_addr": "claire.dubois@hays.com",
    "subject": "Un poste pour vous",
    "body_text": "Bonjour,\n\nJe recrute pour Pulsa Mobility.\n\nClaire Dubois\nHays",
}


@pytest.mark.parametrize(
    ("weights", "expected"),
    [(None, ("Hays", "Hays")), (_weights(led=5.0), ("Pulsa Mobility", "Hays"))],
    ids=["rules-fall-back-to-the-agency", "scorer-takes-the-client-the-agency-stays"],
)
def test_the_scorer_chooses_where_the_rules_fall_back_to_the_agency(weights, expected):
    doc = record_doc(spacy.blank("en"), AGENCY_MAIL)
    finder = OrgFinder("sneaker_org", "agencies.txt", ["job_alert"])
    finder.scorer = OrgScorer(weights) if weights else None
    found = finder(doc)._.facts
    assert (found["company"], found["agency"]) == expected


# A friend's note from a personal address naming the employer in words no pattern reads:
# the rules name none; of an application kind, the scorer's best candidate is taken.
UNNAMED_MAIL = {
    "from_name": "Sam Lee",
    "from_addr": "sam.lee@gmail.com",
    "subject": "Re: next steps",
    "body_text": "Hi Jo,\n\nPulsa Mobility went with another candidate, sorry.\n\nSam",
}


@pytest.mark.parametrize(
    ("scorer_on", "kind", "expected"),
    [
        (False, "rejection", (None, "none")),
        (True, "rejection", ("Pulsa Mobility", "scored")),
        (True, "networking", (None, "none")),
    ],
    ids=["rules-name-none", "scorer-takes-its-best-for-a-rejection", "networking-stays-unnamed"],
)
def test_finder_takes_the_scorer_guess_where_the_rules_name_none(scorer_on, kind, expected):
    doc = record_doc(spacy.blank("en"), UNNAMED_MAIL)
    facts(doc)["kind"] = kind
    finder = OrgFinder("sneaker_org", "agencies.txt", ["job_alert"])
    finder.scorer = OrgScorer(_weights()) if scorer_on else None
    doc = finder(doc)
    assert (facts(doc)["company"], named_by(doc)) == expected
