"""Job-board applications: LinkedIn Easy Apply and Indeed.

Boards answer more often than cold ATS applications, and far less than people do.
"""

from __future__ import annotations

from datetime import timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import Ctx, Opp
from flows.sources.demo.interviews import Side, run_loop
from flows.sources.demo.model import CalEvent, Mail, Person
from flows.sources.demo.people import CITIES, RECRUITER_TITLES, work_person
from flows.sources.demo.story_cold import ColdCompanies, application_time, quota
from flows.sources.demo.templates import boards as B
from flows.sources.demo.templates import pick_pair
from flows.sources.demo.vendors import INDEED_APPLY, LINKEDIN_JOBS

Item = Mail | CalEvent
LINKEDIN_OUTCOMES = [
    ("interview", 0.045),
    ("viewed_reject", 0.15),
    ("reject", 0.32),
    ("viewed", 0.12),
]
INDEED_OUTCOMES = [("interview", 0.05), ("reject", 0.42)]


def _board_app(ctx: Ctx, companies: ColdCompanies, board: str, outcome: str) -> list[Item]:
    rng = ctx.rng
    me = ctx.me
    company, domain, role = companies.pick()
    opp = Opp(ctx.opp_id("board"), company, domain, role, "job_board")
    applied = application_time(ctx)
    fields = dict(
        first=me.given,
        company=company,
        role=role,
        location=rng.choice(CITIES),
        applied_on=f"{applied:%b} {applied.day}",
        days=clock.days_text(rng, applied),
    )
    sender: Person = LINKEDIN_JOBS if board == "linkedin" else INDEED_APPLY
    items: list[Mail | None] = []
    sent_pool = B.LINKEDIN_SENT if board == "linkedin" else B.INDEED_SENT
    at = clock.after(rng, applied, 0.0, 0.02)
    subject, text = pick_pair(rng, sent_pool, **fields)
    items.append(
        ctx.mail(
            ctx.new_thread(at),
            sender,
            me,
            at.astimezone(clock.UTC),
            subject,
            text,
            opp.labels("application_confirmation"),
            style=rng.choice(["html_b64", "alt", "html_qp"]),
            date_style="utc",
        )
    )
    if "viewed" in outcome:
        at = clock.after(rng, at, 10, 24 * 9)
        fields["when"] = f"{at:%b} {at.day}"
        subject, text = pick_pair(rng, B.LINKEDIN_VIEWED, **fields)
        items.append(
            ctx.mail(
                ctx.new_thread(at),
                sender,
                me,
                at.astimezone(clock.UTC),
                subject,
                text,
                opp.labels("status_update"),
                style="html_b64",
                date_style="utc",
            )
        )
    if outcome.endswith("reject"):
        at = at + timedelta(days=max(0.2, clock.lognormal_days(rng, 8, 0.8)))
        pool = B.LINKEDIN_REJECT if board == "linkedin" else B.INDEED_REJECT
        subject, text = pick_pair(rng, pool, **fields)
        rsender = sender if board == "linkedin" else Person("Indeed", "donotreply@indeed.com")
        items.append(
            ctx.mail(
                ctx.new_thread(at),
                rsender,
                me,
                at.astimezone(clock.UTC),
                subject,
                text,
                opp.labels("rejection"),
                style=rng.choice(["alt", "html_qp"]),
                date_style="utc",
            )
        )
    if outcome == "interview":
        recruiter = work_person(rng, company, domain, RECRUITER_TITLES)
        at = clock.at_business(rng, (applied + timedelta(days=clock.lognormal_days(rng, 6))).date())
        if board == "indeed":
            fields["rname"] = recruiter.name
            subject, text = pick_pair(rng, B.INDEED_MESSAGE, **fields)
            relay = Person(
                f"{company} via Indeed", f"reply-{ctx.rng.getrandbits(40):x}@indeedemail.com"
            )
            thread = ctx.new_thread(at)
            items.append(
                ctx.mail(
                    thread,
                    relay,
                    me,
                    at,
                    subject,
                    text,
                    opp.labels("interview_invitation"),
                    style="alt",
                )
            )
            # He answers on Indeed; the recruiter follows up by email with a screen invite.
            at = clock.after(rng, at, 2, 30)
        side = Side(recruiter, ctx.new_thread(at))
        outcome_after = rng.choice(["reject", "reject", "ghost"])
        loop = run_loop(ctx, opp, side, at, rng.randrange(1, 4), outcome_after)
        items += loop.items
    return [i for i in items if i is not None]


def board_applications(ctx: Ctx):  # type: ignore[no-untyped-def]
    companies = ColdCompanies(ctx)
    for outcome in quota(ctx, ctx.count(60), LINKEDIN_OUTCOMES, "ghost"):
        yield _board_app(ctx, companies, "linkedin", outcome)
    for outcome in quota(ctx, ctx.count(40), INDEED_OUTCOMES, "ghost"):
        yield _board_app(ctx, companies, "indeed", outcome)
