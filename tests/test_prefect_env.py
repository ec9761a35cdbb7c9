"""Prefect runs local and private: the defaults flows.prefect_env sets before it loads."""

from __future__ import annotations

import pytest

from flows.prefect_env import apply_prefect_defaults


def test_prefect_s_client_telemetry_is_off_unless_the_user_chose() -> None:
    from prefect._internal.analytics.enabled import is_telemetry_enabled

    environ: dict[str, str] = {}
    apply_prefect_defaults(environ)
    assert environ["DO_NOT_TRACK"] == "1"
    assert environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DO_NOT_TRACK", environ["DO_NOT_TRACK"])
        assert not is_telemetry_enabled()

    chosen = {"DO_NOT_TRACK": "0", "PREFECT_LOGGING_LEVEL": "DEBUG"}
    apply_prefect_defaults(chosen)
    assert chosen["DO_NOT_TRACK"] == "0"
    assert chosen["PREFECT_LOGGING_LEVEL"] == "DEBUG"
