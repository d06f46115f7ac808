"""Finding your way in the results dashboard.

Showing a person or a cluster (from the graph, the tables or a search), the ego
network, and the first-look boxes that jump to habit spreaders, risk clusters and
gatekeepers.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF

from kennisnet.analysis import AnalysisResult
from kennisnet.i18n import tr
from kennisnet.ui.results.palette import ColourBy
from kennisnet.ui.results.panel_layout import DashboardWidgets


class NavigationHost(Protocol):
    """What finding people and clusters needs to know of the dashboard."""

    def displayed(self) -> AnalysisResult | None:
        """The result on screen (a what-if when one is shown)."""
        ...

    def whatif_possible(self) -> bool:
        """True when a what-if can start now (the network drawn, nothing else running)."""
        ...

    def refresh_toolbar(self) -> None: ...


class Navigation:
    """Selects people and clusters in the graph and shows their cards."""

    def __init__(self, widgets: DashboardWidgets, host: NavigationHost) -> None:
        self.widgets = widgets
        self.host = host
        view, side, overview = widgets.view, widgets.side, widgets.overview
        view.person_clicked.connect(self.show_person)
        view.cluster_clicked.connect(self.show_cluster)
        view.background_clicked.connect(self.clear_selection)
        side.search_requested.connect(self.search)
        card = side.person_card
        card.person_requested.connect(self.find_person)
        card.ego_requested.connect(self.toggle_ego)
        side.cluster_card.show_people.connect(self.show_cluster_people)
        side.whatif.person_requested.connect(self.find_person)
        for page in widgets.pages.values():
            page.person_activated.connect(self.find_person)
            page.cluster_activated.connect(self.find_cluster)
        overview.show_habit_spreaders.connect(self.look_habit_spreaders)
        overview.show_risk_clusters.connect(self.look_risk_clusters)
        overview.show_gatekeepers.connect(self.look_gatekeepers)
        widgets.everyone_button.clicked.connect(lambda: self.set_ego(None))

    def show_person(self, pid: int, *, centre: bool = False) -> None:
        result = self.host.displayed()
        if result is None or not result.has_person(pid):
            return
        view, side = self.widgets.view, self.widgets.side
        self.widgets.tabs.setCurrentIndex(0)
        view.select(pid, centre=centre)
        layer = view.people
        if layer is not None:
            sources = list(layer.sources.get(pid, ()))
            learners = list(layer.learners.get(pid, ()))
        else:  # the network is not drawn (yet): from the ties themselves
            sources = [e.source for e in result.edges if e.learner == pid]
            learners = [e.learner for e in result.edges if e.source == pid]
        side.person_card.show_person(
            result.person(pid),
            result,
            sources,
            learners,
            ego_active=view.ego == pid,
            can_leave=self.host.whatif_possible(),
        )
        side.cards.setCurrentWidget(side.person_card)
        side.ensureWidgetVisible(side.search)

    def find_person(self, pid: int) -> None:
        """Show the person and centre the graph on them."""
        self.show_person(pid, centre=True)

    def show_cluster(self, cluster_id: int) -> None:
        result = self.host.displayed()
        if result is None:
            return
        side = self.widgets.side
        side.cluster_card.show_cluster(result.cluster(cluster_id), result)
        side.cards.setCurrentWidget(side.cluster_card)

    def show_cluster_people(self, cluster_id: int) -> None:
        result = self.host.displayed()
        if result is None:
            return
        view = self.widgets.view
        self.widgets.tabs.setCurrentIndex(0)
        view.set_level("people")
        if view.people is not None:
            view.zoom_to(view.people.rect(result.cluster(cluster_id).members))
        self.host.refresh_toolbar()

    def find_cluster(self, cluster_id: int) -> None:
        """Zoom to the cluster's people and show its card."""
        self.show_cluster_people(cluster_id)
        self.show_cluster(cluster_id)

    def clear_selection(self) -> None:
        self.widgets.view.select(None)
        self.widgets.side.show_hint()

    def set_ego(self, pid: int | None) -> None:
        view = self.widgets.view
        view.set_ego(pid)
        if pid is not None:
            self.show_person(pid)
        elif view.selected is not None:
            self.show_person(view.selected)
        self.host.refresh_toolbar()

    def toggle_ego(self, pid: int) -> None:
        self.set_ego(None if self.widgets.view.ego == pid else pid)

    def search(self, text: str) -> bool:
        """Find a person by (part of) their name; select, centre and show their card."""
        result = self.host.displayed()
        needle = text.strip().lower()
        if result is None or not needle:
            return False
        exact = [p for p in result.people if p.name.lower() == needle]
        found = exact or sorted(
            (p for p in result.people if needle in p.name.lower()), key=lambda p: p.name
        )
        status = self.widgets.side.search_status
        status.setVisible(not found)
        if not found:
            status.setText(tr("Nobody called “{text}” was found.", text=text))
            return False
        self.find_person(found[0].id)
        return True

    def look_habit_spreaders(self) -> None:
        result = self.host.displayed()
        if result is None:
            return
        colour = self.widgets.side.colour
        colour.setCurrentIndex(colour.findData(ColourBy.TRAINED))
        spreaders = sorted(
            (p for p in result.people if p.habit_spreader), key=lambda p: -p.in_degree
        )
        if spreaders:
            self.find_person(spreaders[0].id)

    def look_risk_clusters(self) -> None:
        result = self.host.displayed()
        if result is None or not result.risk_clusters:
            return
        view = self.widgets.view
        self.widgets.tabs.setCurrentIndex(0)
        view.set_level("people")
        if view.people is not None:
            rect = QRectF()
            for cluster in result.risk_clusters[:5]:
                rect = rect.united(view.people.rect(cluster.members))
            view.zoom_to(rect)
        self.show_cluster(result.risk_clusters[0].id)
        self.host.refresh_toolbar()

    def look_gatekeepers(self) -> None:
        result = self.host.displayed()
        if result is None:
            return
        keepers = sorted(result.people, key=lambda p: (-p.gatekeeper_of, p.name))
        if keepers and keepers[0].gatekeeper_of > 0:
            self.find_person(keepers[0].id)
