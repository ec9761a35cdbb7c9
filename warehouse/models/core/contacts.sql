-- People: everyone who wrote to the candidate in person (not a template), everyone he
-- wrote to, and interviewers on interview invites (`int_contact_mentions`). Role is a
-- best guess from the mail.
-- `not materialized`: read four times, it was stored whole before the query ran (100k
-- demo: +32-36 -> +29.5 MB over the step's start).
with everyone as not materialized (
    select * from int_contact_mentions
),

params as (
    select * from warehouse_params
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
