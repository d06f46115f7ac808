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
from kennisnet.export import excel, graphfile, image, network_book, network_table
from kennisnet.export.attributes import picture_grouping
from kennisnet.export.excel_book import Rate
from kennisnet.export.figure import NetworkPicture, Page
from kennisnet.export.group_pictures import (
    grouping_key,
    map_colour,
    map_picture,
    render_map,
    use_group_map,
    write_department_pictures,
)
from kennisnet.export.pseudonym import Naming
from kennisnet.export.show_only import show_only
from kennisnet.export.sizes import picture_sizing
from kennisnet.i18n import N_, Decimal1, tr
from kennisnet.model import SurveyData
from kennisnet.outputs import OutputSet, csv_row
from kennisnet.plan import Plan

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
Point = tuple[float, float]


#: Outputs that show every person where the layout puts them.
LAID_OUT = frozenset({"graphml", "gexf", "kumu", "polinode", "pack", "html"})
#: Outputs that show the network picture, or the group map instead for a big project.
PICTURED = frozenset({"png", "svg", "pdf", "xlsx", "report", "deck"})


def needs_layout(kinds: set[str], *, group_map: bool) -> bool:
    """Whether these outputs need the positions of the whole network (the group map and
    the department pictures lay out their own; the code list and cards show none)."""
    return bool(kinds & LAID_OUT) or (bool(kinds & PICTURED) and not group_map)


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
    #: Workbooks of people and ties for Kumu and for Polinode (``export.network_book``).
    kumu: Path | None = None
    polinode: Path | None = None
    #: A CSV list of names and personal codes (never with ``pseudonymise``).
    codes: Path | None = None
    #: The management report (A4 PDF, 2–4 pages: findings, picture, actions, glossary).
    report: Path | None = None
    #: The slide deck (16:9 .pptx: the workshop's steps with speaker notes).
    deck: Path | None = None
    #: The workshop pack (A4 PDF: a sheet per department or team; codes unless ``pack_names``).
    pack: Path | None = None
    #: The workshop pack shows names (a deliberate choice; never with ``pseudonymise``).
    pack_names: bool = False
    #: The pack's sheets per "department" or per "team".
    pack_by: str = "department"
    #: Only these departments/teams in the pack (empty: all); see ``pack_groups``.
    pack_only: tuple[str, ...] = ()
    #: Personal code cards to cut out (A4 PDF; names, so never with ``pseudonymise``).
    cards: Path | None = None
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
    #: Size the dots by "learners" (colleagues who learn from them) or any numeric column.
    size_by: str = "learners"
    #: Show only "COLUMN=VALUE" in full colour, everyone else faded ("": everybody).
    show_only: str = ""
    #: The overview picture: "auto" (the group map from 1,000 people on), "network", "groups".
    picture: str = "auto"
    #: Groups of the group map: "department", "cluster", a staff-list column (named like
    #: ``color_by``) or None (departments, or a higher level of them when too many).
    groups_by: str | None = None
    #: A folder for one detail picture (PNG) per department.
    per_department: Path | None = None

    def outputs(self) -> list[tuple[str, Path]]:
        # The PNG first: the workbook embeds the same picture.
        pairs = [
            ("png", self.png),
            ("svg", self.svg),
            ("pdf", self.pdf),
            ("xlsx", self.xlsx),
            ("graphml", self.graphml),
            ("gexf", self.gexf),
            ("kumu", self.kumu),
            ("polinode", self.polinode),
            ("report", self.report),
            ("deck", self.deck),
            ("pack", self.pack),
            ("html", self.html),
            ("codes", self.codes),
            ("cards", self.cards),
            ("departments", self.per_department),
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


def _rate(rate: float, shown: Decimal1) -> Rate:
    """The response rate as a number, displayed as in the report's text ("79.7%")."""
    if shown.tenths % 10 == 0:
        return Rate(rate)
    return Rate(shown.tenths / 1000, "0.0%")


def file_description(
    result: AnalysisResult, naming: Naming, lang: str, title: str, on: date
) -> str:
    """One sentence about a network file: project, wave, date, names or codes."""
    scrub = naming.scrub if naming.pseudonymised else str
    text = tr(
        "Knowledge network of {project}, {wave}, exported by Kennisnet on {date}.",
        lang=lang,
        project=scrub(title) or tr("the project", lang=lang),
        wave=scrub(result.wave_name),
        date=on.isoformat(),
    )
    if naming.pseudonymised:
        return (
            text
            + " "
            + tr("Pseudonymised: names replaced by codes; groups under 5 people hidden.", lang=lang)
        )
    return text + " " + tr("Contains names: confidential.", lang=lang)


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
        (tr("Response rate", lang=lang), _rate(h.rate, h.percent)),
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
    "kumu": N_("Writing the workbook for Kumu"),
    "polinode": N_("Writing the workbook for Polinode"),
    "report": N_("Writing the management report"),
    "deck": N_("Writing the slide deck"),
    "pack": N_("Writing the workshop pack"),
    "html": N_("Writing the interactive map"),
    "codes": N_("Writing the code list"),
    "cards": N_("Writing the code cards"),
    "departments": N_("Drawing a picture per department"),
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
    if request.cards is not None and request.pseudonymise:
        raise ValueError(
            tr(
                "The code cards show names, so they cannot be part of a pseudonymised export.",
                lang=request.lang,
            )
        )
    if request.codes is not None and request.pseudonymise:
        raise ValueError(
            tr(
                "The code list shows names, so it cannot be part of a pseudonymised export.",
                lang=request.lang,
            )
        )
    if request.pack is not None:
        from kennisnet.export.pack import check_pack, check_pack_only

        check_pack(data, request.pack_by, request.pack_names, request.pseudonymise, request.lang)
        check_pack_only(data, request.pack_by, request.pack_only, request.lang)
    page: Page = page_for(request.page)
    picture_grouping(data.people, request.color_by, lang=request.lang)  # a known column?
    show_only(  # a known column and value (not too few people when pseudonymised)?
        data.people, request.show_only, lang=request.lang, pseudonymised=request.pseudonymise
    )
    picture_sizing(data.people, request.size_by, result, lang=request.lang)  # numbers in it?
    guard = OutputSet(force=request.force, protect=request.protect)
    guard.check([path for kind, path in outputs if kind != "departments"])
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

    map_drawn = use_group_map(request.picture, result)
    needs_picture = needs_layout({k for k, _ in outputs}, group_map=map_drawn)
    if needs_picture and (positions is None or request.pseudonymise):
        from kennisnet.layout import compute_layout

        step("layout")
        # Pseudonymised files get a layout of their own: laid over a named picture
        # they must not show who is who.
        positions = compute_layout(result, private=request.pseudonymise)
    positions = positions or {}
    done += 1
    heading, subtitle, footer = picture_texts(result, naming, lang, request.title, on)
    grouping = picture_grouping(
        data.people, request.color_by, lang=lang, pseudonymised=request.pseudonymise
    )
    shown = show_only(data.people, request.show_only, lang=lang, pseudonymised=request.pseudonymise)
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
        grouping=grouping,
        sizing=picture_sizing(data.people, request.size_by, result, lang=lang),
        emphasis=shown.ids if shown is not None else None,
        # A column's value may be a name (a manager's): scrubbed like every other text.
        shown=naming.scrub(shown.label(lang)) if shown is not None else "",
    )
    groups_by = grouping_key(result, data.people, request.groups_by, lang=lang)
    groups = None
    if map_drawn:
        groups = map_picture(
            result,
            naming,
            lang,
            by=groups_by,
            people=data.people,
            colour=map_colour(request.color_by),
            title=heading,
            subtitle=subtitle,
            footer=footer,
        )
    slide_png: bytes | None = None
    written: list[Path] = []
    table: network_table.NetworkTable | None = None
    for kind, target in outputs:
        step(kind)
        if kind == "departments":
            write_department_pictures(result, None, naming, lang, target, guard, footer)
            written.append(target)
            done += 1
            continue
        path = guard.temp_for(target)
        if kind in image.FORMATS and groups is not None:
            data_bytes = render_map(groups, page, kind)
            image.write_bytes(path, data_bytes)
            if kind == "png" and page.key == "slide":
                slide_png = data_bytes
        elif kind in image.FORMATS:
            data_bytes = image.render(picture, page, kind)
            image.write_bytes(path, data_bytes)
            if kind == "png" and page.key == "slide":
                slide_png = data_bytes
        elif kind == "xlsx":
            if slide_png is None and groups is not None:
                slide_png = render_map(groups, page_for("slide"), "png")
            elif slide_png is None:
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
        elif kind in graphfile.GRAPH_FORMATS or kind in network_book.BOOK_FORMATS:
            if table is None:
                table = network_table.build(
                    result,
                    data.people,
                    naming,
                    lang,
                    positions,
                    title=request.title,
                    description=file_description(result, naming, lang, request.title, on),
                    color_by=request.color_by,
                    grouping=grouping,
                )
            if kind in graphfile.GRAPH_FORMATS:
                graphfile.write(table, path, kind, on=on.isoformat())
            else:
                network_book.write(table, path, kind, lang)
        elif kind == "report":
            from kennisnet.export.report import ReportInput, render_report

            source = ReportInput(
                result,
                positions,
                naming,
                lang,
                request.title,
                on,
                plan=request.plan,
                groups=None if groups is None else groups.summary,
            )
            image.write_bytes(path, render_report(source))
        elif kind == "deck":
            from kennisnet.export.deck import render_deck
            from kennisnet.export.deck_text import DeckInput

            deck = DeckInput(
                result, data, positions, naming, lang, request.title, on, request.plan,
                request.color_by,
            )  # fmt: skip
            image.write_bytes(path, render_deck(deck, picture.grouping, groups))
        elif kind == "pack":
            from kennisnet.export.pack import pack_input, render_pack

            pack = pack_input(result, data, positions, request, on)

            def sheet(fraction: float, at: int = done) -> None:  # per sheet: progress, cancel
                if cancel is not None and cancel():
                    raise ExportCancelled(tr("The export was cancelled.", lang=lang))
                if progress is not None:
                    progress((at + fraction) / total, tr(_STEP_LABELS["pack"], lang=lang))

            image.write_bytes(path, render_pack(pack, sheet))
        elif kind == "cards":
            from kennisnet.export.cards import render_cards

            image.write_bytes(path, render_cards(data, naming, lang, request.title, on))
        elif kind == "html":
            from kennisnet.export.html_map import MapInput
            from kennisnet.export.html_map import render_map as render_html_map

            texts = (heading, subtitle, footer)
            made = MapInput(result, data, positions, naming, lang, texts, request.color_by)
            image.write_bytes(path, render_html_map(made))
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
