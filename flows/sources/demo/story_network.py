"""Networking: threads the candidate starts with people he knows, some of which turn
into referrals (the contact submits him) or introductions to a hiring manager.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import Ctx, Opp
from flows.sources.demo.interviews import Side, run_loop
from flows.sources.demo.model import CalEvent, Labels, Mail, Person
from flows.sources.demo.people import (
    FORMER_EMPLOYER,
    MANAGER_TITLES,
    RECRUITER_TITLES,
    ROLES,
    legal_name,
    my_signature,
    personal_person,
    signature,
    work_person,
)
from flows.sources.demo.story_cold import application_time, quota
from flows.sources.demo.templates import ats as T
from flows.sources.demo.templates import fill, pick, pick_pair
from flows.sources.demo.templates import network as N
from flows.sources.demo.vendors import ATS, ATS_WEIGHTS, req_id

Item = Mail | CalEvent
OUTCOMES = [("referral", 0.25), ("intro", 0.17), ("no_leads", 0.3), ("no_reply", 0.1)]
LOW_OFFER_OPENER = date(2026, 11, 2)


def _contact(ctx: Ctx) -> tuple[Person, str, str]:
    company, domain = ctx.employers.new()
    rng = ctx.rng
    if rng.random() < 0.6:
        who = personal_person(rng, org=company, title=rng.choice(MANAGER_TITLES))
    else:
        who = work_person(rng, company, domain, MANAGER_TITLES)
    return who, company, domain


def networking_thread(
    ctx: Ctx, outcome: str, setting: tuple[str, str, str], low_offer: bool = False
) -> list[Item]:
    rng = ctx.rng
    me = ctx.me
    contact, company, domain = _contact(ctx)
    role = rng.choice(ROLES)
    while not ctx.claim(company, role):
        role = rng.choice(ROLES)
    if outcome == "referral":
        opp = Opp(ctx.opp_id("ref"), company, domain, role, "referral")
    elif outcome == "intro":
        opp = Opp(ctx.opp_id("net"), company, domain, role, "networking")
    else:
        opp = Opp(ctx.opp_id("net"), None, domain, "", "networking")
    _kind, place, when = setting
    opened = application_time(ctx, date(2026, 8, 24), date(2027, 3, 5))
    if low_offer:
        opened = clock.at_business(rng, LOW_OFFER_OPENER)
    fields = dict(
        cfirst=contact.given,
        place=place,
        when=when,
        former=FORMER_EMPLOYER,
        ccompany=company,
        role=role,
        cafe=rng.choice(N.CAFES),
    )
    # The coffee thread is about the search, not a particular job (the referral or the
    # introduction comes later, in its own mail): docs/labeling.md gives it no company or
    # role, even where the contact's employer is named or is the sender's domain.
    labels = Labels("networking", None, None, opp.channel, opp.id)
    thread = ctx.new_thread(opened)
    items: list[Item | None] = []
    subject, text = pick_pair(rng, N.OPENERS, **fields)
    items.append(
        ctx.mail(thread, me, contact, opened, subject, f"{text}\n\n{my_signature(rng)}", labels)
    )
    if outcome == "no_reply":
        nudge = clock.after(rng, opened, 24 * 6, 24 * 10)
        items.append(
            ctx.mail(
                thread,
                me,
                contact,
                nudge,
                f"Re: {subject}",
                "Just bumping this in case it got buried — no worries if now's a bad time!\n\nTom",
                labels,
                quote=True,
            )
        )
        return [i for i in items if i is not None]
    reply_at = clock.after(rng, opened, 1, 40)
    coffee = clock.on_the_hour(rng, clock.add_business_days(reply_at.date(), rng.randrange(2, 7)))
    coffee = coffee.replace(hour=rng.choice([7, 8, 12, 16]))
    slot = clock.slot_text(coffee)
    items.append(
        ctx.mail(
            thread,
            contact,
            me,
            reply_at,
            f"Re: {subject}",
            fill(rng.choice(N.REPLIES_YES), slot=slot, **fields)
            + "\n\n"
            + signature(rng, contact, formal=False),
            labels,
            quote=rng.random() < 0.7,
            style=rng.choice(["plain", "alt"]),
        )
    )
    confirm_at = clock.after(rng, reply_at, 0.3, 5)
    items.append(
        ctx.mail(
            thread,
            me,
            contact,
            confirm_at,
            f"Re: {subject}",
            fill(rng.choice(N.MY_CONFIRM), **fields),
            labels,
            quote=True,
        )
    )
    event = ctx.event(
        f"Coffee w/ {contact.given}", coffee, 60, me, (me, contact), location=str(fields["cafe"])
    )
    items.append(event)
    ctx.contacts.append((contact, opp))
    thanks_at = clock.after(rng, coffee, 2, 9)
    subject2, text = pick_pair(rng, N.MY_THANKS, **fields)
    items.append(
        ctx.mail(thread, me, contact, thanks_at, f"Re: {subject}", text + "\n\nTom", labels)
    )
    after = clock.at_business(rng, clock.add_business_days(coffee.date(), rng.randrange(1, 5)))
    if outcome == "no_leads":
        items.append(
            ctx.mail(
                thread,
                contact,
                me,
                after,
                f"Re: {subject}",
                fill(rng.choice(N.NO_LEADS), other=personal_person(rng).name)
                + "\n\n"
                + signature(rng, contact, formal=False),
                labels,
                quote=True,
            )
        )
    elif outcome == "referral":
        items += _referral(ctx, opp, contact, after, fields, low_offer)
    elif outcome == "intro":
        items += _intro(ctx, opp, contact, after, fields, place)
    return [i for i in items if i is not None]


def _referral(
    ctx: Ctx, opp: Opp, contact: Person, at: datetime, fields: dict[str, object], low_offer: bool
) -> list[Item | None]:
    rng = ctx.rng
    me = ctx.me
    assert opp.company is not None
    recruiter = work_person(rng, opp.company, opp.domain, RECRUITER_TITLES)
    subject, text = pick_pair(rng, N.REFERRALS, rname=recruiter.name, **fields)
    items: list[Item | None] = [
        ctx.mail(
            ctx.new_thread(at),
            contact,
            me,
            at,
            subject,
            text + "\n\n" + signature(rng, contact, formal=False),
            opp.labels("networking"),
        )
    ]
    vendor = rng.choices(ATS, ATS_WEIGHTS)[0]
    ack_at = clock.after(rng, at, 1, 30)
    afields = dict(
        first=me.given,
        full=me.name,
        company=opp.company,
        role=opp.role,
        req=req_id(rng, vendor.key),
        location="Minneapolis, MN",
        applied_on=f"{ack_at:%B} {ack_at.day}",
        link=ctx.link("careers." + opp.domain),
        other_roles=", ".join(rng.sample([r for r in ROLES if r != opp.role], 2)),
    )
    body = pick(rng, T.ACK_BODIES, **afields) + "\n\n" + pick(rng, T.SIGNOFFS, **afields)
    items.append(
        ctx.mail(
            ctx.new_thread(ack_at),
            vendor.sender(rng, legal_name(rng, opp.company), opp.domain.split(".")[0]),
            me,
            ack_at.astimezone(clock.UTC),
            pick(rng, T.ACK_SUBJECTS, **afields),
            body,
            opp.labels("application_confirmation"),
            style=rng.choice(vendor.styles),
        )
    )
    reach = clock.at_business(rng, clock.add_business_days(ack_at.date(), rng.randrange(2, 8)))
    if low_offer:
        outcome, stages = "offer_low", 4
    elif rng.random() < 0.12:
        rej = reach + timedelta(days=clock.lognormal_days(rng, 10))
        body = pick(rng, T.REJECT_BODIES, **afields)
        items.append(
            ctx.mail(
                ctx.new_thread(rej),
                vendor.sender(rng, opp.company, opp.domain.split(".")[0]),
                me,
                rej,
                pick(rng, T.REJECT_SUBJECTS, **afields),
                body,
                opp.labels("rejection"),
                style=rng.choice(vendor.styles),
            )
        )
        return items
    else:
        outcome, stages = rng.choice(["reject", "reject", "ghost"]), rng.randrange(2, 5)
    note = rng.choice(
        [
            f"{contact.name} referred you for this role and spoke very highly of you.",
            f"I received your referral from {contact.given}.",
            f"{contact.given} passed along your resume through our employee referral program.",
        ]
    )
    loop = run_loop(
        ctx, opp, Side(recruiter, ctx.new_thread(reach)), reach, stages, outcome, first_note=note
    )
    return items + loop.items


def _intro(
    ctx: Ctx, opp: Opp, contact: Person, at: datetime, fields: dict[str, object], place: str
) -> list[Item | None]:
    rng = ctx.rng
    me = ctx.me
    assert opp.company is not None
    manager = work_person(rng, opp.company, opp.domain, MANAGER_TITLES)
    team = rng.choice(["platform", "data", "payments", "infrastructure", "routing"])
    subject, text = pick_pair(rng, N.INTROS, mfirst=manager.given, team=team, **fields)
    thread = ctx.new_thread(at)
    items: list[Item | None] = [
        ctx.mail(
            thread,
            contact,
            (me, manager),
            at,
            subject,
            text + "\n\n" + signature(rng, contact, formal=False),
            opp.labels("networking"),
        )
    ]
    reply_at = clock.after(rng, at, 2, 48)
    text = fill(rng.choice(N.MANAGER_REPLY), days=clock.days_text(rng, reply_at), **fields)
    items.append(
        ctx.mail(
            thread,
            manager,
            me,
            reply_at,
            f"Re: {subject}",
            text + "\n\n" + signature(rng, manager),
            opp.labels("interview_invitation"),
            quote=True,
            cc=(contact,),
        )
    )
    loop = run_loop(
        ctx,
        opp,
        Side(manager, thread),
        reply_at,
        rng.randrange(1, 4),
        rng.choice(["reject", "ghost", "reject"]),
        skip_first_invite=True,
    )
    return items + loop.items


def networking(ctx: Ctx):  # type: ignore[no-untyped-def]
    outcomes = quota(ctx, ctx.count(40), OUTCOMES, "coffee")
    low_offer_at = outcomes.index("referral") if "referral" in outcomes else -1
    settings = list(N.CONTEXTS)
    ctx.rng.shuffle(settings)  # every setting comes up before any repeats
    for i, outcome in enumerate(outcomes):
        setting = settings[i % len(settings)]
        yield networking_thread(ctx, outcome, setting, low_offer=i == low_offer_at)
