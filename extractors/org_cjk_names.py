"""Employer names written in Chinese, Japanese or Korean script, as a reader names them.

A sender's display name there is often the company with its legal form and its hiring
office ("株式会社デンソー キャリア採用事務局", "카카오뱅크 채용", "DJI招聘"); people name the
company alone ("デンソー", "카카오뱅크"), as they drop "Inc." and "Talent Acquisition" from
a Latin name (org_names.ORG_TAIL, org_full_names.regional_unit). These words are the
scripts' own, written with or without a space before them. `cjk_person` tells a person's
name in these scripts (senders.looks_like_person asks it): a sender "小野寺 美沙" is no
employer.
"""

from __future__ import annotations

import re

# Legal forms: Japanese kabushiki/yugen/godo kaisha, Korean jusik hoesa, Chinese "limited
# (liability / by shares) company"; in full, in brackets or as one sign.
_LEGAL = (
    r"(?:株式会社|有限会社|合同会社|[(（]株[)）]|㈱|"
    r"주식회사|[(（]주[)）]|㈜|"
    r"股份有限公司|有限责任公司|有限責任公司|有限公司)"
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


# The commonest family names: Chinese (mainland and Taiwan spellings), Korean; with a given
# name of one or two characters they make a person's name ("陈默", "정민호"), as a sender's
# display name or a signature writes it. Japanese names are told by the space between family
# and given name ("小野寺 美沙"), which company names in kanji do not write.
_HAN_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙周吴吳徐孙孫朱胡郭何林罗羅郑鄭梁谢謝宋唐许許邓鄧冯馮"
    "韩韓曹曾彭萧蕭蔡潘田董袁于余叶葉蒋蔣杜苏蘇魏程吕呂丁沈任姚卢盧傅钟鍾姜崔谭譚廖范"
    "汪陆陸石戴贾賈韦韋夏邱侯邹鄒熊孟秦薛尹段雷黎史陶贺賀顾顧郝龚龔邵严嚴赖賴洪武孔"
)
_HANGUL_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진"
)
# Words that make a name an organization's in these scripts (company, bank, group, school,
# hospital, center ...). Katakana needs none: the name patterns below admit only Han,
# hiragana and Hangul, so a katakana brand ("アオバ 電機") is never a person.
_ORG_WORDS = re.compile(
    r"公司|集团|集團|银行|銀行|科技|会社|會社|大学|大學|学校|學校|医院|醫院|中心|"
    r"회사|그룹|은행|병원|학교|센터|재단"
)
_HAN_RANGES = r"\u3400-\u4dbf\u4e00-\u9fff"  # CJK ideographs and extension A
_HAN = rf"[{_HAN_RANGES}]"
# the given name: a kanji, then up to two kanji or hiragana ("美沙", "真", "美さき")
_JAPANESE_PERSON = re.compile(rf"{_HAN}{{1,3}}[ \u3000]{_HAN}[\u3040-\u309f{_HAN_RANGES}]{{0,2}}")
_HAN_NAME = re.compile(rf"{_HAN}{{2,3}}")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{3}")


# A title or honorific after a family name ("前田 部長", "営業 部長", "森下 様"): how a mail
# addresses or signs a post, no given name.
_TITLE_END = re.compile(
    r"[ \u3000](?:部長|課長|社長|会長|係長|次長|室長|所長|店長|主任|担当|専務|常務|"
    r"様|さま|さん|殿|先生)$"
)
# Job-mail words that open with a common family name's character or syllable (consultant,
# senior, programmer; permanent post, CV, expert): words, no name.
_WORDS_LIKE_NAMES = frozenset(
    ["顾问", "顧問", "高级", "高級", "程序员", "정규직", "이력서", "전문가", "한국어"]
)


def cjk_person(name: str) -> bool:
    """A person's name in Chinese, Japanese or Korean script: a common family name and a
    given name of one or two characters ("陈默", "정민호"), or a Japanese family and given
    name with a space between ("小野寺 美沙"); never a name with a company word or ending
    in a hiring office ("青葉 人事部", "星河 招聘": a company's display name), a title
    ("前田 部長"), a doubled character ("谢谢") or a common word ("顾问", "정규직")."""
    name = name.strip()
    if name.isascii() or _ORG_WORDS.search(name) or _OFFICE_END.search(name):
        return False
    if _TITLE_END.search(name) or name in _WORDS_LIKE_NAMES:
        return False
    if len(name) == 2 and name[0] == name[1]:
        return False
    if _JAPANESE_PERSON.fullmatch(name):
        return True
    if _HAN_NAME.fullmatch(name):
        return name[0] in _HAN_SURNAMES
    if _HANGUL_NAME.fullmatch(name):
        return name[0] in _HANGUL_SURNAMES
    return False
