-- The funnel per channel: opportunities seen, touched (pursued by the candidate),
-- responded, interviewed, offered; conversion rates are relative to touched.
with channels as (
    select * from channels
),

opportunities as (
    select * from opportunities
),

per_channel as (
    select
        channel,
        count(*) as opportunities,
        count(*) filter (where is_pursued) as touched,
        count(*) filter (where is_pursued and is_responded) as responded,
        count(*) filter (where is_pursued and is_interviewed) as interviewed,
        count(*) filter (where is_pursued and is_offered) as offered,
        count(*) filter (where is_pursued and is_rejected) as rejected,
        count(*) filter (where is_ghosted) as ghosted
    from opportunities
    group by channel
),

final as (
    select
        channels.channel,
        channels.channel_precedence,
        coalesce(opportunities, 0) as opportunities,
        coalesce(touched, 0) as touched,
        coalesce(responded, 0) as responded,
        coalesce(interviewed, 0) as interviewed,
        coalesce(offered, 0) as offered,
        coalesce(rejected, 0) as rejected,
        coalesce(ghosted, 0) as ghosted,
        responded / nullif(touched, 0) as response_rate,
        interviewed / nullif(touched, 0) as interview_rate,
        offered / nullif(touched, 0) as offer_rate,
        interviewed / nullif(responded, 0) as interview_per_response_rate
    from channels
    left join per_channel using (channel)
    order by channels.channel_precedence
)

select * from final
