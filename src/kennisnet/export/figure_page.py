"""What the network picture draws and on what: page sizes, colours and the picture itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kennisnet import palette
from kennisnet.analysis import AnalysisResult
from kennisnet.export.attributes import Grouping
from kennisnet.export.pseudonym import Naming
from kennisnet.export.sizes import Sizing

Point = tuple[float, float]

CLUSTER_COLOURS = palette.CATEGORICAL
#: Clusters the picture's legend names, each in its own colour; the rest are ``OTHER``.
LEGEND_CLUSTERS = 6
OTHER_COLOUR = palette.OTHER
TRAINED_COLOUR = palette.TRAINED
UNTRAINED_COLOUR = palette.UNTRAINED
UNKNOWN_COLOUR = palette.UNKNOWN
RISK_COLOUR = palette.RISK
RING_TRAINED = palette.RING_TRAINED
TIE_COLOUR = palette.TIE
TEXT_COLOUR = palette.TEXT
#: Above this many ties, SVG/PDF embed ties and dots as a bitmap.
RASTER_LIMIT = 3000
#: Ties up to this many get arrowheads.
ARROW_LIMIT = 400


@dataclass(frozen=True, slots=True)
class Page:
    """A drawing size: inches, dots per inch and the body text size in points."""

    key: str
    width_in: float
    height_in: float
    dpi: float
    font: float

    @property
    def pixels(self) -> tuple[int, int]:
        return round(self.width_in * self.dpi), round(self.height_in * self.dpi)

    @property
    def landscape(self) -> bool:
        return self.width_in > self.height_in * 1.2


def _page(key: str, px_w: int, px_h: int, dpi: float, font: float) -> Page:
    return Page(key, px_w / dpi, px_h / dpi, dpi, font)


#: Slide 16:9 (1920 x 1080) and print sizes at 300 dpi.
PAGES: Mapping[str, Page] = {
    "slide": _page("slide", 1920, 1080, 100, 15),
    "a4": _page("a4", 2480, 3508, 300, 8),
    "a3": _page("a3", 3508, 4961, 300, 10),
    "a4-landscape": _page("a4-landscape", 3508, 2480, 300, 8),
    "a3-landscape": _page("a3-landscape", 4961, 3508, 300, 10),
}


@dataclass(frozen=True)
class NetworkPicture:
    """What to draw. ``result`` may be a pseudonymised copy; ``naming`` gives labels."""

    result: AnalysisResult
    positions: Mapping[int, Point]
    naming: Naming
    lang: str
    title: str = ""
    subtitle: str = ""
    footer: str = ""
    #: "cluster", "trained", or the key of a staff-list column (then ``grouping``).
    color_by: str = "cluster"
    #: The colours by a staff-list column (``kennisnet.export.attributes.grouping``).
    grouping: Grouping | None = None
    #: The dot sizes by a number (``kennisnet.export.sizes``; None: colleagues who learn).
    sizing: Sizing | None = None
    #: People to name, most important first (None: the key knowledge holders).
    labelled: Sequence[int] | None = None
    #: Text per person instead of their name/code (e.g. "1. P-017").
    label_texts: Mapping[int, str] = field(default_factory=dict)
    max_labels: int = 24
    #: Only these people in full colour; the others faded (None: everybody).
    emphasis: frozenset[int] | None = None
    #: A legend line saying who ``emphasis`` shows ("Shown: Vestiging Zwolle (14 people)…").
    shown: str = ""
    #: A coloured ring per person (find yourself, what-if, advice).
    rings: Mapping[int, str] = field(default_factory=dict)
    #: People who leave (what if): crossed out, their ties in red.
    leaving: frozenset[int] = frozenset()
    shade_risk: bool = True
    #: Extra legend entries: (ring colour, text).
    extra_legend: Sequence[tuple[str, str]] = ()
    #: Lines under the legend (None: the key figures of the result).
    facts: Sequence[str] | None = None
    legend: bool = True


def cluster_colour(cluster: int) -> str:
    return CLUSTER_COLOURS[cluster - 1] if 1 <= cluster <= LEGEND_CLUSTERS else OTHER_COLOUR
