"""Hand-computed latency, rate, business-day and Kaplan–Meier figures, channel by channel.

The mailbox starts on Monday 2026-09-07 09:00 UTC (T0); the time zone is UTC so the
business-day arithmetic can be checked by hand; "now" is T0 + 40 days (the newest mail).
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pytest

from tests.warehouse.scenario import Mailbox, at, build, rows

LATENCY_COLUMNS = (
    "channel, n, responded, response_rate, median_response_hours, p75_response_hours, "
    "p90_response_hours, median_response_business_days, p75_response_business_days, "
    "p90_response_business_days, interviewed, interview_rate, offered, offer_rate, rejected, "
    "ghosted, waiting, km_answer_7d, km_answer_7d_ci_low, km_answer_7d_ci_high, km_answer_14d, "
    "km_answer_30d, km_median_days"
)


def ats(box: Mailbox, sender: str, company: str, role: str, thread: str) -> Callable[..., Mailbox]:
    """Automated mail from an applicant-tracking system about one application."""
    return box.conversation(
        sender=sender, automated=True, company=company, role=role, thread=thread
    )


def cold_applications(box: Mailbox) -> Mailbox:
    # C1: ATS ack Mon 09:00, an automated "under review" 1 h later (not an answer), a person
    # writes Wed 12:00 -> 51 h, 2.125 business days.
    acme = ats(box, "acme@myworkday.com", "Acme", "Backend Engineer", thread="c1")
    acme("c1-ack", at(0), kind="application_confirmation")
    acme("c1-auto", at(0, 1), kind="status_update")
    box.mail(
        "c1-pat",
        at(2, 3),
        sender="pat@acme.com",
        kind="status_update",
        company="Acme",
        role="Backend Engineer",
        thread="c1-b",
    )
    # C2: ack Tue 09:00, templated rejection Fri 17:00 -> 80 h, 3.3333 business days.
    beta = ats(box, "no-reply@greenhouse.io", "Beta", "SRE", thread="c2")
    beta("c2-ack", at(1), kind="application_confirmation")
    beta("c2-rej", at(4, 8), kind="rejection")
    # C3: ack Mon 09:00 and an automated status update; never a person: censored, ghosted.
    gamma = ats(box, "gamma@hire.lever.co", "Gamma", "Data Engineer", thread="c3")
    gamma("c3-ack", at(0), kind="application_confirmation")
    gamma("c3-auto", at(0, 1), kind="status_update")
    # C4: ack Wed 09:00, rejection next Mon 09:00 -> 120 h, 3 business days.
    delta = ats(box, "delta@icims.com", "Delta", "Platform Engineer", thread="c4")
    delta("c4-ack", at(2), kind="application_confirmation")
    delta("c4-rej", at(7), kind="rejection")
    return box


def other_channels(box: Mailbox) -> Mailbox:
    # Referral: a friend answers in 3 h and says she referred him; Acme's recruiter invites.
    box.mail("r1-me", at(0), me=True, to=("maria@gmail.com",), kind="networking", thread="r1")
    box.mail(
        "r1-maria",
        at(0, 3),
        sender="maria@gmail.com",
        kind="networking",
        company="Acme",
        role="Staff Engineer",
        thread="r1",
        body="Happy to help! I referred you for the Staff Engineer role.",
    )
    box.mail(
        "r1-acme",
        at(1),
        sender="sam@acme.com",
        kind="interview_invitation",
        company="Acme",
        role="Staff Engineer",
        thread="r1-b",
    )
    # Networking: one answered in 6 h (Tue 09:00 -> 15:00); one waiting 28 days.
    box.mail("n1-me", at(1), me=True, to=("joe@gmail.com",), kind="networking", thread="n1")
    box.mail("n1-joe", at(1, 6), sender="joe@gmail.com", kind="networking", thread="n1")
    box.mail("n2-me", at(12), me=True, to=("ann@yahoo.com",), kind="networking", thread="n2")
    # Agency: Kim writes Mon 09:00, he answers 11:00 (clock start), Kim invites Tue 10:00
    # -> 23 h, 0.9583 business days; an offer later.
    kim = box.conversation(
        sender="kim@talentbridge.com", agency="TalentBridge", role="Staff Engineer", thread="a1"
    )
    kim("a1-kim", at(0), kind="recruiter_outreach", company="TalentBridge")
    box.mail("a1-me", at(0, 2), me=True, to=("kim@talentbridge.com",), kind="other", thread="a1")
    kim("a1-inv", at(1, 1), kind="interview_invitation", company="Omega Corp")
    kim("a1-offer", at(20), kind="offer", company="Omega Corp")
    # Recruiter inbound: Lee writes Thu 09:00, he answers 10:00, Lee invites Mon 10:00
    # -> 96 h, 2 business days. Ana writes and never gets an answer: not pursued.
    lee = box.conversation(
        sender="lee@zeta.io", company="Zeta", role="Engineering Manager", thread="i1"
    )
    lee("i1-lee", at(3), kind="recruiter_outreach")
    box.mail("i1-me", at(3, 1), me=True, to=("lee@zeta.io",), kind="other", thread="i1")
    lee("i1-inv", at(7, 1), kind="interview_invitation")
    box.mail(
        "i2-ana",
        at(5),
        sender="ana@eta.com",
        kind="recruiter_outreach",
        company="Eta",
        role="Staff SRE",
        thread="i2",
    )
    # Job board: LinkedIn sends the acknowledgement; nothing else: ghosted.
    box.ack(
        "j1-ack",
        at(0),
        sender="jobs-noreply@linkedin.com",
        company="Theta",
        role="Backend Engineer",
        thread="j1",
    )
    # Unknown: a status mail nobody asked for; no candidate act: not pursued.
    box.mail(
        "u1",
        at(6),
        sender="hr@kappa.com",
        kind="status_update",
        company="Kappa",
        role="QA Lead",
        thread="u1",
    )
    # Noise that fixes "now" at T0 + 40 days.
    box.mail("alert", at(40), sender="alerts@indeed.com", kind="job_alert", automated=True)
    return box


@pytest.fixture(scope="module")
def built() -> duckdb.DuckDBPyConnection:
    return build(other_channels(cold_applications(Mailbox())))


def latency(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    got = rows(con, f"select {LATENCY_COLUMNS} from response_latency_by_channel")
    return {r.pop("channel"): r for r in got}


def approx_row(**values: object) -> dict:
    return {k: pytest.approx(v, abs=1e-4) if isinstance(v, float) else v for k, v in values.items()}


def empty_row(**overrides: object) -> dict:
    """A channel's row with no opportunities, or with `overrides` where it differs."""
    return approx_row(
        n=0,
        responded=0,
        response_rate=None,
        median_response_hours=None,
        p75_response_hours=None,
        p90_response_hours=None,
        median_response_business_days=None,
        p75_response_business_days=None,
        p90_response_business_days=None,
        interviewed=0,
        interview_rate=None,
        offered=0,
        offer_rate=None,
        rejected=0,
        ghosted=0,
        waiting=0,
        km_answer_7d=None,
        km_answer_7d_ci_low=None,
        km_answer_7d_ci_high=None,
        km_answer_14d=None,
        km_answer_30d=None,
        km_median_days=None,
    ) | approx_row(**overrides)


def answered_once(hours: float, business_days: float, *, interviewed: int, offered: int) -> dict:
    """The row of a channel whose one opportunity was answered after `hours`: every quantile
    is that answer, and the Kaplan–Meier curve reaches 1 at once, with no interval."""
    return approx_row(
        n=1,
        responded=1,
        response_rate=1.0,
        median_response_hours=hours,
        p75_response_hours=hours,
        p90_response_hours=hours,
        median_response_business_days=business_days,
        p75_response_business_days=business_days,
        p90_response_business_days=business_days,
        interviewed=interviewed,
        interview_rate=float(interviewed),
        offered=offered,
        offer_rate=float(offered),
        rejected=0,
        ghosted=0,
        waiting=0,
        km_answer_7d=1.0,
        km_answer_7d_ci_low=None,
        km_answer_7d_ci_high=None,
        km_answer_14d=1.0,
        km_answer_30d=1.0,
        km_median_days=hours / 24,
    )


def test_cold_applications_row(built: duckdb.DuckDBPyConnection) -> None:
    # Responders 51, 80, 120 h; quantile_cont: p75 = 80 + 0.5 * 40, p90 = 80 + 0.8 * 40.
    # Business days 2.125, 3.0, 3.3333. KM (days): events at 2.125, 3.333, 5; C3 censored
    # at 40: S = 3/4, 1/2, 1/4 -> P(answer within 7) = 0.75; Greenwood sum
    # 1/12 + 1/6 + 1/2 = 0.75; log-log CI of S: 0.25 ** exp(+-1.96 * sqrt(0.75) / ln 4).
    assert latency(built)["cold_application"] == approx_row(
        n=4,
        responded=3,
        response_rate=0.75,
        median_response_hours=80.0,
        p75_response_hours=100.0,
        p90_response_hours=112.0,
        median_response_business_days=3.0,
        p75_response_business_days=3.166667,
        p90_response_business_days=3.266667,
        interviewed=0,
        interview_rate=0.0,
        offered=0,
        offer_rate=0.0,
        rejected=2,
        ghosted=1,
        waiting=0,
        km_answer_7d=0.75,
        km_answer_7d_ci_low=0.334687,
        km_answer_7d_ci_high=0.991054,
        km_answer_14d=0.75,
        km_answer_30d=0.75,
        km_median_days=80 / 24,
    )


def test_networking_row_counts_the_waiting_as_censored(built: duckdb.DuckDBPyConnection) -> None:
    # One answer at 0.25 days, one waiting 28 days: S(7) = 1/2, Greenwood 1/(2*1);
    # P(30 days) is not estimable: nobody followed that long and the curve is above 0.
    assert latency(built)["networking"] == approx_row(
        n=2,
        responded=1,
        response_rate=0.5,
        median_response_hours=6.0,
        p75_response_hours=6.0,
        p90_response_hours=6.0,
        median_response_business_days=0.25,
        p75_response_business_days=0.25,
        p90_response_business_days=0.25,
        interviewed=0,
        interview_rate=0.0,
        offered=0,
        offer_rate=0.0,
        rejected=0,
        ghosted=0,
        waiting=1,
        # log-log CI: 0.5 ** exp(-+1.96 * sqrt(0.5) / ln 2) = 0.5 ** exp(-+1.99944)
        km_answer_7d=0.5,
        km_answer_7d_ci_low=0.089591,
        km_answer_7d_ci_high=0.994015,
        km_answer_14d=0.5,
        km_answer_30d=None,
        km_median_days=0.25,
    )


def test_referral_agency_recruiter_and_board_rows(built: duckdb.DuckDBPyConnection) -> None:
    got = latency(built)
    assert got["referral"] == answered_once(3.0, 0.125, interviewed=1, offered=0)
    assert got["agency"] == answered_once(23.0, 23 / 24, interviewed=1, offered=1)
    assert got["recruiter_inbound"] == answered_once(96.0, 2.0, interviewed=1, offered=0)
    # Nobody answered in 40 days: P = 0 at every horizon, no interval at S = 1.
    assert got["job_board"] == empty_row(
        n=1,
        response_rate=0.0,
        interview_rate=0.0,
        offer_rate=0.0,
        ghosted=1,
        km_answer_7d=0.0,
        km_answer_14d=0.0,
        km_answer_30d=0.0,
    )
    assert got["unknown"] == empty_row()


def test_every_channel_has_a_row_in_precedence_order(built: duckdb.DuckDBPyConnection) -> None:
    got = [r["channel"] for r in rows(built, "select channel from response_latency_by_channel")]
    assert got == [
        "referral",
        "networking",
        "agency",
        "recruiter_inbound",
        "job_board",
        "cold_application",
        "unknown",
    ]


def test_funnel_counts_unpursued_opportunities_apart(built: duckdb.DuckDBPyConnection) -> None:
    got = rows(
        built,
        "select channel, opportunities, touched, responded, interviewed, offered "
        "from funnel_by_channel where channel in ('recruiter_inbound', 'unknown')",
    )
    assert got == [
        {
            "channel": "recruiter_inbound",
            "opportunities": 2,
            "touched": 1,
            "responded": 1,
            "interviewed": 1,
            "offered": 0,
        },
        {
            "channel": "unknown",
            "opportunities": 1,
            "touched": 0,
            "responded": 0,
            "interviewed": 0,
            "offered": 0,
        },
    ]


def test_each_opportunity_keeps_the_ids_behind_its_figures(
    built: duckdb.DuckDBPyConnection,
) -> None:
    got = rows(
        built,
        "select first_touch_id, first_response_id, channel, channel_evidence_id, stage, "
        "stage_touchpoint_id from opportunities where first_touch_id in "
        "('c1-ack', 'a1-me', 'r1-me') order by first_touch_id",
    )
    assert got == [
        {
            "first_touch_id": "a1-me",
            "first_response_id": "a1-inv",
            "channel": "agency",
            "channel_evidence_id": "a1-kim",
            "stage": "offer",
            "stage_touchpoint_id": "a1-offer",
        },
        {
            "first_touch_id": "c1-ack",
            "first_response_id": "c1-pat",
            "channel": "cold_application",
            "channel_evidence_id": "c1-ack",
            "stage": "responded",
            "stage_touchpoint_id": "c1-pat",
        },
        {
            "first_touch_id": "r1-me",
            "first_response_id": "r1-maria",
            "channel": "referral",
            "channel_evidence_id": "r1-maria",
            "stage": "interviewing",
            "stage_touchpoint_id": "r1-acme",
        },
    ]


def test_censored_opportunities_change_km_but_not_the_responders_median() -> None:
    base = cold_applications(Mailbox())
    base.mail("alert", at(40), sender="alerts@indeed.com", kind="job_alert", automated=True)
    before = latency(build(base))["cold_application"]
    # One more application, acknowledged on day 35: waiting 5 days at "now".
    base.ack("c5-ack", at(35), sender="iota@ashbyhq.com", company="Iota", role="SRE", thread="c5")
    after = latency(build(base))["cold_application"]
    assert after["median_response_hours"] == before["median_response_hours"] == 80.0
    assert (before["n"], after["n"], after["waiting"]) == (4, 5, 1)
    # At t = 5 the answer (C4) comes before the censoring (C5): S = .8 * .75 * (1 - 1/3).
    assert before["km_answer_7d"] == pytest.approx(0.75)
    assert after["km_answer_7d"] == pytest.approx(0.6)


def test_an_automated_acknowledgement_never_counts_as_a_response() -> None:
    box = Mailbox()
    acme = box.conversation(automated=True, company="Acme", role="SRE", thread="a")
    acme("ack", at(0), sender="acme@myworkday.com", kind="application_confirmation")
    acme("ack2", at(0, 0, 5), sender="talent@acme.com", kind="application_confirmation")
    acme("upd", at(1), sender="acme@myworkday.com", kind="status_update")
    box.mail("alert", at(10), sender="alerts@indeed.com", kind="job_alert", automated=True)
    got = rows(
        build(box),
        "select is_pursued, is_responded, first_response_id, stage, observed_days "
        "from opportunities",
    )
    assert got == [
        {
            "is_pursued": True,
            "is_responded": False,
            "first_response_id": None,
            "stage": "contacted",
            "observed_days": 10.0,
        }
    ]


@pytest.mark.parametrize("client", ["Omega Corp", None], ids=["client-named", "client-unnamed"])
def test_an_agency_submitting_the_cv_starts_the_clock(client: str | None) -> None:
    # No mail from the candidate: he applied on the agency's site. The agency's "your CV
    # went to the client" (a status_update by docs/labeling.md) is the application; the
    # client's rejection two days later is the answer.
    box = Mailbox()
    kim = box.conversation(
        sender="kim@talentbridge.com", agency="TalentBridge", role="Staff Engineer", thread="a"
    )
    kim("a-sent", at(0), kind="status_update", company=client)
    kim("a-rej", at(2), kind="rejection", company=client)
    got = rows(
        build(box),
        "select is_pursued, first_touch_id, first_response_id, response_hours from opportunities",
    )
    assert got == [
        {
            "is_pursued": True,
            "first_touch_id": "a-sent",
            "first_response_id": "a-rej",
            "response_hours": 48.0,
        }
    ]
