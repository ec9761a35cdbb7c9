import pytest

from extractors.text import (
    clean_body,
    clean_line,
    clean_parts,
    html_to_text,
    strip_invisible,
    strip_quoted,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hi\u034f\u200c\u200b there", "Hi there"),
        ("soft\u00adhyphen", "softhyphen"),
        ("we\u2019ve got it", "we've got it"),
        ("a\u00a0b", "a b"),
    ],
    ids=["grapheme-joiner-and-zero-width", "soft-hyphen", "curly-apostrophe", "nbsp"],
)
def test_strip_invisible(raw, expected):
    assert strip_invisible(raw) == expected


def test_html_to_text_keeps_paragraphs_and_drops_style():
    html = "<html><head><style>p{x:y}</style></head><body><p>Hello &amp; welcome</p><p>Bye</p>"
    assert html_to_text(html).split() == ["Hello", "&", "welcome", "Bye"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sounds good.\n\nOn Mon, Mar 9, 2026 at 8:14 AM Jane <j@x.com> wrote:\n> old",
            "Sounds good.",
        ),
        ("Sure.\n\nOn Mon, Mar 9, 2026 at 8:14 AM Jane Doe\n<j@x.com> wrote:\n> old", "Sure."),
        ("Thanks!\n\nFrom: Jane Doe\nSent: Monday\nTo: Sam\nSubject: x\nold text", "Thanks!"),
        ("Ok\n-----Original Message-----\nold", "Ok"),
        ("New line\n> quoted line\nNew again", "New line\nNew again"),
    ],
    ids=[
        "gmail-wrote",
        "gmail-wrote-wrapped",
        "outlook-header-block",
        "original-message",
        "angle-quoted-lines",
    ],
)
def test_strip_quoted(body, expected):
    assert strip_quoted(body).strip() == expected


def test_clean_body_squeezes_and_caps_length():
    body = "Hello\n\n\n\n  there  \n" + "x" * 5000
    cleaned = clean_body(body, max_chars=100)
    assert cleaned.startswith("Hello\n\nthere\n")
    assert len(cleaned) == 100


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, ""), ("  Re:\n  Hello ", "Re: Hello")],
    ids=["none", "folded-header"],
)
def test_clean_line(raw, expected):
    assert clean_line(raw) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Thanks!\n\nOn Tue, May 4 Kim <k@x.org> wrote:\n> Hi\n>> older\n",
            ("Thanks!", "Hi\nolder"),
        ),
        ("Sure.\n> Quoted line\nMore new text", ("Sure.\nMore new text", "Quoted line")),
        ("No quote here.", ("No quote here.", "")),
    ],
    ids=["wrote-header", "angle-lines-only", "no-quote"],
)
def test_clean_parts_keeps_the_quote_apart(body, expected):
    assert clean_parts(body, max_chars=200, quoted_chars=200) == expected


def test_clean_body_joins_the_space_runs_html_leaves():
    body = "<p>Thank you for applying for the <b> Lead Data Engineer </b> position.</p>"
    assert clean_body(body) == "Thank you for applying for the Lead Data Engineer position."


def test_a_forward_keeps_the_forwarded_message_without_its_headers():
    body = (
        "FYI, forwarding so you have it.\n\n---------- Forwarded message ---------\n"
        "From: Acme Careers <careers@acme.com>\nDate: Mon, 2 Mar 2026\n\nSubject: Update\n"
        "To: sam@gmail.com\n\nWe have decided to move forward with other candidates."
    )
    assert clean_parts(body, quoted_chars=1200) == (
        "FYI, forwarding so you have it.\n\nWe have decided to move forward with other candidates.",
        "",
    )


def test_a_reply_above_a_forward_is_still_a_reply():
    body = (
        "Thanks!\n\nOn Mon, Mar 2, 2026 at 9:00 AM Sam <sam@gmail.com> wrote:\n"
        "> ---------- Forwarded message ---------\n> We regret to inform you."
    )
    assert clean_parts(body)[0] == "Thanks!"


@pytest.mark.parametrize(
    ("body", "new"),
    [
        ("Danke!\n\n-----Ursprüngliche Nachricht-----\nVon: A\nGesendet: Mo\nalt", "Danke!"),
        ("Parfait.\n\nDe : Maya <m@x.ca>\nEnvoyé : 11 septembre\nÀ : S\n\nancien", "Parfait."),
        ("Gracias\n\nEl lun, 3 mar 2025 a las 10:00, Ana <a@b.com> escribió:\n> hola", "Gracias"),
        ("Ok\n\nEm seg., 3 de mar. de 2025, Lucas escreveu:\n> Olá", "Ok"),
        ("Prima\n\nOp 12 jan. 2026 om 10:00 schreef Jan <j@x.nl>:\n> hoi", "Prima"),
        ("Va bene\n\nIl giorno 12 mar 2025, alle ore 10:41, Marco ha scritto:\n> ciao", "Va bene"),
        ("Hi\n\nVon: X <x@y.de>\nGesendet: Montag\nAn: Y\nBetreff: alt\n\nalt", "Hi"),
    ],
    ids=["de-original", "fr-outlook", "es-gmail", "pt-gmail", "nl-gmail", "it-gmail", "de-outlook"],
)
def test_reply_headers_of_other_languages_cut_the_quote(body, new):
    assert clean_body(body) == new


def test_a_german_forward_is_read_without_its_headers():
    body = (
        "Schau mal\n\n---------- Weitergeleitete Nachricht ---------\nVon: X <x@y.de>\n"
        "Datum: Mo\nBetreff: Stelle\nAn: Y\n\nWir suchen eine Teamleitung."
    )
    assert clean_body(body) == "Schau mal\n\nWir suchen eine Teamleitung."


# The substring tests in front of the quote, forward and ">"-line regexes must skip only mail
# the regexes would not have matched.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("BEGIN FORWARDED MESSAGE:\nFrom: Ana <a@x.com>\n\nWe regret.", ("We regret.", "")),
        (
            "Begin Forwarded Message:\nSubject: Hi\n\nThanks for applying.",
            ("Thanks for applying.", ""),
        ),
        ("Sure.\n\n__________\nWe would like to invite you.", ("Sure.", "")),
        ("Sure.\n-- Original Message --\nInterview?", ("Sure.", "")),
        ("Thanks\n> quoted line\nBest", ("Thanks\nBest", "")),
        (
            "Plain note with no header marks at all\nBest",
            ("Plain note with no header marks at all\nBest", ""),
        ),
    ],
    ids=[
        "forward-upper-case",
        "forward-title-case",
        "underscore-separator",
        "two-dash-original",
        "angle-line",
        "no-marks",
    ],
)
def test_reply_and_forward_marks_are_found_behind_their_cheap_tests(body, expected):
    assert clean_parts(body, max_chars=500) == expected
