"""Workshop mode: the knowledge network on a projector, step by step.

Keys (presentation clickers send these): Right, Space, PageDown = next step;
Left, PageUp = previous; Home/End = first/last; Esc leaves (also from a text field).

What the room sees is chosen before the workshop starts (``pseudonymised``, codes by
default; see ``start.py``): no key or button in the room shows real names. Each
colleague finds themselves with the code on their personal code card; the screen
never highlights anyone for them.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult, PersonResult, WhatIfResult, what_if
from kennisnet.export import Naming, NetworkPicture, Page, draw_network, sizes
from kennisnet.export.attributes import COLUMN
from kennisnet.export.show_only import ShowOnly
from kennisnet.export.show_only import show_only as show_only_people
from kennisnet.i18n import language, tr
from kennisnet.layout import compute_layout
from kennisnet.model import SurveyData
from kennisnet.plan import Plan
from kennisnet.ui.figure_canvas import figure_canvas
from kennisnet.ui.language import language_bus
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task
from kennisnet.ui.workshop import steps
from kennisnet.ui.workshop.fit import FitLabel
from kennisnet.ui.workshop.legend import colour_choices, legend_lines, workshop_grouping
from kennisnet.ui.workshop.steps import MARKER_HALO, MARKER_OUTLINE, STEPS, StepView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Body text size on screen (points at the canvas' 100 dpi): readable at the back of a room.
SCREEN_FONT = 15.0
#: The text column beside the network: this share of the width, within these pixels.
SIDE_SHARE, SIDE_MIN, SIDE_MAX = 0.26, 320, 540
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
        pseudonymised: bool = True,
        plan: Plan | None = None,
        colour_by: str = "",
        size_by: str = sizes.LEARNERS,
        show_only: str = "",
    ) -> None:
        super().__init__()
        from matplotlib.figure import Figure

        self.setObjectName("workshop")
        self.result = result
        self.data = data
        self.settings = settings
        self.project_title = title
        self.pseudonymised = pseudonymised
        #: HR's learning plan of the wave: its accepted and done actions are the last step's.
        self.plan = plan
        self.naming = Naming.build(data.people, pseudonymised=pseudonymised)
        #: What HR colours the dots by: "" (each step its own), "cluster", "trained" or a
        #: staff-list column (``export.attributes``: the dashboard's colours).
        self.colour_by = colour_by
        #: What the dots are sized by (``export.sizes``: the dashboard's choices).
        self.size_by = size_by or sizes.LEARNERS
        #: Who HR shows in full colour on every step ("COLUMN=VALUE", e.g. the team's
        #: own department); everyone else faded (None: everybody).
        self.shown: ShowOnly | None = show_only_people(
            data.people, show_only, lang=language(), pseudonymised=pseudonymised
        )
        self.positions = compute_layout(result)
        self.step = 0
        self.leaving: list[int] = []
        self.outcome: WhatIfResult | None = None
        self.task: Task | None = None
        self.view: StepView | None = None
        self.setStyleSheet(
            "QWidget#workshop { background: white; }"
            "QLabel { color: #1f2937; }"
            "QPushButton { font-size: 16pt; padding: 6px 14px; }"
            "QLineEdit, QComboBox { font-size: 16pt; padding: 4px; }"
            "QListView { font-size: 16pt; }"
            "QComboBox#workshop_colour, QComboBox#workshop_size { font-size: 12pt; padding: 0px; }"
        )

        # A long (Dutch) title shrinks instead of widening the window past the screen.
        title_font = QFont(self.font().family(), 30, QFont.Weight.Bold)
        self.title_label = FitLabel(30, 14)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setFont(title_font)
        self.title_label.setMinimumHeight(QFontMetrics(title_font).height() + 4)
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
        # Drawn again once the canvas has its new size: the labels are placed for the
        # size they are drawn at, so a drawing made before the layout resized the canvas
        # would have its labels over each other (and over the risk groups' names).
        self._size_settled = QTimer(self)
        self._size_settled.setSingleShot(True)
        self._size_settled.setInterval(50)
        self._size_settled.timeout.connect(self._draw_if_shown)
        #: The figure size (inches) of the last drawing.
        self.drawn_size: tuple[float, float] | None = None
        self.figure.canvas.mpl_connect("resize_event", lambda _event: self._size_settled.start())
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = FitLabel(19, 9)
        self.text.setFont(QFont(self.font().family(), 19))
        self.busy = QLabel()
        self.busy.setWordWrap(True)
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
            popup = completer.popup()
            if popup is not None:
                popup.setFont(QFont(self.font().family(), 16))
                popup.setStyleSheet("font-size: 16pt;")
                popup.installEventFilter(self)
        self.picker.view().setFont(QFont(self.font().family(), 16))
        self.picker.view().installEventFilter(self)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_leaving)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_leaving)
        picker_row = QVBoxLayout()
        picker_row.setContentsMargins(0, 0, 0, 0)
        picker_row.addWidget(self.picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.clear_button)
        picker_row.addLayout(buttons)
        self.picker_box = QWidget()
        self.picker_box.setLayout(picker_row)

        # The colours of the dots (in the footer, beside the steps' buttons): HR chose at
        # the start and can change them in the room.
        self.colour_label = QLabel()
        self.colour_label.setFont(QFont(self.font().family(), 12))
        self.colour_choice = QComboBox()
        self.colour_choice.setObjectName("workshop_colour")
        # About 14 characters wide, however long a column's name (the list shows it all).
        self.colour_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.colour_choice.setMinimumContentsLength(14)
        self.colour_choice.view().setFont(QFont(self.font().family(), 16))
        self.colour_choice.activated.connect(self._colour_chosen)
        self.colour_choice.installEventFilter(self)
        self.colour_label.setBuddy(self.colour_choice)
        # The size of the dots, beside the colours: the same choices as the dashboard's.
        self.size_label = QLabel()
        self.size_label.setFont(QFont(self.font().family(), 12))
        self.size_choice = QComboBox()
        self.size_choice.setObjectName("workshop_size")
        self.size_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.size_choice.setMinimumContentsLength(12)
        self.size_choice.view().setFont(QFont(self.font().family(), 16))
        self.size_choice.activated.connect(self._size_chosen)
        self.size_choice.installEventFilter(self)
        self.size_label.setBuddy(self.size_choice)

        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.text, 1)
        side.addWidget(self.busy)
        side.addWidget(self.picker_box)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addWidget(self.side)

        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_step)
        # Find yourself: with codes on the screen, each colleague looks for the code on
        # their own card; nobody types it in front of the room.
        self.find_label = QLabel()
        self.find_label.setWordWrap(True)
        self.find_label.setFont(QFont(self.font().family(), 15))
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        for widget in (self.prev_button, self.next_button):
            footer.addWidget(widget)
        footer.addSpacing(30)
        # Colour above size: side by side they would not fit a 1366 pixels wide screen.
        choices = QGridLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.setVerticalSpacing(0)
        choices.addWidget(self.colour_label, 0, 0)
        choices.addWidget(self.colour_choice, 0, 1)
        choices.addWidget(self.size_label, 1, 0)
        choices.addWidget(self.size_choice, 1, 1)
        footer.addLayout(choices)
        footer.addSpacing(20)
        footer.addWidget(self.find_label, 1)
        footer.addWidget(self.leave_button)
        for button in (self.prev_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in (self.add_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 14)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picker.installEventFilter(self)
        line_edit = self.picker.lineEdit()
        if line_edit is not None:
            line_edit.installEventFilter(self)
            line_edit.returnPressed.connect(self._add_leaving)
        language_bus().changed.connect(self.retranslate)
        self.retranslate()

    # -- state ----------------------------------------------------------------
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

    def set_colour_by(self, key: str) -> None:
        """Colour the dots of every step by ``key`` ("": each step its own colours)."""
        self.colour_by = key
        index = self.colour_choice.findData(key)
        if index >= 0 and index != self.colour_choice.currentIndex():
            self.colour_choice.setCurrentIndex(index)
        self.refresh()

    def _colour_chosen(self, _index: int) -> None:
        self.set_colour_by(str(self.colour_choice.currentData() or ""))
        self.setFocus()  # the clicker's keys go to the steps again

    def set_size_by(self, key: str) -> None:
        """Size the dots of every step by ``key`` (an ``export.sizes`` key)."""
        self.size_by = key or sizes.LEARNERS
        index = self.size_choice.findData(self.size_by)
        if index >= 0 and index != self.size_choice.currentIndex():
            self.size_choice.setCurrentIndex(index)
        self.refresh()

    def _size_chosen(self, _index: int) -> None:
        self.set_size_by(str(self.size_choice.currentData() or sizes.LEARNERS))
        self.setFocus()  # the clicker's keys go to the steps again

    def _fill_sizes(self, lang: str) -> None:
        self.size_choice.blockSignals(True)
        self.size_choice.clear()
        for choice in sizes.available(self.data.people):
            self.size_choice.addItem(choice.label(lang), choice.key)
        index = self.size_choice.findData(self.size_by)
        if index < 0:
            self.size_by = sizes.LEARNERS
        self.size_choice.setCurrentIndex(max(self.size_choice.findData(self.size_by), 0))
        self.size_choice.blockSignals(False)

    def sizing(self) -> sizes.Sizing | None:
        """The sizes of the dots (None: by colleagues who learn from them, the default)."""
        if self.size_by == sizes.LEARNERS:
            return None
        return sizes.sizing(self.data.people, sizes.SizeBy(self.size_by), self.result)

    def _colour(self, settings: steps.PictureSettings) -> str:
        return self.colour_by or settings.get("color_by", "cluster")

    def _fill_colours(self, lang: str) -> None:
        self.colour_choice.blockSignals(True)
        self.colour_choice.clear()
        for key, label in colour_choices(self.data.people, lang):
            self.colour_choice.addItem(label, key)
        index = self.colour_choice.findData(self.colour_by)
        if index < 0:
            self.colour_by = ""
        self.colour_choice.setCurrentIndex(max(index, 0))
        self.colour_choice.blockSignals(False)

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
        """The colleague typed or chosen in the picker leaves; says so when nobody matches."""
        typed = self.picker.currentText().strip()
        if not typed:
            return
        lang = language()
        entries = [
            (self.picker.itemText(i), int(self.picker.itemData(i)))
            for i in range(self.picker.count())
        ]
        wanted = typed.casefold()
        exact = [pid for text, pid in entries if text.casefold() == wanted]
        matches = exact or [pid for text, pid in entries if wanted in text.casefold()]
        if len(matches) != 1:
            if not matches and self.pseudonymised:
                message = tr(
                    "Nobody has the code “{text}”. The screen shows codes: type a code "
                    "such as P-017.",
                    lang=lang,
                    text=typed,
                )
            elif not matches:
                message = tr("Nobody is called “{text}”.", lang=lang, text=typed)
            else:
                message = tr(
                    "{count} colleagues match “{text}”: choose one from the list.",
                    lang=lang,
                    count=len(matches),
                    text=typed,
                )
            self.busy.setText(message)
            return
        self.picker.setEditText("")
        self.set_leaving([*self.leaving, matches[0]])

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
        view = self._step_view(lang)
        if self.colour_by not in ("", "trained"):  # the dots do not show training
            view.lines = [t for t in view.lines if t != tr(steps.TRAINING_COLOURS, lang=lang)]
        if self.size_by != sizes.LEARNERS:  # the dots are not sized by learners
            what = sizes.SizeBy(self.size_by).label(lang)
            # "years since start"; a column's own name as it is ("FTE")
            what = what if self.size_by.startswith(COLUMN) else what.lower()
            view.lines = [
                tr("Dot size shows {what}: see “How to read this”.", lang=lang, what=what)
                if t == tr(steps.BIGGER_DOTS, lang=lang)
                else t
                for t in view.lines
            ]
        return view

    def _step_view(self, lang: str) -> StepView:
        shown = self._shown(lang)
        key = self.step_key
        if key == "overview":
            colours = None
            if self.colour_by not in ("", "cluster"):
                text = self.colour_choice.currentText()
                # "role", "formal training"; a column's own name as it is ("FTE")
                colours = text if self.colour_by.startswith(COLUMN) else text.lower()
            return steps.overview(shown, self.naming, lang, colours)
        if key == "holders":
            return steps.holders(shown, self.naming, lang)
        if key == "risk":
            return steps.risk(shown, self.naming, lang)
        if key == "whatif":
            return steps.what_if_view(shown, self.naming, lang, self.outcome)
        return steps.advice(shown, self.naming, lang, self.plan)

    def _shown(self, lang: str) -> AnalysisResult:
        """The result as the room sees it: with real names, nobody is marked as a habit spreader."""
        from dataclasses import replace

        shown = self.naming.result(self.result, lang)
        if self.pseudonymised:
            return shown
        people: list[PersonResult] = [replace(p, habit_spreader=False) for p in shown.people]
        return replace(shown, people=tuple(people))

    def refresh(self) -> None:
        lang = language()
        view = self._view(lang)
        self.view = view
        self.title_label.setText(view.title)
        self.counter.setText(
            tr("Step {step} of {total}", lang=lang, step=self.step + 1, total=len(STEPS))
        )
        self.picker_box.setVisible(self.step_key == "whatif")
        settings = view.picture
        colour = self._colour(settings)
        legend = legend_lines(
            self._shown(lang),
            self.naming,
            lang,
            color_by=colour,
            rings=settings.get("extra_legend", []),
            spreaders_marked=self.pseudonymised,
            grouping=workshop_grouping(self.data.people, colour, pseudonymised=self.pseudonymised),
            sizing=self.sizing(),
        )
        items = "".join(f"<p style='margin-bottom:12px'>{_html(line)}</p>" for line in view.lines)
        items += f"<p style='margin-top:10px'><b>{_html(tr('How to read this', lang=lang))}</b></p>"
        if self.shown is not None:
            shown = self.shown.label(lang)
            legend.append(_html(self.naming.scrub(shown) if self.pseudonymised else shown))
        items += "".join(f"<div style='margin-bottom:4px'>{line}</div>" for line in legend)
        self.text.setText(items)
        self.draw()

    def _emphasis(self, step: frozenset[int] | None) -> frozenset[int] | None:
        """Who is in full colour: the step's own choice within the people HR shows."""
        if self.shown is None:
            return step
        both = step & self.shown.ids if step is not None else frozenset()
        return both or self.shown.ids  # nobody of the group in the step's choice: the group

    def draw(self) -> None:
        lang = language()
        view = self.view or self._view(lang)
        settings = view.picture
        rings = dict(settings.get("rings", {}))
        labelled = list(settings.get("labelled", [p.id for p in self.result.key_holders]))
        extra = list(settings.get("extra_legend", []))
        picture = NetworkPicture(
            result=self._shown(lang),
            positions=self.positions,
            naming=self.naming,
            lang=lang,
            rings=rings,
            labelled=labelled,
            extra_legend=extra,
            facts=None,
            legend=False,
            max_labels=16,
            color_by=self._colour(settings),
            grouping=workshop_grouping(
                self.data.people, self._colour(settings), pseudonymised=self.pseudonymised
            ),
            sizing=self.sizing(),
            emphasis=self._emphasis(settings.get("emphasis")),
            label_texts=settings.get("label_texts", {}),
            leaving=settings.get("leaving", frozenset()),
        )
        width, height = self.figure.get_size_inches()
        self.drawn_size = (float(width), float(height))
        page = Page("screen", float(width), float(height), float(self.figure.dpi), SCREEN_FONT)
        draw_network(self.figure, picture, page)
        _outline_markers(self.figure, page.font)
        self._redraw()

    def retranslate(self, *_: object) -> None:
        lang = language()
        self.setWindowTitle(tr("Workshop — {project}", lang=lang, project=self.project_title))
        self.prev_button.setText(tr("← Previous", lang=lang))
        self.next_button.setText(tr("Next →", lang=lang))
        self.leave_button.setText(tr("Leave (Esc)", lang=lang))
        self.find_label.setText(
            tr(
                "Find yourself: look for the code on your personal code card. Keep it to yourself.",
                lang=lang,
            )
            if self.pseudonymised
            else ""
        )
        self.colour_label.setText(tr("Colour the dots by", lang=lang))
        self.colour_choice.setToolTip(
            tr(
                "What the colours of the dots show on every step: clusters, formal training "
                "or a column of the staff list. Small groups are shown as “other” when the "
                "screen shows codes.",
                lang=lang,
            )
        )
        self._fill_colours(lang)
        self.size_label.setText(tr("Size the dots by", lang=lang))
        self.size_choice.setToolTip(
            tr(
                "What the size of the dots shows on every step: how many colleagues learn "
                "from someone, or a column of the staff list with numbers. The legend shows "
                "the range only.",
                lang=lang,
            )
        )
        self._fill_sizes(lang)
        self.add_button.setText(tr("Leaves", lang=lang))
        self.clear_button.setText(tr("Nobody leaves", lang=lang))
        self.picker.lineEdit().setPlaceholderText(tr("Type a name or code", lang=lang))  # type: ignore[union-attr]
        if self.picker.count() == 0:
            self._fill_picker()
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
        if key == Qt.Key.Key_Escape:  # always leaves, wherever the keyboard is
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
        else:
            return False
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.side.setFixedWidth(int(max(SIDE_MIN, min(SIDE_MAX, self.width() * SIDE_SHARE))))
        self._size_settled.start()

    def _draw_if_shown(self) -> None:
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


def _outline_markers(figure: Figure, font: float) -> None:
    """Give the rings around people (what if, advice) a white halo and a black outline.

    The ring's own colour alone can vanish on a dot of a similar colour; black has a
    contrast of at least 3:1 with every dot colour, white with the dark ones.
    """
    from matplotlib.collections import PathCollection
    from matplotlib.patheffects import Normal, Stroke

    width = font * 0.16
    for ax in figure.axes:
        for collection in ax.collections:
            if isinstance(collection, PathCollection) and collection.get_zorder() == 4:
                collection.set_path_effects(
                    [
                        Stroke(linewidth=width * 3.4, foreground=MARKER_HALO),
                        Stroke(linewidth=width * 2.2, foreground=MARKER_OUTLINE),
                        Normal(),
                    ]
                )
