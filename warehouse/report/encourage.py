"""A short, honest note built only from the week's own numbers.

Every sentence states a figure from the data; nothing is said that the numbers do not
carry. Networking and community touchpoints count as progress; silences are named.
"""

from __future__ import annotations

from warehouse.report.data import ReportData

MIN_CHANNEL_N = 3  # fewer opportunities than this say nothing about a channel
LONG_SILENCE_DAYS = 7  # a week without a reply from anyone is named


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _best_channel(data: ReportData) -> tuple[str, float, int] | None:
    rated = [
        (r["channel"], float(r["response_rate"]), int(r["n"]))
        for r in data.latency
        if r.get("response_rate") is not None and int(r.get("n") or 0) >= MIN_CHANNEL_N
    ]
    return max(rated, key=lambda t: (t[1], t[2])) if rated else None


def encouragement(data: ReportData) -> list[str]:
    week, this, last = data.week, data.this_week, data.last_week
    notes: list[str] = []
    if data.is_silent:
        notes.append(
            f"Week {week.label} was silent: no applications, outreach, networking, replies or "
            "interviews were recorded."
        )
        if data.days_since_reply is not None and data.days_since_reply >= LONG_SILENCE_DAYS:
            notes.append(
                f"The last reply came about {data.days_since_reply} days before the end of "
                "this week. A long silence is worth naming; one note to someone you know "
                "restarts the clock."
            )
    else:
        parts = []
        if this.get("applications", 0):
            parts.append(_plural(this["applications"], "application"))
        if this.get("messages_sent", 0):
            parts.append(_plural(this["messages_sent"], "message") + " sent")
        if this.get("networking_touchpoints", 0):
            parts.append(_plural(this["networking_touchpoints"], "networking touchpoint"))
        if parts:
            listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
            notes.append(f"This week: {listed}. Every one of them is progress.")
        replies, before = this.get("replies", 0), last.get("replies", 0)
        if replies > before:
            notes.append(f"Replies rose to {replies} from {before} the week before.")
        elif replies == 0:
            notes.append("No replies came in this week.")
            if data.days_since_reply is not None and data.days_since_reply >= LONG_SILENCE_DAYS:
                notes.append(
                    f"It is about {data.days_since_reply} days since the last reply: a long "
                    "silence, named here so it is not hidden."
                )
        invited, held = this.get("interview_invitations", 0), this.get("interviews", 0)
        if invited:
            notes.append(f"{_plural(invited, 'interview invitation')} this week.")
        if held:
            notes.append(f"{_plural(held, 'interview')} on the calendar this week.")
        if this.get("offers", 0):
            notes.append(f"{_plural(this['offers'], 'offer')} arrived this week.")
        if this.get("rejections", 0):
            notes.append(
                f"{_plural(this['rejections'], 'rejection')}: each one closes a loop that "
                "would otherwise stay open."
            )
    best = _best_channel(data)
    if best:
        channel, rate, n = best
        notes.append(
            f"Across the search, {channel.replace('_', ' ')} answers most often: "
            f"{rate:.0%} of {n} opportunities got a human reply."
        )
    if data.follow_ups:
        waiting = len(data.follow_ups)
        verb = "is" if waiting == 1 else "are"
        notes.append(f"{_plural(waiting, 'thread')} {verb} waiting for your follow-up.")
    return notes
