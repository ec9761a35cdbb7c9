-- The rows of `review_queue`, unordered: what a person should check (low-confidence
-- extractions of job mail, links made on weak evidence, links refused or not made,
-- opportunities with no channel, and opportunities with an interview or decision dated
-- before their first touch).
--
-- Made a part at a time (each CTE of `final`, `SqlModel.parts`): DuckDB holds every hash
-- join's and window's blocks until its statement ends, 8 MB or more each however few
-- rows it holds (DuckDB 2.0: 8 MB for a join of 41 rows), and the parts' seven joins and
-- window in one statement (56 MB of hash tables at 100k demo messages) ran out of the
-- build's 48 MB cap and were made again under twice it (+38-40 MB over the step's start,
-- +16 before the rows named their items: five joins).
with params as (
    select * from warehouse_params
),

-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
messages as not materialized (
    select * from int_messages
),

links as not materialized (
    select * from int_message_links
),

low_confidence as (
    select
        'message' as item_type,
        messages.message_id as item_id,
        links.opportunity_id,
        'low_confidence' as reason,
        'classified as ' || messages.kind || ' with confidence '
            || round(messages.confidence, 2) as detail,
        messages.confidence,
        messages.sent_at as occurred_at,
        messages.gmail_thread_id,
        messages.subject
    from messages
    inner join links using (message_id)
    where messages.confidence < (select review_confidence from params)
      and (links.is_relevant or links.opportunity_id is not null)
      -- The candidate's own reply takes the kind of the mail it answers, at a low
      -- confidence: he knows what he wrote, and nothing in the row is his to correct
      -- (its opportunity is the thread's), so it gets none (18 of the 37 demo rows, seed 7).
      and not (
          messages.is_from_me
          and messages.gmail_thread_id <> ''
          and exists (
              select 1
              from int_messages as answered
              where answered.gmail_thread_id = messages.gmail_thread_id
                and answered.sent_at < messages.sent_at
                and not answered.is_from_me
          )
      )
),

-- An opportunity built on a weak link is shown by one item linked on it (its subject,
-- date and id, which a split takes), so no one has to look the mail up first;
-- `opportunity_timeline` lists the others (`is_uncertain_link`).
uncertain_items as (
    select
        opportunity_id,
        touchpoint_type,
        touchpoint_id,
        touched_at,
        gmail_thread_id,
        summary
    from touchpoints
    where is_uncertain_link
    -- Only the items a weak link attached are flagged, each with that link's reason
    -- (linking.union_find): of several, the latest.
    qualify row_number() over (
        partition by opportunity_id
        order by touched_at desc nulls last, touchpoint_id
    ) = 1
),

uncertain_opportunities as (
    select
        coalesce(uncertain_items.touchpoint_type, 'opportunity'),
        coalesce(uncertain_items.touchpoint_id, opportunities.opportunity_id),
        opportunities.opportunity_id,
        'uncertain_link',
        'linked by ' || array_to_string(opportunities.link_reasons, ', '),
        cast(null as double),
        coalesce(uncertain_items.touched_at, opportunities.first_message_at),
        coalesce(uncertain_items.gmail_thread_id, opportunities.gmail_thread_id),
        uncertain_items.summary
    from opportunities
    left join uncertain_items using (opportunity_id)
    where opportunities.is_uncertain_link
),

-- Message issues, event issues and the others, each a part of its own (see below).
message_issues as (
    select
        issues.item_type,
        issues.item_id,
        -- an unlinked item's likeliest opportunity, so the row's command has its id
        coalesce(links.opportunity_id, issues.candidate_opportunity_id),
        replace(issues.issue, ' ', '_'),
        issues.detail,
        messages.confidence,
        messages.sent_at,
        messages.gmail_thread_id,
        messages.subject
    from int_link_issues as issues
    left join links on links.message_id = issues.item_id
    left join messages on messages.message_id = issues.item_id
    where issues.item_type = 'message'

),

event_issues as (
    select
        issues.item_type,
        issues.item_id,
        coalesce(int_event_links.opportunity_id, issues.candidate_opportunity_id),
        replace(issues.issue, ' ', '_'),
        issues.detail,
        int_events.confidence,
        int_events.start_at,
        cast(null as varchar),
        int_events.summary
    from int_link_issues as issues
    left join int_event_links on int_event_links.event_id = issues.item_id
    left join int_events on int_events.event_id = issues.item_id
    where issues.item_type = 'event'

),

other_issues as (
    select
        item_type,
        item_id,
        cast(null as varchar),
        replace(issue, ' ', '_'),
        detail,
        cast(null as double),
        cast(null as timestamptz),
        cast(null as varchar),
        cast(null as varchar)
    from int_link_issues
    where item_type is distinct from 'message' and item_type is distinct from 'event'
),

unknown_channel as (
    select
        'opportunity',
        opportunity_id,
        opportunity_id,
        'unknown_channel',
        'no evidence for any channel',
        cast(null as double),
        first_message_at,
        gmail_thread_id,
        cast(null as varchar)
    from opportunities
    where channel = 'unknown'
),

-- An interview or decision dated before the clock start: `opportunities` gives it no
-- latency; a person should see whether a mail was misread or linked to the wrong
-- opportunity (a split override takes it out). The row names the earliest such mail or
-- event, with its subject and date.
milestones as (
    select
        *,
        case
            when first_interview_at < first_touch_at
                and not coalesce(decision_at < first_interview_at, false)
                then first_interview_id
            else decision_id
        end as milestone_id
    from opportunities
    where is_milestone_before_first_touch
),

milestone_before_first_touch as (
    select
        coalesce(touchpoints.touchpoint_type, 'opportunity'),
        coalesce(touchpoints.touchpoint_id, milestones.opportunity_id),
        milestones.opportunity_id,
        'milestone_before_first_touch',
        concat_ws(
            ' and ',
            case when first_interview_at < first_touch_at then 'interview '
                || round(hours_between(first_interview_at, first_touch_at) / 24, 1) || ' days'
            end,
            case when decision_at < first_touch_at then decision || ' '
                || round(hours_between(decision_at, first_touch_at) / 24, 1) || ' days'
            end
        )
        || ' before the first touch: no '
        || concat_ws(
            ' or ',
            case when first_interview_at < first_touch_at then 'interview' end,
            case when decision_at < first_touch_at then 'decision' end
        )
        || ' latency',
        cast(null as double),
        coalesce(touchpoints.touched_at, milestones.first_message_at),
        coalesce(touchpoints.gmail_thread_id, milestones.gmail_thread_id),
        touchpoints.summary
    from milestones
    left join touchpoints
        on touchpoints.opportunity_id = milestones.opportunity_id
        and touchpoints.touchpoint_id = milestones.milestone_id
),

final as (
    select * from low_confidence
    union all
    select * from uncertain_opportunities
    union all
    select * from message_issues
    union all
    select * from event_issues
    union all
    select * from other_issues
    union all
    select * from unknown_channel
    union all
    select * from milestone_before_first_touch
)

select * from final
