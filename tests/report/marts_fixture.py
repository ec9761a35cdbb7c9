"""A tiny hand-made warehouse: the marts the report reads, with known values.

Until the real build runs in these tests, the marts are plain tables holding the
columns documented in docs/sql.md, so every figure in the report can be checked
against a number written here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb

from warehouse.schema import ensure_schema

TZ = "America/Chicago"
WEEK = "2026-W47"  # Mon Nov 16 – Sun Nov 22, 2026
QUIET_WEEK = "2026-W45"  # Nov 2–8: nothing at all (weekly_activity has no row)

MARTS = {
    "response_latency_by_channel": """
        create table response_latency_by_channel as select * from (values
          ('cold_application', 40, 4, 0.10, 120.0, 150.0, 300.0, 5.0, 6.0, 12.0,
           0.025, 0.0, 30, 0.05, 0.01, 0.15, 0.075, 0.02, 0.19, 0.10, 0.04, 0.23),
          ('networking', 6, 5, 0.8333, 20.0, 30.0, 60.0, 1.0, 1.5, 2.5,
           0.5, 0.0, 1, 0.667, 0.27, 0.91, 0.833, 0.41, 0.98, 0.833, 0.41, 0.98),
          ('referral', 2, 2, 1.0, 10.0, 12.0, 14.0, 0.5, 0.5, 0.6,
           1.0, 0.5, 0, 1.0, null, null, 1.0, null, null, 1.0, null, null)
        ) t(channel, n, responded, response_rate, median_hours, p75_hours, p90_hours,
            median_business_days, p75_business_days, p90_business_days,
            interview_rate, offer_rate, ghosted, km_7d, km_7d_low, km_7d_high,
            km_14d, km_14d_low, km_14d_high, km_30d, km_30d_low, km_30d_high)
    """,
    "funnel_by_channel": """
        create table funnel_by_channel as select * from (values
          ('cold_application', 40, 4, 1, 0),
          ('networking', 6, 5, 3, 0),
          ('referral', 2, 2, 2, 1)
        ) t(channel, touched, responded, interviewed, offered)
    """,
    "weekly_activity": """
        create table weekly_activity as select * from (values
          (date '2026-10-26', 12, 1, 2, 3, 0, 0, 2),
          (date '2026-11-09', 10, 2, 3, 2, 1, 0, 1),
          (date '2026-11-16', 8, 3, 4, 5, 2, 1, 1)
        ) t(week_start, applications, outreach, networking, replies, interviews, offers,
            rejections)
    """,
    "follow_ups_due": """
        create table follow_ups_due as select * from (values
          ('opp-1', 'Acme Robotics', 'Staff Engineer', 'networking', 'Zoë Nguyễn',
           'msg-17', '1869173529371943936', timestamptz '2026-11-05 15:00:00+00', 17),
          ('opp-2', 'Globex', 'Principal Engineer', 'cold_application', null,
           'msg-22', null, timestamptz '2026-11-10 15:00:00+00', 12)
        ) t(opportunity_id, company, role, channel, contact_name, last_message_id,
            gmail_thread_id, waiting_since_at, days_waiting)
    """,
    "upcoming_interviews": """
        create table upcoming_interviews as select * from (values
          ('opp-3', 'Initech', 'Senior Engineer', 'technical',
           timestamptz '2026-11-24 16:00:00+00')
        ) t(opportunity_id, company, role, interview_type, starts_at)
    """,
    "opportunity_timeline": """
        create table opportunity_timeline as select * from (values
          ('opp-4', 'Hooli', 'Engineering Manager', 'referral', 'offer',
           timestamptz '2026-11-19 18:00:00+00', 'msg-40'),
          ('opp-5', 'Vandelay', 'Backend Engineer', 'cold_application', 'rejected',
           timestamptz '2026-11-18 14:00:00+00', 'msg-41'),
          ('opp-6', 'Umbrella', 'SRE', 'cold_application', 'rejected',
           timestamptz '2026-10-28 14:00:00+00', 'msg-12'),
          ('opp-3', 'Initech', 'Senior Engineer', 'networking', 'interview',
           timestamptz '2026-11-17 14:00:00+00', 'msg-30')
        ) t(opportunity_id, company, role, channel, stage, stage_at, message_key)
    """,
    "review_queue": """
        create table review_queue as select * from (values
          ('message', 'msg-50', 'low confidence kind', 'Stark Industries', 0.41),
          ('link', 'msg-51', 'company matched by domain only', 'Wayne Enterprises', 0.55)
        ) t(item_type, item_key, reason, company, confidence)
    """,
    "opportunity_latency": """
        create table opportunity_latency as select * from (values
          ('referral', 0.5, true), ('referral', 1.0, true),
          ('networking', 1.0, true), ('networking', 2.0, true), ('networking', 2.0, true),
          ('networking', 5.0, true), ('networking', 9.0, true), ('networking', 20.0, false),
          ('cold_application', 3.0, true), ('cold_application', 30.0, false)
        ) t(channel, days_to_response, is_responded)
    """,
}


def make_report_db(con: duckdb.DuckDBPyConnection, *, with_marts: bool = True) -> None:
    ensure_schema(con)
    con.execute(
        """
        insert into raw_messages (message_key, account, source, sent_at, is_from_me)
        values ('msg-last', 'default', 'test', ?, false)
        """,
        [datetime(2026, 11, 20, 17, 0, tzinfo=UTC)],
    )
    if with_marts:
        for sql in MARTS.values():
            con.execute(sql)


def fixture_week_start() -> date:
    return date(2026, 11, 16)
