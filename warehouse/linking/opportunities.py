"""Components become opportunities; the user's merge overrides are applied here."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from warehouse.linking.items import Names
from warehouse.linking.union_find import Linker


def opportunity_id(anchor_id: str) -> str:
    """Stable across rebuilds: named after the opportunity's earliest job message."""
    return "opp_" + hashlib.md5(anchor_id.encode()).hexdigest()[:12]


def assemble(
    linker: Linker, overrides: Sequence[dict[str, Any]], names: Names
) -> tuple[dict[int, str], list[dict[str, Any]]]:
    """Map item index -> opportunity id, and one key row per opportunity.

    A component is an opportunity when it holds a job message (or an item the user split
    out); its id comes from its earliest such message.
    """
    items, frozen = linker.items, linker.frozen
    components: dict[int, list[int]] = defaultdict(list)
    for n in range(len(items)):
        components[linker.find(n)].append(n)
    natural: dict[str, int] = {}
    for root, members in components.items():
        anchors = [n for n in members if items[n].is_relevant or n in frozen]
        if anchors:
            first = min(anchors, key=lambda n: (items[n].at is None, items[n].at, items[n].item_id))
            natural[opportunity_id(items[first].item_id)] = root

    merged_into: dict[str, str] = {}
    for o in overrides:
        if o["action"] == "merge" and o["opportunity_id"] and o["other_id"]:
            for key in (o["opportunity_id"], o["other_id"]):
                if key not in natural:
                    linker.issues.append(
                        {
                            "item_type": "override",
                            "item_id": key,
                            "issue": "override refers to an unknown opportunity",
                            "detail": "merge",
                        }
                    )
            merged_into[o["other_id"]] = o["opportunity_id"]

    def final_id(key: str) -> str:
        seen: set[str] = set()
        while key in merged_into and key not in seen and merged_into[key] in natural:
            seen.add(key)
            key = merged_into[key]
        return key

    groups: dict[str, list[str]] = defaultdict(list)
    opportunity_of: dict[int, str] = {}
    for key, root in natural.items():
        target = final_id(key)
        groups[target].append(key)
        for n in components[root]:
            opportunity_of[n] = target

    rows = []
    for target, keys in groups.items():
        states = [linker.state[natural[k]] for k in keys]
        members = [n for k in keys for n in components[natural[k]]]
        employer = next((s.employer for s in states if s.employer), None)
        agency = next((s.agency for s in states if s.agency), None)
        role_votes = Counter(items[n].role for n in members if items[n].role)
        role = role_votes.most_common(1)[0][0] if role_votes else None
        rows.append(
            {
                "opportunity_id": target,
                "employer_key": employer,
                "employer_name": names.org(employer),
                "agency_key": agency,
                "agency_name": names.org(agency),
                "role_key": role,
                "role_name": names.role(role),
                "link_reasons": sorted({items[n].reason for n in members if items[n].reason}),
                "is_uncertain_link": any(items[n].uncertain for n in members),
                "merged_ids": sorted(k for k in keys if k != target),
                "is_split": any(n in frozen for n in members),
            }
        )
    return opportunity_of, rows
