"""Cold applications: through applicant-tracking systems, and a few sent by email.

About 1 in 100 gets a phone screen; most get an acknowledgement and then silence or
a rejection weeks later, as in the story.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import PROMO_LABELS, Ctx, Opp
from flows.sources.demo.interviews import Side, run_loop
from flows.sources.demo.model import CalEvent, Labels, Mail, Person
from flows.sources.demo.people import (
    CITIES,
    FORMER_EMPLOYER,
    RECRUITER_TITLES,
    ROLES,
    SKILLS,
    ascii_slug,
    legal_name,
    my_signature,
    signature,
    work_person,
)
from flows.sources.demo.templates import ats as T
from flows.sources.demo.templates import fill, pick, pick_pair
from flows.sources.demo.templates import humans as H
from flows.sources.demo.vendors import ATS, ATS_WEIGHTS, Vendor, req_id

SEARCH_FIRST = date(2026, 8, 18)
SEARCH_LAST = date(2027, 3, 5)
Item = Mail | CalEvent

# Share of cold applications per outcome; the rest are ghosted after the acknowledgement.
COLD_OUTCOMES = [
    ("screen", 0.011),
    ("assess_reject", 0.02),
    ("assess_ghost", 0.01),
    ("status_reject", 0.03),
    ("status_ghost", 0.02),
    ("reject", 0.25),
]


def quota(ctx: Ctx, n: int, shares: list[tuple[str, float]], rest: str) -> list[str]:
    """Exactly round(n*share) of each outcome, shuffled: rates hold at every scale."""
    out: list[str] = []
    for name, share in shares:
        out += [name] * round(n * share)
    out += [rest] * max(0, n - len(out))
    ctx.rng.shuffle(out)
    return out[:n]


def application_time(ctx: Ctx, first: date = SEARCH_FIRST, last: date = SEARCH_LAST) -> datetime:
    """When he sends something out: never after he has accepted his offer."""
    rng = ctx.rng
    last = min(last, ctx.stop_interviewing.date() - timedelta(days=2))
    span = (last - first).days
    day = first + timedelta(days=int(rng.betavariate(1.2, 1.7) * span))
    start_h, end_h = rng.choice([(8.0, 17.0), (8.0, 17.0), (19.0, 23.5)])
    return clock.at_business(rng, day, clock.CHICAGO, start_h, end_h)


class ColdCompanies:
    """Employers for cold applications; some get a second application for another role."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.recent: list[tuple[str, str]] = []

    def pick(self) -> tuple[str, str, str]:
        rng = self.ctx.rng
        for _ in range(50):
            if self.recent and rng.random() < 0.1:
                company, domain = rng.choice(self.recent)
            else:
                company, domain = self.ctx.employers.new()
                self.recent = (self.recent + [(company, domain)])[-200:]
            role = rng.choice(ROLES)
            if self.ctx.claim(company, role):
                return company, domain, role
        raise RuntimeError("could not find a fresh company and role")


def _ats_text(ctx: Ctx, vendor: Vendor, body: str, fields: dict[str, object]) -> str:
    rng = ctx.rng
    parts = [fill(rng.choice(T.GREETINGS), **fields), body, fill(rng.choice(T.SIGNOFFS), **fields)]
    footer = vendor.footer(rng, str(fields["legal"]))
    if footer:
        parts.append(footer)
    return "\n\n".join(parts)


def _vendor_time(ctx: Ctx, at: datetime) -> datetime:
    zone = ctx.rng.choices(clock.ZONES + [clock.UTC], [0.2, 0.1, 0.1, 0.05, 0.05, 0.05, 0.45])[0]
    return at.astimezone(zone)


def cold_ats(ctx: Ctx, companies: ColdCompanies, outcome: str) -> list[Item]:
    rng = ctx.rng
    me = ctx.me
    vendor = rng.choices(ATS, ATS_WEIGHTS)[0]
    company, domain, role = companies.pick()
    opp = Opp(ctx.opp_id("cold"), company, domain, role, "cold_application")
    slug = ascii_slug(company)
    sender = vendor.sender(rng, company, slug)
    # A screen needs time to happen before "now": those applications are not the last ones.
    applied = application_time(ctx, last=date(2027, 2, 1) if outcome == "screen" else SEARCH_LAST)
    others = ", ".join(rng.sample([r for r in ROLES if r != role], 2))
    fields: dict[str, object] = dict(
        first=me.given,
        full=me.name,
        company=company,
        role=role,
        req=req_id(rng, vendor.key),
        location=rng.choice(CITIES),
        applied_on=f"{applied:%B} {applied.day}, {applied.year}",
        link=ctx.link(f"{slug}.{vendor.msgid_domain}"),
        other_roles=others,
        legal=legal_name(rng, company),
    )
    items: list[Item] = []

    def ats_mail(
        at: datetime, subject_pool: list[str], body_pool: list[str], kind: str, thread=None
    ) -> None:  # type: ignore[no-untyped-def]
        deadline = clock.add_business_days(at.date(), 7)
        fields["deadline"] = f"{deadline:%A, %B} {deadline.day}"
        own = {"application_confirmation": T.VENDOR_ACK, "rejection": T.VENDOR_REJECT}.get(kind)
        if own and rng.random() < 0.45:
            # The vendor's stock wording, as sent by employers who never customized it.
            subject, body = pick_pair(rng, own[vendor.key], **fields)
            footer = vendor.footer(rng, str(fields["legal"]))
            text = f"{body}\n\n{footer}" if footer else body
        else:
            subject = pick(rng, subject_pool, **fields)
            text = _ats_text(ctx, vendor, pick(rng, body_pool, **fields), fields)
        th = thread or ctx.new_thread(at)
        if thread is not None and th.subject:
            subject = th.subject
        items.append(
            ctx.mail(
                th,
                sender,
                me,
                _vendor_time(ctx, at),
                subject,
                text,
                opp.labels(kind),
                style=rng.choice(vendor.styles),
                date_style=rng.choice(vendor.date_styles),
                extra_headers=(("Auto-Submitted", "auto-generated"),) if rng.random() < 0.4 else (),
            )
        )

    if vendor.key == "workday" and rng.random() < 0.15:
        at = clock.after(rng, applied, -0.2, -0.05)
        kind, pool = rng.choice(T.ACCOUNT_MAILS)
        subject, body = pick_pair(rng, pool, **fields)
        items.append(
            ctx.mail(
                ctx.new_thread(at),
                sender,
                me,
                _vendor_time(ctx, at),
                subject,
                body,
                # docs/labeling.md: the employer for account and talent-community mail,
                # none for verify-email and password mail, even from the employer's own portal.
                Labels(kind, company if kind == "job_alert" else None),
                style="html_qp",
                # Gmail files a career site's mass mail alike whatever it says (and one draw
                # for every kind keeps each seed's later mail as it was).
                gmail_labels=rng.choice(PROMO_LABELS),
            )
        )
    first_thread = ctx.new_thread(applied)
    if rng.random() < 0.92:
        ats_mail(
            clock.after(rng, applied, 0.01, 0.3),
            T.ACK_SUBJECTS,
            T.ACK_BODIES,
            "application_confirmation",
            first_thread,
        )
    # Gmail threads a later mail with the acknowledgement only when the subject matches,
    # which happens with vendors that reuse a neutral subject line.
    neutral = {fill(s, **fields) for s in T.NEUTRAL_SUBJECTS}
    same = vendor.same_thread_rejection and first_thread.subject in neutral
    later_thread = first_thread if same else None
    at = applied
    if outcome.startswith("status"):
        at = clock.after(rng, applied, 24 * 3, 24 * 12)
        ats_mail(at, T.STATUS_SUBJECTS, T.STATUS_BODIES, "status_update", later_thread)
    if outcome.startswith("assess"):
        at = clock.after(rng, applied, 10, 24 * 5)
        ats_mail(at, T.ASSESS_SUBJECTS, T.ASSESS_BODIES, "assessment")
    if outcome.endswith("reject"):
        at = at + timedelta(days=max(0.1, clock.lognormal_days(rng, 12, 0.9)))
        batch = at.replace(hour=rng.choice([2, 3, 9, 10, 14, 16]))
        at = batch if batch > applied + timedelta(hours=2) else at
        ats_mail(at, T.REJECT_SUBJECTS, T.REJECT_BODIES, "rejection", later_thread)
    if outcome == "screen":
        recruiter = work_person(rng, company, domain, RECRUITER_TITLES)
        at = clock.at_business(rng, (applied + timedelta(days=clock.lognormal_days(rng, 9))).date())
        loop = run_loop(
            ctx, opp, Side(recruiter, ctx.new_thread(at)), at, rng.randrange(1, 3), "reject"
        )
        items += loop.items
    return [i for i in items if i is not None]


def cold_email(ctx: Ctx) -> list[Item]:
    """An application the candidate sends himself, to a careers inbox or a hiring manager."""
    rng = ctx.rng
    me = ctx.me
    company, domain = ctx.employers.new()
    role = rng.choice(ROLES)
    ctx.claim(company, role)
    opp = Opp(ctx.opp_id("cold"), company, domain, role, "cold_application")
    to_person = rng.random() < 0.5
    target = (
        work_person(rng, company, domain, ["Engineering Manager", "Director of Engineering"])
        if to_person
        else Person(f"{company} Careers", f"careers@{domain}", first="there")
    )
    req = f" (Req #{rng.randrange(1000, 9999)})" if rng.random() < 0.4 else ""
    sent = application_time(ctx)
    fields = dict(
        role=role,
        company=company,
        req_suffix=req,
        former=FORMER_EMPLOYER,
        rfirst=target.given,
        skill=rng.choice(SKILLS),
        first=me.given,
    )
    subject, body = H.MY_APPLY_EMAIL[1] if to_person else H.MY_APPLY_EMAIL[0]
    thread = ctx.new_thread(sent)
    items: list[Mail | None] = [
        ctx.mail(
            thread,
            me,
            target,
            sent,
            fill(subject, **fields),
            fill(body, **fields) + "\n\n" + my_signature(rng),
            opp.labels("application_confirmation"),
        )
    ]
    r = rng.random()
    if r < 0.25:
        at = clock.after(rng, sent, 0.01, 0.1)
        items.append(
            ctx.mail(
                thread,
                Person(f"{company} Careers", f"careers@{domain}"),
                me,
                at,
                f"Re: {thread.subject}",
                "Thank you for your email. This is an automatic reply to confirm that we have "
                "received your application. Our recruiting team reviews every submission for "
                f"{company}.",
                opp.labels("application_confirmation"),
                extra_headers=(("Auto-Submitted", "auto-replied"),),
            )
        )
    elif r < 0.5:
        at = clock.at_business(rng, (sent + timedelta(days=clock.lognormal_days(rng, 6))).date())
        sender = target if to_person else work_person(rng, company, domain, RECRUITER_TITLES)
        text = rng.choice(
            [
                "Hi Tom,\n\nThanks for reaching out and for your interest in {company}. We've "
                "filled the {role} role, so I won't be able to move forward, but I'll keep your "
                "resume in mind.",
                "Hi Tom, appreciate the note. We're not going to move ahead with your application "
                "for {role} — we're looking for someone with more front-end depth.",
            ]
        )
        items.append(
            ctx.mail(
                thread,
                sender,
                me,
                at,
                f"Re: {thread.subject}",
                fill(text, company=company, role=role) + "\n\n" + signature(rng, sender),
                opp.labels("rejection"),
                quote=True,
            )
        )
    return [i for i in items if i is not None]


def cold_applications(ctx: Ctx):  # type: ignore[no-untyped-def]
    companies = ColdCompanies(ctx)
    n = ctx.count(250)
    for outcome in quota(ctx, n, COLD_OUTCOMES, "ghost"):
        yield cold_ats(ctx, companies, outcome)
    for _ in range(ctx.count(12)):
        yield cold_email(ctx)
