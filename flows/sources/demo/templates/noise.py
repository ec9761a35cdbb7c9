"""Job alerts, newsletters, marketing and everyday mail that is not about an application."""

from __future__ import annotations

ALERT_SUBJECTS = {
    "linkedin": [
        "{n} new jobs for “{query}”",
        "{query}: {job1} at {co1} and more",
        "Jobs you may be interested in",
        "{first}, {co1} is hiring",
    ],
    "indeed": [
        "{n} new {query} jobs in Minneapolis, MN",
        "{job1} - {co1} and {n} more jobs",
        "Jobs for you: {query}",
    ],
    "glassdoor": ["{co1} and {n} others are hiring {query}s", "Jobs you may like"],
    "ziprecruiter": ["{job1} at {co1} - Just posted", "{n} new jobs near you"],
    "dice": ["Dice Job Alert: {query}", "New tech jobs matching your profile"],
}
ALERT_BODY = (
    "Jobs matching your alert for {query}\n\n{listing}\n\nSee all jobs: {link}\n\n"
    "You are receiving job alert emails. Unsubscribe: {link}/unsubscribe"
)
# (name, address, subjects, kind): labelled as docs/labeling.md settles newsletters. Career
# newsletters (job-market reports, pay guides, hiring news) are job_alert; tech news and
# course marketing not about jobs are other, as 11 of the 13 writers who had such mail did.
NEWSLETTERS = [
    (
        "The Pragmatic Weekly",
        "newsletter@pragmaticweekly.example.com",
        ["Big Tech hiring in 2027", "The state of the tech job market", "How layoffs are handled"],
        "job_alert",
    ),
    (
        "TLDR",
        "dan@tldrnewsletter.com",
        ["OpenAI ships another model, Postgres 19 beta", "Kubernetes 1.36, Rust in the kernel"],
        "other",
    ),
    (
        "Hacker Newsletter",
        "kale@hackernewsletter.com",
        ["Hacker Newsletter #{n}", "#{n}: databases, browsers and small web"],
        "other",
    ),
    (
        "Coursera",
        "no-reply@m.mail.coursera.org",
        ["Upskill for the new year: 40% off", "{first}, courses picked for you"],
        "other",
    ),
    (
        "Levels.fyi",
        "hello@levels.fyi",
        ["Senior engineer pay in Minneapolis", "End of year comp report"],
        "job_alert",
    ),
    ("Blind", "digest@teamblind.com", ["Top posts this week: layoffs, RTO, offers"], "job_alert"),
]
# What each kind of newsletter writes about (seven each: the generator samples three).
NEWSLETTER_TOPICS = {
    "job_alert": [
        "hiring freezes",
        "compensation",
        "remote work",
        "interview prep",
        "levelling",
        "layoffs",
        "negotiating offers",
    ],
    "other": [
        "AI tooling",
        "Postgres",
        "system design",
        "browser engines",
        "open source funding",
        "type checkers",
        "home labs",
    ],
}
NEWSLETTER_BODY = (
    "{title}\n\nThis week: {topics}.\n\nRead online: {link}\n\nYou're receiving this because "
    "you subscribed. Unsubscribe: {link}/u"
)
LINKEDIN_SOCIAL = [
    (
        "You appeared in {n} searches this week",
        "Your profile was found by people from {co1}, {co2} and others. See who's looking.",
    ),
    (
        "{first}, add Kubernetes to your skills",
        "Members with Kubernetes listed get more recruiter views. Update your profile.",
    ),
]
OTHER_MAIL = [
    (
        "Google",
        "no-reply@accounts.google.com",
        "Security alert",
        "A new sign-in on Linux. If this was you, you don't need to do anything.",
    ),
    (
        "Minnesota Unemployment Insurance",
        "noreply@uimn.example.gov",
        "Weekly request for payment received",
        "We received your request for benefit payment for the week ending {weekend}.",
    ),
    (
        "Amazon.com",
        "shipment-tracking@amazon.com",
        "Your Amazon.com order has shipped",
        "Your package is on the way. Track your package: https://www.amazon.com/",
    ),
    (
        "Chase",
        "no.reply.alerts@chase.com",
        "Your statement is ready",
        "Your credit card statement is available online.",
    ),
    (
        "Edina Public Schools",
        "news@edina.example.k12.mn.us",
        "Week at a glance",
        "Reminders: picture day on Thursday, early release Friday.",
    ),
    (
        "St. Mark's Lutheran",
        "office@stmarks.example.org",
        "This Sunday at St. Mark's",
        "Worship at 8:30 and 10:30. Small groups resume Wednesday. Coffee hour hosted by the "
        "youth.",
    ),
    (
        "Edina Soccer Club",
        "info@edinasoccer.example.org",
        "Practice schedule update",
        "U12 girls practice moves to the indoor dome starting next week.",
    ),
    (
        "Xcel Energy",
        "noreply@xcelenergy.com",
        "Your bill is ready",
        "Your monthly energy bill is ready to view.",
    ),
    (
        "Bank of the North",
        "alerts@bankofthenorth.example.com",
        "Your verification code",
        "Your one-time code is {code}. It expires in 10 minutes.",
    ),
    (
        "HealthPartners COBRA",
        "cobra@healthpartners.example.com",
        "COBRA continuation notice",
        "Your election period for continuation coverage ends in 60 days.",
    ),
]
FRIEND_MAIL = [
    (
        "BBQ Saturday?",
        "We're grilling Saturday around 4 if you guys want to come over. Bring the kids!",
    ),
    ("Fantasy league", "Trade deadline is Wednesday. You still want my tight end?"),
    ("Photos from the lake", "Here are the photos from the cabin weekend. Good times!"),
    ("Carpool next week", "Can you take Tuesday and Thursday practice? I've got Monday."),
    ("", "Running 10 min late, grab a table"),
    ("", "Sent you the recipe. Let me know how it turns out!"),
]
SPAM = [
    ("Congratulations! You've been selected", "Claim your $500 gift card now."),
    ("Work from home $$$", "Earn $5,000 a week with this one trick recruiters hate."),
]
