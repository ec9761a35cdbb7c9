"""Union-find over messages and events whose unions refuse to mix two roles or employers.

Kept in arrays, one slot per item: a component's employer, agency, role and requisition
id are the root's slots; a component that has met a second employer spelling or a second
role keeps the whole set in a dict beside them. Members are a linked list through `next`
(the root first), so a union costs O(1) and no list per item.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator

from warehouse.linking.items import AUTOMATED, NONE, UNCERTAIN, Items

# (item, issue, detail, the root of the opportunity the item may belong to, or NONE)
Issue = tuple[int, str, str, int]
USER_ATTACH = "override_attach"  # the link reason of an item the user attached


class Linker:
    """Union-find whose unions are refused when they would mix two roles or employers."""

    def __init__(self, items: Items, frozen: set[int]) -> None:
        size = len(items)
        self.items = items
        self.parent = array("i", range(size))
        self.size = array("i", [1]) * size
        self.next = array("i", [NONE]) * size
        self.tail = array("i", range(size))
        # The first employer named (`employers` of a root holds every spelling seen when
        # there are several), the agency, one role (all of them in `roles` when several)
        # and the requisition id of each component, at its root.
        self.employer = array("i", items.employer)
        self.agency = array("i", items.agency)
        self.role = array("i", items.role)
        self.req = array("i", items.req)
        self.many_employers: dict[int, set[int]] = {}
        self.many_roles: dict[int, set[int]] = {}
        self.frozen = frozen  # split by the user: never linked to anything
        self.issues: list[Issue] = []

    def find(self, n: int) -> int:
        parent = self.parent
        root = n
        while parent[root] != root:
            root = parent[root]
        while parent[n] != root:
            parent[n], n = root, parent[n]
        return root

    def members(self, root: int) -> Iterator[int]:
        n = root
        while n != NONE:
            yield n
            n = self.next[n]

    def employers(self, root: int) -> set[int]:
        many = self.many_employers.get(root)
        if many is not None:
            return many
        return {self.employer[root]} if self.employer[root] != NONE else set()

    def roles(self, root: int) -> set[int]:
        many = self.many_roles.get(root)
        if many is not None:
            return many
        return {self.role[root]} if self.role[root] != NONE else set()

    def conflict(self, a: int, b: int, reason: str) -> str | None:
        both = self.employer[a] != NONE and self.employer[b] != NONE
        if both and not self.employers(a) & self.employers(b):
            return "two employers"
        # One requisition id is one role, however each mail spells its title.
        both = self.role[a] != NONE and self.role[b] != NONE
        if reason != "req_id" and both and not self.roles(a) & self.roles(b):
            return "two roles"
        if self.req[a] != NONE and self.req[b] != NONE and self.req[a] != self.req[b]:
            return "two requisition ids"
        return None

    def issue(self, n: int, issue: str, detail: str, candidate: int = NONE) -> None:
        """Report `n` for review; `candidate`: the component it would join, so the review
        row can print the override that joins it, id filled in."""
        self.issues.append((n, issue, detail, candidate))

    def union(
        self,
        a: int,
        b: int,
        reason: str,
        *,
        uncertain: bool = False,
        force: bool = False,
        onto: bool = False,
    ) -> bool:
        """Link a and b unless that mixes two employers or roles (`force`: link anyway;
        `onto`: a's component keeps its employer, agency and role whatever the sizes)."""
        if a in self.frozen or b in self.frozen:
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        items = self.items
        # A person writing in a thread continues one conversation, however the extractor
        # spelled the company or the role; only template mail (an ATS threading two
        # applications under one subject) is kept apart. An iCalUID is one event.
        conversation = reason == "gmail_thread" and not (
            items.has(a, AUTOMATED) and items.has(b, AUTOMATED)
        )
        lenient = force or conversation or reason == "ical_uid"
        why = None if lenient else self.conflict(ra, rb, reason)
        if why:
            if reason == "gmail_thread":
                self.issue(b, "gmail_thread link refused", f"{why} in one thread")
            return False
        if self.size[ra] < self.size[rb] and not onto:
            ra, rb = rb, ra
        reason_id = items.strings.id(reason)
        if uncertain or reason == USER_ATTACH:
            # The item a weak link (or the user) attached is the one to look at: it alone
            # is named, by that link, whatever joined it to its own component before. Its
            # component's other items are joined to it by strong links, and the
            # opportunity's own item `a` was there first (flagging every member of the
            # smaller side named interview events and their invites, not the weak join).
            items.reason[b] = reason_id
            items.set(b, UNCERTAIN, uncertain)
        else:
            for n in (a, b):
                if items.reason[n] == NONE:
                    items.reason[n] = reason_id
                    items.set(n, UNCERTAIN, False)
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.next[self.tail[ra]] = rb
        self.tail[ra] = self.tail[rb]
        self._merge_keys(ra, rb)
        return True

    def _merge_keys(self, ra: int, rb: int) -> None:
        employers = self.employers(ra) | self.employers(rb)
        roles = self.roles(ra) | self.roles(rb)
        self.many_employers.pop(rb, None)
        self.many_roles.pop(rb, None)
        if len(employers) > 1:
            self.many_employers[ra] = employers
        if len(roles) > 1:
            self.many_roles[ra] = roles
        if self.employer[ra] == NONE:
            self.employer[ra] = self.employer[rb]
        if self.agency[ra] == NONE:
            self.agency[ra] = self.agency[rb]
        if self.role[ra] == NONE:
            self.role[ra] = self.role[rb]
        if self.req[ra] == NONE:
            self.req[ra] = self.req[rb]

    def close(self) -> None:
        """No more unions: let go of what only they read (sizes, tails, requisition ids,
        the sets of several keys) and the items' columns only the passes read, before the
        link tables are written beside linking's peak (~3.4 MB at 100,000 demo messages)."""
        self.size, self.tail, self.req = array("i"), array("i"), array("i")
        self.many_employers.clear()
        self.many_roles.clear()
        self.items.drop_pass_columns()

    def roots_with(self, predicate: Callable[[int], bool]) -> dict[int, None]:
        """Components holding at least one item for which `predicate(n)` is true, in the
        order of their first such item."""
        roots: dict[int, None] = {}
        for n in range(len(self.items)):
            if predicate(n):
                roots.setdefault(self.find(n), None)
        return roots

    def relevant_roots(self) -> dict[int, None]:
        """Components holding a job message."""
        return self.roots_with(self.items.is_relevant_message)
