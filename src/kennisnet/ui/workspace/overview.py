"""The project's home page: where the survey stands and what to do next, step by step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis.messages import percent
from kennisnet.i18n import ntr, tr
from kennisnet.session import is_demo_project
from kennisnet.store import Project
from kennisnet.ui.typography import heading, scaled_font

TARGET = 0.8


@dataclass(frozen=True, slots=True)
class Status:
    name: str
    wave: str
    roster: int
    responded: int
    #: Distinct names in the current wave's answers not yet matched (the number the
    #: analysis of that wave warns about: ``Project.pending_names(wave)``).
    pending: int
    low_departments: int
    #: How many waves the project has, and which of them is the current one (1 = first).
    waves: int = 1
    wave_number: int = 1
    #: A copy of the demo project that ships with Kennisnet (made-up people).
    demo: bool = False

    @property
    def rate(self) -> float:
        return self.responded / self.roster if self.roster else 0.0

    @classmethod
    def of(cls, project: Project) -> Status:
        current = project.current_wave_id()
        waves = project.waves()
        wave = next((name for wid, name, _ in waves if wid == current), "")
        number = next((i for i, (wid, _, _) in enumerate(waves, start=1) if wid == current), 1)
        coverage = project.coverage()
        return cls(
            name=project.name,
            wave=wave,
            roster=sum(c.roster for c in coverage),
            responded=sum(c.responded for c in coverage),
            pending=len(project.pending_names(current)),
            low_departments=sum(1 for c in coverage if c.roster and c.rate < TARGET),
            waves=len(waves),
            wave_number=number,
            demo=is_demo_project(project.project_id),
        )


class _Step(QFrame):
    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"step{number}")
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.mark = QLabel(str(number))
        self.mark.setFixedWidth(40)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFont(scaled_font(self.mark, 1.6, bold=True))
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addWidget(self.mark, 0, 0, 2, 1)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.text, 1, 1)
        layout.addLayout(self.buttons, 0, 2, 2, 1)
        layout.setColumnStretch(1, 1)

    def add_button(self, button: QPushButton) -> None:
        self.buttons.addWidget(button)

    def set_done(self, done: bool, attention: bool = False) -> None:
        colour = "#2e7d32" if done else "#b26a00" if attention else "#555555"
        self.mark.setStyleSheet(f"color: {colour};")
        self.setProperty("done", done)


class OverviewPage(QWidget):
    """What the HR adviser sees first after opening a project."""

    go_roster = Signal()
    go_questionnaire = Signal()
    go_responses = Signal()
    start_kiosk = Signal()
    start_phones = Signal()
    import_responses = Signal()
    merge_laptops = Signal()
    resolve_names = Signal()
    show_results = Signal()
    new_wave = Signal()
    compare_waves = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        self.title = heading("", 1.8)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setFont(scaled_font(self.subtitle, 1.1))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_banner.setStyleSheet(
            "#demoBanner { background: #fff4d6; color: #4a3500; border: 1px solid #e0b54a;"
            " border-radius: 4px; padding: 8px 12px; }"
        )
        self.demo_banner.hide()
        layout.addWidget(self.demo_banner)
        self.steps = [_Step(n) for n in range(1, 6)]
        self.roster_button = QPushButton()
        self.roster_button.clicked.connect(self.go_roster)
        self.questionnaire_button = QPushButton()
        self.questionnaire_button.clicked.connect(self.go_questionnaire)
        self.kiosk_button = QPushButton()
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.phones_button = QPushButton()
        self.phones_button.setObjectName("phonesButton")
        self.phones_button.clicked.connect(self.start_phones)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_responses)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_laptops)
        self.names_button = QPushButton()
        self.names_button.clicked.connect(self.resolve_names)
        self.results_button = QPushButton()
        self.results_button.clicked.connect(self.show_results)
        self.steps[0].add_button(self.roster_button)
        self.steps[1].add_button(self.questionnaire_button)
        for button in (
            self.kiosk_button,
            self.phones_button,
            self.import_button,
            self.merge_button,
        ):
            self.steps[2].add_button(button)
        self.steps[3].add_button(self.names_button)
        self.steps[3].add_button(self.results_button)
        self.new_wave_button = QPushButton()
        self.new_wave_button.setObjectName("newWaveButton")
        self.new_wave_button.clicked.connect(self.new_wave)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compare_waves)
        self.steps[4].add_button(self.compare_button)
        self.steps[4].add_button(self.new_wave_button)
        for step in self.steps:
            layout.addWidget(step)
        layout.addStretch(1)
        self.status: Status | None = None
        self.retranslate()

    def set_status(self, status: Status | None) -> None:
        """Show where the survey stands (None: nothing, as when the project changes)."""
        self.status = status
        self.retranslate()

    def retranslate(self) -> None:
        s = self.status
        self.roster_button.setText(tr("Staff list"))
        self.questionnaire_button.setText(tr("Questionnaire"))
        self.kiosk_button.setText(tr("Start kiosk on this laptop"))
        self.phones_button.setText(tr("Answer on phones…"))
        self.import_button.setText(tr("Import responses…"))
        self.merge_button.setText(tr("Merge laptops…"))
        self.names_button.setText(tr("Resolve names…"))
        self.results_button.setText(tr("Show the results"))
        self.new_wave_button.setText(tr("Start the next wave…"))
        self.compare_button.setText(tr("Compare waves…"))
        titles = (
            tr("Staff list"),
            tr("Questionnaire"),
            tr("Collect answers"),
            tr("Check names and look at the results"),
            tr("Repeat the survey"),
        )
        for step, title in zip(self.steps, titles, strict=True):
            step.title.setText(title)
        self.demo_banner.setText(
            tr(
                "Demo — this is the demo project: made-up people, to try Kennisnet. "
                "Start your own with File → New survey…"
            )
        )
        self.demo_banner.setVisible(s is not None and s.demo)
        if s is None:
            self.title.setText("")
            self.subtitle.setText("")
            for step in self.steps:
                step.text.setText("")
                step.set_done(False)
            return
        self.title.setText(s.name)
        self.subtitle.setText(
            tr(
                "Wave: {wave}. {answered} of {people} people have answered.",
                wave=s.wave,
                answered=s.responded,
                people=s.roster,
            )
        )
        self.steps[0].text.setText(
            tr("{count} people on the staff list.", count=s.roster)
            if s.roster
            else tr("There is no one on the staff list yet. Import it or add people.")
        )
        self.steps[0].set_done(s.roster > 0, attention=s.roster == 0)
        self.steps[1].text.setText(
            tr("Check the texts in Dutch and English before the first colleague answers.")
        )
        self.steps[1].set_done(s.responded > 0)
        rate = percent(s.rate)
        if s.responded == 0:
            collect = tr(
                "No answers yet. Put a laptop in the canteen with the kiosk, or import answers "
                "from Microsoft Forms, Google Forms or the Kennisnet template."
            )
        elif s.rate < TARGET:
            collect = tr(
                "Response {rate}%: aim for at least 80% so that the results are reliable.",
                rate=rate,
            )
            if s.low_departments:
                collect += " " + ntr(
                    "{count} department is below 80%.",
                    "{count} departments are below 80%.",
                    s.low_departments,
                )
        elif s.low_departments:
            collect = ntr(
                "Response {rate}%: enough overall, but {count} department is below 80%; "
                "its results are less reliable.",
                "Response {rate}%: enough overall, but {count} departments are below 80%; "
                "their results are less reliable.",
                s.low_departments,
                rate=rate,
            )
        else:
            collect = tr("Response {rate}%: enough for reliable results.", rate=rate)
        self.steps[2].text.setText(collect)
        low = s.low_departments > 0
        self.steps[2].set_done(s.rate >= TARGET and not low, attention=s.responded > 0 and low)
        if s.pending:
            names = ntr(
                "{count} name in the answers could not be matched to the staff list. "
                "Decide who is meant before you draw conclusions.",
                "{count} names in the answers could not be matched to the staff list. "
                "Decide who is meant before you draw conclusions.",
                s.pending,
            )
        elif s.responded == 0:
            names = tr(
                "There are no answers yet, so there are no results to read. Collect answers "
                "first (step 3): start the kiosk or import answers."
            )
        else:
            names = tr("Every name in the answers is matched. The results are ready to read.")
        self.steps[3].text.setText(names)
        self.steps[3].set_done(s.pending == 0 and s.responded > 0, attention=s.pending > 0)
        self.names_button.setVisible(s.pending > 0)
        if s.waves > 1:
            repeat = tr(
                "This is wave {number} of {count}. The answers of the earlier waves are kept: "
                "compare them to see what changed, for example after a training programme.",
                number=s.wave_number,
                count=s.waves,
            )
        else:
            repeat = tr(
                "After a training programme, run the survey again and compare the two waves. "
                "The answers of {wave} stay in the project.",
                wave=s.wave,
            )
        self.steps[4].text.setText(repeat)
        self.steps[4].set_done(s.waves > 1)
        self.compare_button.setVisible(s.waves > 1)
