-- Employers and agencies, by exact normalized name; relay services (ATS, job boards,
-- schedulers) never appear here.
-- Only names that some message or opportunity still uses (a name the linker set aside,
-- such as a person's name taken for a company, is not an organization).
-- One aggregate over the links gives both the names used and whether a message names
-- each as an agency, joined to the names: a filter of the names by every link's keys
-- (`in`) and the kinds apart held a hash table more, both over every link (100k demo
-- messages, the statement alone under the build's cap: +23-25 -> +16-18 MB RSS over its
-- start; 10k +9-12 -> +11-14, within its spread; the same rows).
with used as (
    select
        org_key,
        bool_or(is_agency) as is_agency
    from (
        select employer_key as org_key, false as is_agency from int_message_links
        where employer_key is not null
        union all
        select agency_key, true from int_message_links
        where agency_key is not null
        union all
        select employer_key, false from int_event_links
        where employer_key is not null
    )
    group by org_key
),

domains as (
    select org_key, list(domain order by domain) as domains
    from int_org_domains
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
        case when used.is_agency then 'agency' else 'employer' end as organization_type,
        coalesce(domains.domains, []) as domains,
        coalesce(opportunity_counts.count_opportunities, 0) as count_opportunities,
        opportunity_counts.first_message_at,
        opportunity_counts.last_message_at
    from int_org_names names
    join used using (org_key)
    left join domains using (org_key)
    left join opportunity_counts using (org_key)
)

select * from final
