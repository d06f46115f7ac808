"""Success over the waves: the indicators as a table (one column per wave) and the
trend chart (the same drawing as in the exports, ``kennisnet.plan.chart``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis.messages import percent
from kennisnet.i18n import N_, language, tr
from kennisnet.plan.indicators import Indicators
from kennisnet.ui.figure_canvas import FigureCanvas, figure_canvas


def _share(value: float | None) -> str:
    return "–" if value is None else tr("{percent}%", percent=percent(value))


#: (label, what it means in plain words, how to show the value of one wave).
ROWS: tuple[tuple[str, str, Callable[[Indicators], str]], ...] = (
    (
        N_("Response rate"),
        N_("How many people on the staff list answered."),
        lambda r: _share(r.response_rate),
    ),
    (
        N_("Reach a trained colleague within 2 steps"),
        N_(
            "Share of people who had formal training themselves, or learn from a trained "
            "colleague, or from someone who does. Higher is better."
        ),
        lambda r: _share(r.reach_share),
    ),
    (
        N_("Newcomers connected to a trained colleague"),
        N_(
            "New employees who had formal training or learn directly from a trained "
            "colleague, out of all new employees. Higher is better."
        ),
        lambda r: f"{r.newcomers_connected}/{r.newcomers}" if r.newcomers else "–",
    ),
    (
        N_("Ties inside teams per person"),
        N_("How often people learn from someone in their own team. Higher is better."),
        lambda r: f"{r.team_ties_per_person:.2f}",
    ),
    (
        N_("Ties across departments"),
        N_("How often people learn from someone in another department. Higher is better."),
        lambda r: str(r.cross_department_ties),
    ),
    (
        N_("Risk clusters"),
        N_(
            "Groups of colleagues who learn from each other while nobody of them had "
            "formal training. Lower is better."
        ),
        lambda r: str(r.risk_clusters),
    ),
    (
        N_("Possible habit spreaders"),
        N_(
            "Untrained colleagues whom many others learn from: they may pass on their own "
            "habits. Lower is better."
        ),
        lambda r: str(r.habit_spreaders),
    ),
    (
        N_("Learners per overloaded source"),
        N_(
            "On average, how many people learn from each colleague who is asked too "
            "often. Lower is better."
        ),
        lambda r: "–" if r.learners_per_overloaded is None else f"{r.learners_per_overloaded:.1f}",
    ),
)


class IndicatorsView(QWidget):
    """The indicators of every wave with answers: the table, and the trend chart below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setObjectName("planIndicatorsCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(self.splitter, 1)
        self.table = QTableWidget()
        self.table.setObjectName("planIndicators")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.splitter.addWidget(self.table)
        self.chart_box = QWidget()
        self.chart_box.setObjectName("planIndicatorsChart")
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_box)
        self.splitter.setStretchFactor(0, 0)  # the table as high as its rows
        self.splitter.setStretchFactor(1, 1)
        #: The chart on screen (None before the first drawing, or without waves).
        self.canvas: FigureCanvas | None = None
        self.rows: list[Indicators] = []
        self.retranslate()

    def set_rows(self, rows: Sequence[Indicators]) -> None:
        self.rows = list(rows)
        self._fill()

    def _fill(self) -> None:
        rows = self.rows
        self.table.clear()
        self.table.setRowCount(len(ROWS))
        self.table.setColumnCount(len(rows))
        self.table.setHorizontalHeaderLabels([r.wave_name for r in rows])
        self.table.setVerticalHeaderLabels([tr(label) for label, _, _ in ROWS])
        for row, (label, meaning, show) in enumerate(ROWS):
            header = self.table.verticalHeaderItem(row)
            if header is not None:
                header.setToolTip(tr(meaning))
            for column, indicators in enumerate(rows):
                item = QTableWidgetItem(show(indicators))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"{tr(label)}: {tr(meaning)}")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        top = self.table.horizontalHeader().sizeHint().height()
        rows_height = self.table.verticalHeader().length()
        self.table.setMinimumHeight(top + rows_height + 2 * self.table.frameWidth() + 2)
        for column in range(len(rows)):
            self.table.setColumnWidth(column, max(120, self.table.columnWidth(column)))
        self._draw()
        self._caption()

    def _draw(self) -> None:
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas.widget)
            self.canvas.widget.setParent(None)
            self.canvas.widget.deleteLater()
            self.canvas = None
        if not self.rows or not self.isVisible():
            return  # drawn when shown: a hidden canvas is too small for the chart
        from kennisnet.plan.chart import indicators_figure

        self.canvas = figure_canvas(indicators_figure(self.rows, language()))
        self.canvas.widget.setObjectName("planIndicatorsCanvas")
        self.canvas.widget.setMinimumSize(700, 320)
        self.chart_layout.addWidget(self.canvas.widget)
        self.canvas.redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.canvas is None:
            self._draw()

    def _caption(self) -> None:
        if not self.rows:
            text = tr("No wave has answers yet. The indicators show once people have answered.")
        elif len(self.rows) == 1:
            text = tr(
                "The indicators of this first wave. Start a next wave later (Waves menu): "
                "then you see here whether the plan helped. Point at a row for what it means."
            )
        else:
            text = tr(
                "How the indicators changed from wave to wave. Point at a row for what it "
                "means. Waves without answers are left out."
            )
        self.caption.setText(text)

    def retranslate(self) -> None:
        self._fill()
