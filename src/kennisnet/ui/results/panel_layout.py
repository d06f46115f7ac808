"""The results dashboard's widgets: busy bar, first-look band, graph with toolbar and side
panel, and the table tabs (a mixin of :class:`ResultsPanel`), and their texts."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
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

from kennisnet.i18n import N_, tr
from kennisnet.ui.results.channels import ChannelChart
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
from kennisnet.ui.results.side import SidePanel
from kennisnet.ui.results.tables import TablePage
from kennisnet.ui.results.view import GraphView

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
        N_(
            "The numbers behind the chart: per team, how many people use each way first "
            "(or, when answers from a Forms export have no order, how many chose each way)."
        ),
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


def workshop_available() -> bool:
    try:
        return importlib.util.find_spec("kennisnet.ui.workshop") is not None
    except (ImportError, ValueError):
        return False


class PanelLayout:
    """Builds the dashboard's widgets and connects them; sets their texts."""

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
