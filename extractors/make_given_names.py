"""Writes extractors/patterns/given_names_world.txt, the given names of the ~80 locales Faker
ships (about 24,000: 'Sandrine', 'Wanjiku', 'Tereza', 'Andrés'): senders.sender_parts asks
it whether an ATS's no-reply sender named like a person ("Ginkgo Bioworks", "Ateliers
Rivoire" <noreply@...>) is one. GIVEN_NAMES (~400 words) lacks most of the world's names,
so it cannot tell an unknown first name from an organization's first word. Read from
Faker's person providers (a wheel not made a dependency: the list is kept here).

    pip download faker --no-deps -d /tmp/fk && unzip -o -q /tmp/fk/*.whl -d /tmp/fk
    python -m extractors.make_given_names /tmp/fk

Kept: every first name (male, female, non-binary) of every locale that is one word of
letters (a hyphen or an apostrophe inside), lower case.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

OUT = Path(__file__).parent / "patterns" / "given_names_world.txt"
_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def given_names(unpacked: Path) -> list[str]:
    """The first names of Faker's person providers in an unpacked wheel's folder."""
    sys.path.insert(0, str(unpacked))
    try:
        person = importlib.import_module("faker.providers.person")
        found = set()
        for module in pkgutil.iter_modules(person.__path__):
            provider = getattr(
                importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None
            )
            for attribute in _ATTRIBUTES if provider else ():
                # (a class attribute: a tuple, or a dict of names to their weights)
                names = next(
                    (
                        c.__dict__[attribute]
                        for c in provider.__mro__
                        if isinstance(c.__dict__.get(attribute), (list, tuple, dict))
                    ),
                    (),
                )
                for name in names:
                    letters = name.strip().replace("-", "").replace("'", "")
                    if letters.isalpha() and " " not in name.strip():
                        found.add(name.strip().lower())
        return sorted(found)
    finally:
        sys.path.remove(str(unpacked))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("unpacked", type=Path, help="the folder Faker's wheel was unzipped into")
    args = parser.parse_args()
    names = given_names(args.unpacked)
    lines = [
        "# Given names of the locales Faker ships: written by python -m",
        "# extractors.make_given_names (see there). Do not edit.",
        *names,
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
