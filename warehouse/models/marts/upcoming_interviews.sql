-- Interviews after `now_at`: calendar events, and interview times named in invitation
-- mail that has no calendar event of its own in that opportunity.
with params as (
    select * from warehouse_params
),

touchpoints as (
    select * from touchpoints
),

events as (
    select
        'event' as source,
        touchpoints.opportunity_id,
        touchpoints.event_id,
        cast(null as varchar) as message_id,
        cast(null as varchar) as gmail_thread_id,
        touchpoints.touched_at as starts_at,
        touchpoints.interview_type,
        touchpoints.summary,
        int_events.location
    from touchpoints
    inner join int_events using (event_id)
    where touchpoints.touchpoint_type = 'event' and touchpoints.kind = 'interview'
),

mentioned as (
    select
        'message' as source,
        opportunity_id,
        cast(null as varchar) as event_id,
        message_id,
        gmail_thread_id,
        interview_at as starts_at,
        interview_type,
        summary,
        cast(null as varchar) as location
    from touchpoints
    where touchpoint_type = 'message'
      and kind = 'interview_invitation'
      and interview_at is not null
),

mentioned_without_event as (
    select mentioned.*
    from mentioned
    anti join events
        on events.opportunity_id = mentioned.opportunity_id
        and abs(hours_between(events.starts_at, mentioned.starts_at)) < 1
),

unioned as (
    select * from events
    union all
    select * from mentioned_without_event
),

-- The newest mail about one interview time wins (a reschedule repeats the time).
deduplicated as (
    select * from unioned
    qualify row_number() over (
        partition by opportunity_id, starts_at order by source, message_id desc
    ) = 1
),

final as (
    select
        deduplicated.opportunity_id,
        opportunities.organization_name,
        opportunities.role_name,
        opportunities.channel,
        deduplicated.source,
        deduplicated.event_id,
        deduplicated.message_id,
        coalesce(deduplicated.gmail_thread_id, opportunities.gmail_thread_id)
            as gmail_thread_id,
        deduplicated.starts_at,
        timezone(params.timezone, deduplicated.starts_at) as starts_local_at,
        deduplicated.interview_type,
        deduplicated.summary,
        deduplicated.location
    from deduplicated
    inner join opportunities using (opportunity_id)
    cross join params
    where deduplicated.starts_at > params.now_at
    order by deduplicated.starts_at
)

select * from final
