-- Employers and agencies, by exact normalized name; relay services (ATS, job boards,
-- schedulers) never appear here.
-- Only names that some message or opportunity still uses (a name the linker set aside,
-- such as a person's name taken for a company, is not an organization).
with names as (
    select * from int_org_names
    where org_key in (
        select employer_key from int_message_links
        union all
        select agency_key from int_message_links
        union all
        select employer_key from int_event_links
    )
),

domains as (
    select org_key, list(domain order by domain) as domains
    from int_org_domains
    group by org_key
),

-- `not materialized`: DuckDB stores a CTE read twice whole (every column of every
-- row) before the query runs; an alias of a table is better scanned again.
links as not materialized (
    select * from int_message_links
),

kinds as (
    select
        org_key,
        bool_or(is_agency) as is_agency
    from (
        select employer_key as org_key, false as is_agency from links
        where employer_key is not null
        union all
        select agency_key, true from links
        where agency_key is not null
    )
    group by org_key
),

opportunity_counts as (
    select
        organization_id as org_key,
        count(*) as count_opportunities,
        min(first_message_at) as first_message_at,
        max(last_message_at) as last_message_at
    from opportunities
    group by organization_id
),

final as (
    select
        names.org_key as organization_id,
        names.org_name as organization_name,
        case when kinds.is_agency then 'agency' else 'employer' end as organization_type,
        coalesce(domains.domains, []) as domains,
        coalesce(opportunity_counts.count_opportunities, 0) as count_opportunities,
        opportunity_counts.first_message_at,
        opportunity_counts.last_message_at
    from names
    left join kinds using (org_key)
    left join domains using (org_key)
    left join opportunity_counts using (org_key)
)

select * from final
