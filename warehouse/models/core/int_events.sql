-- Calendar events that happened or will happen, joined to their extracted facts.
with events as (
    select * from stg_events
    where not is_deleted and coalesce(status, 'confirmed') <> 'cancelled'
),

facts as (
    select * from stg_event_facts
),

final as (
    select
        events.event_id,
        coalesce(events.ical_uid, facts.fact_ical_uid) as ical_uid,
        events.summary,
        events.location,
        events.start_at,
        events.end_at,
        events.is_all_day,
        events.organizer_email,
        events.attendee_emails,
        coalesce(facts.is_interview, false) as is_interview,
        facts.interview_type,
        facts.company_name,
        facts.confidence
    from events
    left join facts using (event_id)
)

select * from final
