"""Workshop mode: the knowledge network on a projector, step by step.

Keys (presentation clickers send these): Right, Space, PageDown = next step;
Left, PageUp = previous; Home/End = first/last; N = names or codes;
F = type your personal code; Esc leaves (or leaves the text field first).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult, WhatIfResult, what_if
from kennisnet.export import Naming, NetworkPicture, Page, draw_network
from kennisnet.i18n import language, tr
from kennisnet.layout import compute_layout
from kennisnet.model import SurveyData
from kennisnet.ui.figure_canvas import figure_canvas
from kennisnet.ui.language import language_bus
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task
from kennisnet.ui.workshop import steps
from kennisnet.ui.workshop.steps import FIND_COLOUR, STEPS, StepView

#: Body text size on screen (points at the canvas' 100 dpi): readable at the back of a room.
SCREEN_FONT = 15.0
_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


class WorkshopWindow(QWidget):
    """Full-screen presentation of one analysis result (see the module docstring)."""

    step_changed = Signal(int)
    what_if_ready = Signal()

    def __init__(
        self,
        result: AnalysisResult,
        data: SurveyData,
        settings: Settings | None = None,
        *,
        title: str,
        pseudonymised: bool = False,
    ) -> None:
        super().__init__()
        from matplotlib.figure import Figure

        self.setObjectName("workshop")
        self.result = result
        self.data = data
        self.settings = settings
        self.project_title = title
        self._namings = {
            flag: Naming.build(data.people, pseudonymised=flag) for flag in (False, True)
        }
        self.pseudonymised = pseudonymised
        self.positions = compute_layout(result)
        self.step = 0
        self.found: int | None = None
        self.leaving: list[int] = []
        self.outcome: WhatIfResult | None = None
        self.task: Task | None = None
        self.view: StepView | None = None
        self.setStyleSheet(
            "QWidget#workshop { background: white; }"
            "QLabel { color: #1f2937; }"
            "QPushButton { font-size: 16pt; padding: 6px 14px; }"
            "QLineEdit, QComboBox { font-size: 16pt; padding: 4px; }"
        )

        self.title_label = QLabel()
        self.title_label.setFont(QFont(self.font().family(), 30, QFont.Weight.Bold))
        self.counter = QLabel()
        self.counter.setFont(QFont(self.font().family(), 18))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.counter)

        self.figure = Figure(dpi=100)
        canvas = figure_canvas(self.figure)
        self.canvas = canvas.widget
        self._redraw = canvas.redraw
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setFont(QFont(self.font().family(), 19))
        self.text.setMinimumWidth(420)
        self.text.setMaximumWidth(620)
        self.busy = QLabel()
        self.busy.setFont(QFont(self.font().family(), 16))

        # What if: choose people.
        self.picker = QComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumWidth(320)
        completer = self.picker.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_leaving)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_leaving)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.add_button)
        picker_row.addWidget(self.clear_button)
        self.picker_box = QWidget()
        self.picker_box.setLayout(picker_row)

        side = QVBoxLayout()
        side.addWidget(self.text, 1)
        side.addWidget(self.busy)
        side.addWidget(self.picker_box)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addLayout(side)

        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_step)
        self.names_button = QPushButton()
        self.names_button.setCheckable(True)
        self.names_button.clicked.connect(lambda: self.set_pseudonymised(not self.pseudonymised))
        self.code_label = QLabel()
        self.code_label.setFont(QFont(self.font().family(), 16))
        self.code_edit = QLineEdit()
        self.code_edit.setMaximumWidth(180)
        self.code_edit.textChanged.connect(self.find_yourself)
        self.found_label = QLabel()
        self.found_label.setFont(QFont(self.font().family(), 16))
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        for widget in (self.prev_button, self.next_button, self.names_button):
            footer.addWidget(widget)
        footer.addSpacing(30)
        footer.addWidget(self.code_label)
        footer.addWidget(self.code_edit)
        footer.addWidget(self.found_label, 1)
        footer.addWidget(self.leave_button)
        for button in (self.prev_button, self.next_button, self.names_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in (self.add_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 14)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for child in (self.code_edit, self.picker):
            child.installEventFilter(self)
        line_edit = self.picker.lineEdit()
        if line_edit is not None:
            line_edit.installEventFilter(self)
            line_edit.returnPressed.connect(self._add_leaving)
        language_bus().changed.connect(self.retranslate)
        self.retranslate()

    # -- state ----------------------------------------------------------------
    @property
    def naming(self) -> Naming:
        return self._namings[self.pseudonymised]

    @property
    def step_key(self) -> str:
        return STEPS[self.step]

    @property
    def lines(self) -> list[str]:
        return list(self.view.lines) if self.view else []

    def go_to(self, index: int) -> None:
        index = max(0, min(len(STEPS) - 1, index))
        if index != self.step:
            self.step = index
            self.refresh()
            self.step_changed.emit(index)

    def next_step(self) -> None:
        self.go_to(self.step + 1)

    def previous_step(self) -> None:
        self.go_to(self.step - 1)

    def set_pseudonymised(self, flag: bool) -> None:
        self.pseudonymised = flag
        self._fill_picker()
        self.refresh()

    def find_yourself(self, text: str) -> None:
        lang = language()
        self.found = steps.find_code(self.naming.codes, text) if text.strip() else None
        if not text.strip():
            self.found_label.setText("")
        elif self.found is None:
            self.found_label.setText(tr("Nobody has this code.", lang=lang))
        else:
            self.found_label.setText(
                tr("Found: {code} (purple ring)", lang=lang, code=self.naming.code(self.found))
            )
        self.refresh()

    def set_leaving(self, person_ids: list[int]) -> None:
        """Start the what-if calculation for these people (in the background)."""
        self.leaving = sorted(set(person_ids))
        if self.task is not None:
            self.task.cancel()
        self.outcome = None
        if not self.leaving:
            self.busy.setText("")
            self.refresh()
            return
        self.busy.setText(tr("Calculating…", lang=language()))
        leaving, data, base = list(self.leaving), self.data, self.result

        def work(progress: Progress, cancelled: Cancel) -> WhatIfResult:
            return what_if(
                data, leaving, base.options, base=base, progress=progress, cancel=cancelled
            )

        task_box: list[Task] = []

        def done(outcome: WhatIfResult) -> None:
            if task_box and task_box[0] is not self.task:
                return  # an older calculation; a newer one is running
            self.task = None
            self.outcome = outcome
            self.busy.setText("")
            self.refresh()
            self.what_if_ready.emit()

        def failed(error: BaseException, details: str) -> None:
            if task_box and task_box[0] is not self.task:
                return
            self.task = None
            self.busy.setText(tr("The calculation failed: {error}", lang=language(), error=error))

        self.task = run_task(work, on_done=done, on_error=failed)
        task_box.append(self.task)

    def clear_leaving(self) -> None:
        self.set_leaving([])

    def _add_leaving(self) -> None:
        index = self.picker.findText(self.picker.currentText().strip())
        if index < 0:
            return
        pid = int(self.picker.itemData(index))
        self.picker.setEditText("")
        self.set_leaving([*self.leaving, pid])

    def _fill_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        people = [p for p in self.result.people if not p.external]
        naming = self.naming
        entries = sorted(((naming.label(p), p.id) for p in people), key=lambda e: e[0].casefold())
        for label, pid in entries:
            self.picker.addItem(label, pid)
        self.picker.setEditText("")
        self.picker.blockSignals(False)

    # -- drawing ----------------------------------------------------------------
    def _view(self, lang: str) -> StepView:
        shown = self.naming.result(self.result, lang)
        key = self.step_key
        if key == "overview":
            return steps.overview(shown, self.naming, lang)
        if key == "holders":
            return steps.holders(shown, self.naming, lang)
        if key == "risk":
            return steps.risk(shown, self.naming, lang)
        if key == "whatif":
            return steps.what_if_view(shown, self.naming, lang, self.outcome)
        return steps.advice(shown, self.naming, lang)

    def refresh(self) -> None:
        lang = language()
        view = self._view(lang)
        self.view = view
        self.title_label.setText(view.title)
        self.counter.setText(
            tr("Step {step} of {total}", lang=lang, step=self.step + 1, total=len(STEPS))
        )
        self.picker_box.setVisible(self.step_key == "whatif")
        items = "".join(f"<p style='margin-bottom:14px'>{_html(line)}</p>" for line in view.lines)
        self.text.setText(items)
        self.names_button.setChecked(self.pseudonymised)
        self.names_button.setText(
            tr("Show names (N)", lang=lang)
            if self.pseudonymised
            else tr("Show codes (N)", lang=lang)
        )
        self.draw()

    def draw(self) -> None:
        lang = language()
        view = self.view or self._view(lang)
        settings = view.picture
        rings = dict(settings.get("rings", {}))
        labelled = list(settings.get("labelled", [p.id for p in self.result.key_holders]))
        extra = list(settings.get("extra_legend", []))
        if self.found is not None:
            rings[self.found] = FIND_COLOUR
            labelled = [self.found, *[pid for pid in labelled if pid != self.found]]
            extra.append((FIND_COLOUR, tr("Found by personal code", lang=lang)))
        picture = NetworkPicture(
            result=self.naming.result(self.result, lang),
            positions=self.positions,
            naming=self.naming,
            lang=lang,
            rings=rings,
            labelled=labelled,
            extra_legend=extra,
            facts=[],
            max_labels=16,
            color_by=settings.get("color_by", "cluster"),
            emphasis=settings.get("emphasis"),
            label_texts=settings.get("label_texts", {}),
            leaving=settings.get("leaving", frozenset()),
        )
        width, height = self.figure.get_size_inches()
        page = Page("screen", float(width), float(height), float(self.figure.dpi), SCREEN_FONT)
        draw_network(self.figure, picture, page)
        self._redraw()

    def retranslate(self, *_: object) -> None:
        lang = language()
        self.setWindowTitle(tr("Workshop — {project}", lang=lang, project=self.project_title))
        self.prev_button.setText(tr("← Previous", lang=lang))
        self.next_button.setText(tr("Next →", lang=lang))
        self.leave_button.setText(tr("Leave (Esc)", lang=lang))
        self.code_label.setText(tr("Find yourself — your code:", lang=lang))
        self.code_edit.setPlaceholderText("P-017")
        self.add_button.setText(tr("Leaves", lang=lang))
        self.clear_button.setText(tr("Nobody leaves", lang=lang))
        self.picker.lineEdit().setPlaceholderText(tr("Type a name or code", lang=lang))  # type: ignore[union-attr]
        if self.picker.count() == 0:
            self._fill_picker()
        if self.code_edit.text():
            self.find_yourself(self.code_edit.text())
        else:
            self.refresh()

    # -- keys ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self._handle_key(event, in_text=False):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event, in_text=True)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent, *, in_text: bool) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if in_text:
                self.setFocus()
            else:
                self.close()
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.go_to(self.step + (1 if key == Qt.Key.Key_PageDown else -1))
            return True
        if in_text:
            return False
        if key in _NEXT:
            self.next_step()
        elif key in _PREVIOUS:
            self.previous_step()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(STEPS) - 1)
        elif key == Qt.Key.Key_N:
            self.set_pseudonymised(not self.pseudonymised)
        elif key == Qt.Key.Key_F:
            self.code_edit.setFocus()
        else:
            return False
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.view is not None:
            self.draw()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.task is not None:
            self.task.cancel()
        with contextlib.suppress(RuntimeError, TypeError):
            language_bus().changed.disconnect(self.retranslate)
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
