"""Lines of text shaped once per PDF file (kennisnet.export.pdf_text): the same bytes as
matplotlib's own PDF pages, for repeated, rotated, coloured, bold, mathematical and
non-Latin text, and the repeated lines are shaped only once."""

from __future__ import annotations

import io

import matplotlib
import pytest
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from kennisnet.export import pdf_text
from kennisnet.export.pdf_text import PdfTextCache, attach

LINES = [
    ("Wie helpt je als je vastloopt?", 0, "#000000", "normal", 10),
    ("Wie helpt je als je vastloopt?", 0, "#4b4b4b", "bold", 12),
    ("Zoë Łukasiewicz — Ørsted & Çelik", 30, "#000000", "normal", 9),
    (r"$x^2$ en $y$", 0, "#000000", "normal", 10),
    ("Afdeling 7", 90, "#a6a6a6", "normal", 7.5),
    ("De fiets van P-017 staat hier  (2×)", 0, "#000000", "normal", 10),
]


def _pages(fast: bool, cache: PdfTextCache | None = None) -> bytes:
    out = io.BytesIO()
    cache = cache or PdfTextCache()  # one for the file
    with (
        matplotlib.rc_context({"pdf.fonttype": 42}),
        PdfPages(out, metadata={"CreationDate": None, "ModDate": None}) as pdf,
    ):
        for page in range(3):
            fig = Figure(figsize=(8.27, 11.69))
            if fast:
                attach(fig, cache)
            for i, (text, angle, colour, weight, size) in enumerate(LINES):
                fig.text(0.1 + 0.02 * page, 0.9 - 0.1 * i, text, rotation=angle, color=colour,
                         fontweight=weight, fontsize=size, va="top")  # fmt: skip
            fig.text(0.9, 0.05, str(page + 1), ha="right")
            fig.savefig(pdf, format="pdf")
    return out.getvalue()


def test_the_same_bytes_as_matplotlib_writes() -> None:
    assert _pages(fast=True) == _pages(fast=False)


def test_a_repeated_line_is_shaped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    base = pdf_text.RendererPdf.draw_text

    def counting(self: object, gc: object, x: float, y: float, s: str, *args: object,
                 **kwargs: object) -> None:  # fmt: skip
        drawn.append(s)
        base(self, gc, x, y, s, *args, **kwargs)

    put_together = pdf_text._CachingRenderer._draw_items

    def counting_words(self: pdf_text._CachingRenderer, items: list[pdf_text._Item],
                       *args: object) -> None:  # fmt: skip
        drawn.append("".join(item.char for item in items))
        put_together(self, items, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_text.RendererPdf, "draw_text", counting)
    # A line of words is drawn from its words, once too.
    monkeypatch.setattr(pdf_text._CachingRenderer, "_draw_items", counting_words)
    _pages(fast=True, cache=PdfTextCache())
    # Each plain line once (in two weights/sizes: two shapes), the mathematical text on
    # every page (never kept), each page number once.
    assert drawn.count("Wie helpt je als je vastloopt?") == 2
    assert drawn.count("Afdeling 7") == 1
    assert drawn.count(r"$x^2$ en $y$") == 3
    assert sorted(d for d in drawn if d.isdigit()) == ["1", "2", "3"]


WORDY = [
    "Wie helpt je als je vastloopt? Kun je die persoon vinden op de plaat?",
    "Buiten de groep: P-0123 (Afdeling 12); 14 mensen hier leren van hen",
    "Zoë Łukasiewicz — Ørsted & Çelik, “AV” en ‘jij’…",
    "AVATAR To Wa Ty jij",
    "  twee  spaties  ",
    "Ελληνικά λέξεις en Привет мир",
    "Nu bereiken 12 van 40 mensen binnen 2 stappen een getrainde collega.",
    "P-0123",
    "117",
    "jij",
    " (x)",
]


@pytest.mark.parametrize(("size", "weight"), [(10, "normal"), (7.5, "normal"), (16, "bold")])
def test_a_line_put_together_from_words_is_the_line_matplotlib_shapes(
    size: float, weight: str
) -> None:
    from matplotlib.font_manager import FontProperties, fontManager, get_font
    from matplotlib.ft2font import LoadFlags

    prop = FontProperties(size=size, weight=weight)
    font = get_font(fontManager._find_fonts_by_props(prop))
    cache = PdfTextCache()
    for text in WORDY:
        font.clear()
        font.set_size(size, 72)
        line = cache.words_of(font, size).line(text)
        assert line is not None, text
        font.clear()
        font.set_size(size, 72)
        font.set_text(text, 0.0, flags=LoadFlags.NO_HINTING)
        width, height = font.get_width_height()
        assert line[1] == (width / 64, height / 64, font.get_descent() / 64), text
        whole = [
            (item.ft_object is font, item.char, item.glyph_index, item.x, item.prev_kern)
            for item in font._layout(text, LoadFlags.NO_HINTING)
        ]
        put_together = [
            (item.ft_object is font, item.char, item.glyph_index, item.x, item.prev_kern)
            for item in line[0]
        ]
        assert put_together == whole, text


def test_lines_in_other_scripts_or_with_joined_letters_are_shaped_whole() -> None:
    from matplotlib.font_manager import FontProperties, fontManager, get_font

    prop = FontProperties(size=10)
    font = get_font(fontManager._find_fonts_by_props(prop))
    font.set_size(10, 72)
    words = PdfTextCache().words_of(font, 10)
    assert words.line("مرحبا wereld") is None
    assert words.line("de ﬁets") is None  # a ligature sign
    assert words.line("de fiets") is None  # the font joins f and i into one glyph
    assert words.line("een zin") is not None
