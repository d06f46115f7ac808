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

    monkeypatch.setattr(pdf_text.RendererPdf, "draw_text", counting)
    _pages(fast=True, cache=PdfTextCache())
    # Each plain line once (in two weights/sizes: two shapes), the mathematical text on
    # every page (never kept), each page number once.
    assert drawn.count("Wie helpt je als je vastloopt?") == 2
    assert drawn.count("Afdeling 7") == 1
    assert drawn.count(r"$x^2$ en $y$") == 3
    assert sorted(d for d in drawn if d.isdigit()) == ["1", "2", "3"]
