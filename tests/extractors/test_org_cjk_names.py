"""extractors.org_cjk_names: employer names in Chinese, Japanese or Korean script."""

from __future__ import annotations

import pytest

from extractors.org_cjk_names import cjk_company, cjk_person


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("株式会社ミドリ精機 キャリア採用事務局", "ミドリ精機"),
        ("アオバ電機株式会社 人事部", "アオバ電機"),
        ("(株)ヒカリ工業 採用担当", "ヒカリ工業"),
        ("하늘뱅크 채용", "하늘뱅크"),
        ("(주)바다소프트 인사팀", "바다소프트"),
        ("星河科技有限公司", "星河科技"),
        ("星河科技有限責任公司", "星河科技"),
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
        "traditional-chinese-limited-liability-company",
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


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("高桥 美奈", True),
        ("小野寺 真", True),
        ("陈晓", True),
        ("欧阳 明", True),
        ("최지훈", True),
        ("星河科技", False),
        ("华为", False),
        ("하늘뱅크", False),
        ("한빛그룹", False),
        ("アオバ 電機", False),
        ("星河 科技", False),
        ("林医院", False),
        ("김병원", False),
        ("青葉 人事部", False),
        ("星河 招聘", False),
        ("人事部 採用", False),
        ("Jane Doe", False),
        ("前田 部長", False),
        ("営業 部長", False),
        ("谢谢", False),
        ("顾问", False),
        ("정규직", False),
    ],
    ids=[
        "japanese-family-space-given",
        "japanese-three-character-family-name",
        "chinese-common-family-name",
        "chinese-family-name-and-space",
        "korean-three-syllables-common-family-name",
        "chinese-brand-of-four-characters",
        "chinese-brand-without-a-common-family-name",
        "korean-brand-of-four-syllables",
        "korean-group-of-four-syllables",
        "katakana-brand",
        "chinese-company-word-after-a-space",
        "family-name-and-hospital",
        "korean-family-name-and-hospital",
        "kanji-company-and-personnel-office",
        "chinese-company-and-recruiting-with-a-space",
        "offices-alone",
        "latin-name",
        "family-name-and-title",
        "department-and-title",
        "doubled-character",
        "chinese-word-led-by-a-family-name",
        "korean-word-led-by-a-family-name",
    ],
)
def test_cjk_person(name, expected):
    assert cjk_person(name) is expected
