-- Everything that happened to each opportunity, in order: every message and event with
-- its direction, kind and stage, and whether it moved the opportunity's stage.
with params as (
    select * from warehouse_params
),

touchpoints as (
    select * from touchpoints
),

stage_changes as (
    select * from stage_changes
),

opportunities as (
    select * from opportunities
),

final as (
    select
        touchpoints.opportunity_id,
        opportunities.organization_name,
        opportunities.role_name,
        opportunities.channel,
        touchpoints.touched_at,
        timezone(params.timezone, touchpoints.touched_at) as touched_local_at,
        touchpoints.touchpoint_type,
        touchpoints.touchpoint_id,
        touchpoints.message_id,
        touchpoints.event_id,
        touchpoints.gmail_thread_id,
        touchpoints.direction,
        touchpoints.kind,
        touchpoints.is_automated,
        touchpoints.is_human_response,
        touchpoints.stage,
        stage_changes.touchpoint_id is not null as is_stage_change,
        touchpoints.summary,
        touchpoints.link_reason,
        touchpoints.is_uncertain_link,
        touchpoints.touched_at > params.now_at as is_future
    from touchpoints
    inner join opportunities using (opportunity_id)
    left join stage_changes using (opportunity_id, touchpoint_id)
    cross join params
    order by touchpoints.opportunity_id, touchpoints.touched_at, touchpoints.touchpoint_id
)

select * from final
