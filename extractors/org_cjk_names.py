"""Employer names written in Chinese, Japanese or Korean script, as a reader names them.

A sender's display name there is often the company with its legal form and its hiring
office ("株式会社デンソー キャリア採用事務局", "카카오뱅크 채용", "DJI招聘"); people name the
company alone ("デンソー", "카카오뱅크"), as they drop "Inc." and "Talent Acquisition" from
a Latin name (org_names.ORG_TAIL, org_full_names.regional_unit). These words are the
scripts' own, written with or without a space before them.
"""

from __future__ import annotations

import re

# Legal forms: Japanese kabushiki/yugen/godo kaisha, Korean jusik hoesa, Chinese "limited
# (liability / by shares) company"; in full, in brackets or as one sign.
_LEGAL = (
    r"(?:株式会社|有限会社|合同会社|[(（]株[)）]|㈱|"
    r"주식회사|[(（]주[)）]|㈜|"
    r"股份有限公司|有限责任公司|有限公司)"
)
_LEGAL_HEAD = re.compile(rf"^{_LEGAL}\s*")
_LEGAL_END = re.compile(rf"\s*{_LEGAL}$")
# The hiring or personnel office that signs: Japanese saiyo (recruiting: career, new
# graduate, mid-career) and jinji (personnel) with their desk, team or department words;
# Korean chaeyong (recruiting), insa (personnel) and their team / person in charge; Chinese
# zhaopin (recruiting: campus, experienced) and renli ziyuan (human resources).
_OFFICE_END = re.compile(
    r"(?:[\s・·]*(?:"
    r"(?:キャリア|新卒|中途|経験者)?採用(?:担当|事務局|チーム|グループ|センター|窓口|部|課)?|"
    r"人事(?:部|課|グループ|チーム)?|"
    r"(?:채용|인사|인재영입)(?:팀|담당자?|실)?|"
    r"(?:校园|校園|社会|社會)?招聘(?:团队|團隊|组|組|中心|部)?|"
    r"人力资源部?|人力資源部?"
    r"))+$"  # stacked: "人事部 採用担当"
)


def cjk_company(name: str) -> str:
    """The company of a name with its legal form and hiring office dropped ("スズキ株式会社
    人事部" -> "スズキ"); the name itself when nothing else would be left."""
    if name.isascii():
        return name
    trimmed = name
    for pattern in (_OFFICE_END, _LEGAL_END, _LEGAL_HEAD):
        trimmed = pattern.sub("", trimmed)
    return trimmed.strip() or name
