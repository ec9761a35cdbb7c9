-- One row per week (Monday, in the user's time zone) from the first touchpoint's week
-- to the week of `now_at`; quiet weeks have zeros, not gaps.
with params as (
    select * from warehouse_params
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
            cast((select min(week_start) from int_weekly_touches) as timestamp),
            cast(local_week_start(params.now_at, params.timezone) as timestamp)
                + interval 1 day,
            interval 7 day
        ) as t (week_start)
),

-- Sums of each opportunity's weekly counts (`int_weekly_touches`, made in ranges of
-- opportunities): an opportunity counts once a week for the `count(distinct ...)`s.
touch_counts as (
    select
        week_start,
        count(opportunity_id) filter (where is_acknowledged) as applications_acknowledged,
        cast(sum(messages_sent) as bigint) as messages_sent,
        cast(sum(networking_messages_sent) as bigint) as networking_messages_sent,
        cast(sum(networking_touchpoints) as bigint) as networking_touchpoints,
        cast(sum(replies) as bigint) as replies,
        cast(sum(interview_invitations) as bigint) as interview_invitations,
        cast(sum(interviews) as bigint) as interviews,
        count(opportunity_id) filter (where is_offer) as offers,
        count(opportunity_id) filter (where is_rejection) as rejections
    from int_weekly_touches
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
