"""The window's Results tab (a mixin): the dashboard is loaded the first time it is shown."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kennisnet.i18n import tr

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


class ResultsTab:
    """Shows the results of the open project, recalculated when they are out of date."""

    project: Any
    settings: Any
    results: Any
    results_stale: bool
    results_holder: QWidget

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

    def recalculate(self) -> None:
        if self.project is None:
            return
        panel = self._ensure_results()
        panel.show_survey(self.project.snapshot(), self.project.name)
        self.results_stale = False
