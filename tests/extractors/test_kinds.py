import pytest
from spacy.tokens import Doc

from extractors.kinds import is_hedged

PIPES = ("sneaker_cues", "sneaker_kind")
NOREPLY = {"from_name": "Acme Hiring Team", "from_addr": "no-reply@us.greenhouse-mail.io"}
RECRUITER = {"from_name": "Jane Okafor", "from_addr": "jane@acme.com"}
FRIEND = {"from_name": "Mike Dawson", "from_addr": "mike.dawson@gmail.com"}

CASES = [
    (
        "rejection-without-reject",
        NOREPLY,
        "Your application to Acme",
        "After careful consideration, we have decided to move forward with other candidates "
        "whose experience more closely aligns with our needs.",
        "rejection",
    ),
    (
        "rejection-position-filled",
        NOREPLY,
        "Update",
        "The Data Engineer position you applied for has been filled. Thank you for your interest.",
        "rejection",
    ),
    (
        "rejection-beats-acknowledgement",
        NOREPLY,
        "Thank you for applying",
        "Thank you for applying to Acme. Unfortunately, we will not be moving forward with your "
        "application.",
        "rejection",
    ),
    (
        "confirmation-under-review",
        NOREPLY,
        "Application received",
        "Thank you for applying! Your application is under review.",
        "application_confirmation",
    ),
    (
        "confirmation-with-conditional-rejection",
        NOREPLY,
        "Thanks for applying to Acme",
        "We received your application. If we decide to move forward with other candidates, we "
        "will keep your resume on file.",
        "application_confirmation",
    ),
    (
        "confirmation-with-conditional-interview",
        NOREPLY,
        "We received your application",
        "Thank you for your application. Should your background match, a recruiter will reach "
        "out to schedule an interview.",
        "application_confirmation",
    ),
    (
        "interview-invitation",
        RECRUITER,
        "Next steps",
        "Thanks for applying! We'd like to invite you to a 30-minute phone screen. Please share "
        "your availability.",
        "interview_invitation",
    ),
    (
        "assessment-hackerrank",
        NOREPLY,
        "Online assessment",
        "As the next step, please complete the HackerRank coding assessment within 7 days.",
        "assessment",
    ),
    (
        "voluntary-survey-is-not-assessment",
        NOREPLY,
        "Thank you for applying",
        "We received your application. You may optionally complete a voluntary EEO survey.",
        "application_confirmation",
    ),
    (
        "offer",
        RECRUITER,
        "Your offer",
        "I'm delighted to offer you the position! Your base salary will be $150,000.",
        "offer",
    ),
    (
        "status-on-hold",
        NOREPLY,
        "An update",
        "The role has been put on hold for now. Your application remains active.",
        "status_update",
    ),
    (
        "status-withdrawn",
        NOREPLY,
        "Withdrawal confirmation",
        "This confirms that your application has been withdrawn.",
        "status_update",
    ),
    (
        "outreach-in-house",
        RECRUITER,
        "Quick question",
        "I came across your profile and we're hiring a Staff Engineer. Would you be open to a "
        "quick chat?",
        "recruiter_outreach",
    ),
    (
        "outreach-inmail",
        {"from_name": "Tom Becker via LinkedIn", "from_addr": "inmail-hit-reply@linkedin.com"},
        "Opportunity",
        "Your background stood out to me. Are you open to exploring new opportunities?",
        "recruiter_outreach",
    ),
    (
        "networking-coffee",
        FRIEND,
        "Coffee?",
        "Great to see you Sunday. Want to grab coffee next week?",
        "networking",
    ),
    (
        "job-alert",
        {"from_name": "LinkedIn Job Alerts", "from_addr": "jobalerts-noreply@linkedin.com"},
        "30+ new jobs for data engineer",
        "Jobs you may be interested in. Apply now.",
        "job_alert",
    ),
    (
        "security-code",
        {"from_name": "Workday", "from_addr": "no-reply@myworkday.com"},
        "Your verification code",
        "Your verification code is 123456.",
        "other",
    ),
    (
        "empty-body-from-subject",
        NOREPLY,
        "Thank you for applying to Acme",
        "",
        "application_confirmation",
    ),
    (
        "invisible-padding",
        NOREPLY,
        "Update",
        "Preview\u034f\u200c\u034f\u200c text. We regret to inform you that the role is closed.",
        "rejection",
    ),
    (
        "quoted-rejection-does-not-decide",
        FRIEND,
        "Re: news",
        "So sorry, happy to catch up over coffee this week!\n\nOn Mon, Mar 2, 2026 at 9:00 AM Sam "
        "<sam@gmail.com> wrote:\n> They decided to move forward with other candidates.",
        "networking",
    ),
    (
        "rejection-negated-fit",
        NOREPLY,
        "Your application to Acme",
        "After reviewing your experience, we don't think this particular role is the right fit. "
        "That said, you might be a great match for these openings.",
        "rejection",
    ),
    (
        "rejection-client-not-moving-forward",
        RECRUITER,
        "the client feedback",
        "Sam, unfortunately the client is not moving forward. Feedback was positive otherwise.",
        "rejection",
    ),
    (
        "rejection-search-closed-out",
        RECRUITER,
        "Re: Phone screen: Data Engineer",
        "Hi Sam, we've decided to pause the Data Engineer search due to budget changes, so we're "
        "closing out all candidates for now.",
        "rejection",
    ),
    (
        "rejection-offer-to-someone-else-in-reply-to-interview",
        RECRUITER,
        "Re: Interview request",
        "Thank you for interviewing. We have decided to offer the position to someone else.",
        "rejection",
    ),
    (
        "rejection-filled-internally",
        RECRUITER,
        "Re: update",
        "The client came back and filled the Staff Engineer role internally. Frustrating, I know.",
        "rejection",
    ),
    (
        "confirmation-once-the-role-is-filled",
        NOREPLY,
        "Thanks for applying",
        "Your application was successfully submitted. Otherwise, we'll let you know once the "
        "role is filled.",
        "application_confirmation",
    ),
    (
        "agency-sent-profile-to-client",
        RECRUITER,
        "You're in front of the client",
        "Sam - quick note that your profile went over to the client this morning for the "
        "Principal Engineer opening.",
        "status_update",
    ),
    (
        "reply-subject-does-not-outweigh-withdrawal",
        RECRUITER,
        "Re: Interview request",
        "Confirming that your application has been withdrawn as requested.",
        "status_update",
    ),
    (
        "referred-then-asked-for-a-call-is-an-interview",
        RECRUITER,
        "Data Engineer - quick call?",
        "Hi Sam, Priya referred you for this role and spoke highly of you. Would you have time "
        "for a conversation about the Data Engineer role this week?",
        "interview_invitation",
    ),
    (
        "friend-puts-name-in-referral-portal",
        FRIEND,
        "Re: resume",
        "I put your name in through our referral portal for the Staff Engineer role. Ping me if "
        "it stalls.",
        "networking",
    ),
    (
        "offer-words-in-a-legal-footer-do-not-make-an-offer",
        NOREPLY,
        "Application received",
        "We confirm receipt of your application for the role of Data Engineer.\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail does not constitute an offer of employment.",
        "application_confirmation",
    ),
    (
        "recruiter-recalls-an-old-application",
        RECRUITER,
        "My client Acme is hiring",
        "I saw that you applied to Acme a while ago. We're hiring a Senior Data Engineer and "
        "your background looks really relevant. Would you be open to a conversation?",
        "recruiter_outreach",
    ),
    (
        "person-writing-through-a-tool-with-unsubscribe",
        {"from_name": "Ari from Nettle", "from_addr": "ari@nettle.co"},
        "Staff Engineer @ Nettle",
        "Ari here, CTO at Nettle. We're looking for a Staff Engineer, Payments and your "
        "background is unusually relevant. Would you be up for a 20 minute call?\n\n"
        "Sent via Dover. Unsubscribe",
        "recruiter_outreach",
    ),
    (
        "application-viewed-is-a-status-update",
        {"from_name": "LinkedIn", "from_addr": "jobs-noreply@linkedin.com"},
        "Acme viewed your application",
        "Good news, Sam. Acme viewed your application for Data Engineer. Unsubscribe",
        "status_update",
    ),
    (
        "completed-assessment-is-a-status-update",
        {"from_name": "CodeSignal", "from_addr": "no-reply@codesignal.com"},
        "Your results have been shared with Acme",
        "Thanks for completing the General Coding Assessment! Your results have been shared "
        "with Acme.",
        "status_update",
    ),
    (
        "assessment-assigned-outranks-the-thanks",
        NOREPLY,
        "Action required",
        "Thank you for applying for the Data Engineer position. An assessment has been "
        "assigned to you; please complete it within 3 days.",
        "assessment",
    ),
    (
        "role-on-hold-is-a-status-update",
        NOREPLY,
        "Position on hold",
        "The Data Engineer position you applied for is temporarily on hold. Your application "
        "remains active.",
        "status_update",
    ),
    (
        "past-debrief-is-no-condition",
        RECRUITER,
        "Acme - Data Engineer",
        "After the debrief, the hiring team decided not to extend an offer for the role.",
        "rejection",
    ),
    (
        "shortlisted-candidates-will-be-invited-is-a-rule-not-an-invitation",
        NOREPLY,
        "Application received",
        "We confirm receipt of your application. Shortlisted candidates will be invited to a "
        "first-round interview with the hiring team.",
        "application_confirmation",
    ),
    (
        "scam-warning-footer-offers-nothing",
        {"from_name": "Indeed Apply", "from_addr": "indeedapply@indeed.com"},
        "Application submitted: Staff Accountant",
        "Your application has been submitted.\n\nIndeed never asks for payment to apply, "
        "interview or get a job offer.",
        "application_confirmation",
    ),
    (
        "not-among-the-candidates-selected",
        NOREPLY,
        "Status update for Planning Officer",
        "We regret to advise that you were not among the candidates selected to proceed to "
        "the next stage.",
        "rejection",
    ),
    (
        "friend-at-a-personal-address-about-a-role",
        FRIEND,
        "hey",
        "My manager said they are hiring for a role like yours, want me to pass on your CV?",
        "networking",
    ),
    (
        "offer-through-a-tool-with-alert-words",
        {"from_name": "Acme via DocuSign", "from_addr": "dse@docusign.net"},
        "Please DocuSign: Offer Letter",
        "Your offer letter is ready to review and sign. View jobs you may like. Unsubscribe",
        "offer",
    ),
    (
        "process-description-invites-no-one",
        NOREPLY,
        "Your Acme application",
        "Thanks for applying to be a Data Engineer at Acme. We've got your application.\n\n"
        "Our process: recruiter chat -> technical screen -> virtual onsite -> offer.",
        "application_confirmation",
    ),
    (
        "assessment-vendor-newsletter-is-no-assessment",
        {"from_name": "HackerRank", "from_addr": "newsletter@hackerrank.com"},
        "Prep for your next interview: 30 days of SQL challenges",
        "Read our new blog post on SQL window functions. Unsubscribe from these emails.",
        "job_alert",
    ),
    (
        "background-check-to-complete-is-a-required-action",
        {"from_name": "Checkr", "from_addr": "no-reply@checkr.com"},
        "Acme has requested a background check",
        "Acme has asked us to run a background check. Please authorize the background check "
        "and provide your information within 3 days.",
        "assessment",
    ),
    (
        "candidate-survey-is-no-assessment",
        NOREPLY,
        "Tell us about your experience",
        "You recently interviewed with Acme. Please take our 2-minute survey about it; it is "
        "voluntary.",
        "other",
    ),
    (
        "platform-says-an-employer-messaged-you",
        {"from_name": "Handshake", "from_addr": "no-reply@joinhandshake.com"},
        "New message from Acme",
        "An employer messaged you: Acme would like you to consider its Associate Product "
        "Manager program.",
        "recruiter_outreach",
    ),
    (
        "offer-named-in-the-subject-of-a-portal-mail",
        {"from_name": "Acme Careers", "from_addr": "acme@myworkday.com"},
        "Your offer from Acme",
        "Sign in to Candidate Home to view it. Recommended jobs for you. Unsubscribe",
        "offer",
    ),
    (
        "fellow-alum-offers-an-intro",
        {"from_name": "Dana Whitfield", "from_addr": "dana@alumni.stateuniv.edu"},
        "Alumni mentoring",
        "Hi Sam, fellow alum here! I'd be happy to make an intro to our analytics lead.",
        "networking",
    ),
    (
        "careers-site-account-mail-is-an-alert",
        {"from_name": "Acme Careers", "from_addr": "acme@myworkday.com"},
        "Verify your email for Acme Careers",
        "Thanks for creating a candidate account on the Acme careers site. Please confirm your "
        "email address.",
        "job_alert",
    ),
    (
        "a-one-time-code-stays-other",
        {"from_name": "Workday", "from_addr": "acme@myworkday.com"},
        "Verify your email address",
        "Your verification code for your candidate account is 482913. Please confirm your "
        "email within 10 minutes.",
        "other",
    ),
    (
        "coffee-reply-in-a-networking-thread",
        {"from_name": "Jasmine Russo", "from_addr": "jrusso@pioneerleaf.com"},
        "Re: Catching up",
        "Absolutely, happy to. How about Friday, October 23 at 12:30 PM at the cafe?",
        "networking",
    ),
    (
        "agency-profile-went-over-to-a-named-client",
        RECRUITER,
        "You're in front of Meridian",
        "Sam - quick note that your profile went over to Meridian Freight this morning.",
        "application_confirmation",
    ),
    (
        "status-changed-to-not-selected",
        {"from_name": "Acme", "from_addr": "no-reply@smartrecruiters.com"},
        "Your application status changed",
        "Your application status for Data Engineer has changed to: Not Selected.",
        "rejection",
    ),
    (
        "status-changed-to-in-review",
        {"from_name": "Acme", "from_addr": "no-reply@smartrecruiters.com"},
        "Your application status changed",
        "Your application status for Data Engineer has changed to: In Review.",
        "status_update",
    ),
    (
        "not-a-rejection-cannot-wait-to-move-forward",
        RECRUITER,
        "Next steps",
        "We can't wait to move forward! Could you share your availability for a call?",
        "interview_invitation",
    ),
    (
        "offer-of-no-job-is-no-offer",
        {"from_name": "Elm Street Apartments", "from_addr": "leasing@elmstreetapts.com"},
        "Your renewal offer",
        "We are pleased to offer you a 12-month renewal at $2,100 a month. Please sign by May 1.",
        "other",
    ),
    (
        "offer-that-names-the-job",
        RECRUITER,
        "Good news",
        "We are pleased to offer you the position of Data Engineer, starting June 2.",
        "offer",
    ),
    (
        "rejection-not-taken-any-further",
        NOREPLY,
        "Application update",
        "Acme have reviewed your application for Store Lead and have decided not to take it any "
        "further.",
        "rejection",
    ),
    (
        "rejection-vacancy-closed-by-client",
        NOREPLY,
        "Analyst - application update",
        "Thank you for applying for the Analyst vacancy. Our client has now closed this vacancy.",
        "rejection",
    ),
    (
        "rejection-in-a-status-field",
        NOREPLY,
        "Your application status has changed",
        "Acme has updated the status of your application for Buyer.\n\nStatus: Not suitable",
        "rejection",
    ),
    (
        "rejection-in-favour-of-another",
        RECRUITER,
        "Buyer - next steps",
        "Thanks for your patience. I'm sorry to say we've decided in favour of another candidate "
        "for the Buyer role.",
        "rejection",
    ),
    (
        "rescheduled-interview-with-its-old-slot-cancelled",
        NOREPLY,
        "Interview rescheduled",
        "Your interview with Acme has been rescheduled to Thursday at 1 PM. The previous time "
        "has been cancelled.",
        "interview_invitation",
    ),
    (
        "assessment-that-says-it-is-no-offer",
        {"from_name": "Acme via Testly", "from_addr": "no-reply@testly.example"},
        "Acme has invited you to an assessment",
        "Please complete the assessment within 5 days. This email is not an offer of employment.",
        "assessment",
    ),
    (
        "acknowledgement-with-a-scam-warning",
        NOREPLY,
        "Application received",
        "Your application for Branch Manager has been received.\n\nImportant: Acme will never "
        "ask you to pay for an interview, training or an offer of employment.",
        "application_confirmation",
    ),
    (
        "rules-for-a-group-of-candidates-are-no-rejection",
        NOREPLY,
        "Your application has been submitted",
        "Your application for Claims Analyst has been submitted. Candidates whose background "
        "matches the requirements will be contacted. Incomplete applications will not be "
        "considered.",
        "application_confirmation",
    ),
    (
        "newsletter-about-no-job-is-other",
        {"from_name": "Riverside Gym", "from_addr": "hello@riversidegym.example"},
        "New spin classes this week",
        "Spin and yoga classes are now open at the riverside studio. Book in the app. Unsubscribe",
        "other",
    ),
    (
        "newsletter-about-careers-is-an-alert",
        {"from_name": "Career Digest", "from_addr": "hello@careerdigest.example"},
        "This week in careers",
        "How to negotiate your salary, and what hiring managers read first. Unsubscribe",
        "job_alert",
    ),
    (
        "offer-of-a-titled-role-in-a-managers-words",
        RECRUITER,
        "Re: Interview - Shift Supervisor",
        "Great to meet you on Friday. I'd like to offer you the Shift Supervisor (Part-time) "
        "role, $18/hr to start. Can you start Monday week?",
        "offer",
    ),
    (
        "job-is-yours-from-a-small-employer",
        {"from_name": "Sam Ortiz", "from_addr": "sam.ortiz.cafe@gmail.com"},
        "Re: barista",
        "You did great on the trial. The job's yours if you want it, $16/hr, weekend shifts.",
        "offer",
    ),
    (
        "agency-client-wants-the-candidate",
        {"from_name": "Dana Price", "from_addr": "dana@brightstaffing.example"},
        "Good news",
        "Our client wants you for the warehouse assignment starting Monday, $19 per hour. "
        "Reply YES to accept.",
        "offer",
    ),
    (
        "german-rejection",
        NOREPLY,
        "Ihre Bewerbung",
        "Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für "
        "eine andere Kandidatin entschieden haben.",
        "rejection",
    ),
    (
        "german-confirmation",
        NOREPLY,
        "Eingangsbestätigung",
        "Ihre Bewerbung ist bei uns eingegangen. Wir melden uns in den nächsten Wochen.",
        "application_confirmation",
    ),
    (
        "french-interview",
        RECRUITER,
        "Votre candidature",
        "Bonjour, nous souhaitons vous rencontrer pour un entretien mardi à 10h.",
        "interview_invitation",
    ),
    (
        "french-rejection",
        NOREPLY,
        "Votre candidature",
        "Nous vous remercions de votre candidature. Nous sommes au regret de vous informer "
        "que nous ne pouvons pas donner suite.",
        "rejection",
    ),
    (
        "dutch-interview",
        RECRUITER,
        "Uitnodiging",
        "Bedankt voor je sollicitatie. Graag nodigen we je uit voor een sollicitatiegesprek "
        "op dinsdag om 10:00.",
        "interview_invitation",
    ),
    (
        "dutch-rejection",
        NOREPLY,
        "Je sollicitatie",
        "Bedankt voor je sollicitatie. Helaas hebben we besloten om niet verder te gaan met "
        "je kandidatuur.",
        "rejection",
    ),
    (
        "german-subject-only-confirmation",
        NOREPLY,
        "Eingangsbestätigung Ihrer Bewerbung",
        "",
        "application_confirmation",
    ),
    (
        "spanish-confirmation",
        NOREPLY,
        "Tu candidatura",
        "Hemos recibido tu candidatura para el puesto de Analista.",
        "application_confirmation",
    ),
    (
        "small-employer-asks-to-come-in",
        {"from_name": "Bev Hardy", "from_addr": "bev.hardy.shop@gmail.com"},
        "counter job",
        "Hi Sam, saw your CV. Could you pop in Thursday around 2 for a chat about the counter "
        "job? Nothing formal.",
        "interview_invitation",
    ),
    (
        "small-employer-got-the-cv",
        {"from_name": "Gary Mills", "from_addr": "gary.mills64@hotmail.com"},
        "cv",
        "thanks for the cv sam, will have a look over the weekend and let you know about the "
        "counter job.",
        "application_confirmation",
    ),
    (
        "friend-asks-to-come-over-is-no-interview",
        FRIEND,
        "saturday",
        "Can you come over Saturday at 6 for the barbecue? Bring the kids.",
        "other",
    ),
    (
        "offer-that-cannot-be-made-is-no-offer",
        NOREPLY,
        "Your interview with Acme",
        "Thank you for interviewing with us. We are unable to offer you the position at this time.",
        "rejection",
    ),
    (
        "decided-not-to-offer-is-a-rejection",
        NOREPLY,
        "Your trial day",
        "Thanks for coming in for your trial day. The store manager has decided not to offer "
        "you the Team Member position this time.",
        "rejection",
    ),
    (
        "portuguese-offer",
        RECRUITER,
        "Proposta",
        "Segue em anexo a carta proposta para a vaga de Analista Financeiro.",
        "offer",
    ),
    # invented mail in the commonest European languages (rules, not the textcat: PIPES)
    (
        "german-leider-nicht-in-an-invitation-is-no-rejection",
        RECRUITER,
        "Einladung zum zweiten Gespräch",
        "Wir möchten Sie gern zu einem zweiten Gespräch vor Ort einladen. Fahrtkosten können "
        "wir leider nicht übernehmen.",
        "interview_invitation",
    ),
    (
        "german-leider-keine-zusage-is-a-rejection",
        NOREPLY,
        "Ihre Bewerbung",
        "Vielen Dank für Ihre Bewerbung. Leider können wir Ihnen keine Zusage geben.",
        "rejection",
    ),
    (
        "german-role-filled-internally",
        NOREPLY,
        "Ihre Bewerbung als Buchhalter",
        "Danke für Ihr Interesse. Die Stelle wurde inzwischen intern besetzt.",
        "rejection",
    ),
    (
        "german-decided-for-applicants",
        NOREPLY,
        "Ihre Bewerbung",
        "Wir haben uns für Bewerberinnen entschieden, deren Erfahrung besser passt.",
        "rejection",
    ),
    (
        "german-meet-you-proposes-a-time",
        RECRUITER,
        "Ihre Bewerbung",
        "Wir würden Sie gerne näher kennenlernen. Passt Ihnen Donnerstag um 14:00 Uhr?",
        "interview_invitation",
    ),
    (
        "german-offer-with-salary",
        RECRUITER,
        "Unser Angebot",
        "Gerne machen wir Ihnen ein Angebot: Jahresbruttogehalt 70.000 EUR, Start am 1. Mai.",
        "offer",
    ),
    (
        "german-conditional-invitation-in-a-confirmation",
        NOREPLY,
        "Eingangsbestätigung",
        "Wir haben Ihre Bewerbung erhalten. Falls Ihr Profil passt, laden wir Sie zu einem "
        "Vorstellungsgespräch ein.",
        "application_confirmation",
    ),
    (
        "french-will-not-keep-application",
        NOREPLY,
        "Votre candidature",
        "Après analyse, nous ne retiendrons pas votre candidature pour ce poste.",
        "rejection",
    ),
    (
        "french-role-filled",
        NOREPLY,
        "Votre candidature",
        "Nous vous informons que le poste a été pourvu.",
        "rejection",
    ),
    (
        "spanish-role-filled",
        NOREPLY,
        "Tu candidatura",
        "Te informamos que el puesto ya ha sido cubierto.",
        "rejection",
    ),
    (
        "spanish-schedule-an-interview",
        RECRUITER,
        "Tu candidatura",
        "Nos gustaría conocerte. ¿Podemos agendar una entrevista el martes?",
        "interview_invitation",
    ),
    (
        "portuguese-not-moving-on",
        NOREPLY,
        "Sua candidatura",
        "Infelizmente, decidimos não seguir com a sua candidatura neste momento.",
        "rejection",
    ),
    (
        "italian-role-assigned",
        NOREPLY,
        "La tua candidatura",
        "Ti informiamo che la posizione è stata coperta.",
        "rejection",
    ),
    (
        "dutch-vacancy-filled",
        NOREPLY,
        "Je sollicitatie",
        "De vacature is inmiddels vervuld.",
        "rejection",
    ),
    (
        "a-conceded-cancellation-before-an-invitation",
        NOREPLY,
        "Interview request",
        "Although the role you applied for was cancelled, our hiring team would like to invite "
        "you to interview for the Operations Lead position. Please choose a time slot below.",
        "interview_invitation",
    ),
    (
        "a-declined-offer-is-no-offer",
        NOREPLY,
        "Withdrawal confirmed",
        "We confirm that your application has been withdrawn as requested, and that you have "
        "declined our offer of employment.",
        "status_update",
    ),
    (
        "swedish-not-going-on",
        NOREPLY,
        "Din ansökan",
        "Tack för din ansökan. Tyvärr har vi beslutat att inte gå vidare med din ansökan.",
        "rejection",
    ),
    (
        "polish-interview-invitation",
        RECRUITER,
        "Rekrutacja",
        "Chcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną w czwartek o 10:00.",
        "interview_invitation",
    ),
    (
        "german-search-ended-with-an-internal-choice",
        RECRUITER,
        "AW: VP Operations",
        "Leider hat sich unser Mandant für eine interne Lösung entschieden. Die Suche ist damit "
        "beendet.",
        "rejection",
    ),
    (
        "withdrawn-as-requested-is-a-status",
        NOREPLY,
        "Withdrawal confirmed",
        "We confirm that your application for the Analyst position has been withdrawn as "
        "requested.",
        "status_update",
    ),
    (
        "role-that-will-not-be-filled",
        NOREPLY,
        "Application status",
        "This position is on hold and will not be filled this year, so we are closing all "
        "active applications.",
        "rejection",
    ),
    (
        "a-friend-forwarding-an-ad-is-networking",
        FRIEND,
        "Fwd: Store Manager job",
        "Saw this and thought of you!\n\n---------- Forwarded message ---------\n"
        "From: Careers <careers@shop.example>\nSubject: Store Manager job\n\n"
        "We are hiring a Store Manager. Apply by 21 March.",
        "networking",
    ),
    (
        "a-friend-forwarding-a-flat-listing-is-other",
        FRIEND,
        "Fwd: flat viewing",
        "Look at this one!!\n\n---------- Forwarded message ---------\nFrom: Lettings "
        "<noreply@lettings.example>\nSubject: New property alert\n\n2 bed apartment, 1,650 a "
        "month.",
        "other",
    ),
    (
        "outcome-marked-not-suitable",
        NOREPLY,
        "Recruiter action on your application",
        "The recruiter has reviewed your application and marked it as 'Not Suitable'.",
        "rejection",
    ),
    (
        "another-team-recalls-a-role-that-did-not-work-out",
        RECRUITER,
        "Senior Product Manager at Acme",
        "Hi Kat, I know the Payments role didn't work out, but we just opened a Senior Product "
        "Manager role on another team. Would you be open to a quick chat?",
        "recruiter_outreach",
    ),
    (
        "a-friend-sorry-it-did-not-work-out-elsewhere",
        FRIEND,
        "Re: hi",
        "Sorry it didn't work out with the analytics round - that panel is tough. Keep in touch!",
        "networking",
    ),
    (
        "the-employer-sorry-it-did-not-work-out-with-us",
        RECRUITER,
        "Your application",
        "Hi Kat, thank you for your time. I'm sorry it didn't work out with us this time.",
        "rejection",
    ),
    (
        "the-declined-offer-closed-out-in-the-system",
        RECRUITER,
        "RE: Offer of employment - Analyst",
        "Thank you for letting me know. I've let Dr. Lee know and closed out your offer in our "
        "system. Best of luck!",
        "status_update",
    ),
    (
        "the-system-records-the-offer-declined",
        NOREPLY,
        "Offer status",
        "This message confirms that your offer for Operations Manager (2nd Shift) has been "
        "declined. We wish you all the best.",
        "status_update",
    ),
    (
        "the-application-closed-as-offer-declined",
        RECRUITER,
        "RE: Job Offer | Analyst",
        "I'm sorry we won't be working together. I have closed your application in our system as "
        "offer declined.",
        "status_update",
    ),
    (
        "the-offer-withdrawn-in-the-system-as-declined",
        RECRUITER,
        "RE: Offer of Employment - Engineer",
        "Thank you for letting me know. I've withdrawn the offer in our system as declined. Best "
        "of luck!",
        "status_update",
    ),
    (
        "interview-cancelled-and-application-withdrawn",
        RECRUITER,
        "RE: Scientist - withdrawal",
        "Thanks for letting me know. I've cancelled your interview on Tuesday and withdrawn your "
        "application from the process.\n\nCongratulations on your offer with Santos!",
        "status_update",
    ),
    (
        "a-hold-told-with-regret",
        NOREPLY,
        "Application update",
        "We're sorry to let you know that this role has been put on hold while we review our "
        "team structure. We'll keep your application on file.",
        "status_update",
    ),
    (
        "a-hold-and-closed-applications",
        NOREPLY,
        "Application update",
        "We regret to inform you that the position has been put on hold and we have closed all "
        "applications.",
        "rejection",
    ),
    (
        "a-search-not-closed",
        NOREPLY,
        "An update on the Analyst role",
        "Hiring for the Analyst role is temporarily on hold. We have not closed the search, and "
        "your application remains under consideration.",
        "status_update",
    ),
    (
        "status-updated-to-not-referred",
        NOREPLY,
        "Your application status has changed",
        "The status of your application for Civil Engineer (Hydraulics), announcement "
        "number 12345 with the Corps of Engineers, has been updated to: Not Referred.",
        "rejection",
    ),
    (
        "offer-extended-to-another-finalist",
        RECRUITER,
        "Re: Analyst interview",
        "Thank you again for interviewing with us. I am sorry to share that we will be "
        "extending an offer to another finalist.",
        "rejection",
    ),
    (
        "offer-extended-to-a-candidate-who",
        RECRUITER,
        "Underwriter I",
        "This was a difficult decision and ultimately we've chosen to extend an offer "
        "to a candidate who already holds the designation.",
        "rejection",
    ),
    (
        "application-will-not-progress",
        RECRUITER,
        "Quick update",
        "The client has decided to hold off on recruiting, so the vacancy is closed for"
        " now and your application won't progress.",
        "rejection",
    ),
    (
        "shortlisted-reviewed-then-your-application",
        NOREPLY,
        "Supervisor",
        "Following a review of all shortlisted candidates, we regret that your "
        "application will not be progressed to the interview stage.",
        "rejection",
    ),
    (
        "interview-process-completed",
        NOREPLY,
        "Requisition 52210",
        "We have now completed the interview process and have selected a candidate "
        "whose qualifications best match the requirements of the role.",
        "rejection",
    ),
    (
        "post-not-available-anymore",
        RECRUITER,
        "Science teacher - update",
        "Our current teacher has decided to stay for one more year, so the post is not "
        "available anymore.",
        "rejection",
    ),
    (
        "not-eligible-for-the-programme",
        NOREPLY,
        "Insight Programme - application outcome",
        "As you are in your final year, you are not eligible for this programme and "
        "your application has been withdrawn.",
        "rejection",
    ),
    (
        "fr-pas-en-mesure-d-y-donner-suite",
        NOREPLY,
        "Votre candidature",
        "Après étude, nous ne sommes pas en mesure d'y donner une suite favorable.",
        "rejection",
    ),
    (
        "afraid-in-an-offer-negotiation",
        RECRUITER,
        "Updated offer - Analyst",
        "Good news: base moves to $90,000 and the start date to May 4. The team needs you in the "
        "office three days a week, so I'm afraid fully remote isn't possible.",
        "offer",
    ),
    (
        "afraid-with-a-refusal",
        RECRUITER,
        "Your application",
        "I'm afraid we won't be progressing your application for the Analyst role.",
        "rejection",
    ),
    (
        "a-friends-small-business-offers-in-words",
        FRIEND,
        "the counter job",
        "Hi Sam, we'd like to offer you the counter job at the bakery, $18 an hour, starting "
        "Monday. Let me know!",
        "offer",
    ),
    (
        "a-small-employer-has-no-decision-yet",
        FRIEND,
        "Re: following up",
        "Hi Jasmine, no decision yet, the owner is out till next week. Should know by the 25th.",
        "status_update",
    ),
    (
        "a-small-employer-still-waiting-to-approve",
        FRIEND,
        "RE: Produce Clerk - following up",
        "Hi, still waiting on the store director to approve the hire. Should be another week.",
        "status_update",
    ),
    (
        "an-agency-offers-interview-times",
        RECRUITER,
        "RE: Specialty rep opening",
        "Thanks - glad you're interested! I've submitted you to the hiring manager. She has "
        "availability for a Teams interview Wednesday 10/16 at 4 PM or Thursday 10/17 at 9 AM. "
        "Which do you prefer?",
        "interview_invitation",
    ),
    (
        "a-meeting-asked-after-a-finished-step",
        RECRUITER,
        "Meeting request",
        "Thank you for completing the questionnaire. Could we meet on 15 April at 4pm at our "
        "office?",
        "interview_invitation",
    ),
    (
        "the-employer-withdraws-its-offer",
        RECRUITER,
        "Your offer",
        "I'm sorry to tell you that due to a hiring freeze your offer for the Analyst role has "
        "been withdrawn.",
        "rejection",
    ),
]


def own_mail(run_pipes, subject: str, body: str, to: list[str] | None = None) -> Doc:
    """The candidate's own mail (from Sam Rivera's own address) through PIPES."""
    return run_pipes(
        PIPES,
        subject=subject,
        body_text=body,
        from_name="Sam Rivera",
        from_addr="sam@gmail.com",
        to_addrs=["lee@acme.com"] if to is None else to,
        is_from_me=True,
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_kind(run_pipes, sender, subject, body, expected):
    doc = run_pipes(PIPES, subject=subject, body_text=body, **sender)
    assert doc._.facts["kind"] == expected


@pytest.mark.parametrize(
    ("to", "body", "expected"),
    [
        (
            ["jobs@acme.com"],
            "I am writing to apply for the Data Engineer role. My resume is attached.",
            "application_confirmation",
        ),
        (["mike.dawson@gmail.com"], "Thanks for the coffee and the advice!", "networking"),
        (
            ["lee@acme.com"],
            "I noticed the Data Analyst opening at Acme and wanted to reach out directly. My CV "
            "is attached.",
            "application_confirmation",
        ),
        (
            ["lee@acme.com"],
            "I have accepted another offer, so I'd like to withdraw from the Data Analyst process.",
            "status_update",
        ),
        (
            ["lee@acme.com"],
            "Thanks for the interview invitation. I'm withdrawing my application, as my plans "
            "have changed.",
            "status_update",
        ),
    ],
    ids=[
        "application-sent",
        "thank-you-to-friend",
        "direct-application-to-a-person",
        "withdrawal-after-another-offer",
        "withdrawal-outranks-the-interview",
    ],
)
def test_own_sent_mail(run_pipes, to, body, expected):
    doc = own_mail(run_pipes, "Hello", body, to)
    assert doc._.facts["kind"] == expected


@pytest.mark.parametrize(
    ("sender", "expected"),
    [(NOREPLY, True), (RECRUITER, False), (FRIEND, False)],
    ids=["no-reply-ats", "recruiter", "friend"],
)
def test_automated(run_pipes, sender, expected):
    doc = run_pipes(PIPES, subject="Hi", body_text="Hello there.", **sender)
    assert doc._.facts["is_automated"] is expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "If we decide to move forward with other candidates, we will tell you.",
            "move forward with other candidates",
            True,
        ),
        (
            "We will contact you to schedule an interview if your skills match.",
            "schedule an interview",
            True,
        ),
        ("Let me know if you are available tomorrow.", "available", False),
        (
            "We have decided to move forward with other candidates.",
            "move forward with other candidates",
            False,
        ),
        (
            "Incomplete applications will not be considered.",
            "not be considered",
            True,
        ),
        (
            "This is a good sign - applicants whose application was viewed are more likely "
            "to hear back.",
            "applicants whose",
            True,
        ),
        (
            "Applications for this position are now closed and the role has been filled.",
            "role has been filled",
            False,
        ),
        (
            "Unfortunately, candidates whose experience more closely matches were selected.",
            "candidates whose experience",
            False,
        ),
    ],
    ids=[
        "if-clause",
        "if-after-promise",
        "let-me-know-if",
        "plain-statement",
        "rule-for-a-group",
        "group-after-a-dash",
        "news-in-a-second-clause",
        "group-in-past-news",
    ],
)
def test_is_hedged(text, cue, expected):
    start = text.index(cue)
    assert is_hedged(text, start, start + len(cue)) is expected


def test_evidence_spans_point_into_the_text(run_pipes):
    doc = run_pipes(PIPES, subject="Update", body_text="We regret to inform you.", **NOREPLY)
    evidence = doc._.facts["evidence"]
    assert evidence == [{"label": "REJECT", "text": "regret to inform", "start": 11, "end": 27}]
    assert doc.text[11:27] == "regret to inform"


@pytest.mark.parametrize(
    ("subject", "body", "expected", "open_as"),
    [
        (
            "Thank you - Data Analyst interview",
            "Thank you for taking the time to speak with me yesterday about the role.",
            "other",
            None,
        ),
        (
            "Re: intro",
            "Thanks for the intro to your manager, I owe you a coffee.",
            "networking",
            "open",
        ),
        ("Re: Friday", "Sounds good, thanks.", "networking", "open"),
        ("Thank you - NCC panel", "It was good to see you all.", "networking", "thanks"),
        (
            "Re: Today",
            "Thank you for your time this morning.",
            "networking",
            "thanks",
        ),
        (
            "Re: Interview",
            "Tuesday at 2pm works for me for the interview.",
            "interview_invitation",
            "time",
        ),
        (
            "Resume - Data Analyst",
            "Hi Lee, please find my resume attached for the Data Analyst position.",
            "application_confirmation",
            "apply",
        ),
    ],
    ids=[
        "thank-you-note-after-interview",
        "thanks-to-a-contact",
        "short-reply-left-to-its-thread",
        "thank-you-subject-left-to-its-thread",
        "thanking-reply-left-to-its-thread",
        "proposed-time-decided-by-its-words",
        "cv-sent-decided-by-its-words",
    ],
)
def test_own_mail_open_to_its_thread(run_pipes, subject, body, expected, open_as):
    doc = own_mail(run_pipes, subject, body)
    assert doc._.facts["kind"] == expected
    assert doc._.facts.get("own_open") == open_as


@pytest.mark.parametrize(
    ("subject", "body", "to", "expected"),
    [
        (
            "Thank you - Data Analyst interview",
            "Hi Lee, thank you both for your time this afternoon. I enjoyed hearing about it.",
            None,
            "other",
        ),
        (
            "Thank you",
            "Hi Lee, thanks a million for meeting me this morning, and please thank Jo too.",
            None,
            "other",
        ),
        (
            "Thank you",
            "Hi Lee, thank you for having me in today. The tour of the plant was great.",
            None,
            "other",
        ),
        (
            "Thank you!",
            "Hi Priya, thank you so much for taking the time yesterday. Your advice on my resume "
            "was really helpful.",
            ["priya@gmail.com"],
            "networking",
        ),
        (
            "Resignation - Sam Rivera",
            "Dear Lee, please accept this letter as formal notice of my resignation from my "
            "position as Analyst. My last working day will be 12 June.",
            None,
            "other",
        ),
        (
            "Letter of resignation",
            "Dear Lee, I am writing to give notice of my resignation. Thank you for everything.",
            None,
            "other",
        ),
    ],
    ids=[
        "thanks-both-for-your-time",
        "thanks-a-million-for-meeting",
        "thanks-for-having-me",
        "thanks-to-a-contact-for-advice",
        "resignation-letter",
        "letter-of-resignation-subject",
    ],
)
def test_own_thanks_and_resignation(run_pipes, subject, body, to, expected):
    doc = own_mail(run_pipes, subject, body, to)
    assert doc._.facts["kind"] == expected


@pytest.mark.parametrize(
    ("to", "subject", "body", "expected"),
    [
        (["l.rivera58@yahoo.com"], "Re: Sunday dinner?", "Yes! I'll be there around 4.", "other"),
        (
            ["greg.howard@hotmail.com"],
            "Thank you!",
            "Hi Greg, thanks so much for the coffee and the advice yesterday.",
            "networking",
        ),
        (
            ["l.rivera58@yahoo.com"],
            "Fwd: Your offer from Acme",
            "Mom, look! We are pleased to offer you the position of Analyst.",
            "offer",
        ),
    ],
    ids=["to-family-is-other", "to-a-friend-stays-networking", "forward-to-family-keeps-its-kind"],
)
def test_own_mail_to_family(run_pipes, to, subject, body, expected):
    doc = own_mail(run_pipes, subject, body, to)
    assert doc._.facts["kind"] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the transparency. That's below what I can make work, so I'd rather step "
        "back from the process.",
        "After a lot of thought I would like to withdraw my candidature for the Engineer position.",
    ],
    ids=["step-back-from-the-process", "withdraw-my-candidature"],
)
def test_own_withdrawal_in_other_words(run_pipes, body):
    doc = own_mail(run_pipes, "Re: Engineer - next steps", body)
    assert doc._.facts["kind"] == "status_update"


@pytest.mark.parametrize(
    "subject",
    ["Definity - withdrawing", "Rückzug Bewerbung", "Withdrawal - Data Analyst"],
    ids=["withdrawing-en", "rueckzug-de", "withdrawal-en"],
)
def test_own_withdrawal_said_in_the_subject(run_pipes, subject):
    doc = own_mail(
        run_pipes, subject, "Thank you for the final round meeting. I have taken another role."
    )
    assert doc._.facts["kind"] == "status_update"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "After a lot of thought I will be declining the Analyst position. Thank you again.",
            "status_update",
        ),
        (
            "I've decided to accept an analyst position with a larger group closer to home.",
            "status_update",
        ),
        ("I'm delighted to accept the offer and look forward to starting.", "offer"),
    ],
    ids=["will-be-declining-the-position", "accepted-a-position-elsewhere", "accepting-the-offer"],
)
def test_own_reply_to_an_offer(run_pipes, body, expected):
    doc = own_mail(run_pipes, "Re: Offer of employment - Analyst", body)
    assert doc._.facts["kind"] == expected
