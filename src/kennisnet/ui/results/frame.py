"""What the graph shows at one moment: a result, where everyone is, and a what-if overlay."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from kennisnet.analysis import AnalysisResult, PersonResult

Point = tuple[float, float]

#: Above this many people the graph starts with clusters as nodes.
CLUSTER_LEVEL_FROM = 1500


@dataclass(frozen=True, slots=True)
class Leaver:
    id: int
    name: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Frame:
    """Everything the graph view draws; built on the GUI thread from finished results."""

    result: AnalysisResult
    #: Scene position per person id (the baseline layout, so a what-if keeps the picture).
    positions: Mapping[int, Point]
    #: People who leave in the what-if (drawn as grey crosses at their old place).
    leavers: tuple[Leaver, ...] = ()
    #: People who lose their route to trained knowledge in the what-if.
    affected: frozenset[int] = field(default_factory=frozenset)
    #: The cluster each person was laid out in (the baseline's clusters); risk areas are
    #: drawn per layout cluster so that they stay compact after a what-if.
    layout_groups: Mapping[int, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.result.people)


def scene_size(people: int) -> float:
    """Side of the square the layout is scaled to (scene units)."""
    return 60.0 * math.sqrt(max(people, 1)) + 400.0


def to_scene(layout: Mapping[int, Point], people: int) -> dict[int, Point]:
    side = scene_size(people)
    return {pid: (x * side, y * side) for pid, (x, y) in layout.items()}


def radius(person: PersonResult) -> float:
    """Dot radius in scene units: grows with the number of learners."""
    return 5.0 + 2.4 * math.sqrt(person.in_degree)


#: Dots sized by a number (``export.sizes``): radius of the smallest and the largest value,
#: and of someone without a value (smaller still).
SIZED_RADII = (5.0, 16.0)
MISSING_RADIUS = 3.0


def sized_radius(fraction: float | None) -> float:
    """Dot radius for a share 0 … 1 of the range of a number (None: no value)."""
    if fraction is None:
        return MISSING_RADIUS
    low, high = SIZED_RADII
    return low + (high - low) * fraction


def cluster_radius(size: int) -> float:
    return 10.0 + 5.0 * math.sqrt(size)
