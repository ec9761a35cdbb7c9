"""Token and OAuth client files: written 0600, refused when others can read them.

`check_private_file` is what every reader of a secret file calls first (the Google auth
module reads the token and client files through it); `write_private_file` creates a
file that is never, even for an instant, readable by others.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class InsecureFileError(PermissionError):
    """A secret file that other users could read (or that belongs to someone else)."""


def check_private_file(path: Path | str) -> Path:
    """Return `path` if only its owner (this user) can read or write it; else raise."""
    path = Path(path)
    info = path.stat()  # FileNotFoundError is the caller's to explain
    if os.name == "nt":  # POSIX modes mean nothing there; NTFS ACLs are out of scope
        return path
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        raise InsecureFileError(
            f"{path} can be read by other users (mode {mode:04o}). It holds a Google "
            f"credential: run `chmod 600 {path}` and try again."
        )
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise InsecureFileError(
            f"{path} belongs to another user (uid {info.st_uid}); refusing to use it."
        )
    return path


def write_private_file(path: Path | str, data: str | bytes) -> Path:
    """Write `data` to `path` atomically with mode 0600 (directory created 0700)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    # mkstemp creates the file 0600 from the start; rename makes the write atomic.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
