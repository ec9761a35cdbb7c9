"""`extract_events`: RawEvent dicts in, `event_facts` rows out.

An event is an interview when its title or description says so ("Phone Screen", "Acme
<> Sam - Technical Interview", "Onsite loop") or when an interview scheduler (GoodTime,
Greenhouse, Calendly, ModernLoop ...) organized it. The organization comes from the same
org finder as mail, reading the organizer address, then the attendees' company domains.
The iCalUID links the event to the invite mail that carried it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from extractors.details import interview_type
from extractors.docmeta import text_of
from extractors.pipeline import EXTRACTOR_VERSION, load_nlp, record_doc
from extractors.relays import is_personal_domain, is_relay_domain
from extractors.senders import domain_org, split_addr

_INTERVIEW = re.compile(
    r"\b(?:interview\w*|phone screen\w*|screening call|tech(?:nical)? screen|on-?site|"
    r"hiring manager|recruiter (?:call|chat|screen)|intro(?:ductory)? call|coding (?:session|"
    r"exercise|interview)|system design|final round|panel|pair programming|take-home review|"
    r"debrief with candidate|candidate)\b",
    re.I,
)
_NOT_INTERVIEW = re.compile(
    r"\b(?:coffee|lunch|dinner|church|birthday|dentist|doctor|meetup|happy hour|book club|"
    r"gym|haircut|soccer|practice|bible study|1:1|one on one|standup|stand-up|retro)\b",
    re.I,
)
_SCHEDULERS = (
    "goodtime.io",
    "greenhouse.io",
    "greenhouse-mail.io",
    "calendly.com",
    "modernloop.io",
    "ashbyhq.com",
    "lever.co",
    "prelude.co",
    "paradox.ai",
)


def _company_domain(addresses: Iterable[str]) -> str | None:
    for addr in addresses:
        _, domain = split_addr(addr)
        if domain and not is_relay_domain(domain) and not is_personal_domain(domain):
            return addr
    return None


def extract_events(
    records: Iterable[dict[str, Any]], nlp: Language | None = None
) -> Iterator[dict[str, Any]]:
    """One event_facts row per RawEvent record, in input order."""
    nlp = nlp or load_nlp()
    items = list(records)
    docs = []
    for event in items:
        organizer = (event.get("organizer_email") or "").lower()
        attendees = [a.lower() for a in event.get("attendees") or [] if a]
        sender = organizer if _company_domain([organizer]) else _company_domain(attendees)
        docs.append(
            record_doc(
                nlp,
                {
                    "subject": event.get("summary") or "",
                    "body_text": event.get("description") or "",
                    "from_addr": sender or organizer,
                    "sent_at": event.get("start_at"),
                },
            )
        )
    for event, doc in zip(items, nlp.pipe(docs), strict=True):
        yield event_row(event, doc)


def event_row(event: dict[str, Any], doc: Any) -> dict[str, Any]:
    """The event_facts row for one event and its processed doc."""
    text = text_of(doc)
    organizer = (event.get("organizer_email") or "").lower()
    _, organizer_domain = split_addr(organizer)
    cue = _INTERVIEW.search(text)
    scheduled_by_tool = any(organizer_domain.endswith(d) for d in _SCHEDULERS)
    negative = _NOT_INTERVIEW.search(text)
    is_interview = bool(cue) or (scheduled_by_tool and not negative)
    evidence = []
    if cue:
        evidence.append(
            {"label": "INTERVIEW", "text": cue.group(0), "start": cue.start(), "end": cue.end()}
        )
    found = doc._.facts or {}
    company = found.get("company")
    attendees = [a.lower() for a in event.get("attendees") or [] if a]
    if company is None:
        addr = _company_domain([organizer, *attendees])
        root = domain_org(addr) if addr else None
        company = root.replace("-", " ").title() if root else None
    if not is_interview:
        confidence = 0.6 if negative is None else 0.85
    elif cue and not negative:
        confidence = 0.9
    else:
        confidence = 0.65
    return {
        "event_key": event.get("event_key"),
        "is_interview": is_interview,
        "interview_type": interview_type(text) if is_interview else None,
        "company": company if is_interview or _company_domain([organizer, *attendees]) else None,
        "ical_uid": event.get("ical_uid"),
        "confidence": confidence,
        "evidence": evidence + [e for e in found.get("evidence", []) if e["label"] == "COMPANY"],
        "extractor_version": EXTRACTOR_VERSION,
    }
