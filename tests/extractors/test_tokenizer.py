"""extractors.tokenizer: words of scripts written without spaces, English tokens unchanged."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.language import Language

from extractors.pipeline import CONFIG_PATH
from extractors.train import textcat_nlp


def script_nlp(split_kana: bool = True) -> Language:
    tokenizer = {"@tokenizers": "sneaker.ScriptTokenizer.v1", "split_kana": split_kana}
    return spacy.blank("en", config={"nlp": {"tokenizer": tokenizer}})


@pytest.fixture(scope="module")
def nlp() -> Language:
    return script_nlp()


def words(nlp: Language, text: str) -> list[str]:
    return [token.text for token in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DENSO株式会社", ["DENSO", "株式会社"]),
        ("株式会社DENSO", ["株式会社", "DENSO"]),
        ("TOYOTA株式会社HR", ["TOYOTA", "株式会社", "HR"]),
        ("(株式会社DENSO)", ["(", "株式会社", "DENSO", ")"]),
        ("DENSO(デンソー)", ["DENSO", "(", "デンソー", ")"]),
        ("面接のご案内", ["面接", "のご", "案内"]),
        ("「面接」（一次）", ["「", "面接", "」", "（", "一次", "）"]),
        ("結果、今回は。", ["結果", "、", "今回", "は", "。"]),
        ("ソフトウェアエンジニア・組込み", ["ソフトウェアエンジニア", "・", "組込", "み"]),
        ("2026年11月27日", ["2026", "年", "11", "月", "27", "日"]),
        ("ＤＥＮＳＯ株式会社", ["ＤＥＮＳＯ", "株式会社"]),
        ("我们的HR团队", ["我们的", "HR", "团队"]),
        ("บริษัทSCG จำกัด", ["บริษัท", "SCG", "จำกัด"]),
        ("Dear 田中さん, thanks", ["Dear", "田中", "さん", ",", "thanks"]),
    ],
    ids=[
        "latin-then-kanji",
        "kanji-then-latin",
        "kanji-between-latin",
        "brackets-around-mixed",
        "katakana-in-ascii-brackets",
        "kanji-kana-boundaries",
        "cjk-brackets",
        "ideographic-comma-and-stop",
        "katakana-middle-dot",
        "date-digits-and-kanji",
        "full-width-latin",
        "chinese-with-latin",
        "thai-with-latin",
        "english-with-a-japanese-name",
    ],
)
def test_no_space_scripts_split_into_words(nlp, text, expected):
    assert words(nlp, text) == expected


def test_kana_stay_with_kanji_when_not_split():
    assert words(script_nlp(split_kana=False), "面接のご案内、DENSO株式会社") == [
        "面接のご案内",
        "、",
        "DENSO",
        "株式会社",
    ]


def test_text_and_spaces_are_kept(nlp):
    text = "件名：面接  のご案内\n\nDENSO株式会社 人事部\u3000採用担当"
    assert nlp.make_doc(text).text == text


# Text in spaced scripts, with the punctuation, URLs, contractions and numbers the English
# rules handle, and Hangul (spaced, left alone): tokens and spaces as spaCy's own tokenizer.
SPACED = [
    "We regret to inform you we won't be moving forward (Req #12345).",
    "Interview: Tue 3:30pm-4:00pm ET, https://zoom.us/j/123?pwd=x, jobs@acme.co.uk",
    "Sehr geehrte Frau Müller, vielen Dank für Ihre Bewerbung als Ingenieur:in!",
    "Merci « beaucoup » — l'équipe RH... U.S.A. $120,000/yr, 10km, e.g. 5'11\"",
    "Уважаемый кандидат, спасибо! Ваша заявка №42 получена.",
    "شكراً لتقديمك على وظيفة مهندس",
    "삼성전자 채용팀입니다. Samsung에서 연락드립니다.",
    "Başvurunuz için teşekkürler; İK ekibi 2. tur görüşme…",
    "\u200c\u034f  tabs\tand\nnew\n\nlines  ",
]


@pytest.mark.parametrize(
    "text",
    SPACED,
    ids=[
        "english",
        "times-urls",
        "german",
        "french",
        "russian",
        "arabic",
        "korean",
        "turkish",
        "ws",
    ],
)
def test_spaced_scripts_are_tokenized_as_by_spacy(nlp, text):
    expected = [(t.text, t.whitespace_) for t in spacy.blank("en").tokenizer(text)]
    assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == expected
    # the tokenizer of mail with Japanese in it too: its English lines as before
    assert [(t.text, t.whitespace_) for t in nlp.tokenizer.scripts(text)] == expected


def test_pickled_and_serialized_tokenizers_split_the_same(nlp):
    # n_process=2 pickles the pipeline; Language.to_bytes serializes its tokenizer
    text = "Dear 田中さん, DENSO株式会社の結果"
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    restored = script_nlp().tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert words(nlp, text) == [t.text for t in copy(text)] == [t.text for t in restored(text)]


def config_nlp() -> Language:
    """A blank pipeline with the tokenizer config.cfg names (load_nlp builds the same)."""
    tokenizer = spacy.util.load_config(CONFIG_PATH)["nlp"]["tokenizer"]
    return spacy.blank("en", config={"nlp": {"tokenizer": tokenizer}})


@pytest.mark.parametrize(
    "build", [config_nlp, textcat_nlp], ids=["pipeline-config", "textcat-training"]
)
def test_pipeline_and_training_use_the_script_tokenizer(build):
    # the textcat is trained on the tokens it reads at classify time
    assert words(build(), "DENSO株式会社") == ["DENSO", "株式会社"]
