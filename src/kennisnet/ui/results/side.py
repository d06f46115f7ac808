"""The side panel next to the graph: colour choice, legend, department filter, search, cards."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.messages import percent
from kennisnet.i18n import tr
from kennisnet.ui.results.card import ClusterCard, PersonCard
from kennisnet.ui.results.legend import Legend
from kennisnet.ui.results.palette import COLOUR_BY_LABELS, ColourBy, departments
from kennisnet.ui.results.whatif import WhatIfBox

WIDTH = 330


def _heading() -> QLabel:
    label = QLabel()
    label.setStyleSheet("font-weight:bold; color:#333333; margin-top:6px;")
    return label


class CardStack(QWidget):
    """Shows one of its widgets; unlike QStackedWidget it is only as tall as that one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widgets: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - like QStackedWidget
        self._widgets.append(widget)
        self._layout.addWidget(widget)
        widget.setVisible(self._current is None)
        if self._current is None:
            self._current = widget

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - like QStackedWidget
        self._current = widget
        for w in self._widgets:
            w.setVisible(w is widget)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - like QStackedWidget
        return self._current


class SidePanel(QScrollArea):
    colour_changed = Signal(object)
    department_changed = Signal(object)
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(WIDTH)
        self.setMaximumWidth(WIDTH + 120)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 4, 8, 8)
        self.search_heading = _heading()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.search.returnPressed.connect(self._search)
        self.completer.activated.connect(self.search_requested)
        self.search_status = QLabel()
        self.search_status.setStyleSheet("color:#8A4B00;")
        self.search_status.setVisible(False)
        self.whatif = WhatIfBox()
        self.whatif.setVisible(False)
        self.cards = CardStack()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555555;")
        self.person_card = PersonCard()
        self.cluster_card = ClusterCard()
        self.cards.addWidget(self.hint)
        self.cards.addWidget(self.person_card)
        self.cards.addWidget(self.cluster_card)
        self.colour_heading = _heading()
        self.colour = QComboBox()
        for mode in (ColourBy.TRAINED, ColourBy.CLUSTER, ColourBy.DEPARTMENT):
            self.colour.addItem("", mode)
        self.colour.currentIndexChanged.connect(
            lambda _i: self.colour_changed.emit(self.colour.currentData())
        )
        self.legend = Legend()
        self.shapes = Legend()
        self.department_heading = _heading()
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(
            lambda _i: self.department_changed.emit(self.department.currentData())
        )
        for widget in (
            self.search_heading,
            self.search,
            self.search_status,
            self.whatif,
            self.cards,
            self.colour_heading,
            self.colour,
            self.legend,
            self.shapes,
            self.department_heading,
            self.department,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(inner)
        self.result: AnalysisResult | None = None
        self.retranslate()

    def set_result(self, result: AnalysisResult | None) -> None:
        """Names and departments of ``result`` (None: nothing is shown)."""
        self.result = result
        self.names.setStringList(sorted(p.name for p in result.people) if result else [])
        self._fill_departments()
        if result is None:
            self.show_hint()

    def _fill_departments(self) -> None:
        result = self.result
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(tr("All departments"), None)
        if result is not None:
            rates = {d.department: d for d in result.quality.departments}
            for dept in departments(result):
                if dept is None:
                    continue
                rate = rates.get(dept)
                text = (
                    tr(
                        "{department} ({percent}% answered)",
                        department=dept,
                        percent=percent(rate.rate),
                    )
                    if rate is not None
                    else dept
                )
                self.department.addItem(text, dept)
        index = self.department.findData(current)
        self.department.setCurrentIndex(max(index, 0))
        self.department.blockSignals(False)
        if index < 0 and current is not None:
            self.department_changed.emit(None)

    def _search(self) -> None:
        text = self.search.text().strip()
        if text:
            self.search_requested.emit(text)

    def show_hint(self) -> None:
        self.cards.setCurrentWidget(self.hint)

    def retranslate(self) -> None:
        self.search_heading.setText(tr("Find a person"))
        self.search.setPlaceholderText(tr("Type a name and press Enter"))
        self.colour_heading.setText(tr("Colour the dots by"))
        for i in range(self.colour.count()):
            self.colour.setItemText(i, tr(COLOUR_BY_LABELS[self.colour.itemData(i)]))
        self.department_heading.setText(tr("Show one department"))
        self._fill_departments()
        self.hint.setText(
            tr(
                "Click a dot to see that person's figures, whom they learn from and who "
                "learns from them. Scroll to zoom, drag to move, F to fit."
            )
        )
        self.person_card.retranslate()
        self.cluster_card.retranslate()
        self.whatif.retranslate()
