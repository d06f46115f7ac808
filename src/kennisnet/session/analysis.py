"""One analysed wave, and the cache that keeps it while nothing changes."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace

from kennisnet.analysis import AnalysisOptions, AnalysisResult
from kennisnet.model import SurveyData

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysis of one wave: the data it read, the options, the result and its layout."""

    wave_id: int
    data: SurveyData
    options: AnalysisOptions
    result: AnalysisResult
    #: Where each person is drawn (None until a front end asked for the layout).
    positions: Mapping[int, Point] | None
    #: The project's change token and the options when it was made (see ``AnalysisCache``).
    stamp: tuple[object, ...]
    #: What it was made of, the same in every process (``session.cache.fingerprint``);
    #: None when it is not kept on disk.
    fingerprint: str | None = None

    def with_positions(self, positions: Mapping[int, Point]) -> Analysis:
        return replace(self, positions=positions)


class AnalysisCache:
    """The newest analysis per wave, valid while the project and the options stay the same.

    Thread-safe: the app analyses on a worker while the GUI thread asks what is cached.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[int, Analysis] = {}

    def get(self, wave_id: int, stamp: tuple[object, ...]) -> Analysis | None:
        with self._lock:
            found = self._items.get(wave_id)
        return found if found is not None and found.stamp == stamp else None

    def put(self, analysis: Analysis) -> None:
        with self._lock:
            self._items[analysis.wave_id] = analysis

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
