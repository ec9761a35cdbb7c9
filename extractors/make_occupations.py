"""Writes extractors/patterns/occupations.txt, the head nouns of a standard list of
occupations that lexicon.ROLE_HEADS lacks ("Archivist", "Claims Examiner", "Podiatrist"):
a title is an occupation, and a vocabulary drawn from the labeled mail misses the ones no
writer happened to use. Read from the job titles Faker ships (about 640 titles of a
national list of occupations; a wheel not made a dependency: the list is kept here).

    pip download faker --no-deps -d /tmp/fk && unzip -o /tmp/fk/*.whl -d /tmp/fk
    python -m extractors.make_occupations /tmp/fk/faker/providers/job/__init__.py

Kept: the last word of each title before its comma or bracket ("Accountant, chartered" ->
accountant), each part of a slashed one, lower case, where lexicon's words do not already
list already (WRITTEN_HEADS, ROLE_WORDS). Left out (NOT_HEADS): words that end a title
there but are common words on their own, which would let a phrase of a sentence pass for a
title ("Make-up artist" -> make, "Health visitor", "Glass blower", "Payment processor").
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from extractors.lexicon import words

OUT = Path(__file__).parent / "patterns" / "occupations.txt"
# heads of the list that are everyday words before they are occupations
NOT_HEADS = words(
    "boy copy land make person sub visitor emeritus runner streamer processor contractor "
    "dealer mentor author actor presenter blower"
)


def heads(titles: list[str]) -> list[str]:
    from extractors.lexicon import ROLE_WORDS, WRITTEN_HEADS

    found = set()
    for title in titles:
        main = re.split(r"[,(]", title)[0].strip()
        for word in main.split()[-1].lower().split("/"):
            if word.isalpha() and word not in NOT_HEADS | WRITTEN_HEADS | ROLE_WORDS:
                found.add(word)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="faker/providers/job/__init__.py")
    args = parser.parse_args()
    titles = re.findall(r'^\s+"([^"]+)",', args.source.read_text(encoding="utf-8"), re.M)
    lines = [
        "# Head nouns of a standard list of occupations that lexicon.ROLE_HEADS lacks:",
        "# written by python -m extractors.make_occupations (see there). Do not edit.",
        *heads(titles),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} words -> {OUT}")


if __name__ == "__main__":
    main()
