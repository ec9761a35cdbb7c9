"""A fast path for well-formed multipart mail: the leaves without the feed parser.

A third of a mailbox is multipart (text and HTML alternatives, an invite, an
attachment), and the stdlib feed parser walks each line of it in Python. Here the
body is cut at its boundary lines with `bytes.find` and each part's headers are split
by `fastparse.split_headers`, giving the leaves (type, charset, disposition, payload
bytes) the feed parser would give, in the same order. The rules followed are the feed
parser's: a boundary line is ``--boundary``, optionally ``--``, optional blanks, then
the line end; the line end before a boundary line belongs to it; the part's default
type is text/plain.

Anything unusual returns None and goes to the stdlib: no or several boundary
parameters, RFC 2231 parameters, multipart/digest, message/* parts, bare CRs, a part
without a blank line after its headers, an empty part, a missing first or closing
boundary line, nesting deeper than `MAX_NESTING`.
(tests/sources/test_fastparse_equivalence.py compares both on every corpus message.)
"""

from __future__ import annotations

import re

from flows.sources.takeout.fastparse import content_type, split_headers
from flows.sources.takeout.headers import Headers
from flows.sources.takeout.parts import Leaf, simple_leaf

MAX_NESTING = 4
_MULTIPART = re.compile(r"\s*multipart/([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:;|$)", re.I)
_BOUNDARY = re.compile(r';\s*boundary\s*=\s*(?:"([^"\\]*)"|([^\s;"\\]+))\s*(?=;|$)', re.I)
_BOUNDARY_WORD = re.compile(r"boundary", re.I)


def _boundary(ctype: str) -> bytes | None:
    """The boundary of a plain `multipart/...; boundary=...` value, else None."""
    if len(_BOUNDARY_WORD.findall(ctype)) != 1 or "*" in ctype:
        return None
    match = _BOUNDARY.search(ctype)
    if match is None:
        return None
    value = match.group(1) if match.group(1) is not None else match.group(2)
    value = value.rstrip()
    if not value or not value.isascii():
        return None
    return value.encode("ascii")


def _cut(body: bytes, boundary: bytes) -> list[bytes] | None:
    """The parts' bytes between the first and the closing boundary line, else None."""
    delimiter = b"--" + boundary
    size = len(body)
    marks: list[tuple[int, int]] = []  # (start of the boundary line, end of it)
    at = body.find(delimiter)
    while at >= 0:
        if at == 0 or body[at - 1] == 0x0A:
            end = at + len(delimiter)
            closing = body.startswith(b"--", end)
            if closing:
                end += 2
            while end < size and body[end] in (0x20, 0x09):
                end += 1
            if end == size or body[end] == 0x0A or body.startswith(b"\r\n", end):
                if not marks and closing:
                    return None  # a closing line first: no start boundary
                marks.append((at, end if end == size else end + (1 if body[end] == 0x0A else 2)))
                if closing:
                    break
        at = body.find(delimiter, at + 1)
    else:
        return None  # no closing boundary line
    parts = []
    for (_, start), (stop, _) in zip(marks, marks[1:], strict=False):
        part = body[start:stop]
        # The line end before a boundary line belongs to the boundary.
        if part.endswith(b"\r\n"):
            part = part[:-2]
        elif part.endswith(b"\n"):
            part = part[:-1]
        if not part:
            return None
        parts.append(part)
    return parts or None


def _leaves(headers: list[tuple[str, str]], body: bytes, depth: int, out: list[Leaf]) -> bool:
    ctype = content_type(headers)
    # The feed parser's reading of the type: the value before ';', else text/plain.
    kind = ctype.split(";", 1)[0].strip().lower() if ctype is not None else "text/plain"
    if kind.count("/") != 1 or not kind.startswith(("multipart/", "message/")):
        out.append(simple_leaf(Headers(headers), body))
        return True
    match = _MULTIPART.match(ctype or "")
    if match is None or depth >= MAX_NESTING or kind == "multipart/digest":
        return False  # message/*, or a multipart type this module does not read
    boundary = _boundary(ctype or "")
    parts = _cut(body, boundary) if boundary else None
    if parts is None:
        return False
    for part in parts:
        if part.startswith(b"\n"):
            split: tuple[list[tuple[str, str]], bytes] | None = ([], part[1:])
        elif part.startswith(b"\r\n"):
            split = ([], part[2:])
        else:
            split = split_headers(part)
        if split is None or not _leaves(split[0], split[1], depth + 1, out):
            return False
    return True


def multipart_leaves(raw: bytes) -> tuple[list[tuple[str, str]], list[Leaf]] | None:
    """(top-level headers, leaves in feed-parser order) of a multipart message, or None."""
    split = split_headers(raw)
    if split is None:
        return None
    leaves = leaves_of(*split)
    return None if leaves is None else (split[0], leaves)


def leaves_of(headers: list[tuple[str, str]], body: bytes) -> list[Leaf] | None:
    """The leaves of a multipart message already split by `split_headers`, or None."""
    if b"\r" in body and body.count(b"\r") != body.count(b"\r\n"):
        return None  # a bare CR ends a line for the feed parser (the headers have none)
    ctype = content_type(headers)
    if ctype is None or _MULTIPART.match(ctype) is None:
        return None
    leaves: list[Leaf] = []
    if not _leaves(headers, body, 0, leaves):
        return None
    return leaves
