"""A job board's own name is no employer: its notice names the employer."""

import pytest

from extractors.org_public_bodies import BOARD_NAME

PIPES = ("sneaker_org",)


def test_a_job_boards_application_notice_names_the_employer_not_the_board(run_pipes) -> None:
    doc = run_pipes(
        PIPES,
        from_name="Jobberman",
        from_addr="noreply@jobberman.com",
        subject="Application successful: Credit Risk Analyst at Kestrel Finance",
        body_text="Your application for Credit Risk Analyst at Kestrel Finance was sent.",
    )
    assert doc._.facts["company"] == "Kestrel Finance"


@pytest.mark.parametrize(
    ("display", "board"),
    [("Civil Service Jobs", "Civil Service"), ("GC Jobs / Emplois GC", "GC")],
    ids=["one-language", "bilingual"],
)
def test_a_boards_display_name_is_read_as_the_board(display: str, board: str) -> None:
    found = BOARD_NAME.fullmatch(display)
    assert found is not None and found.group(1) == board
