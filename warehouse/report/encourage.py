"""A short, honest note built only from the week's own numbers.

Every sentence states a figure from the data; nothing is said that the numbers do not
carry. Networking and community touchpoints count as progress; silences are named.
"""

from __future__ import annotations

from warehouse.report.data import ReportData

MIN_CHANNEL_N = 3  # fewer opportunities than this say nothing about a channel


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
        if data.days_since_reply is not None and data.days_since_reply >= 14:
            notes.append(
                f"The last reply came about {data.days_since_reply} days before the end of "
                "this week. A long silence is worth naming; one note to someone you know "
                "restarts the clock."
            )
    else:
        effort = this.get("applications", 0) + this.get("outreach", 0)
        people = this.get("networking", 0)
        if effort or people:
            parts = []
            if effort:
                parts.append(
                    _plural(effort, "application or outreach", "applications and outreach")
                )
            if people:
                parts.append(_plural(people, "networking touchpoint"))
            notes.append(f"You put in {' and '.join(parts)} this week; that is progress.")
        replies, before = this.get("replies", 0), last.get("replies", 0)
        if replies > before:
            notes.append(f"Replies rose to {replies} from {before} the week before.")
        elif replies == 0:
            notes.append("No replies came in this week.")
            if data.days_since_reply is not None and data.days_since_reply >= 14:
                notes.append(
                    f"It is about {data.days_since_reply} days since the last reply: a long "
                    "silence, named here so it is not hidden."
                )
        if this.get("interviews", 0):
            notes.append(f"{_plural(this['interviews'], 'interview')} this week.")
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
        notes.append(f"{_plural(len(data.follow_ups), 'thread')} are waiting for a follow-up.")
    return notes
