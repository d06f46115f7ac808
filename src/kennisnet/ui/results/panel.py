"""ResultsPanel: the results dashboard the HR workspace shows as its "Results" tab.

The panel puts together small parts, each given what it needs: its widgets
(``panel_layout.DashboardWidgets``), the background work with its busy bar
(``panel_work.BackgroundWork``), the what-if steps (``panel_whatif.WhatIfSteps``) and
finding people and clusters (``panel_navigate.Navigation``). It draws what is on screen
and keeps the analysis only to draw it: others ask the session, not the panel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from kennisnet.analysis import AnalysisCancelled, AnalysisResult, WhatIfResult
from kennisnet.analysis.ranking import is_big
from kennisnet.i18n import N_
from kennisnet.layout import PROCESSES_FROM
from kennisnet.session import Analysis, AnalysisSource
from kennisnet.ui.language import language_bus
from kennisnet.ui.results.frame import CLUSTER_LEVEL_FROM, Frame, Leaver, Point, to_scene
from kennisnet.ui.results.group_view import GROUPS, PEOPLE
from kennisnet.ui.results.models import PeopleResultsModel, RecordModel
from kennisnet.ui.results.panel_layout import DashboardWidgets
from kennisnet.ui.results.panel_navigate import Navigation
from kennisnet.ui.results.panel_whatif import WhatIfSteps
from kennisnet.ui.results.panel_work import BackgroundWork, Cancelled, Progress
from kennisnet.ui.results.view import DRAWING_NOTE
from kennisnet.ui.results.whatif import LeaverPicker
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import GuiThreadCollector
from kennisnet.ui.workshop import WorkshopWindow, start_workshop

log = logging.getLogger("kennisnet.results")

#: Shown in the network's place when its positions could not be worked out.
LAYOUT_FAILED = N_("The network could not be drawn. The details are in the log.")


#: From this many people the dashboard is shown before the network's positions: where
#: ``kennisnet.layout`` works them out in other processes (``PROCESSES_FROM``; about 1 s
#: at 10,000 people). A smaller layout runs on the worker thread, where igraph holds the
#: interpreter lock: the window could not be filled meanwhile, so it is waited for.
LAYOUT_APART_FROM = PROCESSES_FROM


def layout_apart(result: AnalysisResult) -> bool:
    """True when the dashboard is shown before the network's positions are worked out
    (a big project, whose group map needs no positions)."""
    return len(result.people) >= LAYOUT_APART_FROM


class ResultsPanel(QWidget):
    """The dashboard. ``show_wave`` starts the analysis in the background."""

    #: Emitted with the result when the dashboard shows it completely (the network too);
    #: for a large network (shown before its bridge scores) once more when they are
    #: filled in. A big project's boxes and tables are on screen before (see ``drawing``).
    analysis_finished = Signal(object)
    #: Emitted when a new analysis is drawn completely (network, boxes and tables).
    drawn = Signal()
    #: Emitted when a what-if result is on screen (or None when back to today).
    whatif_changed = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        #: The title of what is shown (the project, and the wave when it has several).
        self.title = ""
        self._source: AnalysisSource | None = None
        self._analysis: Analysis | None = None
        self._positions: dict[int, Point] = {}
        self._picker: LeaverPicker | None = None
        self._workshop: WorkshopWindow | None = None
        #: Counts drawings of a new analysis; a step of an older one is dropped.
        self._draws = 0
        self._drawn_up_to = 0
        #: Parts of the current drawing still to come (the network, the rest).
        self._parts_left = 0
        self._whatif_draws = 0
        self._selected: int | None = None
        self.widgets = DashboardWidgets(self)
        self.work = BackgroundWork(self.widgets.busy, self)
        #: A big project's layout, worked out while its boxes and tables are on screen.
        self.layouts = BackgroundWork(None, self)
        #: The bridge scores, counted in other processes after the dashboard is shown.
        self.bridges = BackgroundWork(None, self)
        self.whatifs = WhatIfSteps()
        self.navigation = Navigation(self.widgets, self)
        w = self.widgets
        w.retry_button.clicked.connect(self._retry)
        w.level_button.clicked.connect(self._toggle_level)
        w.view_choice.changed.connect(w.show_graph)
        w.whatif_button.clicked.connect(self.pick_leavers)
        w.workshop_button.clicked.connect(self.open_workshop)
        w.view.level_changed.connect(self._level_changed)
        self.drawn.connect(self._drawn)
        w.side.colour_changed.connect(self._colour_changed)
        w.side.size_changed.connect(self._size_changed)
        w.side.person_card.leave_requested.connect(lambda pid: self.start_whatif((pid,)))
        w.side.whatif.undo.connect(self.undo_whatif)
        w.side.whatif.reset.connect(self.reset_whatif)
        language_bus().changed.connect(self.retranslate)
        self.retranslate()

    # -- the interface the workspace uses ---------------------------------------------

    def show_wave(self, source: AnalysisSource, title: str) -> None:
        """Analyse ``source`` in the background; the dashboard fills in when it is done."""
        self._source, self.title = source, title
        self._analysis = None
        self._draws += 1
        self._drawn_up_to = self._draws
        self.layouts.void()
        self.bridges.void()
        self.whatifs.reset()
        self.widgets.show_message(N_("Working out the knowledge network…"), retry=False)

        def work(progress: Progress, cancelled: Cancelled) -> Analysis:
            # Everything but the positions and the bridge scores first (a fraction of the
            # time); a big project's positions follow, and then the bridge scores.
            found = source.analysis(
                layout=False, betweenness=False, progress=progress, cancel=cancelled
            )
            if found.positions is None and not layout_apart(found.result):
                found = source.analysis(
                    layout=True, betweenness=False, progress=progress, cancel=cancelled
                )
            return found

        self.work.start(work, self._analysis_done, self._failed)
        self.refresh_toolbar()

    def clear(self) -> None:
        """The project was closed: stop the work and forget what was shown."""
        self.work.void()
        self.layouts.void()
        self.bridges.void()
        self._draws += 1
        self._drawn_up_to = self._draws
        self._source, self.title = None, ""
        self._analysis = None
        self._positions = {}
        self.whatifs.reset()
        if self._workshop is not None:
            self._workshop.close()
            self._workshop = None
        w = self.widgets
        w.show_message("", retry=False)
        for page in w.pages.values():
            page.model.set_result(None)
        w.channels.set_result(None)
        w.overview.set_result(None, None)
        w.side.set_result(None)
        w.side.whatif.show_whatif(None, 0)
        w.view.clear()
        w.group_map.set_result(None)
        self.refresh_toolbar()

    def current_result(self) -> AnalysisResult | None:
        """The analysis of the survey on screen (a what-if is never returned)."""
        return self._analysis.result if self._analysis is not None else None

    def current_whatif(self) -> WhatIfResult | None:
        return self.whatifs.current()

    def busy_now(self) -> bool:
        return self.work.busy_now()

    def cancel(self) -> None:
        """Stop the running analysis or what-if (the screen keeps what it showed)."""
        self.work.cancel()

    def wait_for_background(self, seconds: float = 30.0) -> None:
        """Block until background work stopped (for closing the window and for tests)."""
        self.work.wait(seconds)
        self.layouts.wait(seconds)
        self.bridges.wait(seconds)
        self.widgets.group_map.wait(seconds)

    def network_ready(self) -> bool:
        """True when the analysis on screen has its positions (the network can be drawn)."""
        return self._analysis is not None and self._analysis.positions is not None

    def whatif_possible(self) -> bool:
        """True when a what-if can start: the network is drawn and nothing else runs."""
        return self.network_ready() and not self.work.busy_now()

    def bridges_ready(self) -> bool:
        """True when the analysis on screen has its bridge scores (or none is shown)."""
        return self._analysis is None or self._analysis.result.betweenness_computed

    def retranslate(self, _lang: str | None = None) -> None:
        self.widgets.retranslate()
        self.refresh_toolbar()
        self._update_legend()

    # -- finding people (see Navigation) -----------------------------------------------

    def show_person(self, pid: int, *, centre: bool = False) -> None:
        self.widgets.show_graph(PEOPLE)  # a person is found among the people
        self.navigation.show_person(pid, centre=centre)

    def search(self, text: str) -> bool:
        """Find a person by (part of) their name; select, centre and show their card."""
        return self.navigation.search(text)

    def set_ego(self, pid: int | None) -> None:
        self.navigation.set_ego(pid)

    # -- the analysis ------------------------------------------------------------------

    def _analysis_done(self, analysis: Analysis) -> None:
        result = analysis.result
        self._analysis = analysis
        self._positions = to_scene(analysis.positions or {}, len(result.people))
        self.whatifs.reset()
        self._set_bridges_pending(not result.betweenness_computed)
        view = self.widgets.view
        view.roster = analysis.data.people
        level = "clusters" if len(result.people) > CLUSTER_LEVEL_FROM else "people"
        self._draws += 1
        draw = self._draws
        if analysis.positions is None:
            # A big project: the boxes, tables and group map now, the network when its
            # positions are worked out (about 1 s at 10,000 people, in other processes).
            self._parts_left = 2
            self._selected = view.selected
            view.clear()
            view.show_note(DRAWING_NOTE)
            self._update_legend()
            self.refresh_toolbar()
            self._get_layout(draw, level)
        else:
            # The network first; the side panel, the boxes and the tables follow, one turn
            # of the event loop each (at 10,000 people all at once kept the window waiting).
            self._parts_left = 1
            self._display(level=level, pages=False)
        self.widgets.show_ranked(bool(result.department_holders))
        self.widgets.show_results()

        def group_map() -> None:
            self.widgets.group_map.set_result(result, analysis.data.people)
            self.widgets.show_graph(GROUPS if is_big(result.quality.roster) else PEOPLE)

        def side() -> None:
            # The side panel offers the colour and size choices of this project's staff
            # list: the network and the legend follow what it now shows.
            w = self.widgets
            w.side.set_result(result, analysis.data.people)
            if w.view.colour_by != w.colour_by():
                w.view.colour_by = w.colour_by()
                w.view.set_colour_by(w.colour_by())
            if w.view.size_by != w.size_by():
                w.view.set_size_by(w.size_by())
            self._update_legend()

        steps: list[Callable[[], None]] = [
            group_map,
            side,
            self._show_selection,
            *(partial(self._fill_page, page.model) for page in self.widgets.pages.values()),
            self._fill_overview,
        ]

        def finish() -> None:
            self._fill_whatif_parts()
            self._part_drawn(draw)

        self._in_steps(draw, [*steps, finish])

    def _get_layout(self, draw: int, level: str) -> None:
        """Work out the positions of the analysis on screen (the same analysis: the
        session keeps it) and draw the network when they are there."""
        source = self._source
        if source is None:
            return

        def work(progress: Progress, cancelled: Cancelled) -> Analysis:
            return source.analysis(
                layout=True, betweenness=False, progress=progress, cancel=cancelled
            )

        self.layouts.start(
            work, partial(self._layout_done, draw=draw, level=level), self._layout_failed
        )

    def _layout_done(self, analysis: Analysis, *, draw: int, level: str) -> None:
        shown = self._analysis
        if draw != self._draws or shown is None or analysis.positions is None:
            return
        if analysis.result is not shown.result:
            # The project changed meanwhile: the newer analysis is shown the usual way.
            self._analysis_done(analysis)
            return
        self._analysis = analysis
        self._positions = to_scene(analysis.positions, len(analysis.result.people))

        def network() -> None:
            view = self.widgets.view
            # Someone found while the network was not there yet is shown in it now.
            centre = view.centre_later
            self._display(level=level, pages=False)
            selected = self._selected
            if selected is not None and analysis.result.has_person(selected):
                view.select(selected, centre=centre)
            self._part_drawn(draw)

        self._in_steps(draw, [network])

    def _layout_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, AnalysisCancelled):
            return
        log.error("the network could not be drawn\n%s", details)
        self.widgets.view.show_note(LAYOUT_FAILED)

    def _part_drawn(self, draw: int) -> None:
        """One part of the drawing ``draw`` is on screen; when the last one is, say so."""
        analysis = self._analysis
        if draw != self._draws or analysis is None:
            return
        self._parts_left -= 1
        if self._parts_left > 0:
            return
        result = analysis.result
        if is_big(result.quality.roster):
            GuiThreadCollector.keep_long_lived()
        self.analysis_finished.emit(result)
        self.drawn.emit()
        if not result.betweenness_computed:
            self._count_bridges()

    def _in_steps(self, draw: int, steps: list[Callable[[], None]], whatif: int = -1) -> None:
        """Run ``steps`` one turn of the event loop each, unless a newer drawing began (of
        an analysis: ``draw``; of a what-if, undo or reset: ``whatif``, -1 for none)."""

        def current() -> bool:
            return draw == self._draws and whatif in (-1, self._whatif_draws)

        if not current() or not steps:
            return
        first, rest = steps[0], steps[1:]

        def step() -> None:
            if current():
                first()
                self._in_steps(draw, rest, whatif)

        QTimer.singleShot(0, self, step)

    def drawing(self) -> bool:
        """True while the dashboard is still being filled in, step by step."""
        return self._draws != self._drawn_up_to

    def _drawn(self) -> None:
        self._drawn_up_to = self._draws

    def _count_bridges(self) -> None:
        """Count the bridge scores in other processes; the screen fills them in."""
        source = self._source
        if source is None:
            return

        def work(progress: Progress, cancelled: Cancelled) -> Analysis:
            return source.analysis(layout=True, progress=progress, cancel=cancelled)

        self.bridges.start(work, self._bridges_done, self._bridges_failed)

    def _bridges_done(self, analysis: Analysis) -> None:
        shown = self._analysis
        if shown is None or analysis.positions is None:
            return
        if [p.id for p in analysis.result.people] != [p.id for p in shown.result.people]:
            # The project changed meanwhile: the newer analysis is shown the usual way.
            self._analysis_done(analysis)
            return
        self._analysis = replace(shown, result=analysis.result, stamp=analysis.stamp)
        self._set_bridges_pending(False)
        if self.whatifs.current() is None:
            for page in self.widgets.pages.values():
                page.model.refresh_result(analysis.result)
        card = self.widgets.side.person_card
        if card.person is not None and card.result is shown.result:
            card.person = analysis.result.person(card.person.id)
            card.result = analysis.result
        card.retranslate()
        self.analysis_finished.emit(analysis.result)

    def _bridges_failed(self, error: BaseException, details: str) -> None:
        self._set_bridges_pending(False)
        self.widgets.side.person_card.retranslate()
        if not isinstance(error, AnalysisCancelled):
            log.error("the bridge scores could not be counted\n%s", details)

    def _set_bridges_pending(self, pending: bool) -> None:
        self.widgets.side.person_card.bridges_pending = pending
        for page in self.widgets.pages.values():
            if isinstance(page.model, PeopleResultsModel):
                page.model.bridges_pending = pending

    def _failed(self, error: BaseException, details: str) -> None:
        self.refresh_toolbar()
        if isinstance(error, AnalysisCancelled):
            if self._analysis is None:
                self.widgets.show_message(
                    N_("The analysis was stopped. Nothing was changed."), retry=True
                )
            return
        log.error("analysis failed\n%s", details)
        self.widgets.show_message(
            N_("The analysis could not be done. The details are in the log."),
            retry=self._source is not None,
        )

    def _retry(self) -> None:
        if self._source is not None:
            self.show_wave(self._source, self.title)

    # -- what if … leaves? -------------------------------------------------------------

    def pick_leavers(self) -> None:
        base = self.current_result()
        if base is None:
            return
        dialog = LeaverPicker(base, self.whatifs.leaving(), self)
        self._picker = dialog
        if dialog.exec() and dialog.chosen():
            self.start_whatif(dialog.chosen(), replace=True)
        self._picker = None

    def start_whatif(self, people: tuple[int, ...], *, replace: bool = False) -> None:
        """Work out what changes if ``people`` leave (on top of the current what-if)."""
        source = self._source
        if self._analysis is None or source is None or not self.network_ready():
            return  # (the what-if shows the leavers in the network: it waits for it)
        leaving = self.whatifs.next_leaving(people, replace=replace)
        if leaving is None:
            return

        def work(progress: Progress, cancelled: Cancelled) -> WhatIfResult:
            return source.what_if(leaving, progress=progress, cancel=cancelled)

        self.work.start(work, self._whatif_done, self._failed)
        self.refresh_toolbar()

    def _whatif_done(self, whatif: WhatIfResult) -> None:
        self.whatifs.push(whatif)
        self._show_whatif_change()

    def undo_whatif(self) -> None:
        if self.whatifs.undo():
            self._show_whatif_change()

    def reset_whatif(self) -> None:
        if self.whatifs.reset():
            self._show_whatif_change()

    def _show_whatif_change(self) -> None:
        """A what-if added, undone or reset: the network first, then the tables and the
        boxes, one turn of the event loop each (at 10,000 people all at once kept the
        window waiting)."""
        self._whatif_draws += 1
        self._display(keep_view=True, pages=False)
        whatif = self.current_whatif()
        steps: list[Callable[[], None]] = [
            self._show_selection,
            *(partial(self._fill_page, page.model) for page in self.widgets.pages.values()),
            self._fill_overview,
            self._fill_whatif_parts,
            lambda: self.whatif_changed.emit(whatif),
        ]
        self._in_steps(self._draws, steps, self._whatif_draws)

    # -- what is on screen -------------------------------------------------------------

    def displayed(self) -> AnalysisResult | None:
        """The result on screen: the what-if when one is shown, else the analysis."""
        whatif = self.whatifs.current()
        return whatif.after if whatif is not None else self.current_result()

    def _display(
        self, *, level: str | None = None, keep_view: bool = False, pages: bool = True
    ) -> None:
        """Draw the network; with ``pages`` also the side panel, boxes and tables."""
        base = self.current_result()
        result = self.displayed()
        if result is None or base is None:
            return
        w = self.widgets
        view = w.view
        if not self.network_ready():
            return  # the network is drawn when its positions arrive (``_layout_done``)
        whatif = self.whatifs.current()
        leavers: tuple[Leaver, ...] = ()
        affected: frozenset[int] = frozenset()
        if whatif is not None:
            leavers = tuple(
                Leaver(pid, base.person(pid).name, *self._positions[pid])
                for pid in whatif.leaving
                if pid in self._positions and base.has_person(pid)
            )
            affected = frozenset(
                {*whatif.no_longer_within, *whatif.no_longer_at_all, *whatif.lose_all_sources}
            )
        transform = view.transform()
        centre = view.mapToScene(view.viewport().rect().center())
        selected = view.selected
        department = view.department
        groups = {p.id: p.cluster for p in base.people}
        frame = Frame(result, self._positions, leavers, affected, groups)
        colour = w.colour_by()
        view.colour_by = colour
        view.set_frame(frame, level or view.level or "people")
        view.set_colour_by(colour)
        view.set_size_by(w.size_by())
        view.set_department(department)
        if keep_view:
            view.setTransform(transform)
            view.centerOn(centre)
        self._selected = selected
        if pages:
            self._show_selection()
            for page in w.pages.values():
                page.model.set_result(result)
            self._fill_overview()
            self._fill_whatif_parts()
        else:
            self._update_legend()
            self.refresh_toolbar()
        view.declutter()

    def _show_selection(self) -> None:
        result = self.displayed()
        selected = self._selected
        if result is not None and selected is not None and result.has_person(selected):
            self.show_person(selected)
        else:
            self.widgets.side.show_hint()

    def _fill_page(self, model: RecordModel) -> None:
        model.set_result(self.displayed())  # a what-if may be on screen by now

    def _fill_overview(self) -> None:
        base = self.current_result()
        result = self.displayed()
        whatif = self.whatifs.current()
        self.widgets.channels.set_result(result)
        self.widgets.overview.set_result(result, base if whatif is not None else None)

    def _fill_whatif_parts(self) -> None:
        self.widgets.side.whatif.show_whatif(self.whatifs.current(), len(self.whatifs.stack))
        self._update_legend()
        self.refresh_toolbar()

    def refresh_toolbar(self) -> None:
        self.widgets.update_toolbar(whatif_possible=self.whatif_possible())

    def _update_legend(self) -> None:
        result = self.displayed()
        self.widgets.update_legend(
            has_risk=bool(result and result.risk_clusters),
            whatif=self.whatifs.current() is not None,
        )

    def _level_changed(self, _level: str) -> None:
        self.refresh_toolbar()
        self._update_legend()

    def _colour_changed(self, mode: str) -> None:
        self.widgets.view.set_colour_by(mode)
        self._update_legend()

    def _size_changed(self, key: str) -> None:
        self.widgets.view.set_size_by(key)
        self._update_legend()

    def _toggle_level(self) -> None:
        view = self.widgets.view
        view.set_level("clusters" if view.level == "people" else "people")
        self.refresh_toolbar()

    # -- workshop ------------------------------------------------------------------------

    def open_workshop(self) -> None:
        """Show the results full screen for a team session."""
        analysis = self._analysis
        if analysis is None:
            return
        source = self._source
        colour = self.widgets.colour_by()
        window = start_workshop(
            analysis.result,
            analysis.data,
            self.settings,
            title=self.title,
            parent=self,
            plan=source.plan(analysis) if source is not None else None,
            # A staff-list column chosen on the dashboard is proposed for the workshop too.
            colour_by="" if colour in ("cluster", "trained") else colour,
            size_by=self.widgets.size_by(),  # the dashboard's size proposed
        )
        if window is not None:  # HR chose codes or real names (None: cancelled)
            self._workshop = window
