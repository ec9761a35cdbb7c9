-- One row per opportunity (one role pursued at one organization): its channel, the
-- clock start, the first human response, interviews, decision, stage and the figures
-- the latency marts aggregate.
--
-- The clock start ("first touch") and first response come from `int_opportunity_clock`
-- (how the clock starts is described there), the milestones, last message and stage
-- from `int_opportunity_activity`: each made in a statement of its own, as this one is,
-- so that none holds more than a few joins (seven left joins in one statement needed
-- more than the build's cap at any range of opportunities).
with keys as (
    select * from int_opportunity_keys
),

channels as (
    select * from opportunity_channels
),

params as (
    select * from warehouse_params
),

clock as (
    select * from int_opportunity_clock
),

activity as (
    select * from int_opportunity_activity
),

joined as (
    select
        keys.opportunity_id,
        coalesce(keys.employer_key, keys.agency_key) as organization_id,
        coalesce(keys.employer_name, keys.agency_name) as organization_name,
        keys.employer_name,
        keys.agency_name,
        keys.role_name,
        channels.channel,
        channels.channel_evidence,
        channels.channel_evidence_id,
        channels.is_channel_overridden,
        clock.first_touch_at,
        clock.first_touch_id,
        clock.first_response_at,
        clock.first_response_id,
        clock.first_response_kind,
        activity.first_interview_at,
        activity.first_interview_id,
        activity.offer_at,
        activity.offer_id,
        activity.rejection_at,
        activity.rejection_id,
        -- The decision (the offer if any, else the rejection), named once for the
        -- latency, the flag and the columns below.
        coalesce(activity.offer_at, activity.rejection_at) as decision_at,
        coalesce(activity.offer_id, activity.rejection_id) as decision_id,
        activity.stage,
        activity.stage_changed_at,
        activity.stage_touchpoint_id,
        activity.first_message_at,
        activity.last_message_at,
        activity.last_message_id,
        activity.last_message_direction,
        activity.gmail_thread_id,
        activity.count_messages,
        activity.count_threads,
        activity.count_events,
        keys.link_reasons,
        keys.is_uncertain_link,
        keys.merged_ids,
        params.now_at,
        params.ghost_days,
        params.timezone
    from keys
    left join channels using (opportunity_id)
    left join clock using (opportunity_id)
    left join activity using (opportunity_id)
    cross join params
),

final as (
    select
        opportunity_id,
        organization_id,
        organization_name,
        employer_name,
        agency_name,
        role_name,
        channel,
        channel_evidence,
        channel_evidence_id,
        is_channel_overridden,
        first_touch_at,
        first_touch_id,
        first_response_at,
        first_response_id,
        first_response_kind,
        hours_between(first_touch_at, first_response_at) as response_hours,
        business_days_between(first_touch_at, first_response_at, timezone)
            as response_business_days,
        first_interview_at,
        first_interview_id,
        -- A milestone before the clock start (a rejection he answered, a recruiter's first
        -- mail already inviting him, or a misread mail linked to a later application) has
        -- no latency: a negative one would pull every median and average down. It is
        -- flagged below and listed in `review_queue`.
        case when first_interview_at >= first_touch_at
            then hours_between(first_touch_at, first_interview_at)
        end as interview_hours,
        case when offer_at is not null then 'offer' when rejection_at is not null then 'rejection'
        end as decision,
        decision_at,
        decision_id,
        case when decision_at >= first_touch_at
            then hours_between(first_touch_at, decision_at)
        end as decision_hours,
        coalesce(
            first_interview_at < first_touch_at
            or decision_at < first_touch_at,
            false
        ) as is_milestone_before_first_touch,
        coalesce(stage, 'contacted') as stage,
        stage_changed_at,
        stage_touchpoint_id,
        first_message_at,
        last_message_at,
        last_message_id,
        last_message_direction,
        gmail_thread_id,
        coalesce(count_messages, 0) as count_messages,
        coalesce(count_threads, 0) as count_threads,
        coalesce(count_events, 0) as count_events,
        first_touch_at is not null as is_pursued,
        first_response_at is not null as is_responded,
        first_interview_at is not null as is_interviewed,
        offer_at is not null as is_offered,
        rejection_at is not null as is_rejected,
        -- Days observed: until the first response, or until now (censored) if none.
        case
            when first_touch_at is null then null
            when first_response_at is not null then hours_between(first_touch_at, first_response_at) / 24
            else hours_between(first_touch_at, now_at) / 24
        end as observed_days,
        first_touch_at is not null and first_response_at is null
            and hours_between(first_touch_at, now_at) >= ghost_days * 24 as is_ghosted,
        first_touch_at is not null and first_response_at is null
            and hours_between(first_touch_at, now_at) < ghost_days * 24 as is_waiting,
        link_reasons,
        is_uncertain_link,
        merged_ids
    from joined
)

select * from final
