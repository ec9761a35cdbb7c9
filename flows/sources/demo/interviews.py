"""An interview loop: invitations, the candidate's replies, calendar events, reschedules,
and how it ends (rejection, silence, an offer).

Three ways an interview reaches the calendar, as in real mail: a Google Calendar
invitation carrying a text/calendar part (same UID as the exported event), a scheduling
tool's confirmation (GoodTime, Calendly) without one, or a plain confirmation in the
recruiter's thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import Ctx, Opp
from flows.sources.demo.model import CalEvent, Labels, Mail, Person, Thread
from flows.sources.demo.people import MANAGER_TITLES, my_signature, signature, work_person
from flows.sources.demo.templates import fill, pick_pair
from flows.sources.demo.templates import humans as H

STAGES = [
    ("phone screen", 30, "30 minutes"),
    ("technical interview", 60, "60 minutes"),
    ("system design interview", 60, "an hour"),
    ("hiring manager interview", 45, "45 minutes"),
    ("final round", 180, "about 3 hours"),
]
SCHEDULERS = [
    Person("GoodTime", "no-reply@goodtime.io"),
    Person("Calendly", "notifications@calendly.com"),
]
SUMMARIES = [
    "{company} – {Stage} – Tom Brennan",
    "Interview: Tom Brennan / {role}",
    "Tom Brennan <> {iname} ({company})",
    "{Stage} | {company} | {role}",
]


@dataclass
class Loop:
    """What an interview loop produced, in order, and where it left off."""

    items: list[Mail | CalEvent] = field(default_factory=list)
    last_at: datetime | None = None
    events: int = 0

    def add(self, item: Mail | CalEvent | None) -> None:
        if item is not None:
            self.items.append(item)


@dataclass
class Side:
    """Who writes to the candidate about this opportunity, and in which thread."""

    contact: Person
    thread: Thread
    agency: Person | None = None  # set when an agency recruiter relays the client
    client_named: bool = True


def _stage_plan(ctx: Ctx, n: int) -> list[tuple[str, int, str]]:
    rest = ctx.rng.sample(STAGES[1:4], k=min(max(n - 2, 0), 3))
    plan = [STAGES[0], *rest]
    if n >= 2:
        plan.append(STAGES[4])
    return plan[:n]


def run_loop(
    ctx: Ctx,
    opp: Opp,
    side: Side,
    first_at: datetime,
    n_stages: int,
    outcome: str,
    *,
    skip_first_invite: bool = False,
    pace_days: float | None = None,
    reschedule_p: float = 0.15,
    past_acceptance: bool = False,
    first_note: str = "",
) -> Loop:
    """Stages from `first_at`; outcome: reject | ghost | offer_low | open.

    Once he has accepted his offer (`ctx.stop_interviewing`) he no longer books
    interviews: the loop stops with the invitation unanswered and is left for the
    withdrawal notes, unless `past_acceptance` (the accepted offer's own loop).
    `first_note` goes into the first invitation (who referred him, for instance).
    """
    rng = ctx.rng
    loop = Loop()
    at = first_at
    me = ctx.me
    tz = clock.CHICAGO
    for i, (stage, minutes, length) in enumerate(_stage_plan(ctx, n_stages)):
        interviewer = work_person(rng, opp.company, opp.domain, MANAGER_TITLES)
        fields = dict(
            first=me.given,
            company=side_label(opp, side),
            role=opp.role,
            rfirst=side.contact.given,
            stage_name=stage,
            Stage=stage.title(),
            iname=interviewer.name,
            length=length,
            days=clock.days_text(rng, at),
            schedlink=ctx.link("app.goodtime.io/schedule"),
            client_label=side_label(opp, side),
            tzname="Central",
        )
        if not (i == 0 and skip_first_invite):
            pool = (
                H.AGENCY_INTERVIEW if side.agency else H.SCREEN_INVITES if i == 0 else H.NEXT_ROUND
            )
            start_guess = clock.on_the_hour(rng, clock.add_business_days(at.date(), 3))
            subject, text = pick_pair(rng, pool, slot=clock.slot_text(start_guess), **fields)
            if i == 0 and first_note:
                # e.g. the recruiter saying who referred him, in their own first line
                text = _after_greeting(text, first_note)
            subject = _reply_subject(side.thread, subject)
            loop.add(
                ctx.mail(
                    side.thread,
                    side.contact,
                    me,
                    at,
                    subject,
                    f"{text}\n\n{signature(rng, side.contact)}",
                    opp.labels("interview_invitation"),
                    quote=rng.random() < 0.6,
                    style=rng.choice(["plain", "plain", "alt"]),
                )
            )
        reply_at = clock.after(rng, at, 1, 20)
        if reply_at > ctx.stop_interviewing and not past_acceptance:
            loop.last_at = at
            ctx.open_processes.append((opp, side))
            return loop
        start = clock.on_the_hour(
            rng, clock.add_business_days(reply_at.date(), rng.randrange(2, 6))
        )
        loop.add(
            ctx.mail(
                side.thread,
                me,
                side.contact,
                reply_at,
                _reply_subject(side.thread, ""),
                fill(
                    rng.choice(H.MY_REPLY_TIMES),
                    rfirst=side.contact.given,
                    slot=clock.slot_text(start),
                )
                + "\n\n"
                + my_signature(rng),
                opp.labels("interview_invitation"),
                quote=True,
            )
        )
        summary = fill(rng.choice(SUMMARIES), **fields)
        organizer = (
            side.contact
            if (side.agency is None or not side.client_named)
            else work_person(rng, opp.company, opp.domain, ["Recruiting Coordinator"])
        )
        video = ctx.video()
        delivery = (
            "thread"
            if side.agency and not side.client_named
            else rng.choices(["google", "scheduler", "thread"], [0.55, 0.25, 0.2])[0]
        )
        event = ctx.event(
            summary,
            start,
            minutes,
            organizer,
            (me, interviewer),
            uid_style="goodtime" if delivery == "scheduler" else rng.choice(["google", "outlook"]),
            description=f"Join: {video}\n\nInterviewers: {interviewer.name}",
            location=video if rng.random() < 0.6 else "",
        )
        fields.update(
            video=video, slot=clock.slot_text(start), slot_long=clock.slot_long(start, event.end)
        )
        confirm_at = clock.after(rng, reply_at, 0.2, 6)
        loop.add(_deliver(ctx, opp, side, delivery, event, organizer, confirm_at, fields))
        if rng.random() < reschedule_p and confirm_at + timedelta(hours=6) < start:
            moved = clock.on_the_hour(
                rng, clock.add_business_days(start.date(), rng.randrange(1, 4))
            )
            old_slot = clock.slot_text(start)
            event.start, event.end = moved, moved + (event.end - event.start)
            event.sequence += 1
            fields.update(
                slot=clock.slot_text(moved),
                old_slot=old_slot,
                slot_long=clock.slot_long(moved, event.end),
            )
            r_at = clock.after(
                rng, confirm_at, 2, max(3.0, (start - confirm_at).total_seconds() / 3600 - 2)
            )
            subject, text = pick_pair(rng, H.RESCHEDULES, **fields)
            loop.add(
                _from_side(
                    ctx,
                    side,
                    r_at,
                    subject,
                    f"{text}\n\n{signature(rng, side.contact)}",
                    opp.labels("interview_invitation"),
                )
            )
            if delivery == "google":
                loop.add(
                    _google_invite(
                        ctx,
                        opp,
                        event,
                        organizer,
                        clock.after(rng, r_at, 0.05, 0.5),
                        fields,
                        updated=True,
                    )
                )
        if i > 0 and outcome in ("reject", "ghost"):
            ctx.cancel_chances += 1
            # About 1 in 20 later stages; at least one per mailbox once there were 25 chances.
            due = ctx.cancellations == 0 and ctx.cancel_chances >= 25
            cancelled_at = None
            if rng.random() < 0.05 or due:
                cancelled_at = _cancel(ctx, opp, side, loop, event, confirm_at, fields)
            if cancelled_at is not None:
                ctx.cancellations += 1
                loop.last_at = cancelled_at
                return loop
        if event.start <= ctx.now + timedelta(days=30):
            loop.add(event)
            loop.events += 1
        gap = pace_days if pace_days is not None else clock.lognormal_days(rng, 3)
        at = clock.at_business(
            rng, clock.add_business_days(event.end.date(), max(1, round(gap))), tz
        )
    loop.last_at = at
    if outcome in ("ghost", "open"):
        ctx.open_processes.append((opp, side))
    _finish(ctx, opp, side, loop, at, outcome)
    return loop


def _after_greeting(text: str, note: str) -> str:
    """Put `note` after the greeting line, or after the first sentence of a one-liner."""
    head, sep, rest = text.partition("\n\n")
    if sep:
        return f"{head}{sep}{note} {rest}"
    ends = [i for i in (text.find(". "), text.find("! "), text.find("? ")) if i >= 0]
    if not ends:
        return f"{text} {note}"
    cut = min(ends) + 2
    return f"{text[:cut]}{note} {text[cut:]}"


def side_label(opp: Opp, side: Side) -> str:
    return opp.company if side.client_named else "our client"


def _from_side(ctx: Ctx, side: Side, at: datetime, subject: str, body: str, labels: Labels) -> Mail:
    """The employer's side writing to the candidate in the side's own thread."""
    return ctx.mail(
        side.thread, side.contact, ctx.me, at, _reply_subject(side.thread, subject), body, labels
    )


def _reply_subject(thread: Thread, subject: str) -> str:
    base = thread.subject
    if thread.message_ids and base:
        return base if base.lower().startswith("re:") else f"Re: {base}"
    return subject or base


def _cancel(
    ctx: Ctx,
    opp: Opp,
    side: Side,
    loop: Loop,
    event: CalEvent,
    booked_at: datetime,
    fields: dict[str, str],
) -> datetime | None:
    """The role is closed after the interview was booked: the event stays, cancelled."""
    rng = ctx.rng
    hours_left = (event.start - booked_at).total_seconds() / 3600
    if hours_left < 6:
        return None
    at = clock.after(rng, booked_at, 2, hours_left - 2)
    event.status = "CANCELLED"
    event.sequence += 1
    subject, text = pick_pair(rng, H.CANCELLATIONS, **fields)
    loop.add(
        _from_side(
            ctx,
            side,
            at,
            subject,
            f"{text}\n\n{signature(rng, side.contact)}",
            opp.labels("rejection"),
        )
    )
    if event.start <= ctx.now + timedelta(days=30):
        loop.add(event)
        loop.events += 1
    return at


def _google_invite(
    ctx: Ctx,
    opp: Opp,
    event: CalEvent,
    organizer: Person,
    at: datetime,
    fields: dict[str, str],
    *,
    updated: bool = False,
) -> Mail | None:
    guests = "\n".join(f"{p.name} - {p.addr}" for p in (organizer, *event.attendees))
    subject = fill(
        H.UPDATED_SUBJECT if updated else H.INVITE_SUBJECT,
        summary=event.summary,
        me_addr=ctx.me.addr,
        **{k: v for k, v in fields.items() if k != "summary"},
    )
    text = fill(
        H.INVITE_BODY,
        organizer=organizer.name,
        summary=event.summary,
        guests=guests,
        me_addr=ctx.me.addr,
        **{k: v for k, v in fields.items() if k != "summary"},
    )
    thread = ctx.new_thread(at)
    invite = replace(event)  # frozen copy: later moves don't rewrite old mail
    return ctx.mail(
        thread,
        organizer,
        ctx.me,
        at,
        subject,
        text,
        opp.labels("interview_invitation"),
        style="calendar",
        invite=invite,
        date_style="numeric",
    )


def _deliver(
    ctx: Ctx,
    opp: Opp,
    side: Side,
    delivery: str,
    event: CalEvent,
    organizer: Person,
    at: datetime,
    fields: dict[str, str],
) -> Mail | None:
    rng = ctx.rng
    if delivery == "google":
        return _google_invite(ctx, opp, event, organizer, at, fields)
    if delivery == "scheduler":
        sender = rng.choice(SCHEDULERS)
        subject, text = pick_pair(rng, H.SCHEDULER_CONFIRM, **fields)
        return ctx.mail(
            ctx.new_thread(at),
            sender,
            ctx.me,
            at,
            subject,
            text,
            opp.labels("interview_invitation"),
            style="html_qp",
            date_style="utc",
        )
    subject, text = pick_pair(rng, H.CONFIRMS, **fields)
    return _from_side(
        ctx,
        side,
        at,
        subject,
        f"{text}\n\n{signature(rng, side.contact)}",
        opp.labels("interview_invitation"),
    )


def _finish(ctx: Ctx, opp: Opp, side: Side, loop: Loop, at: datetime, outcome: str) -> None:
    rng = ctx.rng
    me = ctx.me
    fields = dict(
        first=me.given,
        company=opp.company,
        role=opp.role,
        client_label=side_label(opp, side),
        sector="logistics",
        rfirst=side.contact.given,
    )
    sig = signature(rng, side.contact)
    if outcome == "reject":
        pool = H.AGENCY_REJECT if side.agency else H.POST_LOOP_REJECT
        subject, text = pick_pair(rng, pool, **fields)
        loop.add(
            _from_side(
                ctx,
                side,
                at,
                subject,
                f"{text}\n\n{sig}",
                opp.labels("rejection"),
            )
        )
    elif outcome == "ghost" and rng.random() < 0.4:
        subject, text = pick_pair(rng, H.STATUS_HUMAN, **fields)
        loop.add(
            _from_side(
                ctx,
                side,
                at,
                subject,
                f"{text}\n\n{sig}",
                opp.labels("status_update"),
            )
        )
    elif outcome == "offer_low":
        deadline = clock.add_business_days(at.date(), 5)
        subject, text = pick_pair(
            rng,
            H.OFFERS_LOW,
            salary="$142,000",
            bonus="10%",
            equity="no equity",
            deadline=f"{deadline:%B} {deadline.day}",
            **fields,
        )
        loop.add(
            ctx.mail(
                side.thread,
                side.contact,
                me,
                at,
                _reply_subject(side.thread, subject),
                f"{text}\n\n{sig}",
                opp.labels("offer"),
                style="alt",
            )
        )
        decline_at = clock.at_business(rng, clock.add_business_days(at.date(), 3))
        loop.add(
            ctx.mail(
                side.thread,
                me,
                side.contact,
                decline_at,
                _reply_subject(side.thread, ""),
                fill(rng.choice(H.MY_DECLINE_OFFER), **fields) + "\n\n" + my_signature(rng),
                # docs/labeling.md: the candidate's decline of an offer is a status
                opp.labels("status_update"),
                quote=True,
            )
        )
        ack_at = clock.after(rng, decline_at, 1, 30)
        loop.add(
            ctx.mail(
                side.thread,
                side.contact,
                me,
                ack_at,
                _reply_subject(side.thread, ""),
                fill(rng.choice(H.OFFER_DECLINE_ACK), **fields) + "\n\n" + sig,
                opp.labels("status_update"),
                quote=True,
            )
        )
