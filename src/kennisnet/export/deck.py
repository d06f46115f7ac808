"""The slide deck HR hands out: a 16:9 PowerPoint file (.pptx) with python-pptx.

The workshop's steps as slides (see :mod:`kennisnet.export.deck_text` for what
they say): a title slide, the network picture, key knowledge holders, risk
clusters, what if someone leaves, whom to train first, and the actions. Every
text is a real text box or table (editable in PowerPoint, Keynote and LibreOffice
Impress), body text at 18 points or more, and every slide has speaker notes that
explain it in plain words. The picture is the PNG export's drawing, at the width
of the slide.

Pseudonymised: codes instead of names everywhere, also in the file's properties
(title, author) and in the picture's metadata.
"""

from __future__ import annotations

import io
import math
from datetime import datetime, time
from typing import Any

from kennisnet import APP_NAME
from kennisnet.export.deck_text import DeckInput, SlideText, slides
from kennisnet.export.figure import NetworkPicture, Page
from kennisnet.i18n import tr

#: 16:9 in inches (PowerPoint's "Widescreen").
SLIDE_W = 13.333
SLIDE_H = 7.5
MARGIN = 0.6
TITLE_TOP = 0.35
TITLE_H = 1.0
BODY_TOP = 1.5
BODY_BOTTOM = SLIDE_H - 0.45
TITLE_PT = 34
#: Body text sizes tried, largest first; never below 18 points.
BODY_SIZES = (24, 22, 20, 18)
TABLE_PT = 18
TEXT = "1F2937"
GREY = "4B5563"
#: The picture under the slide title: the PNG export's drawing (1920 pixels wide).
PICTURE_PAGE = Page("deck", 19.2, 19.2 * (SLIDE_H - 1.3) / SLIDE_W, 100, 17)
#: Average width of a character in ems, for fitting (Calibri and its metric twin Carlito
#: about 0.45; DejaVu Sans, where neither is installed, 0.55: a line more at worst).
CHAR_EM = 0.47


def render_deck(source: DeckInput, grouping: Any = None, group_map: Any = None) -> bytes:
    """The deck as .pptx bytes; ``group_map`` (a big project's map of groups) is its picture."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width = Inches(SLIDE_W)
    prs.slide_height = Inches(SLIDE_H)
    texts = slides(source)
    for text in texts:
        if text.key == "title":
            _title_slide(prs, text, source.lang)
        else:
            slide = _slide(prs, text, source.lang)
            if text.picture:
                _picture(slide, source, grouping, group_map)
            else:
                _body(slide, text, source.lang)
    for slide, text in zip(prs.slides, texts, strict=True):
        slide.notes_slide.notes_text_frame.text = "\n".join(text.notes)
    _properties(prs, texts[0].title, source)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _language(lang: str) -> Any:
    from pptx.enum.lang import MSO_LANGUAGE_ID

    return MSO_LANGUAGE_ID.DUTCH if lang == "nl" else MSO_LANGUAGE_ID.ENGLISH_UK


def _style(run: Any, size: float, lang: str, *, bold: bool = False, colour: str = TEXT) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    run.font.size = Pt(size)
    run.font.bold = bold
    # python-pptx 1.0.2 leaves RGBColor.from_string unannotated.
    run.font.color.rgb = RGBColor.from_string(colour)  # type: ignore[no-untyped-call]
    run.font.language_id = _language(lang)


def _set_title(slide: Any, text: str, lang: str, *, top: float, height: float, size: float) -> None:
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Inches

    shape = slide.shapes.title
    shape.left, shape.top = Inches(MARGIN), Inches(top)
    shape.width, shape.height = Inches(SLIDE_W - 2 * MARGIN), Inches(height)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM if top > 1 else MSO_ANCHOR.MIDDLE
    frame.text = text
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    _style(paragraph.runs[0], size, lang, bold=True)


def _title_slide(prs: Any, text: SlideText, lang: str) -> None:
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Inches, Pt

    slide = prs.slides.add_slide(prs.slide_layouts[0])  # Title Slide
    size = 40 if len(text.title) <= 40 else 32
    _set_title(slide, text.title, lang, top=1.6, height=2.2, size=size)
    sub = slide.placeholders[1]
    sub.left, sub.top = Inches(MARGIN), Inches(4.1)
    sub.width, sub.height = Inches(SLIDE_W - 2 * MARGIN), Inches(2.6)
    frame = sub.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    for number, line in enumerate(text.subtitle):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.LEFT
        paragraph.space_after = Pt(6)
        run = paragraph.add_run()
        run.text = line
        _style(run, 24 if number < 2 else 20, lang, colour=TEXT if number < 2 else GREY)


def _slide(prs: Any, text: SlideText, lang: str) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # Title Only
    size = TITLE_PT if len(text.title) <= 48 else 30
    _set_title(slide, text.title, lang, top=TITLE_TOP, height=TITLE_H, size=size)
    return slide


def _picture(slide: Any, source: DeckInput, grouping: Any, group_map: Any) -> None:
    from pptx.util import Inches

    from kennisnet.export.image import render

    if group_map is not None:
        from kennisnet.export.group_pictures import render_map

        png = render_map(group_map, PICTURE_PAGE, "png")
        top = SLIDE_H - SLIDE_W * PICTURE_PAGE.height_in / PICTURE_PAGE.width_in
        slide.shapes.add_picture(io.BytesIO(png), 0, Inches(top), width=Inches(SLIDE_W))
        return
    picture = NetworkPicture(
        result=source.naming.result(source.result, source.lang),
        positions=source.positions,
        naming=source.naming,
        lang=source.lang,
        max_labels=20,
        facts=[],  # the key figures are in the speaker notes and on the other slides
        color_by=source.color_by,
        grouping=grouping,
    )
    png = render(picture, PICTURE_PAGE, "png")
    top = SLIDE_H - SLIDE_W * PICTURE_PAGE.height_in / PICTURE_PAGE.width_in
    slide.shapes.add_picture(io.BytesIO(png), 0, Inches(top), width=Inches(SLIDE_W))


# -- text that fits -------------------------------------------------------------------


def _lines_needed(text: str, size: float, width_in: float) -> int:
    per_line = max(10, int(width_in * 72 / (size * CHAR_EM)))
    return max(1, math.ceil(len(text) / per_line))


def _height(paragraphs: list[tuple[str, str]], size: float, width_in: float) -> float:
    """Inches that ``paragraphs`` take at ``size`` points (line spacing 1.2, 0.4 em after)."""
    lines = sum(_lines_needed(f"{a} {b}", size, width_in) for a, b in paragraphs)
    return (lines * size * 1.2 + len(paragraphs) * size * 0.4) / 72


def fit(
    paragraphs: list[tuple[str, str]], width_in: float, height_in: float, lang: str
) -> tuple[list[tuple[str, str]], int]:
    """The paragraphs that fit in the box and their size: the largest size at which all
    fit; at the smallest, the last ones give way to "… and N more"."""
    for size in BODY_SIZES:
        if _height(paragraphs, size, width_in) <= height_in:
            return paragraphs, size
    size = BODY_SIZES[-1]
    kept = list(paragraphs)
    while len(kept) > 1:
        kept.pop()
        more = (
            "",
            tr(
                "… and {count} more (see the Excel workbook).",
                lang=lang,
                count=len(paragraphs) - len(kept),
            ),
        )
        if _height([*kept, more], size, width_in) <= height_in:
            return [*kept, more], size
    return kept, size


def _body(slide: Any, text: SlideText, lang: str) -> None:
    top = BODY_TOP
    width = SLIDE_W - 2 * MARGIN
    if text.table:
        top = _table(slide, text.table, lang, top)
    leads = text.leads + [""] * (len(text.lines) - len(text.leads))
    lines = list(text.lines)
    if text.lead_colon and not text.leads:
        for n, line in enumerate(lines):
            lead, colon, rest = line.partition(": ")
            if colon and rest:
                leads[n], lines[n] = lead + ":", rest
    # (bold, plain) per paragraph; the lead-in sentences bold when a list follows them.
    bold_intro = bool(text.intro) and bool(lines)
    paragraphs = [(line, "") if bold_intro else ("", line) for line in text.intro]
    for number, (lead, line) in enumerate(zip(leads, lines, strict=True), start=1):
        start = f"{number}. " if text.numbered else ""
        paragraphs.append((start + lead, line) if lead else ("", start + line))
    if not paragraphs:
        return
    kept, size = fit(paragraphs, width - 0.2, BODY_BOTTOM - top - 0.1, lang)
    _text_box(slide, kept, size, lang, top, width, BODY_BOTTOM - top)


def _text_box(
    slide: Any,
    paragraphs: list[tuple[str, str]],
    size: float,
    lang: str,
    top: float,
    width: float,
    height: float,
) -> None:
    """One paragraph per (bold, plain) pair: a bold start, then plain text."""
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(MARGIN), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for number, (lead, rest) in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(size * 0.4)
        if lead:
            run = paragraph.add_run()
            run.text = lead + (" " if rest else "")
            _style(run, size, lang, bold=True)
        if rest:
            run = paragraph.add_run()
            run.text = rest
            _style(run, size, lang)


def _table(slide: Any, rows: list[tuple[str, ...]], lang: str, top: float) -> float:
    """A table at ``top``; returns the inches under it where text may go."""
    from pptx.util import Inches, Pt

    columns = len(rows[0])
    width = SLIDE_W - 2 * MARGIN
    row_h = TABLE_PT * 2.0 / 72
    # Widths by the longest text of each column, within reason.
    longest = [max(len(row[c]) for row in rows) + 4 for c in range(columns)]
    total = sum(longest)
    widths = [max(1.4, width * n / total) for n in longest]
    scale = width / sum(widths)
    shape = slide.shapes.add_table(
        len(rows), columns, Inches(MARGIN), Inches(top), Inches(width), Inches(row_h * len(rows))
    )
    table = shape.table
    for c, w in enumerate(widths):
        table.columns[c].width = Inches(w * scale)
    for r, row in enumerate(rows):
        table.rows[r].height = Inches(row_h)
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            cell.margin_top = cell.margin_bottom = Pt(4)
            run = cell.text_frame.paragraphs[0].runs[0] if value else None
            if run is not None:
                _style(run, TABLE_PT, lang, bold=r == 0, colour="FFFFFF" if r == 0 else TEXT)
    return top + row_h * len(rows) + 0.3


def _properties(prs: Any, title: str, source: DeckInput) -> None:
    """The file's properties: the (pseudonymised) title, the app as author, the export date."""
    props = prs.core_properties
    stamp = datetime.combine(source.on, time(12, 0))
    props.title = title
    props.author = APP_NAME
    props.last_modified_by = APP_NAME
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.revision = 1
    props.created = stamp
    props.modified = stamp
    props.language = "nl-NL" if source.lang == "nl" else "en-GB"
