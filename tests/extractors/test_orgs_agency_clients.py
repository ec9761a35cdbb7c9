"""An agency names its client after 'the client (is)' and its like in other languages, or in
a 'Cliente:' field: the client is the employer and the agency stays the agency."""

import pytest

PIPES = ("sneaker_org",)


@pytest.mark.parametrize(
    ("addr", "body", "company"),
    [
        (
            "k.reed@hays.com",
            "Good news - the client is Vantor Bank, and they'd like to meet.",
            "Vantor Bank",
        ),
        (
            "k.reed@hays.com",
            "I've submitted your CV to the client (Orvel Foods) today.",
            "Orvel Foods",
        ),
        (
            "c.roy@randstad.fr",
            "Bonne nouvelle !\n\nLe client, c'est Brisemer, et l'équipe souhaite vous voir.",
            "Brisemer",
        ),
        (
            "a.nowak@manpower.pl",
            "Dzień dobry,\n\nnasz klient, firma Solvik, poszukuje osoby na stanowisko.",
            "Solvik",
        ),
        (
            "j.ruiz@randstad.es",
            "Hola,\n\nnuestro cliente, Torrevia Logística, busca un jefe de almacén.",
            "Torrevia Logística",
        ),
        (
            "j.bos@randstad.nl",
            "Hoi,\n\nonze klant Veldkamp Transport zoekt een planner.",
            "Veldkamp Transport",
        ),
        (
            "t.lima@hays.pt",
            "Olá,\n\nFunção: UX Lead\nCliente: Banco Alvor\nLocal: Lisboa",
            "Banco Alvor",
        ),
    ],
    ids=[
        "the-client-is",
        "the-client-bracketed",
        "le-client-c-est",
        "nasz-klient-firma",
        "nuestro-cliente",
        "onze-klant",
        "cliente-field",
    ],
)
def test_an_agency_names_its_client(run_pipes, addr, body, company) -> None:
    doc = run_pipes(PIPES, from_name="Sam Reyes", from_addr=addr, subject="Update", body_text=body)
    assert doc._.facts["company"] == company
    assert doc._.facts["agency"] not in (None, company)


def test_the_client_followed_by_a_lowercase_word_names_no_client(run_pipes) -> None:
    body = "Hi,\n\nthe client is looking for someone with SQL. Interested?"
    doc = run_pipes(
        PIPES, from_name="Sam Reyes", from_addr="k.reed@hays.com", subject="Role", body_text=body
    )
    assert (doc._.facts["company"], doc._.facts["agency"]) == ("Hays", "Hays")
