"""Mail written by people: recruiters, hiring managers, the agency, the candidate."""

from __future__ import annotations

RECRUITER_OUTREACH = [
    (
        "{role} opportunity at {company}",
        "Hi {first},\n\nI came across your profile and was impressed by your experience with "
        "{skill} at {former}. I'm hiring for a {role} on our {team} team at {company} and I think "
        "you could be a great fit. Would you be open to a quick chat this week?",
    ),
    (
        "Quick question, {first}",
        "Hi {first} — I lead recruiting for engineering at {company}. We're building out our "
        "{team} group and I'd love to talk to you about a {role} opening. Are you exploring new "
        "roles right now?",
    ),
    (
        "Your background + {company}",
        "Hello {first},\n\nI hope this finds you well. Your work on {skill} stood out to me. "
        "{company} is hiring a {role} (remote-friendly) and the hiring manager asked me to reach "
        "out to a few people with your background. Interested in learning more?",
    ),
    (
        "Exploring a {role} role?",
        "Hi {first}, I saw that you recently left {former} — sorry to hear about the layoffs. If "
        "you're looking, I have a {role} position at {company} that lines up really well with "
        "your experience. Happy to share details.",
    ),
    (
        "{company} is hiring – {role}",
        "Hey {first},\n\nHope you don't mind the cold email. I'm on the talent team at {company} "
        "and we're looking for a {role} to help scale our {team} systems. Given your background "
        "at {former}, I thought it was worth a shot. Any interest in a 20-minute intro call?",
    ),
    (
        "Intro from {company}",
        "Good afternoon {first},\n\nMy name is {rname} and I recruit engineers for {company}. "
        "We have an opening for a {role} that I believe matches your experience with {skill}. "
        "If the timing is right, I'd welcome the opportunity to tell you more.",
    ),
]
INMAIL = [
    (
        "{rname} sent you a message",
        "{rname}\n{rtitle} at {company}\n\n\"Hi {first}, I'm recruiting for a {role} at {company}. "
        'Your experience with {skill} is exactly what the team needs. Open to a conversation?"\n\n'
        "Reply: https://www.linkedin.com/messaging/",
    ),
    (
        "New InMail from {rname}",
        '{rname} ({rtitle}, {company}) wants to connect about an opportunity:\n\n"{first} — '
        "we're hiring a {role}. Would you have 20 minutes next week?\"",
    ),
    (
        "{first}, are you open to new opportunities?",
        "{rname} · {rtitle} at {company}\n\nHi {first} — your profile came up in a search for "
        "{skill}. We have a {role} opening I'd love to discuss. Reply on LinkedIn if interested.",
    ),
]
AGENCY_OUTREACH = [
    (
        "{role} - direct hire - {city}",
        "Hi {first},\n\nI'm a technical recruiter with {agency}. I'm working with a client — a "
        "growing {sector} company in the Twin Cities — on a {role} search. It's a direct hire role "
        "paying well above market. Are you open to a quick call to hear more?",
    ),
    (
        "Contract-to-hire {role} opportunity",
        "Hello {first}, {agency} here. We have a 6-month contract-to-hire {role} position with one "
        "of our clients ({sector}). Based on your resume on Dice, you look like a strong match. "
        "When "
        "is a good time to talk?",
    ),
]

SCREEN_INVITES = [
    (
        "{company} – next steps for {role}",
        "Hi {first},\n\nThanks for your interest in the {role} position. I'm a recruiter at "
        "{company} and I'd love to set up a 30-minute phone call to learn more about your "
        "background and share more about the team. Are you available any time {days}?",
    ),
    (
        "Phone screen: {role}",
        "Hello {first}, your application for {role} caught our eye! Please use the link below to "
        "pick a time for an introductory call with our recruiting team:\n\n{schedlink}",
    ),
    (
        "Let's chat about {role}",
        "Hi {first} — I'm {rfirst}, the recruiter for {role}. The hiring manager reviewed your "
        "resume and would like to move forward with a phone screen. Could you share a few times "
        "that work for you this week or next?",
    ),
    (
        "Interview request – {company}",
        "Dear {first},\n\nWe would like to invite you to an initial 30 minute video interview for "
        "the {role} role. Please reply with your availability for {days}.",
    ),
    (
        "Your application to {company}",
        "Hi {first},\n\nThank you for applying! We'd like to learn more about you. Are you "
        "available for a 30-minute phone screen with our recruiting team? Here are a few options: "
        "{days}. If none of these work, just suggest another time.",
    ),
    (
        "{role} – quick call?",
        "Hey {first}, {rfirst} here from {company}'s talent team. Your resume stood out for our "
        "{role} opening. Do you have time for a short intro call {days}?",
    ),
]
NEXT_ROUND = [
    (
        "Next steps: technical interview with {company}",
        "Hi {first},\n\nGreat news — the team enjoyed speaking with you and would like to move you "
        "forward to a {stage_name} with {iname}. Could you send over your availability for "
        "{days}?",
    ),
    (
        "{company} {stage_name}",
        "Hi {first}, thanks again for your time. We'd like to schedule your {stage_name} for the "
        "{role} role. It will be {length} over Zoom. What times work for you {days}?",
    ),
    (
        "Scheduling your {stage_name}",
        "Hello {first},\n\nI'm coordinating the next round for {role}: a {stage_name} with the "
        "team ({length}). Please pick a slot here: {schedlink}",
    ),
    (
        "Moving forward – {role}",
        "Hi {first},\n\nThanks for chatting with us! We'd love to invite you to the next step: a "
        "{stage_name} ({length}) with {iname}. Please reply with a few windows that work {days}.",
    ),
    (
        "Invitation to {stage_name} – {company}",
        "Dear {first},\n\nWe are pleased to invite you to a {stage_name} for the {role} "
        "position. The session will last {length}. Kindly share your availability for {days}.",
    ),
]
CONFIRMS = [
    (
        "Confirmed: {stage_name} with {company} on {slot}",
        "Hi {first},\n\nYou're all set for your {stage_name} on {slot} ({tzname}). You'll meet "
        "with {iname}. Video link: {video}\n\nLet me know if anything changes.",
    ),
    (
        "Interview confirmation – {role}",
        "Thank you for confirming. Your {stage_name} for {role} is scheduled for {slot}. A "
        "calendar "
        "invitation with the meeting link is on its way.",
    ),
    (
        "Re: scheduling",
        "Perfect, I've booked {slot} with {iname}. You'll get a calendar invite shortly with the "
        "video link.",
    ),
]
RESCHEDULES = [
    (
        "Need to reschedule our {stage_name}",
        "Hi {first},\n\nApologies — {iname} has a conflict that came up. Could we move your "
        "{stage_name} from {old_slot} to {slot} instead? I've sent an updated invite.",
    ),
    (
        "Updated time: {stage_name} – {company}",
        "Hi {first}, we need to reschedule your interview. The new time is {slot}. The Zoom link "
        "stays the same. Sorry for the shuffle!",
    ),
    (
        "Schedule change – {company} interview",
        "Hi {first}, unfortunately we have to move your {stage_name}. Would {slot} work instead "
        "of {old_slot}? Apologies for the inconvenience.",
    ),
]
CANCELLATIONS = [
    (
        "Cancelling your {stage_name}",
        "Hi {first},\n\nI'm sorry to do this, but I need to cancel your {stage_name} on {slot}. "
        "The {role} position has been put on hold indefinitely and we're closing the search, so "
        "we won't be moving forward with any candidates. I'm truly sorry for the late notice.",
    ),
    (
        "{role} – interview cancelled",
        "Hi {first}, unfortunately the {role} requisition was cancelled this morning after a "
        "reorg, so I've removed your interview from the calendar. Your application has been "
        "closed; I'll reach out if the role reopens.",
    ),
]
INVITE_SUBJECT = "Invitation: {summary} @ {slot_long} ({me_addr})"
UPDATED_SUBJECT = "Updated invitation: {summary} @ {slot_long} ({me_addr})"
INVITE_BODY = (
    "{organizer} has invited you to an event.\n\n{summary}\n{slot_long}\n\nJoining info\n"
    "{video}\n\nGuests\n{guests}\n\nView all guest info: https://calendar.google.com/\n\n"
    "Reply for {me_addr}: Yes / No / Maybe\n\nInvitation from Google Calendar"
)
SCHEDULER_CONFIRM = [
    (
        "Confirmed: {stage_name} with {company}",
        "Your interview is confirmed.\n\nWhat: {stage_name} – {role}\nWhen: {slot} ({tzname})\n"
        "Where: {video}\n\nNeed to make changes? Reschedule or cancel: {schedlink}\n\nScheduled "
        "via GoodTime on behalf of {company}",
    ),
    (
        "Interview scheduled: {company} – {role}",
        "Hi {first},\n\nThis confirms your {stage_name} with {company} on {slot}. Join: {video}\n\n"
        "Powered by Calendly",
    ),
]
POST_LOOP_REJECT = [
    (
        "Following up – {role}",
        "Hi {first},\n\nThank you so much for the time you spent with our team. Everyone enjoyed "
        "the conversations. After a lot of discussion we've decided to move forward with another "
        "candidate whose experience is closer to what we need right now. I know that's "
        "disappointing, and I'd be glad to stay in touch.",
    ),
    (
        "{company} update",
        "Hi {first}, I wanted to personally let you know that we won't be extending an offer for "
        "the {role} role. It was a close call and the panel had great things to say. Please keep "
        "us in mind in the future.",
    ),
    (
        "Re: {role}",
        "Hi {first}, I really appreciate your patience. The team decided to close the {role} "
        "search with an internal candidate, so we won't be moving ahead. I'm sorry I don't have "
        "better news.",
    ),
    (
        "Your candidacy for {role}",
        "Dear {first},\n\nThank you for interviewing for the {role} position. We have carefully "
        "considered all candidates and have decided to offer the position to someone else. We "
        "appreciate your interest in {company}.",
    ),
    (
        "Thank you, {first}",
        "Hi {first}, thanks for spending so much time with the team. We've decided to pause the "
        "{role} search due to budget changes, so we're closing out all candidates for now. I'm "
        "sorry to bring this news after such a long process.",
    ),
]
STATUS_HUMAN = [
    (
        "Quick update on {role}",
        "Hi {first}, just a quick note that the team is still finishing interviews with a couple "
        "of other candidates. I expect to have an update for you by the end of next week.",
    ),
]
OFFERS_LOW = [
    (
        "Offer – {role} at {company}",
        "Hi {first},\n\nI'm thrilled to share that we'd like to offer you the {role} position at "
        "{company}! The offer is a base salary of {salary}, a {bonus} target bonus and "
        "{equity}. The formal offer letter is attached. Please let me know your decision by "
        "{deadline}.",
    ),
]
OFFERS_FINAL = [
    (
        "Verbal offer from {client}!",
        "{first}!\n\nGreat news — {client} wants to make you an offer for the {role} role: "
        "{salary} base plus {bonus} bonus, full benefits from day one, start date {start}. "
        "Call me when you get this and we can talk through it.",
    ),
]
OFFER_LETTER = [
    (
        "Your offer letter from {client}",
        "Dear {first},\n\nOn behalf of {client}, I am pleased to confirm our offer of employment "
        "for the position of {role}. Please review and sign your offer letter via DocuSign by "
        "{deadline}: {link}\n\nWe are excited to welcome you to the team.",
    ),
]
AGENCY_SUBMITTED = [
    (
        "Submitted: {role} - {client_label}",
        "Hi {first},\n\nAs discussed, I've submitted your resume to {client_label} for the {role} "
        "role. The hiring manager usually gets back to me within a week. I'll keep you posted!",
    ),
    (
        "You're in front of {client_label}",
        "{first} - quick note that your profile went over to {client_label} this morning for the "
        "{role} opening. Fingers crossed.",
    ),
    (
        "Confirming your submission – {role}",
        "Hi {first},\n\nThanks for the OK to represent you. Your resume has been submitted to "
        "{client_label} for the {role} position. I'll follow up with the hiring manager on Friday.",
    ),
]
AGENCY_INTERVIEW = [
    (
        "{client_label} wants to talk!",
        "Hi {first},\n\n{client_label} would like to set up a {stage_name} for the {role} role. "
        "They proposed {slot}. Does that work? I'll send the details once you confirm.",
    ),
    (
        "Interview request from {client_label}",
        "Good news, {first}: the hiring manager at {client_label} liked your background and wants "
        "a {stage_name} ({length}). How does {slot} look?",
    ),
    (
        "Interview confirmed with {client_label}?",
        "{first} — {client_label} is ready to schedule a {stage_name}. They can do {slot}. Let me "
        "know and I'll lock it in.",
    ),
]
AGENCY_REJECT = [
    (
        "Update from {client_label}",
        "Hi {first},\n\nI heard back from {client_label}. They've decided to go in another "
        "direction for the {role} role — they went with someone with more {sector} background. "
        "Their loss. I have a couple more things cooking and will be in touch.",
    ),
    (
        "{client_label} feedback",
        "{first}, unfortunately {client_label} is not moving forward. Feedback was positive on "
        "the technical side, but they are prioritizing a candidate who can be onsite 5 days. "
        "On to the next one!",
    ),
    (
        "{role} update",
        "Hey {first}, the client came back and filled the {role} role internally. Frustrating, "
        "I know. I'm keeping you at the top of my list.",
    ),
]

MY_APPLY_EMAIL = [
    (
        "Application: {role}{req_suffix}",
        "Hello,\n\nPlease find attached my resume for the {role} position posted on your careers "
        "page. I have 14 years of experience building backend and platform systems, most recently "
        "as a senior engineer at {former}.\n\nI'd welcome the chance to talk.",
    ),
    (
        "{role} - Tom Brennan",
        "Hi {rfirst},\n\nI saw the {role} opening at {company} and wanted to reach out directly. "
        "I led the routing platform team at {former} until August and think my background in "
        "{skill} lines up well. My resume is attached.",
    ),
]
MY_REPLY_INTERESTED = [
    "Hi {rfirst},\n\nThanks for reaching out — yes, I'm interested. I'm free {days}. Resume "
    "attached.",
    "Hi {rfirst}, thanks for thinking of me! I'd be glad to learn more. Does {days} work?",
    "Thanks {rfirst}. The role sounds like a good fit. Happy to chat {days}.",
]
MY_REPLY_NOT_INTERESTED = [
    "Hi {rfirst}, thanks for reaching out. The role isn't quite what I'm looking for right "
    "now, but I'd be glad to stay in touch.",
]
MY_REPLY_TIMES = [
    "Hi {rfirst},\n\nThanks! {slot} works for me.",
    "{slot} is great — talk then.",
    "Hi {rfirst}, I can do {slot}. Looking forward to it.",
    "Thanks for the update. {slot} works fine.",
]
MY_DECLINE_OFFER = [
    "Hi {rfirst},\n\nThank you again for the offer and for the time the team spent with me. "
    "After a lot of thought, I have to decline. The compensation is well below where I need "
    "to be, and I don't see a way to bridge the gap. I really enjoyed meeting everyone.",
]
MY_ACCEPT_OFFER = [
    "Hi {rfirst},\n\nI'm happy to accept the offer for the {role} position. I've signed the "
    "letter in DocuSign. Looking forward to starting on {start}!",
]
OFFER_DECLINE_ACK = [
    "Hi {first}, thanks for letting me know, and for being straightforward about it. I've "
    "closed out the offer on our side. Best of luck — I hope our paths cross again.",
]
MY_WITHDRAW = [
    (
        "Withdrawing my application – {role}",
        "Hi {rfirst},\n\nI wanted to let you know that I've accepted another offer, so I'd like to "
        "withdraw from the {role} process. Thank you for your time and consideration.",
    ),
]
WITHDRAW_ACK = [
    "Hi {first}, thanks for letting us know, and congratulations! We've withdrawn your "
    "application for {role}. Best of luck in the new role.",
    "Confirming that your application for {role} has been withdrawn as requested. "
    "Congratulations on the new position.",
]
