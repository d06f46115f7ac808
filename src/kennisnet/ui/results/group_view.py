"""The dashboard's "Groups" view: the group map of a big organisation, on a Qt canvas.

The same drawing as the exported overview picture (:mod:`kennisnet.export.group_map`):
departments (or clusters) as circles, learning between them as arrows. Click a circle
to list its people beside the map, most learners first, the department's ranked
knowledge holders marked. :class:`ViewChoice` is the toolbar's "Groups | People"
switch; the panel shows the group map by default from
:data:`kennisnet.analysis.ranking.BIG_PROJECT` people on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.groups import GroupSummary, summarise_groups
from kennisnet.export.figure_page import Page
from kennisnet.export.group_map import DrawnMap, GroupMapPicture, draw_group_map, group_label
from kennisnet.export.pseudonym import Naming
from kennisnet.i18n import ntr, tr
from kennisnet.model import Person
from kennisnet.ui.figure_canvas import figure_canvas

if TYPE_CHECKING:
    from matplotlib.figure import Figure

GROUPS = "groups"
PEOPLE = "people"
#: Body text of the map on screen, in points.
SCREEN_FONT = 8.5
PERSON_ROLE = Qt.ItemDataRole.UserRole


class ViewChoice(QWidget):
    """Two buttons: Groups (the group map) or People (every person)."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphViewChoice")
        self.groups_button = QPushButton()
        self.groups_button.setObjectName("showGroupsButton")
        self.people_button = QPushButton()
        self.people_button.setObjectName("showPeopleButton")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(0)
        for button in (self.groups_button, self.people_button):
            button.setCheckable(True)
            self._group.addButton(button)
            layout.addWidget(button)
        self.people_button.setChecked(True)
        self.groups_button.clicked.connect(lambda: self.changed.emit(GROUPS))
        self.people_button.clicked.connect(lambda: self.changed.emit(PEOPLE))
        self.retranslate()

    @property
    def mode(self) -> str:
        return GROUPS if self.groups_button.isChecked() else PEOPLE

    def set_mode(self, mode: str) -> None:
        (self.groups_button if mode == GROUPS else self.people_button).setChecked(True)

    def retranslate(self) -> None:
        self.groups_button.setText(tr("Groups"))
        self.groups_button.setToolTip(
            tr("One circle per department or cluster: readable for a big organisation")
        )
        self.people_button.setText(tr("People"))
        self.people_button.setToolTip(tr("Every person as a dot"))


class GroupMapView(QWidget):
    """The group map and, beside it, the people of the group clicked."""

    #: The index (into ``summary.groups``) of the group clicked.
    group_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.figure import Figure

        self.setObjectName("groupMap")
        self.figure: Figure = Figure(figsize=(8, 5), dpi=100)
        canvas = figure_canvas(self.figure)
        self.canvas = canvas.widget
        self.canvas.setObjectName("groupMapCanvas")
        self._redraw_canvas = canvas.redraw
        self.caption = QLabel()
        self.caption.setObjectName("groupMapCaption")
        self.caption.setWordWrap(True)
        self.people = QListWidget()
        self.people.setObjectName("groupMapPeople")
        side = QVBoxLayout()
        side.addWidget(self.caption)
        side.addWidget(self.people, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(210)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(side_widget)
        self.result: AnalysisResult | None = None
        self.summary: GroupSummary | None = None
        self.naming: Naming | None = None
        self.drawn: DrawnMap | None = None
        self.chosen: int | None = None
        self._stale = True
        self.figure.canvas.mpl_connect("button_press_event", self._pressed)
        # A resize redraws once it settles (each drawing takes a few tenths of a second
        # at 10,000 people: drawing at every step of a drag would keep the window waiting).
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(200)
        self._settle.timeout.connect(self.redraw)
        self._drawn_key: tuple[object, ...] | None = None
        self.figure.canvas.mpl_connect("resize_event", lambda _event: self._settle.start())
        self.retranslate()

    def set_result(self, result: AnalysisResult | None, people: Sequence[Person] = ()) -> None:
        self.result = result
        self.summary = summarise_groups(result) if result is not None else None
        self.naming = Naming.build(people, pseudonymised=False)
        self.chosen = None
        self.people.clear()
        self._caption()
        self._stale = True
        self._drawn_key = None
        # Drawn in a turn of the event loop of its own, after the groups are counted.
        QTimer.singleShot(0, self, self.redraw)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def redraw(self) -> None:
        """Draw the map at the canvas's size (later, when it is not visible)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        w, h = (float(v) for v in self.figure.get_size_inches())
        key = (id(self.result), round(w, 2), round(h, 2), _language())
        if key == self._drawn_key and self.drawn is not None:
            return  # this map at this size is on screen already
        self._drawn_key = key
        self.figure.clear()
        self.drawn = None
        if self.result is not None and self.summary is not None and self.naming is not None:
            page = Page("screen", w, h, float(self.figure.dpi), SCREEN_FONT)
            picture = GroupMapPicture(
                summary=self.summary,
                result=self.result,
                naming=self.naming,
                lang=_language(),
            )
            self.drawn = draw_group_map(self.figure, picture, page)
        self._redraw_canvas()

    def retranslate(self) -> None:
        self._caption()
        if self.chosen is not None:
            self.choose(self.chosen)
        self.redraw()

    def circle_centre(self, index: int) -> tuple[float, float] | None:
        """Where the group's circle is on the canvas, in widget pixels (for tests and tips)."""
        if self.drawn is None:
            return None
        for group, x, y, _r in self.drawn.circles:
            if group == index:
                px, py = self.drawn.axes.transData.transform((x, y))
                ratio = self.canvas.devicePixelRatioF() or 1.0
                return float(px) / ratio, self.canvas.height() - float(py) / ratio
        return None

    def choose(self, index: int) -> None:
        """List the people of group ``index``: most learners first."""
        result, summary, naming = self.result, self.summary, self.naming
        if result is None or summary is None or naming is None:
            return
        self.chosen = index
        group = summary.groups[index]
        ranked: tuple[int, ...] = next(
            (
                d.holders
                for d in result.department_holders
                if group.department is not None and d.department == group.department
            ),
            (),
        )
        self.caption.setText(
            "<b>{}</b><br>{}".format(
                group_label(group, summary.by, naming, _language()),
                ntr("{count} person", "{count} people", group.size),
            )
        )
        self.people.clear()
        members = sorted(
            (result.person(pid) for pid in group.members), key=lambda p: (-p.in_degree, p.name)
        )
        for p in members:
            text = ntr(
                "{name}: {count} learner", "{name}: {count} learners", p.in_degree, name=p.name
            )
            if p.id in ranked:
                text = "★ " + text
            item = QListWidgetItem(text)
            item.setData(PERSON_ROLE, p.id)
            self.people.addItem(item)
        self.group_chosen.emit(index)

    def _pressed(self, event: Any) -> None:
        drawn = self.drawn
        if drawn is None or event.inaxes is not drawn.axes or event.xdata is None:
            return
        index = drawn.group_at(float(event.xdata), float(event.ydata))
        if index is not None:
            self.choose(index)

    def _caption(self) -> None:
        self.caption.setText(tr("Click a circle to see its people."))


def _language() -> str:
    from kennisnet.i18n import language

    return language()
