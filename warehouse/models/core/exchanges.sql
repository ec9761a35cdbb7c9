-- Exchange grain: every message sent in a thread of an opportunity, and the other
-- side's next human reply in that thread. Two kinds:
--   candidate_sent  - the candidate wrote; when did a person on the other side answer?
--   recruiter_sent  - a recruiter, agency or hiring manager wrote (a person, not a
--                     template or a personal contact); when did the candidate answer?
-- `is_follow_up`: the previous message in the thread was also this side's, unanswered.
-- The messages sent (`int_exchange_sent`: a window over each thread) and their replies
-- (`int_exchange_replies`: a join of each thread's later touchpoints) are made first,
-- each a range of threads at a time.
with params as (
    select * from warehouse_params
),

sent as (
    select * from int_exchange_sent
),

replies as (
    select * from int_exchange_replies
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
