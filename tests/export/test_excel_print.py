"""The workbook on paper: page setup per sheet, read back with openpyxl, and the demo
printed by LibreOffice (PDF, pages counted and the smallest scale checked)."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from kennisnet.analysis import AnalysisResult, explain
from kennisnet.export import ExportRequest, export
from kennisnet.export.excel_book import SUMMARY_TOP
from kennisnet.export.xlsx_print import (
    MIN_SCALE,
    PrintLayout,
    column_points,
    plan,
    printable_points,
)
from kennisnet.export.xlsx_table import MAX_WIDTH, lines
from kennisnet.model import SurveyData

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_analysis import organisation

#: Sheet (English) -> orientation on paper.
ORIENTATION = {
    "Summary": "landscape",
    "People": "landscape",
    "Ties": "portrait",
    "Clusters": "landscape",
    "Gatekeepers": "landscape",
    "Training advice": "portrait",
    "Channels": "landscape",
    "Response": "portrait",
    "Personal codes": "portrait",
    "Network picture": "landscape",
}
#: The widths given explicitly for long text (wrapped in the cells).
TEXT_COLUMNS = {"In one sentence", "Departments", "Members", "What it means"}


def workbook(
    tmp_path: Path, survey: tuple[SurveyData, AnalysisResult], lang: str, pseudo: bool
) -> tuple[Path, Any]:
    data, result = survey
    path = tmp_path / f"print-{lang}-{pseudo}.xlsx"
    request = ExportRequest(
        xlsx=path, pseudonymise=pseudo, lang=lang, title="Testbedrijf & Zn", on=date(2026, 12, 4)
    )
    assert export(result, data, request) == [path]
    return path, load_workbook(path)


def widths(ws: Any) -> list[float]:
    last = column_index_from_string(re.sub(r"\d", "", ws.dimensions.split(":")[1]))
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(1, last + 1)]


def band_widths(ws: Any) -> list[float]:
    """The printed width (points) of every band of a table sheet, at 100%."""
    points = [column_points(w) for w in widths(ws)]
    if ws.print_area:
        last = re.findall(r"\$?([A-Z]+)\$?\d+$", ws.print_area[0])[0]
        points = points[: column_index_from_string(last)]
    title = 0
    if ws.print_title_cols:
        title = column_index_from_string(ws.print_title_cols.split(":")[1].strip("$"))
    cuts = [0, *(b.id for b in ws.col_breaks.brk), len(points)]
    return [
        (sum(points[:title]) if a else 0) + sum(points[a:b]) for a, b in itertools.pairwise(cuts)
    ]


@pytest.mark.parametrize("pseudo", [False, True])
def test_every_sheet_prints_readably(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], pseudo: bool
) -> None:
    data, result, _ = demo
    _, wb = workbook(tmp_path, (data, result), "en", pseudo)
    tall = False
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.orientation == ORIENTATION[ws.title], ws.title
        assert setup.paperSize == 9, ws.title  # A4
        assert ws.page_margins.left == ws.page_margins.right == pytest.approx(0.6)
        # Project title, sheet name, page x of y.
        assert ws.oddHeader.left.text == "Testbedrijf && Zn"
        assert ws.oddHeader.right.text == "&A"
        assert ws.oddFooter.center.text == "Page &P of &N"
        if ws.title in ("Summary", "Network picture"):
            continue
        assert ws.print_title_rows == "$1:$1", ws.title  # the header on every page
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2"), ws.title
        assert next(iter(ws.tables.values())).autoFilter is not None, ws.title
        # A fixed scale, never below the minimum, chosen so every band fits the paper.
        pr = ws.sheet_properties.pageSetUpPr
        assert pr is None or not pr.fitToPage, ws.title
        assert MIN_SCALE <= setup.scale <= 100, ws.title
        room = printable_points(setup.orientation)
        for width in band_widths(ws):
            assert width * setup.scale / 100 <= room, (ws.title, width, setup.scale)
        for cell, width in zip(ws[1], widths(ws), strict=True):
            assert cell.alignment.wrap_text, (ws.title, cell.value)  # headers wrap
            if cell.value not in TEXT_COLUMNS:
                assert width <= MAX_WIDTH, (ws.title, cell.value, width)
            assert width >= max(len(w) for w in str(cell.value).split()), cell.value
        # The header row is as tall as its longest wrapped title.
        needed = max(lines(str(c.value), w - 2) for c, w in zip(ws[1], widths(ws), strict=True))
        assert ws.row_dimensions[1].height == 15 * needed, ws.title
        tall = tall or needed > 1
    assert tall, "some headers wrap over more lines"
    people = wb["People"]
    # Too wide for one readable page: split in bands, with the name repeated on each.
    assert people.col_breaks.brk
    assert people.print_title_cols == ("$A:$A" if pseudo else "$A:$B")
    # The picture on one page.
    picture = wb["Network picture"]
    assert picture.sheet_properties.pageSetUpPr.fitToPage
    assert (picture.page_setup.fitToWidth, picture.page_setup.fitToHeight) == (1, 1)
    assert picture.print_area


def test_long_member_lists_are_not_printed() -> None:
    """A band never holds less than one group; the print area can leave columns out."""
    wide = plan([10.0] * 4 + [60.0], PrintLayout(groups=(0, 4), title_columns=1, columns=4))
    assert wide.breaks == () and wide.scale == 100
    # 23 columns of 10 characters: one page wide would print at about 45%: bands.
    split = plan([10.0] * 23, PrintLayout(groups=(0, 8, 16), title_columns=2))
    assert split.breaks and split.scale >= 65
    assert plan([10.0] * 8, PrintLayout()).breaks == ()


def test_summary_lists_the_top_ten(tmp_path: Path) -> None:
    from kennisnet.analysis import analyze

    data = organisation(400)
    result = analyze(data)
    assert len(result.key_holders) > SUMMARY_TOP
    _, wb = workbook(tmp_path, (data, result), "en", pseudo=False)
    text = [str(r[1]) for r in wb["Summary"].iter_rows(values_only=True) if r[1]]
    holders = [p.name for p in result.key_holders]
    listed = [line for line in text if any(line.strip().startswith(f"- {n} (") for n in holders)]
    assert len(listed) == SUMMARY_TOP
    assert f"… and {len(holders) - SUMMARY_TOP} more" in [line.strip() for line in text]
    # Everyone is still on the People sheet.
    assert wb["People"].max_row == len(result.people) + 1


def test_response_rate_is_a_number(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    _, result = small
    for lang in ("en", "nl"):
        _, wb = workbook(tmp_path, small, lang, pseudo=False)
        label = "Response rate" if lang == "en" else "Respons"
        cell = next(r[1] for r in wb.worksheets[0].iter_rows() if r[0].value == label)
        assert isinstance(cell.value, float)
        assert cell.value == pytest.approx(result.quality.rate)
        assert cell.number_format == "0%"  # 93%, as in the report's text
    # Just under 80%: one decimal, never a rounded-up 80% (51 of 64 is 79.7%).
    from kennisnet.export.bundle import summary_facts
    from kennisnet.export.pseudonym import Naming

    quality = replace(result.quality, roster=64, respondents=51, rate=51 / 64)
    under = replace(result, quality=quality)
    naming = Naming.build(small[0].people, pseudonymised=False)
    facts = dict(summary_facts(under, naming, "en", "T", date(2026, 12, 4)))
    rate = facts["Response rate"]
    assert rate == pytest.approx(0.797) and rate.number_format == "0.0%"


def test_channels_show_shares_next_to_counts(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    _, result = small
    _, wb = workbook(tmp_path, small, "en", pseudo=False)
    ws = wb["Channels"]
    header = [c.value for c in ws[1]]
    everyone = [c for c in ws[2]]
    overall = result.channels.overall
    shares = [i for i, h in enumerate(header) if str(h).endswith(" (%)")]
    assert len(shares) == 17  # 8 first, 8 any, learn alone
    for i in shares:
        assert header[i] == f"{header[i - 1]} (%)"  # right of its count
        count, share = everyone[i - 1].value, everyone[i]
        assert share.number_format == "0%"
        base = overall.ranked if header[i].startswith("First:") else overall.respondents
        assert share.value == pytest.approx(count / base)
    alone = header.index("Learn alone (%)")
    assert everyone[alone].value == pytest.approx(overall.learns_alone / overall.respondents)
    assert any(everyone[i].value for i in shares)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_pseudonymised_notes_speak_of_codes(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    code_note = explain("code", lang)
    name_note = explain("name", lang)
    _, wb = workbook(tmp_path, small, lang, pseudo=True)
    code = "Code"
    seen = 0
    for ws in wb.worksheets[1:-1]:
        for cell in ws[1]:
            note = cell.comment.text if cell.comment else ""
            assert note != name_note, (ws.title, cell.value)
            assert "staff list" not in note or cell.value != code
            if cell.value == code:
                assert note == code_note, ws.title
                seen += 1
    assert seen == 3  # People, Gatekeepers, Training advice
    members = "Members" if lang == "en" else "Leden"
    clusters = wb.worksheets[3]
    note = next(c.comment.text for c in clusters[1] if c.value == members)
    assert note == explain("member_codes", lang)
    # The Summary's explanation of terms too.
    summary = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(values_only=True) if r[0]}
    assert summary[code] == code_note
    # With names, the name columns say where the name comes from.
    _, named = workbook(tmp_path, small, lang, pseudo=False)
    name = "Name" if lang == "en" else "Naam"
    for ws in named.worksheets[1:-1]:
        for cell in ws[1]:
            if cell.value == name:
                assert cell.comment.text == name_note, ws.title


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice Calc (apt package libreoffice-calc) is needed for this test"
    # Excel's Calibri, or its metric twin: another font is wider and the bands overflow.
    font = subprocess.run(["fc-match", "Calibri"], capture_output=True, text=True).stdout
    assert "Carlito" in font or "Calibri" in font, "apt package fonts-crosextra-carlito"
    return found


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert found, info.stdout
    return int(found.group(1))


def test_the_demo_prints_on_few_readable_pages(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    """LibreOffice prints the demo workbook: pages per sheet, the picture on one page."""
    data, result, _ = demo
    path, wb = workbook(tmp_path, (data, result), "nl", pseudo=False)
    profile = (tmp_path / "lo").as_uri()
    subprocess.run(
        [soffice(), "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    pdf = path.with_suffix(".pdf")
    pages = pdf_pages(pdf)
    # Before: 21 pages, the People sheet on one page at about 4 pt, the picture on two.
    # Now every sheet prints at 60% or more; the picture is on one page.
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    per_sheet: dict[str, int] = {}
    for page in text[:pages]:
        first = next(line for line in page.splitlines() if line.strip())
        sheet = first.split()[-1]
        per_sheet[sheet] = per_sheet.get(sheet, 0) + 1
        assert re.search(rf"Pagina \d+ van {pages}", page), first
    assert per_sheet["Netwerkafbeelding"] == 1
    assert per_sheet["Mensen"] <= 6  # 79 people in two bands
    assert set(per_sheet) == {ws.title.split()[-1] for ws in wb.worksheets}
    assert pages <= 26, per_sheet


def test_cluster_shares_are_percentages_and_tall_rows_read_from_the_top(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    _, wb = workbook(tmp_path, small, "en", pseudo=False)
    ws = wb["Clusters"]
    header = [c.value for c in ws[1]]
    shares = [i for i, h in enumerate(header) if str(h).startswith("Share")]
    assert len(shares) == 3
    rows = list(ws.iter_rows(min_row=2))
    for row in rows:
        for i in shares:
            if isinstance(row[i].value, float):
                # A share in a wrapped column read "0.8333333333" when printed.
                assert row[i].number_format == "0%", (header[i], row[i].value)
        if (ws.row_dimensions[row[0].row].height or 0) > 15:
            # In a tall row every figure sits at the top, beside the first line of text.
            tops = {c.alignment.vertical for c in row if c.value is not None}
            assert tops == {"top"}, [c.alignment.vertical for c in row]
    assert any((ws.row_dimensions[r[0].row].height or 0) > 15 for r in rows)
