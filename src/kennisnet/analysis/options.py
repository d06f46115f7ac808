"""Settings of one analysis run, cancellation and progress reporting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kennisnet.i18n import tr

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


class AnalysisCancelled(Exception):
    """Raised by :func:`kennisnet.analysis.analyze` when ``cancel()`` returned True."""


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """What the analysis counts as a key holder, overloaded, reached, and so on.

    Key knowledge holders are the people with the most distinct learners: at
    most ``ceil(key_holder_top * n)`` of them (people tied at the edge are left
    out together; only a tie at the very top can exceed the share), and never
    anyone with fewer than ``key_holder_min_learners``. With the defaults: at most
    the top 10% by number of learners, each with at least 3 learners. See
    :func:`kennisnet.analysis.holders.key_holder_threshold`.
    """

    #: Share of people (by number of learners) that can be a key knowledge holder.
    key_holder_top: float = 0.10
    #: Nobody with fewer learners than this is a key knowledge holder.
    key_holder_min_learners: int = 3
    #: A source with at least this many learners is overloaded.
    overloaded_threshold: int = 8
    #: How many people the training advice proposes (at most).
    advice_k: int = 3
    #: "Reaches trained knowledge" means: within this many learner -> source steps.
    reach_steps: int = 2
    #: Keep people named who are not on the staff list in the graph and the metrics.
    include_external: bool = False
    #: Seed for the community detection (Louvain), so every run gives the same clusters.
    seed: int = 20240501

    def __post_init__(self) -> None:
        if not 0.0 < self.key_holder_top <= 1.0:
            raise ValueError("key_holder_top must be in (0, 1]")
        if self.key_holder_min_learners < 1:
            raise ValueError("key_holder_min_learners must be at least 1")
        if self.overloaded_threshold < 1:
            raise ValueError("overloaded_threshold must be at least 1")
        if self.advice_k < 0:
            raise ValueError("advice_k must not be negative")
        if self.reach_steps < 0:
            raise ValueError("reach_steps must not be negative")


class Progress:
    """Reports progress 0..1 with a translated step label and checks for cancel."""

    def __init__(self, callback: ProgressCallback | None, cancel: CancelCheck | None) -> None:
        self._callback = callback
        self._cancel = cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise AnalysisCancelled(tr("The analysis was cancelled."))

    def step(self, fraction: float, label: str) -> None:
        """Check for cancel, then report ``fraction`` done with ``label`` (translated)."""
        self.check()
        if self._callback is not None:
            self._callback(min(1.0, max(0.0, fraction)), label)
