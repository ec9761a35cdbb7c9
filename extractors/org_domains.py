"""A name for a domain root or relay mailbox: the form the mail writes with its letters
("cobaltridge" -> "Cobalt Ridge", "soton" -> "University of Southampton"), else the root
split at its trade words ("harborbank" -> "Harbor Bank")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from extractors.lexicon import ROLE_WORDS, words
from extractors.org_names import DEPARTMENTS, GENERIC, PLACES
from extractors.senders import COMPANY_WORDS, GIVEN_NAMES, looks_like_person, squash

# Capitalized words run together, joined by spaces, '&', 'and' or hyphens: "Cobalt Ridge",
# "Halden & Rowe", "Marsh McLennan".
# (with the small words names keep inside: "Sabores do Minho", "Cervecera del Tajo",
# "Bolton at Home")
_NAME_JOINS = r" (?:&|and|\+|at|of|the|do|da|dos|das|de|del|di|du|des|la|le|van|von|der|y|e) "
_WRITTEN_NAME = re.compile(rf"\b[A-Z][\w'.]*(?:(?:{_NAME_JOINS}| |-)[A-Z][\w'.]*)+")


def written_name(text: str, slug: str) -> str | None:
    """The name the mail writes with the letters of a domain root ('cobaltridge' -> 'Cobalt
    Ridge', 'haldenrowe' -> 'Halden & Rowe', 'marksandspencer' -> 'Marks & Spencer'): the
    domain is the key, the written form the name."""
    key = squash(slug)
    if len(key) < 4 or not text or key[:2] not in _umlauts_spelled(text.lower()):
        return None
    # German domains spell umlauts out: kuehlhaus-wentorf.de is "Kühlhaus Wentorf"
    spelled = any(c in text for c in _UMLAUTS)
    for found in _written_names(text):
        if key[:2] not in squash(_umlauts_spelled(found) if spelled else found):
            continue
        parts = re.split(rf"({_NAME_JOINS}| |-)", found)
        for i in range(0, len(parts), 2):
            for j in range(i, min(len(parts), i + 8), 2):
                name = "".join(parts[i : j + 1])
                if key in (squash(name), squash(name.replace("&", "and").replace("+", "and"))):
                    return name.strip(".")
                if spelled and key == squash(_umlauts_spelled(name)):
                    return name.strip(".")
    return None


# A sentence's stop after a word of four lower-case letters or more ("... at Emirates. NBD
# has ..."); abbreviations keep their dot inside a name ("St. Luke's", "Corp.", "U.S.").
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{4})\. ")


def _written_names(text: str) -> Iterator[str]:
    """The capitalized runs of the text, cut at sentence stops."""
    for match in _WRITTEN_NAME.finditer(text):
        found = match.group(0)
        if ". " in found:
            yield from _SENTENCE_STOP.split(found)
        else:
            yield found


def before_sentence_stop(name: str) -> str:
    """A name read across a sentence's end, cut there ('Acme Specialists. We' -> 'Acme
    Specialists')."""
    return _SENTENCE_STOP.split(name, 1)[0] if ". " in name else name


_UMLAUTS = "\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df"
_UMLAUT_SPELLING = str.maketrans(
    {
        "\u00e4": "ae",
        "\u00f6": "oe",
        "\u00fc": "ue",
        "\u00c4": "Ae",
        "\u00d6": "Oe",
        "\u00dc": "Ue",
        "\u00df": "ss",
    }
)


def _umlauts_spelled(text: str) -> str:
    return text.translate(_UMLAUT_SPELLING)


# A written institution-like name on one line: "University of Southampton", "Lawrence
# Berkeley National Laboratory", "Università di Bologna".
_LINE_NAME = re.compile(
    r"\b[A-Z][\w'.-]*(?:(?: (?:of|the|de|di|degli|del|della|van|von|zu|for|and|&))* "
    r"[A-Z][\w'.-]*)+"
)
CONNECTORS = words("of the de di degli del della van von zu for and")


def _short_for(key: str, words: list[str]) -> bool:
    """A domain root made of the starts of some of the words, in order ('tum' Technical
    University (of) Munich, 'unibo' Università (di) Bologna, 'lbl' Lawrence Berkeley
    (National) Laboratory), or letters of one word from its start ('soton' Southampton)."""
    if not key:
        return True
    for j, word in enumerate(words):
        for size in range(min(len(key), len(word)), 0, -1):
            if word.startswith(key[:size]) and _short_for(key[size:], words[j + 1 :]):
                return True
    return False


# A legal form or a group word a domain adds to the initials ('nsrltd', 'fmgl'): no word
# of the name the mail writes.
_ROOT_TAIL = re.compile(r"(?:ltd|limited|inc|llc|plc|group|grp|co)$")


def initials_of(key: str, words: list[str]) -> bool:
    """A root made of the starts of a written name's words, from its first word on ('ucc'
    Upper Canada College, 'mvce' Mahlangu (&) Venter Consulting Engineers, 'stgeorges' St
    George's (School), 'nsrltd' Northern Star Resources (Ltd))."""
    if len(words) < 2 or not key or words[0][:1] != key[:1]:
        return False
    bare = _ROOT_TAIL.sub("", key)
    if words[0].startswith(bare):
        return False  # 'acme' of 'Acme Corp': the first word itself, not its initials
    return any(
        len(k) >= 3
        and any(
            words[0].startswith(k[:size]) and _short_for(k[size:], words[1:])
            for size in range(1, min(len(k), len(words[0])) + 1)
        )
        for k in {key, bare}
    )


def glued_from(key: str, words: list[str]) -> bool:
    """A root glued from the whole first word and the starts of later ones, in order
    ('stuartreynolds' Stuart Reynolds, 'pinewoodcap' Pinewood Capital (Partners),
    'ironbridgerec' Ironbridge Recruitment): more than the first word alone."""
    first = words[0] if words else ""
    return (
        len(first) >= 3
        and len(key) > len(first)
        and key.startswith(first)
        and _short_for(key[len(first) :], words[1:])
    )


def subsequence(key: str, word: str) -> bool:
    letters = iter(word)
    return word[:1] == key[:1] and all(c in letters for c in key)


# A root with no vowel after its first letter is letters, not a word ('fmgl', 'nsrltd').
_VOWELS = frozenset("aeiouy")


def initials_root(root: str) -> bool:
    """A domain root of four or more initials (no vowel after its first letter), which
    names no one as a word: 'fmgl' (Fortescue Metals Group Ltd), 'nsrltd'. (Three letters,
    'bhp', are often the name itself.)"""
    key = squash(root)
    return len(key) >= 4 and not set(key[1:]) & _VOWELS


def initialled_by(root: str, name: str) -> bool:
    """Whether a root starts with the initials of a name's words: 'fmgl' with 'Fortescue'
    (the mail writes the first word of 'Fortescue Metals Group Ltd'), 'nsrltd' with
    'Northern Star Resources'."""
    initials = "".join(
        squash(w)[:1] for w in name.split() if squash(w) and w.lower() not in CONNECTORS
    )
    return bool(initials) and squash(root).startswith(initials)


def abbreviated_name(text: str, slug: str) -> str | None:
    """The institution a short domain root stands for, as the mail writes it ('soton' ->
    'University of Southampton', 'lbl' -> 'Lawrence Berkeley National Laboratory')."""
    key = squash(slug)
    if not 3 <= len(key) <= 24 or not text:
        return None
    long = len(key) > 8
    for match in _LINE_NAME.finditer(text):
        name = match.group(0).strip(".")
        if key[0] not in name.lower():
            continue
        words = [squash(w) for w in name.split() if w.lower() not in CONNECTORS]
        words = [w for w in words if w]
        if len(words) < 2 or looks_like_person(name):
            continue
        if long:
            # a longer root spells the name from its first word on ('pcpartners' Paxton
            # Capital Partners, 'ovdistribution' Ohio Valley Distribution)
            if (
                words[0][0] == key[0]
                and not _short_for(key, words[:1])
                and any(
                    words[0].startswith(key[:size]) and _short_for(key[size:], words[1:])
                    for size in range(1, min(len(key), len(words[0])) + 1)
                )
            ):
                return name
            continue
        if _short_for(key, words) or (len(key) >= 4 and any(subsequence(key, w) for w in words)):
            return name
    return None


def name_of_root(slug: str, text: str = "") -> str:
    """A name for a bare domain root: 'acme-bio' -> 'Acme Bio', 'harborbank' -> 'Harbor Bank';
    the mail's own written form when it writes one with those letters, or one the root
    abbreviates ('soton' -> 'University of Southampton')."""
    written = (written_name(text, slug) or abbreviated_name(text, slug)) if text else None
    if written:
        return written
    seen = written_words(text) if text else {}
    if squash(slug) in seen:
        # "OhioHealth", "Razorpay": the mail writes the root as one word
        return _as_written(squash(slug), seen)
    names = []
    for part in re.split(r"[-_.]+", slug):
        if part:
            names += words_of_root(part, seen) or [
                word for split in split_trade(part) for word in glued_words(split, text)
            ]
    return " ".join(word if word in _JOIN_WORDS else _as_written(word, seen) for word in names)


def _as_written(word: str, seen: dict[str, str]) -> str:
    """'nbd' -> 'NBD', 'ohiohealth' -> 'OhioHealth' as the mail writes them; a longer word
    a mail shouts ('REYNOLDS' in a subject) or one it does not write is capitalised."""
    form = seen.get(word)
    return form if form and not (form.isupper() and len(form) > 4) else word.capitalize()


# Capitalised words as a mail writes them: "Reynolds", "NBD", "OhioHealth".
_CAPITALISED_WORD = re.compile(r"(?<![\w@./-])[A-Z][A-Za-z]*(?![\w@]|\.[a-z])")
_JOIN_WORDS = words("and of at the de del do da di du des la le by y")


def written_words(text: str) -> dict[str, str]:
    """The mail's capitalised words by their lower-case letters, as first written (words
    of addresses and links left out): 'reynolds' -> 'Reynolds', 'nbd' -> 'NBD'."""
    seen: dict[str, str] = {}
    for match in _CAPITALISED_WORD.finditer(text):
        seen.setdefault(match.group(0).lower(), match.group(0))
    return seen


def words_of_root(part: str, seen: dict[str, str]) -> list[str] | None:
    """A glued root split into words the mail writes capitalised or the project's lists
    know ('stuartreynolds' -> stuart reynolds where the mail writes "Stuart" and
    "Reynolds"; 'bankofamerica' -> bank of america), with 'of', 'at', 'del'... between
    them: the split with the fewest words; None when no split has every piece a word."""
    if not part.isalpha() or len(part) < 6:
        return None

    def known(piece: str) -> bool:
        if piece in seen:
            return len(piece) >= 3 or seen[piece].isupper()
        return len(piece) >= 3 and piece in _KNOWN_WORDS

    @functools.cache
    def splits(start: int, left: int) -> tuple[str, ...] | None:
        # the fewest words covering part[start:], at most `left` of them
        if start == len(part):
            return ()
        if left == 0:
            return None
        best = None
        for end in range(len(part), start + 1, -1):
            piece = part[start:end]
            joins = piece in _JOIN_WORDS and start > 0 and end < len(part)
            if not (known(piece) or joins):
                continue
            rest = splits(end, left - 1)
            if rest is not None and (best is None or len(rest) + 1 < len(best)):
                best = (piece, *rest)
        return best

    found = splits(0, 4)
    return list(found) if found and len(found) > 1 else None


# Two consonants that may open an English or European word ("Sp", "Tr", "Ch"); a rest that
# opens with any other pair is no word of its own ("carlsberg": no "Carl Sberg").
_ONSETS = words(
    "bl br ch cl cr dr fl fr gl gr kl kr ph pl pr sc sch sh sk sl sm sn sp st sw th tr tw wh wr"
)
_VOWELS = frozenset("aeiouy")


def _opens_word(rest: str) -> bool:
    return rest[0] in _VOWELS or rest[1] in _VOWELS or rest[:2] in _ONSETS


# Words the project's lists know, for telling "harbor|and|pine" from "highland|park".
_KNOWN_WORDS = GIVEN_NAMES | COMPANY_WORDS | PLACES | DEPARTMENTS | GENERIC | ROLE_WORDS


def _is_word(letters: str, text: str) -> bool:
    """A word of the project's lists, or one the mail writes on its own."""
    return letters in _KNOWN_WORDS or bool(
        text and re.search(rf"(?<![^\W\d_]){letters}(?![^\W\d_])", text, re.I)
    )


# Where an "and" is inside a word rather than between two: "...land", "...brand",
# "...grand", "...stand", "...hand" ("highl|and|park", "heartl|and|risk").
_AND_INSIDE_A_WORD = re.compile(r"(?:l|[^aeiouy]r|st|h)$")


def _and_between_words(left: str, right: str, text: str) -> bool:
    """'harbor|and|pine', 'marks|and|spencer': an 'and' between two words. Both known
    (the project's lists, the mail's text) settles it; without them (the lists hold few
    plain words) the left side must not end as the words that hold an 'and' do."""
    if len(right) < 4 or not _opens_word(right):
        return False
    if _is_word(left, text) and _is_word(right, text):
        return True
    return not _AND_INSIDE_A_WORD.search(left)


def glued_words(part: str, text: str = "") -> list[str]:
    """A domain root glued from a founder's name ('stuartreynolds' -> Stuart Reynolds,
    'johnholland' -> John Holland) or from two words joined by 'and' ('harborandpine' ->
    Harbor and Pine): split where the mail never writes the name. The first name is a
    known given name of four letters or more, the longest one the root starts with, and
    what follows is a word of four letters or more. An 'and' splits only between two words
    ('highlandpark' is no "Highl and Park")."""
    if not part.isalpha() or len(part) < 8:
        return [part]
    at = part.find("and", 4)
    while at != -1:
        left, right = part[:at], part[at + 3 :]
        if _and_between_words(left, right, text):
            return [left, "and", right]
        at = part.find("and", at + 1)
    given = max(
        (part[:size] for size in range(4, len(part) - 3) if part[:size] in GIVEN_NAMES),
        key=len,
        default=None,
    )
    if given and _opens_word(part[len(given) :]) and part not in PLACES:
        return [given, part[len(given) :]]
    return [part]


_TRADE_LONGEST_FIRST = tuple(sorted(COMPANY_WORDS, key=lambda w: (-len(w), w)))


def split_trade(part: str) -> list[str]:
    """'harborbank' -> ['harbor', 'bank'], 'beaconstreetbrewing' -> ['beacon', 'street',
    'brewing']: a company word that ends a squashed domain is a word of the name (at most
    three are split off; what is left keeps at least four letters)."""
    tail: list[str] = []
    for _ in range(3):
        word = next(
            (w for w in _TRADE_LONGEST_FIRST if part.endswith(w) and len(part) - len(w) >= 4),
            None,
        )
        if word is None:
            break
        tail.insert(0, word)
        part = part[: -len(word)]
    return [part, *tail]
