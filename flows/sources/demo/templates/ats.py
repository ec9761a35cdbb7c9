"""Automated mail from applicant-tracking systems, in many real-world wordings."""

from __future__ import annotations

GREETINGS = [
    "Hi {first},",
    "Hello {first},",
    "Dear {full},",
    "Dear {first},",
    "{first},",
    "Hi {first}!",
    "Dear Candidate,",
    "Hello,",
]
SIGNOFFS = [
    "Best regards,\n{company} Talent Acquisition",
    "Thank you,\nThe {company} Recruiting Team",
    "Sincerely,\n{company} Human Resources",
    "All the best,\nThe {company} Team",
    "Regards,\nTalent Acquisition",
    "Warm regards,\n{company} Careers",
    "Thanks,\nRecruiting @ {company}",
]

ACK_SUBJECTS = [
    "Thank you for applying to {company}",
    "{company} - Application Received",
    "Your application for {role} at {company}",
    "We received your application: {role}",
    "Thanks for your interest in {company}!",
    "Application confirmation – {role} ({req})",
    "{first}, your application to {company} has been received",
    "{company} | {role} | Application Submitted",
    "Thank you for your application – {company}",
    "Your {company} application",
    "Application received: {role}",
]
ACK_BODIES = [
    "Thank you for your interest in {company}! We have received your application for the "
    "{role} position and our team is reviewing your qualifications. If your experience is a "
    "match, a member of our recruiting team will reach out to discuss next steps.\n\n"
    "We appreciate the time you took to apply.",
    "Thanks for applying to the {role} role at {company}. This note confirms we've got your "
    "application. Our hiring team reviews every application carefully, so it can take a couple "
    "of weeks before you hear back from us.\n\nIn the meantime, learn more about life at "
    "{company} on our careers blog.",
    "We're excited that you're interested in joining {company}. Your application for {role} "
    "(Job ID: {req}) has been submitted successfully.\n\nYou can check the status of your "
    "application at any time by signing in to your candidate home page.",
    "Thank you for taking the time to apply for {role}. We want to let you know that we have "
    "received your application and will be reviewing it shortly. Due to the high number of "
    "applicants we receive, we may not be able to respond to everyone individually, but we will "
    "contact you if your background fits the requirements of the role.",
    "This email confirms that your application for the position of {role} with {company} was "
    "submitted on {applied_on}.\n\nRequisition: {req}\nLocation: {location}",
    "Your application is in! Thanks for considering a career at {company}. We're reviewing your "
    "background for {role} and will be in touch if there is a fit. Our process typically "
    "includes a recruiter call, a technical conversation and a final panel.",
    "Thank you for applying for {role}. We have received your application.\n\nAs a federal "
    "contractor, {company} invites applicants to complete a voluntary self-identification "
    "survey. Completing it is entirely optional and has no effect on your application: {link}",
    "We've received your application for {role} and appreciate your interest in {company}.\n\n"
    "What happens next? Our recruiters review applications in the order received. If your "
    "profile matches, you'll hear from us to schedule an initial conversation. If not, we'll "
    "let you know.",
    "Application received\n\n{role}\n{location}\n\nThank you for applying. Your application is "
    "now under review and we will contact you regarding next steps.",
    "Thank you for submitting your resume for {role} at {company}. Our Talent Acquisition team "
    "will review your qualifications against the requirements of the role. Should there be a "
    "match, you will be contacted by a recruiter.",
    "We just wanted to let you know that your application for {role} made it to us safe and "
    "sound. Someone from the {company} team will take a look soon.\n\nYou may also be eligible "
    "for a Work Opportunity Tax Credit questionnaire; it is voluntary: {link}",
    "Thanks for applying! We've got your application for {role} ({location}). Keep an eye on "
    "your inbox: if we'd like to move forward, we'll email you to set up a first conversation.",
]

NEUTRAL_SUBJECTS = ["Your application for {role} at {company}", "Your {company} application"]

REJECT_SUBJECTS = [
    "Your application to {company}",
    "Update on your application for {role}",
    "{company} - {role}",
    "Regarding your application for {role}",
    "Thank you for your interest in {company}",
    "Your {company} application status",
    "Application update: {role} ({req})",
    "An update from {company}",
    "{role} at {company}",
    "Following up on your application",
]
REJECT_BODIES = [
    "Thank you for your interest in the {role} position at {company}. After careful "
    "consideration, we have decided to move forward with other candidates whose qualifications "
    "more closely match our needs at this time.\n\nWe encourage you to apply for future openings "
    "that match your experience.",
    "We appreciate you taking the time to apply for {role}. Unfortunately, we will not be moving "
    "forward with your application. This was a difficult decision given the number of highly "
    "qualified applicants.",
    "Thank you for applying to {company}. We wanted to let you know that the {role} position "
    "has been filled. We'll keep your resume on file and reach out if a suitable role opens up.",
    "I'm writing to let you know that we've decided to pursue other candidates for the {role} "
    "role. We know this isn't the news you were hoping for, and we truly appreciate the interest "
    "you've shown in {company}.",
    "Thanks again for your interest in {company}. Our team reviewed your application for {role} "
    "carefully, and while your background is impressive, we've decided not to proceed at this "
    "time.",
    "We regret to inform you that your application for {role} was not selected for further "
    "consideration.",
    "The {role} requisition ({req}) has been cancelled and is no longer accepting applications. "
    "As a result, your application has been closed. We invite you to explore other open roles on "
    "our careers site.",
    "After reviewing your experience, we don't think this particular role is the right fit. "
    "That said, we think you might be a great match for these openings: {other_roles}. Feel free "
    "to apply to any of them.",
    "Thank you for the time you invested in applying. We've now completed our review for {role}, "
    "and we will not be progressing your application to the next stage.",
    "We have reviewed your application and, although your skills and experience are strong, we "
    "are unable to offer you an interview for {role} at this time.",
    "The hiring team has chosen to go in a different direction for the {role} role. We'll be "
    "closing your application, but please don't let this discourage you from applying again in "
    "the future.",
    "Your application status for {role} ({req}) has changed to: No longer under consideration.",
    "Thank you for your patience. We've made a decision on the {role} position and unfortunately "
    "it was not in your favor. We wish you success in your search.",
    "While we were impressed with your qualifications, we've filled the role with a candidate "
    "whose experience aligns more closely with what the team needs right now.",
    "Due to a change in business priorities, {company} has decided not to fill the {role} "
    "position at this time, and we have closed all applications for it.",
    "We are writing to let you know that the position you applied for, {role}, is no longer "
    "available. Thank you for thinking of {company}.",
    "We received a large number of applications for {role}, and after reviewing yours we've "
    "concluded that other applicants are a closer match for this opening. We'd love for you to "
    "stay in touch and join our talent community.",
    "Unfortunately, we won't be moving you forward in the process for {role}. We wish you the "
    "very best in your job search.",
]

STATUS_SUBJECTS = [
    "Application status update – {role}",
    "Your application for {role}",
    "An update on {role} at {company}",
    "{company}: your application is in review",
]
STATUS_BODIES = [
    "Your application for {role} is currently under review by the hiring team. We'll reach out "
    "once we have an update.",
    "Quick update: the {role} role is temporarily on hold while the team revisits its headcount "
    "plan. Your application remains active and we'll let you know as soon as the search resumes.",
    "Your application has been forwarded to the hiring manager for {role}. No action is needed "
    "from you at this time.",
    "We wanted to give you an update: we're still reviewing candidates for {role}. Thank you for "
    "your patience as we work through a high volume of applications.",
    "Your application status has been updated to: In Review.\n\nPosition: {role}\n"
    "Requisition: {req}",
]

ASSESS_SUBJECTS = [
    "Next step: complete your assessment for {role}",
    "{company} invites you to take a coding assessment",
    "Action required: {role} application",
    "Complete your video interview for {company}",
    "Please complete this questionnaire – {role}",
]
ASSESS_BODIES = [
    "As the next step in our hiring process for {role}, we invite you to complete an online "
    "coding assessment. It takes about 90 minutes and must be completed within 7 days.\n\n"
    "Start your assessment here: {link}",
    "{company} has invited you to take a HackerRank test for the {role} position. Test duration: "
    "75 minutes. Please complete it by {deadline}.\n\nLink: {link}",
    "Please complete the following questionnaire to continue your application for {role}. Your "
    "application will not be reviewed until it is submitted: {link}",
    "Next step: one-way video interview. {company} would like you to record answers to 4 short "
    "questions using HireVue. You will have 3 minutes per answer. Please complete by "
    "{deadline}.\n\n{link}",
    "Your application for {role} is incomplete. Please sign in and complete the required work "
    "history and skills assessment sections by {deadline}: {link}",
    "Thanks for your interest in {role}! Before we schedule interviews, we ask every candidate to "
    "complete a short take-home exercise (2-3 hours). Instructions and the submission form are "
    "here: {link}. Please submit it by {deadline}.",
]

# Career-site account mail, drawn as a whole mail (subject and body together) so that the
# two always say the same thing. Each group carries its gold kind, as docs/labeling.md
# settles it: an account created or a talent-community welcome is job_alert with the
# employer as company; "verify your email" and a password reset or change are other with
# no company. Three groups of three: the story draws a group, then a mail in it.
ACCOUNT_MAILS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "job_alert",
        [
            (
                "Welcome to the {company} Talent Community",
                "Welcome to our Talent Community! We'll send you new openings that match your "
                "interests. Update your preferences any time: {link}",
            ),
            (
                "Your {company} candidate account",
                "Thanks for creating a candidate account on the {company} careers site. You can "
                "use "
                "your account to apply to roles, follow your applications and manage job alerts: "
                "{link}",
            ),
            (
                "Thanks for joining {company} Careers",
                "Your candidate profile is set up. We'll let you know when roles that match your "
                "interests are posted at {company}. Manage your job alerts here: {link}",
            ),
        ],
    ),
    (
        "other",
        [
            (
                "Verify your email for {company} Careers",
                "Please confirm your email address to finish setting up your candidate account on "
                "the {company} careers site: {link}\n\nThis link expires in 24 hours.",
            ),
            (
                "Confirm your email address",
                "Thanks for signing up. Select the link below to verify your email address: {link}"
                "\n\nIf you did not create an account, you can ignore this message.",
            ),
            (
                "Action required: verify your email",
                "To keep your {company} candidate account active, verify your email address within "
                "48 hours: {link}",
            ),
        ],
    ),
    (
        "other",
        [
            (
                "Your {company} career site password was changed",
                "Your password for the {company} career site was changed. If you did not make this "
                "change, reset it here: {link}",
            ),
            (
                "Password reset request",
                "We received a request to reset the password of your {company} candidate account. "
                "Choose a new password here: {link}\n\nIf you did not ask for this, ignore this "
                "email; your password stays the same.",
            ),
            (
                "Your password has been updated",
                "The password of your candidate account was updated. If this wasn't you, reset "
                "your "
                "password now: {link}",
            ),
        ],
    ),
]

LOCATIONS = ["Minneapolis, MN", "Remote", "Chicago, IL", "Remote - United States", "Hybrid"]

# Wordings that are each vendor's own defaults; complete mails (greeting included).
VENDOR_ACK: dict[str, list[tuple[str, str]]] = {
    "workday": [
        (
            "Thank you for applying to {company}",
            "Thank you for applying to the {role} position at {company}. We have received your "
            "application and our recruiting team will review your qualifications.\n\nTo check the "
            "status of your application, sign in to your Candidate Home account: {link}",
        ),
    ],
    "greenhouse": [
        (
            "Thank you for applying to {company}",
            "Hi {first},\n\nThanks for applying to {company}! Your application has been received "
            "and we will review it right away.\n\nIf your application seems like a good fit for "
            "the "
            "position we will contact you soon.\n\nRegards,\n{company}\n\n** Please note: Do not "
            "reply to this email. This email is sent from an unattended mailbox.",
        ),
    ],
    "lever": [
        (
            "Thank you for your application to {company}",
            "Hi {first},\n\nThank you for your interest in {company}! We wanted to let you know we "
            "received your application for {role}, and we are delighted that you would consider "
            "joining our team.\n\nOur team will review your application and will be in touch if "
            "your qualifications match our needs for the role.",
        ),
    ],
    "icims": [
        (
            "{company} Application Confirmation",
            "Thank you for your interest in employment with {company}. This email confirms receipt "
            "of your application for {role} (Job ID {req}).\n\nPlease note that only candidates "
            "selected for interviews will be contacted.",
        ),
    ],
    "smartrecruiters": [
        (
            "Your application to {company}",
            "Hi {first},\n\nThanks for applying for the {role} position. Your application has been "
            "received by the {company} hiring team.\n\nTrack your application: {link}",
        ),
    ],
    "ashby": [
        (
            "Thanks for applying to {company}!",
            "Hi {first},\n\nThanks so much for your interest in joining {company}! We've received "
            "your application for {role} and will be reviewing it shortly.\n\nIf your experience "
            "looks like a match, someone from our team will reach out about next steps.",
        ),
    ],
    "jobvite": [
        (
            "Thank you for applying – {role}",
            "Dear {first},\n\nThank you for applying for the position of {role} at {company}. We "
            "have received your application and will review it against the requirements of the "
            "position.",
        ),
    ],
    "taleo": [
        (
            "{company} - Job Submission Confirmation",
            "Dear {full},\n\nThank you for applying for the position {role} (Requisition ID "
            "{req}). "
            "Your job submission has been received.\n\nYou can track the status of your "
            "application in the My Jobpage section of the {company} Career Section.",
        ),
    ],
    "workable": [
        (
            "Thanks for applying to {company}",
            "Hi {first},\n\nThank you for applying to the {role} position at {company}. We've "
            "received your application and our hiring team will review it soon.\n\nBest,\n"
            "{company} Hiring Team",
        ),
    ],
    "bamboohr": [
        (
            "Thank you for applying at {company}!",
            "Hi {first},\n\nThanks for your interest in the {role} position at {company}. We have "
            "received your application. If your skills match what we are looking for, we will be "
            "in touch.",
        ),
    ],
}
VENDOR_REJECT: dict[str, list[tuple[str, str]]] = {
    "workday": [
        (
            "Regarding your application for {role}",
            "Thank you for your interest in {company}. After careful review, we regret to inform "
            "you that we have decided to move forward with other candidates for the {role} "
            "position.\n\nWe encourage you to continue to view our career site and apply to "
            "positions that match your skills and interests.",
        ),
    ],
    "greenhouse": [
        (
            "Your application to {company}",
            "Hi {first},\n\nThank you for your interest in {company}. We appreciate the time you "
            "spent applying for the {role} role.\n\nAfter careful consideration, we've decided to "
            "move forward with other candidates who more closely match our current needs. We'll "
            "keep your information on file and may reach out if a future opening aligns with your "
            "background.",
        ),
    ],
    "lever": [
        (
            "Update on your {company} application",
            "Hi {first},\n\nThanks so much for your interest in {company} and the {role} role. Our "
            "team has reviewed your application and, unfortunately, we won't be moving forward at "
            "this time.\n\nWe wish you the best in your search.",
        ),
    ],
    "icims": [
        (
            "{company} Employment Opportunity",
            "Thank you for your interest in the {role} position (Job ID {req}). After reviewing "
            "your qualifications, we have decided to pursue other candidates whose experience more "
            "closely matches the requirements of the position.",
        ),
    ],
    "smartrecruiters": [
        (
            "Your application for {role}",
            "Hi {first},\n\nThank you for your interest in {company}. We've reviewed your "
            "application for {role} and have decided not to proceed with your candidacy at this "
            "time.",
        ),
    ],
    "ashby": [
        (
            "Following up on your application to {company}",
            "Hi {first},\n\nThank you for applying to {company} and for your patience while we "
            "reviewed your application. We've decided not to move forward with your candidacy for "
            "{role} right now.",
        ),
    ],
    "jobvite": [
        (
            "{role} – {company}",
            "Dear {first},\n\nThank you for your interest in the {role} position. While your "
            "background is impressive, we have decided to proceed with other applicants at this "
            "time.",
        ),
    ],
    "taleo": [
        (
            "{company} - Status of your application",
            "Dear {full},\n\nThank you for your interest in the position {role} (Requisition ID "
            "{req}). We have carefully reviewed your qualifications and regret that we will not be "
            "considering your application further for this position.",
        ),
    ],
    "workable": [
        (
            "Your application at {company}",
            "Hi {first},\n\nThank you for your application for the {role} position. We have now "
            "completed our assessment and unfortunately we will not be taking your application "
            "further.",
        ),
    ],
    "bamboohr": [
        (
            "Regarding the {role} position",
            "Hi {first},\n\nWe appreciate you applying for the {role} position with {company}. We "
            "have decided to go with other candidates whose experience better fits the needs of "
            "the role.",
        ),
    ],
}
