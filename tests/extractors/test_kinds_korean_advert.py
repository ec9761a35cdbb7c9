"""sneaker_kind rules (no textcat) on Korean advertisements: a subject headed "(광고)" (the
advertiser's mark the law asks for) is a board's promotion (job_alert) or a shop's (other),
never news of an application. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

SEOUL_BOARD = {"from_name": "잡보드", "from_addr": "news@jobboard-mailer.co.kr"}
SEOUL_SHOP = {"from_name": "스토어", "from_addr": "ad@shop-mailer.co.kr"}
RECRUITER = {"from_name": "Team Lead", "from_addr": "recruiting@northwind-example.com"}

ADVERTS = [
    (
        "korean-advert-for-postings-is-an-alert",
        SEOUL_BOARD,
        "(광고) 서연님, 지금 지원하면 좋은 데이터분석 공고 8건",
        "지원 완료되었습니다 같은 안내가 아니라, 추천 공고입니다.",
        "job_alert",
    ),
    (
        "korean-advert-for-a-sale-is-other",
        SEOUL_SHOP,
        "(광고) 가을 특가 최대 50% 할인",
        "지금 바로 확인하세요.",
        "other",
    ),
    (
        "korean-subject-with-advert-word-inside-is-read-as-usual",
        RECRUITER,
        "[면접 안내] 데이터 분석가 (광고사업부)",
        "면접 일정 안내드립니다. 다음 주 화요일 오후 2시에 뵙겠습니다.",
        "interview_invitation",
    ),
]


@by_id(ADVERTS)
def test_korean_advert_is_an_alert_or_other(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected
