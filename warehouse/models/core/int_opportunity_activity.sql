-- Each opportunity's milestones (first interview, offer, rejection), last message and
-- current stage (one row per opportunity with a touchpoint or a stage), for
-- `opportunities`: made on its own, as `int_opportunity_clock`, so that no one statement
-- holds all the per-opportunity aggregates and their joins.
--
-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
with touchpoints as not materialized (
    select * from touchpoints
    where touched_at <= (select now_at from warehouse_params)
),

messages as (
    select * from touchpoints
    where touchpoint_type = 'message'
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

final as (
    select *
    from milestones
    full join last_message using (opportunity_id)
    full join current_stage using (opportunity_id)
)

select * from final
