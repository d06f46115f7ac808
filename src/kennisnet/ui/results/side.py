"""The side panel next to the graph: colour choice, legend, 'show only' filter, search, cards."""

from __future__ import annotations

from collections.abc import Sequence

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
from kennisnet.export import sizes
from kennisnet.export.attributes import Attribute, available, grouping
from kennisnet.i18n import tr
from kennisnet.model import Person
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
    #: An ``export.sizes`` key: what the dots are sized by.
    size_changed = Signal(str)
    department_changed = Signal(object)
    #: (column key, value) of 'show only' for a column other than the department; or
    #: (None, None) for everyone.
    show_only_changed = Signal(object, object)
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
        self.size_heading = _heading()
        #: Size the dots by: colleagues who learn from them (default) or any number.
        self.size_choice = QComboBox()
        self.size_choice.setObjectName("size_by")
        self.size_choice.currentIndexChanged.connect(
            lambda _i: self.size_changed.emit(str(self.size_choice.currentData()))
        )
        self.shapes = Legend()
        self.department_heading = _heading()
        #: Which column 'show only' looks at (the department unless chosen otherwise).
        self.show_only_by = QComboBox()
        self.show_only_by.setObjectName("show_only_by")
        self.show_only_by.currentIndexChanged.connect(self._show_only_by_changed)
        #: The value to show (of the department, or of the column in ``show_only_by``).
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(self._value_changed)
        for widget in (
            self.search_heading,
            self.search,
            self.search_status,
            self.whatif,
            self.cards,
            self.colour_heading,
            self.colour,
            self.legend,
            self.size_heading,
            self.size_choice,
            self.shapes,
            self.department_heading,
            self.show_only_by,
            self.department,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(inner)
        self.result: AnalysisResult | None = None
        self.people: Sequence[Person] = ()
        #: The staff-list columns that tell people apart (not the department).
        self.columns: list[Attribute] = []
        self.retranslate()

    def set_result(self, result: AnalysisResult | None, people: Sequence[Person] = ()) -> None:
        """Names, departments and staff-list columns (None: nothing is shown)."""
        self.result = result
        self.people = people if result is not None else ()
        self.names.setStringList(sorted(p.name for p in result.people) if result else [])
        self.columns = [a for a in available(self.people) if a.key != "department"]
        self._fill_colours()
        self._fill_sizes()
        self._fill_show_only_by()
        self._fill_departments()
        if result is None:
            self.show_hint()

    def _fill_colours(self) -> None:
        """Today's choices, then every column of the staff list that tells people apart."""
        current = self.colour.currentData()
        self.colour.blockSignals(True)
        while self.colour.count() > len(ColourBy):
            self.colour.removeItem(self.colour.count() - 1)
        for attribute in self.columns:
            self.colour.addItem(attribute.label(), attribute.key)
        index = self.colour.findData(current)
        self.colour.setCurrentIndex(max(index, 0))
        self.colour.blockSignals(False)
        if index < 0:
            self.colour_changed.emit(self.colour.currentData())

    def _fill_sizes(self) -> None:
        """The analysis's figures, the years since start and every numeric column."""
        current = self.size_choice.currentData() or sizes.LEARNERS
        self.size_choice.blockSignals(True)
        self.size_choice.clear()
        for choice in sizes.available(self.people):
            self.size_choice.addItem(choice.label(), choice.key)
        index = self.size_choice.findData(current)
        self.size_choice.setCurrentIndex(max(index, 0))
        self.size_choice.blockSignals(False)
        if index < 0:
            self.size_changed.emit(str(self.size_choice.currentData()))

    def _fill_show_only_by(self) -> None:
        current = self.show_only_by.currentData()
        self.show_only_by.blockSignals(True)
        self.show_only_by.clear()
        self.show_only_by.addItem(tr("Department"), "department")
        for attribute in self.columns:
            self.show_only_by.addItem(attribute.label(), attribute.key)
        index = self.show_only_by.findData(current)
        self.show_only_by.setCurrentIndex(max(index, 0))
        self.show_only_by.setVisible(bool(self.columns))
        self.show_only_by.blockSignals(False)

    def _show_only_by_changed(self, _index: int) -> None:
        self.department.blockSignals(True)
        self.department.setCurrentIndex(0)
        self.department.blockSignals(False)
        self.department_changed.emit(None)
        self.show_only_changed.emit(None, None)
        self._fill_departments()

    def _value_changed(self, _index: int) -> None:
        key = self.show_only_by.currentData() or "department"
        if key == "department":
            self.department_changed.emit(self.department.currentData())
        else:
            self.show_only_changed.emit(key, self.department.currentData())

    def _fill_departments(self) -> None:
        result = self.result
        current = self.department.currentData()
        key = self.show_only_by.currentData() or "department"
        self.department.blockSignals(True)
        self.department.clear()
        if key != "department":
            self.department.addItem(tr("Everyone"), None)
            for group in grouping(self.people, Attribute(key)).groups:
                if group.kind in ("value", "band"):
                    self.department.addItem(group.label(), group.value)
            index = self.department.findData(current)
            self.department.setCurrentIndex(max(index, 0))
            self.department.blockSignals(False)
            if index < 0 and current is not None:
                self.show_only_changed.emit(None, None)
            return
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
            key = self.colour.itemData(i)
            label = COLOUR_BY_LABELS.get(key)
            self.colour.setItemText(i, tr(label) if label else Attribute(key).label())
        self.size_heading.setText(tr("Size the dots by"))
        self.size_choice.setToolTip(
            tr(
                "Bigger dots for bigger numbers: how many colleagues learn from someone, "
                "or a column of the staff list with numbers (such as hours or years of service)"
            )
        )
        for i in range(self.size_choice.count()):
            self.size_choice.setItemText(i, sizes.SizeBy(str(self.size_choice.itemData(i))).label())
        self.colour.setToolTip(
            tr("Give the dots a colour by cluster, training or a column of the staff list")
        )
        self.department_heading.setText(tr("Show only"))
        self.show_only_by.setToolTip(tr("Which column of the staff list to filter on"))
        for i in range(self.show_only_by.count()):
            self.show_only_by.setItemText(i, Attribute(self.show_only_by.itemData(i)).label())
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
