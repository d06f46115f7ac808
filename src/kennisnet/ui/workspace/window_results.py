"""The window's Results tab (a mixin): the dashboard is loaded the first time it is shown.

A small bar above the dashboard chooses which wave it shows (default: the
current one) and opens *Compare waves…*; the dashboard itself does not know
about waves, it shows the survey data it is given.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kennisnet.i18n import tr
from kennisnet.ui.workspace.waves import wave_name

log = logging.getLogger(__name__)


class ResultsPlaceholder(QWidget):
    """Shown while the results dashboard is not part of this build."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.retranslate()

    def show_survey(self, _data: object, _title: str) -> None:
        return None

    def retranslate(self) -> None:
        self.label.setText(tr("The results dashboard is not available in this version yet."))


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
        self.waves: list[tuple[int, str, str]] = []
        self.current = 0

    def set_waves(self, waves: list[tuple[int, str, str]], current: int, shown: int) -> None:
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


class ResultsTab:
    """Shows the results of the open project, recalculated when they are out of date."""

    project: Any
    settings: Any
    results: Any
    results_stale: bool
    results_holder: QWidget
    wave_bar: WaveBar

    def _build_results_tab(self) -> None:
        layout = self.results_holder.layout()
        assert layout is not None
        self.wave_bar = WaveBar(self.results_holder)
        layout.addWidget(self.wave_bar)
        self.wave_bar.chooser.currentIndexChanged.connect(self._wave_chosen)
        self.wave_bar.compare_button.clicked.connect(self.compare_waves)

    def _ensure_results(self) -> Any:
        if self.results is None:
            try:
                module = importlib.import_module("kennisnet.ui.results")
                self.results = module.ResultsPanel(self.settings, self.results_holder)
            except (ImportError, AttributeError) as exc:
                log.info("results panel not available: %s", exc)
                self.results = ResultsPlaceholder(self.results_holder)
            layout = self.results_holder.layout()
            assert layout is not None
            layout.addWidget(self.results)
        return self.results

    def shown_wave_id(self) -> int:
        """The wave the Results tab shows (and the export writes): the chosen one."""
        assert self.project is not None
        return self.wave_bar.shown()

    def _fill_wave_bar(self, shown: int | None = None) -> None:
        """Refill the chooser; keep the chosen wave unless ``shown`` names another one."""
        project = self.project
        if project is None:
            self.wave_bar.set_waves([], 0, 0)
            return
        waves = project.waves()
        current = project.current_wave_id()
        keep = shown if shown is not None else self.wave_bar.shown()
        if keep not in {w[0] for w in waves}:
            keep = current
        self.wave_bar.set_waves(waves, current, keep)

    def _wave_chosen(self, _index: int) -> None:
        self.wave_bar.retranslate()
        self.results_stale = True
        self.recalculate()

    def recalculate(self) -> None:
        if self.project is None:
            return
        panel = self._ensure_results()
        wave_id = self.shown_wave_id()
        waves = self.project.waves()
        title = self.project.name
        if len(waves) > 1:
            title = f"{title} — {wave_name(waves, wave_id)}"
        panel.show_survey(self.project.snapshot(wave_id), title)
        self.results_stale = False
