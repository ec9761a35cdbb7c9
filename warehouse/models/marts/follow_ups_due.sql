-- Threads waiting on the other side: the candidate wrote, no person has answered in
-- that thread since, at least `follow_up_days` ago, and the opportunity is not decided.
with params as (
    select * from warehouse_params
),

touchpoints as (
    select * from touchpoints
    where touchpoint_type = 'message'
      and gmail_thread_id is not null
      and touched_at <= (select now_at from warehouse_params)
),

threads as (
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
    group by opportunity_id, gmail_thread_id
),

opportunities as (
    select * from opportunities
),

final as (
    select
        threads.opportunity_id,
        opportunities.organization_name,
        opportunities.role_name,
        opportunities.channel,
        opportunities.stage,
        threads.gmail_thread_id,
        threads.last_message_id,
        threads.last_message_at,
        threads.last_sent_message_id,
        threads.last_sent_at as waiting_since_at,
        threads.last_subject,
        hours_between(threads.last_sent_at, params.now_at) / 24 as days_waiting,
        business_days_between(threads.last_sent_at, params.now_at, params.timezone)
            as business_days_waiting,
        hours_between(threads.last_sent_at, params.now_at) >= params.ghost_days * 24
            as is_ghosted
    from threads
    inner join opportunities using (opportunity_id)
    cross join params
    where threads.last_sent_at is not null
      and (threads.last_reply_at is null or threads.last_reply_at < threads.last_sent_at)
      and hours_between(threads.last_sent_at, params.now_at) >= params.follow_up_days * 24
      and not opportunities.is_offered
      and not opportunities.is_rejected
    order by days_waiting desc
)

select * from final
