"""ResultsPanel: the results dashboard the HR workspace shows as its "Results" tab."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import (
    AnalysisCancelled,
    AnalysisOptions,
    AnalysisResult,
    WhatIfResult,
    analyze,
    what_if,
)
from kennisnet.i18n import N_, tr
from kennisnet.model import SurveyData
from kennisnet.ui.language import language_bus
from kennisnet.ui.results.channels import ChannelChart
from kennisnet.ui.results.frame import CLUSTER_LEVEL_FROM, Frame, Leaver, Point, to_scene
from kennisnet.ui.results.models import (
    AdviceModel,
    ChannelModel,
    ClusterModel,
    GatekeeperModel,
    PeopleModel,
    RecordModel,
    ResponseModel,
)
from kennisnet.ui.results.overview import Overview
from kennisnet.ui.results.palette import ColourBy, cluster_legend, common_legend
from kennisnet.ui.results.side import SidePanel
from kennisnet.ui.results.tables import TablePage
from kennisnet.ui.results.view import GraphView
from kennisnet.ui.results.whatif import LeaverPicker
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import Task, run_task

TABLES: tuple[tuple[str, str, type[RecordModel], str], ...] = (
    (
        "people",
        N_("People"),
        PeopleModel,
        N_(
            "Everyone with their figures, most learners first. Click a row to find the "
            "person in the network; point at a column title for what it means."
        ),
    ),
    (
        "clusters",
        N_("Clusters"),
        ClusterModel,
        N_(
            "Groups of colleagues who mostly learn from each other. Risk clusters have no "
            "trained colleague within reach: bad habits may spread there."
        ),
    ),
    (
        "gatekeepers",
        N_("Gatekeepers"),
        GatekeeperModel,
        N_(
            "People others depend on: if they left, colleagues would lose every route to "
            "trained knowledge, or the only person they learn from."
        ),
    ),
    (
        "advice",
        N_("Training advice"),
        AdviceModel,
        N_(
            "Whom to train first so that as many colleagues as possible can reach a trained "
            "colleague within two steps, in this order."
        ),
    ),
    (
        "channels",
        N_("Channels"),
        ChannelModel,
        N_("The numbers behind the chart: per team, how many people use each way first."),
    ),
    (
        "response",
        N_("Response"),
        ResponseModel,
        N_(
            "How many people answered per department. Under 80%: bridge scores are "
            "unreliable there; under 65%: treat all results with caution."
        ),
    ),
)


class ResultsPanel(QWidget):
    """The dashboard. ``show_survey`` starts the analysis in the background."""

    analysis_finished = Signal(object)
    #: Emitted when a what-if result is on screen (or None when back to today).
    whatif_changed = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data: SurveyData | None = None
        self.title = ""
        self.base: AnalysisResult | None = None
        self.positions: dict[int, Point] = {}
        self.stack: list[WhatIfResult] = []
        self.task: Task | None = None
        self._generation = 0
        self._build()
        language_bus().changed.connect(self.retranslate)
        self.retranslate()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.busy = QWidget()
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        busy = QHBoxLayout(self.busy)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy.setVisible(False)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self._retry)
        self.retry_button.setVisible(False)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.placeholder)
        empty_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)

        self.overview = Overview()
        self.view = GraphView()
        self.side = SidePanel()
        self.toolbar = self._toolbar()
        graph_area = QWidget()
        graph_layout = QVBoxLayout(graph_area)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        graph_layout.setSpacing(2)
        graph_layout.addLayout(self.toolbar)
        graph_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(graph_area)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, "")
        self.pages: dict[str, TablePage] = {}
        for key, _title, model_type, intro in TABLES:
            page = TablePage(model_type(self), intro)
            page.person_activated.connect(self._person_from_table)
            page.cluster_activated.connect(self._cluster_from_table)
            self.pages[key] = page
        self.channels = ChannelChart()
        self.channels_tab = QSplitter(Qt.Orientation.Vertical)
        self.channels_tab.addWidget(self.channels)
        self.channels_tab.addWidget(self.pages["channels"])
        self.channels_tab.setStretchFactor(0, 2)
        self.channels_tab.setStretchFactor(1, 1)
        for key in ("people", "clusters", "gatekeepers", "advice"):
            self.tabs.addTab(self.pages[key], "")
        self.tabs.addTab(self.channels_tab, "")
        self.tabs.addTab(self.pages["response"], "")

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addWidget(self.overview)
        content_layout.addWidget(self.tabs, 1)
        self.stack_widget = QStackedWidget()
        self.stack_widget.addWidget(empty)
        self.stack_widget.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack_widget, 1)

        self.view.person_clicked.connect(self.show_person)
        self.view.cluster_clicked.connect(self.show_cluster)
        self.view.background_clicked.connect(self._background)
        self.view.level_changed.connect(self._level_changed)
        self.side.colour_changed.connect(self._colour_changed)
        self.side.department_changed.connect(self.view.set_department)
        self.side.search_requested.connect(self.search)
        card = self.side.person_card
        card.person_requested.connect(lambda pid: self.show_person(pid, centre=True))
        card.ego_requested.connect(self._toggle_ego)
        card.leave_requested.connect(lambda pid: self.start_whatif((pid,)))
        self.side.cluster_card.show_people.connect(self.show_cluster_people)
        self.side.whatif.undo.connect(self.undo_whatif)
        self.side.whatif.reset.connect(self.reset_whatif)
        self.side.whatif.person_requested.connect(lambda pid: self.show_person(pid, centre=True))
        self.overview.show_habit_spreaders.connect(self._look_habit_spreaders)
        self.overview.show_risk_clusters.connect(self._look_risk_clusters)
        self.overview.show_gatekeepers.connect(self._look_gatekeepers)
        self.overview.show_advice.connect(lambda: self.tabs.setCurrentWidget(self.pages["advice"]))
        self.overview.show_response.connect(
            lambda: self.tabs.setCurrentWidget(self.pages["response"])
        )

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(4)

        def button(slot: Callable[[], Any]) -> QPushButton:
            b = QPushButton()
            b.clicked.connect(slot)
            bar.addWidget(b)
            return b

        self.zoom_in_button = button(self.view.zoom_in)
        self.zoom_out_button = button(self.view.zoom_out)
        self.fit_button = button(self.view.fit)
        self.level_button = button(self._toggle_level)
        self.everyone_button = button(lambda: self.set_ego(None))
        bar.addStretch(1)
        self.whatif_button = button(self.pick_leavers)
        self.workshop_button = button(self.open_workshop)
        self.workshop_button.setVisible(workshop_available())
        return bar

    # -- the interface the workspace uses ---------------------------------------------

    def options(self) -> AnalysisOptions:
        return AnalysisOptions(
            overloaded_threshold=max(1, self.settings.overloaded_threshold),
            advice_k=max(0, self.settings.advice_k),
        )

    def current_result(self) -> AnalysisResult | None:
        """The analysis of the survey on screen (a what-if is never returned)."""
        return self.base

    def current_whatif(self) -> WhatIfResult | None:
        return self.stack[-1] if self.stack else None

    def show_survey(self, data: SurveyData, title: str) -> None:
        """Analyse ``data`` in the background; the dashboard fills in when it is done."""
        self.data, self.title = data, title
        self.base = None
        self.stack.clear()
        self.stack_widget.setCurrentIndex(0)
        self.retry_button.setVisible(False)
        self._set_placeholder(N_("Working out the knowledge network…"))
        options = self.options()

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            from kennisnet.layout import compute_layout

            result = analyze(
                data,
                options,
                progress=lambda f, label: progress(0.75 * f, label),
                cancel=cancelled,
            )
            if cancelled():
                raise AnalysisCancelled
            progress(0.8, tr("Drawing the network"))
            return result, compute_layout(result)

        self._start(work, self._analysis_done)

    def retranslate(self, _lang: str | None = None) -> None:
        self.cancel_button.setText(tr("Cancel"))
        self.retry_button.setText(tr("Analyse again"))
        if self._placeholder_text:
            self.placeholder.setText(tr(self._placeholder_text))
        self.zoom_in_button.setText(tr("Zoom in"))
        self.zoom_out_button.setText(tr("Zoom out"))
        self.fit_button.setText(tr("Fit (F)"))
        self.fit_button.setToolTip(tr("Show the whole network"))
        self.everyone_button.setText(tr("Show everyone again"))
        self.whatif_button.setText(tr("What if … leaves?"))
        self.whatif_button.setToolTip(
            tr("Pick one or more people and see what changes if they leave.")
        )
        self.workshop_button.setText(tr("Workshop"))
        self.workshop_button.setToolTip(tr("Show the results full screen for a team session"))
        self._update_toolbar()
        for i, (_key, title) in enumerate(self._tab_titles()):
            self.tabs.setTabText(i, tr(title))
        for page in self.pages.values():
            page.retranslate()
        self.channels.retranslate()
        self.overview.retranslate()
        self.side.retranslate()
        self._update_legend()
        self.view.retranslate()

    _placeholder_text = ""

    def _set_placeholder(self, text: str) -> None:
        self._placeholder_text = text
        self.placeholder.setText(tr(text))

    def _tab_titles(self) -> list[tuple[str, str]]:
        titles = {key: title for key, title, _m, _i in TABLES}
        return [
            ("network", N_("Knowledge network")),
            ("people", titles["people"]),
            ("clusters", titles["clusters"]),
            ("gatekeepers", titles["gatekeepers"]),
            ("advice", titles["advice"]),
            ("channels", titles["channels"]),
            ("response", titles["response"]),
        ]

    # -- background work -------------------------------------------------------------

    def _start(self, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self.progress.setValue(0)
        self.busy_label.setText(tr("Working…"))
        self.busy.setVisible(True)
        self.whatif_button.setEnabled(False)

        def current() -> bool:
            # The panel may be gone (project closed) before the work finished.
            return shiboken6.isValid(self) and generation == self._generation

        def finished(value: Any) -> None:
            if current():
                self._stop_busy()
                done(value)

        def failed(error: BaseException, details: str) -> None:
            if current():
                self._stop_busy()
                self._failed(error, details)

        def progress(fraction: float, label: str) -> None:
            if current():
                self.progress.setValue(int(fraction * 1000))
                self.busy_label.setText(label)

        self.task = run_task(work, on_done=finished, on_error=failed, on_progress=progress)

    def _stop_busy(self) -> None:
        self.task = None
        self.busy.setVisible(False)
        self.whatif_button.setEnabled(self.base is not None)

    def busy_now(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        """Stop the running analysis or what-if (the screen keeps what it showed)."""
        if self.task is not None:
            self.task.cancel()
            self.busy_label.setText(tr("Stopping…"))

    def wait_for_background(self, seconds: float = 30.0) -> None:
        """Block until background work stopped (for closing the window and for tests)."""
        if self.task is not None:
            self.task.done.wait(seconds)

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, AnalysisCancelled):
            if self.base is None:
                self._set_placeholder(N_("The analysis was stopped. Nothing was changed."))
                self.retry_button.setVisible(True)
            return
        import logging

        logging.getLogger("kennisnet.results").error("analysis failed\n%s", details)
        self._set_placeholder(N_("The analysis could not be done. The details are in the log."))
        self.retry_button.setVisible(self.data is not None)
        self.stack_widget.setCurrentIndex(0)

    def _retry(self) -> None:
        if self.data is not None:
            self.show_survey(self.data, self.title)

    def _analysis_done(self, value: Any) -> None:
        result, layout = value
        self.base = result
        self.positions = to_scene(layout, len(result.people))
        self.stack.clear()
        self.side.set_result(result)
        level = "clusters" if len(result.people) > CLUSTER_LEVEL_FROM else "people"
        self._display(level=level)
        self.stack_widget.setCurrentIndex(1)
        self.analysis_finished.emit(result)

    # -- what is on screen -------------------------------------------------------------

    def displayed(self) -> AnalysisResult | None:
        """The result on screen: the what-if when one is shown, else the analysis."""
        return self.stack[-1].after if self.stack else self.base

    def _display(self, *, level: str | None = None, keep_view: bool = False) -> None:
        result = self.displayed()
        if result is None or self.base is None:
            return
        whatif = self.current_whatif()
        leavers: tuple[Leaver, ...] = ()
        affected: frozenset[int] = frozenset()
        if whatif is not None:
            leavers = tuple(
                Leaver(pid, self.base.person(pid).name, *self.positions[pid])
                for pid in whatif.leaving
            )
            affected = frozenset(
                {*whatif.no_longer_within, *whatif.no_longer_at_all, *whatif.lose_all_sources}
            )
        transform, centre = (
            self.view.transform(),
            self.view.mapToScene(self.view.viewport().rect().center()),
        )
        selected = self.view.selected
        department = self.view.department
        groups = {p.id: p.cluster for p in self.base.people}
        frame = Frame(result, self.positions, leavers, affected, groups)
        self.view.colour_by = ColourBy(self.side.colour.currentData())
        self.view.set_frame(frame, level or self.view.level or "people")
        self.view.set_colour_by(self.side.colour.currentData())
        self.view.set_department(department)
        if keep_view:
            self.view.setTransform(transform)
            self.view.centerOn(centre)
        if selected is not None and result.has_person(selected):
            self.show_person(selected)
        else:
            self.side.show_hint()
        for page in self.pages.values():
            page.model.set_result(result)
        self.channels.set_result(result)
        self.overview.set_result(result, self.base if whatif is not None else None)
        self.side.whatif.show_whatif(whatif, len(self.stack))
        self._update_legend()
        self._update_toolbar()
        self.view.declutter()

    def _update_legend(self) -> None:
        people = self.view.level != "clusters"
        self.side.colour.setVisible(people)
        self.side.colour_heading.setVisible(people)
        if not people:
            self.side.legend.set_entries(cluster_legend())
            self.side.shapes.set_entries([])
            return
        if self.view.colours is None:
            return
        self.side.legend.set_entries(self.view.colours.legend())
        result = self.displayed()
        self.side.shapes.set_entries(
            common_legend(bool(result and result.risk_clusters), bool(self.stack))
        )

    def _update_toolbar(self) -> None:
        people = self.view.level == "people"
        self.level_button.setText(tr("Show clusters") if people else tr("Show people"))
        self.level_button.setToolTip(
            tr("Show each cluster as one dot (easier to read in large organisations)")
            if people
            else tr("Show every person as a dot")
        )
        self.everyone_button.setVisible(self.view.ego is not None)
        self.whatif_button.setEnabled(self.base is not None and self.task is None)

    def _level_changed(self, _level: str) -> None:
        self._update_toolbar()
        self._update_legend()

    def _colour_changed(self, mode: ColourBy) -> None:
        self.view.set_colour_by(mode)
        self._update_legend()

    def _toggle_level(self) -> None:
        self.view.set_level("clusters" if self.view.level == "people" else "people")
        self._update_toolbar()

    # -- people, clusters, ego --------------------------------------------------------

    def show_person(self, pid: int, *, centre: bool = False) -> None:
        result = self.displayed()
        if result is None or not result.has_person(pid):
            return
        self.tabs.setCurrentIndex(0)
        self.view.select(pid, centre=centre)
        layer = self.view.people
        sources = list(layer.sources.get(pid, ())) if layer else []
        learners = list(layer.learners.get(pid, ())) if layer else []
        self.side.person_card.show_person(
            result.person(pid),
            result,
            sources,
            learners,
            ego_active=self.view.ego == pid,
            can_leave=self.task is None,
        )
        self.side.cards.setCurrentWidget(self.side.person_card)
        self.side.ensureWidgetVisible(self.side.search)

    def show_cluster(self, cluster_id: int) -> None:
        result = self.displayed()
        if result is None:
            return
        self.side.cluster_card.show_cluster(result.cluster(cluster_id), result)
        self.side.cards.setCurrentWidget(self.side.cluster_card)

    def show_cluster_people(self, cluster_id: int) -> None:
        result = self.displayed()
        if result is None:
            return
        self.tabs.setCurrentIndex(0)
        self.view.set_level("people")
        if self.view.people is not None:
            self.view.zoom_to(self.view.people.rect(result.cluster(cluster_id).members))
        self._update_toolbar()

    def _background(self) -> None:
        self.view.select(None)
        self.side.show_hint()

    def set_ego(self, pid: int | None) -> None:
        self.view.set_ego(pid)
        if pid is not None:
            self.show_person(pid)
        elif self.view.selected is not None:
            self.show_person(self.view.selected)
        self._update_toolbar()

    def _toggle_ego(self, pid: int) -> None:
        self.set_ego(None if self.view.ego == pid else pid)

    def search(self, text: str) -> bool:
        """Find a person by (part of) their name; select, centre and show their card."""
        result = self.displayed()
        needle = text.strip().lower()
        if result is None or not needle:
            return False
        exact = [p for p in result.people if p.name.lower() == needle]
        found = exact or sorted(
            (p for p in result.people if needle in p.name.lower()), key=lambda p: p.name
        )
        self.side.search_status.setVisible(not found)
        if not found:
            self.side.search_status.setText(tr("Nobody called “{text}” was found.", text=text))
            return False
        self.show_person(found[0].id, centre=True)
        return True

    def _person_from_table(self, pid: int) -> None:
        self.show_person(pid, centre=True)

    def _cluster_from_table(self, cluster_id: int) -> None:
        self.show_cluster_people(cluster_id)
        self.show_cluster(cluster_id)

    def _look_habit_spreaders(self) -> None:
        result = self.displayed()
        if result is None:
            return
        index = self.side.colour.findData(ColourBy.TRAINED)
        self.side.colour.setCurrentIndex(index)
        spreaders = sorted(
            (p for p in result.people if p.habit_spreader), key=lambda p: -p.in_degree
        )
        if spreaders:
            self.show_person(spreaders[0].id, centre=True)

    def _look_risk_clusters(self) -> None:
        result = self.displayed()
        if result is None or not result.risk_clusters:
            return
        self.tabs.setCurrentIndex(0)
        self.view.set_level("people")
        if self.view.people is not None:
            rect = QRectF()
            for c in result.risk_clusters[:5]:
                rect = rect.united(self.view.people.rect(c.members))
            self.view.zoom_to(rect)
        self.show_cluster(result.risk_clusters[0].id)
        self._update_toolbar()

    def _look_gatekeepers(self) -> None:
        result = self.displayed()
        if result is None:
            return
        keepers = sorted(result.people, key=lambda p: (-p.gatekeeper_of, p.name))
        if keepers and keepers[0].gatekeeper_of > 0:
            self.show_person(keepers[0].id, centre=True)

    # -- what if -----------------------------------------------------------------------

    def pick_leavers(self) -> None:
        if self.base is None:
            return
        current = self.stack[-1].leaving if self.stack else ()
        dialog = LeaverPicker(self.base, current, self)
        self._picker = dialog
        if dialog.exec() and dialog.chosen():
            self.start_whatif(dialog.chosen(), replace=True)
        self._picker = None

    def start_whatif(self, people: tuple[int, ...], *, replace: bool = False) -> None:
        """Work out what changes if ``people`` leave (on top of the current what-if)."""
        if self.base is None or self.data is None:
            return
        before = set() if replace or not self.stack else set(self.stack[-1].leaving)
        leaving = tuple(sorted(before | set(people)))
        if self.stack and leaving == self.stack[-1].leaving:
            return
        data, options, base = self.data, self.base.options, self.base

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            return what_if(data, leaving, options, base=base, progress=progress, cancel=cancelled)

        self._start(work, self._whatif_done)

    def _whatif_done(self, whatif: WhatIfResult) -> None:
        self.stack.append(whatif)
        self._display(keep_view=True)
        self.whatif_changed.emit(whatif)

    def undo_whatif(self) -> None:
        if self.stack:
            self.stack.pop()
            self._display(keep_view=True)
            self.whatif_changed.emit(self.current_whatif())

    def reset_whatif(self) -> None:
        if self.stack:
            self.stack.clear()
            self._display(keep_view=True)
            self.whatif_changed.emit(None)

    # -- workshop ------------------------------------------------------------------------

    def open_workshop(self) -> None:
        if self.base is None or self.data is None or not workshop_available():
            return
        from importlib import import_module

        workshop = import_module("kennisnet.ui.workshop")
        window = workshop.WorkshopWindow(self.base, self.data, self.settings, title=self.title)
        self._workshop = window
        window.showFullScreen()


def workshop_available() -> bool:
    try:
        return importlib.util.find_spec("kennisnet.ui.workshop") is not None
    except (ImportError, ValueError):
        return False
