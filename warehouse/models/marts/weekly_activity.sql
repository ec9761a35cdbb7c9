-- One row per week (Monday, in the user's time zone) from the first touchpoint's week
-- to the week of `now_at`; quiet weeks have zeros, not gaps.
with params as (
    select * from warehouse_params
),

-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
touchpoints as not materialized (
    select
        touchpoints.*,
        local_week_start(touched_at, params.timezone) as week_start
    from touchpoints
    cross join params
    where touched_at <= params.now_at
),

opportunities as (
    select
        opportunities.*,
        local_week_start(first_touch_at, params.timezone) as week_start
    from opportunities
    cross join params
    where is_pursued
),

weeks as (
    select cast(week_start as date) as week_start
    from params,
        range(
            cast((select min(week_start) from touchpoints) as timestamp),
            cast(local_week_start(params.now_at, params.timezone) as timestamp)
                + interval 1 day,
            interval 7 day
        ) as t (week_start)
),

touch_counts as (
    select
        week_start,
        count(distinct opportunity_id) filter (where kind = 'application_confirmation')
            as applications_acknowledged,
        count(*) filter (where direction = 'from_candidate') as messages_sent,
        count(*) filter (where direction = 'from_candidate' and kind = 'networking')
            as networking_messages_sent,
        count(*) filter (where kind = 'networking') as networking_touchpoints,
        count(*) filter (where is_human_response and kind <> 'recruiter_outreach') as replies,
        count(*) filter (where kind = 'interview_invitation') as interview_invitations,
        count(*) filter (where kind = 'interview') as interviews,
        count(distinct opportunity_id) filter (where kind = 'offer') as offers,
        count(distinct opportunity_id) filter (where kind = 'rejection') as rejections
    from touchpoints
    group by week_start
),

start_counts as (
    select
        week_start,
        count(*) as opportunities_started,
        count(*) filter (where channel in ('cold_application', 'job_board')) as applications,
        count(*) filter (where channel in ('referral', 'networking')) as networking_started,
        count(*) filter (where channel in ('recruiter_inbound', 'agency')) as recruiter_started
    from opportunities
    group by week_start
),

final as (
    select
        weeks.week_start,
        cast(weeks.week_start + interval 6 day as date) as week_end,
        coalesce(start_counts.opportunities_started, 0) as opportunities_started,
        coalesce(start_counts.applications, 0) as applications,
        coalesce(start_counts.networking_started, 0) as networking_started,
        coalesce(start_counts.recruiter_started, 0) as recruiter_started,
        coalesce(touch_counts.applications_acknowledged, 0) as applications_acknowledged,
        coalesce(touch_counts.messages_sent, 0) as messages_sent,
        coalesce(touch_counts.networking_messages_sent, 0) as networking_messages_sent,
        coalesce(touch_counts.networking_touchpoints, 0) as networking_touchpoints,
        coalesce(touch_counts.replies, 0) as replies,
        coalesce(touch_counts.interview_invitations, 0) as interview_invitations,
        coalesce(touch_counts.interviews, 0) as interviews,
        coalesce(touch_counts.offers, 0) as offers,
        coalesce(touch_counts.rejections, 0) as rejections
    from weeks
    left join touch_counts using (week_start)
    left join start_counts using (week_start)
    order by weeks.week_start
)

select * from final
