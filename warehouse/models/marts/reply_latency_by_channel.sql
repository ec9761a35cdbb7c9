-- Reply latency at exchange grain, per channel and exchange type: how fast the other
-- side answers the candidate (candidate_sent) and how fast he answers recruiters
-- (recruiter_sent). Follow-ups to an unanswered message are left out, so a nudge does
-- not count as a second, shorter wait. Every channel has both rows.
with channels as (
    select * from channels
),

exchange_types as (
    select * from (values ('candidate_sent'), ('recruiter_sent')) as t (exchange_type)
),

exchanges as (
    select * from exchanges
    where not is_follow_up
),

per_channel as (
    select
        coalesce(channel, 'unknown') as channel,
        exchange_type,
        count(*) as n,
        count(*) filter (where is_replied) as replied,
        quantile_cont(reply_hours, 0.5) as median_reply_hours,
        quantile_cont(reply_hours, 0.75) as p75_reply_hours,
        quantile_cont(reply_hours, 0.9) as p90_reply_hours,
        quantile_cont(reply_business_days, 0.5) as median_reply_business_days,
        quantile_cont(reply_business_days, 0.75) as p75_reply_business_days,
        quantile_cont(reply_business_days, 0.9) as p90_reply_business_days
    from exchanges
    group by all
),

final as (
    select
        channels.channel,
        channels.channel_precedence,
        exchange_types.exchange_type,
        coalesce(per_channel.n, 0) as n,
        coalesce(per_channel.replied, 0) as replied,
        per_channel.replied / nullif(per_channel.n, 0) as reply_rate,
        per_channel.median_reply_hours,
        per_channel.p75_reply_hours,
        per_channel.p90_reply_hours,
        per_channel.median_reply_business_days,
        per_channel.p75_reply_business_days,
        per_channel.p90_reply_business_days
    from channels
    cross join exchange_types
    left join per_channel using (channel, exchange_type)
    order by channels.channel_precedence, exchange_types.exchange_type
)

select * from final
