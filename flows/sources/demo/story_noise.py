"""Everything in the mailbox that is not about one application: job alerts, newsletters,
social notifications, bills, school and church mail, spam; and the family calendar.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from flows.sources.demo import clock
from flows.sources.demo.context import END, PERSONAL_LABELS, START, Ctx
from flows.sources.demo.model import CalEvent, Labels, Mail, Person
from flows.sources.demo.people import ROLES, personal_person
from flows.sources.demo.templates import fill
from flows.sources.demo.templates import noise as Z
from flows.sources.demo.vendors import (
    DICE,
    GLASSDOOR,
    INDEED_ALERTS,
    LINKEDIN_ALERTS,
    LINKEDIN_NEWS,
    ZIPRECRUITER,
)

Item = Mail | CalEvent
ALERT_SENDERS = [
    ("linkedin", LINKEDIN_ALERTS, 4.0),
    ("indeed", INDEED_ALERTS, 3.5),
    ("glassdoor", GLASSDOOR, 1.0),
    ("ziprecruiter", ZIPRECRUITER, 1.0),
    ("dice", DICE, 0.6),
]
QUERIES = [
    "senior software engineer",
    "staff engineer",
    "platform engineer",
    "backend engineer",
    "site reliability engineer",
]
JOB_ALERT = Labels("job_alert")
OTHER = Labels("other")
UNSUB = (
    ("List-Unsubscribe", "<https://example.com/unsubscribe>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
)


def _listing(ctx: Ctx) -> tuple[str, str, str]:
    rng = ctx.rng
    rows = []
    first = ("", "")
    for i in range(rng.randrange(3, 7)):
        company = (
            ctx.employers.new()[0]
            if rng.random() < 0.2
            else rng.choice(
                [
                    "Target",
                    "Best Buy",
                    "UnitedHealth Group",
                    "Medtronic",
                    "3M",
                    "General Mills",
                    "Optum",
                    "Ameriprise",
                    "U.S. Bank",
                    "Thomson Reuters",
                ]
            )
        )
        role = rng.choice(ROLES)
        if i == 0:
            first = (role, company)
        rows.append(
            f"{role}\n{company} · {rng.choice(['Minneapolis, MN', 'Remote'])}\n"
            f"{rng.choice(['Actively recruiting', 'Be an early applicant', '1 day ago', ''])}"
        )
    return "\n\n".join(rows), first[0], first[1]


def _alert(ctx: Ctx, board: str, sender: Person, at: datetime) -> Mail | None:
    rng = ctx.rng
    listing, job1, co1 = _listing(ctx)
    query = rng.choice(QUERIES)
    subject = fill(
        rng.choice(Z.ALERT_SUBJECTS[board]),
        n=rng.randrange(3, 40),
        query=query,
        job1=job1,
        co1=co1,
        first=ctx.me.given,
    )
    text = fill(Z.ALERT_BODY, query=query, listing=listing, link=f"https://www.{board}.com/jobs")
    return ctx.mail(
        ctx.new_thread(at),
        sender,
        ctx.me,
        at.astimezone(clock.UTC),
        subject,
        text,
        JOB_ALERT,
        style=rng.choice(["html_b64", "html_qp", "alt"]),
        date_style=rng.choice(["utc", "gmt"]),
        extra_headers=UNSUB,
    )


def _newsletter(ctx: Ctx, at: datetime) -> Mail | None:
    rng = ctx.rng
    name, addr, titles, kind = rng.choice(Z.NEWSLETTERS)
    title = fill(rng.choice(titles), n=rng.randrange(600, 760), first=ctx.me.given)
    topics = ", ".join(rng.sample(Z.NEWSLETTER_TOPICS[kind], 3))
    text = fill(Z.NEWSLETTER_BODY, title=title, topics=topics, link=f"https://{addr.split('@')[1]}")
    return ctx.mail(
        ctx.new_thread(at),
        Person(name, addr),
        ctx.me,
        at,
        title,
        text,
        Labels(kind),
        style=rng.choice(["html_b64", "alt", "html_qp"]),
        extra_headers=UNSUB,
    )


def _other(ctx: Ctx, at: datetime) -> Mail | None:
    rng = ctx.rng
    r = rng.random()
    if r < 0.12:
        friend = personal_person(rng)
        subject, text = rng.choice(Z.FRIEND_MAIL)
        return ctx.mail(
            ctx.new_thread(at),
            friend,
            ctx.me,
            at,
            subject,
            text + "\n\n" + friend.given,
            OTHER,
            gmail_labels=rng.choice(PERSONAL_LABELS),
        )
    if r < 0.17:
        subject, text = rng.choice(Z.SPAM)
        who = Person("Rewards Center", f"promo{rng.randrange(999)}@win-{rng.randrange(99)}.biz")
        return ctx.mail(
            ctx.new_thread(at),
            who,
            ctx.me,
            at,
            subject,
            text,
            OTHER,
            gmail_labels=("Spam", "Unread"),
            style="html_qp",
        )
    if r < 0.24:
        subject, text = rng.choice(Z.LINKEDIN_SOCIAL)
        return ctx.mail(
            ctx.new_thread(at),
            LINKEDIN_NEWS,
            ctx.me,
            at.astimezone(clock.UTC),
            fill(subject, n=rng.randrange(5, 60), first=ctx.me.given),
            fill(text, co1="Target", co2="Optum"),
            JOB_ALERT,
            style="html_b64",
            extra_headers=UNSUB,
        )
    name, addr, subject, text = rng.choice(Z.OTHER_MAIL)
    weekend = at.date() - timedelta(days=(at.weekday() + 2) % 7)
    text = fill(text, code=rng.randrange(100000, 999999), weekend=f"{weekend:%m/%d/%Y}")
    return ctx.mail(
        ctx.new_thread(at),
        Person(name, addr),
        ctx.me,
        at,
        subject,
        text,
        OTHER,
        style=rng.choice(["plain", "alt", "html_qp", "latin1"]),
        gmail_labels=rng.choice(
            [("Inbox", "Category Updates", "Opened"), ("Archived", "Opened"), ("Inbox", "Unread")]
        ),
    )


def _layoff(ctx: Ctx) -> Mail | None:
    at = datetime.combine(START, time(9, 3), clock.CHICAGO)
    hr = Person("Corvane People Team", "people@corvanelogistics.com")
    text = (
        "Tom,\n\nAs discussed in today's meeting, your position has been eliminated as part "
        "of the reduction in force effective August 14, 2026. Attached are your separation "
        "agreement and information on COBRA and outplacement services.\n\nCorvane People Team"
    )
    return ctx.mail(
        ctx.new_thread(at),
        hr,
        ctx.me,
        at,
        "Your separation agreement",
        text,
        OTHER,
        gmail_labels=("Inbox", "Important", "Opened"),
    )


def weekly_noise(ctx: Ctx):  # type: ignore[no-untyped-def]
    rng = ctx.rng
    yield [m for m in [_layoff(ctx)] if m is not None]
    week = START
    while week <= END:
        items: list[Item | None] = []
        for board, sender, per_week in ALERT_SENDERS:
            for _ in range(ctx.count(per_week)):
                day = week + timedelta(days=rng.randrange(7))
                items.append(
                    _alert(ctx, board, sender, clock.at_business(rng, day, clock.UTC, 10, 16))
                )
        for _ in range(ctx.count(6.0)):
            items.append(
                _newsletter(
                    ctx,
                    clock.at_business(
                        rng, week + timedelta(days=rng.randrange(7)), clock.ZONES[1], 6, 9
                    ),
                )
            )
        for _ in range(ctx.count(12.0)):
            day = week + timedelta(days=rng.randrange(7))
            items.append(_other(ctx, clock.at_business(rng, day, clock.CHICAGO, 7, 22)))
        yield [i for i in items if i is not None]
        week += timedelta(days=7)


def family_calendar(ctx: Ctx) -> list[Item]:
    """Recurring family events (expanded by readers within a window) and a few one-offs."""
    me = ctx.me
    chi = clock.CHICAGO
    spouse = Person("Anna Brennan", "anna.brennan@gmail.com")
    practice = ctx.event(
        "Emma soccer practice",
        datetime(2026, 8, 25, 17, 30, tzinfo=chi),
        90,
        spouse,
        (me, spouse),
        location="Edina Community Fields",
    )
    practice.rrule = {
        "freq": "weekly",
        "byday": ["TU", "TH"],
        "until": datetime(2026, 11, 6, 5, 59, tzinfo=clock.UTC),
    }
    group = ctx.event(
        "Small group",
        datetime(2026, 9, 9, 19, 0, tzinfo=chi),
        90,
        me,
        (me,),
        location="St. Mark's, room 4",
    )
    group.rrule = {"freq": "weekly", "byday": ["WE"]}
    group.exdates = (
        datetime(2026, 11, 25, 19, 0, tzinfo=chi),
        datetime(2026, 12, 23, 19, 0, tzinfo=chi),
    )
    hockey = ctx.event(
        "Hockey - Jack (Mite B)",
        datetime(2026, 11, 14, 8, 0, tzinfo=chi),
        75,
        spouse,
        (me, spouse),
        location="Braemar Arena",
    )
    hockey.rrule = {"freq": "weekly", "byday": ["SA"], "count": 16}
    claim = ctx.event(
        "Request UI benefit payment", datetime(2026, 8, 23, 9, 0, tzinfo=chi), 15, me, (me,)
    )
    claim.rrule = {
        "freq": "weekly",
        "byday": ["SU"],
        "until": datetime(2027, 3, 21, 5, 0, tzinfo=clock.UTC),
    }
    thanksgiving = ctx.event(
        "Thanksgiving at Mom's", datetime(2026, 11, 26, tzinfo=chi), 1440, me, (me,)
    )
    thanksgiving.all_day = True
    thanksgiving.end = thanksgiving.start + timedelta(days=1)
    meetup = ctx.event(
        "Twin Cities Python meetup",
        datetime(2026, 9, 24, 18, 0, tzinfo=chi),
        120,
        Person("Meetup", "info@meetup.com"),
        (me,),
        location="Coco Uptown",
    )
    return [practice, group, hockey, claim, thanksgiving, meetup]
