-- Threads waiting on the other side: the candidate wrote, no person has answered in
-- that thread since, at least `follow_up_days` ago, and the opportunity is not decided.
-- The contact is whom he wrote to last (the first of its To addresses that is not his).
with params as (
    select * from warehouse_params
),

-- Made a range of opportunities at a time: their aggregates over every touchpoint, in
-- one statement with the joins below, set the build's peak at 100,000 messages.
threads as (
    select * from int_waiting_threads
),

opportunities as (
    select * from opportunities
),

messages as (
    select * from int_messages
),

contacts as (
    select * from contacts
),

-- The person waited on: the first To address of his newest message in the thread that
-- is not one of his own (a note to himself has none).
waited_on as (
    select
        messages.message_id,
        list_filter(
            list_transform(messages.to_emails, lambda address: lower(address)),
            lambda address: not list_contains(params.my_addresses, address)
        )[1] as contact_email
    from messages
    cross join params
    where messages.message_id in (select last_sent_message_id from threads)
),

final as (
    select
        threads.opportunity_id,
        opportunities.organization_name,
        opportunities.role_name,
        opportunities.channel,
        opportunities.stage,
        contacts.contact_name,
        waited_on.contact_email,
        threads.gmail_thread_id,
        threads.last_message_id,
        threads.last_message_at,
        threads.last_sent_message_id,
        threads.last_sent_at as waiting_since_at,
        threads.last_subject,
        hours_between(threads.last_sent_at, params.now_at) / 24 as days_waiting,
        business_days_between(threads.last_sent_at, params.now_at, params.timezone)
            as business_days_waiting,
        hours_between(threads.last_sent_at, params.now_at) >= params.ghost_days * 24
            as is_ghosted
    from threads
    inner join opportunities using (opportunity_id)
    left join waited_on on waited_on.message_id = threads.last_sent_message_id
    left join contacts on contacts.contact_id = waited_on.contact_email
    cross join params
    -- `threads` holds the waiting threads only (`int_waiting_threads`): no reply since
    -- he wrote.
    where hours_between(threads.last_sent_at, params.now_at) >= params.follow_up_days * 24
      and not opportunities.is_offered
      and not opportunities.is_rejected
    order by days_waiting desc
)

select * from final
