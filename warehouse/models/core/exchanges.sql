-- Exchange grain: every message sent in a thread of an opportunity, and the other
-- side's next human reply in that thread. Two kinds:
--   candidate_sent  - the candidate wrote; when did a person on the other side answer?
--   recruiter_sent  - a recruiter, agency or hiring manager wrote (a person, not a
--                     template or a personal contact); when did the candidate answer?
-- `is_follow_up`: the previous message in the thread was also this side's, unanswered.
-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
with touchpoints as not materialized (
    select * from touchpoints
    where touchpoint_type = 'message' and gmail_thread_id is not null
),

params as (
    select * from warehouse_params
),

ordered as (
    select
        *,
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

sent as (
    select * from starts
    where exchange_type is not null
),

replies as (
    select
        sent.touchpoint_id,
        min(later.touched_at) as reply_at,
        arg_min(later.touchpoint_id, (later.touched_at, later.touchpoint_id)) as reply_id
    from sent
    inner join touchpoints as later
        on later.gmail_thread_id = sent.gmail_thread_id
        and (later.touched_at, later.touchpoint_id) > (sent.touched_at, sent.touchpoint_id)
        and later.touched_at <= (select now_at from params)
        and (
            (sent.exchange_type = 'candidate_sent' and later.is_human_response)
            or (sent.exchange_type = 'recruiter_sent' and later.direction = 'from_candidate')
        )
    group by sent.touchpoint_id
),

final as (
    select
        sent.touchpoint_id as exchange_id,
        sent.exchange_type,
        sent.opportunity_id,
        opportunities.channel,
        sent.gmail_thread_id,
        sent.message_id as sent_message_id,
        sent.touched_at as sent_at,
        replies.reply_id as reply_message_id,
        replies.reply_at,
        replies.reply_at is not null as is_replied,
        hours_between(sent.touched_at, replies.reply_at) as reply_hours,
        business_days_between(sent.touched_at, replies.reply_at, params.timezone)
            as reply_business_days,
        hours_between(sent.touched_at, coalesce(replies.reply_at, params.now_at)) / 24
            as observed_days,
        coalesce(sent.previous_direction = sent.direction, false) as is_follow_up
    from sent
    left join replies using (touchpoint_id)
    left join opportunities using (opportunity_id)
    cross join params
    where sent.touched_at <= params.now_at
)

select * from final
