"""A plain sync in its own process, for the kill-and-resume test:
`python -m tests.sync.sync_child HOME API_ENDPOINT BATCH_SIZE [EVENTS_PAGE_SIZE]`."""

from __future__ import annotations

import sys
from pathlib import Path

from flows.config import Settings
from flows.sources.google_errors import RetryPolicy
from flows.sync_apis import open_apis, run_sync


def main() -> None:
    home, endpoint, batch_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if len(sys.argv) > 4:
        import flows.sources.calendar_api

        flows.sources.calendar_api.EVENTS_PAGE_SIZE = int(sys.argv[4])
    settings = Settings(
        home=Path(home), batch_size=batch_size, gmail_units_per_minute=10_000_000
    ).ensure_dirs()
    apis = open_apis(settings, api_endpoint=endpoint, policy=RetryPolicy(base_delay=0.01))
    run_sync(settings, apis)


if __name__ == "__main__":
    main()
