-- The messages that open an exchange (see `exchanges`), each with the direction of the
-- message before it in its thread. A statement of its own, a range of threads at a time.
with touchpoints as (
    select * from touchpoints
    where touchpoint_type = 'message' and gmail_thread_id is not null
),

-- The columns read below only: the window holds every column it is given, and this
-- table keeps them.
ordered as (
    select
        touchpoint_id,
        opportunity_id,
        gmail_thread_id,
        message_id,
        touched_at,
        direction,
        is_human_response,
        is_personal_sender,
        kind,
        lag(direction) over (
            partition by gmail_thread_id order by touched_at, touchpoint_id
        ) as previous_direction
    from touchpoints
),

starts as (
    select
        *,
        case
            when direction = 'from_candidate' then 'candidate_sent'
            when is_human_response and not is_personal_sender and kind <> 'networking'
                then 'recruiter_sent'
        end as exchange_type
    from ordered
),

final as (
    select
        touchpoint_id,
        exchange_type,
        opportunity_id,
        gmail_thread_id,
        message_id,
        touched_at,
        direction,
        previous_direction
    from starts
    where exchange_type is not null
)

select * from final
