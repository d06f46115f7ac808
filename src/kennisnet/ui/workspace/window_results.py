"""The window's Results tab: a wave bar above the results dashboard.

The bar chooses which wave the dashboard shows (default: the current one) and
opens *Compare waves…*; the dashboard itself does not know about waves, it shows
the wave it is given (``ResultsPanel.show_wave``). The dashboard is made the first
time the tab shows results.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kennisnet.i18n import tr
from kennisnet.session import Session
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.waves import wave_name

Wave = tuple[int, str, str]


class WaveBar(QWidget):
    """'Wave: [chooser]' with a note when an earlier wave is shown, and Compare waves…"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsWaveBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 0)
        self.label = QLabel()
        self.chooser = QComboBox()
        self.chooser.setObjectName("resultsWave")
        self.chooser.setMinimumContentsLength(18)
        self.note = QLabel()
        self.note.setStyleSheet("color: #8a5a00;")
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareWavesButton")
        row.addWidget(self.label)
        row.addWidget(self.chooser)
        row.addWidget(self.note, 1)
        row.addWidget(self.compare_button)
        self.waves: list[Wave] = []
        self.current = 0

    def set_waves(self, waves: list[Wave], current: int, shown: int) -> None:
        self.waves, self.current = list(waves), current
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for wave_id, _name, _started in waves:
            self.chooser.addItem("", wave_id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(shown)))
        self.chooser.blockSignals(False)
        self.retranslate()

    def shown(self) -> int:
        data = self.chooser.currentData()
        return int(data) if data is not None else self.current

    def retranslate(self) -> None:
        self.label.setText(tr("Wave:"))
        for index, (wave_id, name, _started) in enumerate(self.waves):
            text = tr("{wave} (current)", wave=name) if wave_id == self.current else name
            self.chooser.setItemText(index, text)
        self.chooser.setEnabled(len(self.waves) > 1)
        self.chooser.setToolTip(tr("Which wave of the survey the results show."))
        earlier = bool(self.waves) and self.shown() != self.current
        self.note.setText(
            tr(
                "You are looking at an earlier wave. New answers go into {wave}.",
                wave=wave_name(self.waves, self.current),
            )
            if earlier
            else ""
        )
        self.compare_button.setText(tr("Compare waves…"))
        self.compare_button.setEnabled(len(self.waves) > 1)
        self.compare_button.setToolTip(
            tr("See what changed between two waves.")
            if len(self.waves) > 1
            else tr("Start a second wave first; then you can compare them.")
        )


class ResultsTab(QWidget):
    """The results of the open project's chosen wave, recalculated when out of date."""

    compare_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session: Session | None = None
        #: The dashboard, made the first time results are shown.
        self.panel: ResultsPanel | None = None
        #: True when the project changed since the dashboard was filled.
        self.stale = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.wave_bar = WaveBar(self)
        self._layout.addWidget(self.wave_bar)
        self.wave_bar.chooser.currentIndexChanged.connect(self._wave_chosen)
        self.wave_bar.compare_button.clicked.connect(self.compare_requested)

    def set_session(self, session: Session | None) -> None:
        """Show ``session``'s current wave (when shown), or nothing when it closed."""
        self.session = session
        self.stale = True
        if session is None:
            self.wave_bar.set_waves([], 0, 0)
            if self.panel is not None:
                self.panel.clear()
            return
        self.fill_waves(session.project.current_wave_id())

    def shown_wave(self) -> int:
        """The wave the tab shows (and an export writes): the chosen one."""
        return self.wave_bar.shown()

    def colour_by(self) -> str:
        """What the dots are coloured by on the dashboard (and in an export's pictures)."""
        if self.panel is None:
            return "cluster"
        return self.panel.widgets.colour_by()

    def size_by(self) -> str:
        """What the dots are sized by on the dashboard (and in an export's pictures)."""
        if self.panel is None:
            return "learners"
        chosen = self.panel.widgets.size_by()
        # Before the dashboard has filled its size chooser it holds no choice ("None"):
        # an export then sizes by learners, the default, instead of failing.
        return chosen if chosen not in ("", "None") else "learners"

    def show_only(self) -> str:
        """Whom the dashboard shows in full colour ("COLUMN=VALUE"; "": everyone)."""
        if self.panel is None:
            return ""
        return self.panel.widgets.show_only()

    def fill_waves(self, shown: int | None = None) -> None:
        """Refill the chooser; keep the chosen wave unless ``shown`` names another one."""
        session = self.session
        if session is None:
            return
        waves = session.project.waves()
        current = session.project.current_wave_id()
        keep = shown if shown is not None else self.wave_bar.shown()
        if keep not in {wave_id for wave_id, _name, _started in waves}:
            keep = current
        self.wave_bar.set_waves(waves, current, keep)

    def _wave_chosen(self, _index: int) -> None:
        self.wave_bar.retranslate()
        self.recalculate()

    def recalculate(self) -> None:
        """Show the chosen wave again (the dashboard analyses it in the background)."""
        session = self.session
        if session is None:
            return
        if self.panel is None:
            self.panel = ResultsPanel(self.settings, self)
            self._layout.addWidget(self.panel)
        wave_id = self.shown_wave()
        self.panel.show_wave(session.source(wave_id), session.title(wave_id))
        self.stale = False

    def retranslate(self) -> None:
        self.wave_bar.retranslate()
        if self.panel is not None:
            self.panel.retranslate()
