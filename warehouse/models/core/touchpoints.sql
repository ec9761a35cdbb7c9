-- One row per message or calendar event attached to an opportunity: when, which way,
-- what it was, the stage it implies and whether it is the other side answering.
with messages as (
    select * from int_messages
),

message_links as (
    select * from int_message_links
    where opportunity_id is not null
),

events as (
    select * from int_events
),

event_links as (
    select * from int_event_links
    where opportunity_id is not null
),

message_touchpoints as (
    select
        messages.message_id as touchpoint_id,
        'message' as touchpoint_type,
        message_links.opportunity_id,
        messages.message_id,
        cast(null as varchar) as event_id,
        messages.gmail_thread_id,
        messages.sent_at as touched_at,
        case when messages.is_from_me then 'from_candidate' else 'to_candidate' end
            as direction,
        coalesce(messages.kind, 'unclassified') as kind,
        messages.is_automated,
        messages.is_referral_mention,
        message_links.is_personal_sender,
        message_links.is_job_board_sender,
        message_links.is_personal_recipient,
        message_links.is_relay_sender,
        message_links.agency_key,
        messages.from_email,
        messages.subject as summary,
        messages.interview_at,
        messages.interview_type,
        messages.confidence,
        message_links.link_reason,
        message_links.is_uncertain_link
    from messages
    inner join message_links using (message_id)
),

event_touchpoints as (
    select
        events.event_id as touchpoint_id,
        'event' as touchpoint_type,
        event_links.opportunity_id,
        cast(null as varchar) as message_id,
        events.event_id,
        cast(null as varchar) as gmail_thread_id,
        events.start_at as touched_at,
        'meeting' as direction,
        case when events.is_interview then 'interview' else 'event' end as kind,
        false as is_automated,
        false as is_referral_mention,
        false as is_personal_sender,
        false as is_job_board_sender,
        false as is_personal_recipient,
        false as is_relay_sender,
        cast(null as varchar) as agency_key,
        events.organizer_email as from_email,
        events.summary,
        events.start_at as interview_at,
        events.interview_type,
        events.confidence,
        event_links.link_reason,
        event_links.is_uncertain_link
    from events
    inner join event_links using (event_id)
),

unioned as (
    select * from message_touchpoints
    union all
    select * from event_touchpoints
),

flagged as (
    select
        *,
        -- The other side answering: a person wrote, or the employer decided (even by
        -- template). Automated acknowledgements and alerts never count.
        direction = 'to_candidate'
        and kind <> 'unclassified'
        and (
            kind in ('rejection', 'interview_invitation', 'offer')
            or (not is_automated and kind not in ('job_alert'))
        ) as is_human_response
    from unioned
),

final as (
    select
        *,
        case
            when kind = 'rejection' then 'rejected'
            when kind = 'offer' then 'offer'
            when kind in ('interview_invitation', 'interview') then 'interviewing'
            when kind = 'assessment' then 'assessment'
            when kind = 'recruiter_outreach' then 'contacted'
            when is_human_response then 'responded'
            when direction = 'meeting' then null
            else 'contacted'
        end as stage,
        case
            when kind = 'rejection' then 6
            when kind = 'offer' then 5
            when kind in ('interview_invitation', 'interview') then 4
            when kind = 'assessment' then 3
            when kind = 'recruiter_outreach' then 1
            when is_human_response then 2
            when direction = 'meeting' then null
            else 1
        end as stage_rank
    from flagged
)

select * from final
