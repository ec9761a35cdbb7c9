"""The searches that try the title patterns only where they can match give what a search of
the whole text gives."""

import pytest


def test_anchored_matches_only_try_keyword_starts():
    import re

    from extractors.lexicon import anchored_matches

    pattern = re.compile(r"(?i:\bapplied to\s)(?P<org>[A-Z]\w+)")
    text = "You applied to Acme. Reapplied to Nope. APPLIED TO Globex"
    found = [m.group("org") for m in anchored_matches(pattern, text, text.lower(), ("applied",))]
    assert found == ["Acme", "Globex"]


NEAR_WORDS = ["Data", "Engineer", "at", "Acme", "position", "role", "the", "Senior", "-", "@"]
NEAR_WORDS += ["Corp", "opening", "I", "and", ",", "Platform", "Opportunity", ":", "\n"]
NEAR_WORDS += ["roles", "Positions", "contractor", "_role", "role_", "\t"]
NEAR_WORDS += ["iOS", "(Backend)", "of", "PhD", "10am", "Sr.", "\u00c9tude", "x)", "\u00e9tude"]


@pytest.mark.parametrize("index", [6, 12], ids=["title-then-position-word", "title-at-employer"])
def test_line_windows_find_what_a_whole_text_search_finds(index):
    """The title-led patterns are searched only on the lines near their needles; on any text
    that gives the matches a search of the whole text gives."""
    import random

    from extractors.role_search import NEAR, matches_near
    from extractors.roles import RoleFinder

    pattern = RoleFinder("sneaker_role", True, []).patterns[index][1]
    lines_before, needles = NEAR[index]
    rnd = random.Random(index)
    for _ in range(3000):
        text = " ".join(rnd.choice(NEAR_WORDS) for _ in range(rnd.randint(3, 25)))
        text = text.replace(" \n ", "\n" if rnd.random() < 0.5 else " \n")
        whole = [m.span() for m in pattern.finditer(text)]
        near = matches_near(pattern, text, text.lower(), needles, lines_before, index == 6)
        near = [m.span() for m in near]
        assert near == whole, text
