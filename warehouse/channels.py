"""The channels an opportunity can come through, and which relay domains are job boards.

Job boards are a subset of `extractors.relays.RELAY_DOMAINS` (they relay mail and are
never the employer); here they only decide the `job_board` channel.
"""

from __future__ import annotations

from extractors.relays import is_relay_domain

# Highest precedence first: an opportunity takes the first channel it has evidence for.
CHANNELS: tuple[str, ...] = (
    "referral",
    "networking",
    "agency",
    "recruiter_inbound",
    "job_board",
    "cold_application",
    "unknown",
)

JOB_BOARD_DOMAINS: frozenset[str] = frozenset(
    {
        "linkedin.com",
        "indeed.com",
        "indeedemail.com",
        "glassdoor.com",
        "ziprecruiter.com",
        "dice.com",
        "monster.com",
        "careerbuilder.com",
        "simplyhired.com",
        "builtin.com",
        "otta.com",
        "welcometothejungle.com",
        "hired.com",
        "wellfound.com",
        "wellfound.co",
        "angel.co",
        "ycombinator.com",
        "workatastartup.com",
        "snagajob.com",
        "handshake.com",
        "joinhandshake.com",
        "flexjobs.com",
        "weworkremotely.com",
        "remoteok.com",
        "hiringcafe.com",
        "jobright.ai",
        "talent.com",
        "careerjet.com",
        "adzuna.com",
    }
)


def is_job_board_domain(domain: str | None) -> bool:
    """True for a job board's domain or any of its subdomains (e.linkedin.com)."""
    if not domain or not is_relay_domain(domain):
        return False
    parts = domain.lower().split(".")
    return any(".".join(parts[i:]) in JOB_BOARD_DOMAINS for i in range(len(parts) - 1))
