"""Names, employers, roles and signatures for the generated search.

Pools are lists (never sets) so that drawing from them with one seeded `Random` is
reproducible whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import random
import re
import unicodedata

from flows.sources.demo.model import Person

ME = Person(
    name="Tom Brennan",
    addr="tombrennan.eng@gmail.com",
    first="Tom",
    title="Senior Software Engineer",
    phone="(612) 555-0137",
)
FORMER_EMPLOYER = "Corvane Logistics"

FIRST_NAMES = [
    "Aaron",
    "Abigail",
    "Aisha",
    "Alejandro",
    "Amara",
    "Andrea",
    "Anaïs",
    "Ben",
    "Björn",
    "Brianna",
    "Carlos",
    "Chloé",
    "Chris",
    "Dana",
    "Darnell",
    "David",
    "Deepa",
    "Diego",
    "Elena",
    "Emily",
    "Erik",
    "Fatima",
    "François",
    "Gabriel",
    "Grace",
    "Hannah",
    "Hiroshi",
    "Ingrid",
    "Isaac",
    "Jamal",
    "Jasmine",
    "Jenna",
    "José",
    "Julia",
    "Jürgen",
    "Kate",
    "Kenji",
    "Kevin",
    "Kwame",
    "Laura",
    "Leah",
    "Łukasz",
    "Maya",
    "Marcus",
    "Mariana",
    "Matt",
    "Megan",
    "Mei",
    "Michael",
    "Miguel",
    "Nadia",
    "Natalie",
    "Ngozi",
    "Nicole",
    "Noah",
    "Olivia",
    "Ólafur",
    "Omar",
    "Priya",
    "Rachel",
    "Rahul",
    "Renée",
    "Ryan",
    "Samantha",
    "Sara",
    "Siobhán",
    "Søren",
    "Stephanie",
    "Steve",
    "Tariq",
    "Tyler",
    "Valentina",
    "Victor",
    "Wei",
    "Yusuf",
    "Zoë",
    "Zoltán",
    "Amy",
    "Brad",
    "Carmen",
    "Derek",
    "Heather",
    "Jeff",
    "Lindsey",
    "Paul",
    "Tracy",
    "Minh",
    "Linh",
    "Anh",
]
LAST_NAMES = [
    "Adeyemi",
    "Anderson",
    "Bauer",
    "Becker",
    "Bergström",
    "Brooks",
    "Castillo",
    "Chen",
    "Cohen",
    "Dvořák",
    "Dubois",
    "Erikson",
    "Fernández",
    "Fischer",
    "García",
    "Gonzalez",
    "Gupta",
    "Hall",
    "Hansen",
    "Hernández",
    "Hoffman",
    "Ivanova",
    "Jackson",
    "Johnson",
    "Kaminski",
    "Kim",
    "Kowalski",
    "Larsen",
    "Lee",
    "Lindqvist",
    "López",
    "Martin",
    "Martínez",
    "Mensah",
    "Meyer",
    "Miller",
    "Moreau",
    "Müller",
    "Nakamura",
    "Nguyễn",
    "Novak",
    "Okafor",
    "Olsen",
    "O'Brien",
    "Park",
    "Patel",
    "Pérez",
    "Peterson",
    "Quinn",
    "Ramírez",
    "Reddy",
    "Roberts",
    "Rossi",
    "Russo",
    "Sánchez",
    "Santos",
    "Schmidt",
    "Schultz",
    "Shah",
    "Singh",
    "Sørensen",
    "Sullivan",
    "Tanaka",
    "Thompson",
    "Tran",
    "Trần",
    "Walker",
    "Wang",
    "Weber",
    "Williams",
    "Wilson",
    "Yamamoto",
    "Young",
    "Zhang",
    "Çelik",
    "Østergaard",
    "Nowak",
    "Byrne",
    "Murphy",
    "Svoboda",
]
# A few display names as people really write them in their mail client.
# (display name, first name used in mail, last name for the address)
ODD_DISPLAY_NAMES = [
    ("张伟", "Wei", "Zhang"),
    ("Nguyễn Thị Lan", "Lan", "Nguyen"),
    ("MEGAN R.", "Megan", "Ross"),
    ("j. park", "Jin", "Park"),
    ("Dr. Ana Sánchez-Ruiz", "Ana", "Sánchez-Ruiz"),
]

NAME_PREFIXES = [
    "Bright",
    "Cedar",
    "North",
    "Iron",
    "Blue",
    "Summit",
    "Quantum",
    "Harbor",
    "Prairie",
    "Granite",
    "Lumen",
    "Vertex",
    "Silver",
    "Oak",
    "River",
    "Maple",
    "Copper",
    "Falcon",
    "Nimbus",
    "Polar",
    "Aspen",
    "Beacon",
    "Clear",
    "Delta",
    "Ember",
    "Fern",
    "Golden",
    "High",
    "Indigo",
    "Juniper",
    "Keystone",
    "Lake",
    "Meridian",
    "Nova",
    "Orchid",
    "Pine",
    "Red",
    "Sage",
    "Tide",
    "Union",
    "Velvet",
    "Willow",
    "Zephyr",
    "Arrow",
    "Birch",
    "Crescent",
    "Drift",
    "Echo",
    "Flint",
    "Glacier",
    "Hollow",
    "Ivory",
    "Jade",
    "Kestrel",
    "Lark",
    "Moss",
    "Nettle",
    "Onyx",
    "Pioneer",
    "Quarry",
]
NAME_SUFFIXES = [
    "wave",
    "line",
    "point",
    "works",
    "labs",
    "stone",
    "field",
    "bridge",
    "gate",
    "path",
    "light",
    "forge",
    "craft",
    "view",
    "spring",
    "crest",
    "ridge",
    "haven",
    "wind",
    "mark",
    "loop",
    "stack",
    "grid",
    "leaf",
    "port",
    "rock",
    "side",
    "well",
    "shore",
    "beam",
]
SECTORS = [
    "Analytics",
    "Health",
    "Logistics",
    "Systems",
    "Financial",
    "Software",
    "Robotics",
    "Energy",
    "Bank",
    "Insurance",
    "Foods",
    "Technologies",
    "Labs",
    "Media",
    "Mobility",
    "Security",
    "Therapeutics",
    "Retail",
    "Networks",
    "Data",
    "Payments",
    "Learning",
    "Cloud",
    "Medical",
    "Freight",
]
ODD_COMPANIES = [
    "Ångström Robotics",
    "Brûlée Software",
    "Søndergaard Systems",
    "Müller & Kahn Logistics",
    "Niño Health",
    "Québec Lumière Media",
    "Zürich Lane Partners",
    "Café Nube Foods",
]
LEGAL_SUFFIXES = ["", "", "", "", ", Inc.", " Inc.", " LLC", ", Inc"]

ROLES = [
    "Senior Software Engineer",
    "Staff Software Engineer",
    "Senior Backend Engineer",
    "Principal Engineer",
    "Senior Platform Engineer",
    "Software Engineer III",
    "Lead Software Engineer",
    "Senior Data Engineer",
    "Engineering Manager",
    "Senior Site Reliability Engineer",
    "Staff Engineer, Payments",
    "Senior Software Engineer - Infrastructure",
    "Senior Full Stack Engineer",
    "Senior Software Engineer (Python)",
    "Backend Engineer, Senior",
    "Senior Java Developer",
    "Staff Backend Engineer",
    "Senior Cloud Engineer",
    "Software Development Engineer II",
    "Senior Software Engineer, Logistics Platform",
    "Principal Software Engineer",
    "Senior DevOps Engineer",
    "Technical Lead, Data Platform",
    "Senior API Engineer",
    "Senior Software Engineer - Distributed Systems",
    "Staff Site Reliability Engineer",
    "Senior Engineer, Developer Experience",
    "Senior Software Engineer II",
    "Software Architect",
    "Senior Golang Engineer",
    "Senior Integration Engineer",
    "Lead Backend Developer",
    "Senior Software Engineer – Search",
]
RECRUITER_TITLES = [
    "Technical Recruiter",
    "Senior Technical Recruiter",
    "Talent Acquisition Partner",
    "Senior Talent Acquisition Partner",
    "Recruiting Coordinator",
    "Talent Partner, Engineering",
    "Lead Recruiter",
    "Recruiter",
    "Sr. Recruiter, Technology",
]
MANAGER_TITLES = [
    "Engineering Manager",
    "Director of Engineering",
    "VP, Engineering",
    "Head of Platform",
    "Senior Engineering Manager",
    "CTO",
    "Staff Engineer",
    "Principal Engineer",
]
CITIES = [
    "Minneapolis, MN",
    "St. Paul, MN",
    "Remote (US)",
    "Chicago, IL",
    "Remote",
    "Denver, CO",
    "Austin, TX",
    "Madison, WI",
    "Hybrid - Minneapolis",
    "Eden Prairie, MN",
    "Remote - US",
]
SKILLS = [
    "distributed systems",
    "Python and Go services",
    "Kafka pipelines",
    "Kubernetes",
    "payments infrastructure",
    "platform engineering",
    "logistics routing",
    "AWS",
    "event-driven architecture",
    "Postgres at scale",
]
PERSONAL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "comcast.net",
    "protonmail.com",
]


def ascii_slug(text: str, sep: str = "") -> str:
    """'Müller & Kahn' -> 'mullerkahn' (for local parts and domains)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, folded.lower()).strip(sep)


def full_name(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    return first, last, f"{first} {last}"


def phone(rng: random.Random) -> str:
    area = rng.choice(["612", "651", "763", "952", "312", "415", "720", "646"])
    return f"({area}) 555-01{rng.randrange(100):02d}"


def work_person(rng: random.Random, company: str, domain: str, titles: list[str]) -> Person:
    first, last, name = full_name(rng)
    if rng.random() < 0.04:
        name, first, last = rng.choice(ODD_DISPLAY_NAMES)
    style = rng.randrange(4)
    f, la = ascii_slug(first), ascii_slug(last)
    local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}", f"{f}{la[0]}"][style]
    return Person(
        name=name,
        addr=f"{local}@{domain}",
        first=first,
        title=rng.choice(titles),
        org=company,
        phone=phone(rng),
    )


def personal_person(rng: random.Random, org: str = "", title: str = "") -> Person:
    first, last, name = full_name(rng)
    f, la = ascii_slug(first), ascii_slug(last)
    local = rng.choice([f"{f}.{la}", f"{f}{la}{rng.randrange(10, 99)}", f"{f[0]}{la}", f"{la}.{f}"])
    return Person(
        name=name,
        addr=f"{local}@{rng.choice(PERSONAL_DOMAINS)}",
        first=first,
        title=title,
        org=org,
        phone=phone(rng),
    )


class Employers:
    """Draws employer names that are unique within one generated mailbox."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: dict[str, None] = {}
        self._odd = list(ODD_COMPANIES)
        rng.shuffle(self._odd)

    def new(self) -> tuple[str, str]:
        """Return (canonical name, domain)."""
        rng = self._rng
        for _ in range(1000):
            if self._odd and rng.random() < 0.03:
                name = self._odd.pop()
            else:
                name = rng.choice(NAME_PREFIXES) + rng.choice(NAME_SUFFIXES)
                if rng.random() < 0.7:
                    name = f"{name} {rng.choice(SECTORS)}"
            if name not in self._used:
                self._used[name] = None
                tld = rng.choice([".com", ".com", ".com", ".io", ".co"])
                return name, ascii_slug(name) + tld
        # Fall back to a numbered name; only reached at very large scales.
        name = f"{rng.choice(NAME_PREFIXES)}{rng.choice(NAME_SUFFIXES)} {len(self._used)}"
        self._used[name] = None
        return name, ascii_slug(name) + ".com"


def legal_name(rng: random.Random, company: str) -> str:
    """How a company writes itself in a footer: sometimes with Inc./LLC."""
    return company + rng.choice(LEGAL_SUFFIXES)


def signature(rng: random.Random, who: Person, formal: bool = True) -> str:
    if not formal:
        return rng.choice(
            [
                f"-{who.given}",
                f"Cheers,\n{who.given}",
                f"Thanks!\n{who.given}",
                f"{who.given}\n\nSent from my iPhone",
                f"Best,\n{who.given}",
                f"talk soon,\n{who.given[0]}",
            ]
        )
    closings = ["Best,", "Best regards,", "Thanks,", "Kind regards,", "Cheers,", "Warmly,"]
    lines = [rng.choice(closings)]
    lines.append(who.name)
    if who.title and who.org:
        lines.append(
            rng.choice(
                [f"{who.title} | {who.org}", f"{who.title}\n{who.org}", f"{who.title}, {who.org}"]
            )
        )
    elif who.title:
        lines.append(who.title)
    if who.phone and rng.random() < 0.6:
        lines.append(rng.choice([f"m: {who.phone}", who.phone, f"Cell {who.phone}"]))
    if rng.random() < 0.3:
        lines.append(f"linkedin.com/in/{ascii_slug(who.name, '-')}")
    sig = "\n".join(lines)
    if rng.random() < 0.25:
        sig = "--\n" + sig
    return sig


def my_signature(rng: random.Random) -> str:
    return rng.choice(
        [
            "Thanks,\nTom",
            "Best,\nTom Brennan\n(612) 555-0137\nlinkedin.com/in/tom-brennan",
            "Tom",
            "Thanks!\nTom",
            "Best regards,\nTom Brennan",
            "Cheers,\nTom\n\nSent from my iPhone",
        ]
    )
