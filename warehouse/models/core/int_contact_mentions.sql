-- Every time a person is seen, for `contacts`: a sender who wrote to the candidate in
-- person (not a template), each address he wrote to, each interviewer on an interview
-- invite; with the name, title and organization seen that time. Its own step: made in
-- the same statement as the votes and aggregates of `contacts`, the joins here and
-- those held DuckDB's hash tables all at once (100k demo: +43 MB over the step's start,
-- +30 and +28 as two steps). Made a part at a time (senders, recipients, attendees:
-- `parts` in warehouse/build.py), one join's hash table at a time: +24 under half the cap.
-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
with messages as not materialized (
    select * from int_messages
),

links as not materialized (
    select * from int_message_links
),

events as (
    select int_events.*, int_event_links.employer_key
    from int_events
    inner join int_event_links using (event_id)
    where int_events.is_interview
),

senders as (
    select
        messages.from_email as email,
        messages.from_name as name,
        messages.person_title,
        coalesce(links.agency_key, links.employer_key) as org_key,
        links.agency_key is not null as is_agency,
        links.is_personal_sender as is_personal,
        messages.kind,
        messages.sent_at
    from messages
    inner join links using (message_id)
    where not messages.is_from_me
      and not messages.is_automated
      and messages.from_email is not null
      and messages.kind is not null
      and messages.kind not in ('job_alert')
),

-- The candidate's mail is picked before its addresses are unnested: filters written
-- after the unnest were applied after joining every message to its links.
recipients as (
    select
        lower(address) as email,
        cast(null as varchar) as name,
        cast(null as varchar) as person_title,
        sent.employer_key as org_key,
        false as is_agency,
        sent.is_personal_recipient as is_personal,
        sent.kind,
        sent.sent_at
    from (
        select messages.to_emails, messages.kind, messages.sent_at, links.employer_key,
            links.is_personal_recipient
        from messages
        inner join links using (message_id)
        where messages.is_from_me and links.opportunity_id is not null
    ) as sent
    cross join unnest(sent.to_emails) as t (address)
),

attendees as (
    select
        lower(address) as email,
        cast(null as varchar) as name,
        cast(null as varchar) as person_title,
        events.employer_key as org_key,
        false as is_agency,
        false as is_personal,
        'interview' as kind,
        events.start_at as sent_at
    from events
    cross join unnest(events.attendee_emails) as t (address)
),

final as (
    select * from senders
    union all
    select * from recipients
    union all
    select * from attendees
)

select * from final
