"""extractors.org_cjk_names: employer names in Chinese, Japanese or Korean script."""

from __future__ import annotations

import pytest

from extractors.org_cjk_names import cjk_company


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("株式会社ミドリ精機 キャリア採用事務局", "ミドリ精機"),
        ("アオバ電機株式会社 人事部", "アオバ電機"),
        ("(株)ヒカリ工業 採用担当", "ヒカリ工業"),
        ("하늘뱅크 채용", "하늘뱅크"),
        ("(주)바다소프트 인사팀", "바다소프트"),
        ("星河科技有限公司", "星河科技"),
        ("QX招聘", "QX"),
        ("星河集团", "星河集团"),
        ("人事部", "人事部"),
        ("株式会社", "株式会社"),
        ("Acme Talent Team", "Acme Talent Team"),
        ("株式会社ミドリ精機 人事部 採用担当", "ミドリ精機"),
        ("하늘뱅크 인사 채용", "하늘뱅크"),
    ],
    ids=[
        "japanese-legal-form-first-and-recruiting-office",
        "japanese-legal-form-last-and-personnel-department",
        "bracketed-legal-form",
        "korean-recruiting",
        "korean-legal-form-and-personnel-team",
        "chinese-limited-company",
        "chinese-recruiting-without-a-space",
        "a-group-is-part-of-the-name",
        "an-office-alone-is-kept",
        "a-legal-form-alone-is-kept",
        "latin-names-untouched",
        "stacked-offices-japanese",
        "stacked-offices-korean",
    ],
)
def test_cjk_company(name, expected):
    assert cjk_company(name) == expected


@pytest.mark.parametrize(
    "name", ["株式会社ミドリ精機 人事部 採用担当", "하늘뱅크 인사 채용", "人事部"]
)
def test_cjk_company_is_idempotent(name):
    once = cjk_company(name)
    assert cjk_company(once) == once
