-- Each opportunity's touchpoints counted by week (Monday, in the user's time zone), up to
-- `now_at`: what `weekly_activity` sums. Made a range of opportunities at a time.
with params as (
    select * from warehouse_params
),

touchpoints as (
    select
        touchpoints.*,
        local_week_start(touched_at, params.timezone) as week_start
    from touchpoints
    cross join params
    where touched_at <= params.now_at
),

final as (
    select
        week_start,
        opportunity_id,
        bool_or(kind = 'application_confirmation') as is_acknowledged,
        count(*) filter (where direction = 'from_candidate') as messages_sent,
        count(*) filter (where direction = 'from_candidate' and kind = 'networking')
            as networking_messages_sent,
        count(*) filter (where kind = 'networking') as networking_touchpoints,
        count(*) filter (where is_human_response and kind <> 'recruiter_outreach') as replies,
        count(*) filter (where kind = 'interview_invitation') as interview_invitations,
        count(*) filter (where kind = 'interview') as interviews,
        bool_or(kind = 'offer') as is_offer,
        bool_or(kind = 'rejection') as is_rejection
    from touchpoints
    group by week_start, opportunity_id
)

select * from final
