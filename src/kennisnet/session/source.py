"""What a results view analyses: one wave of an open project, or plain survey data.

A view (the app's dashboard, the workshop) holds an ``AnalysisSource`` and asks it for
the analysis and for what-ifs, usually on a worker thread; it never holds the project.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Protocol

from kennisnet.analysis import AnalysisCancelled, AnalysisOptions, WhatIfResult
from kennisnet.i18n import tr
from kennisnet.model import SurveyData
from kennisnet.session.analysis import Analysis

if TYPE_CHECKING:
    from kennisnet.session.session import Session

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


class AnalysisSource(Protocol):
    """Something that can be analysed: the analysis (with its layout) and what-ifs."""

    def analysis(
        self,
        *,
        layout: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis: ...

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult: ...


class WaveSource:
    """One wave of an open project (the cache of the session is used and filled)."""

    def __init__(self, session: Session, wave_id: int) -> None:
        self.session = session
        self.wave_id = wave_id

    def analysis(
        self,
        *,
        layout: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        return self.session.analysis(self.wave_id, layout=layout, progress=progress, cancel=cancel)

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult:
        return self.session.what_if(leaving, self.wave_id, progress=progress, cancel=cancel)


class DataSource:
    """Survey data without a project (tests, a file read elsewhere); analysed once."""

    def __init__(self, data: SurveyData, options: AnalysisOptions | None = None) -> None:
        self.data = data
        self.options = options or AnalysisOptions()
        self._found: Analysis | None = None

    def analysis(
        self,
        *,
        layout: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        from kennisnet.analysis import analyze

        found = self._found
        share = 0.75 if layout else 1.0
        if found is None:
            result = analyze(
                self.data,
                self.options,
                progress=None
                if progress is None
                else (lambda fraction, label: progress(share * fraction, label)),
                cancel=cancel,
            )
            found = Analysis(self.data.wave.id, self.data, self.options, result, None, ())
        if layout and found.positions is None:
            from kennisnet.layout import compute_layout

            if cancel is not None and cancel():
                raise AnalysisCancelled
            if progress is not None:
                progress(0.8, tr("Drawing the network"))
            found = found.with_positions(compute_layout(found.result))
        self._found = found
        return found

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult:
        from kennisnet.analysis import what_if

        base = self.analysis()
        return what_if(
            self.data, leaving, self.options, base=base.result, progress=progress, cancel=cancel
        )
