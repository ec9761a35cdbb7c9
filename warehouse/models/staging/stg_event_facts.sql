-- One row per classified calendar event: renames and casts only.
with source as (
    select * from event_facts
),

final as (
    select
        event_key as event_id,
        is_interview,
        interview_type,
        company as company_name,
        ical_uid as fact_ical_uid,
        cast(confidence as double) as confidence,
        evidence,
        extractor_version
    from source
)

select * from final
