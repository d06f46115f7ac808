"""The window's wave commands: start the next wave, compare two waves."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kennisnet.i18n import tr
from kennisnet.session import Session
from kennisnet.store import ProjectError
from kennisnet.ui.busy import Busy
from kennisnet.ui.dialogs.messages import error, exec_dialog
from kennisnet.ui.workspace.compare import CompareDialog
from kennisnet.ui.workspace.waves import NewWaveDialog, wave_name
from kennisnet.ui.workspace.window_results import ResultsTab

log = logging.getLogger(__name__)


class WavesHost(Protocol):
    """What the wave commands need of the window."""

    session: Session | None
    busy: Busy | None
    results_tab: ResultsTab

    def refresh(self) -> None: ...


class WaveActions:
    """Waves → Start the next wave…, Waves → Compare waves…"""

    def __init__(self, parent: QWidget, host: WavesHost) -> None:
        self.parent = parent
        self.host = host

    def start_new_wave(self) -> None:
        session = self.host.session
        busy = self.host.busy
        if session is None or (busy is not None and not busy.finished):
            return
        project = session.project
        waves = project.waves()
        current = project.current_wave_id()
        dialog = NewWaveDialog(
            wave_name(waves, current),
            [name for _, name, _ in waves],
            project.response_count(current),
            self.parent,
        )
        if not exec_dialog(dialog):
            return
        try:
            wave_id = session.new_wave(dialog.wave_name())
        except ProjectError as exc:
            error(
                self.parent,
                tr("Start the next wave"),
                tr("The new wave was not started."),
                str(exc),
            )
            return
        log.info("started wave %d (%s)", wave_id, dialog.wave_name())
        self.host.results_tab.fill_waves(wave_id)
        self.host.refresh()

    def compare_waves(self) -> None:
        session = self.host.session
        if session is None or len(session.project.waves()) < 2:
            return
        dialog = CompareDialog(session, self.parent)
        exec_dialog(dialog)
        dialog.deleteLater()
