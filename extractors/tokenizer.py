"""`sneaker.ScriptTokenizer.v1`: the English tokenizer, plus splits for scripts written
without spaces between words (Han, Kana, Thai, Lao, Khmer, Myanmar).

spaCy's English tokenizer splits at whitespace and then strips punctuation from the ends of
each piece, so a Japanese sentence (no spaces) was one token, company and title included:
no rule and no textcat feature could see its words. This tokenizer adds, for those scripts
only, a run of one script (Han, Hiragana, Katakana, full-width Latin, Thai ...) and each CJK
punctuation mark as a prefix, a suffix and an infix of the English rules. spaCy's
tokenizer strips prefixes and suffixes again and again, so a mixed piece comes apart at its
script boundaries (`DENSO株式会社` -> `DENSO` `株式会社`) and the Latin left in it is
tokenized by the English rules as before.

Text without a character of those scripts (or a full-width form) is tokenized by
`spacy.Tokenizer.v1` itself, exactly as before and as fast (tests/extractors/test_tokenizer.py;
`sneaker classify` output byte-identical on the sets without such characters); every added
pattern needs such a character to match, so the English parts of Japanese mail are tokenized
as before too. Hangul is left alone: Korean is written with spaces.

Han and Kana runs are split from each other (split_kana): in Japanese the Kana between Kanji
compounds are mostly particles and inflections (`書類選考` `の` `結果`), and Katakana runs are
loanwords (`エンジニア`), so the split gives the words a bag of words can learn. No dictionary
segmenter (SudachiPy, jieba) is needed; Thai and the other scripts without spaces are cut
only at punctuation and script boundaries, which a dictionary would be needed to do better.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

# Ideographs (CJK unified, extensions A-F, compatibility) and the marks written inside Kanji
# words: 々 (repeat), 〆, 〇, 〻.
HAN = "\u3005\u3006\u3007\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HIRAGANA = "\u3041-\u309f"
# ー (long vowel mark) belongs to Katakana words; ・ (U+30FB) is punctuation, below.
KATAKANA = "\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
THAI = "\u0e00-\u0e7f"
LAO = "\u0e80-\u0eff"
KHMER = "\u1780-\u17ff"
MYANMAR = "\u1000-\u109f"
# Full-width Latin letters and digits (ＤＥＮＳＯ, ２０２６), written inside CJK text.
FULL_WIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# CJK symbols and punctuation (U+3001-303F, less the Han marks above), the Katakana middle
# dot and the full-width punctuation (U+FF01-FF65): 、。「」『』（）：！？・, each its own token.
CJK_PUNCT = (
    "\u3001-\u3004\u3008-\u303a\u303c-\u303f\u30fb"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)

_RUNS = (HAN, HIRAGANA, KATAKANA, FULL_WIDTH_ALNUM, THAI, LAO, KHMER, MYANMAR)


def script_pieces(split_kana: bool = True) -> list[str]:
    """Regexes of the pieces a no-space script splits into: a run of one script (Han, Kana
    and Katakana together when not split_kana) or one CJK punctuation mark."""
    runs = list(_RUNS) if split_kana else [HAN + HIRAGANA + KATAKANA, *_RUNS[3:]]
    return [f"[{chars}]+" for chars in runs] + [f"[{CJK_PUNCT}]"]


# A character of the scripts above: text without one goes to the plain English tokenizer.
_SCRIPT_CHAR = re.compile(f"[{''.join((*_RUNS, CJK_PUNCT))}]")


class ScriptTokenizer:
    """Two spaCy tokenizers over one vocab: the language's own for text without a character
    of the scripts above (most mail: one regex search, ~1 µs, then exactly the English
    tokens), and the same rules with the script pieces added for text with one (adding them
    to every text cost 10-15% of the tokenizer's time on English mail)."""

    def __init__(self, spaced: Tokenizer, scripts: Tokenizer) -> None:
        self.spaced = spaced
        self.scripts = scripts

    def __call__(self, text: str) -> Doc:
        # isascii is O(1) on CPython's compact strings; most English mail stops there
        if text.isascii() or _SCRIPT_CHAR.search(text) is None:
            return self.spaced(text)
        return self.scripts(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # spaCy's Language (to_bytes, to_disk) serializes its tokenizer: the script one's rules
    # are the English ones plus the pieces, so it stands for both.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.scripts.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> ScriptTokenizer:
        self.scripts.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.scripts.to_disk(path, **kwargs)

    def from_disk(self, path: str | Path, **kwargs: Any) -> ScriptTokenizer:
        self.scripts.from_disk(path, **kwargs)
        return self


def _tokenizer(nlp: Language, pieces: list[str]) -> Tokenizer:
    """spaCy's tokenizer for the language's defaults (as `spacy.Tokenizer.v1`), with pieces
    added to its prefixes, suffixes and infixes. Appended last: where an English pattern
    also matches (。、「」 are in its lists), the English one is the first alternative and
    wins, as before."""
    defaults = nlp.Defaults
    prefixes = [*(defaults.prefixes or []), *pieces]
    suffixes = [*(defaults.suffixes or []), *pieces]
    infixes = [*(defaults.infixes or []), *pieces]
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("sneaker.ScriptTokenizer.v1")
def create_script_tokenizer(split_kana: bool = True) -> Callable[[Language], ScriptTokenizer]:
    """The English tokenizer for spaced text and one that also splits the scripts written
    without spaces (script_pieces) for text in them."""

    def make(nlp: Language) -> ScriptTokenizer:
        spaced = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        return ScriptTokenizer(spaced, _tokenizer(nlp, script_pieces(split_kana)))

    return make
