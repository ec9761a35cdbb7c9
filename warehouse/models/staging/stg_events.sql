-- One row per stored calendar event (instances of recurring events included).
with source as (
    select * from raw_events
),

final as (
    select
        event_key as event_id,
        account,
        source,
        calendar_id,
        event_id as calendar_event_id,
        ical_uid,
        recurring_event_id,
        status,
        summary,
        location,
        cast(start_at as timestamptz) as start_at,
        cast(end_at as timestamptz) as end_at,
        coalesce(is_all_day, false) as is_all_day,
        lower(organizer_email) as organizer_email,
        coalesce(attendees, []) as attendee_emails,
        coalesce(is_deleted, false) as is_deleted
    from source
)

select * from final
