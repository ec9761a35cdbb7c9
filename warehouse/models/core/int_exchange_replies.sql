-- Each exchange's reply (see `exchanges`): the other side's next human message in the
-- thread after the one sent (`int_exchange_sent`). A statement of its own, a range of
-- threads at a time.
with touchpoints as (
    select * from touchpoints
    where touchpoint_type = 'message' and gmail_thread_id is not null
),

params as (
    select * from warehouse_params
),

sent as (
    select * from int_exchange_sent
),

final as (
    select
        sent.touchpoint_id,
        sent.gmail_thread_id,
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
    group by sent.touchpoint_id, sent.gmail_thread_id
)

select * from final
