"""Decoding bytes and RFC 2047 headers whatever charset a mail claims, never raising.

Real mail names charsets Python does not know ("x-unknown", "ks_c_5601-1987"), names
binary codecs as charsets ("base64"), or lies (GB2312 text with GBK characters). Every
function here returns text; undecodable bytes become U+FFFD.
"""

from __future__ import annotations

import codecs
import functools
from email.header import Header, decode_header

# Labels mail uses for charsets Python knows under another name, or a superset that
# decodes what the sender really meant (GB2312 mail is nearly always GBK/GB18030).
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "iso-2022-jp": "iso2022_jp_ext",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
}
# Unknown labels, and ASCII (which 8-bit mail often claims while sending UTF-8): guess.
_GUESS = {
    "", "unknown-8bit", "x-unknown", "unknown", "default", "8bit", "x-user-defined",
    "ascii", "us-ascii", "ansi_x3.4-1968",
}  # fmt: skip
FALLBACK = "cp1252"


@functools.lru_cache(maxsize=256)
def codec_for(charset: str | None) -> str | None:
    """A text codec name for a mail charset label, or None when unknown or not text."""
    if charset is None:
        return None
    label = charset.strip().strip("\"'").lower()
    if label in _GUESS:
        return None
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    # "base64", "zlib", "rot13" are codecs too, but not for text.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from `data` in `charset`; unknown charsets try UTF-8, then Windows-1252."""
    codec = codec_for(charset)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError):
            # A mislabelled part: UTF-8 is the likeliest truth, else keep what decodes.
            pass
        except Exception:  # some CJK/UTF-7 codecs raise odd errors on garbage
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec is not None:
        try:
            return data.decode(codec, errors="replace")
        except Exception:
            pass
    return data.decode(FALLBACK, errors="replace")


def _unfold(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\n ", " ").replace("\n\t", " ").replace("\n", "")


def desurrogate(text: str) -> str:
    """A header str from `BytesParser` with its raw 8-bit bytes decoded (UTF-8, else
    Windows-1252) instead of kept as lone surrogates."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return decode_bytes(text.encode("utf-8", "surrogateescape"))


def header_text(value: object) -> str | None:
    """A header value as text: RFC 2047 words decoded, 8-bit bytes guessed, unfolded."""
    if value is None:
        return None
    if isinstance(value, Header):
        # compat32 wraps headers holding raw 8-bit bytes in a Header of "unknown-8bit".
        parts = decode_header(value)
    else:
        text = desurrogate(str(value))
        if "=?" not in text:
            return _unfold(text).strip()
        try:
            parts = decode_header(_unfold(text))
        except Exception:
            return _unfold(text).strip()
    pieces = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            pieces.append(chunk)
        else:
            pieces.append(decode_bytes(chunk, charset))
    return _unfold("".join(pieces)).strip()


def raw_header_str(value: object) -> str | None:
    """The header as a str without RFC 2047 decoding (for address parsing)."""
    if value is None:
        return None
    if isinstance(value, Header):
        return header_text(value)
    return _unfold(desurrogate(str(value)))
