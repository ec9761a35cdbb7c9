-- The user's corrections (set_channel, merge, split): renames only.
with source as (
    select * from overrides
),

final as (
    select
        override_id,
        action,
        opportunity_key as opportunity_id,
        other_key as other_id,
        value,
        note,
        created_at
    from source
)

select * from final
