"""The parser's shortcuts (the single-part fast path, renamed MIME boundaries) give the
same record as the plain stdlib feed parser."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from flows.sources.takeout import fastmultipart, fastparse, mime, split_mbox
from tests.hardening.mailgen import message

REPO = Path(__file__).resolve().parents[2]
CORPORA = [REPO / "tests" / "data" / "mime", REPO.parent / "shared" / "corpus" / "mime-flanker"]


def corpus_messages() -> list[tuple[str, bytes]]:
    found = []
    for root in CORPORA:
        for path in sorted(root.glob("*")) if root.is_dir() else []:
            if path.suffix == ".eml":
                found.append((f"{root.name}/{path.name}", path.read_bytes()))
            elif path.suffix == ".mbox":
                with path.open("rb") as fh:
                    for entry in split_mbox(fh):
                        found.append((f"{root.name}/{path.name}@{entry.offset}", entry.data))
    return found


def variants(raw: bytes) -> list[bytes]:
    """The message, with CRLF endings, and with a folded header and 8-bit bytes added."""
    crlf = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    folded = b"X-Folded: first\n  second\n\tthird\nX-8bit: caf\xc3\xa9 \xe9\n" + raw
    return [raw, crlf, folded]


def both_ways(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object, bool]:
    def parse() -> object:
        try:
            return mime.parse_message_bytes(raw, account="a", source="eml")
        except mime.UnreadableMessage as exc:
            return str(exc)

    fast = parse()
    elided = mime.elide_base64(raw)
    used_fast_path = fastparse.split_simple(elided) is not None
    used_fast_path = used_fast_path or fastmultipart.multipart_leaves(elided) is not None
    with monkeypatch.context() as patch:
        patch.setattr(mime, "split_headers", lambda data: None)  # both fast paths off
        patch.setattr(mime, "canonical_boundaries", lambda data: (data, []))
        slow = parse()
    return fast, slow, used_fast_path


MESSAGES = corpus_messages() + [(f"generated-{i}", message(i)) for i in range(3)]


@pytest.mark.parametrize(("name", "raw"), MESSAGES, ids=[n for n, _ in MESSAGES])
def test_fast_path_equals_feed_parser(
    name: str, raw: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variant in variants(raw):
        fast, slow, _ = both_ways(variant, monkeypatch)
        assert fast == slow


def test_fast_path_is_taken_for_simple_mail(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = [both_ways(raw, monkeypatch)[2] for _, raw in MESSAGES]
    assert sum(taken) >= len(taken) // 3
    multipart = (REPO / "tests" / "data" / "mime" / "calendar_invite.eml").read_bytes()
    assert fastparse.split_simple(multipart) is None


def test_demo_mailbox_fast_path_equals_feed_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.sources.demo import generate_demo

    files = generate_demo(tmp_path, scale=0.1)
    with files.mbox_path.open("rb") as fh:
        entries = [e.data for e in split_mbox(fh)]
    assert len(entries) > 100
    for raw in entries:
        fast, slow, _ = both_ways(raw, monkeypatch)
        assert fast == slow


def test_boundaries_are_renamed_only_when_safe() -> None:
    raw = (REPO / "tests" / "data" / "mime" / "nested_rfc822.eml").read_bytes()
    renamed, renames = mime.canonical_boundaries(raw.replace(b'"outer"', b'"outer-boundary-1234"'))
    assert b"outer-boundary-1234" not in renamed and b"SneakerBoundary0Qz" in renamed
    assert renames == [("SneakerBoundary0Qz", "outer-boundary-1234")]
    assert mime.canonical_boundaries(raw) == (raw, [])  # "outer" is too short
    zeros = b'Content-Type: multipart/mixed; boundary="AAAAAAAAAAAAAAAA"\n\n--AAAAAAAAAAAAAAAA--\n'
    assert mime.canonical_boundaries(zeros) == (zeros, [])


def test_split_simple_bails_on_shapes_it_does_not_handle() -> None:
    for raw in [
        b"From x Mon Jan  1 00:00:00 2024\nSubject: a\n\nbody\n",  # unix-from line
        b"Subject: a\r\nTo: b\nCc: c\n\nbody\n",  # mixed line endings
        b"Subject: a\rTo: b\n\nbody\n",  # bare CR
        b" continued\nSubject: a\n\nbody\n",  # first line a continuation
        b"Subject: a\nnot a header\n\nbody\n",  # a line that is not a header
        b"Subject: a\nContent-Type: Multipart/Mixed; boundary=x\n\n--x--\n",
        b"Subject: a\nContent-Type: message/rfc822\n\nSubject: b\n\nx\n",
        b"Subject: no blank line, no body\n",
    ]:
        assert fastparse.split_simple(raw) is None, raw
    assert fastparse.split_simple(io.BytesIO(b"a").read() + b": b\n\nc") == ([("a", "b")], b"c")


def test_multipart_fast_path_is_taken_for_well_formed_mail() -> None:
    invite = (REPO / "tests" / "data" / "mime" / "calendar_invite.eml").read_bytes()
    found = fastmultipart.multipart_leaves(invite)
    assert found is not None
    assert [leaf.ctype for leaf in found[1]] == ["text/plain", "text/calendar", "application/pdf"]
    assert [leaf.attachment for leaf in found[1]] == [False, False, True]
    for raw in well_formed_multipart():
        assert fastmultipart.multipart_leaves(mime.elide_base64(raw)) is not None
    shared = [raw for name, raw in MESSAGES if name.startswith("mime-flanker/")]
    if shared:  # the shared corpus is beside the clone in CI, not always in a bare checkout
        taken = [fastmultipart.multipart_leaves(mime.elide_base64(raw)) for raw in shared]
        assert sum(t is not None for t in taken) >= 8


def well_formed_multipart() -> list[bytes]:
    """Multipart mail as a mail client writes it: alternative, and mixed with an attachment."""
    made = []
    for i in range(3):
        msg = EmailMessage()
        msg["Subject"] = f"Interview times {i}"
        msg["From"] = "Recruiter <talent@company.example>"
        msg["To"] = "Sam Seeker <sam@example.org>"
        msg.set_content("Plain part.\n")
        msg.add_alternative("<p>HTML part.</p>", subtype="html")
        if i:
            pdf = b"%PDF-1.4 fake"
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{i}.pdf")
        made.append(msg.as_bytes())
        made.append(msg.as_bytes().replace(b"\n", b"\r\n"))
    return made


@pytest.mark.parametrize(
    "raw",
    [
        b"Content-Type: multipart/mixed; boundary=x\n\n--x\n\nno closing line\n",
        b"Content-Type: multipart/mixed; boundary=x\n\n--x--\n",
        b"Content-Type: multipart/mixed; boundary=x\n\n--x\n\n--x\n\na\n--x--\n",
        b"Content-Type: multipart/digest; boundary=x\n\n--x\n\na\n--x--\n",
        b"Content-Type: multipart/mixed; boundary*=x\n\n--x\n\na\n--x--\n",
        b"Content-Type: multipart/mixed(c); boundary=x\n\n--x\n\na\n--x--\n",
        b"Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\n\n"
        b"Subject: a\n\nb\n--x--\n",
        b"Content-Type: multipart/mixed; boundary=x\n\n--x\rContent-Type: text/plain\n\na\n--x--\n",
    ],
    ids=[
        "no-close",
        "close-first",
        "empty-part",
        "digest",
        "rfc2231",
        "comment",
        "rfc822",
        "bare-cr",
    ],
)
def test_multipart_fast_path_bails_on_shapes_it_does_not_handle(
    raw: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fastmultipart.multipart_leaves(raw) is None
    fast, slow, _ = both_ways(raw, monkeypatch)
    assert fast == slow
