"""Faster text for many-page PDFs drawn with matplotlib: each distinct line is shaped once.

Matplotlib lays out (shapes) a line of text twice for every page it is on: once to
measure it and once to draw it, glyph by glyph in Python; its measurements are cached
per renderer, and :class:`~matplotlib.backends.backend_pdf.PdfPages` makes a new
renderer for every page. The workshop pack (:mod:`kennisnet.export.pack`) repeats most
of its lines on every sheet (the questions, the table, the headings, the legend), so
for a pack of hundreds of sheets that is most of its time.

:class:`PdfTextCache` keeps, for one PDF file, each line's measurements and the PDF
operators that draw it at the origin (they only depend on the text and its font: the
place is a matrix set before them). A page drawn through :func:`attach` uses them:
the bytes written are the very bytes matplotlib writes (tests compare whole files).
Mathematical text, links, font features or languages and the core-14 fonts go the
ordinary way.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Any

import matplotlib as mpl
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.backends.backend_pdf import FigureCanvasPdf, Op, PdfPages, RendererPdf

#: The end of the operator that places a line (``a b c d x y cm``).
_PLACE = b" cm\n"


class PdfTextCache:
    """The shaped lines of one PDF file (never shared between files: the operators name
    the file's own font subsets)."""

    def __init__(self) -> None:
        self.metrics: dict[Hashable, tuple[float, float, float]] = {}
        self.drawn: dict[Hashable, bytes] = {}


class _Recorder:
    """Stands in for the page's stream while one line is drawn."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.parts.append(data)


class _CachingRenderer(RendererPdf):
    def __init__(self, cache: PdfTextCache, *args: Any) -> None:
        super().__init__(*args)
        self._cache = cache

    def get_text_width_height_descent(
        self, s: str, prop: Any, ismath: Any
    ) -> tuple[float, float, float]:
        found: tuple[float, float, float]
        if ismath:
            found = super().get_text_width_height_descent(s, prop, ismath)
            return found
        cached = self._cache.metrics.get((s, prop, mpl.rcParams["pdf.use14corefonts"]))
        if cached is None:
            found = super().get_text_width_height_descent(s, prop, ismath)
            # A copy of the font as key: a text's font can be changed afterwards.
            self._cache.metrics[(s, prop.copy(), mpl.rcParams["pdf.use14corefonts"])] = found
            return found
        return cached

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        shaped = mtext is not None and (
            mtext.get_fontfeatures() is not None or mtext.get_language() is not None
        )
        if ismath or shaped or gc.get_url() is not None or mpl.rcParams["pdf.use14corefonts"]:
            super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
            return
        key = (s, prop, mpl.rcParams["pdf.fonttype"])
        body = self._cache.drawn.get(key)
        # The colour first, outside what is kept (it depends on what came before).
        self.check_gc(gc, gc.get_rgb())
        if body is None:
            stream = self.file.currentstream
            recorder = _Recorder()
            self.file.currentstream = recorder
            try:
                super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
            finally:
                self.file.currentstream = stream
            drawn = b"".join(recorder.parts)
            for part in recorder.parts:
                stream.write(part)
            place = drawn.find(_PLACE)
            if drawn.startswith(b"q\n") and place >= 0:
                key = (s, prop.copy(), *key[2:])
                self._cache.drawn[key] = drawn[place + len(_PLACE) :]
            return
        a = math.radians(angle)
        self.file.output(Op.gsave)
        self.file.output(
            math.cos(a), math.sin(a), -math.sin(a), math.cos(a), x, y, Op.concat_matrix
        )
        self.file.write(body)


class _CachingCanvas(FigureCanvasPdf):
    """Draws a figure into a :class:`PdfPages` as matplotlib's own PDF canvas does, with
    the lines' shapes taken from ``cache``."""

    def __init__(self, figure: Any, cache: PdfTextCache) -> None:
        super().__init__(figure)
        self._cache = cache

    def print_pdf(
        self,
        filename: Any,
        *,
        bbox_inches_restore: Any = None,
        metadata: Any = None,
        **_settled: Any,
    ) -> None:
        # ``_settled``: dpi, facecolor, edgecolor and orientation, which print_figure
        # has already applied to the figure (matplotlib's own print_pdf never sees them).
        if not isinstance(filename, PdfPages):
            raise TypeError("only pages of a PdfPages")
        dpi = self.figure.dpi
        self.figure.dpi = 72  # there are 72 PDF points to an inch
        width, height = self.figure.get_size_inches()
        file = filename._ensure_file()  # noqa: SLF001 (as matplotlib's print_pdf)
        try:
            file.newPage(width, height)
            renderer = MixedModeRenderer(
                self.figure,
                width,
                height,
                dpi,
                _CachingRenderer(self._cache, file, dpi, height, width),
                bbox_inches_restore=bbox_inches_restore,
            )
            self.figure.draw(renderer)  # type: ignore[arg-type]  # it passes calls on
            renderer.finalize()
        finally:
            file.endStream()


def attach(figure: Any, cache: PdfTextCache) -> None:
    """Let ``figure.savefig(pdf_pages)`` draw its text with ``cache`` (not ``backend=``)."""
    _CachingCanvas(figure, cache)
