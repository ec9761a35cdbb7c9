"""Turn a raw mail body into the text the pipeline reads.

Mail templates pad previews with invisible characters, many bodies are HTML only, and
replies carry the quoted thread below. None of that may decide what a message says, so it
is removed here, before tokenization. Every step keeps the text short: the pipeline only
reads the first `max_chars` characters of the new part of a message.
"""

from __future__ import annotations

import html
import re

# Zero-width and format characters used as preview padding (U+034F combining grapheme
# joiner, U+200B..U+200F, U+2060.., soft hyphen, BOM ...).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]"
)
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]+")
_QUOTES_PAIRS = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2022", "*"),
)

_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|table|td|span|a|font|head)\b", re.I)
_HTML_DROP = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>", re.I | re.S)
_HTML_BREAK = re.compile(
    r"<(?:br|/p|/div|/tr|/li|/h\d|/table|hr)\b[^>]*>|<(?:p|div|li|tr)\b[^>]*>", re.I
)
_HTML_CELL = re.compile(r"</t[dh]\s*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{0,2000}>", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

# Where the quoted earlier message starts in a reply: the reply headers of Gmail, Apple Mail
# and Outlook in English and in the commonest languages of European and Latin American mail
# ("Am ... schrieb", "Le ... a écrit", "El ... escribió", "Em ... escreveu", "Op ... schreef",
# "Il giorno ... ha scritto"; "Von: / Gesendet:", "De : / Envoyé :", "-----Ursprüngliche
# Nachricht-----" ...).
_QUOTE_START = re.compile(
    r"^(?:"
    r"On\s.{0,200}?\swrote:\s*$"  # Gmail / Apple Mail
    r"|On\s.{0,120}\n.{0,120}\swrote:\s*$"  # the same header wrapped over two lines
    r"|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht|"
    r"Message d'origine|Mensaje original|Mensagem original|Oorspronkelijk bericht|"
    r"Messaggio originale)\s*-{2,}"
    r"|_{10,}\s*$"  # Outlook separator line
    # Outlook header block: From/Von/De/Van/Da: ... then Sent/Gesendet/Envoyé/Enviado/Verzonden/
    # Inviato (or Date/Datum/Fecha/Data) within three lines
    r"|(?:From|Von|De|Van|Da):[ \t].{1,200}\n(?:.{0,200}\n){0,2}?"
    r"(?:Sent|Date|Gesendet|Datum|Envoy\u00e9|Enviado|Enviada|Fecha|Data|Verzonden|Inviato)"
    r"[ \t]?:\s"
    r"|De[ \t]:[ \t].{1,200}\n(?:.{0,200}\n){0,2}?(?:Envoy\u00e9|Date)[ \t]?:\s"  # French spacing
    r"|Le\s.{0,200}\sa\s\u00e9crit\s?:\s*$"
    r"|Am\s.{0,200}\sschrieb.{0,100}:\s*$"
    r"|El\s.{0,200}\sescribi\u00f3.{0,100}:\s*$"
    r"|Em\s.{0,200}\sescreveu.{0,100}:\s*$"
    r"|Op\s.{0,200}\sschreef.{0,100}:\s*$"
    r"|Il\s.{0,200}\sha scritto.{0,100}:\s*$"
    r")",
    re.M,
)


def _quote_start(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """_QUOTE_START.search(text, pos, endpos); every header it knows holds a ":", "--" or a
    line of ten "_", and most mail holds none of them: substring tests skip the regex."""
    if ":" in text or "--" in text or "__________" in text:
        return _QUOTE_START.search(text, pos, len(text) if endpos is None else endpos)
    return None


# A forward delivers the earlier message: unlike a reply's quote, it is what the mail says.
_FORWARD = re.compile(
    r"^[ \t]*(?:-{3,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transf\u00e9r\u00e9|"
    r"Mensaje reenviado|Mensagem encaminhada|Doorgestuurd bericht|Messaggio inoltrato)\s*-{3,}|"
    r"Begin forwarded message:)[ \t]*$",
    re.M | re.I,
)
_FORWARD_HEADER = re.compile(
    r"\A(?:[ \t]*(?:(?:From|Date|Sent|Subject|To|Cc|Von|Datum|Betreff|An|De|Objet|\u00c0|"
    r"Envoy\u00e9|Asunto|Para|Fecha|Assunto|Data|Van|Onderwerp|Aan|Da|Oggetto|A)[ \t]*:.*)?\n)+",
    re.I,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.M)
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def strip_invisible(text: str) -> str:
    """Drop zero-width padding, unify spaces, apostrophes and dashes (same length or less)."""
    if text.isascii():  # none of the invisible characters, quotes or dashes is ASCII
        # (nor any space but these four; a substring test is cheaper than the regex's scan)
        if "\t" in text or "\r" in text or "\f" in text or "\v" in text:
            return _SPACES.sub(" ", text)
        return text
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    # str.translate with a dict runs per character; a replace per character that occurs
    # scans at C speed (same result: each maps one character to one)
    for old, new in _QUOTES_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def looks_like_html(text: str) -> bool:
    return "<" in text and bool(_HTML_HINT.search(text[:5000]))


def html_to_text(text: str) -> str:
    """A small, forgiving HTML-to-text conversion: enough to read mail templates."""
    text = _HTML_COMMENT.sub(" ", text)
    text = _HTML_DROP.sub(" ", text)
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_CELL.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)
    return html.unescape(text)


def strip_quoted(text: str) -> str:
    """Cut the quoted earlier message off a reply, and any ">"-quoted lines."""
    match = _quote_start(text)
    if match:
        text = text[: match.start()]
    return _QUOTED_LINE.sub("", text)


_SPACE_RUN = re.compile(r"  +")


def _squeeze(text: str, max_chars: int) -> str:
    # HTML leaves runs of spaces where tags were ("applying for the  Data Engineer  role"):
    # one space, so that names and titles read as they were written.
    lines = (
        (_SPACE_RUN.sub(" ", line) if "  " in line else line).strip() for line in text.split("\n")
    )
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()[:max_chars]


def clean_body(body: str | None, *, max_chars: int = 3000) -> str:
    """The part of a body worth reading: visible, unquoted, squeezed, at most max_chars."""
    return clean_parts(body, max_chars=max_chars)[0]


def clean_parts(
    body: str | None, *, max_chars: int = 3000, quoted_chars: int = 0
) -> tuple[str, str]:
    """(the new part as clean_body gives it, the quoted earlier message of a reply).

    The quoted part (at most quoted_chars, its ">" marks removed) may not decide what a
    reply says, but it names the employer and the role a short reply is about."""
    if not body:
        return "", ""
    text = body[: max_chars * 20]
    if looks_like_html(text):
        text = html_to_text(text)
    text = strip_invisible(text)
    # Every forward marker holds "---" or "forwarded" (no letter of which has a non-ASCII
    # case-insensitive twin): a substring test is far cheaper than the regex's line scan.
    forward = _FORWARD.search(text) if "---" in text or "orwarded" in text.lower() else None
    if forward and not _quote_start(text, 0, forward.start()):
        # The forwarder's note, then the forwarded message without its header lines.
        rest = _FORWARD_HEADER.sub("", text[forward.end() :].lstrip("\n"), count=1)
        text = text[: forward.start()] + "\n" + rest
    quoted = ""
    match = _quote_start(text)
    if match:
        if quoted_chars:
            quoted = _QUOTE_MARK.sub("", text[match.end() : match.end() + quoted_chars * 2])
        text = text[: match.start()]
    if quoted_chars and not quoted and ">" in text:
        quoted = "\n".join(m.group(0) for m in _QUOTED_LINE.finditer(text))
        quoted = _QUOTE_MARK.sub("", quoted)
    if ">" in text:  # (a ">"-quoted line holds one; the regex tries every line)
        text = _QUOTED_LINE.sub("", text)
    return _squeeze(text, max_chars), _squeeze(quoted, quoted_chars) if quoted else ""


def clean_line(text: str | None) -> str:
    """A header value (subject, display name) without padding and line breaks."""
    if not text:
        return ""
    return " ".join(strip_invisible(text).split())
