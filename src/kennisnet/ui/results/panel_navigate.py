"""Finding your way in the results dashboard (a mixin of :class:`ResultsPanel`).

Showing a person or a cluster (from the graph, the tables or a search), the ego
network, and the first-look boxes that jump to habit spreaders, risk clusters and
gatekeepers.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from kennisnet.i18n import tr
from kennisnet.ui.results.palette import ColourBy
from kennisnet.ui.tasks import Task


class Navigation:
    """Selects people and clusters and shows their cards."""

    task: Task | None

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
