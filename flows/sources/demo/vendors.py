"""Applicant-tracking systems and job boards: how their mail looks from the outside.

The employer appears only in the display name, the local part, the subject or the
body; the sending domain is always the vendor's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from flows.sources.demo.model import Person


@dataclass(frozen=True)
class Vendor:
    key: str
    msgid_domain: str
    styles: tuple[str, ...]
    date_styles: tuple[str, ...]
    footers: tuple[str, ...]
    senders: tuple[tuple[str, str], ...]  # (display name, address) patterns
    weight: float
    same_thread_rejection: bool = False

    def sender(self, rng: random.Random, company: str, slug: str) -> Person:
        name, addr = rng.choice(self.senders)
        return Person(name=name.format(company=company, slug=slug), addr=addr.format(slug=slug))

    def footer(self, rng: random.Random, company: str) -> str:
        # "Acme, Inc." at the end of a sentence must not end in "Inc.."
        return rng.choice(self.footers).format(company=company).replace("..", ".")


ATS = [
    Vendor(
        "workday",
        "myworkday.com",
        ("html_qp", "alt", "html_b64"),
        ("gmt", "numeric"),
        (
            "Please do not reply to this email. This mailbox is not monitored.",
            "This email was sent from {company}'s Workday recruiting system. Do not reply.",
            "",
        ),
        (
            ("{company}", "{slug}@myworkday.com"),
            ("{company} Careers", "{slug}@myworkday.com"),
            ("Workday", "{slug}@myworkday.com"),
            ("{company} Talent Acquisition", "{slug}@myworkday.com"),
        ),
        0.27,
        same_thread_rejection=True,
    ),
    Vendor(
        "greenhouse",
        "greenhouse-mail.io",
        ("plain", "alt", "html_b64"),
        ("numeric", "utc"),
        ("Powered by Greenhouse", "", "You're receiving this because you applied to {company}."),
        (
            ("{company}", "no-reply@us.greenhouse-mail.io"),
            ("Hiring Team at {company}", "no-reply@greenhouse.io"),
            ("{company} Recruiting", "no-reply@us.greenhouse-mail.io"),
        ),
        0.18,
    ),
    Vendor(
        "lever",
        "hire.lever.co",
        ("plain", "alt"),
        ("numeric",),
        ("Sent via Lever on behalf of {company}.", "", "Powered by Lever"),
        (("{company}", "no-reply@hire.lever.co"), ("{company} Team", "no-reply@hire.lever.co")),
        0.12,
        same_thread_rejection=True,
    ),
    Vendor(
        "icims",
        "talent.icims.com",
        ("html_qp", "latin1", "alt"),
        ("numeric", "gmt"),
        (
            "This message was sent by {company} through iCIMS. Please do not respond.",
            "iCIMS, Inc. on behalf of {company}",
        ),
        (
            ("{company} Talent Acquisition", "{slug}@talent.icims.com"),
            ("{company} Careers", "careers-{slug}@icims.com"),
        ),
        0.1,
    ),
    Vendor(
        "smartrecruiters",
        "smartrecruiters.com",
        ("html_b64", "alt"),
        ("gmt",),
        ("Powered by SmartRecruiters", "SmartRecruiters Inc. sent this message for {company}."),
        (
            ("{company}", "no-reply@smartrecruiters.com"),
            ("{company} Hiring Team", "no-reply@smartrecruiters.com"),
        ),
        0.07,
    ),
    Vendor(
        "ashby",
        "ashbyhq.com",
        ("alt", "plain"),
        ("numeric", "utc"),
        ("Sent with Ashby", ""),
        (("{company} Hiring Team", "no-reply@ashbyhq.com"), ("{company}", "no-reply@ashbyhq.com")),
        0.08,
    ),
    Vendor(
        "jobvite",
        "jobvite.com",
        ("html_qp", "alt"),
        ("numeric",),
        ("Jobvite | Privacy Policy | Unsubscribe", "This is an automated message from {company}."),
        (
            ("{company} Recruiting", "notification@jobvite.com"),
            ("{company}", "{slug}-careers@jobvite.com"),
        ),
        0.06,
    ),
    Vendor(
        "taleo",
        "taleo.net",
        ("latin1", "html_qp", "plain"),
        ("numeric", "gmt"),
        (
            "*** This is an automated message. Please do not reply. ***",
            "{company} is an Equal Opportunity Employer.",
        ),
        (("{company} Careers", "{slug}@taleo.net"), ("Careers", "{slug}@taleo.net")),
        0.05,
        same_thread_rejection=True,
    ),
    Vendor(
        "workable",
        "workablemail.com",
        ("alt", "html_b64"),
        ("utc",),
        ("Powered by Workable", ""),
        (("{company}", "noreply@candidates.workablemail.com"),),
        0.04,
    ),
    Vendor(
        "bamboohr",
        "bamboohr.com",
        ("plain", "html_qp"),
        ("numeric",),
        ("Sent via BambooHR", ""),
        (("{company} Hiring", "notifications@app.bamboohr.com"),),
        0.03,
    ),
]
ATS_WEIGHTS = [v.weight for v in ATS]

LINKEDIN_JOBS = Person("LinkedIn", "jobs-noreply@linkedin.com")
LINKEDIN_ALERTS = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")
LINKEDIN_NEWS = Person("LinkedIn", "messages-noreply@linkedin.com")
INDEED_APPLY = Person("Indeed Apply", "indeedapply@indeed.com")
INDEED_ALERTS = Person("Indeed", "alert@indeed.com")
GLASSDOOR = Person("Glassdoor Jobs", "noreply@glassdoor.com")
ZIPRECRUITER = Person("ZipRecruiter", "alerts@ziprecruiter.com")
DICE = Person("Dice", "jobalerts@dice.com")


def req_id(rng: random.Random, vendor: str) -> str:
    n = rng.randrange(10000, 99999)
    if vendor == "workday":
        return rng.choice([f"R{n}", f"JR{n + 100000}", f"R-2026-{n:05d}"])
    if vendor == "icims":
        return f"2026-{n}"
    if vendor == "taleo":
        return f"26000{n}"
    if vendor == "jobvite":
        return f"oQ{rng.choice('ABCDEFGH')}{n}"
    return rng.choice([f"REQ-{n}", f"{n}", f"JOB-{n}"])
