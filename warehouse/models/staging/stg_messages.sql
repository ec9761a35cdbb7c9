-- One row per stored message: renames and casts only.
with source as (
    select * from raw_messages
),

final as (
    select
        message_key as message_id,
        account,
        source,
        gmail_id,
        thread_id as gmail_thread_id,
        rfc822_message_id,
        cast(sent_at as timestamptz) as sent_at,
        lower(from_addr) as from_email,
        from_name,
        coalesce(to_addrs, []) as to_emails,
        coalesce(cc_addrs, []) as cc_emails,
        subject,
        body_text,
        coalesce(ical_uids, []) as ical_uids,
        coalesce(labels, []) as labels,
        coalesce(is_from_me, false) as is_from_me,
        coalesce(list_unsubscribe, false) as has_list_unsubscribe,
        auto_submitted,
        coalesce(is_deleted, false) as is_deleted
    from source
)

select * from final
