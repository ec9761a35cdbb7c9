"""Charts for the weekly summary: matplotlib figures saved as inline SVG.

SVG keeps the HTML report one self-contained file (no image files, no network), scales
to any screen width, and keeps its text selectable. Output is deterministic: fixed hash
salt per chart and no date metadata, so the same data gives the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from datetime import date

import matplotlib

matplotlib.use("Agg")  # no display on servers and workers

import matplotlib.pyplot as plt  # noqa: E402

CHANNEL_COLORS = {
    "referral": "#1b9e77",
    "networking": "#7570b3",
    "agency": "#d95f02",
    "recruiter_inbound": "#e7298a",
    "job_board": "#66a61e",
    "cold_application": "#a6761d",
    "unknown": "#999999",
}
SERIES_COLORS = ["#1f77b4", "#7570b3", "#2ca02c", "#d95f02", "#e7298a", "#8c564b"]


def _svg(fig: plt.Figure, name: str, title: str) -> str:
    """The figure as an <svg> element that shrinks to its container."""
    with plt.rc_context({"svg.hashsalt": name, "svg.fonttype": "none"}):
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    text = text[text.index("<svg") :]
    # Width/height in pt would fix the size; the viewBox alone lets CSS scale it.
    text = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", text, count=1)
    # Several charts share one page: element ids (figure_1, clip paths) must not collide.
    text = text.replace(' id="', f' id="{name}-')
    text = text.replace('href="#', f'href="#{name}-').replace("url(#", f"url(#{name}-")
    return text.replace(
        "<svg", f'<svg class="chart" role="img" aria-label="{title}" data-chart="{name}"', 1
    )


def _figure(height: float = 3.2) -> tuple[plt.Figure, plt.Axes]:
    fig, ax = plt.subplots(figsize=(7.0, height), dpi=100)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    return fig, ax


def km_chart(curves: Mapping[str, Sequence[tuple[float, float, float, float]]]) -> str:
    """P(answered within t days) per channel: Kaplan–Meier steps with 95% bands.

    `curves[channel]` is a list of (day, p, low, high), starting at day 0.
    """
    fig, ax = _figure(3.6)
    for channel, points in curves.items():
        if len(points) < 2:
            continue
        days = [p[0] for p in points]
        color = CHANNEL_COLORS.get(channel, "#444444")
        ax.step(days, [p[1] for p in points], where="post", color=color, label=channel, lw=1.8)
        ax.fill_between(
            days,
            [p[2] for p in points],
            [p[3] for p in points],
            step="post",
            color=color,
            alpha=0.15,
            linewidth=0,
        )
    ax.set_xlabel("days since first touch")
    ax.set_ylabel("P(answered)")
    ax.set_ylim(0, 1)
    ax.set_xlim(left=0)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(frameon=False, fontsize=8, ncols=2)
    else:
        ax.text(0.5, 0.5, "no opportunities yet", ha="center", transform=ax.transAxes)
    return _svg(fig, "km", "Chance of an answer by days since first touch, per channel")


def funnel_chart(rows: Sequence[Mapping[str, object]], stages: Sequence[tuple[str, str]]) -> str:
    """Grouped horizontal bars: each stage's count per channel."""
    fig, ax = _figure(0.5 + 0.55 * max(len(rows), 1))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.grid(axis="y", visible=False)
    height = 0.8 / max(len(stages), 1)
    labels = [str(r["channel"]) for r in rows]
    for i, (key, title) in enumerate(stages):
        values = [float(r.get(key) or 0) for r in rows]
        positions = [n + i * height for n in range(len(rows))]
        ax.barh(positions, values, height=height, label=title, color=SERIES_COLORS[i])
    ax.set_yticks([n + height * (len(stages) - 1) / 2 for n in range(len(rows))], labels)
    ax.invert_yaxis()
    ax.set_xlabel("opportunities")
    ax.legend(frameon=False, fontsize=8, ncols=len(stages), loc="lower right")
    return _svg(fig, "funnel", "Funnel by channel")


def activity_chart(
    weeks: Sequence[date], series: Mapping[str, Sequence[float]], highlight: date | None
) -> str:
    """Weekly counts over the whole search, one line per measure."""
    fig, ax = _figure(3.2)
    for i, (title, values) in enumerate(series.items()):
        ax.plot(weeks, values, label=title, color=SERIES_COLORS[i % len(SERIES_COLORS)], lw=1.6)
    if highlight is not None:
        ax.axvline(highlight, color="#333333", lw=0.8, ls="--")
    ax.set_ylabel("per week")
    ax.set_ylim(bottom=0)
    if weeks:
        ax.legend(frameon=False, fontsize=8, ncols=3)
    else:
        ax.text(0.5, 0.5, "no activity yet", ha="center", transform=ax.transAxes)
    fig.autofmt_xdate()
    return _svg(fig, "activity", "Weekly activity over the whole search")
