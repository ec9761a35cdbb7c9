import pytest

from extractors.org_domains import before_sentence_stop, glued_words, name_of_root, written_name


@pytest.mark.parametrize(
    ("root", "text", "name"),
    [
        ("harborandpine", "", "Harbor and Pine"),
        ("highlandpark", "", "Highlandpark"),
        ("portlandgeneral", "", "Portlandgeneral"),
        ("heartlandriskpartners", "", "Heartlandrisk Partners"),
        ("brandstandmedia", "", "Brandstand Media"),
    ],
    ids=[
        "between-two-words",
        "land-then-a-word",
        "land-then-a-word-of-eight",
        "land-before-trade-words",
        "stand",
    ],
)
def test_and_splits_only_between_words(root, text, name):
    assert name_of_root(root, text) == name


def test_known_words_split_where_the_ending_alone_would_not():
    # "bank" and "group" are trade words of the project's lists; "westh" ends as "...hand"
    # does, but a mail that writes both sides as words settles it
    assert glued_words("bankandgroup") == ["bank", "and", "group"]
    assert glued_words("westhandcrafts") == ["westhandcrafts"]
    assert glued_words("westhandcrafts", "Westh and its crafts") == ["westh", "and", "crafts"]


@pytest.mark.parametrize(
    ("root", "text", "name"),
    [
        (
            "stuartreynolds",
            "Thanks, Amelia. Stuart will call; Reynolds is on the line.",
            "Stuart Reynolds",
        ),
        ("emiratesnbd", "Your interview with NBD's team. Emirates is hot.", "Emirates NBD"),
        ("bankofamerica", "", "Bank of America"),
        ("ohiohealth", "You applied to OhioHealth.", "OhioHealth"),
        ("lendable", "We are able to lend you a hand.", "Lendable"),
        ("stuartreynolds", "Reynolds alone is written.", "Stuartreynolds"),
    ],
    ids=[
        "both-words-written",
        "written-in-capitals",
        "listed-words-and-a-joining-word",
        "written-as-one-word",
        "lower-case-words-are-no-evidence",
        "one-word-unknown",
    ],
)
def test_glued_root_split_at_the_mails_words(root, text, name):
    assert name_of_root(root, text) == name


@pytest.mark.parametrize(
    ("text", "slug", "name"),
    [
        ("Thanks for applying at Corvane. Halden is our parent.", "corvanehalden", None),
        ("Thanks for applying at Corvane Halden.", "corvanehalden", "Corvane Halden"),
        ("Welcome to St. Brigid Care.", "stbrigidcare", "St. Brigid Care"),
    ],
    ids=["sentence-stop-splits", "one-name", "abbreviation-dot-kept"],
)
def test_written_name_stops_at_a_sentence_end(text, slug, name):
    assert written_name(text, slug) == name


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Corvane Therapy Specialists. We", "Corvane Therapy Specialists"),
        ("St. Brigid Care", "St. Brigid Care"),
        ("Halden Corp. Holdings", "Halden Corp. Holdings"),
    ],
    ids=["sentence-end", "saint", "short-abbreviation"],
)
def test_names_cut_before_a_sentence_stop(name, cut):
    assert before_sentence_stop(name) == cut
