-- Interviews after `now_at`: calendar events, and interview times named in invitation
-- mail that no calendar event already covers. One row per interview, whatever company
-- spelling or opportunity the mail and the event were linked to: a person attends one
-- interview at a time, so rows at the same instant are the same interview.
with params as (
    select * from warehouse_params
),

-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
touchpoints as not materialized (
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
        int_events.location,
        int_events.ical_uid,
        touchpoints.confidence,
        touchpoints.touched_at as noted_at
    from touchpoints
    inner join int_events using (event_id)
    where touchpoints.touchpoint_type = 'event' and touchpoints.kind = 'interview'
),

mentioned as (
    select
        'message' as source,
        touchpoints.opportunity_id,
        cast(null as varchar) as event_id,
        touchpoints.message_id,
        touchpoints.gmail_thread_id,
        touchpoints.interview_at as starts_at,
        touchpoints.interview_type,
        touchpoints.summary,
        cast(null as varchar) as location,
        cast(null as varchar) as ical_uid,
        touchpoints.confidence,
        touchpoints.touched_at as noted_at,
        int_messages.ical_uids
    from touchpoints
    inner join int_messages using (message_id)
    where touchpoints.touchpoint_type = 'message'
      and touchpoints.kind = 'interview_invitation'
      and touchpoints.interview_at is not null
      -- only upcoming ones can be kept (`final`); rows at other instants do not change
      -- which one is kept at an upcoming instant (`deduplicated`)
      and touchpoints.interview_at > (select now_at from params)
),

-- A mail is covered by an event that carries its invite's iCalUID, starts at the same
-- instant (in any opportunity), or starts within the hour in the same opportunity.
mentioned_without_event as (
    select mentioned.* exclude (ical_uids)
    from mentioned
    anti join events
        on list_contains(mentioned.ical_uids, events.ical_uid)
        or events.starts_at = mentioned.starts_at
        or (
            events.opportunity_id = mentioned.opportunity_id
            and abs(hours_between(events.starts_at, mentioned.starts_at)) < 1
        )
),

unioned as (
    select * from events
    where starts_at > (select now_at from params)
    union all
    select * from mentioned_without_event
),

-- One row per instant: a calendar event before mail, the surest extraction, then the
-- newest mail (a reschedule repeats the time).
deduplicated as (
    select * from unioned
    qualify row_number() over (
        partition by starts_at
        order by
            source,
            confidence desc nulls last,
            noted_at desc,
            coalesce(event_id, message_id)
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
