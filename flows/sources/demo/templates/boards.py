"""LinkedIn and Indeed mail about one application."""

from __future__ import annotations

LINKEDIN_SENT = [
    (
        "{first}, your application was sent to {company}",
        "Your application was sent to {company}\n\n{role}\n{company} · {location}\n"
        "Applied on {applied_on}\n\nView similar jobs: https://www.linkedin.com/jobs/",
    ),
    (
        "Your application was sent to {company}",
        "Congratulations, your application was sent!\n\n{role} at {company}\n{location}\n\n"
        "Now that you've applied, here's how to stand out: follow {company} to get updates.",
    ),
    (
        "{first}, you applied to {role}",
        "You applied to {role} at {company} using Easy Apply.\n\nYour application was sent to "
        "{company}. Track it in My Jobs: https://www.linkedin.com/my-items/saved-jobs/",
    ),
]
LINKEDIN_VIEWED = [
    (
        "Your application was viewed by {company}",
        "Good news! {company} viewed your application for {role}.\n\nThe hiring team looked at "
        "your profile. Applicants who follow up are more likely to hear back.",
    ),
    (
        "{first}, {company} viewed your application",
        "Your application for {role} was viewed by the hiring team at {company} on {when}.",
    ),
]
LINKEDIN_REJECT = [
    (
        "Your application to {role} at {company}",
        "Your update from {company}\n\nThank you for your interest in the {role} position at "
        "{company} in {location}. Unfortunately, we will not be moving forward with your "
        "application, but we appreciate your time and interest in "
        "{company}.\n\nRegards,\n{company}",
    ),
    (
        "An update on your application to {company}",
        "{role}\n{company}\n\nThanks for applying. After reviewing your application, the team has "
        "decided to move forward with other candidates at this time.",
    ),
]
INDEED_SENT = [
    (
        "Indeed Application: {role}",
        "Application submitted\n\n{role}\n{company} - {location}\n\nThe following items were "
        "sent to {company}: Resume, Cover letter.\n\nGood luck!",
    ),
    (
        "Your application to {company} has been submitted",
        "{first}, we've sent your application for {role} to {company}.\n\nNext steps: the employer "
        "will review it. You can see updates in My jobs on Indeed.",
    ),
]
INDEED_REJECT = [
    (
        "Update on your application for {role}",
        "An update on your application\n\n{company} has reviewed your application for {role} and "
        "decided not to move forward. Don't give up: there are more jobs like this on Indeed.",
    ),
    (
        "{company} has decided not to proceed",
        "Thank you for applying to {role}. The employer has indicated they are pursuing other "
        "applicants at this time.",
    ),
]
INDEED_MESSAGE = [
    (
        "New message from {company}",
        '{rname} from {company} sent you a message about {role}:\n\n"Hi {first}, thanks for '
        "applying. We'd like to schedule a 30 minute phone interview. Are you free {days}?\"\n\n"
        "Reply on Indeed: https://www.indeed.com/messages",
    ),
]
