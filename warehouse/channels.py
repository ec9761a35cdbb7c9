"""The channels an opportunity can come through, and which relay domains are job boards.

Which relay is a job board is declared once, in `extractors.relays.RELAY_CATEGORIES`
(category `job_board`); here it only decides the `job_board` channel.
"""

from __future__ import annotations

from extractors.relays import relay_category

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


def is_job_board_domain(domain: str | None) -> bool:
    """True for a job board's domain or any of its subdomains (e.linkedin.com)."""
    return relay_category(domain) == "job_board"
