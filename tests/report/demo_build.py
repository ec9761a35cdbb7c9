"""The demo job search imported, extracted and built with the plain pipeline steps.

No Prefect: `flows.steps` are the same functions the Prefect tasks wrap. Built once per
test process (about 10 s) and shared by the report and browser tests.
"""

from __future__ import annotations

import functools
from pathlib import Path

from flows.config import Settings, load_settings, write_account_config

DEMO_ACCOUNT = "demo"


@functools.cache
def demo_settings(base: Path) -> Settings:
    from flows import steps
    from flows.sources.demo import generate_demo

    home = base / "demo-home"
    files = generate_demo(home / "demo-data", scale=1.0, seed=7)
    account = Settings(home=home, account=DEMO_ACCOUNT)
    write_account_config(account, timezone=files.timezone, my_addresses=[files.me_address])
    settings = load_settings(home, DEMO_ACCOUNT).ensure_dirs()
    steps.import_paths(settings, [files.mbox_path, files.ics_path])
    steps.process(settings)
    return settings
