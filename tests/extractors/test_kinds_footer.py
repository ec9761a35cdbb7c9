"""kinds.footer_start: where a mail's boilerplate begins; its keyword shortcut must give the
pattern's own answer. All text is invented."""

import pytest

from extractors.kinds import _FOOTER, footer_start

SUBJECT = "Your application\n\n"
CASES = [
    ("no-footer-words", "Hi Sam, thanks for the call. Talk soon.", None),
    ("unsubscribe-line", "New roles for you.\n\nUnsubscribe | Manage alerts", "Unsubscribe"),
    ("eeo-statement", "Thanks.\nAcme is an equal opportunity employer.", "Acme is an equal"),
    (
        "confidentiality-notice",
        "See you Monday.\n\nConfidentiality notice: private.",
        "Confidentiality",
    ),
    ("scam-warning", "Apply now.\nIndeed never asks for payment to apply.", "Indeed never"),
    ("this-email-is", "Best,\nJo\nThis email is intended for the addressee.", "This email"),
    ("footer-word-in-no-footer-line", "We never stop hiring. Equal pay matters.", None),
    # a long s matches "s" under re.I: no shortcut for text beyond ASCII
    ("long-s-twin", "Thanks.\nUnſubscribe here", "Unſubscribe"),
    ("accented-text-with-footer", "Merci, à bientôt.\nPrivacy policy: see site", "Privacy"),
]


@pytest.mark.parametrize(("body", "start_of"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_footer_start(body, start_of):
    text = SUBJECT + body
    expected = len(text) if start_of is None else text.index(start_of)
    found = _FOOTER.search(text, len(SUBJECT))
    assert footer_start(text, len(SUBJECT)) == expected == (found.start() if found else len(text))
