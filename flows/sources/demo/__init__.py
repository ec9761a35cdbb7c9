"""Deterministic demo data: an eight-month job search written as Google Takeout files.

    files = generate_demo(out_dir, scale=1.0, seed=7)

writes `Takeout/Mail/All mail Including Spam and Trash.mbox`,
`Takeout/Calendar/<me>.ics` and a truth JSON Lines file with gold labels for every
message. The same seed and scale give byte-identical files.

Gold labels follow DESIGN.md's kind definitions and the conventions of docs/labeling.md
(an agency sending the CV to its client is `status_update`; networking about no
particular job has no company). Where both leave room:
- the candidate's own mail takes the kind of the exchange it belongs to: an emailed
  application is `application_confirmation` (an application sent), a reply proposing or
  confirming interview times is `interview_invitation`, a reply to a recruiter's first
  message is `recruiter_outreach`, accepting an offer is `offer`, declining one and a
  withdrawal are `status_update` (docs/labeling.md), notes to contacts are `networking`;
- `label_company` / `label_role` are set only when the mail itself names them (sender,
  recipients' domains, subject or body, quoted text included), else null;
- `label_channel` is the opportunity's channel, decided once (a networking thread that
  led to a referral carries `referral`); `label_opportunity` is a stable id per
  opportunity, per networking conversation (`net-…`), or null for noise;
- career-site account mail has no opportunity: an account created or a talent-community
  welcome is `job_alert` with the employer as company, "verify your email" and password
  mail are `other` with no company (docs/labeling.md);
- mail later than the demo's "now" (2027-03-19 18:00 America/Chicago) is not written:
  waiting opportunities are right-censored as in a real inbox.
Scale multiplies the volume (applications, contacts, recruiters, noise); the story's
fixed points (the low offer, the Meridian placement via Northstar) happen once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from flows import progress
from flows.sources.demo.clock import UTC
from flows.sources.demo.context import END, NOW, START, TIMEZONE, Ctx
from flows.sources.demo.model import CalEvent
from flows.sources.demo.story import story
from flows.sources.demo.writers import IcsWriter, MboxWriter

MBOX_NAME = "All mail Including Spam and Trash.mbox"
TRUTH_NAME = "truth.jsonl"

__all__ = ["DemoFiles", "generate_demo"]


@dataclass(frozen=True)
class DemoFiles:
    mbox_path: Path
    ics_path: Path
    truth_path: Path
    me_address: str
    me_name: str
    timezone: str
    start: date
    end: date
    message_count: int
    event_count: int


def generate_demo(out_dir: Path, *, scale: float = 1.0, seed: int = 7) -> DemoFiles:
    """Write the demo mailbox, calendar and truth file under `out_dir`; return their paths."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    out_dir = Path(out_dir)
    ctx = Ctx(seed, scale)
    # A second stream for MIME details (boundaries, charsets), so the story's own
    # draws do not depend on how messages are encoded.
    wire_rng = random.Random(f"wire-{seed}")
    stamp = (NOW + timedelta(hours=1)).astimezone(UTC)
    mbox_path = out_dir / "Takeout" / "Mail" / MBOX_NAME
    ics_path = out_dir / "Takeout" / "Calendar" / f"{ctx.me.addr}.ics"
    truth_path = out_dir / TRUTH_NAME
    with (
        MboxWriter(mbox_path, truth_path, wire_rng, ctx.me, stamp) as mbox,
        IcsWriter(ics_path, ctx.me.addr, wire_rng, stamp) as ics,
    ):
        for unit in story(ctx):
            for item in sorted(unit, key=_when):
                if isinstance(item, CalEvent):
                    ics.write(item)
                else:
                    mbox.write(item)
                    progress.advance("generate", 1)  # scale 1 takes seconds, scale 50 minutes
    return DemoFiles(
        mbox_path=mbox_path,
        ics_path=ics_path,
        truth_path=truth_path,
        me_address=ctx.me.addr,
        me_name=ctx.me.name,
        timezone=TIMEZONE,
        start=START,
        end=END,
        message_count=mbox.count,
        event_count=ics.count,
    )


def _when(item: object) -> float:
    at = item.start if isinstance(item, CalEvent) else item.at  # type: ignore[attr-defined]
    return at.timestamp()
