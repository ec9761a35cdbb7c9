-- The channels, highest precedence first: an opportunity takes the first one it has
-- evidence for. Every mart by channel starts from this list, so a channel with no
-- opportunities still has its row.
with channel_list as (
    select * from (
        values
            ('referral', 1, 'a person at or near the employer referred the candidate'),
            ('networking', 2, 'a conversation with a personal contact'),
            ('agency', 3, 'a staffing or recruiting agency'),
            ('recruiter_inbound', 4, 'an employer''s recruiter reached out first'),
            ('job_board', 5, 'applied through a job board (LinkedIn, Indeed ...)'),
            ('cold_application', 6, 'applied directly, on a career site or by mail'),
            ('unknown', 7, 'no evidence for any channel')
    ) as t (channel, channel_precedence, channel_description)
),

final as (
    select * from channel_list
)

select * from final
