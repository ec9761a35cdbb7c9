"""Turn a `Mail` into a real MIME message with the stdlib `email` package.

The compat32 classes (MIMEText/MIMEMultipart + Header) are used on purpose: they
produce correct RFC 2047 and transfer encodings and are about three times faster
than `EmailMessage`, which matters at 100,000 messages. Boundaries are drawn from the
run's Random, never from `email`'s own, so the output is reproducible.
"""

from __future__ import annotations

import html
import random
import re
from datetime import datetime
from email import charset as cs
from email import encoders
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

from flows.sources.demo.clock import UTC
from flows.sources.demo.ics import invite_text
from flows.sources.demo.model import Mail, Person

STYLES = ("plain", "latin1", "alt", "html_b64", "html_qp", "calendar")


def _charset(name: str, body: int | None, header: int | None = cs.SHORTEST) -> cs.Charset:
    c = cs.Charset(name)
    c.body_encoding = body
    c.header_encoding = header
    return c


UTF8_B64 = _charset("utf-8", cs.BASE64)
UTF8_QP = _charset("utf-8", cs.QP)
UTF8_8BIT = _charset("utf-8", None)
LATIN1_QP = _charset("iso-8859-1", cs.QP, cs.QP)
ASCII = _charset("us-ascii", None, None)
HEADER_B64 = _charset("utf-8", cs.BASE64, cs.BASE64)

_URL = re.compile(r"https?://[^\s<>\"]+")


def format_date(at: datetime, style: str) -> str:
    if style == "gmt":
        return format_datetime(at.astimezone(UTC).replace(tzinfo=None), usegmt=False).replace(
            " -0000", " GMT"
        )
    if style == "utc":
        return format_datetime(at.astimezone(UTC)) + " (UTC)"
    text = format_datetime(at)
    if style == "short_day":
        text = re.sub(r", 0(\d) ", r", \1 ", text)
    return text


def address(p: Person) -> str:
    if not p.name:
        return p.addr
    return formataddr((p.name, p.addr), charset="utf-8")


def plain_address(p: Person) -> str:
    """'Name <addr>' for the truth file, unencoded."""
    if not p.name:
        return p.addr
    name = f'"{p.name}"' if re.search(r'[,.;:@"()<>\[\]]', p.name) else p.name
    return f"{name} <{p.addr}>"


def render_html(text: str, rng: random.Random) -> str:
    blocks = []
    for para in text.split("\n\n"):
        lines = para.splitlines()
        if lines and all(ln.startswith(">") for ln in lines):
            inner = "<br>".join(html.escape(ln[1:].strip()) for ln in lines)
            blocks.append(
                f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc">'
                f"{inner}</blockquote>"
            )
            continue
        escaped = "<br>\n".join(html.escape(ln) for ln in lines)
        escaped = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
        blocks.append(f"<p>{escaped}</p>")
    body = "\n".join(blocks)
    if rng.random() < 0.5:
        return (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p{margin:0 0 12px}</style></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="padding:24px">\n{body}\n</td></tr></table></body></html>'
        )
    return f'<div dir="ltr">\n{body}\n</div>'


def _text_part(text: str, subtype: str, charset: cs.Charset) -> MIMEText:
    if charset is ASCII and not text.isascii():
        charset = UTF8_QP
    if charset is LATIN1_QP:
        try:
            text.encode("iso-8859-1")
        except UnicodeEncodeError:
            charset = UTF8_QP
    return MIMEText(text, subtype, charset)


def _body_charset(rng: random.Random, text: str) -> cs.Charset:
    if text.isascii():
        return ASCII if rng.random() < 0.7 else UTF8_QP
    return rng.choice([UTF8_QP, UTF8_B64, UTF8_8BIT])


def _boundary(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return "000000000000" + "".join(rng.choices("0123456789abcdef", k=12))
    if r < 0.8:
        return f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(10**9)}.{rng.randrange(10**12)}"
    return "==" + "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", k=20)) + "=="


def _multipart(subtype: str, rng: random.Random) -> MIMEMultipart:
    part = MIMEMultipart(subtype)
    part.set_boundary(_boundary(rng))
    return part


def _pdf(title: str) -> bytes:
    """A tiny, valid one-page PDF: enough for readers to meet a real attachment."""
    text = title.encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def _with_attachments(body: Message, mail: Mail, rng: random.Random) -> Message:
    if not mail.attachments:
        return body
    mixed = _multipart("mixed", rng)
    mixed.attach(body)
    for name in mail.attachments:
        part = MIMEApplication(_pdf(name), "pdf", name=name)
        part.add_header("Content-Disposition", "attachment", filename=name)
        mixed.attach(part)
    return mixed


def _body(mail: Mail, rng: random.Random, stamp: datetime) -> Message:
    text, style = mail.text, mail.style
    if style == "plain":
        return _text_part(text, "plain", _body_charset(rng, text))
    if style == "latin1":
        return _text_part(text, "plain", LATIN1_QP)
    if style == "html_b64":
        return _text_part(render_html(text, rng), "html", UTF8_B64)
    if style == "html_qp":
        return _text_part(render_html(text, rng), "html", UTF8_QP)
    alt = _multipart("alternative", rng)
    alt.attach(_text_part(text, "plain", _body_charset(rng, text)))
    alt.attach(_text_part(render_html(text, rng), "html", rng.choice([UTF8_QP, UTF8_B64])))
    if style == "alt":
        return alt
    if style != "calendar" or mail.invite is None:
        raise ValueError(f"unknown mail style {style!r}")
    ical = invite_text(mail.invite, mail.invite_method, stamp)
    cal = MIMEText(ical, "calendar", rng.choice([UTF8_8BIT, UTF8_B64]))
    cal.set_param("method", mail.invite_method)
    alt.attach(cal)
    mixed = _multipart("mixed", rng)
    mixed.attach(alt)
    attachment = MIMEBase("application", "ics", name="invite.ics")
    attachment.set_payload(ical.encode("utf-8"))
    encoders.encode_base64(attachment)
    attachment.add_header("Content-Disposition", "attachment", filename="invite.ics")
    mixed.attach(attachment)
    return mixed


def _header_text(value: str, rng: random.Random, force_b64: bool = False) -> str | Header:
    if force_b64:
        return Header(value, HEADER_B64)
    if value.isascii():
        return value
    return Header(value, "utf-8")


def build_message(mail: Mail, rng: random.Random, stamp: datetime, me: Person) -> Message:
    msg = _with_attachments(_body(mail, rng, stamp), mail, rng)
    moved = [(k, v) for k, v in msg.items()]
    for key in {k for k, _ in moved}:
        del msg[key]
    if not mail.from_me:
        msg["Delivered-To"] = me.addr
        msg["Received"] = (
            f"by 2002:a05:{rng.randrange(0x6000, 0x7FFF):x}:{rng.randrange(0xFFFF):x} with "
            f"SMTP id {''.join(rng.choices('abcdefghijklmnopqrstuvwxyz0123456789', k=14))};\n"
            f"        {format_date(mail.at, 'numeric')}"
        )
    msg["From"] = address(mail.sender)
    if mail.reply_to is not None:
        msg["Reply-To"] = address(mail.reply_to)
    msg["To"] = ", ".join(address(p) for p in mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(address(p) for p in mail.cc)
    if mail.subject or rng.random() < 0.5:
        msg["Subject"] = _header_text(
            mail.subject, rng, force_b64=mail.style == "html_b64" and rng.random() < 0.3
        )
    msg["Date"] = format_date(mail.at, mail.date_style)
    msg["Message-ID"] = mail.message_id
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
        msg["References"] = " ".join(mail.references)
    for key, value in mail.extra_headers:
        msg[key] = value
    for key, value in moved:
        msg[key] = value
    return msg
