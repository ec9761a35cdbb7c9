-- The channel of each opportunity, decided once: the highest-precedence channel with
-- evidence (up to the first interview or decision), the message that proves it, and the
-- user's set_channel override on top.
-- `touch_order` numbers the messages by (touched_at, touchpoint_id): arg_min by this one
-- integer picks what arg_min by the pair would, with a fraction of the memory (an
-- aggregate keyed by a struct holding a string needed ~100 MB at 100,000 messages).
with touchpoints as (
    select *, row_number() over (order by touched_at, touchpoint_id) as touch_order
    from touchpoints
    where touchpoint_type = 'message'
),

keys as (
    select * from int_opportunity_keys
),

channels as (
    select * from channels
),

overrides as (
    select * from stg_overrides
    where action = 'set_channel'
),

first_touch as (
    select
        opportunity_id,
        arg_min(touchpoint_id, touch_order) as touchpoint_id,
        arg_min(direction, touch_order) as direction,
        arg_min(kind, touch_order) as kind,
        arg_min(is_automated, touch_order) as is_automated,
        arg_min(agency_key, touch_order) as agency_key,
        arg_min(is_personal_sender, touch_order) as is_personal_sender,
        arg_min(is_relay_sender, touch_order) as is_relay_sender,
        min(touched_at) as touched_at
    from touchpoints
    group by opportunity_id
),

-- Evidence counts only up to the first interview or decision: how the opportunity came
-- about, not the thank-you notes sent after an offer.
cutoff as (
    select
        opportunity_id,
        min(touched_at) filter (where stage_rank >= 4) as cutoff_at
    from touchpoints
    group by opportunity_id
),

evidence as (
    select opportunity_id, 'referral' as channel, touchpoint_id, touched_at,
        'a person mentions a referral' as reason
    from touchpoints
    where is_referral_mention and direction = 'to_candidate'

    union all
    select opportunity_id, 'networking', touchpoint_id, touched_at,
        'began as a conversation with a contact'
    from first_touch
    where kind = 'networking'

    union all
    select opportunity_id, 'networking', touchpoint_id, touched_at,
        'conversation with a personal contact'
    from touchpoints
    where kind = 'networking'
      and (
          (direction = 'to_candidate' and is_personal_sender)
          or (direction = 'from_candidate' and is_personal_recipient)
      )

    union all
    select opportunity_id, 'agency', touchpoint_id, touched_at,
        'mail from or about the agency ' || agency_key
    from touchpoints
    where agency_key is not null

    union all
    select opportunity_id, 'recruiter_inbound', touchpoint_id, touched_at,
        'a recruiter wrote first'
    from first_touch
    where direction = 'to_candidate' and kind = 'recruiter_outreach' and not is_automated

    union all
    select opportunity_id, 'recruiter_inbound', touchpoint_id, touched_at,
        'the employer wrote first, inviting to an interview'
    from first_touch
    where direction = 'to_candidate' and kind = 'interview_invitation' and not is_automated
      and not is_personal_sender and not is_relay_sender

    union all
    select opportunity_id, 'job_board', touchpoint_id, touched_at,
        'mail from a job board about this application'
    from touchpoints
    where is_job_board_sender and kind in (
        'application_confirmation', 'rejection', 'status_update', 'assessment',
        'interview_invitation'
    )

    union all
    select opportunity_id, 'cold_application', touchpoint_id, touched_at,
        'application acknowledged by the employer or its ATS'
    from touchpoints
    where kind = 'application_confirmation' and not is_job_board_sender

    union all
    select opportunity_id, 'cold_application', touchpoint_id, touched_at,
        'the candidate wrote to the employer first'
    from first_touch
    where direction = 'from_candidate'

    union all
    select opportunity_id, 'cold_application', touchpoint_id, touched_at,
        'an applicant-tracking system wrote about an application'
    from touchpoints
    where is_relay_sender and not is_job_board_sender and direction = 'to_candidate'
      and kind in ('rejection', 'assessment', 'status_update')
),

timely_evidence as (
    select evidence.*
    from evidence
    left join cutoff using (opportunity_id)
    where cutoff.cutoff_at is null or evidence.touched_at <= cutoff.cutoff_at
),

ranked as (
    -- The full key breaks every tie, so a rebuild always picks the same evidence.
    -- (Rows tied on the whole key are the same channel, reason and touchpoint.)
    select
        opportunity_id,
        arg_min(channel, evidence_order) as channel,
        arg_min(reason, evidence_order) as reason,
        arg_min(touchpoint_id, evidence_order) as evidence_id
    from (
        select
            evidence.*,
            row_number() over (
                order by channels.channel_precedence, evidence.touched_at,
                    evidence.touchpoint_id, evidence.reason
            ) as evidence_order
        from timely_evidence as evidence
        inner join channels using (channel)
    )
    group by opportunity_id
),

latest_override as (
    select
        opportunity_id,
        arg_max(value, override_id) as channel,
        arg_max(override_id, override_id) as override_id,
        arg_max(note, override_id) as note
    from overrides
    group by opportunity_id
),

final as (
    select
        keys.opportunity_id,
        coalesce(latest_override.channel, ranked.channel, 'unknown') as channel,
        case
            when latest_override.channel is not null
                then 'set by the user (override ' || latest_override.override_id || ')'
                    || coalesce(': ' || latest_override.note, '')
            when ranked.channel is not null
                then ranked.reason || ' (' || ranked.evidence_id || ')'
            else 'no evidence for any channel'
        end as channel_evidence,
        case when latest_override.channel is null then ranked.evidence_id end
            as channel_evidence_id,
        ranked.channel as inferred_channel,
        latest_override.channel is not null as is_channel_overridden
    from keys
    left join ranked using (opportunity_id)
    left join latest_override using (opportunity_id)
)

select * from final
