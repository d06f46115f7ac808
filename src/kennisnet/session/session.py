"""``Session``: one open project and every use case both front ends need.

The command line and the app call these methods; neither builds a use case of its
own, so an export, a comparison or an analysis of the same project gives the same
numbers in both. Nothing here knows Qt: long work takes plain ``progress(fraction,
label)`` and ``cancel()`` callbacks, which the app connects to its progress bars.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kennisnet.analysis import AnalysisCancelled, AnalysisOptions, WhatIfResult
from kennisnet.analysis.betweenness import worth_waiting_for
from kennisnet.i18n import tr
from kennisnet.model import SurveyData
from kennisnet.session import cache as disk_cache
from kennisnet.session.analysis import Analysis, AnalysisCache
from kennisnet.session.cache import fingerprint
from kennisnet.session.options import store_options, wave_options
from kennisnet.session.source import WaveSource
from kennisnet.store import Project, ProjectError
from kennisnet.store.warnings import listen

if TYPE_CHECKING:
    from kennisnet.analysis.waves import WaveComparison
    from kennisnet.export import ExportRequest
    from kennisnet.plan import Plan
    from kennisnet.plan.indicators import FollowUp, Indicators

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
Warn = Callable[[str], None]
#: Exports that never show betweenness: without a cached analysis, they skip it.
_NO_BETWEENNESS = frozenset({"report", "deck", "pack", "codes", "cards", "departments"})


class UnknownWave(ProjectError):
    """A wave named on the command line (or elsewhere) that the project does not have."""


def _no_progress(_fraction: float, _label: str) -> None:
    return None


def _never() -> bool:
    return False


def _load_cached(
    project: Project,
    wave: int,
    data: SurveyData,
    options: AnalysisOptions,
    stamp: tuple[object, ...],
    key: str,
) -> Analysis | None:
    """The analysis another process kept on this laptop for exactly this data, if any."""
    return disk_cache.load(project.project_id, wave, data, options, stamp, key)


def _keep(project: Project, found: Analysis) -> None:
    """Keep a new analysis (or its new layout) on this laptop for the next process.

    Not when the project changed while it was made (an erasure in another process, say):
    it would keep data the project no longer holds.
    """
    if project.change_token() == found.stamp[0]:
        disk_cache.store(project.project_id, found)


@contextmanager
def _heard(warn: Warn | None) -> Iterator[None]:
    if warn is None:
        yield
        return
    with listen(warn):
        yield


class Session:
    """An open project with its analysis options and cached analyses per wave."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._cache = AnalysisCache()

    # -- opening and closing ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False, warn: Warn | None = None) -> Session:
        """Open ``path``; ``warn`` hears what is said without blocking (a backup not made)."""
        with _heard(warn):
            return cls(Project.open(Path(path), readonly=readonly))

    def close(self, warn: Warn | None = None) -> None:
        """Close the project; ``warn`` hears a journal that could not be folded in."""
        self._cache.clear()
        with _heard(warn):
            self.project.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def name(self) -> str:
        return self.project.name

    # -- waves -----------------------------------------------------------------------

    def wave_id(self, text: str | int | None = None) -> int:
        """The wave named by ``text`` (name or number); the current wave when None."""
        if text is None or text == "":
            return self.project.current_wave_id()
        if isinstance(text, int):
            if text in {wave_id for wave_id, _name, _start in self.project.waves()}:
                return text
            text = str(text)
        found = self.project.wave_id_by_name_or_number(text)
        if found is None:
            names = ", ".join(f"{wid} ({name})" for wid, name, _ in self.project.waves())
            raise UnknownWave(
                tr("This project has no wave {wave}. Its waves: {names}.", wave=text, names=names)
            )
        return found

    def wave_name(self, wave_id: int) -> str:
        for found, name, _started in self.project.waves():
            if found == wave_id:
                return name
        return str(wave_id)

    def title(self, wave_id: int | None = None) -> str:
        """The project's name, with the wave's name when the project has more than one."""
        if len(self.project.waves()) < 2:
            return self.project.name
        wave = self.wave_id(wave_id)
        return f"{self.project.name} — {self.wave_name(wave)}"

    def new_wave(self, name: str) -> int:
        """Start a new wave; it takes the analysis options of the wave before it."""
        options = self.options()
        wave_id = self.project.add_wave(name)
        store_options(self.project, wave_id, options)
        return wave_id

    # -- analysis options --------------------------------------------------------------

    def options(self, wave_id: int | None = None) -> AnalysisOptions:
        """The analysis options of the wave (stored in the project; see ``session.options``)."""
        return wave_options(self.project, self.wave_id(wave_id))

    def set_options(self, options: AnalysisOptions, wave_id: int | None = None) -> None:
        """Store ``options`` for the wave; its cached analysis is then out of date."""
        store_options(self.project, self.wave_id(wave_id), options)

    # -- analysis ----------------------------------------------------------------------

    def source(self, wave_id: int | None = None) -> WaveSource:
        """The wave as something a view can analyse (see ``session.source``)."""
        return WaveSource(self, self.wave_id(wave_id))

    def _stamp(self, wave_id: int, options: AnalysisOptions) -> tuple[object, ...]:
        return (self.project.change_token(), options)

    def snapshot(self, wave_id: int | None = None) -> SurveyData:
        return self.project.snapshot(self.wave_id(wave_id))

    def cached(self, wave_id: int | None = None) -> Analysis | None:
        """The analysis of the wave when it is cached, complete and still up to date."""
        wave = self.wave_id(wave_id)
        found = self._cache.get(wave, self._stamp(wave, self.options(wave)))
        return found if found is not None and found.result.betweenness_computed else None

    def analysis(
        self,
        wave_id: int | None = None,
        *,
        layout: bool = False,
        betweenness: bool = True,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Analysis:
        """The analysis of the wave (the current one by default), from the cache when valid.

        ``layout`` also computes where each person is drawn. ``betweenness=False`` may
        leave the bridge scores out (``result.betweenness_computed`` False; an analysis
        with them is returned when cached): the rest is ready in a fraction of the time,
        and a later call with ``betweenness=True`` adds them, counted over every core
        (:mod:`kennisnet.analysis.betweenness`). The cache is this session's memory and
        then this laptop's cache folder, where another process may have kept a complete
        analysis of exactly this data and these options (``session.cache``); a new
        analysis (with its layout when drawn, with or without the bridge scores) is kept
        there too. Safe to call from a worker thread; ``cancel()`` stops it with
        :class:`AnalysisCancelled`.
        """
        from kennisnet.analysis import analyze

        report = progress or _no_progress
        stop = cancel or _never
        wave = self.wave_id(wave_id)
        options = self.options(wave)
        stamp = self._stamp(wave, options)
        found = self._cache.get(wave, stamp)
        changed = False
        if found is None:
            data = self.project.snapshot(wave)
            key = fingerprint(data, options)
            found = _load_cached(self.project, wave, data, options, stamp, key)
            if found is None:
                # The bridge scores are added below, counted over every core; the same figures.
                share = 0.3 if betweenness or layout else 1.0
                result = analyze(
                    data,
                    options,
                    progress=lambda fraction, label: report(share * fraction, label),
                    cancel=stop,
                    betweenness=False,
                )
                found = Analysis(wave, data, options, result, None, stamp, key)
                changed = True
        if layout and found.positions is None:
            from kennisnet.layout import compute_layout

            if stop():
                raise AnalysisCancelled
            report(0.35, tr("Drawing the network"))
            found = found.with_positions(compute_layout(found.result))
            changed = True
        if not found.result.betweenness_computed and (
            betweenness or not worth_waiting_for(found.result)
        ):
            found = self._with_betweenness(found, report, stop)
            changed = True
        if stop():
            raise AnalysisCancelled
        self._cache.put(found)
        if changed:
            # Also an analysis without bridge scores (a report, a big project's group
            # map): the next process that needs no more takes it as it is; one that
            # needs them adds them and keeps the complete one in its place.
            _keep(self.project, found)
        return found

    def _with_betweenness(self, found: Analysis, report: Progress, stop: Cancel) -> Analysis:
        from kennisnet.analysis.betweenness import with_betweenness

        self._cache.put(found)  # what is ready stays ready when this is cancelled
        result = with_betweenness(
            found.result,
            progress=lambda fraction, label: report(0.5 + 0.5 * fraction, label),
            cancel=stop,
        )
        return replace(found, result=result)

    def what_if(
        self,
        leaving: Collection[int],
        wave_id: int | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WhatIfResult:
        """What changes in the wave's network when ``leaving`` leave (from its analysis).

        Without bridge scores (``betweenness=False``): no comparison uses them, and
        they are 90% of the time at 10,000 people. ``after`` has none to show.
        """
        from kennisnet.analysis import what_if

        base = self.analysis(wave_id, betweenness=False, cancel=cancel)
        return what_if(
            base.data,
            leaving,
            base.options,
            base=base.result,
            progress=progress,
            cancel=cancel,
            betweenness=False,
        )

    def compare(
        self,
        before: int,
        after: int,
        *,
        min_response: float | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> WaveComparison:
        """Compare two waves, both analysed with the options of the later one."""
        from kennisnet.analysis.waves import MIN_RESPONSE, compare

        before, after = self.wave_id(before), self.wave_id(after)
        if before == after:
            raise ValueError(tr("Choose two different waves."))
        return compare(
            self.project.snapshot(before),
            self.project.snapshot(after),
            self.options(max(before, after)),
            min_response=MIN_RESPONSE if min_response is None else min_response,
            progress=progress,
            cancel=cancel,
        )

    def plan_follow_up(self, before: int, after: int) -> tuple[str, list[FollowUp]]:
        """What became of the plan of wave ``before`` by wave ``after``: for each action HR
        accepted or marked done, the people it was for, trained and reaching trained
        knowledge, then and now (``kennisnet compare`` and the app's comparison)."""
        from kennisnet.plan.indicators import follow_up
        from kennisnet.session.plan import wave_plan

        earlier, later = self.analysis(before), self.analysis(after)
        plan = wave_plan(self.project, earlier.data, earlier.result).plan
        return self.wave_name(earlier.wave_id), follow_up(plan, earlier.result, later.result)

    def indicators(self, waves: Collection[int]) -> list[Indicators]:
        """The indicators of success of the given waves (oldest first; waves without answers
        are left out), each wave with its own stored options."""
        from kennisnet.session.plan import project_indicators

        chosen = {self.wave_id(w) for w in waves}
        return [row for row in project_indicators(self.project) if row.wave_id in chosen]

    # -- outputs -----------------------------------------------------------------------

    def export(
        self,
        request: ExportRequest,
        wave_id: int | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> list[Path]:
        """Write the files of ``request`` for the wave, all or nothing (``kennisnet.export``).

        The analysis comes from the cache when it is up to date; the title, the plan
        sheets of the workbook and the protection of this project are added here, the
        same for the app and the command line.
        """
        from kennisnet.export import export
        from kennisnet.export.bundle import needs_layout

        report = progress or _no_progress
        wave = self.wave_id(wave_id)
        cached = self.cached(wave)
        share = 0.0 if cached is not None else 0.4
        kinds = {kind for kind, _path in request.outputs()}
        # Every file but the code list shows the picture's positions: they are laid out
        # (or found in the cache) with the analysis, and kept with it. The report and the
        # code list never show the bridge scores, by far the slowest figure: a large
        # network is analysed without them for those alone (every other figure the same).
        # The group map of a big project and the department pictures lay out their own.
        # It shows no bridge scores either.
        group_map = bool(kinds - {"codes"}) and self._group_map(request.picture)
        layout = needs_layout(kinds, group_map=group_map)
        without = _NO_BETWEENNESS | ({"png", "svg", "pdf"} if group_map else set())
        found = self.analysis(
            wave,
            # (a pseudonymised export is laid out on its own, in ``export``)
            layout=layout and not request.pseudonymise,
            betweenness=not kinds <= without,
            progress=lambda fraction, label: report(share * fraction, label),
            cancel=cancel,
        )
        sheets: tuple[Callable[[Any, Any], None], ...] = request.workbook_sheets
        if request.xlsx is not None and not sheets:
            sheets = self.plan_sheets(found)
        plan = request.plan
        if (request.report is not None or request.deck is not None) and plan is None:
            plan = self.report_plan(found)
        full = replace(
            request,
            title=request.title or self.title(wave),
            workbook_sheets=sheets,
            plan=plan,
            protect=(*request.protect, self.project.path),
        )
        return export(
            found.result,
            found.data,
            full,
            positions=found.positions,
            progress=lambda fraction, label: report(share + (1 - share) * fraction, label),
            cancel=cancel,
        )

    def _group_map(self, picture: str) -> bool:
        """The export's overview picture is the group map (``export.group_pictures``)."""
        from kennisnet.analysis.ranking import is_big

        if picture != "auto":
            return picture == "groups"
        return is_big(len(self.project.people(include_external=False)))

    def report_plan(self, found: Analysis) -> Plan | None:
        """The plan as HR decided it, for the management report's top actions (None: empty)."""
        from kennisnet.session.plan import wave_plan

        plan = wave_plan(self.project, found.data, found.result).plan
        return plan if plan.actions else None

    def plan_sheets(self, found: Analysis) -> tuple[Callable[[Any, Any], None], ...]:
        """The workbook's Plan and Indicators sheets (the plan as HR decided it)."""
        from kennisnet.export.excel_plan import plan_sheets
        from kennisnet.session.plan import project_indicators, wave_plan

        view = wave_plan(self.project, found.data, found.result)
        return tuple(plan_sheets(view.plan, project_indicators(self.project, up_to=found.wave_id)))
