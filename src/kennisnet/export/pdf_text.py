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

A line met for the first time is put together from its words, and a word met for the
first time from its letters (:class:`_Words`): each letter and each pair of letters is
shaped once for the file (the font's kerning is between pairs of glyphs), so a line's
glyphs, their places and its measurements are sums of what is known. They are the ones
matplotlib finds for the whole line (tests compare them for many lines); lines in other
scripts, letters the font joins (such as "fi"), glyphs from a fallback font or raised
glyphs are shaped whole.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, NamedTuple

import matplotlib as mpl
from matplotlib import ft2font
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.backends.backend_pdf import (
    FigureCanvasPdf,
    Op,
    PdfPages,
    RendererPdf,
    _fill,
    pdfRepr,
)
from matplotlib.font_manager import FontPath, fontManager, get_font

#: The end of the operator that places a line (``a b c d x y cm``).
_PLACE = b" cm\n"
#: The operator that shows glyphs with kerning between them.
_SHOWKERN = pdfRepr(Op.showkern)


class PdfTextCache:
    """The shaped lines of one PDF file (never shared between files: the operators name
    the file's own font subsets)."""

    def __init__(self) -> None:
        self.metrics: dict[Hashable, tuple[float, float, float]] = {}
        self.drawn: dict[Hashable, bytes] = {}
        #: Shaped words per font file and size.
        self.words: dict[Hashable, _Words] = {}
        #: A font's ascent, descent and line gap (what Text reads from the font's tables).
        self.heights: dict[Hashable, tuple[Any, Any, Any]] = {}
        #: The PDF text of a kern or a run of glyph codes.
        self.spelled: dict[Hashable, bytes] = {}
        #: The glyphs recorded for the file's font subsets: their subset and code.
        self.tracked: dict[Hashable, tuple[int, Any]] = {}
        #: Text's layout of a line (relative to its place) per text, font and alignment.
        self.layouts: dict[Hashable, tuple[Any, list[Any], Any]] = {}

    def words_of(self, font: Any, size: float) -> _Words:
        """The words of ``font`` (an ``FT2Font`` just set to ``size`` points)."""
        key = (font.fname, font.face_index, size)
        found = self.words.get(key)
        if found is None or found.font is not font:
            found = self.words[key] = _Words(font)
        return found


#: Letters of scripts written left to right without joining (Latin, Greek, Cyrillic,
#: punctuation, arrows, shapes); a line with any other character is shaped whole.
_SIMPLE = re.compile(
    "[\u0020-\u007e\u00a0-\u02af\u0370-\u03ff\u0400-\u04ff"
    "\u2000-\u200a\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u25a0-\u25ff]*"
)


class _Item(NamedTuple):
    """A glyph of a line: the fields of matplotlib's ``LayoutItem`` that are drawn (a
    named tuple: a line makes one per letter)."""

    ft_object: Any
    char: str
    glyph_index: int
    x: float
    y: float
    prev_kern: float


@dataclass(frozen=True)
class _Word:
    items: tuple[_Item, ...]
    #: The whole extent (26.6 units): width, height and descent, as ``set_text`` finds.
    width: int
    top: int
    bottom: int


class _Words:
    """Lines of one font at one size put together from words, and words from letters
    and pairs of letters, each shaped once."""

    def __init__(self, font: Any) -> None:
        self.font = font
        self.words: dict[str, _Word | None] = {}
        #: Two letters: where the second stands after the first and its kerning.
        self.pairs: dict[str, tuple[float, float] | None] = {}

    def _shape(self, text: str) -> _Word | None:
        font = self.font
        raw = font._layout(text, ft2font.LoadFlags.NO_HINTING)  # noqa: SLF001 (as matplotlib)
        items = tuple(_Item(i.ft_object, i.char, i.glyph_index, i.x, i.y, i.prev_kern) for i in raw)
        if len(items) != len(text) or any(
            i.ft_object is not font or i.y or i.char != c for i, c in zip(items, text, strict=True)
        ):
            return None  # ligatures, fallback fonts or raised glyphs: the whole line
        font.set_text(text, 0.0, flags=ft2font.LoadFlags.NO_HINTING)
        width, height = font.get_width_height()
        descent = font.get_descent()
        return _Word(items, width, height - descent, -descent)

    def word(self, text: str) -> _Word | None:
        if text not in self.words:
            self.words[text] = (
                self._shape(text) if len(text) < 2 else self._letters(text) or self._shape(text)
            )
        return self.words[text]

    def pair(self, first: str, second: str) -> tuple[float, float] | None:
        """Where ``second`` stands after ``first`` and its kerning; None if the font
        joins them or puts another glyph."""
        key = first + second
        if key not in self.pairs:
            both = self._shape(key)
            one, two = self.word(first), self.word(second)
            self.pairs[key] = (
                (both.items[1].x, both.items[1].prev_kern)
                if both is not None
                and one is not None
                and two is not None
                and both.items[0].glyph_index == one.items[0].glyph_index
                and both.items[1].glyph_index == two.items[0].glyph_index
                else None
            )
        return self.pairs[key]

    def _letters(self, text: str) -> _Word | None:
        """A word put together from its letters and the pairs they form (kerning is
        between pairs of glyphs); None where a pair is not simple."""
        first = self.word(text[0])
        if first is None:
            return None
        items = [first.items[0]]
        top, bottom, last, x = first.top, first.bottom, first, 0.0
        for a, b in itertools.pairwise(text):
            pair = self.pair(a, b)
            last_or_none = self.word(b)
            if pair is None or last_or_none is None:
                return None
            last = last_or_none
            x += pair[0]
            glyph = last.items[0]
            items.append(_Item(glyph.ft_object, glyph.char, glyph.glyph_index, x, 0.0, pair[1]))
            top, bottom = max(top, last.top), min(bottom, last.bottom)
        return _Word(tuple(items), round(x * 64) + last.width, top, bottom)

    def line(self, text: str) -> tuple[list[_Item], tuple[float, float, float]] | None:
        """The glyphs of ``text`` and its width, height and descent (points), or None."""
        if not text or _SIMPLE.fullmatch(text) is None:
            return None
        parts = text.split(" ")
        tokens = [part + " " for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        items: list[_Item] = []
        start = 0.0
        top = bottom = None
        width = 0
        for number, token in enumerate(tokens):
            word = self.word(token)
            if word is None:
                return None
            if number:
                # The previous token ended in a space: the pair decides where this one starts.
                after = self.pair(" ", token[0])
                if after is None:
                    return None
                space = items[-1]
                start = space.x + after[0]
                first = word.items[0]
                items.append(
                    _Item(first.ft_object, first.char, first.glyph_index, start, 0.0, after[1])
                )
            else:
                items.append(word.items[0])
            items.extend(
                _Item(i.ft_object, i.char, i.glyph_index, start + i.x, 0.0, i.prev_kern)
                for i in word.items[1:]
            )
            top = word.top if top is None else max(top, word.top)
            bottom = word.bottom if bottom is None else min(bottom, word.bottom)
            width = round(start * 64) + word.width
        if top is None or bottom is None:
            return None
        return items, (width / 64, (top - bottom) / 64, -bottom / 64)


def _font_heights(prop: Any) -> tuple[Any, Any, Any]:
    """What ``Text._get_layout`` reads from the font's tables, at 72 dpi (a PDF page),
    in the same sums; (None, None, None) if the font has neither table."""
    font = get_font(fontManager._find_fonts_by_props(prop))  # noqa: SLF001 (as Text)
    dpi = 72  # print_pdf draws at 72 dots (points) to the inch
    head = font.get_sfnt_table("head")
    os2 = font.get_sfnt_table("OS/2")
    hhea = font.get_sfnt_table("hhea")
    if head is None:
        return None, None, None
    if os2 is not None:
        gap, ascent, descent = os2["sTypoLineGap"], os2["sTypoAscender"], os2["sTypoDescender"]
    elif hhea is not None:
        gap, ascent, descent = hhea["lineGap"], hhea["ascent"], hhea["descent"]
    else:
        return None, None, None
    scale = 1 / head["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
    return ascent * scale, -descent * scale, gap * scale


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
            line = None if mpl.rcParams["pdf.use14corefonts"] else self._words(prop).line(s)
            found = (
                super().get_text_width_height_descent(s, prop, ismath) if line is None else line[1]
            )
            # A copy of the font as key: a text's font can be changed afterwards.
            self._cache.metrics[(s, prop.copy(), mpl.rcParams["pdf.use14corefonts"])] = found
            return found
        return cached

    def _get_font_height_metrics(self, prop: Any) -> tuple[Any, Any, Any]:
        # Text asks this for every line before it measures it; matplotlib's PDF renderer
        # answers None for TrueType fonts, and Text then reads the font's tables itself.
        # Here the same figures, kept per font (Text's own sums on a 72 dpi page).
        if mpl.rcParams["pdf.use14corefonts"]:
            return super()._get_font_height_metrics(prop)  # type: ignore[no-any-return]
        key = ("height", prop)
        found = self._cache.heights.get(key)
        if found is None:
            found = _font_heights(prop)
            self._cache.heights[("height", prop.copy())] = found
        return found

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
                line = self._words(prop).line(s)
                if line is None:
                    super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
                else:
                    self._draw_items(line[0], x, y, prop, angle)
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

    def _words(self, prop: Any) -> _Words:
        return self._cache.words_of(self._get_font_ttf(prop), prop.get_size_in_points())

    def _draw_items(self, items: list[_Item], x: float, y: float, prop: Any, angle: float) -> None:
        """What ``RendererPdf.draw_text`` writes for a TrueType line, from its glyphs."""
        fontsize = prop.get_size_in_points()
        fonttype = mpl.rcParams["pdf.fonttype"]
        file = self.file

        # The PDF text of each kern and each run of glyphs, kept for the file: what
        # ``file.output([...], Op.showkern)`` writes, put together from known pieces.
        spelled = self._cache.spelled

        def output_singlebyte_chunk(kerns_or_chars: list[Any]) -> None:
            if not kerns_or_chars:
                return
            parts = [b"["]
            for tp, group in itertools.groupby(kerns_or_chars, type):
                if tp is float:
                    kern = -1000 * next(group) / fontsize
                    found = spelled.get(kern)
                    if found is None:
                        found = spelled[kern] = pdfRepr(kern)
                else:
                    codes = (fonttype, *group)
                    found = spelled.get(codes)
                    if found is None:
                        glyphs = self._encode_glyphs(codes[1:], fonttype)
                        found = spelled[codes] = pdfRepr(glyphs)
                parts.append(found)
            parts.append(b"]")
            file.write(_fill([_fill(parts), _SHOWKERN]))
            file.write(b"\n")
            kerns_or_chars.clear()

        file.output(Op.gsave)
        a = math.radians(angle)
        file.output(math.cos(a), math.sin(a), -math.sin(a), math.cos(a), x, y, Op.concat_matrix)
        chunk: list[Any] = []
        prev_font = None
        prev_start_x = 0.0
        file.output(Op.begin_text)
        tracker = file._character_tracker  # noqa: SLF001 (as matplotlib's draw_text)
        # A glyph once recorded for the file keeps its subset and code (the tracker's own
        # answer the next time; asking it costs more than the rest of the line).
        tracked = self._cache.tracked
        for item in items:
            key = (item.ft_object.fname, item.ft_object.face_index, item.char, item.glyph_index)
            found = tracked.get(key)
            if found is None:
                found = tracked[key] = tracker.track_glyph(
                    item.ft_object, item.char, item.glyph_index
                )
            subset, charcode = found
            if (item.ft_object, subset) != prev_font:
                output_singlebyte_chunk(chunk)
                font_path = FontPath(item.ft_object.fname, item.ft_object.face_index)
                file.output(file.fontName(font_path, subset), fontsize, Op.selectfont)
                self._setup_textpos(item.x, 0, 0, prev_start_x, 0, 0)
                prev_font = (item.ft_object, subset)
                prev_start_x = item.x
            if item.prev_kern:
                chunk.append(item.prev_kern)
            chunk.append(charcode)
        output_singlebyte_chunk(chunk)
        file.output(Op.end_text)
        file.output(Op.grestore)


def _ours(renderer: Any) -> bool:
    return isinstance(renderer, _CachingRenderer) or (
        isinstance(renderer, MixedModeRenderer) and isinstance(renderer._renderer, _CachingRenderer)  # noqa: SLF001
    )


class _Layout:
    """Stands in for a Text's ``_get_layout``: the same layout for the same line, font and
    alignment is worked out once per file (it does not depend on the text's place)."""

    def __init__(self, text: Any, cache: PdfTextCache) -> None:
        self.text = text
        self.cache = cache
        self.own = type(text)._get_layout  # noqa: SLF001 (Text's own)

    def __call__(self, renderer: Any) -> tuple[Any, list[Any], Any]:
        text = self.text
        if not _ours(renderer) or text.get_wrap() or text.get_usetex():
            return self.own(text, renderer)  # type: ignore[no-any-return]
        prop = text.get_fontproperties()
        key = (
            text.get_text(),
            prop,
            text.get_rotation(),
            text.get_horizontalalignment(),
            text.get_verticalalignment(),
            text._get_multialignment(),  # noqa: SLF001
            text._linespacing,  # noqa: SLF001
            text.get_rotation_mode(),
            text.get_parse_math(),
            text.get_figure(root=True).dpi,
            mpl.rcParams["pdf.use14corefonts"],
        )
        found = self.cache.layouts.get(key)
        if found is None:
            found = self.own(text, renderer)
            self.cache.layouts[(key[0], prop.copy(), *key[2:])] = found
        bbox, lines, corner = found
        # Copies: the caller may change what it gets.
        return bbox.frozen(), list(lines), corner


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
        for text in [*self.figure.texts, *(t for ax in self.figure.axes for t in ax.texts)]:
            # On the instance: it is found before Text's own method.
            if not isinstance(vars(text).get("_get_layout"), _Layout):
                vars(text)["_get_layout"] = _Layout(text, self._cache)
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
