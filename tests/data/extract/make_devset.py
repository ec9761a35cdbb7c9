"""Write tests/data/devset.jsonl: a labeled development set for the extractor.

Written by hand for this project, independently of the demo generator: the wording
follows what ATS vendors, job boards, schedulers, agencies and people actually send
(Workday, Greenhouse, Lever, iCIMS, Taleo, SmartRecruiters, Ashby, Jobvite, Workable,
BambooHR, JazzHR, SuccessFactors, Breezy, LinkedIn, Indeed, Glassdoor, ZipRecruiter, Dice,
Wellfound, Calendly, GoodTime, HackerRank, Codility, HireVue, agencies, personal mail),
including the awkward cases: empty, cut-off and HTML-only bodies, invisible preheader
padding, quoted replies, confirmations that say "under review", rejections that never say
"reject", agency mail that does not name the client.

Run: python tests/data/extract/make_devset.py   (deterministic; rewrites the file)
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "devset.jsonl"
rng = random.Random(20261126)

# (name as written, slug for addresses)
COMPANIES = [
    ("Northwind Analytics", "northwind"),
    ("Bluebird Health", "bluebirdhealth"),
    ("Cascade Robotics", "cascaderobotics"),
    ("Harbor & Pine Logistics", "harborpine"),
    ("Meridian Bank", "meridianbank"),
    ("Sable Systems Inc.", "sablesystems"),
    ("Redwood Financial Group", "redwoodfg"),
    ("Vantage Point Health", "vantagepoint"),
    ("Orbital Labs", "orbitallabs"),
    ("Lumen Learning", "lumenlearning"),
    ("Tidewater Energy", "tidewater"),
    ("BrightPath Education", "brightpath"),
    ("Kestrel Security", "kestrelsec"),
    ("Polaris Insurance", "polarisins"),
    ("Granite Peak Capital", "granitepeak"),
    ("Evergreen Foods", "evergreenfoods"),
    ("Nimbus Cloud", "nimbuscloud"),
    ("Copperline Media", "copperline"),
    ("Atlas Freight", "atlasfreight"),
    ("Silverline Bio", "silverlinebio"),
    ("Helios Solar", "heliossolar"),
    ("Juniper Retail", "juniperretail"),
    ("Foxglove Games", "foxglove"),
    ("Ironclad Manufacturing", "ironcladmfg"),
    ("Pacific Crest Bank", "pacificcrest"),
    ("Summit Health Partners", "summithp"),
    ("Larkspur AI", "larkspur"),
    ("Beacon Street Media", "beaconstreet"),
    ("Quarry Data", "quarrydata"),
    ("Starling Payments", "starlingpay"),
    ("Mosaic Insurance Group", "mosaicins"),
    ("Willow Tree Pharma", "willowtree"),
    ("Driftwood Software", "driftwood"),
    ("Keystone Utilities", "keystoneutil"),
    ("Aurora Telecom", "auroratel"),
    ("Ridgeline Outdoor", "ridgeline"),
]
ROLES = [
    "Senior Software Engineer",
    "Staff Data Engineer",
    "Engineering Manager, Platform",
    "Principal Product Manager",
    "Site Reliability Engineer II",
    "Data Scientist",
    "Director of Engineering",
    "DevOps Engineer",
    "Solutions Architect",
    "Machine Learning Engineer",
    "Technical Program Manager",
    "Senior Frontend Engineer",
    "Senior Analyst, Business Intelligence",
    "QA Automation Engineer",
    "Cloud Infrastructure Engineer",
    "Software Development Engineer in Test",
    "Head of Data",
    "VP of Engineering",
    "Lead iOS Developer",
    "Security Engineer",
    "Platform Engineer",
    "Senior Backend Engineer",
    "Data Engineering Manager",
    "Principal Software Engineer",
    "Full Stack Developer",
    "Senior Data Analyst",
    "Backend Engineer - Payments",
    "Staff Software Engineer, Infrastructure",
    "Engineering Lead",
    "Analytics Engineer",
]
AGENCIES = [
    ("Robert Half", "roberthalf.com"),
    ("TEKsystems", "teksystems.com"),
    ("Insight Global", "insightglobal.com"),
    ("Motion Recruitment", "motionrecruitment.com"),
    ("CyberCoders", "cybercoders.com"),
    ("Apex Systems", "apexsystems.com"),
    ("Harrow & Finch Search", "harrowfinch.com"),
]
RECRUITERS = [
    ("Jane Okafor", "Senior Technical Recruiter"),
    ("Marcus Lee", "Talent Acquisition Partner"),
    ("Priya Raman", "Recruiting Coordinator"),
    ("Tom Becker", "Technical Recruiter"),
    ("Elena Garcia", "Head of Talent"),
    ("David Kim", "Engineering Manager"),
    ("Sarah Whitfield", "Senior Recruiter"),
    ("Ahmed Hassan", "Technical Sourcer"),
    ("Laura Chen", "Director of Talent Acquisition"),
    ("Chris Novak", "Recruiter"),
]
FRIENDS = [
    ("Mike Dawson", "mike.dawson@gmail.com"),
    ("Rachel Stein", "rstein@yahoo.com"),
    ("Pastor Dave Miller", "dave.miller@gracecommunity.org"),
    ("Kim Nguyen", "kimn@outlook.com"),
    ("Ben Carter", "bcarter@icloud.com"),
    ("Lisa Ortiz", "lisa.ortiz@gmail.com"),
    ("Greg Howard", "greg.howard@hotmail.com"),
]
ME = "sam.rivera@gmail.com"
FIRST = "Sam"
INVISIBLE = "\u034f\u200c\u200b\u00ad "

rows: list[dict] = []
start = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def when(i: int) -> datetime:
    return start + timedelta(hours=11 * i + rng.randint(0, 9))


def req() -> str:
    return rng.choice(
        [
            f"R-{rng.randint(10000, 99999)}",
            f"JR{rng.randint(100000, 999999)}",
            f"{rng.randint(2300000, 2399999)}",
            f"REQ-{rng.randint(1000, 9999)}",
        ]
    )


def slot_time(dt: datetime) -> str:
    later = dt + timedelta(days=rng.randint(2, 6))
    hour = rng.choice([9, 10, 11, 13, 14, 15, 16])
    zone = rng.choice(["EST", "ET", "PT", "CT", "PST"])
    stamp = later.replace(hour=hour, minute=rng.choice([0, 30]))
    return stamp.strftime(f"%A, %B %d, %Y at %I:%M %p {zone}").replace(" 0", " ")


def add(kind, sender, subject, body, company, role, *, to=ME, html=False, thread=None):
    extra = {"labels": ["SENT"]} if sender.endswith(f"<{ME}>") else {}
    i = len(rows)
    dt = when(i)
    if html:
        paras = "".join(f'<p style="margin:0 0 12px">{p}</p>' for p in body.split("\n\n"))
        body = (
            "<html><head><style>p{font-family:Arial}</style></head><body><table "
            'width="600"><tr><td>'
            + paras.replace("\n", "<br>")
            + "</td></tr></table></body></html>"
        )
    date = dt.strftime("%a, %d %b %Y %H:%M:%S +0000") if i % 2 else dt.isoformat()
    rows.append(
        {
            "id": f"dev-{i:04d}",
            "from": sender,
            "to": to,
            "date": date,
            "subject": subject,
            "body": body,
            "thread_id": thread or f"t-{i:04d}",
            "label_kind": kind,
            "label_company": company,
            "label_role": role,
            **extra,
        }
    )


def pick_company():
    return rng.choice(COMPANIES)


def short(name: str) -> str:
    return name.replace(" Inc.", "")


# ---------------------------------------------------------------- vendor senders
def sender(vendor: str, company: str, slug: str, person: str | None = None) -> str:
    c = short(company)
    return {
        "workday": f"{c} <{slug}@myworkday.com>",
        "workday_bare": f"{slug}@myworkday.com",
        "greenhouse": f"{c} Hiring Team <no-reply@us.greenhouse-mail.io>",
        "greenhouse_person": f"{person} <no-reply@greenhouse.io>",
        "lever": f"{c} <no-reply@hire.lever.co>",
        "lever_person": f"{person} <no-reply@hire.lever.co>",
        "icims": f"{c} Careers <{slug}-careers@talent.icims.com>",
        "taleo": f"{c} Talent Acquisition <{slug}@taleo.net>",
        "smartrecruiters": f"{c} <noreply@smartrecruiters.com>",
        "ashby": f"{c} Recruiting <no-reply@ashbyhq.com>",
        "jobvite": f"{c} Recruiting Team <notification@jobvite.com>",
        "workable": f"{c} <noreply@candidates.workablemail.com>",
        "bamboohr": f"{c} <notifications@app.bamboohr.com>",
        "jazzhr": f"{c} HR <no-reply@applytojob.com>",
        "successfactors": f"{c} Careers <careers@successfactors.com>",
        "breezy": f"{c} <noreply@breezy.hr>",
        "recruitee": f"{c} <noreply@recruitee.com>",
        "direct": f"{c} Talent Acquisition <careers@{slug}.com>",
        "direct_person": f"{person} <{(person or 'x').split()[0].lower()}@{slug}.com>",
    }[vendor]


ATS = [
    "workday",
    "greenhouse",
    "lever",
    "icims",
    "taleo",
    "smartrecruiters",
    "ashby",
    "jobvite",
    "workable",
    "bamboohr",
    "jazzhr",
    "successfactors",
    "breezy",
    "recruitee",
    "direct",
    "workday_bare",
]

# ---------------------------------------------------------------- confirmations
CONFIRM_SUBJECTS = [
    "Thank you for applying to {c}",
    "Your application to {c}",
    "{c} - Application Received",
    "Application received: {r}",
    "Thank you for your application - {r}",
    "We received your application for {r}",
    "{r} - Application Confirmation",
    "Thanks for applying to {c}!",
    "Your {c} application",
    "Application Submitted: {r} ({q})",
]
CONFIRM_BODIES = [
    "Hi {f},\n\nThank you for your interest in {c}! We wanted to let you know we received your "
    "application for the {r} position, and we are delighted that you would consider joining our "
    "team.\n\nOur team will review your application and will be in touch if your qualifications "
    "match our needs for the role. If you are not selected for this position, keep an eye on our "
    "jobs page as we're growing and adding openings.\n\nBest,\nThe {c} Recruiting Team",
    "Dear {f},\n\nThank you for applying for the {r} role at {c}. Your application has been "
    "received and is currently under review. Due to the high volume of applications, we are "
    "unable to respond to every applicant individually. Should your background be a match, a "
    "member of our Talent Acquisition team will contact you to discuss next steps.\n\n"
    "Sincerely,\n{c} Talent Acquisition",
    "Hello {f},\n\nThanks for applying to {c}. This email confirms that we have received your "
    "application for {r} (Requisition {q}).\n\nYou can track the status of your application at "
    "any time by signing in to your candidate home page.\n\nPlease do not reply to this email, "
    "this mailbox is not monitored.",
    "Hi {f},\n\nWe've got it! Your application for {r} at {c} was successfully submitted. Our "
    "hiring team is reviewing applications now. If there's a match, someone from our team will "
    "reach out to schedule an interview. Otherwise, we'll let you know once the role is filled."
    "\n\nThanks again,\n{c}",
    "{f},\n\nThank you for your application to the {r} position. We appreciate your interest in "
    "{c} and the time you invested in applying. We are reviewing all applications and will "
    "contact candidates whose experience best fits the role.\n\nAs part of our commitment to "
    "equal opportunity, you may optionally complete a voluntary self-identification survey. "
    "Completing it is not required and will not affect your application.\n\nWarm regards,\n"
    "Talent Acquisition | {c}",
    "Dear {f},\n\nThank you for submitting your application for {r}, Job ID {q}. We are "
    "excited that you are interested in a career with {c}.\n\nWhat happens next? Our recruiters "
    "review every application. If your skills and experience are a fit, you can expect to hear "
    "from us within two weeks.\n\nRegards,\n{c} Careers",
]

# ---------------------------------------------------------------- rejections
REJECT_SUBJECTS = [
    "Your application to {c}",
    "Update on your application",
    "{c} - {r}",
    "Regarding your application for {r}",
    "Thank you for your interest in {c}",
    "Your application status",
    "Follow-up on your {c} application",
    "{r} at {c}",
    "Important information about your application",
    "Thank you from {c}",
]
REJECT_BODIES = [
    "Hi {f},\n\nThank you for your interest in the {r} role at {c}. After careful consideration, "
    "we have decided to move forward with other candidates whose experience more closely aligns "
    "with our current needs.\n\nWe appreciate the time you took to apply and wish you the best in "
    "your job search.\n\nBest regards,\n{c} Talent Acquisition",
    "Dear {f},\n\nThank you for applying to {c}. We received a large number of applications for "
    "the {r} position, and while your background is impressive, we have decided to pursue other "
    "candidates for this role.\n\nWe will keep your resume on file and encourage you to apply "
    "for other positions that match your skills.\n\nSincerely,\nThe {c} Recruiting Team",
    "Hello {f},\n\nWe wanted to let you know that the {r} position you applied for has been "
    "filled. We truly appreciate your interest in {c} and encourage you to visit our careers "
    "site for future opportunities.\n\nKind regards,\n{c} Human Resources",
    "Hi {f},\n\nThanks so much for taking the time to interview with us for the {r} role. The "
    "team enjoyed meeting you. Unfortunately, we won't be moving forward with your candidacy at "
    "this time. This was a difficult decision given the strength of the candidate pool.\n\nAll "
    "the best,\n{p}\n{pt} | {c}",
    "Dear {f},\n\nThank you for your interest in career opportunities with {c}. Unfortunately, "
    "the {r} requisition ({q}) has been cancelled, and as a result we are no longer considering "
    "applications for it. We encourage you to review our other openings.\n\nRegards,\n"
    "{c} Talent Acquisition",
    "Hi {f},\n\nWe appreciate your application for the {r} opening at {c}. After reviewing your "
    "qualifications, we have decided not to advance your application to the next stage of our "
    "process.\n\nWe wish you success in your future endeavors.\n\n{c}",
    "{f},\n\nThank you for considering {c}. This was a very competitive search and, after "
    "thoughtful review, we've selected another candidate for the {r} position.\n\nThank you "
    "again for your time.\n\nBest,\n{c} People Team",
    "Hi {f},\n\nI hope this message finds you well. I wanted to follow up on your application "
    "for {r}. At this time we are not able to offer you the role, as the team has decided to go "
    "in a different direction.\n\nI'd be glad to keep in touch for future roles.\n\n{p}\n{pt}, "
    "{c}",
]

# ---------------------------------------------------------------- interviews
INTERVIEW_SUBJECTS = [
    "Interview Invitation: {r} at {c}",
    "{c} - Next Steps",
    "Let's schedule your interview",
    "Phone screen for {r}",
    "Interview Confirmation - {r}",
    "{c} Interview Request",
    "Invitation: {r} Interview with {c}",
    "Next steps with {c}",
    "Availability for a call?",
    "Re: {r} at {c}",
]
INTERVIEW_BODIES = [
    "Hi {f},\n\nThank you for applying to the {r} role at {c}! We were impressed by your "
    "background and would like to invite you to a 30-minute phone screen with our recruiting "
    "team.\n\nPlease use the link below to select a time that works for you:\nhttps://app."
    "goodtime.io/schedule/abc123\n\nLooking forward to speaking with you,\n{p}\n{pt}",
    "Hi {f},\n\nI'm {p}, {pt} at {c}. I reviewed your application for {r} and I'd love to set "
    "up a quick call to learn more about your experience. Would any of these times work for "
    "you?\n\n- Tuesday 10:00-11:00 AM PT\n- Wednesday 2:00-4:00 PM PT\n\nBest,\n{p}",
    "Dear {f},\n\nYour interview for the {r} position has been scheduled.\n\nDate: {t}\n"
    "Format: Video interview (Zoom)\nInterviewers: {p}, {pt}\n\nA calendar invitation with "
    "the Zoom link will follow. If you need to reschedule, please reply to this email.\n\n"
    "{c} Recruiting",
    "Hello {f},\n\nCongratulations! The hiring team would like to move you forward to the "
    "technical interview stage for {r}. The interview will last 60 minutes and will include a "
    "live coding exercise with two engineers.\n\nPlease share your availability for next week."
    "\n\nThanks,\n{p}\n{c}",
    "Hi {f},\n\nThanks for your time on the phone yesterday! The team would like to invite you "
    "to a virtual onsite for the {r} role. It consists of four 45-minute interviews. Can you "
    "send me a few times that work over the next two weeks?\n\nCheers,\n{p}\n{pt}, {c}",
    "Hi {f},\n\nThis is a reminder of your upcoming interview with {c} for {r} on {t}.\n\n"
    "Join with Google Meet: meet.google.com/xyz-abcd-efg\n\nGood luck!",
    "Hi {f},\n\nJust a heads up that we need to reschedule our conversation about the {r} role "
    "- something came up on the hiring manager's side. Would {t} work instead?\n\nApologies "
    "for the shuffle,\n{p}\n{c}",
    "Hi {f},\n\nGreat news - you've been selected for the final round for {r} at {c}. You'll "
    "meet with the VP of Engineering and two peers. Please pick a time using the scheduling "
    "link: https://calendly.com/{slug}-recruiting/final-round\n\nBest,\n{p}",
]

# ---------------------------------------------------------------- assessments
ASSESS_SUBJECTS = [
    "{c} - Online Assessment",
    "Action Required: Complete your assessment for {r}",
    "Your HackerRank test for {c}",
    "Next step: coding challenge",
    "{c} | Video Interview",
    "Codility test invitation from {c}",
    "Please complete the questionnaire for {r}",
    "Assessment Invitation - {r}",
]
ASSESS_BODIES = [
    "Hi {f},\n\nThank you for your interest in the {r} role at {c}. As the next step in our "
    "process, we'd like you to complete an online coding assessment on HackerRank. The test "
    "takes about 90 minutes and must be completed within 7 days.\n\nStart your test: "
    "https://www.hackerrank.com/tests/abc\n\nGood luck!\n{c} Recruiting",
    "Dear {f},\n\nYou have been invited to complete a one-way video interview for the {r} "
    "position with {c}. You will be asked to record your responses to five questions. Please "
    "complete the interview within 72 hours.\n\nPowered by HireVue",
    "Hello {f},\n\nWe'd like to invite you to take a short skills assessment as part of your "
    "application for {r}. Please complete the assessment by Friday. If you have any questions, "
    "reply to this email.\n\nThanks,\n{p}\n{pt}, {c}",
    "Hi {f},\n\n{c} has invited you to take a Codility test for the position of {r}. The test "
    "link will remain active for 5 days.\n\nClick here to start your test.",
    "Dear {f},\n\nAdditional information is needed to complete your application for {r}. "
    "Please log in to your candidate account and answer the screening questionnaire.\n\n"
    "Thank you,\n{c} Talent Acquisition",
    "Hi {f},\n\nThanks for chatting with us! The next step is a take-home exercise for the {r} "
    "role. You'll find the prompt attached; most candidates spend 3-4 hours on it. Please send "
    "your solution back within a week.\n\nBest,\n{p}\n{c}",
]

# ---------------------------------------------------------------- offers
OFFER_SUBJECTS = [
    "Offer Letter - {r}",
    "Your offer from {c}",
    "{c} Offer of Employment",
    "Congratulations! Offer for {r}",
    "Offer details",
    "Re: {r} - next steps",
]
OFFER_BODIES = [
    "Hi {f},\n\nOn behalf of {c}, I am delighted to offer you the position of {r}. Attached "
    "please find your offer letter with the details of your compensation: a base salary of "
    "$185,000, a target bonus of 15%, and 20,000 RSUs vesting over four years. Your proposed "
    "start date is June 1, 2026.\n\nPlease review and sign by Friday.\n\nWarm regards,\n{p}\n{pt}",
    "Dear {f},\n\nCongratulations! We are excited to extend you an offer to join {c} as {r}. "
    "You will receive the formal offer via DocuSign shortly. Let me know when you have time to "
    "walk through the compensation package.\n\nBest,\n{p}",
    "Hi {f},\n\nThe team loved meeting you and I'm thrilled to share that we'd like to make you "
    "an offer for the {r} role! Base salary would be $160k with a $10,000 sign-on bonus. Can we "
    "jump on a call tomorrow to go over details?\n\n{p}\n{c}",
]

# ---------------------------------------------------------------- status updates
STATUS_SUBJECTS = [
    "Application Update - {r}",
    "Your application status has changed",
    "An update from {c}",
    "{r}: status of your application",
    "Your application has been withdrawn",
    "Update on the {r} role",
]
STATUS_BODIES = [
    "Hi {f},\n\nWe wanted to give you a quick update on your application for {r}. The hiring "
    "team is still reviewing candidates and has not yet made a decision. We appreciate your "
    "patience and will be in touch as soon as we have news.\n\nBest,\n{c} Recruiting",
    "Dear {f},\n\nThe {r} position at {c} has been put on hold while the team revisits its "
    "hiring plans. Your application remains active and we will contact you if the search "
    "resumes.\n\nThank you for your patience,\n{c} Talent Acquisition",
    "Hello {f},\n\nThis confirms that your application for {r} ({q}) has been withdrawn at your "
    "request. We wish you well and hope you will consider {c} in the future.\n\n{c} Careers",
    "Hi {f},\n\nThe status of your application for {r} has changed. Please log in to your "
    "candidate portal to view the latest update.\n\nThis is an automated message. Please do "
    "not reply.",
    "Hi {f},\n\nJust wanted to let you know your application for {r} has been forwarded to the "
    "hiring manager for review. It can take a week or two to hear back.\n\nThanks,\n{p}\n{c}",
]

# ---------------------------------------------------------------- recruiter outreach
OUTREACH_SUBJECTS = [
    "{r} opportunity",
    "Exciting role at {c}",
    "Quick question",
    "Are you open to new roles?",
    "{r} - remote",
    "Your background + {c}",
    "Opportunity: {r}",
]
OUTREACH_IN_HOUSE = [
    "Hi {f},\n\nI came across your profile and was impressed by your experience building data "
    "platforms. I'm a recruiter at {c} and we're hiring a {r} to help scale our infrastructure. "
    "Would you be open to a quick chat this week?\n\nBest,\n{p}\n{pt} | {c}",
    "Hi {f} - I lead recruiting for engineering at {c}. Your background stood out to me for our "
    "{r} role. Interested in learning more? Happy to share details.\n\n{p}",
    "Hello {f},\n\nI hope you're well. I'm reaching out because we are building out our team at "
    "{c} and looking for a {r}. Based on your experience, I think you'd be a great fit. Are you "
    "open to exploring new opportunities?\n\nThanks,\n{p}\n{pt}",
]
OUTREACH_AGENCY_CLIENT = [
    "Hi {f},\n\nI'm {p} with {a}. My client, {c}, is looking for a {r} to join their team "
    "(hybrid, 2 days onsite). Your background looks like a strong match. Would you be "
    "interested in hearing more? If so, please send an updated resume.\n\nThanks,\n{p}\n"
    "Senior Recruiter | {a}",
    "Hello {f},\n\nI'm reaching out on behalf of my client {c} regarding a {r} opportunity. "
    "It's a direct hire position paying up to $190K. Are you open to a conversation?\n\n"
    "Regards,\n{p}\n{a}",
]
OUTREACH_AGENCY_ANON = [
    "Hi {f},\n\nI'm {p} with {a}. I'm working with a fast-growing fintech client who is hiring "
    "a {r}. It's fully remote with a strong base and equity. Would you be open to a quick call "
    "to discuss?\n\nBest,\n{p}\nTechnical Recruiter | {a}",
    "Hi {f},\n\nI have a 6-month contract-to-hire {r} opportunity with a Fortune 500 client in "
    "the healthcare space. Pay rate is $85-95/hr on W2. Are you interested? Please reply with "
    "your updated resume and a good time to talk.\n\nThank you,\n{p}\n{a}",
]

# ---------------------------------------------------------------- networking
NETWORK_BODIES = [
    (
        "Coffee next week?",
        "Hey {f},\n\nGreat to see you at church on Sunday. Sorry to hear "
        "about the layoff - I'd love to grab coffee next week and hear what you're looking for. "
        "Tuesday morning work?\n\n{n}",
    ),
    (
        "Intro: {f} <> {x}",
        "Hi {x} and {f},\n\nI'd like to introduce you two. {f} is a seasoned "
        "data engineer I worked with for years; {x} leads the analytics team at her company. I "
        "think you'd have a lot to talk about. I'll let you take it from here!\n\n{n}",
    ),
    (
        "Re: catching up",
        "Sam - so good catching up yesterday. I passed your resume along to my "
        "manager; no promises but she said she'd take a look. Keep me posted on how things go!\n\n"
        "{n}",
    ),
    (
        "Meetup on Thursday",
        "Hey {f}, a few of us from the Data Engineering meetup are getting "
        "dinner after the talk on Thursday. Want to join? Could be good for meeting folks.\n\n{n}",
    ),
    (
        "Thinking of you",
        "Hi {f},\n\nJust wanted to say I've been praying for you and your job "
        "search. Let me know how I can help - happy to review your resume or make some intros.\n\n"
        "{n}",
    ),
    (
        "Referral",
        "Hi {f}, I submitted a referral for you for the opening on my team. You should "
        "get an email from our recruiting system soon. Let me know if you want to chat about the "
        "team beforehand.\n\n{n}",
    ),
    ("", "Hey, are we still on for lunch Friday?\n\n{n}"),
]
SENT_BODIES = [
    (
        "application_confirmation",
        "Application: {r}",
        "Hello,\n\nI am writing to apply for the "
        "{r} position at {c}. Please find attached my resume and cover letter. I'd welcome the "
        "chance to discuss how I can help.\n\nBest regards,\nSam Rivera",
    ),
    (
        "networking",
        "Thank you!",
        "Hi {n},\n\nThanks so much for the coffee and the advice "
        "yesterday. I'll follow up with the folks you mentioned.\n\nBest,\nSam",
    ),
    (
        "networking",
        "Re: Coffee next week?",
        "Tuesday at 9 works great, see you then!\n\nOn "
        "Mon, Mar 9, 2026 at 8:14 AM Mike Dawson <mike.dawson@gmail.com> wrote:\n> Great to see "
        "you at church on Sunday. Want to grab coffee?",
    ),
    (
        "interview_invitation",
        "Re: Availability for a call?",
        "Hi {p},\n\nThanks for reaching "
        "out! I'm available Tuesday between 10 and 11 AM PT or Wednesday afternoon for the phone "
        "screen.\n\nBest,\nSam\n\nOn Mon, Mar 9, 2026, {p} wrote:\n> Would you be available for a "
        "call this week?",
    ),
]

# ---------------------------------------------------------------- job alerts / marketing
ALERTS = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '30+ new jobs for "data engineer"',
        "Your job alert for data engineer in Austin, Texas\n30+ new jobs match your preferences."
        "\n\nSenior Data Engineer\n{c}\nAustin, TX (Hybrid)\nActively recruiting\n\nStaff Data "
        "Engineer\n{c2}\nRemote\nBe an early applicant\n\nSee all jobs\n\nYou are receiving Job "
        "Alert emails. Unsubscribe.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "{r} jobs in Austin, TX",
        "New jobs for you\n\n{r}\n{c} - "
        "Austin, TX\n$150,000 - $180,000 a year\nEasily apply\n\n{r2}\n{c2} - Remote\n\nView all "
        "jobs\n\nUnsubscribe from these emails",
    ),
    (
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "{c} and 9 other companies are hiring",
        "Jobs you may be interested in\n\n{c}\n{r}\n4.1 ★\n\n{c2}\n{r2}\n\nSee more jobs",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Top job picks for you",
        "We found 12 new jobs "
        "matching your search.\n\n{r} at {c}\n1-Click Apply\n\n{r2} at {c2}\n\nManage alerts",
    ),
    (
        "Dice <noreply@dice.com>",
        "New jobs matching your profile",
        "Recommended jobs\n\n{r} - "
        "{c}\nContract\n\n{r2} - {c2}\nFull-time\n\nUpdate your profile to get better matches.",
    ),
    (
        "Wellfound <team@wellfound.com>",
        "Startups hiring this week",
        "Here are startups actively "
        "hiring for roles like yours:\n\n{c} - {r}\n{c2} - {r2}\n\nApply now with one click.",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Sam, you appeared in 14 searches this week",
        "You appeared in 14 searches this week. See who's looking at your profile with Premium.",
    ),
    (
        "{c} Careers <careers@{slug}.com>",
        "Welcome to the {c} Talent Community",
        "Thanks for joining our talent community! We'll send you job alerts that match your "
        "interests. Manage your email preferences anytime.",
    ),
    (
        "Built In <hello@builtin.com>",
        "Tech jobs and news in Austin",
        "This week's newsletter: "
        "companies hiring, salary insights and upcoming events.\n\nUnsubscribe",
    ),
]
OTHERS = [
    (
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        "A new sign-in on Mac. If this was you, you don't need to do anything.",
    ),
    (
        "Workday <no-reply@myworkday.com>",
        "Your verification code",
        "Your verification code is 482913. It expires in 10 minutes.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your package has shipped",
        "Your order has shipped and is on the way. Track your package.",
    ),
    (
        "Texas Workforce Commission <noreply@twc.texas.gov>",
        "Request your weekly payment",
        "It's time to request payment for your unemployment benefits. Log in to submit your "
        "weekly claim.",
    ),
    (
        "Chase <no.reply.alerts@chase.com>",
        "Your statement is ready",
        "Your credit card statement is available online.",
    ),
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Reset your password",
        "Click the link below to reset your password for MyGreenhouse.",
    ),
]


def fill(text: str, **kw) -> str:
    return text.format(**kw)


def build() -> None:
    for i in range(70):  # confirmations
        c, slug = pick_company()
        r, q = rng.choice(ROLES), req()
        p, pt = rng.choice(RECRUITERS)
        vendor = ATS[i % len(ATS)]
        kw = dict(f=FIRST, c=short(c) if i % 3 else c, r=r, q=q, p=p, pt=pt, slug=slug)
        subj = fill(rng.choice(CONFIRM_SUBJECTS), **kw)
        body = fill(rng.choice(CONFIRM_BODIES), **kw)
        if i % 11 == 3:
            body = "Application received" + INVISIBLE * 40 + "\n\n" + body
        if i % 13 == 5:
            body = ""
            subj = f"Thank you for applying to {short(c)}"
        add(
            "application_confirmation",
            sender(vendor, c, slug),
            subj,
            body,
            c,
            r if (body and r in body) or r in subj else None,
            html=i % 5 == 2,
        )
    for i in range(30):  # LinkedIn / Indeed / Glassdoor / ZipRecruiter confirmations
        c, slug = pick_company()
        r = rng.choice(ROLES)
        kw = dict(f=FIRST, c=short(c), r=r)
        variant = i % 4
        if variant == 0:
            add(
                "application_confirmation",
                "LinkedIn <jobs-noreply@linkedin.com>",
                f"{FIRST}, your application was sent to {short(c)}",
                fill(
                    "Your application was sent to {c}\n\n{r}\n{c} \u00b7 Austin, TX (Hybrid)\n"
                    "Applied on March 3, 2026\n\nView job\n\nTop jobs for you\nData Engineer\n"
                    "Helix Corp \u00b7 Remote\n\nThis email was intended for Sam Rivera. "
                    "Unsubscribe",
                    **kw,
                ),
                c,
                r,
            )
        elif variant == 1:
            add(
                "application_confirmation",
                "Indeed Apply <indeedapply@indeed.com>",
                f"Indeed Application: {r}",
                fill(
                    "Application submitted\n\n{r}\n{c} - Remote\n\nThe following items were "
                    "sent to {c}. Good luck!\n* Application\n* Resume\n\nNext steps: the "
                    "employer or job advertiser may reach out to you about your application."
                    "\n\nJobs you might like",
                    **kw,
                ),
                c,
                r,
            )
        elif variant == 2:
            add(
                "application_confirmation",
                "Glassdoor <noreply@glassdoor.com>",
                f"Your application to {short(c)}",
                fill(
                    "You applied to {r} at {c}. Your application has been submitted to the "
                    "employer.\n\nSimilar jobs\n\nUnsubscribe",
                    **kw,
                ),
                c,
                r,
            )
        else:
            add(
                "application_confirmation",
                "ZipRecruiter <noreply@ziprecruiter.com>",
                f"You applied to {r} at {short(c)}",
                fill(
                    "Your application for {r} was delivered to {c}. They'll contact you if "
                    "they'd like to move forward.\n\nMore jobs like this",
                    **kw,
                ),
                c,
                r,
            )
    for i in range(80):  # rejections
        c, slug = pick_company()
        r, q = rng.choice(ROLES), req()
        p, pt = rng.choice(RECRUITERS)
        vendor = ATS[(i * 3) % len(ATS)]
        if "{p}" in REJECT_BODIES[i % len(REJECT_BODIES)]:
            vendor = rng.choice(["direct_person", "greenhouse_person", "lever_person"])
        kw = dict(f=FIRST, c=short(c) if i % 4 else c, r=r, q=q, p=p, pt=pt, slug=slug)
        subj = fill(rng.choice(REJECT_SUBJECTS), **kw)
        body = fill(REJECT_BODIES[i % len(REJECT_BODIES)], **kw)
        if i % 9 == 4:
            body = body[: int(len(body) * 0.55)]
        if i % 10 == 7:
            body = "We have an update on your application." + INVISIBLE * 60 + "\n" + body
        role = r if r in body or r in subj else None
        add("rejection", sender(vendor, c, slug, p), subj, body, c, role, html=i % 6 == 1)
    for _ in range(8):  # LinkedIn rejection notices
        c, _ = pick_company()
        r = rng.choice(ROLES)
        add(
            "rejection",
            "LinkedIn <jobs-noreply@linkedin.com>",
            f"Your application to {r} at {short(c)}",
            f"Your update from {short(c)}\n\nThank you for your interest in the {r} position at "
            f"{short(c)} in Austin, Texas. Unfortunately, {short(c)} has decided not to move "
            "forward with your application.\n\nTop jobs for you\n\nUnsubscribe",
            c,
            r,
        )
    for i in range(60):  # interviews
        c, slug = pick_company()
        r = rng.choice(ROLES)
        p, pt = rng.choice(RECRUITERS)
        body_t = INTERVIEW_BODIES[i % len(INTERVIEW_BODIES)]
        vendor = (
            rng.choice(["direct_person", "greenhouse_person", "lever_person"])
            if "{p}\n" in body_t or body_t.endswith("{p}")
            else rng.choice(ATS)
        )
        kw = dict(f=FIRST, c=short(c), r=r, p=p, pt=pt, slug=slug, t=slot_time(when(i)))
        subj = fill(rng.choice(INTERVIEW_SUBJECTS), **kw)
        body = fill(body_t, **kw)
        if i % 8 == 6:
            body += (
                "\n\nOn Tue, Mar 3, 2026 at 9:12 AM " + short(c) + " <no-reply@hire.lever"
                ".co> wrote:\n> Thank you for applying. Unfortunately we have decided to move "
                "forward with other candidates for a different role."
            )
        role = r if r in body or r in subj else None
        add("interview_invitation", sender(vendor, c, slug, p), subj, body, c, role)
    for i in range(12):  # scheduling tools
        c, slug = pick_company()
        p, _ = rng.choice(RECRUITERS)
        r = rng.choice(ROLES)
        t = slot_time(when(i))
        if i % 3 == 0:
            add(
                "interview_invitation",
                "Calendly <notifications@calendly.com>",
                f"New Event: Sam Rivera - {t.split(' at ')[0]} - {short(c)} Phone Screen",
                f"Hi Sam Rivera,\n\nA new event has been scheduled.\n\nEvent Type: {short(c)} "
                f"Phone Screen\nInvitee: {p}\nEvent Date/Time: {t}\nLocation: This is a Google "
                "Meet web conference.\n\nPowered by Calendly",
                c,
                None,
            )
        elif i % 3 == 1:
            add(
                "interview_invitation",
                f"{short(c)} Recruiting <scheduling@goodtime.io>",
                f"Interview confirmed: {r} at {short(c)}",
                f"Hi Sam,\n\nYour interview for {r} at {short(c)} is confirmed.\n\n{t}\n"
                f"Interviewers: {p}\nLocation: Zoom (link below)\n\nNeed to reschedule? Use "
                "the link in this email.",
                c,
                r,
            )
        else:
            add(
                "interview_invitation",
                f"{p} <calendar-notification@google.com>",
                f"Invitation: {short(c)} <> Sam Rivera - Technical Interview @ {t}",
                f"{p} has invited you to this event.\n\n{short(c)} <> Sam Rivera - Technical "
                f"Interview\nWhen: {t}\nJoining info: meet.google.com/abc-defg-hij\n\nInvitation "
                "from Google Calendar",
                c,
                None,
            )
    for i in range(40):  # assessments
        c, slug = pick_company()
        r = rng.choice(ROLES)
        p, pt = rng.choice(RECRUITERS)
        body_t = ASSESS_BODIES[i % len(ASSESS_BODIES)]
        if i % 6 == 3:
            snd = f"{short(c)} via Codility <no-reply@codility.com>"
        elif i % 6 == 0:
            snd = "HackerRank <support@hackerrankforwork.com>"
        elif i % 6 == 1:
            snd = f"{short(c)} <noreply@hirevue.com>"
        else:
            snd = sender(rng.choice(ATS[:12] + ["direct_person"]), c, slug, p)
        kw = dict(f=FIRST, c=short(c), r=r, p=p, pt=pt)
        subj = fill(rng.choice(ASSESS_SUBJECTS), **kw)
        body = fill(body_t, **kw)
        add(
            "assessment", snd, subj, body, c, r if r in body or r in subj else None, html=i % 7 == 2
        )
    for i in range(22):  # offers
        c, slug = pick_company()
        r = rng.choice(ROLES)
        p, pt = rng.choice(RECRUITERS)
        kw = dict(f=FIRST, c=short(c), r=r, p=p, pt=pt)
        subj = fill(rng.choice(OFFER_SUBJECTS), **kw)
        body = fill(OFFER_BODIES[i % len(OFFER_BODIES)], **kw)
        add(
            "offer",
            sender("direct_person", c, slug, p),
            subj,
            body,
            c,
            r if r in body or r in subj else None,
        )
    for i in range(35):  # status updates
        c, slug = pick_company()
        r, q = rng.choice(ROLES), req()
        p, pt = rng.choice(RECRUITERS)
        body_t = STATUS_BODIES[i % len(STATUS_BODIES)]
        vendor = "direct_person" if "{p}" in body_t else ATS[i % len(ATS)]
        kw = dict(f=FIRST, c=short(c), r=r, q=q, p=p, pt=pt)
        subj = fill(rng.choice(STATUS_SUBJECTS), **kw)
        if "withdrawn" in body_t:
            subj = "Your application has been withdrawn"
        elif "withdrawn" in subj:
            subj = fill("Application Update - {r}", **kw)
        add("status_update", sender(vendor, c, slug, p), subj, fill(body_t, **kw), c, r)
    for i in range(45):  # recruiter outreach
        c, slug = pick_company()
        r = rng.choice(ROLES)
        p, pt = rng.choice(RECRUITERS)
        a, adomain = rng.choice(AGENCIES)
        kw = dict(f=FIRST, c=short(c), r=r, p=p, pt=pt, a=a)
        subj = fill(rng.choice(OUTREACH_SUBJECTS), **kw)
        mode = i % 5
        if mode in (0, 1):
            body = fill(rng.choice(OUTREACH_IN_HOUSE), **kw)
            snd = (
                sender("direct_person", c, slug, p)
                if mode == 0
                else f"{p} via LinkedIn <inmail-hit-reply@linkedin.com>"
            )
            company = c
        elif mode in (2, 3):
            body = fill(rng.choice(OUTREACH_AGENCY_CLIENT), **kw)
            snd = f"{p} <{p.split()[0].lower()}@{adomain}>"
            company = c
        else:
            body = fill(rng.choice(OUTREACH_AGENCY_ANON), **kw)
            snd = f"{p} <{p.split()[0].lower()}.{p.split()[1].lower()}@{adomain}>"
            company = a
            subj = subj.replace(short(c), "a fintech client") if short(c) in subj else subj
        add("recruiter_outreach", snd, subj, body, company, r if r in body or r in subj else None)
    for i in range(35):  # networking
        n, addr = rng.choice(FRIENDS)
        subj, body = NETWORK_BODIES[i % len(NETWORK_BODIES)]
        x = rng.choice(["Priya", "Jordan", "Alicia"])
        add(
            "networking",
            f"{n} <{addr}>",
            subj.format(f=FIRST, x=x),
            body.format(f=FIRST, n=n.split()[-2] if len(n.split()) > 2 else n.split()[0], x=x),
            None,
            None,
        )
    for i in range(20):  # own sent mail
        kind, subj, body = SENT_BODIES[i % len(SENT_BODIES)]
        c, slug = pick_company()
        r = rng.choice(ROLES)
        p, _ = rng.choice(RECRUITERS)
        n, addr = rng.choice(FRIENDS)
        to = (
            f"jobs@{slug}.com"
            if kind == "application_confirmation"
            else (f"{p.split()[0].lower()}@{slug}.com" if kind == "interview_invitation" else addr)
        )
        kw = dict(c=short(c), r=r, p=p, n=n.split()[0])
        add(
            kind,
            f"Sam Rivera <{ME}>",
            subj.format(**kw),
            body.format(**kw),
            c if kind != "networking" else None,
            r if kind == "application_confirmation" else None,
            to=to,
        )
    for i in range(30):  # alerts
        snd, subj, body = ALERTS[i % len(ALERTS)]
        (c, slug), (c2, _) = rng.sample(COMPANIES, 2)
        r, r2 = rng.sample(ROLES, 2)
        kw = dict(c=short(c), c2=short(c2), r=r, r2=r2, slug=slug)
        add("job_alert", snd.format(**kw), subj.format(**kw), body.format(**kw), None, None)
    for i in range(14):  # other
        snd, subj, body = OTHERS[i % len(OTHERS)]
        add("other", snd, subj, body, None, None)


build()
OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"wrote {len(rows)} messages to {OUT}")
