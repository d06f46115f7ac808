"""What a results view analyses: one wave of an open project, or plain survey data.

A view (the app's dashboard, the workshop) holds an ``AnalysisSource`` and asks it for
the analysis and for what-ifs, usually on a worker thread; it never holds the project.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from kennisnet.analysis import AnalysisCancelled, AnalysisOptions, WhatIfResult
from kennisnet.analysis.betweenness import worth_waiting_for
from kennisnet.i18n import tr
from kennisnet.model import SurveyData
from kennisnet.session.analysis import Analysis

if TYPE_CHECKING:
    from kennisnet.plan import Plan
    from kennisnet.session.session import Session

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


class AnalysisSource(Protocol):
    """Something that can be analysed: the analysis (with its layout) and what-ifs."""

    def analysis(
        self,
        *,
        layout: bool = False,
        betweenness: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        """The analysis; ``betweenness=False`` may leave the bridge scores out (quicker),
        a later call with ``betweenness=True`` adds them (see ``Session.analysis``)."""
        ...

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult: ...

    def plan(self, analysis: Analysis) -> Plan | None:
        """HR's learning plan for this analysis (None when there is no project)."""
        ...


class WaveSource:
    """One wave of an open project (the cache of the session is used and filled)."""

    def __init__(self, session: Session, wave_id: int) -> None:
        self.session = session
        self.wave_id = wave_id

    def analysis(
        self,
        *,
        layout: bool = False,
        betweenness: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        return self.session.analysis(
            self.wave_id, layout=layout, betweenness=betweenness, progress=progress, cancel=cancel
        )

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult:
        return self.session.what_if(leaving, self.wave_id, progress=progress, cancel=cancel)

    def plan(self, analysis: Analysis) -> Plan | None:
        from kennisnet.session.plan import wave_plan

        return wave_plan(self.session.project, analysis.data, analysis.result).plan


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
        betweenness: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        from kennisnet.analysis import analyze

        found = self._found
        report = progress or (lambda _fraction, _label: None)
        if found is None:
            share = 0.3 if betweenness or layout else 1.0
            result = analyze(
                self.data,
                self.options,
                progress=lambda fraction, label: report(share * fraction, label),
                cancel=cancel,
                betweenness=False,
            )
            found = Analysis(self.data.wave.id, self.data, self.options, result, None, ())
        if layout and found.positions is None:
            from kennisnet.layout import compute_layout

            if cancel is not None and cancel():
                raise AnalysisCancelled
            report(0.35, tr("Drawing the network"))
            found = found.with_positions(compute_layout(found.result))
        self._found = found
        if not found.result.betweenness_computed and (
            betweenness or not worth_waiting_for(found.result)
        ):
            from kennisnet.analysis.betweenness import with_betweenness

            result = with_betweenness(
                found.result,
                progress=lambda fraction, label: report(0.5 + 0.5 * fraction, label),
                cancel=cancel,
            )
            found = replace(found, result=result)
            self._found = found
        return found

    def what_if(
        self,
        leaving: Collection[int],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult:
        """Without bridge scores, as ``Session.what_if``."""
        from kennisnet.analysis import what_if

        base = self.analysis(betweenness=False, cancel=cancel)
        return what_if(
            self.data,
            leaving,
            self.options,
            base=base.result,
            progress=progress,
            cancel=cancel,
            betweenness=False,
        )

    def plan(self, analysis: Analysis) -> Plan | None:
        return None
