"""`sneaker_org`: the employer a message is about, and the agency when one is involved.

Evidence is weighed, not taken in a fixed order: the text names the employer after
"applied to / position at / interest in joining ..." and before "Talent Acquisition
Team"; the headers name it in the display name ("Acme Hiring Team", "Jane at Acme"), in
the local part of a relay address (`acme@myworkday.com`) or in the domain
(`jane@acme.com`). A text name that agrees with a header gets a bonus; relay brands and
job-title words are never an employer.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors.cues import PATTERN_DIR
from extractors.docmeta import add_evidence, facts, meta, sender, text_of
from extractors.keyword_index import KeywordIndex, indexed_matches
from extractors.lexicon import FIRST_NAMES, TRADE_WORDS, words
from extractors.org_agencies import (
    AGENCY_ROOT,
    Agency,
    agency_talk,
    firm_signature,
    read_agencies,
    whole_firm_name,
)
from extractors.org_batch import complete_from_batch
from extractors.org_cjk_names import cjk_company
from extractors.org_domains import (
    before_sentence_stop,
    initialled_by,
    initials_root,
    name_of_root,
    subsequence,
)
from extractors.org_full_names import (
    brand_of_branch,
    dotted_initials,
    group_stem,
    name_line,
    named_part,
    regional_unit,
    spelled_out,
    whole_written_name,
    written_in_full,
)
from extractors.org_mailboxes import (
    BETWEEN_PEOPLE,
    SCHEDULERS,
    STATED,
    bracketed_employers,
    forwarded_sender,
    names_people,
    organizer_root,
    personal_business,
    sender_addr,
)
from extractors.org_names import (
    NO_NAME_WORDS,
    NOT_COMPLETING,
    ORG_HEAD,
    ORG_TAIL,
    clean_org,
    name_for_slug,
    named_person,
    uninflected,
)
from extractors.org_patterns import (
    BODY_NEEDLES,
    BODY_PATTERNS,
    BODY_STARTS,
    CARD,
    CLIENT_MEETING,
    FIELD,
    IBERIAN,
    LINE_NEEDLES,
    LINE_ORG,
    LINE_START_KEYWORDS,
    ODD_CASE,
    PERSON_OR_ORG,
    POSTED_BY,
    SENT_TO,
    SIGN_OFF,
    SIGNATURE_PATTERNS,
    SUBJECT_NEEDLES,
    SUBJECT_PATTERNS,
)
from extractors.org_properties import hotel_property
from extractors.org_public_bodies import (
    BOARD_NAME,
    PUBLIC_RELAY,
    agency_of_place,
    institution_named,
    named_unit,
    public_body,
)
from extractors.org_scorer import EMPLOYER_KINDS, OrgPool, OrgScorer, name_key
from extractors.org_spans import lowercase_words, name_spans
from extractors.relays import is_personal_domain, is_relay_domain, relay_category, relay_suffix
from extractors.roles import RoleFinder, has_title_word
from extractors.senders import (
    COMPANY_WORDS,
    GIVEN_NAMES,
    domain_org,
    hint_quality,
    is_generic_local,
    local_part_org,
    looks_like_person,
    matches_hint,
    names_relay_service,
    sender_parts,
    split_addr,
    squash,
)

# (messages.py completes a batch's employers through this module)
__all__ = ["OrgFinder", "complete_from_batch", "make_org_finder", "named_by"]

# Where settle keeps the rules' branch (OrgPool.branch: "root" when only the sender's
# domain named the employer) for the batch pass, which reads rows, not docs.
_BRANCH = ("sneaker", "org_branch")


_STAFFING_OFFICE = re.compile(r"\s+Staffing$")


def public_sender(domain: str | None) -> bool:
    """A government's mail or a public board's: its "X Staffing" is an office of X."""
    return bool(domain) and bool(PUBLIC_RELAY.search(domain))


def named_by(doc: Doc) -> str:
    """How the rules named the doc's employer (OrgPool.branch; "none" before sneaker_org)."""
    return doc.user_data.get(_BRANCH, "none")


_QUOTED_DISCOUNT = 1.0
# A display name of a team that hires for its own company ("Google Careers", "Jooble HR").
# ("Smart Jobs and Careers" is a board's name: no connector before the team word)
_OWN_HIRING = re.compile(
    r"(\S.*?)(?<!\band)(?<!&)\s+(?:Careers|Recruiting|HR|Talent Acquisition|Hiring Team)"
)


_SUBJECT_PATTERNS = [
    (w, re.compile(p), SUBJECT_NEEDLES.get(i)) for i, (w, p) in enumerate(SUBJECT_PATTERNS)
]


# (the same subjects come back often: alerts, an ATS's confirmations, a thread's replies)
@functools.lru_cache(maxsize=4096)
def _subject_candidates(subject: str) -> tuple[tuple[float, str, int, int], ...]:
    found = []
    for weight, pattern, needles in _SUBJECT_PATTERNS:
        if needles and not any(n in subject for n in needles):
            continue
        for m in pattern.finditer(subject):
            name = clean_org(m.group("org"))
            # "Aisha Rahman sent you a message", "Interview with Jane Doe": a person;
            # "Tu postulación fue enviada: Analista de Inventarios": the job's title
            if name and not named_person(name) and not _title_line(name):
                found.append((weight, name, m.start("org"), m.start("org") + len(name)))
    for m in CLIENT_MEETING.finditer(subject):
        name = clean_org(m.group("org"))
        # (a title in its place, "Entrevista con cliente - Jefe de Almacén", names no client)
        if name and not named_person(name) and not has_title_word(name):
            found.append((3.0, name, m.start("org"), m.start("org") + len(name)))
    return tuple(found)


def _display_completes(display_org: str | None, name: str, text: str) -> bool:
    """The sender's display name is the text's name with words before it that the mail
    also writes ("Gemeente Amersfoort" signs the mail that says "de gemeente Amersfoort"):
    the display name is the fuller one."""
    if not display_org or not display_org.endswith(" " + name):
        return False
    added = {w.lower() for w in display_org[: -len(name)].split()}
    return not added & (NO_NAME_WORDS | _HR_WORDS) and display_org.lower() in text.lower()


# (an HR unit in the languages of the mail, and the words joining one: "Werving & Selectie")
_HR_WORDS = words("werving selectie personeelszaken recrutement sélection selección & and en y et")


# Pattern 8's gate (" is hiring", " has filled" ...) needs one of these: most mail is
# told apart by four substring tests before the gate's regex.
_AUXILIARIES = (" is ", " are ", " has ", " have ")


def _signature_person(name: str) -> bool:
    """The signer's own name line: a known first name, or two name-like words with no trade
    word ('Aoife Byrne', not 'Harcourt Foods')."""
    words = name.split()
    if words[0].lower() in FIRST_NAMES:
        return True
    return (
        len(words) == 2
        and looks_like_person(name)
        and not any(w.lower() in TRADE_WORDS for w in words)
    )


def _title_line(name: str) -> bool:
    """A job title where a name was looked for ("Consultora Senior" signing, "Analista de
    Inventarios" in a subject): a title word and no company word ending it ("Meridian
    Search Partners" is a firm; a grade such as "Senior" ends titles, not firms)."""
    last = name.split()[-1].lower()
    # (a name in capitals reads as a title's acronym to has_title_word: "MITRE", "ACME")
    return (
        not name.isupper()
        and has_title_word(name)
        and (last not in COMPANY_WORDS or last in _GRADES)
    )


_GRADES = words("senior junior sr sr. jr jr. lead principal associate")


# "... de Traxión", "... de Grupo Jumex": the last "de" before a capital in a name.
_LAST_DE = re.compile(r".* del? (?=[A-Z\u00c0-\u00de])")


def _after_title(text: str, start: int, name: str) -> str:
    """The employer of "a la oferta Analista de Control de Flota de Traxión": a Spanish or
    Portuguese board writes "<title> de <company>", and the name read after the title
    word's "de" holds the title's last words ("Control de Flota de Traxión"); the company
    is what follows the name's last "de" (unless that is a place: "Banco de México")."""
    before = text[max(0, start - 40) : start].split()
    if len(before) < 2 or before[-1] not in ("de", "del") or not has_title_word(before[-2]):
        return name
    cut = _LAST_DE.match(name)
    rest = name[cut.end() :] if cut else ""
    return (clean_org(rest) or name) if rest else name


def names_reader(name: str, readers: list[str]) -> bool:
    """The mail's addressee ("Mariana Téllez Garduño" of mtellez.garduno@...): two words of
    the name, of three letters or more, in one of the reader's squashed addresses. A mail
    to the candidate that names them ("this email was sent to ...") never names the
    employer so, in any language."""
    parts = [p for p in (squash(w) for w in name.split()) if len(p) >= 3]
    return len(parts) >= 2 and any(sum(p in r for p in parts) >= 2 for r in readers)


def signature_orgs(text: str, begin: int) -> list[tuple[float, str, int, int]]:
    """Organizations named on their own line under a sign-off near the end of a mail."""
    found = []
    for sign_off in SIGN_OFF.finditer(text, begin):
        position = sign_off.end()
        for _ in range(4):
            end = text.find("\n", position + 1)
            line_start = position + 1
            line = text[line_start : end if end != -1 else len(text)]
            if end == -1 and not line:
                break
            match = LINE_ORG.fullmatch(line.strip())
            if (
                match
                and not _signature_person(match.group("org"))
                and not _title_line(match.group("org"))
            ):
                name = clean_org(match.group("org"))
                if name:
                    offset = line_start + line.index(match.group("org"))
                    found.append((3.0, name, offset, offset + len(name)))
            if end == -1:
                break
            position = end
    return found


def _line_matches(
    pattern: re.Pattern, text: str, lowered: str, needles: re.Pattern, begin: int
) -> Iterator[re.Match]:
    """pattern.finditer(text, begin) for a pattern whose matches stay on one line and hold
    one of `needles`: searched only on the lines where a needle occurs."""
    line_end = -1
    for hit in needles.finditer(lowered, begin):
        if hit.start() < line_end:
            continue  # a needle on a line already searched
        line_start = max(lowered.rfind("\n", 0, hit.start()) + 1, begin)
        line_end = lowered.find("\n", hit.end())
        if line_end == -1:
            line_end = len(lowered)
        yield from pattern.finditer(text, line_start, line_end)


def _line_start_matches(
    pattern: re.Pattern, text: str, lowered: str, keywords: re.Pattern, begin: int
) -> Iterator[re.Match]:
    """pattern.finditer(text, begin) for a '(?m)^' pattern with a keyword in the line's first
    60 characters (`keywords` finds it with what must follow it): tried only at the starts of
    lines that hold one there."""
    reach = 60  # the prefix before the keyword: '[^\n]{0,60}?'
    matched_to = begin
    if begin == 0 or text[begin - 1] == "\n":
        position = begin
    else:
        position = text.find("\n", begin) + 1
        if position == 0:
            return
    while True:
        line_end = text.find("\n", position)
        hit = (
            keywords.search(lowered, position, len(text) if line_end == -1 else line_end)
            if position >= matched_to
            else None
        )
        if hit and hit.start() <= position + reach:
            match = pattern.match(text, position)
            if match:
                matched_to = match.end()
                yield match
        if line_end == -1:
            return
        position = line_end + 1


def _evidence(doc: Doc, start: int, end: int) -> None:
    if start >= 0:
        add_evidence(doc, "COMPANY", start, end)


@dataclass
class Resolution:
    """What OrgFinder's rules resolved for one mail."""

    info: dict
    scores: dict[str, list]  # name_key -> [weight, name, start, end]
    pool: OrgPool
    company: str | None  # the rules' pick
    agency: str | None
    kind: str
    # where the text writes the job's titles, read where the rules name no employer (the
    # scorer's guess then is no part of them: OrgScorer.choose_unnamed)
    titles: list[tuple[int, int]] = dataclasses.field(default_factory=list)

    def has_choice(self) -> bool:
        """The scorer chooses where the rules name an employer, the agency included: where
        they fall back to the agency, the mail may name its client in words they do not
        weigh (the agency stays a candidate, and stays the agency)."""
        return bool(self.company)


@functools.cache
def _title_finder() -> RoleFinder:
    """The role rules' title patterns alone (sneaker_role's, no learned part), built at the
    first mail that asks."""
    return RoleFinder("sneaker_org_titles", require_head_word=True, skip_kinds=[])


def title_places(text: str, subject_end: int) -> list[tuple[int, int]]:
    """(start, end) of each job title the role rules find in the text (subject and body)."""
    return [(s, e) for _, _, s, e, _ in _title_finder().scan(text, subject_end) if s >= 0]


class OrgFinder:
    def __init__(
        self, name: str, agencies: str, header_only_kinds: list[str], scorer: str = ""
    ) -> None:
        self.name = name
        # The learned choice among the rules' candidates (org_scorer); "" = the rules'.
        self.scorer = OrgScorer.load(PATTERN_DIR.parent / scorer) if scorer else None
        # Alerts and unrelated mail are read from the headers only (fast on real inboxes).
        self.header_only_kinds = frozenset(header_only_kinds)
        path = Path(agencies)
        self.agencies = read_agencies(path if path.is_absolute() else PATTERN_DIR / path)
        self.by_domain = {d: a for a in self.agencies for d in a.domains}
        # Multinational agencies write from their country's domain (hays.com.au, hays.de,
        # michaelpage.at): the listed domain's first label names them anywhere.
        self.by_root = {d.split(".")[0]: a for a in self.agencies for d in a.domains}
        self.by_name = {squash(a.name): a for a in self.agencies}
        self.body_patterns = [
            (w, re.compile(p), BODY_STARTS.get(i), BODY_NEEDLES.get(i, ()))
            for i, (w, p) in enumerate(BODY_PATTERNS)
        ]
        # The keywords of the keyword-led patterns, found in one scan per text: all of them,
        # and those of the patterns an ASCII text runs (no Iberian ones)
        self.keywords = KeywordIndex(k for _, _, ks, _ in self.body_patterns for k in ks or ())
        self.ascii_keywords = KeywordIndex(
            k for _, _, ks, _ in self.body_patterns[:IBERIAN] for k in ks or ()
        )
        # The 80 needles of pattern 8 as one regex (same test, one pass over the text).
        self.needle_gates = {8: re.compile(LINE_NEEDLES[8])}
        self.line_needles = {i: re.compile(p) for i, p in LINE_NEEDLES.items()}
        self.line_starts = {i: re.compile(p) for i, p in LINE_START_KEYWORDS.items()}

    def agency_for(self, domain: str, names: list[str]) -> Agency | None:
        parts = domain.split(".")
        for i in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[i:]))
            if found:
                return found
        root = domain_org("@" + domain) if domain else None
        if root and root in self.by_root:
            return self.by_root[root]
        for name in names:
            if name and squash(name) in self.by_name:
                return self.by_name[squash(name)]
        return None

    def candidates(self, doc: Doc) -> list[tuple[float, str, int, int]]:
        info = meta(doc)
        found = self.scan(text_of(doc), info.get("subject_end", 0))
        for ent in doc.ents:
            if ent.label_ == "ORG":
                name = clean_org(ent.text)
                if name:
                    found.append((1.0, name, ent.start_char, ent.end_char))
        quoted = info.get("quoted")
        if quoted:
            # The quoted earlier message of a reply: a little weaker than the new part,
            # and not evidence (its offsets are not in the analysed text).
            found += [(w - _QUOTED_DISCOUNT, n, -1, -1) for w, n, _, _ in self.scan(quoted, 0)]
        return found

    def subject_candidates(self, text: str, subject_end: int) -> list[tuple[float, str, int, int]]:
        return list(_subject_candidates(text[:subject_end]))

    def scan(self, text: str, subject_end: int) -> list[tuple[float, str, int, int]]:
        found = self.subject_candidates(text, subject_end)
        lowered = text.lower()
        tail = max(subject_end, len(text) - 600)
        same_length = len(lowered) == len(text)
        by_line = same_length and not any(c in text for c in ODD_CASE)
        gates = self.needle_gates
        # (Spanish and Portuguese mail writes a letter beyond ASCII: others skip their patterns)
        ascii_only = text.isascii()
        patterns = self.body_patterns[:IBERIAN] if ascii_only else self.body_patterns
        keywords = self.ascii_keywords if ascii_only else self.keywords
        at = keywords.positions(lowered) if same_length else {}
        for index, (weight, pattern, starts, needles) in enumerate(patterns):
            if starts and same_length:
                matches = indexed_matches(pattern, text, at, starts, subject_end)
            elif (
                starts
                or not needles
                or (
                    any(a in lowered for a in _AUXILIARIES)
                    and gates[index].search(lowered) is not None
                    if index in gates
                    else any(n in lowered for n in needles)
                )
            ):
                # Signature patterns only read the end of the message.
                begin = tail if index in SIGNATURE_PATTERNS else subject_end
                if by_line and index in self.line_needles:
                    matches = _line_matches(pattern, text, lowered, self.line_needles[index], begin)
                elif by_line and index in self.line_starts:
                    matches = _line_start_matches(
                        pattern, text, lowered, self.line_starts[index], begin
                    )
                else:
                    matches = pattern.finditer(text, begin)
            else:
                continue
            for m in matches:
                name = clean_org(m.group("org"))
                begin_at = m.start("org")
                if name and index >= IBERIAN:
                    cut = _after_title(text, begin_at, name)
                    if cut != name:
                        begin_at += max(m.group("org").rfind(cut), 0)
                        name = cut
                if name and (weight >= 2.0 or name.split()[0].lower() not in FIRST_NAMES):
                    if index == 8 and m.group(0).endswith("updated") and looks_like_person(name):
                        continue  # "Miriam Oberhuber has updated the invitation": a person
                    if index in PERSON_OR_ORG and named_person(name):
                        continue
                    found.append((weight, name, begin_at, begin_at + len(name)))
        found += signature_orgs(text, max(subject_end, len(text) - 600))
        for field in (FIELD, POSTED_BY) if ":" in text else ():
            for m in field.finditer(text, subject_end):
                name = clean_org(m.group("org"))
                if name:
                    found.append((4.0, name, m.start("org"), m.start("org") + len(name)))
        cards = " \u00b7 " in text or " - " in text or " | " in text
        for m in CARD.finditer(text, subject_end) if cards else ():
            name = clean_org(m.group("org"))
            # "Maria Lopez - Engineering Manager" or "Maria Lopez - maria@acme.com" lists a
            # person (an interviewer, an invite's guest), not a job card's "Acme - Denver, CO".
            rest = m.group("rest")
            # ("Consultora Senior | Procurement" is a signer's title over their practice)
            if (
                name
                and not (looks_like_person(name) and ("@" in rest or has_title_word(rest)))
                and not _title_line(name)
            ):
                found.append((3.5, name, m.start("org"), m.start("org") + len(name)))
        return found

    def resolve(self, doc: Doc, spans: bool = True) -> Resolution:
        """The rules' pick and what they saw on the way: the scorer's inputs and the
        finish's, for __call__ and for the scorer's training (train_orgs) alike."""
        info = meta(doc)
        scores: dict[str, list] = {}
        pool = OrgPool()
        company, agency = self._resolve(doc, info, scores, pool, spans)
        kind = facts(doc).get("kind") or "other"
        resolved = Resolution(info, scores, pool, company, agency, kind)
        if spans and company is None and kind in EMPLOYER_KINDS:
            resolved.titles = title_places(text_of(doc), info.get("subject_end", 0))
        return resolved

    def __call__(self, doc: Doc) -> Doc:
        # (the capitalized spans serve the scorer only: not read when it is off)
        return self.settle(doc, self.resolve(doc, spans=self.scorer is not None))

    def settle(self, doc: Doc, resolved: Resolution) -> Doc:
        """The doc's employer and agency from a resolution: the scorer's choice among its
        candidates where it has one, else the rules' pick, finished."""
        found = facts(doc)
        company = resolved.company
        if self.scorer is not None and resolved.has_choice():
            chosen = self.scorer.choose(resolved.pool, resolved.scores, company, resolved.kind)
            if chosen != company:
                # the evidence is the chosen name's first mention, if the text holds one
                found["evidence"] = [e for e in found["evidence"] if e["label"] != "COMPANY"]
                entry = resolved.scores.get(name_key(chosen))
                if entry:
                    _evidence(doc, entry[2], entry[3])
                company = chosen
        elif self.scorer is not None and company is None:
            # mail about one job the rules name no employer for (EMPLOYER_KINDS): the best
            # candidate, which a thread's other mail overrides (org_batch reads "scored")
            company = self.scorer.choose_unnamed(
                resolved.pool, resolved.scores, resolved.kind, resolved.titles
            )
            if company:
                resolved.pool.branch = "scored"
                entry = resolved.scores.get(name_key(company))
                if entry:
                    _evidence(doc, entry[2], entry[3])
        found["company"] = self.finish(doc, resolved, company)
        found["agency"] = resolved.agency
        doc.user_data[_BRANCH] = resolved.pool.branch
        return doc

    def finish(self, doc: Doc, resolved: Resolution, company: str | None) -> str | None:
        """A name of the resolution (the rules' pick, the scorer's or a candidate) as the
        mail writes it in full (the display name, a unit's or a branch's name)."""
        info, agency = resolved.info, resolved.agency
        text = text_of(doc)
        if company and company != agency:
            # (no longer completed from a longer candidate: "Relay" and "Relay Therapeutics"
            # are both the scorer's candidates, and the writers differ on which they keep)
            company = before_sentence_stop(company)
        if company and agency is None:
            root = domain_org(sender_addr(info))
            company = spelled_out(company, text, root)
            if " " not in company and squash(company) == root:
                company = agency_of_place(company, text) or company
        if company and not agency:
            company = named_unit(text, company) or hotel_property(text, company) or company
        if company and company != agency:
            # the name as the mail writes it in full (the display name included)
            written = written_in_full(company, text)
            if written == company and info.get("from_name"):
                written = written_in_full(company, info["from_name"])
            company = brand_of_branch(written, sender_addr(info))
            company = whole_written_name(company, text)
            company = name_line(company, text) or company
        if not company:
            return company
        # (a Slavic, Baltic, Finnish or Hungarian case ending off the name: "Petrolu")
        company = uninflected(company, text, domain_org(sender_addr(info)))
        company = group_stem(regional_unit(company), text, info.get("from_name") or "")
        return cjk_company(dotted_initials(company, text))

    def _resolve(
        self, doc: Doc, info: dict, scores: dict[str, list], pool: OrgPool, spans: bool = True
    ) -> tuple[str | None, str | None]:
        text = text_of(doc)
        subject_end = info.get("subject_end", 0)
        from_addr = info.get("from_addr") or ""
        _, domain = split_addr(from_addr)
        person, display_org = sender(doc)
        # The writer's own name (the candidate's, in their own mail) is never the employer.
        # (A relay's sender "Juniper Retail" may read as a person: only a known first name
        # makes the writer surely a person.)
        people = set()
        if person and (squash(person.split()[0]) in GIVEN_NAMES or not is_relay_domain(domain)):
            # ... and their first name alone ("Mei" signing "Mei Byrne"'s mail).
            people = {name_key(person), name_key(person.split()[0])}
        if info.get("is_from_me"):
            if info.get("from_name"):
                people.add(name_key(info["from_name"]))
            from_addr = sender_addr(info)
            domain, display_org = split_addr(from_addr)[1], None
        forwarded = forwarded_sender(text, subject_end, info.get("quoted"))
        if forwarded:
            # "FW: ..." over the original's "From:" line: the mail is about the original
            # sender's organization, not the forwarder's (a career adviser, the candidate).
            from_addr = forwarded[1]
            domain = split_addr(from_addr)[1]
            display_org = sender_parts(forwarded[0], from_addr, text)[1]
        slug = local_part_org(from_addr)
        root = domain_org(from_addr)
        relay = is_relay_domain(domain)
        if (
            person
            and not display_org
            and root
            and person.split()[-1].lower() in COMPANY_WORDS
            and matches_hint(person, [root])
        ):
            # "Taylor Construction" <recruitment@taylor.com.au>: a given name, then a trade
            # word, spelling the sender's domain: the company, not a person.
            display_org, person = person, None
            people = set()
        if display_org:
            # "Kestrel People & Culture", "Interview Scheduling": an HR unit's or a
            # function's mailbox name; the employer is what is left, if anything.
            # ("Carreras Liverpool", "Reclutamiento Sigma": the mailbox's words lead)
            display_org = ORG_HEAD.sub("", ORG_TAIL.sub("", display_org).strip()) or None
            if display_org and public_sender(domain):
                # "Health Canada Staffing", "Peace Corps Staffing": a public employer's
                # staffing office (Canada's "Dotation"), not a staffing agency's name.
                display_org = _STAFFING_OFFICE.sub("", display_org).strip() or None
            if display_org and {w.lower() for w in display_org.split()} <= NO_NAME_WORDS:
                display_org = None
        # "Sarah" <sarah@acme.com>: a first name, not an organization.
        if (
            display_org
            and not relay
            and root
            and not matches_hint(display_org, [root])
            and len(display_org.split()) == 1
            # ("HSBC Resourcing" names a team of HSBC: no first name; "TP Recruitment" at
            # teleperformance.com abbreviates the domain's fuller name)
            and (
                len((info.get("from_name") or "").split()) == 1
                or display_org.lower() in NO_NAME_WORDS
                or subsequence(squash(display_org), root)
            )
        ):
            display_org = None
        if (
            display_org
            and len((info.get("from_name") or "").split()) == 1
            and is_personal_domain(domain)
        ):
            # "Mom", "Folake", "Xfinity" <...@gmail.com>: a personal address's one-word name
            # is the writer's own (a name, a family word) or its provider's, no employer's
            display_org = None
        category = relay_category(domain) if relay else None
        scheduler = category in SCHEDULERS
        # Calendly, GoodTime, DocuSign ... name the people an event or an envelope is
        # between, and Paradox writes as its assistant 'olivia@': no employer's names.
        between_people = category in BETWEEN_PEOPLE
        if between_people and slug and squash(slug) in GIVEN_NAMES:
            slug = None
        if scheduler and not (display_org or slug):
            # Calendly, Cal.com ... write for the organizer: their work address or their
            # "Name (Employer)" in the event says whose event it is.
            slug = organizer_root(text, info)
        # "Civil Service Jobs", "NHS Jobs" on a job board's domain: the board's own name,
        # written in its footer; the employer is the body's department or trust.
        board = BOARD_NAME.fullmatch(info.get("from_name") or "") if relay else None
        board_name = squash(board.group(1)) if board else None
        if board_name and display_org and squash(display_org).startswith(board_name):
            display_org = None
        hints = [h for h in (display_org, slug, root) if h]
        agency = self.agency_for(domain, [display_org or ""])
        pool.display_org, pool.slug, pool.root, pool.relay = display_org, slug, root, relay
        pool.agency = agency.name if agency else None
        # The reader's own name ("Invitation: Jasmine Lau <> Acme") is never the employer,
        # nor, in the user's own mail, the name they sign by that their address begins
        # with ("Mitch" of mitch.farrugia84@: a nickname the From name does not spell).
        readers = (
            [squash(split_addr(info.get("from_addr"))[0])]
            if info.get("is_from_me")
            else [squash(split_addr(a)[0]) for a in info.get("to_addrs") or ()]
        )
        header_only = facts(doc).get("kind") in self.header_only_kinds
        size = len(text)
        if spans:
            pool.text = text  # (the scorer's mentions read their context)
        # (the subject is a header: an alert, or mail taken for one, may name the employer
        # there: "OFFER!! Caraway Foods", "finish onboarding with Harbor Bio")
        found = self.subject_candidates(text, subject_end) if header_only else self.candidates(doc)
        if scheduler and not header_only:
            found = found + bracketed_employers(text)

        def left_out(name: str, key: str) -> bool:
            """The agency's, a person's, the relay's own ("Tes Jobs", "Team Naukri.com": the
            relay signs its own mail), the board's ("The Civil Service is committed ..." in
            Civil Service Jobs' footer) or the reader's name: not the employer."""
            return bool(
                (agency and matches_hint(name, [agency.name]))
                or key in people
                or (relay and names_relay_service(name, domain))
                or (between_people and names_people(name, text) and not matches_hint(name, hints))
                or (board_name and key == board_name)
                or (len(key) >= 5 and any(r.startswith(key) for r in readers))
                or names_reader(name, readers)
            )

        for weight, name, start, end in found:
            if display_org and name.startswith(display_org + " "):
                added = {w.lower() for w in name[len(display_org) + 1 :].split()}
                if added <= NOT_COMPLETING:
                    name = display_org  # "Granite Pharmaceuticals Staffing" signs its mail
            key = name_key(name)
            if left_out(name, key):
                continue
            pool.add(key, name, weight, start, end, subject_end, size)
            if matches_hint(name, hints):
                weight += 2.0
            entry = scores.setdefault(key, [0.0, name, start, end])
            # The strongest mention counts, each further one a little: a name repeated in
            # a footer must not outweigh "your application was sent to X".
            entry[0] = max(entry[0], weight) + (0.5 if entry[0] else 0.0)
        if spans:
            # Capitalized runs the patterns did not read, for the scorer only (never the
            # rules' scores); the same names are left out as above.
            read = text[:subject_end] if header_only else text
            pool.lowercase = lowercase_words(text)
            for span in name_spans(read, subject_end):
                name = clean_org(span.name)
                if not name or left_out(name, key := name_key(name)):
                    continue
                pool.add_span(key, name, span, subject_end, size)
        if display_org and STATED.search(info.get("from_name") or ""):
            # "Acme via Handshake", "Cielo Talent on behalf of Acme": the header says whom
            # the mail is for; a fuller spelling in the text may complete it.
            own = [e for e in scores.values() if matches_hint(e[1], [display_org])]
            best_own = max(own, key=lambda e: e[0]) if own else None
            pool.branch = "stated"
            if best_own and squash(best_own[1]).startswith(squash(display_org)):
                _evidence(doc, best_own[2], best_own[3])
                return best_own[1], None
            return display_org, None
        # A person at a firm that signs as "Hartley Rose Recruitment" works for an agency.
        firm = firm_signature(text, root) if root and not is_generic_local(from_addr) else None
        if (
            agency is None
            and hints
            and (firm or agency_talk(text) or AGENCY_ROOT.search(root or ""))
        ):
            own = [e for e in scores.values() if matches_hint(e[1], hints)]
            name = (
                max(own, key=lambda e: e[0])[1]
                if own
                else display_org or name_of_root(hints[-1], text)
            )
            name = firm or whole_firm_name(text, name, root, info.get("from_name") or "")
            agency = Agency(name, ())
            pool.agency = agency.name
            scores = {k: e for k, e in scores.items() if not matches_hint(e[1], [*hints, name])}
        if agency:
            # An interviewer or contact named in an agency's mail is no client.
            # ... nor the agency's own name cut short ('Harbour' of harbourtalent.co.uk)
            own = squash(agency.name)
            clients = [
                e
                for e in scores.values()
                if not named_person(e[1])
                and not own.startswith(squash(e[1]))
                and not (root or "").startswith(squash(e[1]))
            ]
            client = max(clients, default=None, key=lambda e: e[0])
            if client and client[0] >= 3.0:
                pool.branch = "agency_client"
                _evidence(doc, client[2], client[3])
                return client[1], agency.name
            pool.branch = "agency_self"
            return agency.name, agency.name
        best = max(scores.values(), default=None, key=lambda e: e[0])
        if (
            relay
            and not header_only
            and (display_org is None or board_name)
            and PUBLIC_RELAY.search(relay_suffix(domain) or "")
        ):
            # A public board's notice (USAJOBS, Civil Service Jobs, NHS Jobs) names the
            # department, agency or trust in full: the first one named is the employer.
            body = public_body(text, subject_end) or public_body(text, 0)
            # (a school or an employer the board's mail names as the applicant's recipient
            # is surer: "Your application was sent to Brookside High School")
            if body and (best is None or best[0] < 3.0 or squash(body).endswith(squash(best[1]))):
                pool.branch = "public_body"
                return body, None
        sent_to = SENT_TO.search(text, 0, subject_end)
        if sent_to and not header_only:
            # "Your application has been sent to Francis Crick Institute" from a board on
            # its own domain: the subject names the employer, whatever the sender is.
            name = clean_org(sent_to.group("org"))
            if name and name_key(name) in scores and not named_person(name):
                pool.branch = "sent_to"
                entry = scores[name_key(name)]
                _evidence(doc, entry[2], entry[3])
                return entry[1], None
        if hints and (root or display_org) and not relay:
            # A company's own mail: its employer is the sender's organization, not another
            # name in the text ("your time at Initech"): take the best fit to the address.
            fits = [(hint_quality(e[1], hints), e[0], e) for e in scores.values()]
            fits = [f for f in fits if f[0]]
            if fits:
                pool.branch = "own_mail"
                quality, _, best = max(fits, key=lambda f: (f[0], f[1]))
                if quality == 1 and display_org:
                    return display_org, None  # "Willow T" of a cut-off body
                if display_org and display_org.startswith(best[1] + " "):
                    added = display_org[len(best[1]) + 1 :].lower().split()
                    if added[-1] in COMPANY_WORDS and not set(added) & NOT_COMPLETING:
                        # "Georgiou Group" signs the mail the text calls "Georgiou"
                        return display_org, None
                if _display_completes(display_org, best[1], text):
                    return display_org, None
                _evidence(doc, best[2], best[3])
                return best[1], None
            in_text = name_for_slug(text, info.get("quoted"), root) if root else None
            if (
                in_text
                and display_org
                and len(squash(in_text[0])) < len(root)
                and squash(display_org).startswith(squash(root))
            ):
                # "Dear Mr Tan" fits tanjongport.com less than the sender's "Tanjong Port
                # Services HR" does.
                pool.branch = "display"
                return display_org, None
            if in_text and _display_completes(display_org, in_text[0], text):
                pool.branch = "display"
                return display_org, None
            if in_text:
                pool.branch = "in_text"
                _evidence(doc, in_text[1], in_text[2])
                return in_text[0], None
            if root and not display_org and (best is None or best[0] < 5.0):
                # A person writing from the company's own domain, no name in the text fits
                # it: the domain is surer than a loose mention ("a call about Payments").
                # (without the mailbox words after a hyphen: "Traveloka" of traveloka-people)
                pool.branch = "root"
                part = named_part(root)
                named = name_of_root(part, text)
                if initials_root(part) and squash(named) == squash(part):
                    # 'Fmgl': initials the mail never writes; a name it does write that
                    # they start with is the employer ('Fortescue' signs the mail)
                    spelled = [
                        e
                        for e in scores.values()
                        if e[0] >= 3.0 and initialled_by(part, e[1]) and not named_person(e[1])
                    ]
                    if spelled:
                        # (the branch of a written name that fits the domain, as in_text)
                        pool.branch = "in_text"
                        entry = max(spelled, key=lambda e: e[0])
                        _evidence(doc, entry[2], entry[3])
                        return entry[1], None
                return named, None
        if relay and not (display_org or slug or header_only) and (best is None or best[0] < 3.0):
            # A board's or an ATS's mail that names no employer the usual ways: the
            # institution it writes ("Assistant Professor ... Carnegie Mellon University").
            institution = institution_named(text)
            if institution:
                pool.branch = "institution"
                return institution, None
        best_name = best[1] if best else None
        if best and display_org and squash(display_org).startswith(squash(best[1])):
            # A cut-off body: "Willow T" of "Willow Tree Pharma". Not written into `best`:
            # the scores' entry is the pool's candidate, the text's name ("Unilever" under
            # the display name "Unilever Future Leaders"), which the scorer may still choose.
            best_name = display_org
        if best and (best[0] >= 3.0 or not hints):
            pool.branch = "best"
            _evidence(doc, best[2], best[3])
            return best_name, None
        if display_org:
            pool.branch = "display"
            return display_org, None
        for hint in (slug, root):
            in_text = name_for_slug(text, info.get("quoted"), hint) if hint else None
            if in_text:
                pool.branch = "in_text"
                _evidence(doc, in_text[1], in_text[2])
                return in_text[0], None
        if best and best[0] >= 2.0:
            pool.branch = "best"
            _evidence(doc, best[2], best[3])
            return best_name, None
        for hint in (slug, root):
            if hint and not is_personal_domain(domain):
                pool.branch = "slug"
                return name_of_root(hint, text), None
        if is_personal_domain(domain) and not info.get("is_from_me"):
            business = personal_business(from_addr, person, text)
            if business:
                pool.branch = "business"
                return business, None
        # ("DocuSign via Harrow Bangkok" is the relay writing for another: not its own)
        stated = STATED.search(info.get("from_name") or "")
        own = _OWN_HIRING.fullmatch(info.get("from_name") or "") if relay and not stated else None
        if own and not header_only and names_relay_service(own.group(1), domain):
            # "Google Careers" <careers-noreply@google.com>, "Rippling Recruiting" at
            # rippling.com: a hiring platform's own hiring team writes for itself.
            pool.branch = "relay_own"
            return own.group(1), None
        return None, None


@Language.factory(
    "sneaker_org",
    default_config={"agencies": "agencies.txt", "header_only_kinds": ["job_alert"], "scorer": ""},
)
def make_org_finder(
    nlp: Language, name: str, agencies: str, header_only_kinds: list[str], scorer: str
) -> OrgFinder:
    return OrgFinder(name, agencies, header_only_kinds, scorer)
