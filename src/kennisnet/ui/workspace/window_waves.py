"""The window's wave commands (a mixin): start the next wave, compare two waves.

``MainWindow`` inherits these methods and provides ``project``, ``settings``,
``busy``, ``refresh`` and the Results tab's wave bar.
"""

from __future__ import annotations

import logging
from typing import Any

from kennisnet.i18n import tr
from kennisnet.store import ProjectError
from kennisnet.ui.workspace.common import Busy, error, exec_dialog
from kennisnet.ui.workspace.compare import CompareWavesDialog
from kennisnet.ui.workspace.waves import NewWaveDialog, wave_name

log = logging.getLogger(__name__)


class WaveActions:
    """Waves → Start the next wave…, Waves → Compare waves…"""

    project: Any
    settings: Any
    busy: Busy | None

    def start_new_wave(self) -> None:
        project = self.project
        if project is None or (self.busy is not None and not self.busy.finished):
            return
        waves = project.waves()
        current = project.current_wave_id()
        dialog = NewWaveDialog(
            wave_name(waves, current),
            [name for _, name, _ in waves],
            project.response_count(current),
            self,
        )
        if not exec_dialog(dialog):
            return
        try:
            wave_id = project.add_wave(dialog.wave_name())
        except ProjectError as exc:
            error(self, tr("Start the next wave"), tr("The new wave was not started."), str(exc))
            return
        log.info("started wave %d (%s)", wave_id, dialog.wave_name())
        self._fill_wave_bar(wave_id)
        self.refresh()

    def compare_waves(self) -> None:
        if self.project is None or len(self.project.waves()) < 2:
            return
        dialog = CompareWavesDialog(self.project, self._analysis_options(), self)
        exec_dialog(dialog)
        dialog.deleteLater()
