-- Per channel (every channel has a row, even with n = 0): how many opportunities the
-- candidate pursued, how many got a human answer and how fast, interview and offer
-- rates, ghosting, and Kaplan-Meier P(answer within 7 / 14 / 30 days) with 95% CIs.
-- Plain medians are over responders only; KM counts the waiting as censored.
with channels as (
    select * from channels
),

opportunities as (
    select * from opportunities
    where is_pursued
),

km as (
    select * from km_response_by_channel
),

per_channel as (
    select
        channel,
        count(*) as n,
        count(*) filter (where is_responded) as responded,
        quantile_cont(response_hours, 0.5) as median_response_hours,
        quantile_cont(response_hours, 0.75) as p75_response_hours,
        quantile_cont(response_hours, 0.9) as p90_response_hours,
        quantile_cont(response_business_days, 0.5) as median_response_business_days,
        quantile_cont(response_business_days, 0.75) as p75_response_business_days,
        quantile_cont(response_business_days, 0.9) as p90_response_business_days,
        count(*) filter (where is_interviewed) as interviewed,
        count(*) filter (where is_offered) as offered,
        count(*) filter (where is_rejected) as rejected,
        count(*) filter (where is_ghosted) as ghosted,
        count(*) filter (where is_waiting) as waiting
    from opportunities
    group by channel
),

km_wide as (
    select
        channel,
        any_value(p_answer) filter (where horizon_days = 7) as km_answer_7d,
        any_value(ci_low) filter (where horizon_days = 7) as km_answer_7d_ci_low,
        any_value(ci_high) filter (where horizon_days = 7) as km_answer_7d_ci_high,
        any_value(p_answer) filter (where horizon_days = 14) as km_answer_14d,
        any_value(ci_low) filter (where horizon_days = 14) as km_answer_14d_ci_low,
        any_value(ci_high) filter (where horizon_days = 14) as km_answer_14d_ci_high,
        any_value(p_answer) filter (where horizon_days = 30) as km_answer_30d,
        any_value(ci_low) filter (where horizon_days = 30) as km_answer_30d_ci_low,
        any_value(ci_high) filter (where horizon_days = 30) as km_answer_30d_ci_high,
        any_value(km_median_days) as km_median_days
    from km
    group by channel
),

final as (
    select
        channels.channel,
        channels.channel_precedence,
        coalesce(per_channel.n, 0) as n,
        coalesce(per_channel.responded, 0) as responded,
        per_channel.responded / nullif(per_channel.n, 0) as response_rate,
        per_channel.median_response_hours,
        per_channel.p75_response_hours,
        per_channel.p90_response_hours,
        per_channel.median_response_business_days,
        per_channel.p75_response_business_days,
        per_channel.p90_response_business_days,
        coalesce(per_channel.interviewed, 0) as interviewed,
        per_channel.interviewed / nullif(per_channel.n, 0) as interview_rate,
        coalesce(per_channel.offered, 0) as offered,
        per_channel.offered / nullif(per_channel.n, 0) as offer_rate,
        coalesce(per_channel.rejected, 0) as rejected,
        coalesce(per_channel.ghosted, 0) as ghosted,
        coalesce(per_channel.waiting, 0) as waiting,
        km_wide.km_answer_7d,
        km_wide.km_answer_7d_ci_low,
        km_wide.km_answer_7d_ci_high,
        km_wide.km_answer_14d,
        km_wide.km_answer_14d_ci_low,
        km_wide.km_answer_14d_ci_high,
        km_wide.km_answer_30d,
        km_wide.km_answer_30d_ci_low,
        km_wide.km_answer_30d_ci_high,
        km_wide.km_median_days
    from channels
    left join per_channel using (channel)
    left join km_wide using (channel)
    order by channels.channel_precedence
)

select * from final
