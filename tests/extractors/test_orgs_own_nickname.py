"""In the user's own mail the name they sign by is never the employer, even a nickname
their From name does not spell ("Mitch" of Mitchell) when their address begins with it."""

import pytest

from tests.extractors.org_cases import PIPES


@pytest.mark.parametrize(
    ("addr", "signed", "company"),
    [
        ("mitch.farrow84@gmail.com", "Mitch", None),
        # (an address that does not begin with the signed name leaves it to the other rules)
        ("m.farrow84@gmail.com", "Calloway", "Calloway"),
    ],
    ids=["nickname-in-address", "other-signature-kept"],
)
def test_own_reply_signed_by_nickname(run_pipes, addr, signed, company) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Mitchell Farrow",
        from_addr=addr,
        to_addrs=["chloe.brennan@gmail.com"],
        is_from_me=True,
        subject="RE: Project Manager role",
        body_text=f"Hi Chloe,\n\nThanks, Tuesday at 10 works for me.\n\nCheers,\n{signed}",
    )
    assert doc._.facts["company"] == company
