-- Messages joined to their extracted facts, with the flags the linker and metrics need.
with messages as (
    select * from stg_messages
    where not is_deleted
),

facts as (
    select * from stg_message_facts
),

params as (
    select * from warehouse_params
),

-- The user's set_kind corrections, the latest per message: the kind the person read wins
-- over the extractor's, everywhere downstream (links, stages, latencies, the report).
kind_overrides as (
    select
        other_id as message_id,
        arg_max(value, override_id) as kind,
        arg_max(override_id, override_id) as override_id
    from stg_overrides
    where action = 'set_kind' and other_id is not null
    group by other_id
),

joined as (
    select
        messages.*,
        coalesce(kind_overrides.kind, facts.kind) as kind,
        kind_overrides.override_id as kind_override_id,
        coalesce(facts.is_automated, false) as is_automated,
        facts.company_name,
        facts.role_name,
        facts.req_id,
        facts.person_name,
        facts.person_title,
        facts.agency_name,
        facts.interview_at,
        facts.interview_type,
        facts.offer_terms,
        -- a kind the user set is certain: it leaves the review queue
        if(kind_overrides.kind is null, facts.confidence, 1.0) as confidence,
        facts.extractor_version,
        params.my_addresses
    from messages
    left join facts using (message_id)
    left join kind_overrides using (message_id)
    cross join params
),

-- Quoted earlier mail ("> ..." lines, "On ... wrote:", Outlook's "From: ... Sent:" block,
-- "Original Message" and everything after them) must not decide anything here.
unquoted as (
    select
        *,
        regexp_replace(
            regexp_replace(
                coalesce(body_text, ''),
                '(?s)(\n[^\n]*On [^\n]{0,200}wrote:|\n_{5,}\s*\n\s*From: |\n-{2,}\s*Original Message).*$',
                ''
            ),
            '(?m)^>.*$', '', 'g'
        ) as own_text
    from joined
),

final as (
    select
        message_id,
        gmail_thread_id,
        rfc822_message_id,
        sent_at,
        from_email,
        from_name,
        to_emails,
        cc_emails,
        subject,
        ical_uids,
        is_from_me or list_contains(my_addresses, from_email) as is_from_me,
        kind,
        kind_override_id,
        is_automated,
        company_name,
        role_name,
        req_id,
        person_name,
        person_title,
        agency_name,
        interview_at,
        interview_type,
        offer_terms,
        confidence,
        extractor_version,
        -- A person (not a template) speaks of a referral: the evidence for the referral channel.
        not is_automated
        and regexp_matches(
            lower(coalesce(subject, '') || ' ' || own_text),
            '\brefer(red|ral|rals|ring)?\b'
        ) as is_referral_mention
    from unquoted
)

select * from final
