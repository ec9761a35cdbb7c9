-- One row per opportunity (one role pursued at one organization): its channel, the
-- clock start, the first human response, interviews, decision, stage and the figures
-- the latency marts aggregate.
--
-- Clock start ("first touch"): the candidate's first act (a message he sent, the
-- acknowledgement of his application, or a status_update to him in an agency's mail:
-- docs/labeling.md's kind for the agency's word that it submitted him to its client, the
-- application DESIGN's clock starts at when no earlier act is in the mailbox; the kind does
-- not tell the submission from the agency's later updates, the earliest one counts),
-- unless the other side wrote first (a recruiter or agency reaching out): then the
-- candidate's first reply to them.
-- Opportunities with no clock start (outreach never answered by the candidate) are not
-- "pursued" and stay out of the latency figures.
with keys as (
    select * from int_opportunity_keys
),

channels as (
    select * from opportunity_channels
),

params as (
    select * from warehouse_params
),

-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
touchpoints as not materialized (
    select * from touchpoints
    where touched_at <= (select now_at from warehouse_params)
),

messages as (
    select
        *,
        direction = 'from_candidate'
            or kind = 'application_confirmation'
            or (kind = 'status_update' and agency_key is not null and direction = 'to_candidate')
            as is_candidate_act
    from touchpoints
    where touchpoint_type = 'message'
),

first_acts as (
    select
        opportunity_id,
        min(touched_at) filter (where is_candidate_act) as first_candidate_at,
        min(touched_at) filter (where is_human_response) as first_inbound_human_at
    from messages
    group by opportunity_id
),

clock as (
    select
        first_acts.opportunity_id,
        case
            when first_candidate_at is not null
                and (first_inbound_human_at is null or first_candidate_at <= first_inbound_human_at)
                then first_candidate_at
            else (
                select min(m.touched_at)
                from messages as m
                where m.opportunity_id = first_acts.opportunity_id
                  and m.direction = 'from_candidate'
                  and m.touched_at >= first_acts.first_inbound_human_at
            )
        end as first_touch_at
    from first_acts
),

clock_ids as (
    select
        clock.opportunity_id,
        clock.first_touch_at,
        min(messages.touchpoint_id) as first_touch_id
    from clock
    left join messages
        on messages.opportunity_id = clock.opportunity_id
        and messages.touched_at = clock.first_touch_at
        and messages.is_candidate_act
    group by clock.opportunity_id, clock.first_touch_at
),

responses as (
    select
        clock_ids.opportunity_id,
        min(messages.touched_at) as first_response_at,
        arg_min(messages.touchpoint_id, (messages.touched_at, messages.touchpoint_id))
            as first_response_id,
        arg_min(messages.kind, (messages.touched_at, messages.touchpoint_id))
            as first_response_kind
    from clock_ids
    inner join messages
        on messages.opportunity_id = clock_ids.opportunity_id
        and messages.is_human_response
        and messages.touched_at > clock_ids.first_touch_at
    group by clock_ids.opportunity_id
),

milestones as (
    select
        opportunity_id,
        min(touched_at) filter (where stage = 'interviewing') as first_interview_at,
        arg_min(touchpoint_id, (touched_at, touchpoint_id)) filter (where stage = 'interviewing')
            as first_interview_id,
        min(touched_at) filter (where kind = 'offer') as offer_at,
        arg_min(touchpoint_id, (touched_at, touchpoint_id)) filter (where kind = 'offer')
            as offer_id,
        min(touched_at) filter (where kind = 'rejection') as rejection_at,
        arg_min(touchpoint_id, (touched_at, touchpoint_id)) filter (where kind = 'rejection')
            as rejection_id,
        count(*) as count_touchpoints,
        count(*) filter (where touchpoint_type = 'event') as count_events
    from touchpoints
    group by opportunity_id
),

last_message as (
    select
        opportunity_id,
        max(touched_at) as last_message_at,
        arg_max(touchpoint_id, (touched_at, touchpoint_id)) as last_message_id,
        arg_max(direction, (touched_at, touchpoint_id)) as last_message_direction,
        arg_max(gmail_thread_id, (touched_at, touchpoint_id)) as gmail_thread_id,
        min(touched_at) as first_message_at,
        count(*) as count_messages,
        count(distinct gmail_thread_id) as count_threads
    from messages
    group by opportunity_id
),

current_stage as (
    select
        opportunity_id,
        arg_max(stage, stage_rank) as stage,
        max(changed_at) as stage_changed_at,
        arg_max(touchpoint_id, stage_rank) as stage_touchpoint_id
    from stage_changes
    group by opportunity_id
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
        clock_ids.first_touch_at,
        clock_ids.first_touch_id,
        responses.first_response_at,
        responses.first_response_id,
        responses.first_response_kind,
        milestones.first_interview_at,
        milestones.first_interview_id,
        milestones.offer_at,
        milestones.offer_id,
        milestones.rejection_at,
        milestones.rejection_id,
        current_stage.stage,
        current_stage.stage_changed_at,
        current_stage.stage_touchpoint_id,
        last_message.first_message_at,
        last_message.last_message_at,
        last_message.last_message_id,
        last_message.last_message_direction,
        last_message.gmail_thread_id,
        last_message.count_messages,
        last_message.count_threads,
        milestones.count_events,
        keys.link_reasons,
        keys.is_uncertain_link,
        keys.merged_ids,
        params.now_at,
        params.ghost_days,
        params.timezone
    from keys
    left join channels using (opportunity_id)
    left join clock_ids using (opportunity_id)
    left join responses using (opportunity_id)
    left join milestones using (opportunity_id)
    left join last_message using (opportunity_id)
    left join current_stage using (opportunity_id)
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
        hours_between(first_touch_at, first_interview_at) as interview_hours,
        case when offer_at is not null then 'offer' when rejection_at is not null then 'rejection'
        end as decision,
        coalesce(offer_at, rejection_at) as decision_at,
        coalesce(offer_id, rejection_id) as decision_id,
        hours_between(first_touch_at, coalesce(offer_at, rejection_at)) as decision_hours,
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
