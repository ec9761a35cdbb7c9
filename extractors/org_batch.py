"""Employers completed across a batch of mail: a thread's short reply takes the employer the
thread names, a short or glued name takes the fuller written form other mail gives it."""

from __future__ import annotations

import re

from extractors.lexicon import words
from extractors.org_domains import CONNECTORS, glued_from, initials_of, name_of_root
from extractors.org_full_names import HEAD_WORDS, initials
from extractors.org_names import completes_name
from extractors.org_scorer import name_key
from extractors.senders import COMPANY_WORDS, squash

# The words a hospital's or a university's full name adds to what its staff call it
# ('Papago Buttes' Papago Buttes Medical Center, 'Sonoran Valley' Sonoran Valley Health).
_INSTITUTION_TAIL = words(
    "medical center centre hospital hospitals health healthcare system clinic campus "
    "university college rehabilitation specialty"
)


def _institution_tail(added: list[str]) -> bool:
    """'Medical Center', 'Health', 'Institute for Social Policy', 'Center for Fiscal
    Responsibility': what an institution's full name adds to its short one."""
    return set(added) <= _INSTITUTION_TAIL or (
        added[0] in HEAD_WORDS and len(added) >= 3 and added[1] in ("for", "of")
    )


def complete_short_names(rows: list[dict]) -> None:
    """In place: a company named by a short form in a personal conversation ('Hollander',
    in a friend's note) takes the one fuller name other mail of the same mailbox gives it
    ('Hollander Capital'). Other kinds of mail name the employer as it calls itself, and
    agencies keep their own names: both are left alone, but for a hospital's or a
    university's short name ('Papago Buttes' of Papago Buttes Medical Center). A fuller
    name only one mail gives ('Stripe BizOps', 'Ubiquity Cebu': a team, a site) completes
    no friend's note: two or more must give it."""
    fuller: dict[str, set[str]] = {}
    times: dict[str, int] = {}
    for row in rows:
        name = row.get("company")
        if name and " " in name:
            fuller.setdefault(name.split()[0], set()).add(name)
            times[name] = times.get(name, 0) + 1
    if not fuller:
        return
    for row in rows:
        name = row.get("company")
        if not name or name == row.get("agency"):
            continue
        networking = row.get("kind") == "networking"
        longer = {
            n
            for n in fuller.get(name.split()[0], ())
            if n.startswith(name + " ")
            and (
                (networking and times[n] >= 2 and completes_name(n[len(name) + 1 :]))
                or _institution_tail(n[len(name) + 1 :].lower().split())
            )
        }
        if len(longer) == 1:
            row["company"] = longer.pop()


def thread_employers(
    rows: list[dict], threads: list[str | None], branches: list[str] | None = None
) -> None:
    """In place: a mail of a thread that names no employer (a short reply, "Tuesday works")
    or only its agency (the client unnamed) takes the employer the thread's other mail
    names; an agency's mail only takes a client named in that agency's mail, and never its
    first approach (recruiter_outreach), whose employer is the agency where it names no
    client. A mail whose employer only the scorer guessed (branch "scored", where the rules
    named none) counts as naming none: it neither names the thread's employer nor keeps
    its guess against the thread's."""
    guessed = [b == "scored" for b in branches] if branches else [False] * len(rows)
    named: dict[str, list[tuple[str, str | None]]] = {}
    for row, thread, scored in zip(rows, threads, guessed, strict=True):
        company = row.get("company")
        if thread and company and company != row.get("agency") and not scored:
            named.setdefault(thread, []).append((company, row.get("agency")))
    if not named:
        return
    for row, thread, scored in zip(rows, threads, guessed, strict=True):
        found = named.get(thread or "")
        company, agency = row.get("company"), row.get("agency")
        if not found or (company and company != agency and not scored):
            continue
        if agency and row.get("kind") == "recruiter_outreach":
            # an agency's approach that names no client is the agency's own (docs/labeling.md)
            continue
        if agency:
            found = [(c, a) for c, a in found if a == agency]
        if found:
            counts: dict[str, int] = {}
            for name, _ in found:
                counts[name] = counts.get(name, 0) + 1
            row["company"] = max(counts, key=lambda n: counts[n])  # ties: the first named


# The rules' branches (OrgPool.branch) that name an employer from the sender's address
# alone, no name of the text fitting it ('Relaytx', 'Ccf', 'Crestline Search'), or that
# named none of their own: a thread's other mail outweighs them.
# ("scored": the scorer's guess where the rules named none, OrgScorer.choose_unnamed)
_FROM_ADDRESS = frozenset({"root", "slug", "none", "scored"})
# ... and those surer than a thread's other mail: "Your application was sent to X", a
# public board's department.
_SURE = frozenset({"sent_to", "public_body"})


def _names_by_thread(
    rows: list[dict], threads: list[str | None], counted: list[bool] | None = None
) -> dict[str, dict[str, int]]:
    """How many mails of each thread name each employer (a mail's agency not counted), in
    the order first named; `counted`: which mails count (all where None)."""
    names: dict[str, dict[str, int]] = {}
    for i, (row, thread) in enumerate(zip(rows, threads, strict=True)):
        company = row.get("company")
        if thread and company and company != row.get("agency") and (counted is None or counted[i]):
            counts = names.setdefault(thread, {})
            counts[company] = counts.get(company, 0) + 1
    return names


def thread_majority(rows: list[dict], threads: list[str | None], branches: list[str]) -> None:
    """In place: a mail takes the employer its thread's other mail read from their text
    when two or more of them name it (one, where only the mail's sender's domain named
    its own: a person's reply from relaytx.com, an agency's from a domain not known as
    one): a thread is about one job, and one mail's reading of a name (a team, a site, a
    misread line) is less sure than what the thread names most. A longer form of the
    mail's own name is left to thread_fuller_names; an agency's own name to
    thread_employers. (Session 16, over the 94 writer sets and the devsets: fixes 499
    mails of 78 sets, breaks 163 of 55, most of those a writer keeping each mail's own
    form of the name: "DHL Supply Chain" in the mail, "DHL" in the thread.)"""
    named = _names_by_thread(rows, threads, [b not in _FROM_ADDRESS for b in branches])
    changes = []
    for i, (row, thread, branch) in enumerate(zip(rows, threads, branches, strict=True)):
        counts = named.get(thread or "")
        company = row.get("company")
        if not counts or not company or company == row.get("agency") or branch in _SURE:
            continue
        own = 1 if branch not in _FROM_ADDRESS else 0
        others = {n: c - own * (n == company) for n, c in counts.items()}
        best = max(others, key=lambda n: others[n])  # ties: the first named
        if (
            best != company
            and others[best] >= (1 if branch == "root" else 2)
            and not best.startswith(company + " ")
        ):
            changes.append((i, best))
    for i, best in changes:  # (read from the thread as the rules named it)
        rows[i]["company"] = best


def _letters(name: str) -> str:
    """A name's key ("&" and "+" read as "and"): name_key, under which a name with no Latin
    letters keeps its own, or every Japanese, Korean or Chinese name of a batch would share
    the empty key and a one-word name would take another company's longer form."""
    return name_key(name.replace("&", " and ").replace("+", " and "))


def written_forms(rows: list[dict]) -> None:
    """In place: a name glued from a domain ('Cobaltridge', 'Granitestate Builders') takes
    the form with the same letters that other mail of the batch gives most often, when it
    has more words ('Cobalt Ridge', 'Granite State Builders'): the mail wrote that one."""
    forms: dict[str, dict[str, int]] = {}
    for row in rows:
        name = row.get("company")
        if name:
            counts = forms.setdefault(_letters(name), {})
            counts[name] = counts.get(name, 0) + 1
    # (written forms by their first letters, for names glued from a domain that abbreviate
    # the written one: 'Ironbridgerec' of 'Ironbridge Recruitment'); a split this module
    # makes itself from a domain is no written form ('Indigo Works' of indigoworks.com)
    own_split: dict[str, str] = {}
    starts = {
        key[:3]
        for key, counts in forms.items()
        if len(key) >= 6 and any(" " not in n and n == n.capitalize() for n in counts)
    }
    by_start: dict[str, list[str]] = {}
    for key, counts in forms.items():
        if key[:3] not in starts:
            continue
        for form in counts:
            if " " in form:
                if key not in own_split:
                    own_split[key] = name_of_root(key)
                if form != own_split[key]:
                    by_start.setdefault(key[:3], []).append(form)
    for row in rows:
        name = row.get("company")
        if not name:
            continue
        key = _letters(name)
        counts = forms.get(key, {})
        glued = " " not in name and len(key) >= 6 and name == name.capitalize()
        if len(counts) < 2 and not (glued and key[:3] in by_start):
            continue
        # a written form wins over glued ones however often the domain gave those
        if key not in own_split:
            own_split[key] = name_of_root(key)
        written = {n: c for n, c in counts.items() if n != own_split[key]}
        if glued:
            for form in by_start.get(key[:3], ()):
                words_ = [_letters(w) for w in form.split() if w.lower() not in CONNECTORS]
                if glued_from(key, [w for w in words_ if w]):
                    written[form] = written.get(form, 0) + forms[_letters(form)][form]
        if not written:
            continue
        best = max(written, key=lambda n: (written[n], len(n.split()), n))
        # (or as many words, where the name is this module's own split of a domain: 'Aya
        # Healthcare' written, 'Ayahealth Care' split from ayahealthcare.com)
        if len(best.split()) > len(name.split()) or (
            name == own_split[key] and len(best.split()) == len(name.split())
        ):
            if row.get("agency") == name:
                row["agency"] = best
            row["company"] = best


def spelled_roots(rows: list[dict], branches: list[str]) -> None:
    """In place: a name the rules made of the sender's domain alone, one word the mail
    never wrote ('Ucc' of ucc.on.ca, 'Mvce' of mvce.co.za, 'Stgeorges'), takes the one name
    other mail of the batch writes whose words it abbreviates ('Upper Canada College',
    'Mahlangu & Venter Consulting Engineers', "St. George's School"): the domain is short
    for it, and a thread's other mail may not name it (a calendar invite, a reply)."""
    written: set[str] = set()
    for row, branch in zip(rows, branches, strict=True):
        name = row.get("company")
        if name and " " in name and branch not in _FROM_ADDRESS and name != row.get("agency"):
            written.add(name)
    if not written:
        return
    words_of = {
        name: [w for w in (squash(p) for p in name.split() if p.lower() not in CONNECTORS) if w]
        for name in written
    }
    for row, branch in zip(rows, branches, strict=True):
        name = row.get("company")
        if branch not in ("root", "slug") or not name or " " in name or name != name.capitalize():
            continue
        key = squash(name)
        fits = {n for n, w in words_of.items() if initials_of(key, w)}
        if len(fits) == 1:
            row["company"] = fits.pop()


def complete_from_batch(
    rows: list[dict], threads: list[str | None], branches: list[str] | None = None
) -> None:
    """The employer of each mail of a batch, completed from the batch's other mail: by its
    thread (thread_employers; thread_majority where `branches`, the rules' branch of
    each mail, is given), then a short name by a fuller one (complete_short_names), a
    name glued from a domain by the written one (written_forms)."""
    thread_employers(rows, threads, branches)
    if branches is not None:
        spelled_roots(rows, branches)
        thread_majority(rows, threads, branches)
    thread_fuller_names(rows, threads)
    complete_short_names(rows)
    written_forms(rows)
    whole_last_words(rows)
    spelled_out_tails(rows)


_ENDS_LEGAL = re.compile(
    r" (?:GmbH(?: & Co\.? KG)?|AG|SE|KG|mbH|eG|B\.V\.|N\.V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|"
    r"Pty\.? Ltd\.?|Pvt\.? Ltd\.?|Pte\.? Ltd\.?|S\.A\.|SAS|S\.p\.A\.|Oy|AB)$"
)


def thread_fuller_names(rows: list[dict], threads: list[str | None]) -> None:
    """In place: a mail of a thread that calls the employer by a short name ('Alpenfrost',
    a person's reply from alpenfrost.de) takes the one fuller name the thread's other mail
    writes ('Alpenfrost Foods GmbH'): the same words first, then words that complete a
    company name (not a team, a place or an agency word)."""
    names = _names_by_thread(rows, threads)
    for row, thread in zip(rows, threads, strict=True):
        company = row.get("company")
        if not thread or not company or company == row.get("agency"):
            continue
        counts = names.get(thread, {})
        # (the full legal name, or a form the thread writes more often than the short one:
        # one mail's misreading, "Acme Panel Presentation", is no fuller name)
        longer = {
            n
            for n, count in counts.items()
            if n.startswith(company + " ")
            and completes_name(n[len(company) + 1 :])
            and (_ENDS_LEGAL.search(n) or count > counts[company])
        }
        if len(longer) == 1:
            row["company"] = longer.pop()


def whole_last_words(rows: list[dict]) -> None:
    """In place: a name whose last word is cut short ('Kestrel Infra', split from
    kestrelinfra.com.au) takes the one name of the batch that writes that word whole
    ('Kestrel Infrastructure'): the same words before it, the last one longer."""
    whole: dict[tuple[str, ...], set[str]] = {}
    for row in rows:
        name = row.get("company")
        if name and " " in name:
            parts = name.split()
            whole.setdefault(tuple(parts[:-1]), set()).add(parts[-1])
    for row in rows:
        name = row.get("company")
        if not name or " " not in name or name == row.get("agency"):
            continue
        parts = name.split()
        cut = parts[-1]
        if len(cut) < 3 or cut.lower() in COMPANY_WORDS or not cut.isalpha():
            continue
        longer = {
            w for w in whole.get(tuple(parts[:-1]), ()) if len(w) > len(cut) and w.startswith(cut)
        }
        if len(longer) == 1:
            row["company"] = " ".join([*parts[:-1], longer.pop()])


def spelled_out_tails(rows: list[dict]) -> None:
    """In place: a name ending with an initialism ('Brazos Bend ISD') takes the one name of
    the batch with the same first words and those words spelled out ('Brazos Bend
    Independent School District')."""
    full: dict[str, set[str]] = {}
    for row in rows:
        name = row.get("company")
        if name and " " in name and not name[-1].isupper():
            full.setdefault(name.split()[0], set()).add(name)
    if not full:
        return
    for row in rows:
        name = row.get("company")
        if not name or " " not in name or not name[-1].isupper() or name == row.get("agency"):
            continue
        lead, _, tail = name.rpartition(" ")
        if not 3 <= len(tail) <= 5 or not tail.isalpha() or not tail.isupper():
            continue
        longer = {
            n
            for n in full.get(name.split()[0], ())
            if n.startswith(lead + " ") and initials(n[len(lead) + 1 :].split()) == tail
        }
        if len(longer) == 1:
            row["company"] = longer.pop()
