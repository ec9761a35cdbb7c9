"""Recruiters who write first: in-house talent teams (email or LinkedIn InMail) and
staffing agencies with an unnamed client.
"""

from __future__ import annotations

from datetime import date, timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import Ctx, Opp
from flows.sources.demo.interviews import Side, run_loop
from flows.sources.demo.model import CalEvent, Mail, Person
from flows.sources.demo.people import (
    FORMER_EMPLOYER,
    RECRUITER_TITLES,
    ROLES,
    SKILLS,
    my_signature,
    signature,
    work_person,
)
from flows.sources.demo.story_cold import application_time, quota
from flows.sources.demo.templates import fill, pick_pair
from flows.sources.demo.templates import humans as H

Item = Mail | CalEvent
INHOUSE_OUTCOMES = [
    ("loop", 0.45),
    ("reply_filled", 0.1),
    ("reply_silent", 0.1),
    ("not_interested", 0.1),
]
AGENCIES = [
    ("Apex Talent Partners", "apextalentpartners.com"),
    ("TekForce Staffing", "tekforcestaffing.com"),
    ("Lakes Region Consulting Group", "lakesregioncg.com"),
]
SECTORS = ["healthcare technology", "fintech", "retail analytics", "medical device", "logistics"]


def _role(ctx: Ctx, company: str) -> str:
    """A role not yet pursued at `company` (agencies at large scales may run out: reuse)."""
    role = ctx.rng.choice(ROLES)
    for _ in range(40):
        if ctx.claim(company, role):
            break
        role = ctx.rng.choice(ROLES)
    return role


def inhouse(ctx: Ctx, outcome: str) -> list[Item]:
    rng = ctx.rng
    me = ctx.me
    company, domain = ctx.employers.new()
    role = _role(ctx, company)
    opp = Opp(ctx.opp_id("rec"), company, domain, role, "recruiter_inbound")
    recruiter = work_person(rng, company, domain, RECRUITER_TITLES)
    at = application_time(ctx, date(2026, 8, 24), date(2027, 3, 8))
    fields = dict(
        first=me.given,
        company=company,
        role=role,
        skill=rng.choice(SKILLS),
        former=FORMER_EMPLOYER,
        rname=recruiter.name,
        rtitle=recruiter.title,
        team=rng.choice(["platform", "core services", "data", "payments"]),
        rfirst=recruiter.given,
        days=clock.days_text(rng, at),
    )
    items: list[Item | None] = []
    if rng.random() < 0.45:
        subject, text = pick_pair(rng, H.INMAIL, **fields)
        relay = Person(f"{recruiter.name} via LinkedIn", "inmail-hit-reply@linkedin.com")
        items.append(
            ctx.mail(
                ctx.new_thread(at),
                relay,
                me,
                at.astimezone(clock.UTC),
                subject,
                text,
                opp.labels("recruiter_outreach"),
                style="html_b64",
                date_style="utc",
            )
        )
        # He answers inside LinkedIn; the recruiter then writes by email.
        at = clock.after(rng, at, 20, 80)
        subject = f"{role} at {company} – following up from LinkedIn"
        text = (
            f"Hi {me.given},\n\nThanks for getting back to me on LinkedIn! Moving us to email. "
            f"As mentioned, I'm hiring for a {role} at {company}."
        )
    else:
        subject, text = pick_pair(rng, H.RECRUITER_OUTREACH, **fields)
    thread = ctx.new_thread(at)
    items.append(
        ctx.mail(
            thread,
            recruiter,
            me,
            at,
            subject,
            f"{text}\n\n{signature(rng, recruiter)}",
            opp.labels("recruiter_outreach"),
            style=rng.choice(["plain", "alt", "html_qp"]),
        )
    )
    if outcome == "ignored":
        return [i for i in items if i is not None]
    reply_at = clock.after(rng, at, 1, 48)
    pool = H.MY_REPLY_NOT_INTERESTED if outcome == "not_interested" else H.MY_REPLY_INTERESTED
    items.append(
        ctx.mail(
            thread,
            me,
            recruiter,
            reply_at,
            f"Re: {thread.subject}",
            fill(rng.choice(pool), **fields) + "\n\n" + my_signature(rng),
            opp.labels("recruiter_outreach"),
            quote=True,
        )
    )
    if outcome == "reply_filled":
        later = clock.at_business(
            rng, (reply_at + timedelta(days=clock.lognormal_days(rng, 5))).date()
        )
        items.append(
            ctx.mail(
                thread,
                recruiter,
                me,
                later,
                f"Re: {thread.subject}",
                f"Hi {me.given}, I'm sorry — the {role} position was filled "
                f"internally before we could connect, so we've closed it out. "
                f"I'll reach out if something similar opens up.\n\n" + signature(rng, recruiter),
                opp.labels("rejection"),
                quote=True,
            )
        )
    elif outcome == "loop":
        start = clock.after(rng, reply_at, 2, 30)
        loop = run_loop(
            ctx,
            opp,
            Side(recruiter, thread),
            start,
            rng.randrange(1, 4),
            rng.choice(["reject", "reject", "ghost"]),
        )
        items += loop.items
    return [i for i in items if i is not None]


def agency_inbound(ctx: Ctx) -> list[Item]:
    rng = ctx.rng
    me = ctx.me
    agency, domain = rng.choice(AGENCIES)
    recruiter = work_person(rng, agency, domain, ["Technical Recruiter", "Account Manager"])
    role = _role(ctx, agency)
    opp = Opp(ctx.opp_id("agy"), agency, domain, role, "agency")
    at = application_time(ctx, date(2026, 9, 1), date(2027, 3, 1))
    fields = dict(
        first=me.given,
        agency=agency,
        role=role,
        sector=rng.choice(SECTORS),
        city="Minneapolis",
        rfirst=recruiter.given,
        days=clock.days_text(rng, at),
        client_label="the client",
    )
    thread = ctx.new_thread(at)
    subject, text = pick_pair(rng, H.AGENCY_OUTREACH, **fields)
    items: list[Item | None] = [
        ctx.mail(
            thread,
            recruiter,
            me,
            at,
            subject,
            f"{text}\n\n{signature(rng, recruiter)}",
            opp.labels("recruiter_outreach"),
        )
    ]
    if rng.random() < 0.15:
        return [i for i in items if i is not None]
    reply_at = clock.after(rng, at, 1, 30)
    items.append(
        ctx.mail(
            thread,
            me,
            recruiter,
            reply_at,
            f"Re: {subject}",
            fill(rng.choice(H.MY_REPLY_INTERESTED), **fields) + "\n\n" + my_signature(rng),
            opp.labels("recruiter_outreach"),
            quote=True,
        )
    )
    sub_at = clock.after(rng, reply_at, 20, 24 * 4)
    subject, text = pick_pair(rng, H.AGENCY_SUBMITTED, **fields)
    items.append(
        ctx.mail(
            ctx.new_thread(sub_at),
            recruiter,
            me,
            sub_at,
            subject,
            f"{text}\n\n{signature(rng, recruiter)}",
            opp.labels("status_update"),  # the CV went to the client (docs/labeling.md)
        )
    )
    if rng.random() < 0.75:
        rej_at = clock.at_business(
            rng, (sub_at + timedelta(days=clock.lognormal_days(rng, 8))).date()
        )
        subject, text = pick_pair(rng, H.AGENCY_REJECT, **fields)
        items.append(
            ctx.mail(
                ctx.new_thread(rej_at),
                recruiter,
                me,
                rej_at,
                subject,
                f"{text}\n\n{signature(rng, recruiter)}",
                opp.labels("rejection"),
            )
        )
    return [i for i in items if i is not None]


def recruiters(ctx: Ctx):  # type: ignore[no-untyped-def]
    for outcome in quota(ctx, ctx.count(25), INHOUSE_OUTCOMES, "ignored"):
        yield inhouse(ctx, outcome)
    for _ in range(ctx.count(5)):
        yield agency_inbound(ctx)
