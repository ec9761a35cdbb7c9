"""Shared word lists and regex building blocks for names of organizations and roles."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated block."""
    return frozenset(text.split())


# A capitalized name of up to six words: "Acme", "Blue Origin", "Procter & Gamble",
# "AT&T", "Bank of America", "Booz Allen Hamilton Inc.".
_CAP = r"(?:[A-Z0-9][\w&'+.-]*[\w&+]|[A-Z0-9])"
ORG = rf"(?P<org>{_CAP}(?:[ ](?:{_CAP}|&|of|and|de|the|for|la|du)){{0,5}})"

ROLE_WORDS = words(
    """
    engineer engineers engineering developer developers development manager managers analyst
    analysts scientist scientists designer designers director directors lead leader
    architect architects specialist specialists consultant consultants coordinator
    administrator admin associate associates intern interns internship officer head vp
    president representative rep technician technologist recruiter recruiters sourcer writer
    researcher research owner sre accountant nurse assistant advisor adviser strategist
    partner principal staff programmer tester qa devops executive operator editor producer
    marketer counsel attorney paralegal teacher instructor therapist agent supervisor
    controller planner buyer clerk cashier driver mechanic electrician chef fellow
    apprentice trainee generalist evangelist advocate steward expert professional cto ceo
    cfo coo ciso cio founding member product sales marketing support success account
    operations ops data security software frontend backend fullstack full-stack mobile
    infrastructure platform reliability cloud ml ai machine learning devrel sdet swe
    programme program project delivery solutions solution customer business finance
    financial hr recruiting talent quality test tech technical lawyer pharmacist physician
    doctor dentist surgeon veterinarian scrum agile coach tutor professor lecturer
    specialist analytics economist statistician actuary auditor bookkeeper estimator
    inspector surveyor draftsman drafter machinist welder foreman superintendent guard
    receptionist secretary manager, ii iii iv sr sr. jr principal
    """
)
# A title word that alone says "this is a job title".
ROLE_HEADS = words(
    """
    engineer developer manager analyst scientist designer director lead architect specialist
    consultant coordinator administrator associate intern internship officer head vp
    president representative technician technologist recruiter sourcer writer researcher
    owner sre accountant nurse assistant advisor strategist partner programmer tester devops
    executive operator editor producer marketer counsel attorney paralegal teacher
    instructor therapist agent supervisor controller planner buyer clerk fellow apprentice
    trainee generalist evangelist advocate expert cto ceo cfo coo ciso cio sdet swe lawyer
    physician economist statistician actuary auditor bookkeeper estimator inspector coach
    professor lecturer superintendent receptionist secretary staff
    """
)

_RW = r"(?:[A-Z0-9][\w+#./'-]*|[a-z]+[A-Z][\w]*)"  # Title-case word, or "iOS", "eCommerce"
_LINK = r"(?:of|and|in|&|/|-|\u2013|,|\+)"
ROLE = (
    rf"(?P<role>(?:Sr\.|Jr\.)?\s?{_RW}(?:,?[ ](?:{_RW}|{_LINK}|\((?:[^()\n]{{1,40}})\)))"
    rf"{{0,9}})"
)

ORG_STOPWORDS = words(
    """
    we our us you your i me my they this that these those it its the a an please thank
    thanks hi hello dear team hiring recruiting careers career talent acquisition jobs job
    unfortunately congratulations here there today tomorrow monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december human resources hr people company organization
    position role opportunity application interview offer linkedin indeed workday greenhouse
    lever glassdoor ziprecruiter icims taleo jobvite smartrecruiters ashby workable bamboohr
    jazzhr calendly goodtime zoom google meet teams microsoft teams email mail phone video
    remote onsite hybrid invitation invite reminder update new event follow follow-up next
    regarding re fwd your application received
    """
)

LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|"
    r"ag|sa|s\.a|bv|b\.v|pty|lp|llp|pbc)\.?$",
    re.I,
)


def normalize_org(value: str | None) -> str:
    """Compare-form of an organization: case, punctuation, legal suffixes, 'The' dropped."""
    if not value:
        return ""
    text = value.strip().lower().replace("&", " and ")
    for _ in range(2):
        text = LEGAL_SUFFIX.sub("", text)
    text = re.sub(r"^the\s+", "", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def normalize_role(value: str | None) -> str:
    """Compare-form of a job title: case, punctuation, spacing."""
    if not value:
        return ""
    text = value.lower().replace("&", " and ")
    text = re.sub(r"\bsr\b\.?", "senior", text)
    text = re.sub(r"\bjr\b\.?", "junior", text)
    return " ".join(re.sub(r"[^\w\s+#]", " ", text).split())
