"""Import responses: format, a column-mapping step, a dry run with problems, the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import ntr, tr
from kennisnet.importing.responses import (
    FORMAT_NAMES,
    ResponsePlan,
    ResponseReport,
    import_responses,
    plan_responses,
)
from kennisnet.importing.responses.fields import looks_like_response_header
from kennisnet.model import Channel
from kennisnet.questionnaire import CHANNEL_LABELS
from kennisnet.store import Project
from kennisnet.tabular import NoHeaderRow, read_table
from kennisnet.ui.busy import Busy
from kennisnet.ui.dialogs.messages import error
from kennisnet.ui.problems import ProblemsModel
from kennisnet.ui.typography import heading
from kennisnet.ui.workspace.response_import_text import (
    ask_replace,
    exporter_column,
    field_choices,
    mapping_arguments,
    report_text,
)


class ResponseImportDialog(QDialog):
    """Shows how each column will be read; checks (a dry run) after every change; imports."""

    def __init__(self, project: Project, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseImport")
        self.project = project
        self.path = Path(path)
        self.plan: ResponsePlan | None = None
        self.report: ResponseReport | None = None
        self.samples: list[str] = []
        self.checking = False
        self._again = False
        self._filling = False
        self.busy: Busy | None = None
        self.resize(1000, 680)

        layout = QVBoxLayout(self)
        self.title = heading("", 1.3)
        layout.addWidget(self.title)
        top = QHBoxLayout()
        self.format_label = QLabel()
        top.addWidget(self.format_label)
        self.format = QComboBox()
        for key, name in FORMAT_NAMES.items():
            self.format.addItem(tr(name), key)
        self.format.currentIndexChanged.connect(self._format_changed)
        top.addWidget(self.format)
        top.addStretch(1)
        layout.addLayout(top)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        layout.addWidget(self.mapping_hint)

        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columnMapping")
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        splitter.addWidget(self.columns)

        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        self.options_hint = QLabel()
        self.options_hint.setWordWrap(True)
        options_layout.addWidget(self.options_hint)
        self.options = QTableWidget(0, 3)
        self.options.setObjectName("answerOptions")
        self.options.verticalHeader().setVisible(False)
        self.options.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        option_header = self.options.horizontalHeader()
        option_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        option_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        option_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        options_layout.addWidget(self.options, 1)
        self.options_box = options
        options.setVisible(False)
        splitter.addWidget(options)

        check = QWidget()
        check_layout = QVBoxLayout(check)
        check_layout.setContentsMargins(0, 0, 0, 0)
        self.check_result = QLabel()
        self.check_result.setObjectName("checkResult")
        self.check_result.setWordWrap(True)
        check_layout.addWidget(self.check_result)
        self.read_stored = QLabel()
        self.read_stored.setObjectName("readStored")
        self.read_stored.setWordWrap(True)
        self.read_stored.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check_layout.addWidget(self.read_stored)
        self.problems = ProblemsModel(parent=self)
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.setWordWrap(True)
        check_layout.addWidget(self.problem_view, 1)
        splitter.addWidget(check)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self.check(first=True)

    # -- checking (a dry run) ----------------------------------------------------

    def current_mapping(self) -> dict[int, str]:
        refs: dict[int, str] = {}
        for row in range(self.columns.rowCount()):
            box = self.columns.cellWidget(row, 2)
            if isinstance(box, QComboBox):
                refs[row] = str(box.currentData())
        return refs

    def current_options(self) -> dict[str, Channel]:
        """The option texts HR gave a way to (remembered for the project on import)."""
        out: dict[str, Channel] = {}
        for row in range(self.options.rowCount()):
            box = self.options.cellWidget(row, 2)
            item = self.options.item(row, 0)
            if isinstance(box, QComboBox) and item is not None:
                out[item.text()] = Channel(str(box.currentData()))
        return out

    def _fill_options(self, plan: ResponsePlan) -> None:
        """Answer options not worded as in the questionnaire: HR says what each one means."""
        shown = [(c, n) for c, n in plan.choices if c.how in ("words", "unknown", "remembered")]
        known = {
            item.text()
            for row in range(self.options.rowCount())
            if (item := self.options.item(row, 0)) is not None
        }
        new = [(c, n) for c, n in shown if c.text not in known]
        if not new:
            self.options_box.setVisible(self.options.rowCount() > 0)
            return
        self._filling = True
        for choice, count in new:
            row = self.options.rowCount()
            self.options.insertRow(row)
            self.options.setItem(row, 0, QTableWidgetItem(choice.text))
            self.options.setItem(row, 1, QTableWidgetItem(str(count)))
            box = QComboBox()
            for channel, label in CHANNEL_LABELS.items():
                box.addItem(tr(label), channel.value)
            guess = (choice.channel or Channel.OTHER).value
            box.setCurrentIndex(max(0, box.findData(guess)))
            box.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.options.setCellWidget(row, 2, box)
        self.options.setColumnWidth(2, 360)
        self.options_box.setVisible(True)
        self._filling = False

    def check(self, first: bool = False) -> None:
        """Run the dry run in the background with the current format and mapping."""
        if self.checking:
            self._again = True
            return
        self.checking = True
        self.import_button.setEnabled(False)
        self.check_result.setText(tr("Checking the file…"))
        project, path = self.project, self.path
        fmt = None if first else str(self.format.currentData())
        mapping = (
            None
            if first or self.plan is None
            else mapping_arguments(self.plan.headers, self.current_mapping())
        )
        options = self.current_options()

        def work(_progress: Any, _cancelled: Any) -> tuple[ResponsePlan, list[str]]:
            plan = plan_responses(project, path, fmt=fmt, mapping=mapping, options=options)
            samples: list[str] = []
            if first:
                try:
                    table = read_table(path, is_header=looks_like_response_header)
                except NoHeaderRow:  # no response header: the plan read the first row
                    table = read_table(path)
                if table.headers == plan.headers:
                    for index in range(len(plan.headers)):
                        value = next(
                            (
                                r.values[index]
                                for r in table.rows
                                if index < len(r.values) and r.values[index]
                            ),
                            "",
                        )
                        samples.append(" ".join(str(value).split())[:80])
            return plan, samples

        self.busy = Busy(
            self, tr("Reading {file}…", file=path.name), work, self._checked, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.checking = False
        error(self, tr("Import responses"), tr("This file cannot be imported."), str(exc))
        if self.plan is None:
            self.reject()

    def _checked(self, result: tuple[ResponsePlan, list[str]]) -> None:
        plan, samples = result
        first = self.plan is None
        self.plan = plan
        if samples:
            self.samples = samples
        self.checking = False
        if first:
            self._fill_columns(plan)
        self._fill_options(plan)
        if self._again:
            self._again = False
            self.check()
            return
        self._show_check(plan)

    def _fill_columns(self, plan: ResponsePlan) -> None:
        self._filling = True
        self.format.setCurrentIndex(max(0, self.format.findData(plan.format)))
        numbers = max([r.number or 0 for r in plan.mapping.values()] + [0])
        choices = field_choices(max(5, numbers + 2))
        self.columns.setRowCount(len(plan.headers))
        for index, header in enumerate(plan.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header or tr("(no header)")))
            sample = self.samples[index] if index < len(self.samples) else ""
            self.columns.setItem(index, 1, QTableWidgetItem(sample))
            box = QComboBox()
            for value, label in choices:
                box.addItem(label, value)
            if index == plan.time_column:
                # The Forms time is kept as the answer time, not imported as an answer.
                box.insertItem(0, tr("The answer time (kept)"), "ignore")
                box.setCurrentIndex(0)
            ref = plan.mapping.get(index)
            if index != plan.time_column or ref is not None:
                box.setCurrentIndex(max(0, box.findData(str(ref) if ref else "ignore")))
            box.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.columns.setCellWidget(index, 2, box)
        self.columns.setColumnWidth(0, 260)
        self.columns.setColumnWidth(2, 330)
        self._filling = False

    def _format_changed(self) -> None:
        if self._filling or self.plan is None:
            return
        # Another format reads the questions differently: guess the columns afresh.
        self.plan = None
        self.checking = False
        fmt = str(self.format.currentData())
        project, path, samples = self.project, self.path, list(self.samples)

        def work(_progress: Any, _cancelled: Any) -> tuple[ResponsePlan, list[str]]:
            return plan_responses(project, path, fmt=fmt), samples

        self.checking = True
        self.busy = Busy(
            self, tr("Reading {file}…", file=path.name), work, self._checked, self._failed
        )

    def _mapping_changed(self) -> None:
        if not self._filling:
            self.check()

    def _show_check(self, plan: ResponsePlan) -> None:
        self.problems.set_problems(plan.problems)
        self.problem_view.resizeRowsToContents()
        errors = len(plan.errors)
        if plan.refusal is not None:
            text = plan.refusal
            self.check_result.setStyleSheet("color: #b3261e;")
            self.read_stored.setText("")
        elif errors:
            text = ntr(
                "{count} problem must be fixed before importing. Choose the right field "
                "for a column, or fix the file and open it again.",
                "{count} problems must be fixed before importing. Choose the right field "
                "for a column, or fix the file and open it again.",
                errors,
            )
            self.check_result.setStyleSheet("color: #b3261e;")
            self.read_stored.setText("")
        else:
            count = len(plan.drafts) - len(plan.already)
            text = ntr(
                "Ready: {count} answer will be imported.",
                "Ready: {count} answers will be imported.",
                count,
            )
            ignored = sum(
                1
                for index, ref in self.current_mapping().items()
                if ref == "ignore" and not exporter_column(plan, index)
            )
            if ignored:
                text += " " + (
                    ntr(
                        "{count} column is not imported; choose a field if it holds answers.",
                        "{count} columns are not imported; choose a field if they hold answers.",
                        ignored,
                    )
                )
            names = len({u.written for u in plan.unresolved})
            if names:
                text += " " + (
                    ntr(
                        "{names} name did not match the staff list exactly; you choose who is "
                        "meant after the import.",
                        "{names} names did not match the staff list exactly; you choose who is "
                        "meant after the import.",
                        names,
                        names=names,
                    )
                )
            self.check_result.setStyleSheet("color: #2e7d32;")
            self.read_stored.setText(report_text(plan))
        self.check_result.setText(text)
        self.options_hint.setText(
            tr(
                "Answer options that are not worded as in the questionnaire. Check what each "
                "one means; your choice is remembered for this project."
            )
        )
        self.import_button.setEnabled(not errors and bool(plan.drafts))

    # -- importing -----------------------------------------------------------------

    def start_import(self) -> None:
        if self.plan is None or self.plan.errors or self.checking:
            return
        project, path = self.project, self.path
        fmt = str(self.format.currentData())
        mapping = mapping_arguments(self.plan.headers, self.current_mapping())
        options = self.current_options()
        replacing = bool(self.plan.replacing)
        if replacing and not ask_replace(self, self.plan):
            return
        self.import_button.setEnabled(False)

        def work(_progress: Any, _cancelled: Any) -> ResponseReport:
            return import_responses(
                project,
                path,
                fmt=fmt,
                mapping=mapping,
                options=options,
                replace_earlier=replacing,
            )

        self.busy = Busy(
            self, tr("Importing the answers…"), work, self._imported, self._import_failed
        )

    def _imported(self, report: ResponseReport) -> None:
        self.report = report
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        error(self, tr("Import responses"), tr("Nothing was imported."), str(exc))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Import responses"))
        self.title.setText(tr("Import responses from {file}", file=self.path.name))
        self.format_label.setText(tr("The file looks like:"))
        self.mapping_hint.setText(
            tr(
                "Check which question each column holds. Kennisnet guessed from the column "
                "names; change a field where the guess is wrong. Nothing is saved until you "
                "click Import."
            )
        )
        self.columns.setHorizontalHeaderLabels(
            [tr("Column in the file"), tr("First answer"), tr("Read as")]
        )
        self.options.setHorizontalHeaderLabels(
            [tr("Answer option in the file"), tr("Times"), tr("Means")]
        )
        self.import_button.setText(tr("Import"))
        self.cancel_button.setText(tr("Cancel"))
