"""The staffing agency that placed him before, and the end of the story.

Northstar submits him to clients through the winter (some named, some not); the last
submission, Meridian Freight Systems, ends in the offer he accepts. Then he withdraws
from open processes and tells the people who helped him.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import Ctx, Opp
from flows.sources.demo.interviews import Side, run_loop
from flows.sources.demo.model import CalEvent, Labels, Mail, Person
from flows.sources.demo.people import ROLES, my_signature, signature
from flows.sources.demo.story_cold import application_time, quota
from flows.sources.demo.templates import fill, pick_pair
from flows.sources.demo.templates import humans as H
from flows.sources.demo.templates import network as N

Item = Mail | CalEvent
AGENCY = "Northstar Technical Staffing"
AGENCY_DOMAIN = "northstartechstaffing.com"
KAREN = Person(
    "Karen Olsen",
    f"karen.olsen@{AGENCY_DOMAIN}",
    first="Karen",
    title="Senior Technical Recruiter",
    org=AGENCY,
    phone="(952) 555-0188",
)
FINAL_CLIENT = "Meridian Freight Systems"
FINAL_DOMAIN = "meridianfreight.com"
FINAL_ROLE = "Staff Software Engineer, Routing Platform"
FINAL_START = date(2027, 3, 29)
# The rest (a fifth) go unanswered: the client never replies and Karen has nothing to
# pass on. With 0.6 / 0.3 the six submissions of scale 1 rounded to 4 + 2 and none was
# ever ghosted, so the report never showed an agency going quiet.
SUBMISSION_OUTCOMES = [("loop", 0.5), ("quick_reject", 0.3)]
UNNAMED = [
    "a healthcare technology client",
    "a Fortune 500 retailer",
    "a fintech client in the North Loop",
    "one of our medical device clients",
]


def _kickoff(ctx: Ctx) -> list[Item | None]:
    rng = ctx.rng
    me = ctx.me
    at = datetime.combine(date(2026, 8, 31), time(9, 42), clock.CHICAGO)
    # Catching up with a recruiter he knows, about no particular job: docs/labeling.md
    # gives such networking no company, wherever the contact works.
    labels = Labels("networking", None, None, "agency", None)
    thread = ctx.new_thread(at)
    items: list[Item | None] = [
        ctx.mail(
            thread,
            me,
            KAREN,
            at,
            "Back on the market",
            "Hi Karen,\n\nIt's been a few years since you placed me at Corvane — hope you're well! "
            "I got caught in the August layoffs there, so I'm looking again: senior or staff "
            "backend "
            "and platform roles, Twin Cities or remote. Would you have time for a call this "
            "week?\n\n" + my_signature(rng),
            labels,
        )
    ]
    reply = clock.after(rng, at, 1, 4)
    call = datetime.combine(date(2026, 9, 3), time(13, 0), clock.CHICAGO)
    items.append(
        ctx.mail(
            thread,
            KAREN,
            me,
            reply,
            "Re: Back on the market",
            "Tom! So good to hear from you, and sorry about Corvane. I'd love to help. How about "
            f"{clock.slot_text(call)} for a call? I'll ring your cell.\n\n" + signature(rng, KAREN),
            labels,
            quote=True,
        )
    )
    items.append(
        ctx.event("Call w/ Karen (Northstar)", call, 30, me, (me, KAREN), location="phone")
    )
    return items


def _submission(ctx: Ctx, outcome: str, at: datetime, final: bool = False) -> list[Item | None]:
    rng = ctx.rng
    me = ctx.me
    if final:
        client, domain, role, named = FINAL_CLIENT, FINAL_DOMAIN, FINAL_ROLE, True
        ctx.claim(client, role)
    else:
        client, domain = ctx.employers.new()
        role = rng.choice(ROLES)
        ctx.claim(client, role)
        named = rng.random() < 0.6
    label_label = client if named else rng.choice(UNNAMED)
    opp = Opp(ctx.opp_id("agy"), client if named else AGENCY, domain, role, "agency", agency=AGENCY)
    fields = dict(
        first=me.given, role=role, client_label=label_label, sector="logistics", client=client
    )
    thread = ctx.new_thread(at)
    subject, text = pick_pair(rng, H.AGENCY_SUBMITTED, **fields)
    # docs/labeling.md: an agency saying it sent the CV to its client is status_update.
    items: list[Item | None] = [
        ctx.mail(
            thread,
            KAREN,
            me,
            at,
            subject,
            f"{text}\n\n{signature(rng, KAREN)}",
            opp.labels("status_update"),
        )
    ]
    side = Side(KAREN, thread, agency=KAREN, client_named=named)
    if outcome == "quick_reject":
        rej = clock.at_business(rng, clock.add_business_days(at.date(), rng.randrange(3, 9)))
        subject, text = pick_pair(rng, H.AGENCY_REJECT, **fields)
        items.append(
            ctx.mail(
                thread,
                KAREN,
                me,
                rej,
                f"Re: {thread.subject}",
                f"{text}\n\n{signature(rng, KAREN)}",
                opp.labels("rejection"),
            )
        )
    elif outcome == "loop" or final:
        first = clock.after(rng, at, 24, 24 * 5)
        if final:
            loop = run_loop(
                ctx,
                opp,
                side,
                first,
                3,
                "open",
                pace_days=2,
                reschedule_p=0.0,
                past_acceptance=True,
            )
            assert loop.last_at is not None
            items += loop.items + _accept(ctx, opp, side, loop.last_at)
        else:
            loop = run_loop(
                ctx,
                opp,
                side,
                first,
                rng.randrange(1, 4),
                rng.choice(["reject", "reject", "ghost"]),
            )
            items += loop.items
    return items


def _accept(ctx: Ctx, opp: Opp, side: Side, at: datetime) -> list[Item | None]:
    rng = ctx.rng
    me = ctx.me
    thread = side.thread
    fields = dict(
        first=me.given,
        role=opp.role,
        client=FINAL_CLIENT,
        rfirst=KAREN.given,
        salary="$192,000",
        bonus="15%",
        start=f"{FINAL_START:%B} {FINAL_START.day}",
    )
    subject, text = pick_pair(rng, H.OFFERS_FINAL, **fields)
    items: list[Item | None] = [
        ctx.mail(
            thread,
            KAREN,
            me,
            at,
            f"Re: {thread.subject}",
            f"{text}\n\n{signature(rng, KAREN)}",
            opp.labels("offer"),
            quote=False,
        )
    ]
    letter_at = clock.at_business(rng, clock.add_business_days(at.date(), 1))
    deadline = clock.add_business_days(letter_at.date(), 4)
    subject, text = pick_pair(
        rng,
        H.OFFER_LETTER,
        deadline=f"{deadline:%B} {deadline.day}",
        link=ctx.link("na3.docusign.net/Signing"),
        **fields,
    )
    docusign = Person(f"{FINAL_CLIENT} via DocuSign", "dse_na3@docusign.net")
    items.append(
        ctx.mail(
            ctx.new_thread(letter_at),
            docusign,
            me,
            letter_at,
            subject,
            text + "\n\nPeople & Culture, " + FINAL_CLIENT,
            opp.labels("offer"),
            style="html_b64",
            reply_to=Person("People & Culture", f"careers@{FINAL_DOMAIN}"),
        )
    )
    accept_at = clock.at_business(rng, clock.add_business_days(letter_at.date(), 1))
    ctx.stop_interviewing = accept_at
    items.append(
        ctx.mail(
            thread,
            me,
            KAREN,
            accept_at,
            f"Re: {thread.subject}",
            fill(rng.choice(H.MY_ACCEPT_OFFER), **fields) + "\n\n" + my_signature(rng),
            opp.labels("offer"),
            quote=True,
        )
    )
    items.append(
        ctx.event(
            f"First day at {FINAL_CLIENT}!",
            datetime.combine(FINAL_START, time(8, 30), clock.CHICAGO),
            480,
            me,
            (me,),
            location="Meridian HQ",
        )
    )
    return items


def _wrap_up(ctx: Ctx, accepted: datetime) -> list[Item | None]:
    """Withdraw from open processes; tell the contacts who helped."""
    rng = ctx.rng
    me = ctx.me
    items: list[Item | None] = []
    recent = [
        (o, s)
        for o, s in ctx.open_processes
        if s.thread.last_at
        and s.thread.last_at > accepted - timedelta(days=90)
        and s.thread.last_at < accepted
        and o.company != FINAL_CLIENT
    ]
    recent.sort(key=lambda pair: pair[1].thread.last_at, reverse=True)
    for opp, side in recent[: max(2, ctx.count(4))]:
        at = clock.at_business(rng, clock.add_business_days(accepted.date(), rng.randrange(1, 3)))
        fields = dict(role=opp.role, rfirst=side.contact.given, first=me.given)
        subject, text = pick_pair(rng, H.MY_WITHDRAW, **fields)
        items.append(
            ctx.mail(
                side.thread,
                me,
                side.contact,
                at,
                f"Re: {side.thread.subject}",
                text + "\n\n" + my_signature(rng),
                opp.labels("status_update"),
                quote=True,
            )
        )
        if rng.random() < 0.75:
            ack = clock.after(rng, at, 1, 26)
            items.append(
                ctx.mail(
                    side.thread,
                    side.contact,
                    me,
                    ack,
                    f"Re: {side.thread.subject}",
                    fill(rng.choice(H.WITHDRAW_ACK), **fields)
                    + "\n\n"
                    + signature(rng, side.contact),
                    opp.labels("status_update"),
                    quote=True,
                )
            )
    for contact, opp in ctx.contacts[: ctx.count(10)]:
        at = clock.at_business(rng, clock.add_business_days(accepted.date(), rng.randrange(1, 5)))
        fields = dict(cfirst=contact.given, role=FINAL_ROLE, client=FINAL_CLIENT)
        labels = Labels("networking", FINAL_CLIENT, FINAL_ROLE, opp.channel, opp.id)
        subject, text = pick_pair(rng, N.ANNOUNCE, **fields)
        thread = ctx.new_thread(at)
        items.append(ctx.mail(thread, me, contact, at, subject, text + "\n\nTom", labels))
        if rng.random() < 0.7:
            items.append(
                ctx.mail(
                    thread,
                    contact,
                    me,
                    clock.after(rng, at, 0.5, 30),
                    f"Re: {subject}",
                    fill(rng.choice(N.CONGRATS), **fields),
                    labels,
                    quote=True,
                    style=rng.choice(["plain", "alt"]),
                )
            )
    return items


def placement(ctx: Ctx):  # type: ignore[no-untyped-def]
    """The Meridian submission, generated first: its acceptance date ends the search."""
    final_at = datetime.combine(date(2027, 2, 8), time(10, 5), clock.CHICAGO)
    yield [i for i in _submission(ctx, "loop", final_at, final=True) if i is not None]


def agency(ctx: Ctx):  # type: ignore[no-untyped-def]
    """Northstar's other submissions, then the wrap-up after the acceptance."""
    yield [i for i in _kickoff(ctx) if i is not None]
    outcomes = quota(ctx, max(3, ctx.count(6)), SUBMISSION_OUTCOMES, "ghost")
    for outcome in outcomes:
        at = application_time(ctx, date(2026, 9, 8), date(2027, 1, 29))
        yield [i for i in _submission(ctx, outcome, at) if i is not None]
    yield [i for i in _wrap_up(ctx, ctx.stop_interviewing) if i is not None]
