"""Secret files: 0600 on write, refused when group- or world-readable."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from flows.sources.secrets import InsecureFileError, check_private_file, write_private_file

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def test_write_private_file_is_0600_and_atomic(tmp_path: Path) -> None:
    path = write_private_file(tmp_path / "acct" / "token.json", '{"refresh_token": "x"}')
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == '{"refresh_token": "x"}'
    assert [p.name for p in path.parent.iterdir()] == ["token.json"]  # no temp file left
    write_private_file(path, b"{}")
    assert (path.read_bytes(), stat.S_IMODE(path.stat().st_mode)) == (b"{}", 0o600)


def test_rewriting_a_loose_file_makes_it_private(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("old")
    path.chmod(0o644)
    write_private_file(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("mode", [0o600, 0o400, 0o700], ids=oct)
def test_private_modes_accepted(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "client_secret.json"
    path.write_text("{}")
    path.chmod(mode)
    assert check_private_file(path) == path


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644, 0o660, 0o666, 0o620], ids=oct)
def test_group_or_world_access_refused_with_a_clear_message(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "token.json"
    path.write_text('{"refresh_token": "secret-value"}')
    path.chmod(mode)
    with pytest.raises(InsecureFileError) as caught:
        check_private_file(path)
    message = str(caught.value)
    assert f"mode {mode:04o}" in message and f"chmod 600 {path}" in message
    assert "secret-value" not in message


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        check_private_file(tmp_path / "nope.json")
