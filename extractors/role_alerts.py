"""Job alerts about one job: "Senior Data Engineer at Acme", "Acme is hiring: Nurse", "You're
a top applicant for Test Lead at Acme" name the title the alert is about (docs/labeling.md:
the employer and the title), where a digest ("20+ new Data Engineer jobs in Leeds", "Jobs
similar to Designer at Acme", "Nurse at Acme and 9 more") names none."""

from __future__ import annotations

import re

# What makes an alert's subject a digest, a search or a newsletter rather than one job:
# plural listings, "similar", "and more", counts ("12 nowych ofert", "20+ new"), salary and
# career content, saved searches, a quoted search ("“golang”: Lunar - Backend Engineer").
_DIGEST = re.compile(
    # ("matches your profile" is a verb: "A new role that matches your profile: Site Manager")
    r"(?i)\b(?:jobs|roles|opportunities|openings|positions|listings|matches(?! your)|postings|"
    r"vacancies|"
    r"vacatures|stellen|ofertas|empleos|offres|jobb|similar|and more|digest|weekly|daily|"
    # (plural listings in Polish, Czech, Swedish, Turkish, Spanish, Portuguese, Italian)
    r"oferty|ofert|nab\u00eddky|nab\u00eddek|tj\u00e4nster|ilanlar\w*|vacantes|vagas|offerte|"
    r"recommendations|"
    r"this week|newsletter|more|others?|compan(?:y|ies)|employers|startups|salar(?:y|ies)|"
    r"trending|insights?|survey|guide|spotlight|questions|events?|saved search|job search|"
    # (a subject that opens with the alert's name and a colon names the one job after it, "Job
    # alert: HVAC Supervisor"; "Your Reed job alert: Area Manager" names a saved search)
    r"(?<!^)job ?alert|job ?alert(?!:)|jobalarm|near)\b"
    # a count, but not one ("1 new job for you"), a year ("Executive Officer 2026 Open
    # Competition") or a figure's last digits ("$12,000 Sign on Bonus", "4.0 \u2605")
    r"|(?<![\w%,.$])(?!1\s|(?:19|20)\d\d\s)\d+\+?\s|\+\d|[\u201c\u201e\u00ab\"]"
)


def names_one_job(subject: str) -> bool:
    """Whether an alert's subject may name the one job it is about (no digest's marks)."""
    return _DIGEST.search(subject) is None
