-- One row per classified message: renames and casts only.
with source as (
    select * from message_facts
),

final as (
    select
        message_key as message_id,
        kind,
        is_automated,
        company as company_name,
        role as role_name,
        req_id,
        person_name,
        person_title,
        agency as agency_name,
        cast(interview_at as timestamptz) as interview_at,
        interview_type,
        offer_terms,
        cast(confidence as double) as confidence,
        evidence,
        extractor_version
    from source
)

select * from final
