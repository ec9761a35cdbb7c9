-- Stages only move forward: a row each time an opportunity reaches a higher stage, with
-- the message or event that moved it. Stages: contacted < responded < assessment <
-- interviewing < offer < rejected. Future calendar events do not move a stage.
with touchpoints as (
    select * from touchpoints
    where stage_rank is not null
      and touched_at <= (select now_at from warehouse_params)
),

running as (
    select
        *,
        coalesce(
            max(stage_rank) over (
                partition by opportunity_id
                order by touched_at, touchpoint_id
                rows between unbounded preceding and 1 preceding
            ),
            0
        ) as previous_rank
    from touchpoints
),

changes as (
    select * from running
    where stage_rank > previous_rank
),

final as (
    select
        opportunity_id,
        stage,
        stage_rank,
        touched_at as changed_at,
        touchpoint_id,
        touchpoint_type,
        message_id,
        event_id,
        lag(stage) over (partition by opportunity_id order by touched_at, touchpoint_id)
            as previous_stage
    from changes
)

select * from final
