"""Prefect settings for a local, private run; applied before Prefect is imported.

Ephemeral mode starts a temporary Prefect server in-process. On a 2-core machine it
needs more than the default 20 s to come up, and a local tool has no business sending
analytics, so both are set here unless the user already chose. The server's analytics
setting does not reach Prefect's client: its SDK (3.9 here) sends usage events of its own
(and prints a notice about them on a first run) unless DO_NOT_TRACK is set.
"""

from __future__ import annotations

from collections.abc import MutableMapping

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def apply_prefect_defaults(environ: MutableMapping[str, str]) -> None:
    """Set Prefect's environment for this process, keeping what the user set."""
    for key, value in PREFECT_DEFAULTS.items():
        environ.setdefault(key, value)
