"""sneaker_kind rules (no textcat) on mail about the candidate's licence or the job they are
leaving, which is "other" (DESIGN.md: not part of the search). All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

NURSING_BOARD = {"from_name": "Arizona State Board of Nursing", "from_addr": "noreply@azbn.gov"}
EXAM_VENDOR = {"from_name": "Pearson VUE", "from_addr": "pearsonvuecustomerservice@pearson.com"}
COUNCIL = {"from_name": "NMC Online", "from_addr": "noreply@nmc-uk.org"}
LICENSING_DESK = {"from_name": "PEO", "from_addr": "licensing@peo.on.ca"}
LICENSING_AGENCY = {
    "from_name": "Indiana Professional Licensing Agency",
    "from_addr": "noreply@pla.example.gov",
}
LICENSING_EMPLOYER = {"from_name": "Brightstar Licensing", "from_addr": "careers@brightstar.com"}
CURRENT_HR = {"from_name": "HR Shared Services", "from_addr": "hr.services@northwind.com"}
EMPLOYER = {"from_name": "Talent Acquisition", "from_addr": "careers@northwind.com"}
FRIEND = {"from_name": "Jo Reyes", "from_addr": "jo.reyes@gmail.com"}

LICENCE_AND_LEAVING = [
    (
        "board-of-nursing-receives-a-licence-application",
        NURSING_BOARD,
        "Application Received - RN Endorsement",
        "Thank you. Your application has been received and is under review. We will contact "
        "you if additional information is needed.",
        "other",
    ),
    (
        "exam-vendor-confirms-a-booking",
        EXAM_VENDOR,
        "Your appointment confirmation",
        "Your exam appointment is confirmed for 12 March at 9:00. Please arrive 30 minutes "
        "early with valid identification.",
        "other",
    ),
    (
        "council-asks-to-book-a-competence-test",
        COUNCIL,
        "You are eligible to book your test of competence",
        "Please complete the next step: book your test within 30 days.",
        "other",
    ),
    (
        "licensing-mailbox-issues-a-licence",
        LICENSING_DESK,
        "Licence issued",
        "Your application has been approved and your licence is now active.",
        "other",
    ),
    (
        "professional-licensing-agency-receives-a-renewal",
        LICENSING_AGENCY,
        "Renewal application received",
        "Your renewal application has been received and is being processed.",
        "other",
    ),
    (
        "employer-named-for-brand-licensing-confirms-an-application",
        LICENSING_EMPLOYER,
        "Application received - Licensing Coordinator",
        "Thank you for applying for the Licensing Coordinator role. We have received your "
        "application and our team will review it.",
        "application_confirmation",
    ),
    (
        "resignation-acknowledged-by-current-employer",
        CURRENT_HR,
        "Acknowledgement of resignation",
        "We acknowledge receipt of your resignation. Please complete the handover and return "
        "your laptop before your last day. Action required: sign the attached form.",
        "other",
    ),
    (
        "exit-interview-scheduled-by-current-employer",
        CURRENT_HR,
        "Exit clearance and exit interview schedule",
        "Your exit interview is scheduled for Friday at 3pm with HR.",
        "other",
    ),
    (
        "separation-checklist-to-complete",
        CURRENT_HR,
        "Action required: complete your separation checklist",
        "Please complete the checklist in the portal before your final day.",
        "other",
    ),
    # the usual reading stays where the mail holds a strong offer or refusal, or a friend
    # writes about leaving
    (
        "offer-asking-for-the-last-working-day-stays-an-offer",
        EMPLOYER,
        "Offer letter and last working day",
        "We are pleased to offer you the position of Charge Nurse. Please confirm your last "
        "working day with your current employer.",
        "offer",
    ),
    (
        "regulator-refusing-a-job-application-stays-a-rejection",
        COUNCIL,
        "Your application - Policy Officer",
        "Thank you for applying. We regret to inform you that you have not been successful.",
        "rejection",
    ),
    (
        "friend-asking-about-a-resignation-is-not-settled-as-other",
        FRIEND,
        "Re: resignation",
        "Did you hand it in? There's a charge nurse role at my hospital, want me to refer you?",
        "networking",
    ),
]


@by_id(LICENCE_AND_LEAVING)
def test_licence_and_leaving_mail(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected
