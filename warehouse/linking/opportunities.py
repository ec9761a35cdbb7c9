"""Components become opportunities; the user's merge and attach overrides are applied here.

A component is an opportunity when it holds a job message (or an item the user split
out); it is named after its earliest such item (`OPPORTUNITY_ID_SQL`). Items are numbered in
that order (time, then id), so the earliest is the first in number, and an item split out
is never linked to anything, so it is alone. Ids stay in DuckDB: an opportunity is known
here by its anchor item, and its id is computed where the link tables are written.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from warehouse.linking.items import NONE, UNCERTAIN, Names
from warehouse.linking.union_find import USER_ATTACH, Linker

# An opportunity's id, over `_link_ids` (item number -> id): "opp_" and the first 12 hex
# digits of the MD5 of its anchor's id, so it is stable across rebuilds.
OPPORTUNITY_ID_SQL = "'opp_' || substr(md5(item_id), 1, 12)"


@dataclass
class Opportunities:
    """Which component is which opportunity, and which opportunities the user merged."""

    linker: Linker
    anchor: array  # root -> its anchor item, NONE when the component is no opportunity
    roots: array  # the opportunities' roots, in the order of their first item
    target: dict[int, int] = field(default_factory=dict)  # merged root -> kept root
    merged_keys: dict[int, list[str]] = field(default_factory=dict)  # kept root -> others
    # (override action, opportunity id or item id) naming nothing this build knows
    unknown_keys: list[tuple[str, str]] = field(default_factory=list)
    attached: set[int] = field(default_factory=set)  # items the user attached
    refused: list[int] = field(default_factory=list)  # attaches of an item held elsewhere

    def anchor_of(self, n: int) -> int:
        """The anchor item of the opportunity item `n` belongs to (NONE: none)."""
        root = self.linker.find(n)
        if self.anchor[root] == NONE:
            return NONE
        return self.anchor[self.target.get(root, root)]

    def groups(self) -> Iterator[tuple[int, list[int]]]:
        """(kept root, its roots in order) for every final opportunity."""
        members: dict[int, list[int]] = {}
        for root in self.roots:
            if root in self.target:
                members.setdefault(self.target[root], []).append(root)
        done: set[int] = set()
        for root in self.roots:
            kept = self.target.get(root, root)
            if kept not in members:
                yield root, [root]
            elif kept not in done:
                done.add(kept)
                yield kept, members[kept]


def _natural_keys(
    con: duckdb.DuckDBPyConnection, anchor: array, linker: Linker, keys: set[str]
) -> dict[str, int]:
    """The roots of the opportunities named `keys` (those that exist)."""
    if not keys:
        return {}
    found = con.execute(
        f"select n, {OPPORTUNITY_ID_SQL} as key from _link_ids "
        f"where {OPPORTUNITY_ID_SQL} in (select unnest(?::varchar[]))",
        [sorted(keys)],
    ).fetchall()
    natural = {}
    for n, key in found:
        root = linker.find(n)
        if anchor[root] == n:
            natural[key] = root
    return natural


def assemble(
    linker: Linker, overrides: Sequence[tuple[Any, ...]], con: duckdb.DuckDBPyConnection
) -> Opportunities:
    """Find each component's anchor and apply the user's merges."""
    items, frozen = linker.items, linker.frozen
    size = len(items)
    anchor = array("i", [NONE]) * size
    for n in range(size):
        if items.is_relevant_message(n) or n in frozen:
            root = linker.find(n)
            if anchor[root] == NONE:
                anchor[root] = n
    roots, seen = array("i"), bytearray(size)
    for n in range(size):
        root = linker.find(n)
        if anchor[root] != NONE and not seen[root]:
            seen[root] = 1
            roots.append(root)
    del seen
    result = Opportunities(linker, anchor, roots)

    merges = [(o[1], o[2]) for o in overrides if o[0] == "merge" and o[1] and o[2]]
    attaches = [(o[1], o[2]) for o in overrides if o[0] == "attach" and o[1] and o[2]]
    natural = _natural_keys(
        con, anchor, linker, {k for pair in merges for k in pair} | {k for k, _ in attaches}
    )
    merged_into: dict[str, str] = {}
    for kept, other in merges:
        for key in (kept, other):
            if key not in natural:
                result.unknown_keys.append(("merge", key))
        merged_into[other] = kept

    def final_id(key: str) -> str:
        seen: set[str] = set()
        while key in merged_into and key not in seen and merged_into[key] in natural:
            seen.add(key)
            key = merged_into[key]
        return key

    for key, root in natural.items():
        kept = final_id(key)
        if kept != key:
            result.target[root] = natural[kept]
            result.merged_keys.setdefault(natural[kept], []).append(key)
    for kept, others in result.merged_keys.items():
        result.target[kept] = kept
        others.sort()
    _attach(result, attaches, natural, con)
    return result


def _attach(
    opps: Opportunities,
    attaches: Sequence[tuple[str, str]],
    natural: dict[str, int],
    con: duckdb.DuckDBPyConnection,
) -> None:
    """Join each item the user attached to its opportunity. Only an item in no opportunity
    is attached (an interview event far from every mail, mail no key links): moving one
    out of another opportunity would be a silent merge or split, so it is reported."""
    if not attaches:
        return
    found = dict(
        con.execute(
            "select item_id, n from _link_ids where item_id in (select unnest(?::varchar[]))",
            [sorted({item for _, item in attaches})],
        ).fetchall()
    )
    linker = opps.linker
    for key, item in attaches:
        n = found.get(item)
        if key not in natural or n is None:
            opps.unknown_keys.append(("attach", key if key not in natural else item))
            continue
        root = linker.find(n)
        if opps.anchor[root] != NONE or n in linker.frozen:
            if root != linker.find(natural[key]):
                opps.refused.append(n)
            continue
        # `onto`: the opportunity's root stays its root, so its anchor and id are kept.
        linker.union(natural[key], n, USER_ATTACH, force=True, onto=True)
        opps.attached.add(n)


def key_rows(opps: Opportunities, names: Names) -> Iterator[tuple[Any, ...]]:
    """One row per opportunity: (anchor item, employer, employer name, agency, agency name,
    role, role name, link reasons, uncertain, merged ids, split)."""
    linker = opps.linker
    items, strings = linker.items, linker.items.strings
    reason_lists: dict[frozenset[int], list[str]] = {}
    for kept, roots in opps.groups():
        employer = next((linker.employer[r] for r in roots if linker.employer[r] != NONE), NONE)
        agency = next((linker.agency[r] for r in roots if linker.agency[r] != NONE), NONE)
        # The most frequent role; a tie goes to the one met first (in number order).
        votes: dict[int, list[int]] = {}
        reasons: set[int] = set()
        uncertain = split = False
        for position, root in enumerate(roots):
            for n in linker.members(root):
                role = items.role[n]
                if role != NONE:
                    vote = votes.setdefault(role, [0, position, n])
                    vote[0] += 1
                    vote[1:] = min(vote[1:], [position, n])
                if items.reason[n] != NONE:
                    reasons.add(items.reason[n])
                uncertain = uncertain or items.has(n, UNCERTAIN)
                split = split or n in linker.frozen
        role = min(votes, key=lambda r: (-votes[r][0], votes[r][1], votes[r][2]), default=NONE)
        frozen_reasons = frozenset(reasons)
        if frozen_reasons not in reason_lists:
            reason_lists[frozen_reasons] = sorted(strings.values[r] for r in reasons)
        employer_key, agency_key, role_key = (strings.get(k) for k in (employer, agency, role))
        yield (
            opps.anchor[kept],
            employer_key,
            names.org(employer_key),
            agency_key,
            names.org(agency_key),
            role_key,
            names.role(role_key),
            reason_lists[frozen_reasons],
            uncertain,
            opps.merged_keys.get(kept, []),
            split,
        )
