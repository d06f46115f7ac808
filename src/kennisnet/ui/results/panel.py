"""ResultsPanel: the results dashboard the HR workspace shows as its "Results" tab.

Its widgets (``panel_layout``), background analysis (``panel_work``), what-if steps
(``panel_whatif``) and finding people and clusters (``panel_navigate``) are mixins
kept in their own modules; this one draws what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kennisnet.analysis import AnalysisOptions, AnalysisResult, WhatIfResult
from kennisnet.i18n import tr
from kennisnet.model import SurveyData
from kennisnet.ui.language import language_bus
from kennisnet.ui.results.frame import Frame, Leaver, Point
from kennisnet.ui.results.palette import ColourBy, cluster_legend, common_legend
from kennisnet.ui.results.panel_layout import PanelLayout, workshop_available
from kennisnet.ui.results.panel_navigate import Navigation
from kennisnet.ui.results.panel_whatif import WhatIfSteps
from kennisnet.ui.results.panel_work import BackgroundWork
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import Task


class ResultsPanel(PanelLayout, BackgroundWork, WhatIfSteps, Navigation, QWidget):
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

    # -- workshop ------------------------------------------------------------------------

    def open_workshop(self) -> None:
        if self.base is None or self.data is None or not workshop_available():
            return
        from importlib import import_module

        workshop = import_module("kennisnet.ui.workshop")
        window = workshop.WorkshopWindow(self.base, self.data, self.settings, title=self.title)
        self._workshop = window
        window.showFullScreen()
