"""Where the parts of the network picture go, and the sized network axes."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kennisnet.analysis import PersonResult
from kennisnet.export.figure_page import NetworkPicture, Page, Point


def renderer_of(fig: Any) -> Any:
    canvas = fig.canvas
    if not hasattr(canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = FigureCanvasAgg(fig)
    return canvas.get_renderer()


def text_size(renderer: Any, text: str, size: float, weight: str) -> tuple[float, float]:
    """Width and height in pixels of one line of text."""
    from matplotlib.font_manager import FontProperties

    w, h, _ = renderer.get_text_width_height_descent(
        text, FontProperties(size=size, weight=weight), ismath=False
    )
    return float(w), float(h)


class FigureLayout:
    """Where header, network, legend panel and footer go (figure fractions).

    The legend and key figures go beside the network or below it, whichever
    leaves the network bigger (a wide network on a wide page gets the legend
    below it).
    """

    def __init__(
        self, fig: Any, page: Page, picture: NetworkPicture, aspect: float, entries: int
    ) -> None:
        w, h = fig.get_size_inches()
        self.w, self.h = float(w), float(h)
        font = page.font
        margin = 0.3 if page.landscape else 0.35
        self.margin_x = margin / self.w
        top = self.h - margin
        self.title_y = top / self.h
        if picture.title:
            top -= font * 2.0 * 1.3 / 72
        self.subtitle_y = top / self.h
        if picture.subtitle:
            top -= font * 1.15 * 1.5 / 72
        top -= font * 0.6 / 72
        bottom = margin * 0.6
        self.footer_y = bottom / self.h
        if picture.footer:
            bottom += font * 0.8 * 1.8 / 72
        side = picture.legend or picture.facts is not None
        body_top, body_bottom = top / self.h, bottom / self.h
        body_w = self.w * (1 - 2 * self.margin_x)
        body_h = (body_top - body_bottom) * self.h
        has_facts = picture.facts is None or len(picture.facts) > 0
        self.columns = 2 if has_facts else 3
        rows = math.ceil(entries / self.columns)
        below_h = font / 72 * (3.5 + rows * 2.5)
        below_h = min(below_h, body_h * 0.45)
        split = 0.735
        beside_scale = min(body_w * (split - self.margin_x) / aspect, body_h)
        below_scale = min(body_w / aspect, body_h - below_h)
        self.beside = side and beside_scale >= below_scale
        self.legend_width = 0.62 if has_facts else 1.0
        if not side:
            self.axes = (self.margin_x, body_bottom, 1 - 2 * self.margin_x, body_top - body_bottom)
            self.panel = (0.0, 0.0, 0.0, 0.0)
        elif self.beside:
            self.axes = (self.margin_x, body_bottom, split - self.margin_x, body_top - body_bottom)
            self.panel = (split + 0.015, body_bottom, 1 - self.margin_x - split - 0.015, body_top)
        else:
            panel = below_h / self.h
            self.axes = (
                self.margin_x,
                body_bottom + panel,
                1 - 2 * self.margin_x,
                body_top - body_bottom - panel,
            )
            self.panel = (self.margin_x, body_bottom, 1 - 2 * self.margin_x, body_bottom + panel)


#: Dot diameter of someone without a value when the dots are sized by a number (x base).
MISSING_SIZE = 0.6


def degree_factor(in_degree: int) -> float:
    """How many times the base size a person's dot is drawn: 1x for nobody learning from
    them, growing with the square root of the learners, at most 3.2x."""
    return min(3.2, 1.0 + 0.4 * math.sqrt(in_degree))


@dataclass(frozen=True)
class Scene:
    """The network axes once sized: what ties, dots and labels are drawn with."""

    picture: NetworkPicture
    ax: Any
    #: The people with a position, and their positions in data units (y up).
    people: Sequence[PersonResult]
    xy: Mapping[int, Point]
    font: float
    #: Dot diameter in points of someone nobody learns from.
    base: float
    data_per_pt: float

    def diameter(self, p: PersonResult) -> float:
        sizing = self.picture.sizing
        if sizing is not None:
            # By a number: smallest value 1x, largest 2.4x the base. Less than the 3.2x of
            # the most-named people: a number like years in service is spread over
            # everyone, and at 3.2x the many large dots covered each other and the ties.
            fraction = sizing.fraction(p.id)
            return self.base * (MISSING_SIZE if fraction is None else 1.0 + 1.4 * fraction)
        return self.base * degree_factor(p.in_degree)
