"""sneaker_kind rules (no textcat) on a board's count of searches the candidate appeared in
and its digest subject "<first posting> and N more", in the languages beside English
(session 23). All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

BOARD = {"from_name": "Jobs", "from_addr": "notifications-noreply@jobboard-mailer.com"}

COUNTS_AND_DIGESTS = [
    (
        "italian-appeared-in-searches",
        BOARD,
        "Sei apparsa in 41 ricerche questa settimana",
        "Scopri chi ti ha cercato.",
        "job_alert",
    ),
    (
        "italian-first-posting-and-more",
        BOARD,
        "“buyer”: Moda Rossi - Buyer e altre 11 offerte",
        "Buyer - Moda Rossi - Milano. Merchandiser - Casa Verdi - Milano.",
        "job_alert",
    ),
    (
        "french-appeared-in-searches",
        BOARD,
        "Vous êtes apparu dans 12 recherches cette semaine",
        "Découvrez qui vous a cherché.",
        "job_alert",
    ),
    (
        "spanish-first-posting-and-more",
        BOARD,
        "“analista”: Grupo Norte - Analista y 8 ofertas más",
        "Analista - Grupo Norte - Lima.",
        "job_alert",
    ),
    (
        "portuguese-appeared-in-searches",
        BOARD,
        "Você apareceu em 9 pesquisas esta semana",
        "Veja quem pesquisou por você.",
        "job_alert",
    ),
]


@by_id(COUNTS_AND_DIGESTS)
def test_search_counts_and_digests_are_job_alerts(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected
