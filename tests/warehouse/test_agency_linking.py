"""An agency's mail: which threads are one opportunity, and which are no opportunity."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.warehouse.scenario import Mailbox, at, build, message_groups

AGENCY = "Northstar Staffing"
KAREN = "karen@northstarstaffing.com"


def karen(box: Mailbox, thread: str) -> Callable[..., Mailbox]:
    """Karen's mail in one thread; the extractor gives the agency as company when the
    mail names no client."""
    return box.conversation(sender=KAREN, agency=AGENCY, company=AGENCY, thread=thread)


@pytest.mark.parametrize(
    "client_in_every_mail",
    [True, False],
    ids=["client-in-every-mail", "client-in-the-first-mail-only"],
)
def test_one_role_at_a_named_client_and_at_an_unnamed_one_stay_apart(
    client_in_every_mail: bool,
) -> None:
    box = Mailbox()
    named = karen(box, "s")
    named("s1", at(0), kind="status_update", company="Sagespring", role="Senior API Engineer")
    named(
        "s2",
        at(2),
        kind="rejection",
        role="Senior API Engineer",
        **({"company": "Sagespring"} if client_in_every_mail else {}),
    )
    unnamed = karen(box, "u")
    unnamed("u1", at(10), kind="status_update", role="Senior API Engineer")
    unnamed("u2", at(14), kind="rejection", role="Senior API Engineer")
    con = build(box)
    assert message_groups(con) == [["s1", "s2"], ["u1", "u2"]]


@pytest.mark.parametrize(
    ("first_client", "second_client", "groups"),
    [
        (None, None, [["a1", "b1"]]),
        ("Sagespring", "Sagespring", [["a1", "b1"]]),
        ("Sagespring", "Quarryport", [["a1"], ["b1"]]),
    ],
    ids=["no-client-in-either", "same-client-in-both", "two-clients"],
)
def test_an_agency_role_links_across_threads_when_the_clients_agree(
    first_client: str | None, second_client: str | None, groups: list[list[str]]
) -> None:
    box = Mailbox()
    for key, client, day in (("a1", first_client, 0), ("b1", second_client, 9)):
        mail = karen(box, key)
        mail(key, at(day), kind="status_update", role="Data Engineer", company=client or AGENCY)
    assert message_groups(build(box)) == groups
