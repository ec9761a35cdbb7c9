-- Each opportunity's clock start and first human response after it (one row per
-- opportunity with a message), for `opportunities`: made on its own so that no one
-- statement holds these joins and the other per-opportunity aggregates at once (in one
-- query, at any range of opportunities, they needed more than the build's cap).
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
--
-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
with touchpoints as not materialized (
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

final as (
    select
        clock_ids.opportunity_id,
        clock_ids.first_touch_at,
        clock_ids.first_touch_id,
        responses.first_response_at,
        responses.first_response_id,
        responses.first_response_kind
    from clock_ids
    left join responses using (opportunity_id)
)

select * from final
