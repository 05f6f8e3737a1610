"""Charts of a report as PNG images (matplotlib, no display): trend, topics, country-pair network."""
from __future__ import annotations

import io
import math

from kronika.report.build import shift_month
from kronika.report.messages import catalogue


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    _plt().close(fig)
    return buf.getvalue()


def _integer_axis(axis) -> None:
    """Counts have whole-number ticks only, starting at zero."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))
    if axis.axis_name == "y":  # at least 0..1: an empty year has no 0.02 ticks either
        axis.axes.set_ylim(0, max(1, axis.axes.get_ylim()[1]))
    else:
        axis.axes.set_xlim(0, max(1, axis.axes.get_xlim()[1]))


def trend(stats: dict, headings: list[str], month: str, lang: str) -> bytes:
    """Events per section in each of the last 12 months, as PNG."""
    return _png(trend_figure(stats, headings, month, lang))


def trend_figure(stats: dict, headings: list[str], month: str, lang: str):
    """Events per section in each of the last 12 months."""
    plt = _plt()
    earliest = min((m for m, n in stats.get("monthly", {}).items() if n), default=month)
    # no line through months the database has no data for: they are unknown, not zero
    months = [m for m in (shift_month(month, -k) for k in range(11, -1, -1)) if m >= earliest]
    fig, ax = plt.subplots(figsize=(7, 3))
    for i, h in enumerate(headings):
        ax.plot(months, [stats["sections_monthly"].get(m, {}).get(i, 0) for m in months], marker="os^Dv"[i % 5],
                linestyle=["-", "--", ":", "-."][i % 4], linewidth=1.6, alpha=0.85, label=h)
    ax.set_title(catalogue(lang)["CHART_TREND"])
    _integer_axis(ax.yaxis)
    ax.tick_params(axis="x", labelrotation=45, labelsize=7)
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    return fig


def topics(stats: dict, lang: str) -> bytes:
    """How many stories of the month touch each topic, as PNG."""
    return _png(topics_figure(stats, lang))


def topics_figure(stats: dict, lang: str):
    """How many stories of the month touch each topic."""
    plt = _plt()
    items = stats["topics"].most_common(10)
    names = catalogue(lang).get("TOPICS_NOMINATIVE") or catalogue(lang)["TOPICS"]  # labels stand alone
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh([names.get(k, k) for k, _ in items][::-1], [v for _, v in items][::-1], color="#4a7ab0")
    ax.set_title(catalogue(lang)["CHART_TOPICS"])
    _integer_axis(ax.xaxis)
    return fig


def network(stats: dict, lang: str, top: int = 10) -> bytes:
    """The most active country pairs as a small network on a circle."""
    plt = _plt()
    pairs = stats["pairs"].most_common(top)
    nodes = sorted({c for (a, b), _ in pairs for c in (a, b)})
    pos = {c: (math.cos(2 * math.pi * i / max(1, len(nodes))), math.sin(2 * math.pi * i / max(1, len(nodes))))
           for i, c in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(5, 5))
    most = max((k for _, k in pairs), default=1)
    for (a, b), k in pairs:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color="#4a7ab0", linewidth=1 + 5 * k / most, alpha=0.7)
    for c, (x, y) in pos.items():
        ax.scatter([x], [y], s=500, color="#f0c05a", zorder=3)
        ax.text(x, y, c, ha="center", va="center", fontsize=9, zorder=4)
    ax.set_title(catalogue(lang)["CHART_NETWORK"])
    ax.set_axis_off()
    ax.set_xlim(-1.4, 1.4)
    ax.set_ylim(-1.4, 1.4)
    return _png(fig)


def all_charts(stats: dict, headings: list[str], month: str, lang: str) -> dict[str, bytes]:
    return {"trend": trend(stats, headings, month, lang), "topics": topics(stats, lang),
            "network": network(stats, lang)}
