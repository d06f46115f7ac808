"""The results dashboard's widgets: busy bar, first-look band, graph with toolbar and side
panel, and the table tabs, and their texts.

:class:`DashboardWidgets` only builds and labels them; :class:`ResultsPanel` owns one and
connects the buttons to what they do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import N_, tr
from kennisnet.ui.results.channels import ChannelChart
from kennisnet.ui.results.group_view import GROUPS, GroupMapView, ViewChoice
from kennisnet.ui.results.models import (
    AdviceModel,
    ChannelModel,
    ClusterModel,
    GatekeeperModel,
    PeopleResultsModel,
    RecordModel,
    ResponseModel,
)
from kennisnet.ui.results.overview import Overview
from kennisnet.ui.results.palette import cluster_legend, common_legend
from kennisnet.ui.results.panel_work import BusyBar
from kennisnet.ui.results.ranked import RANKED_INTRO, RANKED_TITLE, RankedHoldersModel
from kennisnet.ui.results.side import SidePanel
from kennisnet.ui.results.tables import TablePage
from kennisnet.ui.results.view import GraphView

TABLES: tuple[tuple[str, str, type[RecordModel], str], ...] = (
    (
        "people",
        N_("People"),
        PeopleResultsModel,
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
            "How many people answered per department. Under 80%: who links groups is "
            "uncertain there; under 65%: treat all results with caution."
        ),
    ),
)


#: The tabs in their order: the knowledge network first, then the tables.
TAB_TITLES: tuple[tuple[str, str], ...] = (
    ("network", N_("Knowledge network")),
    *((key, title) for key, title, _model, _intro in TABLES),
)


class DashboardWidgets:
    """Every widget of the dashboard, laid out in ``host``; their texts and toolbar states.

    It knows nothing of the analysis: the panel connects the buttons and passes in what
    the toolbar and the legend show.
    """

    def __init__(self, host: QWidget) -> None:
        self.busy = BusyBar()
        self.busy.setVisible(False)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._placeholder_text = ""
        self.retry_button = QPushButton()
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
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(4)
        self.view_choice = ViewChoice()  # Groups | People (big organisations: group_view)
        self.toolbar.addWidget(self.view_choice)
        self.zoom_in_button = self._tool(self.view.zoom_in)
        self.zoom_out_button = self._tool(self.view.zoom_out)
        self.fit_button = self._tool(self.view.fit)
        self.level_button = self._tool()
        self.everyone_button = self._tool()
        self.toolbar.addStretch(1)
        self.whatif_button = self._tool()
        self.workshop_button = self._tool()
        graph_area = QWidget()
        graph_layout = QVBoxLayout(graph_area)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        graph_layout.setSpacing(2)
        graph_layout.addLayout(self.toolbar)
        self.group_map = GroupMapView()
        self.graph_stack = QStackedWidget()
        self.graph_stack.addWidget(self.view)
        self.graph_stack.addWidget(self.group_map)
        graph_layout.addWidget(self.graph_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(graph_area)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, "")
        self.pages: dict[str, TablePage] = {
            key: TablePage(model_type(host), intro) for key, _title, model_type, intro in TABLES
        }
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
        # Big projects only: key knowledge holders ranked within departments (ranked.py).
        self.pages["ranked"] = TablePage(RankedHoldersModel(host), RANKED_INTRO)
        self.tabs.setTabVisible(self.tabs.addTab(self.pages["ranked"], ""), False)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addWidget(self.overview)
        content_layout.addWidget(self.tabs, 1)
        self.stack_widget = QStackedWidget()
        self.stack_widget.addWidget(empty)
        self.stack_widget.addWidget(content)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack_widget, 1)

        self.side.department_changed.connect(self.view.set_department)
        self.side.show_only_changed.connect(self.view.set_show_only)
        self.overview.show_advice.connect(lambda: self.tabs.setCurrentWidget(self.pages["advice"]))
        self.overview.show_response.connect(
            lambda: self.tabs.setCurrentWidget(self.pages["response"])
        )

    def _tool(self, slot: Callable[[], None] | None = None) -> QPushButton:
        button = QPushButton()
        if slot is not None:
            button.clicked.connect(slot)
        self.toolbar.addWidget(button)
        return button

    # -- what is shown -------------------------------------------------------------------

    def show_message(self, text: str, *, retry: bool) -> None:
        """The page without results: ``text`` (English, marked with N_) and Analyse again."""
        self._placeholder_text = text
        self.placeholder.setText(tr(text) if text else "")
        self.retry_button.setVisible(retry)
        self.stack_widget.setCurrentIndex(0)

    def show_results(self) -> None:
        self.stack_widget.setCurrentIndex(1)

    def showing_results(self) -> bool:
        return self.stack_widget.currentIndex() == 1

    def show_ranked(self, shown: bool) -> None:
        """Show the tab of holders per department (a big project) or hide it."""
        self.tabs.setTabVisible(self.tabs.indexOf(self.pages["ranked"]), shown)

    def show_graph(self, mode: str) -> None:
        """The group map (``"groups"``) or every person (``"people"``)."""
        self.view_choice.set_mode(mode)
        people = mode != GROUPS
        self.graph_stack.setCurrentWidget(self.view if people else self.group_map)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(people)
        self.level_button.setEnabled(people)
        # The map has its own legend; the side panel's explains the dots.
        self.side.legend.setVisible(people)
        self.side.shapes.setVisible(people)

    def colour_by(self) -> str:
        """A :class:`ColourBy` or the key of a staff-list column (``export.attributes``)."""
        return str(self.side.colour.currentData())

    def size_by(self) -> str:
        """What the dots are sized by: an ``export.sizes`` key (``learners``: the default)."""
        return str(self.side.size_choice.currentData())

    def show_only(self) -> str:
        """The dashboard's 'Show only' as ``COLUMN=VALUE`` (``export.show_only``; "": everyone)."""
        view = self.view
        if view.show_only is not None:
            key, value = view.show_only
            return f"{key}={value}"
        if view.department is not None:
            return f"department={view.department}"
        return ""

    def update_toolbar(self, *, whatif_possible: bool) -> None:
        people = self.view.level == "people"
        self.level_button.setText(tr("Show clusters") if people else tr("Show people"))
        self.level_button.setToolTip(
            tr("Show each cluster as one dot (easier to read in large organisations)")
            if people
            else tr("Show every person as a dot")
        )
        self.everyone_button.setVisible(self.view.ego is not None)
        self.whatif_button.setEnabled(whatif_possible)

    def update_legend(self, *, has_risk: bool, whatif: bool) -> None:
        people = self.view.level != "clusters"
        self.side.colour.setVisible(people)
        self.side.colour_heading.setVisible(people)
        self.side.size_choice.setVisible(people)
        self.side.size_heading.setVisible(people)
        if not people:
            self.side.legend.set_entries(cluster_legend())
            self.side.shapes.set_entries([])
            return
        if self.view.colours is None:
            return
        self.side.legend.set_entries(self.view.colours.legend())
        self.side.shapes.set_entries(common_legend(has_risk, whatif, self.view.sizing))

    def retranslate(self) -> None:
        """Set every text of the dashboard in the current language (not the toolbar's
        level and what-if state, see :meth:`update_toolbar`)."""
        self.busy.retranslate()
        self.view_choice.retranslate()
        self.group_map.retranslate()
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
        for index, (_key, title) in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, tr(title))
        self.tabs.setTabText(self.tabs.indexOf(self.pages["ranked"]), tr(RANKED_TITLE))
        for page in self.pages.values():
            page.retranslate()
        self.channels.retranslate()
        self.overview.retranslate()
        self.side.retranslate()
        self.view.retranslate()
