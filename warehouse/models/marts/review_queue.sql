-- What a person should check, newest first: the rows of `int_review_items` (which says
-- what each reason lists), ordered here in a statement of their own.
with items as (
    select * from int_review_items
),

final as (
    select * from items
    order by occurred_at desc nulls last, item_id, reason
)

select * from final
