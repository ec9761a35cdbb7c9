-- The threads of each opportunity whose last word is the candidate's (no person has
-- answered since he wrote), with his last message and the thread's: what
-- `follow_ups_due` reports, made a range of opportunities at a time.
-- `not materialized`: read twice, it was stored whole (every column of 55,000 rows at
-- 100,000 messages) before the query ran.
with touchpoints as not materialized (
    select * from touchpoints
    where touchpoint_type = 'message'
      and gmail_thread_id is not null
      and touched_at <= (select now_at from warehouse_params)
),

-- Threads whose last word is the candidate's, found with two plain aggregates first:
-- the costly ones below (arg_max by a struct, the subject) are kept for these only, not
-- for every thread (+43 -> +27 MB over the step's start at 100,000 messages).
waiting as (
    select opportunity_id, gmail_thread_id
    from touchpoints
    group by opportunity_id, gmail_thread_id
    having max(touched_at) filter (where direction = 'from_candidate')
        > coalesce(max(touched_at) filter (where is_human_response), '-infinity'::timestamptz)
),

final as (
    select
        opportunity_id,
        gmail_thread_id,
        max(touched_at) filter (where direction = 'from_candidate') as last_sent_at,
        arg_max(message_id, (touched_at, touchpoint_id)) filter (
            where direction = 'from_candidate'
        ) as last_sent_message_id,
        max(touched_at) filter (where is_human_response) as last_reply_at,
        max(touched_at) as last_message_at,
        arg_max(message_id, (touched_at, touchpoint_id)) as last_message_id,
        arg_max(summary, (touched_at, touchpoint_id)) as last_subject
    from touchpoints
    where (opportunity_id, gmail_thread_id) in (
        select (opportunity_id, gmail_thread_id) from waiting
    )
    group by opportunity_id, gmail_thread_id
)

select * from final
