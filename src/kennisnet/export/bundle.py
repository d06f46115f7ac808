"""``export(...)``: every file HR takes out of the app, in one call (CLI and GUI).

The call only reads the analysis result (and the survey's people, for the
personal codes); it reports progress as ``progress(fraction, label)`` and stops
between files when ``cancel()`` returns True.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.figures import headline
from kennisnet.analysis.messages import percent
from kennisnet.export import excel, graphfile, image
from kennisnet.export.attributes import picture_grouping
from kennisnet.export.figure import NetworkPicture, Page
from kennisnet.export.pseudonym import Naming
from kennisnet.i18n import N_, tr
from kennisnet.model import SurveyData
from kennisnet.outputs import OutputSet, csv_row
from kennisnet.plan import Plan

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
Point = tuple[float, float]


class ExportCancelled(Exception):
    """Raised by :func:`export` when ``cancel()`` returned True."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Which files to write; every path is optional."""

    xlsx: Path | None = None
    png: Path | None = None
    svg: Path | None = None
    pdf: Path | None = None
    graphml: Path | None = None
    gexf: Path | None = None
    #: A CSV list of names and personal codes (never with ``pseudonymise``).
    codes: Path | None = None
    #: The management report (A4 PDF, 2–4 pages: findings, picture, actions, glossary).
    report: Path | None = None
    #: The interactive map: one HTML file that opens in any browser, without internet.
    html: Path | None = None
    #: The learning plan of the wave, for the report's top actions (None: no plan).
    plan: Plan | None = None
    pseudonymise: bool = False
    lang: str = "nl"
    #: Page size of PNG/SVG/PDF: "slide", "a4", "a3", "a4-landscape", "a3-landscape".
    page: str = "slide"
    #: The project's name (shown in titles).
    title: str = ""
    #: The date printed on the exports (default: today).
    on: date | None = None
    #: More workbook sheets, e.g. ``export.excel_plan.plan_sheets(plan, indicators)``.
    workbook_sheets: tuple[Callable[[Any, Any], None], ...] = ()
    #: Replace files that exist (the CLI's ``--force``; the app after asking).
    force: bool = False
    #: Open projects: never written over, nor their -wal/-shm files.
    protect: tuple[Path, ...] = ()
    #: Colour the pictures by "cluster", "trained" or any staff-list column (its name).
    color_by: str = "cluster"

    def outputs(self) -> list[tuple[str, Path]]:
        # The PNG first: the workbook embeds the same picture.
        pairs = [
            ("png", self.png),
            ("svg", self.svg),
            ("pdf", self.pdf),
            ("xlsx", self.xlsx),
            ("graphml", self.graphml),
            ("gexf", self.gexf),
            ("report", self.report),
            ("html", self.html),
            ("codes", self.codes),
        ]
        return [(kind, path) for kind, path in pairs if path is not None]


def picture_texts(
    result: AnalysisResult, naming: Naming, lang: str, title: str, on: date
) -> tuple[str, str, str]:
    """(title, subtitle, footer) of the exported picture."""
    shown_title = naming.scrub(title) if naming.pseudonymised else title
    heading = (
        tr("Knowledge network — {project}", lang=lang, project=shown_title)
        if shown_title
        else tr("Knowledge network", lang=lang)
    )
    wave = naming.scrub(result.wave_name) if naming.pseudonymised else result.wave_name
    subtitle = tr(
        "{wave} · {respondents} of {roster} people answered ({percent}%)",
        lang=lang,
        wave=wave,
        respondents=result.quality.respondents,
        roster=result.quality.roster,
        percent=percent(result.quality.rate),
    )
    footer = tr("Made with Kennisnet on {date}", lang=lang, date=on.isoformat())
    if naming.pseudonymised:
        footer += " · " + tr(
            "names replaced by codes; figures about groups under 5 people hidden", lang=lang
        )
    return heading, subtitle, footer


def summary_facts(
    result: AnalysisResult, naming: Naming, lang: str, title: str, on: date
) -> list[tuple[str, Any]]:
    h = headline(result)
    within = tr(
        steps_phrase(result.options.reach_steps), lang=lang, steps=result.options.reach_steps
    )
    scrub = naming.scrub if naming.pseudonymised else str
    return [
        (tr("Project", lang=lang), scrub(title)),
        (tr("Wave", lang=lang), scrub(result.wave_name)),
        (tr("Exported on", lang=lang), on.isoformat()),
        (tr("People on the staff list", lang=lang), h.roster),
        (tr("Answered the survey", lang=lang), h.respondents),
        (tr("Response rate", lang=lang), tr("{percent}%", lang=lang, percent=h.percent)),
        (tr("Key knowledge holders", lang=lang), h.key_holders),
        (tr("Possible habit spreaders", lang=lang), h.habit_spreaders),
        (tr("Risk clusters", lang=lang), h.risk_clusters),
        (tr("Gatekeepers", lang=lang), h.gatekeepers),
        (
            tr("Reach a trained colleague within {within}", lang=lang, within=within),
            tr(
                "{reached} of {population} now; {after} after the advised training",
                lang=lang,
                reached=h.reached,
                population=h.population,
                after=h.reached_after,
            ),
        ),
        (
            tr("Names", lang=lang),
            tr("replaced by codes", lang=lang)
            if naming.pseudonymised
            else tr("shown (confidential)", lang=lang),
        ),
    ]


def codes_csv(data: SurveyData, naming: Naming, lang: str) -> bytes:
    """The personal code list: one row per person on the staff list, by name."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            tr("Name", lang=lang),
            tr("Employee number", lang=lang),
            tr("Department", lang=lang),
            tr("Personal code", lang=lang),
        ]
    )
    for p in sorted((p for p in data.people if not p.external), key=lambda p: p.name.casefold()):
        writer.writerow(
            csv_row([p.name, p.employee_number or "", p.department or "", naming.code(p.id)])
        )
    # A byte order mark so that Excel reads the accents right.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


_STEP_LABELS = {
    "layout": N_("Placing people in the picture"),
    "png": N_("Drawing the PNG picture"),
    "svg": N_("Drawing the SVG picture"),
    "pdf": N_("Drawing the PDF"),
    "xlsx": N_("Writing the Excel workbook"),
    "graphml": N_("Writing the GraphML file"),
    "gexf": N_("Writing the GEXF file"),
    "report": N_("Writing the management report"),
    "html": N_("Writing the interactive map"),
    "codes": N_("Writing the code list"),
}


def export(
    result: AnalysisResult,
    data: SurveyData,
    request: ExportRequest,
    *,
    positions: Mapping[int, Point] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> list[Path]:
    """Write every file in ``request``, all or nothing; returns the paths written, in order.

    Every target is checked first (``kennisnet.outputs``: never a project, never an
    existing file unless ``request.force``); each file is written to a temporary file
    beside its target and all are moved into place only when every one is complete.
    """
    from kennisnet.export.image import page_for

    outputs = request.outputs()
    if not outputs:
        raise ValueError(tr("Nothing to export: choose at least one file.", lang=request.lang))
    if request.codes is not None and request.pseudonymise:
        raise ValueError(
            tr(
                "The code list shows names, so it cannot be part of a pseudonymised export.",
                lang=request.lang,
            )
        )
    page: Page = page_for(request.page)
    picture_grouping(data.people, request.color_by, lang=request.lang)  # a known column?
    guard = OutputSet(force=request.force, protect=request.protect)
    guard.check([path for _kind, path in outputs])
    try:
        return _write(result, data, request, outputs, page, guard, positions, progress, cancel)
    finally:
        guard.discard()


def _write(
    result: AnalysisResult,
    data: SurveyData,
    request: ExportRequest,
    outputs: list[tuple[str, Path]],
    page: Page,
    guard: OutputSet,
    positions: Mapping[int, Point] | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> list[Path]:
    from kennisnet.export.image import page_for

    lang = request.lang
    on = request.on or date.today()
    naming = Naming.build(data.people, pseudonymised=request.pseudonymise)
    total = len(outputs) + 1
    done = 0

    def step(kind: str) -> None:
        if cancel is not None and cancel():
            raise ExportCancelled(tr("The export was cancelled.", lang=lang))
        if progress is not None:
            progress(done / total, tr(_STEP_LABELS[kind], lang=lang))

    needs_picture = any(
        k in ("png", "svg", "pdf", "xlsx", "graphml", "gexf", "report", "html") for k, _ in outputs
    )
    if needs_picture and positions is None:
        from kennisnet.layout import compute_layout

        step("layout")
        positions = compute_layout(result)
    positions = positions or {}
    done += 1
    heading, subtitle, footer = picture_texts(result, naming, lang, request.title, on)
    picture = NetworkPicture(
        result=naming.result(result, lang),
        positions=positions,
        naming=naming,
        lang=lang,
        title=heading,
        subtitle=subtitle,
        footer=footer,
        max_labels=24 if page.key == "slide" else 40,
        color_by=request.color_by,
        grouping=picture_grouping(
            data.people, request.color_by, lang=lang, pseudonymised=request.pseudonymise
        ),
    )
    slide_png: bytes | None = None
    written: list[Path] = []
    graph: Any = None
    for kind, target in outputs:
        step(kind)
        path = guard.temp_for(target)
        if kind in image.FORMATS:
            data_bytes = image.render(picture, page, kind)
            image.write_bytes(path, data_bytes)
            if kind == "png" and page.key == "slide":
                slide_png = data_bytes
        elif kind == "xlsx":
            if slide_png is None:
                slide_png = image.render(picture, page_for("slide"), "png")
            excel.write_workbook(
                path,
                result,
                naming,
                lang,
                title=request.title,
                facts=summary_facts(result, naming, lang, request.title, on),
                png=slide_png,
                extra=request.workbook_sheets,
            )
        elif kind in graphfile.GRAPH_FORMATS:
            if graph is None:
                graph = graphfile.build(result, naming, lang, positions, title=request.title)
            graphfile.write(graph, path, kind)
        elif kind == "report":
            from kennisnet.export.report import ReportInput, render_report

            source = ReportInput(
                result, positions, naming, lang, request.title, on, plan=request.plan
            )
            image.write_bytes(path, render_report(source))
        elif kind == "html":
            from kennisnet.export.html_map import MapInput, render_map

            texts = (heading, subtitle, footer)
            made = MapInput(result, data, positions, naming, lang, texts, request.color_by)
            image.write_bytes(path, render_map(made))
        else:
            image.write_bytes(path, codes_csv(data, naming, lang))
        written.append(target)
        done += 1
    if cancel is not None and cancel():
        raise ExportCancelled(tr("The export was cancelled.", lang=lang))
    guard.commit()
    if progress is not None:
        progress(1.0, tr("Export finished", lang=lang))
    return written
