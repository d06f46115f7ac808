"""How people solve unknowns, per team: stacked bars (matplotlib, no pyplot).

When every answer was given in order (kiosk, template) the bars show first
choices. Answers from a Forms export were chosen without order; then the bars
show the share of every choice made, and nothing is called a first choice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kennisnet.analysis import AnalysisResult, ChannelCounts, channel_label
from kennisnet.i18n import ntr, tr
from kennisnet.model import Channel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Marks the chart's title among the figure's texts (it keeps 8 px from the top).
TITLE_GID = "channels-title"

CHANNEL_COLOURS = {
    Channel.COLLEAGUE: "#0072B2",
    Channel.MANAGER: "#56B4E9",
    Channel.DOCUMENTATION: "#009E73",
    Channel.TRAINING: "#1B5E20",
    Channel.INTERNET: "#CC79A7",
    Channel.AI: "#9467BD",
    Channel.TRIAL_ERROR: "#E69F00",
    Channel.OTHER: "#A0A0A0",
}
ROW_PX = 30
EXTRA_PX = 150
#: The chart shows at most this many teams (most answers first); the table has them all.
MAX_TEAMS = 40


def natural(text: str) -> list[tuple[int, int | str]]:
    """Sort key that puts "Team 2" before "Team 10"."""
    return [
        (0, int(part)) if part.isdigit() else (1, part.lower()) for part in re.split(r"(\d+)", text)
    ]


def shown_teams(result: AnalysisResult) -> list[ChannelCounts]:
    teams = [g for g in result.channels.groups if g.respondents]
    if len(teams) <= MAX_TEAMS:
        return teams
    return sorted(teams, key=lambda g: (-g.respondents, natural(g.group or "")))[:MAX_TEAMS]


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def group_label(group: ChannelCounts) -> str:
    name = tr("Everyone") if group.kind == "overall" else group.group or tr("Team unknown")
    return tr("{name} ({count} answered)", name=name, count=group.respondents)


def by_first_choice(result: AnalysisResult) -> bool:
    """True when the chart shows first choices (every channel answer was ranked)."""
    return result.channels.overall.all_ranked


def draw_channels(figure: Figure, result: AnalysisResult) -> None:
    """Draw the chart on a matplotlib Figure (the same code can serve a PNG export)."""
    figure.clear()
    first_choice = by_first_choice(result)
    teams = sorted(shown_teams(result), key=lambda g: natural(g.group or ""))
    groups = [result.channels.overall, *teams]
    ax = figure.add_subplot(1, 1, 1)
    labels = [group_label(g) for g in groups]
    ys = list(range(len(groups)))[::-1]
    left = [0.0] * len(groups)
    for channel in CHANNEL_COLOURS:
        shares = []
        for g in groups:
            counts = g.first if first_choice else g.any_rank
            total = sum(n for _, n in counts) or 1
            shares.append(100.0 * dict(counts)[channel] / total)
        ax.barh(
            ys,
            shares,
            left=left,
            color=CHANNEL_COLOURS[channel],
            label=_first_upper(channel_label(channel)),
            height=0.7,
            edgecolor="white",
            linewidth=0.6,
        )
        for y, x0, share in zip(ys, left, shares, strict=True):
            if share >= 9:
                ax.text(
                    x0 + share / 2,
                    y,
                    f"{share:.0f}%",
                    ha="center",
                    va="center",
                    color="white",
                    fontsize=8,
                )
        left = [a + b for a, b in zip(left, shares, strict=True)]
    for y, g in zip(ys, groups, strict=True):
        if g.learns_alone:
            ax.text(
                101.5,
                y,
                ntr(
                    "{count} learns alone",
                    "{count} learn alone",
                    g.learns_alone,
                ),
                va="center",
                fontsize=8,
                color="#B3261E",
            )
    ax.set_yticks(ys, labels, fontsize=9)
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.6, len(groups) - 0.4)
    ax.set_xlabel(
        tr("Share of people who answered (%)")
        if first_choice
        else tr("Share of all the ways chosen (%)"),
        fontsize=9,
    )
    figure.suptitle(
        tr("How do people solve a problem when they don't know something? (first choice)")
        if first_choice
        else tr("How do people solve a problem when they don't know something? (all choices)"),
        fontsize=10,
        x=0.28,
        ha="left",
        gid=TITLE_GID,
    )
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    figure.legend(loc="upper center", ncol=4, fontsize=8, frameon=False)
    adjust_margins(figure)


def adjust_margins(figure: Figure) -> None:
    """Fixed margins in pixels (title above, axis and legend below), whatever the height."""
    height = max(float(figure.bbox.height), 1.0)
    for text in figure.texts:
        if text.get_gid() == TITLE_GID:
            text.set_y(1 - 8 / height)
    for legend in figure.legends:
        legend.set_bbox_to_anchor((0.5, 1 - 26 / height), transform=figure.transFigure)
    figure.subplots_adjust(left=0.28, right=0.86, top=1 - 80 / height, bottom=50 / height)


class ChannelChart(QWidget):
    """The chart in a scroll area (long lists of teams scroll), redrawn on language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll_area, 1)
        self.result: AnalysisResult | None = None
        #: The chart is drawn when it is first shown (drawing is slow for many teams).
        self._stale = True
        self.retranslate()

    def has_chart(self) -> bool:
        """True once the matplotlib figure exists (it is made when the chart is first shown:
        making it costs a tenth of a second, and most people never open this tab)."""
        return self._figure is not None

    @property
    def figure(self) -> Figure:
        """The matplotlib figure of the chart (made on first use)."""
        if self._figure is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=(8, 4), dpi=100)
            # matplotlib's Qt canvas has no type hints; the figure's canvas (typed) is it.
            canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
            self.scroll_area.setWidget(canvas)
            figure.canvas.mpl_connect("resize_event", lambda _event: adjust_margins(figure))
            self._figure = figure
        return self._figure

    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def redraw(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        figure = self.figure
        if self.result is None:
            figure.clear()
            figure.canvas.draw_idle()
            return
        rows = 1 + len(shown_teams(self.result))
        height_px = EXTRA_PX + ROW_PX * rows
        canvas = self.scroll_area.widget()  # the figure's canvas, made with the figure
        if canvas is not None:
            canvas.setMinimumHeight(height_px)
        figure.set_figheight(height_px / figure.dpi)
        draw_channels(figure, self.result)
        figure.canvas.draw_idle()

    def retranslate(self) -> None:
        if self.result is None or by_first_choice(self.result):
            text = tr(
                "What people do first when they don't know something, per team. Many people "
                "who mainly try things out themselves and learn from nobody (\u201clearn "
                "alone\u201d) can be a sign that good practice does not reach them."
            )
        else:
            overall = self.result.channels.overall
            text = tr(
                "What people do when they don't know something, per team: every way they "
                "chose counts. Answers from a Forms export ({unranked} of {answered}) were "
                "ticked without putting them in order, so there is no first choice. Many people "
                "who mainly try things out themselves and learn from nobody "
                "(\u201clearn alone\u201d) can be a sign that good practice does not reach them.",
                unranked=overall.answered - overall.ranked,
                answered=overall.answered,
            )
        teams = (
            0
            if self.result is None
            else sum(1 for g in self.result.channels.groups if g.respondents)
        )
        if teams > MAX_TEAMS:
            text += " " + tr(
                "The chart shows the {shown} teams with the most answers; the table below "
                "has all {count}.",
                shown=MAX_TEAMS,
                count=teams,
            )
        self.intro.setText(text)
        self.redraw()
