"""extractors.role_spans and extractors.train_role_spans: the learned title-span finder."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors import fingerprint
from extractors.docmeta import facts
from extractors.lexicon import normalize_role, role_folded
from extractors.pipeline import CONFIG_PATH, load_nlp, record_doc
from extractors.role_spans import (
    BITS,
    MAX_TOKENS,
    MAX_WORDS,
    SpanFinder,
    _id,
    none_ids,
    spans,
    token_ids,
)
from extractors.role_switch import RoleSwitch
from extractors.train_role_spans import (
    COMMAND,
    Mail,
    add_shares,
    choice_results,
    finder_fingerprint,
    fit_choice,
    fit_switch,
    held_out_scores,
    main,
    right_spans,
    span_nlp,
    switch_fingerprint,
    switch_rows,
)
from tests.extractors.role_cases import span_doc


def _texts(subject: str, body: str) -> list[str]:
    doc = span_doc(subject, body)
    found = spans(doc, "rejection")
    text = f"{subject}\n\n{body}"
    return [text[slice(*found.chars(k))] for k in range(len(found.starts))]


@pytest.mark.parametrize(
    ("subject", "body", "span"),
    [
        ("Application: Backend-udvikler", "Thanks.", "Backend-udvikler"),
        ("Re: hi", "Position: Registered Nurse, Stepdown\nBest", "Registered Nurse, Stepdown"),
        ("Merci", "Votre candidature au poste de Conseillère en paie.", "Conseillère en paie"),
        ("Stelle", "Operations Manager (m/w/d)\nMünchen", "Operations Manager (m/w/d)"),
        ("Stelle", "Ihre Bewerbung als Produktmanager:in Cloud.", "Produktmanager:in Cloud"),
        ("Poste", "Votre candidature au poste d'Ingénieur(e) de ventes.", "Ingénieur(e) de ventes"),
        ("Hi", "Position: Supply Manager – Beschaffung", "Supply Manager – Beschaffung"),
        (
            "Hi",
            "Thanks for applying for Director - Head of Sales DACH (m/w/d).",
            "Director - Head of Sales DACH (m/w/d)",
        ),
        ("Hi", "Position:Data Engineer", "Data Engineer"),
        ("Offerta", "Il ruolo dell'ingegnere di processo.", "ingegnere di processo"),
        ("Offerta", "Cerchiamo un'analista dati.", "analista dati"),
    ],
    ids=[
        "subject-after-colon",
        "label-line-with-comma",
        "french-sentence",
        "gender-mark-bracket",
        "colon-inside-a-word",
        "after-an-elided-article",
        "en-dash-between-parts",
        "eight-words-in-13-tokens",
        "after-a-glued-colon",
        "after-an-italian-elided-preposition",
        "after-an-italian-elided-article",
    ],
)
def test_the_title_is_a_candidate(subject: str, body: str, span: str) -> None:
    assert span in _texts(subject, body)


@pytest.mark.parametrize(
    ("subject", "body", "never"),
    [
        ("Application: Backend-udvikler", "Thanks.", "Application: Backend-udvikler"),
        ("Data Engineer", "Hello there", "Engineer\n\nHello"),
        ("Hi", "We met. Data Engineer role", "met. Data"),
        ("Hi", "Position | Data Engineer", "Position | Data"),
        ("Hi", "Senior Data Engineer.", "Senior Data Engineer."),
        ("Hi", "Data Engineer \u2014 Acme", "Data Engineer \u2014 Acme"),
        ("Poste", "Votre candidature au poste d'Ingénieur.", "d'Ingénieur"),
        ("Hi", "Position:Data Engineer", "Position:Data Engineer"),
        ("Hi", "Data Engineer\u2014Acme", "Engineer\u2014Acme"),
        ("Offerta", "Il ruolo dell'ingegnere.", "dell'ingegnere"),
        ("Offerta", "Cerchiamo un'analista.", "un'analista"),
    ],
    ids=[
        "across-a-colon",
        "across-lines",
        "across-a-sentence",
        "across-a-bar",
        "ending-on-a-dot",
        "across-an-em-dash",
        "with-the-elided-article",
        "across-a-colon-glued-before-a-capital",
        "across-a-glued-em-dash",
        "with-an-italian-elided-preposition",
        "with-an-italian-elided-article",
    ],
)
def test_spans_never_cross_a_line_or_a_stop(subject: str, body: str, never: str) -> None:
    assert never not in _texts(subject, body)


def test_spans_hold_at_most_max_words() -> None:
    words = " ".join(f"Word{i}" for i in range(12))
    texts = _texts("Hi", words)
    assert max(len(t.split()) for t in texts) == MAX_WORDS
    assert len(texts) == 1 + sum(min(MAX_WORDS, 12 - i) for i in range(12))  # and "Hi"


def test_spans_hold_at_most_max_tokens() -> None:
    """Words joined by marks count their marks as tokens: 9 words with 8 dashes (17 tokens)
    are too long a span, their first 8 words (15 tokens) are not."""
    parts = [f"Word{i}" for i in range(MAX_TOKENS // 2 + 1)]
    texts = _texts("Hi", " - ".join(parts))
    assert " - ".join(parts) not in texts
    assert " - ".join(parts[:-1]) in texts


def test_only_the_first_body_lines_are_read() -> None:
    body = "\n".join(f"Line{i} Engineer" for i in range(40))
    texts = _texts("Hi", body)
    assert "Line0 Engineer" in texts
    assert not any(t.startswith("Line30") for t in texts)


def test_a_title_word_shares_its_suffixes_across_compounds() -> None:
    # "Systemutvecklare" and "Mjukvaruutvecklare" end alike: the last word's suffix ids match
    one, other = token_ids("Systemutvecklare"), token_ids("Mjukvaruutvecklare")
    assert one[6] != other[6]  # the words differ
    assert one[7:11] == other[7:11]  # their last 3-5 letters' ids (and the shape) agree


def _finder(weights: dict[str, float], threshold: float = 0.5) -> SpanFinder:
    w = np.zeros(1 << BITS)
    for name, value in weights.items():
        w[_id(name)] += value
    return SpanFinder(w, threshold, ["rejection"])


@pytest.mark.parametrize(
    ("weights", "kind", "expected"),
    [
        ({"l=engineer": 6.0, "f=senior": 3.0, "none": 2.0}, "rejection", "Senior Data Engineer"),
        ({"l=engineer": 6.0, "f=senior": 3.0, "none": 12.0}, "rejection", None),
        ({"l=engineer": 6.0, "f=senior": 3.0, "none": 2.0}, "job_alert", None),
    ],
    ids=["best-span", "no-title-wins", "kind-without-titles"],
)
def test_finder_takes_the_best_span_over_no_title(
    weights: dict[str, float], kind: str, expected: str | None
) -> None:
    doc = span_doc("Update", "Thank you for applying to the Senior Data Engineer role with us.")
    found = _finder(weights).best(doc, kind)
    assert (found[0] if found else None) == expected


def _mail(subject: str, body: str, label: str | None) -> Mail:
    doc = span_doc(subject, body)
    found = spans(doc, "rejection")
    text = f"{subject}\n\n{body}"
    titles = [normalize_role(text[slice(*found.chars(k))]) for k in range(len(found.starts))]
    gold = normalize_role(label)
    right = np.array([bool(gold) and t == gold for t in titles])
    return Mail("x", found, right, gold, "", text, "rejection")


# Letters whose lower case is longer or depends on the next one, "&" and "sr" / "jr" that
# normalize_role rewrites, punctuation it blanks, and plain title letters.
_TITLE_TEXT = st.text(
    alphabet=st.sampled_from(list("SsRrJjEeNn &.-/()+#_\n\tİΣσßO'1")),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@example(text="Sr Engineer", cut=(0, 11))
@example(text="Jr. Engineer", cut=(0, 12))
@example(text="R&D", cut=(0, 3))
@example(text="İstanbul Lead", cut=(0, 13))
@example(text="OΣO", cut=(0, 2))
@given(text=_TITLE_TEXT, cut=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_a_folded_text_normalizes_any_slice_as_normalize_role(
    text: str, cut: tuple[int, int]
) -> None:
    """role_folded folds a whole text once for the ~700k spans of the training mail: where
    it does, any slice of it joined by words is normalize_role of that slice of the text."""
    folded = role_folded(text)
    a, b = sorted(cut)
    if folded is not None:
        assert " ".join(folded[a:b].split()) == normalize_role(text[a:b])


@pytest.mark.parametrize(
    ("subject", "label"),
    [
        ("Your application for Senior Data Engineer", "Senior Data Engineer"),
        ("Your application for Sr Data Engineer (Remote)", "Senior Data Engineer"),
        ("Update: R&D Engineer / Test Lead", "R and D Engineer"),
        ("İstanbul: Backend Developer - Team X", "Backend Developer"),
        ("ΣYMBOL Analyst at Delta", "Analyst"),
    ],
    ids=["plain", "abbreviation", "ampersand", "dotted-capital-i", "capital-sigma"],
)
def test_right_spans_are_the_spans_whose_title_is_the_label(subject: str, label: str) -> None:
    """right_spans marks the spans Mail.title normalizes to the label, whether or not the
    text folds character for character."""
    mail = _mail(subject, "We received it.", label)
    expected = [mail.title(k) == mail.label for k in range(len(mail.found.starts))]
    assert right_spans(mail).tolist() == expected
    assert any(expected)


def test_gradient_blocks_sum_as_one_bincount() -> None:
    """fit_choice adds its feature groups' shares block by block: the same sums, to the bit,
    as one np.bincount over every group's ids (so the weights do not depend on the blocks)."""
    rng = np.random.default_rng(0)
    groups = [(rng.integers(0, 64, (300, k)), rng.normal(size=300)) for k in (4, 2, 5)]
    grad = np.zeros(64)
    for ids, share in groups:
        add_shares(grad, ids, share, rows=128)
    whole = np.bincount(
        np.concatenate([ids.ravel() for ids, _ in groups]),
        np.concatenate([np.repeat(share, ids.shape[1]) for ids, share in groups]),
        64,
    )
    assert grad.tobytes() == whole.tobytes()


def test_fit_learns_where_titles_are_written() -> None:
    """A title after "tjänsten som" is learned from other titles written there; a mail
    without one learns "no title"."""
    mails = [
        _mail("Svar", f"Tack för din ansökan till tjänsten som {title} hos oss.", title)
        for title in ("Systemutvecklare", "Projektledare", "Ekonomiassistent", "Lärare")
    ] + [_mail("Hej", "Vi ses på mötet i morgon bitti.", None) for _ in range(4)]
    w = fit_choice(mails, l2=1e-4, steps=100, rate=0.1)
    new = [
        _mail("Svar", "Tack för din ansökan till tjänsten som Sjuksköterska hos oss.", "x"),
        _mail("Hej", "Vi ses på mötet i morgon bitti.", None),
    ]
    (p_title, title), (p_none, _) = choice_results(new, w)
    assert title == "sjuksköterska" and p_title > 0.5
    assert p_none < 0.5
    assert w[none_ids("rejection")].sum() != 0


def test_pipeline_finds_a_title_the_rules_miss() -> None:
    """The config's role finder asks the shipped span finder where its rules find nothing."""
    nlp = load_nlp()
    record = {
        "subject": "Tack för din ansökan",
        "body_text": "Hej!\n\nTack för din ansökan till tjänsten som Systemutvecklare Java. "
        "Vi återkommer så snart vi kan.",
        "from_addr": "jobb@example.se",
    }
    doc = nlp(record_doc(nlp, record))
    assert facts(doc)["role"] == "Systemutvecklare Java"
    off = span_nlp()
    assert facts(off(record_doc(off, record)))["role"] is None


@pytest.fixture(scope="module")
def training_mails(training_rows) -> list[Mail]:
    """The labeled mails the command trains on (the pipeline over every training set; the
    shared pass's, which test_training_pass compares with labeled_mails')."""
    return training_rows.span_mails


def _config() -> tuple[dict, dict]:
    config = spacy.util.load_config(CONFIG_PATH)
    return config["sneaker"]["role_span_training"], config["components"]["sneaker_role"]


def test_shipped_weights_were_trained_on_the_repos_data_and_code(
    training_mails: list[Mail],
) -> None:
    """Fails when the labeled sets, the kinds or the rules it reads, the settings or the
    fit changed since the shipped finder and switch were trained, or a weights file was
    edited: run `python -m extractors.train_role_spans` (make train) and commit
    extractors/role_spans.npz, role_switch.json and their .fingerprint.json files."""
    settings, block = _config()
    spans_file = CONFIG_PATH.parent / block["span_weights"]
    switch_file = CONFIG_PATH.parent / block["switch_weights"]
    assert spans_file.stat().st_size < 3_000_000
    finder = finder_fingerprint(training_mails, settings)
    assert fingerprint.mismatches(spans_file, finder, COMMAND) == []
    switch = switch_fingerprint(training_mails, settings)
    assert fingerprint.mismatches(switch_file, switch, COMMAND) == []


def test_fits_on_training_mail_give_the_same_weights_twice(training_mails: list[Mail]) -> None:
    """What lets a fingerprint stand for a retrain: the finder's fit, its held-out folds and
    the switch's fit with the config's settings, twice on the mail of three writers (one per
    switch fold: determinism needs no more, and each extra writer costs CI a fit per fold)."""
    settings, _ = _config()
    writers = sorted({m.writer for m in training_mails} - {"dev"})[:3]
    mails = [m for m in training_mails if m.writer in writers]
    runs = []
    for _ in range(2):
        w = fit_choice(
            mails, float(settings["l2"]), int(settings["steps"]), float(settings["rate"])
        )
        rows = switch_rows(mails, held_out_scores(mails, settings, int(settings["switch_folds"])))
        runs.append((w, fit_switch(rows, float(settings["switch_l2"]))))
    assert np.array_equal(runs[0][0], runs[1][0])
    assert np.array_equal(runs[0][1], runs[1][1])


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda m: m.right.__setitem__(0, not m.right[0]), id="which-span-is-right"),
        pytest.param(lambda m: setattr(m, "kind", "offer"), id="the-kind"),
        pytest.param(lambda m: m.found.span.__setitem__((0, 0), 1), id="a-span-feature-id"),
    ],
)
def test_a_changed_training_mail_changes_the_fingerprints(change) -> None:
    doc = span_doc("Your application: Data Engineer", "Thanks for applying.")
    settings = {"l2": 0.1, "steps": 2, "rate": 0.1, "switch_folds": 2, "switch_l2": 0.1}

    def mail() -> Mail:
        found = spans(doc, "rejection")
        return Mail(
            "x", found, np.zeros(len(found.starts), dtype=bool), "", "", doc.text, "rejection"
        )

    mails = [mail(), mail()]
    before = finder_fingerprint(mails, settings), switch_fingerprint(mails, settings)
    change(mails[1])
    after = finder_fingerprint(mails, settings), switch_fingerprint(mails, settings)
    assert after[0] != before[0]
    assert after[1] != before[1]


def test_the_switch_fingerprint_reads_what_only_the_switch_reads() -> None:
    doc = span_doc("Your application: Data Engineer", "Thanks for applying.")
    settings = {"l2": 0.1, "steps": 2, "rate": 0.1, "switch_folds": 2, "switch_l2": 0.1}
    found = spans(doc, "rejection")
    mails = [
        Mail("x", found, np.zeros(len(found.starts), dtype=bool), "", "", doc.text, "rejection")
    ]
    before = finder_fingerprint(mails, settings), switch_fingerprint(mails, settings)
    mails[0].rules = "data engineer"
    assert finder_fingerprint(mails, settings) == before[0]
    assert switch_fingerprint(mails, settings) != before[1]
    assert switch_fingerprint(mails, {**settings, "switch_l2": 1.0}) != switch_fingerprint(
        mails, settings
    )


@pytest.mark.weights
@pytest.mark.timeout(1800)
def test_shipped_weights_are_what_the_command_writes(tmp_path, training_mails: list[Mail]) -> None:
    """Opt-in (make check-weights): retrains the finder and the switch as the command does
    and compares what the fresh and the shipped ones decide (the shipped finder is float32):
    the same title or none on all but a handful of training mails, the same switch decision
    on all but a handful it is asked about; the fingerprints the command writes beside its
    weights are the shipped ones'."""
    settings, block = _config()
    out, switch_out = tmp_path / "role_spans.npz", tmp_path / "role_switch.json"
    main(["--out", str(out), "--switch-out", str(switch_out)])
    for fresh_file, name in ((out, "span_weights"), (switch_out, "switch_weights")):
        shipped_file = CONFIG_PATH.parent / block[name]
        written = fingerprint.record(fresh_file)["inputs"]
        assert written == fingerprint.record(shipped_file)["inputs"], name
    mails = training_mails
    threshold = float(block["span_threshold"])
    decided = []
    for path in (out, CONFIG_PATH.parent / block["span_weights"]):
        with np.load(path) as data:
            w = data["weights"].astype(np.float64)
        decided.append([title if p >= threshold else None for p, title in choice_results(mails, w)])
    differ = sum(a != b for a, b in zip(*decided, strict=True))
    assert differ <= 3, differ
    held = held_out_scores(mails, settings, int(settings["switch_folds"]))
    rows = switch_rows(mails, held)
    fresh = RoleSwitch.load(switch_out, float(block["switch_threshold"]))
    shipped = RoleSwitch.load(CONFIG_PATH.parent / block["switch_weights"], fresh.threshold)
    assert len(rows) > 500
    differ = sum(fresh.takes(r.row) != shipped.takes(r.row) for r in rows)
    assert differ <= 3, differ
