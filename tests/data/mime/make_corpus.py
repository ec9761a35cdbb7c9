"""Writes the awkward-mail corpus beside this file (run once; the outputs are committed).

Every message is invented for these tests; no real person's mail. Run:
    python tests/data/mime/make_corpus.py
"""

from __future__ import annotations

import base64
from pathlib import Path

HERE = Path(__file__).resolve().parent


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("ascii")


FILES: dict[str, bytes] = {}

FILES["rfc2047_headers.eml"] = b"""\
From: =?ISO-8859-1?Q?Ren=E9_Fran=E7ois?= <Rene.Francois@Example.COM>
To: "Sam Seeker" <sam@example.org>, =?UTF-8?B?5bGx55Sw?= <yamada@example.jp>
Subject: =?UTF-8?Q?Entretien_pour_le_poste_d=E2=80=99ing=C3=A9nieur?=
 =?UTF-8?Q?_senior?=
Date: Tue, 02 Sep 2025 09:15:00 +0200
Message-ID: <rfc2047.1@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Bonjour, pouvez-vous venir mardi ?
"""

FILES["quoted_printable.eml"] = b"""\
From: Recruiting <no-reply@jobs.example.com>
To: sam@example.org
Subject: Your application was received
Date: Wed, 03 Sep 2025 14:00:00 -0500
Message-ID: <qp.1@jobs.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Precedence: bulk
List-Unsubscribe: <mailto:unsub@jobs.example.com>

Thank you for applying to the Staff Engineer role at Caf=C3=A9 Systems. We re=
view every application carefully.=0A=
Best regards
"""

_html = (
    "<html><head><title>Hidden title</title><style>p {color: red}</style></head>"
    "<body><script>var x = 1;</script><p>Hi Sam,</p><p>We would like to invite you"
    " to a <b>phone screen</b>.<br>Thanks,<br>Dana</p></body></html>"
)
FILES["base64_html_only.eml"] = b"""\
From: Dana Hiring <dana@acme.example>
To: sam@example.org
Subject: Phone screen
Date: Thu, 04 Sep 2025 10:00:00 +0000
Message-ID: <html.1@acme.example>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(_html.encode())

FILES["missing_subject_and_date.eml"] = b"""\
From: someone@example.net
To: sam@example.org
Message-ID: <nosubject.1@example.net>

A short note with no subject and no date.
"""

FILES["unknown_charset.eml"] = (
    b"""\
From: =?x-klingon?Q?Kor=E9?= <kor@example.net>
To: sam@example.org
Subject: =?x-klingon?B?/w==?= status
Date: Fri, 05 Sep 2025 10:00:00 +0000
Message-ID: <unknown-charset.1@example.net>
Content-Type: text/plain; charset="x-klingon"
Content-Transfer-Encoding: 8bit

Caf"""
    + "é ".encode()
    + b"and cr\xe8me\n"
)

FILES["iso2022jp.eml"] = (
    b"""\
From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>
To: sam@example.org
Subject: =?ISO-2022-JP?B?GyRCTExAXBsoQg==?=
Date: Mon, 08 Sep 2025 09:00:00 +0900
Message-ID: <jp.1@example.jp>
Content-Type: text/plain; charset=ISO-2022-JP
Content-Transfer-Encoding: 7bit

"""
    + "面接の日程".encode("iso2022_jp")
    + b"\n"
)

FILES["gb2312.eml"] = (
    b"""\
From: =?GB2312?B?wO7P6A==?= <li@example.cn>
To: sam@example.org
Subject: =?GB2312?B?w+bK1A==?=
Date: Mon, 08 Sep 2025 09:00:00 +0800
Message-ID: <cn.1@example.cn>
Content-Type: text/plain; charset=GB2312
Content-Transfer-Encoding: 8bit

"""
    + "面试安排 ".encode("gb2312")
    + "镕".encode("gbk")  # a GBK-only character in a GB2312-labelled part
    + b"\n"
)

FILES["utf7.eml"] = b"""\
From: Utf Seven <u7@example.com>
To: sam@example.org
Subject: =?UTF-7?Q?Caf+AOk-?=
Date: Mon, 08 Sep 2025 09:00:00 +0000
Message-ID: <utf7.1@example.com>
Content-Type: text/plain; charset=UTF-7

Caf+AOk- au lait +ZeVnLIqe-
"""

FILES["eight_bit_headers.eml"] = (
    b"From: "
    + "Zoë Ångström".encode()
    + b""" <zoe@example.se>
To: sam@example.org
Subject: """
    + "Möte på fredag".encode()
    + b"""
Date: Tue, 09 Sep 2025 08:00:00 +0200
Message-ID: <8bit.1@example.se>
Content-Type: text/plain; charset=utf-8

Hej!
"""
)

FILES["latin1_8bit_headers.eml"] = (
    b"From: "
    + "José Peña".encode("latin-1")
    + b""" <jose@example.es>
To: sam@example.org
Subject: Reuni"""
    + "ón".encode("latin-1")
    + b"""
Date: Tue, 09 Sep 2025 08:00:00 +0200
Message-ID: <latin1.1@example.es>
Content-Type: text/plain; charset=iso-8859-1

Hola
"""
)

FILES["nested_rfc822.eml"] = b"""\
From: Pat Friend <pat@example.org>
To: sam@example.org
Subject: Fwd: Opening on my team
Date: Wed, 10 Sep 2025 12:00:00 +0000
Message-ID: <fwd.1@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8

See below, thought of you.
--outer
Content-Type: message/rfc822

From: Hiring Manager <hm@bigco.example>
To: pat@example.org
Subject: Opening on my team
Date: Tue, 09 Sep 2025 12:00:00 +0000
Message-ID: <inner.1@bigco.example>
Content-Type: text/plain; charset=utf-8

We have a senior opening.
--outer--
"""

FILES["broken_boundary.eml"] = b"""\
From: Broken Mailer <broken@example.com>
To: sam@example.org
Subject: Broken multipart
Date: Wed, 10 Sep 2025 12:00:00 +0000
Message-ID: <broken.1@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="never-used"

--some-other-boundary
Content-Type: text/plain

The boundary in the header is never used.
--some-other-boundary--
"""

FILES["missing_boundary_param.eml"] = b"""\
From: Broken Mailer <broken@example.com>
To: sam@example.org
Subject: Multipart without boundary
Date: Wed, 10 Sep 2025 12:00:00 +0000
Message-ID: <broken.2@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed

Body of a multipart with no boundary parameter.
"""

FILES["future_date.eml"] = b"""\
From: Spammer <spam@example.biz>
To: sam@example.org
Subject: Dated in the future
Date: Fri, 01 Jan 2099 00:00:00 +0000
Message-ID: <future.1@example.biz>

Old spam with a clock set wrong.
"""

FILES["bad_date.eml"] = b"""\
From: Odd <odd@example.biz>
To: sam@example.org
Subject: Unparseable date
Date: the day after tomorrow
Message-ID: <baddate.1@example.biz>

Hi.
"""

FILES["calendar_invite.eml"] = b"""\
From: Calendar <calendar-notification@google.com>
To: sam@example.org
Subject: Invitation: Technical interview
Date: Thu, 11 Sep 2025 12:00:00 +0000
Message-ID: <invite.1@google.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

You have been invited to a technical interview.
--b1
Content-Type: text/calendar; charset=utf-8; method=REQUEST

BEGIN:VCALENDAR
METHOD:REQUEST
BEGIN:VEVENT
UID:interview-uid-123@google.c
 om
DTSTART:20250915T150000Z
DTEND:20250915T160000Z
SUMMARY:Technical interview
END:VEVENT
END:VCALENDAR
--b1
Content-Type: application/pdf; name="job.pdf"
Content-Disposition: attachment; filename="job.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
--b1--
"""

FILES["reply_thread.eml"] = b"""\
From: Sam Seeker <Sam@Example.org>
To: Dana Hiring <dana@acme.example>
Cc: Other <other@acme.example>
Reply-To: sam.alt@example.org
Subject: Re: Phone screen
Date: Fri, 12 Sep 2025 08:30:00 -0700
Message-ID: <reply.2@example.org>
In-Reply-To: <reply.1@acme.example>
References: <root.0@acme.example> <reply.1@acme.example>

Tuesday works.
"""

FILES["not_a_message.eml"] = b"\x00\x01\x02 just some binary \xff\xfe with no headers\n"

# --- mbox files -------------------------------------------------------------

_ENVELOPE = "From 1780000000000000001@xxx Wed Sep 03 14:00:00 +0000 2025\n"

FILES["takeout_sample.mbox"] = (
    _ENVELOPE
    + """X-GM-THRID: 1780000000000000001
X-Gmail-Labels: Inbox,Category Updates,"Job search, 2025"
From: Dana Hiring <dana@acme.example>
To: sam@example.org
Subject: Phone screen
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <mbox.1@acme.example>

Hi Sam, are you free on Friday?
From the team at Acme: this line starts with From but is body text.
>From an escaped line.
>>From a doubly escaped line.

"""
    + "From 1780000000000000002@xxx Thu Sep 04 09:00:00 +0000 2025\n"
    + """X-GM-THRID: 1780000000000000001
X-Gmail-Labels: Sent
From: Sam Seeker <sam@example.org>
To: dana@acme.example
Subject: Re: Phone screen
Date: Thu, 04 Sep 2025 09:00:00 +0000
Message-ID: <mbox.2@example.org>
In-Reply-To: <mbox.1@acme.example>
References: <mbox.1@acme.example>

Friday works.

"""
    + "From 1780000000000000003@xxx Thu Sep 04 10:00:00 +0000 2025\n"
    + """X-Gmail-Labels: Inbox
From: No Id <noid@example.net>
To: sam@example.org
Subject: A message without Message-ID
Date: Thu, 04 Sep 2025 10:00:00 +0000

No Message-ID here.
"""
).encode("ascii")

FILES["crlf.mbox"] = crlf(
    _ENVELOPE
    + """From: Crlf Sender <crlf@example.com>
To: sam@example.org
Subject: CRLF line endings
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <crlf.1@example.com>

First message body.

From crlf@example.com Thu Sep 04 09:00:00 2025
From: Crlf Sender <crlf@example.com>
To: sam@example.org
Subject: Second CRLF
Date: Thu, 04 Sep 2025 09:00:00 +0000
Message-ID: <crlf.2@example.com>

Second message body.
"""
)

FILES["truncated_last.mbox"] = (
    _ENVELOPE
    + """From: Whole <whole@example.com>
To: sam@example.org
Subject: Complete message
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <whole.1@example.com>

This one is complete.

"""
    + "From 1780000000000000009@xxx Thu Sep 04 09:00:00 +0000 2025\n"
    + """From: Cut <cut@example.com>
To: sam@example.org
Subject: Cut short
Date: Thu, 04 Sep 2025 09:00:00 +0000
Message-ID: <cut.1@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="zz"

--zz
Content-Type: text/plain

The download stopped in the middle of this sen"""
).encode("ascii")

FILES["truncated_in_headers.mbox"] = (
    _ENVELOPE
    + """From: Whole <whole@example.com>
Subject: Complete message
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <whole.2@example.com>

Complete.

"""
    + "From 1780000000000000010@xxx Thu Sep 04 09:00:00 +0000 2025\n"
    + "From: Cut <cut@example.com>\nSubject: Cut in the hea"
).encode("ascii")

FILES["duplicate_ids.mbox"] = (
    _ENVELOPE
    + """From: Dup <dup@example.com>
Subject: First copy
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <dup.1@example.com>

First copy.

"""
    + "From 1780000000000000011@xxx Thu Sep 04 09:00:00 +0000 2025\n"
    + """From: Dup <dup@example.com>
Subject: Second copy
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <dup.1@example.com>

Second copy, same Message-ID.
"""
).encode("ascii")

FILES["garbage_preamble.mbox"] = (
    "this file does not start with a From line\n\n"
    + _ENVELOPE
    + """From: After <after@example.com>
Subject: After the garbage
Date: Wed, 03 Sep 2025 14:00:00 +0000
Message-ID: <after.1@example.com>

Body.
"""
).encode("ascii")


def main() -> None:
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
