"""A matplotlib ``Figure`` shown on a Qt widget.

matplotlib's Qt backend carries no type annotations; this is the one place the app
creates its canvas, so views hold a plain ``QWidget`` and a typed ``redraw``.
matplotlib is imported on the first call (the kiosk starts without it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class FigureCanvas:
    """The widget that shows the figure, and the call that redraws it when Qt is idle."""

    widget: QWidget
    redraw: Callable[[], None]


def figure_canvas(figure: Figure) -> FigureCanvas:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    # matplotlib's Qt backend is not annotated (its other modules are).
    canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
    return FigureCanvas(canvas, canvas.draw_idle)
