"""The results dashboard's what-if steps (a mixin of :class:`ResultsPanel`).

Who leaves is picked in a dialog or on a person's card; each step is worked out in
the background on top of the previous one and can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kennisnet.analysis import AnalysisResult, WhatIfResult, what_if
from kennisnet.model import SurveyData
from kennisnet.ui.results.whatif import LeaverPicker


class WhatIfSteps:
    """What if … leaves?: start, undo and reset what-if steps."""

    data: SurveyData | None
    base: AnalysisResult | None
    stack: list[WhatIfResult]

    def pick_leavers(self) -> None:
        if self.base is None:
            return
        current = self.stack[-1].leaving if self.stack else ()
        dialog = LeaverPicker(self.base, current, self)
        self._picker = dialog
        if dialog.exec() and dialog.chosen():
            self.start_whatif(dialog.chosen(), replace=True)
        self._picker = None

    def start_whatif(self, people: tuple[int, ...], *, replace: bool = False) -> None:
        """Work out what changes if ``people`` leave (on top of the current what-if)."""
        if self.base is None or self.data is None:
            return
        before = set() if replace or not self.stack else set(self.stack[-1].leaving)
        leaving = tuple(sorted(before | set(people)))
        if self.stack and leaving == self.stack[-1].leaving:
            return
        data, options, base = self.data, self.base.options, self.base

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            return what_if(data, leaving, options, base=base, progress=progress, cancel=cancelled)

        self._start(work, self._whatif_done)

    def _whatif_done(self, whatif: WhatIfResult) -> None:
        self.stack.append(whatif)
        self._display(keep_view=True)
        self.whatif_changed.emit(whatif)

    def undo_whatif(self) -> None:
        if self.stack:
            self.stack.pop()
            self._display(keep_view=True)
            self.whatif_changed.emit(self.current_whatif())

    def reset_whatif(self) -> None:
        if self.stack:
            self.stack.clear()
            self._display(keep_view=True)
            self.whatif_changed.emit(None)
