"""The actions of the plan, grouped (formal training first, then learning on the job,
then the onboarding buddies), with HR's buttons: accept, reject, done, change, add."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.plan import FINDING_LABELS, FORM_LABELS, STATUS_LABELS, Action, Form, Plan, Status
from kennisnet.plan import action_text as sentence_of
from kennisnet.plan.sentences import join_names

KEY = Qt.ItemDataRole.UserRole
COLUMNS = 9
NUMBER, FORM, FOR, HELPS, FINDING, WHY, STATUS, OWNER, DUE = range(COLUMNS)
STATUS_COLOURS = {
    Status.PROPOSED: "#555555",
    Status.ACCEPTED: "#1f6f3f",
    Status.REJECTED: "#9a3b3b",
    Status.DONE: "#1b4f8a",
}


def group_of(action: Action) -> int:
    """0 formal training (first), 1 the forms of learning on the job, 2 onboarding buddies."""
    if action.form is Form.ONBOARDING_BUDDY:
        return 2
    return 0 if action.phase == 1 else 1


def group_titles() -> tuple[str, str, str]:
    return (
        tr("Step 1 — formal training first"),
        tr("Step 2 — then learning on the job"),
        tr("Onboarding buddies"),
    )


class ActionsView(QWidget):
    """The plan's actions as a grouped list; the buttons act on the chosen action."""

    #: (action key, what HR decided: "accepted", "rejected", "done", "proposed", "edit").
    decided = Signal(str, str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planActions")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 52), (FORM, 150), (FOR, 170), (HELPS, 150)):
            self.tree.setColumnWidth(column, width)
        for column, width in ((FINDING, 150), (STATUS, 90), (OWNER, 150), (DUE, 90)):
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(lambda *_: self._chosen())
        self.tree.itemDoubleClicked.connect(lambda *_: self._decide("edit"))
        layout.addWidget(self.tree, 1)
        self.details = QLabel()
        self.details.setObjectName("planActionDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(44)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        layout.addLayout(row)

        def button(name: str, what: str | None) -> QPushButton:
            b = QPushButton()
            b.setObjectName(name)
            if what is not None:
                b.clicked.connect(lambda _checked=False, w=what: self._decide(w))
            row.addWidget(b)
            return b

        self.accept_button = button("planAccept", Status.ACCEPTED.value)
        self.reject_button = button("planReject", Status.REJECTED.value)
        self.done_button = button("planDone", Status.DONE.value)
        self.edit_button = button("planEdit", "edit")
        self.reset_button = button("planReset", Status.PROPOSED.value)
        row.addStretch(1)
        self.add_button = button("planAddOwn", None)
        self.add_button.clicked.connect(lambda _checked=False: self.add_requested.emit())
        self.plan: Plan | None = None
        self.label: Callable[[int], str] = str
        self.retranslate()
        self._chosen()

    # -- filling -------------------------------------------------------------------

    def set_plan(self, plan: Plan | None, label: Callable[[int], str], keep: str | None) -> None:
        """Show ``plan`` (people named by ``label``); choose action ``keep`` or the first."""
        self.plan, self.label = plan, label
        self.tree.clear()
        if plan is None:
            self._chosen()
            return
        bold = QFont()
        bold.setBold(True)
        groups: list[QTreeWidgetItem | None] = [None, None, None]
        titles = group_titles()
        chosen: QTreeWidgetItem | None = None
        first: QTreeWidgetItem | None = None
        for number, action in enumerate(plan.actions, start=1):
            index = group_of(action)
            group = groups[index]
            if group is None:
                group = QTreeWidgetItem([titles[index]])
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[index] = group
            item = self._item(number, action)
            group.addChild(item)
            if action.key == keep:
                chosen = item
            if first is None:
                first = item
        self.tree.addTopLevelItems([g for g in groups if g is not None])
        for group in groups:
            if group is not None:
                group.setFirstColumnSpanned(True)
        self.tree.expandAll()
        current = chosen or first
        if current is not None:
            self.tree.setCurrentItem(current)
        self._chosen()

    def _item(self, number: int, a: Action) -> QTreeWidgetItem:
        why = sentence_of(a, self.label)
        texts = [
            str(number),
            tr(FORM_LABELS[a.form]),
            join_names([self.label(p) for p in a.people]) if a.people else "–",
            join_names([self.label(p) for p in a.partners]) if a.partners else "–",
            tr(FINDING_LABELS[a.finding]),
            why,
            tr(STATUS_LABELS[a.status]),
            a.owner or "",
            a.due or "",
        ]
        item = QTreeWidgetItem(texts)
        item.setData(NUMBER, KEY, a.key)
        item.setToolTip(WHY, why)
        item.setToolTip(FOR, texts[FOR])
        item.setToolTip(HELPS, texts[HELPS])
        item.setForeground(STATUS, QBrush(QColor(STATUS_COLOURS[a.status])))
        if a.status is Status.REJECTED:
            grey = QBrush(QColor("#8a8a8a"))
            for column in (FORM, FOR, HELPS, FINDING, WHY):
                item.setForeground(column, grey)
        return item

    # -- choosing and deciding --------------------------------------------------------

    def chosen(self) -> Action | None:
        item = self.tree.currentItem()
        key = item.data(NUMBER, KEY) if item is not None else None
        if self.plan is None or not isinstance(key, str):
            return None
        for a in self.plan.actions:
            if a.key == key:
                return a
        return None

    def _chosen(self) -> None:
        item = self.tree.currentItem()
        first = item.child(0) if item is not None and item.childCount() else None
        if first is not None:  # a heading: its first action instead
            self.tree.setCurrentItem(first)
            return
        a = self.chosen()
        for b in (self.accept_button, self.reject_button, self.done_button, self.edit_button):
            b.setEnabled(a is not None)
        decided = a is not None and (
            not a.proposed or a.status is not Status.PROPOSED or a.edited or bool(a.owner or a.due)
        )
        self.reset_button.setEnabled(decided)
        self.add_button.setEnabled(self.plan is not None)
        if a is not None:
            self.accept_button.setEnabled(a.status is not Status.ACCEPTED)
            self.reject_button.setEnabled(a.status is not Status.REJECTED)
            self.done_button.setEnabled(a.status is not Status.DONE)
        self.details.setText(self._describe(a) if a is not None else "")

    def _describe(self, a: Action) -> str:
        parts = [sentence_of(a, self.label)]
        facts = [tr("Status: {status}", status=tr(STATUS_LABELS[a.status]).lower())]
        if a.owner:
            facts.append(tr("who takes care of it: {owner}", owner=a.owner))
        if a.due:
            facts.append(tr("planned: {date}", date=a.due))
        if a.done_at:
            facts.append(tr("done on {date}", date=a.done_at[:10]))
        if not a.proposed and not a.key.startswith("hr:"):
            facts.append(tr("no longer found by the analysis"))
        parts.append(" · ".join(facts))
        return "\n".join(parts)

    def _decide(self, what: str) -> None:
        a = self.chosen()
        if a is not None:
            self.decided.emit(a.key, what)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                tr("No."),
                tr("Form of learning"),
                tr("For whom"),
                tr("Who helps"),
                tr("Finding"),
                tr("Why"),
                tr("Status"),
                tr("Who takes care of it"),
                tr("Planned"),
            ]
        )
        self.accept_button.setText(tr("Accept"))
        self.accept_button.setToolTip(tr("You will carry out this action."))
        self.reject_button.setText(tr("Reject"))
        self.reject_button.setToolTip(tr("You will not carry out this action."))
        self.done_button.setText(tr("Mark as done"))
        self.done_button.setToolTip(tr("The action has been carried out."))
        self.edit_button.setText(tr("Change…"))
        self.edit_button.setToolTip(
            tr("Change the wording, who takes care of it and when it is planned.")
        )
        self.reset_button.setText(tr("Back to the proposal"))
        self.reset_button.setToolTip(
            tr("Forget your decision and changes; your own action is removed.")
        )
        self.add_button.setText(tr("Add your own action…"))
        if self.plan is not None:
            self.set_plan(self.plan, self.label, a.key if (a := self.chosen()) else None)
