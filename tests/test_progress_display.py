"""The CLI's progress bars (flows.progress_display), fed through flows.progress."""

from __future__ import annotations

import io

from rich.console import Console

from flows import progress
from flows.progress_display import progress_display


def test_a_stage_of_unknown_total_is_finished_when_the_next_starts() -> None:
    console = Console(file=io.StringIO(), force_terminal=False)
    with progress_display(console) as bars:
        progress.advance("import", 40)
        progress.advance("import", 25)
        progress.advance("extract", 0, 65)
        progress.advance("extract", 30)
        by_name = {bar.description: bar for bar in bars.tasks}
        imported, extracting = by_name["Importing mail and calendar"], by_name["Extracting facts"]
        assert (imported.completed, imported.total, imported.finished) == (65, 65, True)
        assert (extracting.completed, extracting.total, extracting.finished) == (30, 65, False)
    progress.advance("import", 1)  # the display is gone: nobody listens
