-- People: everyone who wrote to the candidate in person (not a template), everyone he
-- wrote to, and interviewers on interview invites. Role is a best guess from the mail.
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

params as (
    select * from warehouse_params
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

recipients as (
    select
        lower(address) as email,
        cast(null as varchar) as name,
        cast(null as varchar) as person_title,
        links.employer_key as org_key,
        false as is_agency,
        links.is_personal_recipient as is_personal,
        messages.kind,
        messages.sent_at
    from messages
    inner join links using (message_id)
    cross join unnest(messages.to_emails) as t (address)
    where messages.is_from_me and links.opportunity_id is not null
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

everyone as (
    select * from senders
    union all
    select * from recipients
    union all
    select * from attendees
),

-- The name, title and organization a person is seen with most often; ties go to the
-- latest seen, then the value itself, so a rebuild always picks the same one.
votes as (
    select email, field, value, count(*) as seen, max(sent_at) as last_at
    from (
        select email, 'name' as field, name as value, sent_at from everyone
        union all
        select email, 'title', person_title, sent_at from everyone
        union all
        select email, 'org', org_key, sent_at from everyone
    )
    where value is not null
    group by all
),

usual as (
    select
        email,
        arg_max(value, (seen, last_at, value)) filter (where field = 'name') as contact_name,
        arg_max(value, (seen, last_at, value)) filter (where field = 'title') as title,
        arg_max(value, (seen, last_at, value)) filter (where field = 'org') as organization_id
    from votes
    group by email
),

people as (
    select
        email,
        any_value(usual.contact_name) as contact_name,
        any_value(usual.title) as title,
        any_value(usual.organization_id) as organization_id,
        bool_or(is_agency) as is_agency,
        bool_or(is_personal) or bool_or(kind = 'networking') as is_personal,
        bool_or(kind = 'recruiter_outreach') as is_outreach,
        bool_and(kind = 'interview') as is_only_attendee,
        count(*) as count_messages,
        min(sent_at) as first_seen_at,
        max(sent_at) as last_seen_at
    from everyone
    left join usual using (email)
    where not list_contains((select my_addresses from params), email)
    group by email
),

final as (
    select
        email as contact_id,
        email,
        contact_name,
        title,
        organization_id,
        case
            when is_agency then 'agency_recruiter'
            when is_personal then 'personal_contact'
            when is_outreach or regexp_matches(lower(coalesce(title, '')), 'recruit|talent|sourc')
                then 'recruiter'
            when regexp_matches(lower(coalesce(title, '')), 'manager|director|head|lead|vp|chief')
                then 'hiring_manager'
            when is_only_attendee then 'interviewer'
            else 'other'
        end as contact_role,
        count_messages,
        first_seen_at,
        last_seen_at
    from people
)

select * from final
