"""How each sheet of the workbook prints: paper, margins, scale, page bands, header, footer.

A table that is too wide for one page is not shrunk until nobody can read it
(the People sheet used to print at about 4 pt). Instead its columns are split
into *bands* — groups of columns that belong together — each band printed on its
own pages with the name column(s) repeated at the left and the header row
repeated at the top. The scale is chosen so that the widest band fits the width
of the paper, and it is never below :data:`MIN_SCALE`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Never print smaller than this (per cent): 11 pt text then prints at about 6.6 pt.
MIN_SCALE = 60
#: A sheet is split into bands when one page wide would print smaller than this
#: (11 pt text at about 7 pt).
READABLE_SCALE = 65
#: Paper and margins (inches): A4, 1.5 cm left and right.
A4_MM = (210.0, 297.0)
SIDE_MARGIN = 0.6
#: Leave a little room: fonts differ slightly between Excel and LibreOffice.
FILL = 0.95
TOP_MARGIN = 0.75
HEADER_MARGIN = 0.3


@dataclass(frozen=True, slots=True)
class PrintLayout:
    """How one table sheet prints."""

    orientation: str = "landscape"
    #: Indices of the columns where a group of related columns starts; a page band
    #: never splits a group. None: every column is a group of its own.
    groups: tuple[int, ...] | None = None
    #: The first columns (e.g. number and name) repeated at the left of every band.
    title_columns: int = 0
    #: Print only the first this many columns (None: all).
    columns: int | None = None


@dataclass(frozen=True, slots=True)
class PrintPlan:
    scale: int
    #: Indices of the first column of every band after the first.
    breaks: tuple[int, ...]


def column_points(width: float) -> float:
    """The printed width (points) of a column ``width`` characters wide (Calibri 11)."""
    return (width * 7 + 5) * 0.75


def printable_points(orientation: str) -> float:
    short, long = A4_MM
    paper = (long if orientation == "landscape" else short) / 25.4 * 72
    return paper - 2 * SIDE_MARGIN * 72


def _bands(
    widths: Sequence[float], groups: Sequence[int], title: float, count: int
) -> tuple[float, tuple[int, ...]]:
    """Split the groups into ``count`` contiguous bands with the narrowest widest band.

    Every band after the first also carries the title columns (``title`` points).
    """
    starts = list(groups)
    ends = [*starts[1:], len(widths)]
    spans = [sum(widths[a:b]) for a, b in zip(starts, ends, strict=True)]
    n = len(spans)

    def width(i: int, j: int) -> float:  # groups i..j-1 as one band
        return (title if i else 0.0) + sum(spans[i:j])

    # best[k][j]: (widest band, cuts) for the first j groups in k bands.
    inf = (float("inf"), ())
    best: list[list[tuple[float, tuple[int, ...]]]] = [[inf] * (n + 1) for _ in range(count + 1)]
    best[0][0] = (0.0, ())
    for k in range(1, count + 1):
        for j in range(k, n + 1):
            for i in range(k - 1, j):
                widest, cuts = best[k - 1][i]
                candidate = max(widest, width(i, j))
                if candidate < best[k][j][0]:
                    best[k][j] = (candidate, (*cuts, starts[i]) if i else cuts)
    return best[count][n]


def plan(widths: Sequence[float], layout: PrintLayout) -> PrintPlan:
    """The scale and the band breaks for columns ``widths`` (characters)."""
    points = [column_points(w) for w in widths[: layout.columns]]
    page = printable_points(layout.orientation)
    given = layout.groups if layout.groups is not None else range(len(points))
    # The first band starts with the title columns; no band is the title alone.
    groups = tuple(sorted({0, *(g for g in given if layout.title_columns < g < len(points))}))
    title = sum(points[: layout.title_columns])
    best = PrintPlan(MIN_SCALE, ())
    best_scale = -1
    for count in range(1, len(groups) + 1):
        widest, cuts = _bands(points, groups, title, count)
        scale = min(100, int(page * FILL / widest * 100))
        if scale > best_scale:
            best, best_scale = PrintPlan(max(MIN_SCALE, scale), cuts), scale
        if scale >= READABLE_SCALE:
            break
    return best


def page_setup(ws: Any, orientation: str) -> None:
    """A4, ``orientation``, margins; centred across the page."""
    from openpyxl.worksheet.page import PageMargins

    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = "9"  # A4
    ws.page_margins = PageMargins(
        left=SIDE_MARGIN,
        right=SIDE_MARGIN,
        top=TOP_MARGIN,
        bottom=TOP_MARGIN,
        header=HEADER_MARGIN,
        footer=HEADER_MARGIN,
    )


def table_print(ws: Any, widths: Sequence[float], layout: PrintLayout, last_row: int) -> PrintPlan:
    """Print setup of a table sheet: header row on every page, bands, a fixed scale."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break, ColBreak

    page_setup(ws, layout.orientation)
    ws.print_title_rows = "1:1"
    result = plan(widths, layout)
    ws.page_setup.scale = result.scale
    if layout.columns is not None and layout.columns < len(widths):
        ws.print_area = f"A1:{get_column_letter(layout.columns)}{last_row}"
    if result.breaks:
        if layout.title_columns:
            ws.print_title_cols = f"A:{get_column_letter(layout.title_columns)}"
        ws.col_breaks = ColBreak(brk=[Break(id=i, man=True) for i in result.breaks])
    return result


def fit_page(ws: Any, orientation: str, *, tall: bool = False) -> None:
    """Fit the sheet to the width of one page (and to one page in all when ``tall``)."""
    from openpyxl.worksheet.properties import PageSetupProperties

    page_setup(ws, orientation)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if tall else 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def header_footer(ws: Any, title: str, page_of: str) -> None:
    """Header: project title (left), sheet name (right). Footer: "page x of y" (centre).

    ``page_of`` holds the placeholders ``{page}`` and ``{pages}``.
    """
    for part in (ws.oddHeader, ws.oddFooter):
        part.left.text = part.center.text = part.right.text = None
    ws.oddHeader.left.text = _escape(title)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = _escape(page_of).format(page="&P", pages="&N")
    ws.oddFooter.center.size = 9
