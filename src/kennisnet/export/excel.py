"""The Excel workbook for the HR file and management (openpyxl, write-only).

Sheets (names and headers in Dutch or English): Summary, People, Ties,
Clusters, Gatekeepers, Training advice, Channels, Response, Network (the
picture) and — only when names are shown — Personal codes. Every data sheet is
one Excel table with filters, a frozen header, widths from the contents and a
note with a one-line explanation on each header. See docs/exports.md.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kennisnet import APP_NAME
from kennisnet.analysis import AnalysisResult, PersonResult, explain, summary_text
from kennisnet.analysis.summary import channel_label
from kennisnet.export.pseudonym import HIDDEN_GROUP, Naming
from kennisnet.export.xlsx_table import Column, add_table_sheet, print_setup, sheet_title
from kennisnet.i18n import N_, tr
from kennisnet.model import Channel

SHEETS = {
    "summary": N_("Summary"),
    "people": N_("People"),
    "ties": N_("Ties"),
    "clusters": N_("Clusters"),
    "gatekeepers": N_("Gatekeepers"),
    "advice": N_("Training advice"),
    "channels": N_("Channels"),
    "response": N_("Response"),
    "network": N_("Network picture"),
    "codes": N_("Personal codes"),
}

#: People sheet: (field, header); the explanation comes from ``explain(field)``.
PEOPLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", N_("Number")),
    ("name", N_("Name")),
    ("employee_number", N_("Employee number")),
    ("department", N_("Department")),
    ("team", N_("Team")),
    ("role", N_("Job title")),
    ("trained", N_("Formally trained")),
    ("responded", N_("Answered the survey")),
    ("external", N_("Not on staff list")),
    ("sources", N_("Sources named")),
    ("in_degree", N_("Learners")),
    ("weighted_in_degree", N_("Learners (weighted)")),
    ("pagerank", N_("Influence (PageRank)")),
    ("betweenness", N_("Bridge score")),
    ("cluster", N_("Cluster")),
    ("steps_to_trained", N_("Steps to trained colleague")),
    ("reaches_trained", N_("Reaches trained colleague")),
    ("gatekeeper_of", N_("Gatekeeper for")),
    ("sole_source_of", N_("Only source for")),
    ("key_holder", N_("Key knowledge holder")),
    ("habit_spreader", N_("Possible habit spreader")),
    ("overloaded", N_("Possibly overloaded")),
    ("learns_alone", N_("Learns alone")),
)
#: Left out when pseudonymised (they can identify a person).
IDENTIFYING = frozenset({"id", "employee_number", "team", "role"})
FLOAT_FORMAT = "0.0000"
SHARE_FORMAT = "0%"


def _yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return tr("Unknown", lang=lang)
    return tr("Yes", lang=lang) if value else tr("No", lang=lang)


class _Book:
    def __init__(self, result: AnalysisResult, naming: Naming, lang: str) -> None:
        self.source = result
        self.result = naming.result(result, lang)
        self.naming = naming
        self.lang = lang
        self.opts = result.options

    def t(self, text: str, **values: object) -> str:
        return tr(text, lang=self.lang, **values)

    def explain(self, key: str) -> str:
        return explain(key, self.lang, options=self.opts)

    def label(self, person: PersonResult) -> str:
        return self.naming.label(person)

    def sheet(self, key: str) -> str:
        return sheet_title(self.t(SHEETS[key]))


def _people_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    fields = [
        (f, h) for f, h in PEOPLE_COLUMNS if not (book.naming.pseudonymised and f in IDENTIFYING)
    ]
    columns = []
    for f, header in fields:
        title = _tr("Code") if f == "name" and book.naming.pseudonymised else _tr(header)
        fmt = FLOAT_FORMAT if f in ("pagerank", "betweenness") else None
        columns.append(Column(title, book.explain(f), fmt))
    people = book.result.people
    if book.naming.pseudonymised:
        people = tuple(sorted(people, key=lambda p: p.name))
    rows = []
    for p in people:
        row: list[Any] = []
        for f, _ in fields:
            value = getattr(p, f)
            if f == "trained" or isinstance(value, bool):
                value = _yes_no(value, book.lang)
            row.append(value)
        rows.append(row)
    index = {f: i for i, (f, _) in enumerate(fields)}

    def formats(ws: Any, ref: str, last: int) -> None:
        from openpyxl.formatting.rule import DataBarRule, FormulaRule
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        col = get_column_letter(index["in_degree"] + 1)
        ws.conditional_formatting.add(
            f"{col}2:{col}{last}",
            DataBarRule(start_type="num", start_value=0, end_type="max", color="5B9BD5"),
        )
        spreader = get_column_letter(index["habit_spreader"] + 1)
        yes = _tr("Yes").replace('"', '""')
        ws.conditional_formatting.add(
            ref.replace("A1", "A2"),
            FormulaRule(
                formula=[f'${spreader}2="{yes}"'],
                fill=PatternFill("solid", bgColor="F8CBAD"),
                font=Font(color="9C0006"),
            ),
        )

    add_table_sheet(
        wb,
        book.sheet("people"),
        "People",
        columns,
        rows,
        freeze_columns=index["name"] + 1,
        formats=formats,
    )


def _ties_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    r = book.result
    how = {4: N_("daily"), 3: N_("weekly"), 2: N_("monthly"), 1: N_("less often")}
    columns = [
        Column(_tr("Learner"), _tr("The person who learns from someone.")),
        Column(_tr("Learner's department"), book.explain("department")),
        Column(_tr("Learns from"), _tr("The person they learn from (the source).")),
        Column(_tr("Source's department"), book.explain("department")),
        Column(
            _tr("Weight"),
            _tr("How often: daily counts 4, weekly 3, monthly 2, less often 1."),
        ),
        Column(_tr("How often"), _tr("How often they learn from this person.")),
    ]
    rows = []
    edges = r.edges
    if book.naming.pseudonymised:
        edges = tuple(
            sorted(edges, key=lambda e: (book.naming.code(e.learner), book.naming.code(e.source)))
        )
    for e in edges:
        a, b = r.person(e.learner), r.person(e.source)
        rows.append(
            [
                book.label(a),
                a.department,
                book.label(b),
                b.department,
                e.weight,
                _tr(how.get(e.weight, how[1])),
            ]
        )
    add_table_sheet(wb, book.sheet("ties"), "Ties", columns, rows, freeze_columns=1)


def _share(value: float, hidden: bool, book: _Book) -> Any:
    _tr = book.t
    return _tr(HIDDEN_GROUP) if hidden else value


def _clusters_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    r = book.result
    columns = [
        Column(_tr("Cluster"), book.explain("cluster")),
        Column(_tr("People"), book.explain("cluster_size")),
        Column(_tr("Risk cluster"), book.explain("risk")),
        Column(_tr("Main department"), book.explain("main_department")),
        Column(_tr("Share main department"), book.explain("main_department_share"), SHARE_FORMAT),
        Column(_tr("Trained"), book.explain("trained_count")),
        Column(_tr("Share trained"), book.explain("trained_share"), SHARE_FORMAT),
        Column(_tr("Cannot reach trained"), book.explain("unreached_count")),
        Column(_tr("Share cannot reach"), book.explain("unreached_share"), SHARE_FORMAT),
        Column(_tr("In one sentence"), book.explain("sentence"), width=70),
        Column(_tr("Departments"), book.explain("departments"), width=50),
        Column(_tr("Members"), book.explain("members"), width=60),
    ]
    rows = []
    for c in r.clusters:
        hide = book.naming.hidden(c.size)
        members = sorted(book.label(r.person(m)) for m in c.members)
        departments = ", ".join(f"{d or _tr('(no department)')} {n}" for d, n in c.departments)
        rows.append(
            [
                c.id,
                c.size,
                _tr(HIDDEN_GROUP) if hide else _yes_no(c.risk, book.lang),
                c.main_department,
                _share(c.main_department_share, hide, book),
                _share(c.trained_count, hide, book),
                _share(c.trained_share, hide, book),
                _share(c.unreached_count, hide, book),
                _share(c.unreached_share, hide, book),
                book.naming.message(c.sentence, book.lang) if not hide else _tr(HIDDEN_GROUP),
                departments,
                ", ".join(members),
            ]
        )

    def formats(ws: Any, ref: str, last: int) -> None:
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import Font, PatternFill

        yes = _tr("Yes").replace('"', '""')
        ws.conditional_formatting.add(
            ref.replace("A1", "A2"),
            FormulaRule(
                formula=[f'$C2="{yes}"'],
                fill=PatternFill("solid", bgColor="F8CBAD"),
                font=Font(color="9C0006"),
            ),
        )

    add_table_sheet(wb, book.sheet("clusters"), "Clusters", columns, rows, formats=formats)


def _gatekeepers_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    r = book.result
    columns = [
        Column(_tr("Name") if not book.naming.pseudonymised else _tr("Code"), None),
        Column(_tr("Department"), book.explain("department")),
        Column(_tr("Gatekeeper for"), book.explain("gatekeeper_of")),
        Column(_tr("Only source for"), book.explain("sole_source_of")),
        Column(_tr("Formally trained"), book.explain("trained")),
        Column(_tr("Key knowledge holder"), book.explain("key_holder")),
        Column(_tr("What it means"), None, width=80),
    ]
    keepers = sorted(
        (p for p in r.people if p.gatekeeper_of > 0 or p.sole_source_of > 0),
        key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, book.label(p)),
    )
    rows = []
    for p in keepers:
        if p.gatekeeper_of == 1:
            sentence = _tr(
                "If {name} left, 1 colleague would lose their only route to trained knowledge.",
                name=book.label(p),
            )
        elif p.gatekeeper_of > 1:
            sentence = _tr(
                "If {name} left, {count} colleagues would lose their only route to trained "
                "knowledge.",
                name=book.label(p),
                count=p.gatekeeper_of,
            )
        else:
            sentence = _tr(
                "{name} is the only source for {count} colleague(s), but they can still reach "
                "trained knowledge another way.",
                name=book.label(p),
                count=p.sole_source_of,
            )
        rows.append(
            [
                book.label(p),
                p.department,
                p.gatekeeper_of,
                p.sole_source_of,
                _yes_no(p.trained, book.lang),
                _yes_no(p.key_holder, book.lang),
                sentence,
            ]
        )

    def formats(ws: Any, ref: str, last: int) -> None:
        from openpyxl.formatting.rule import DataBarRule

        ws.conditional_formatting.add(
            f"C2:C{last}",
            DataBarRule(start_type="num", start_value=0, end_type="max", color="ED7D31"),
        )

    add_table_sheet(
        wb,
        book.sheet("gatekeepers"),
        "Gatekeepers",
        columns,
        rows,
        freeze_columns=1,
        formats=formats,
    )


def _advice_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    r = book.result
    columns = [
        Column(_tr("Order"), book.explain("advice_rank")),
        Column(_tr("Name") if not book.naming.pseudonymised else _tr("Code"), None),
        Column(_tr("Department"), book.explain("department")),
        Column(_tr("Formally trained"), book.explain("trained")),
        Column(_tr("Extra people reached"), book.explain("gain")),
        Column(
            _tr("Reached after this step"),
            _tr("How many people reach a trained colleague after this step."),
        ),
        Column(_tr("Learners"), book.explain("in_degree")),
    ]
    rows = []
    for rank, step in enumerate(r.advice.steps, start=1):
        p = r.person(step.person_id)
        rows.append(
            [
                rank,
                book.label(p),
                p.department,
                _yes_no(p.trained, book.lang),
                step.gain,
                step.reached_after,
                p.in_degree,
            ]
        )
    add_table_sheet(wb, book.sheet("advice"), "TrainingAdvice", columns, rows)


def _channels_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    r = book.result
    kinds = {
        "overall": N_("Everyone"),
        "team": N_("Team"),
        "department": N_("Department"),
        "none": N_("No team or department"),
    }
    channels = list(Channel)
    columns = [
        Column(_tr("Team or department"), None),
        Column(_tr("Kind of group"), None),
        Column(_tr("Respondents"), book.explain("respondents")),
        *[
            Column(
                _tr("First: {way}", way=channel_label(c, book.lang)),
                book.explain("channel_first"),
            )
            for c in channels
        ],
        *[
            Column(_tr("Any: {way}", way=channel_label(c, book.lang)), book.explain("channel_any"))
            for c in channels
        ],
        Column(_tr("Learn alone"), book.explain("learns_alone")),
    ]
    rows = []
    for counts in (r.channels.overall, *r.channels.groups):
        name = counts.group
        if counts.kind == "overall":
            name = _tr("Everyone")
        elif name is None:
            name = _tr("(no team or department)")
        elif book.naming.pseudonymised:
            name = book.naming.scrub(name)
        row: list[Any] = [name, _tr(kinds.get(counts.kind, kinds["none"]))]
        if book.naming.hidden(counts.respondents):
            row += [_tr(HIDDEN_GROUP)] + [None] * (len(columns) - 3)
        else:
            first, anyrank = dict(counts.first), dict(counts.any_rank)
            row += [counts.respondents]
            row += [first.get(c, 0) for c in channels] + [anyrank.get(c, 0) for c in channels]
            row += [counts.learns_alone]
        rows.append(row)
    add_table_sheet(wb, book.sheet("channels"), "Channels", columns, rows, freeze_columns=1)


def _response_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    q = book.result.quality
    columns = [
        Column(_tr("Department"), None),
        Column(_tr("On staff list"), book.explain("roster")),
        Column(_tr("Answered"), book.explain("respondents")),
        Column(_tr("Response rate"), book.explain("response_rate"), SHARE_FORMAT),
        Column(_tr("Below 80%"), None),
    ]
    rows: list[list[Any]] = [
        [_tr("Everyone"), q.roster, q.respondents, q.rate, _yes_no(q.rate < 0.8, book.lang)]
    ]
    for d in q.departments:
        rows.append(
            [
                d.department or _tr("(no department)"),
                d.roster,
                d.respondents,
                d.rate,
                _yes_no(d.rate < 0.8, book.lang),
            ]
        )

    def formats(ws: Any, ref: str, last: int) -> None:
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import Font, PatternFill

        ws.conditional_formatting.add(
            f"D2:D{last}",
            CellIsRule(
                operator="lessThan",
                formula=["0.8"],
                fill=PatternFill("solid", bgColor="FFEB9C"),
                font=Font(color="9C5700"),
            ),
        )

    add_table_sheet(wb, book.sheet("response"), "Response", columns, rows, formats=formats)


def _codes_sheet(wb: Any, book: _Book) -> None:
    _tr = book.t
    columns = [
        Column(_tr("Name"), None),
        Column(_tr("Employee number"), None),
        Column(_tr("Department"), None),
        Column(
            _tr("Personal code"),
            _tr(
                "The code that stands for this person in pseudonymised exports and in the "
                "workshop. Give each person only their own code."
            ),
        ),
    ]
    people = sorted(
        (p for p in book.source.people if not p.external), key=lambda p: p.name.casefold()
    )
    rows = [[p.name, p.employee_number, p.department, book.naming.code(p.id)] for p in people]
    add_table_sheet(wb, book.sheet("codes"), "PersonalCodes", columns, rows, freeze_columns=1)


def _summary_sheet(wb: Any, book: _Book, title: str, facts: Sequence[tuple[str, Any]]) -> None:
    _tr = book.t
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(book.sheet("summary"))
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 95
    ws.sheet_view.showGridLines = False
    print_setup(ws, repeat_header=False)
    rows = [0]

    def append(cells: list[Any], height: float | None = None) -> None:
        rows[0] += 1
        if height is None:
            # Wrapped text: room for every line (write-only sheets get no automatic height).
            lines = max(
                (
                    math.ceil(len(str(c.value)) / (32 if i == 0 else 90))
                    for i, c in enumerate(cells)
                    if c is not None and c.value is not None
                ),
                default=1,
            )
            height = 15.0 * max(1, lines)
        ws.row_dimensions[rows[0]].height = height
        ws.append(cells)

    def styled(value: Any, **style: Any) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        for key, v in style.items():
            setattr(cell, key, v)
        return cell

    top = Alignment(vertical="top", wrap_text=True)
    append([styled(title, font=Font(bold=True, size=16, color="1F4E79"))], 26)
    append([], 8)
    for label, value in facts:
        append([styled(label, font=Font(bold=True), alignment=top), styled(value, alignment=top)])
    append([], 8)
    append([styled(_tr("What the analysis found"), font=Font(bold=True, size=13))])
    for line in summary_text(book.result, book.lang).splitlines()[1:]:
        append([None, styled(line.strip() or None, alignment=top)])
    append([], 8)
    append([styled(_tr("Explanation of terms"), font=Font(bold=True, size=13))])
    for f, header in PEOPLE_COLUMNS:
        if book.naming.pseudonymised and f in IDENTIFYING:
            continue
        label = _tr("Code") if f == "name" and book.naming.pseudonymised else _tr(header)
        append(
            [
                styled(label, font=Font(bold=True), alignment=top),
                styled(book.explain(f), alignment=top),
            ]
        )
    append([], 8)
    note = (
        _tr("Names are replaced by codes. Figures about groups of fewer than 5 people are hidden.")
        if book.naming.pseudonymised
        else _tr(
            "This workbook contains names: keep it confidential (it is not anonymous). "
            "Share the pseudonymised export when names are not needed."
        )
    )
    append([styled(_tr("Privacy"), font=Font(bold=True)), styled(note, alignment=top)])


def _picture_sheet(wb: Any, book: _Book, png: bytes) -> None:
    _tr = book.t
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Font

    ws = wb.create_sheet(book.sheet("network"))
    ws.sheet_view.showGridLines = False
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=_tr("The knowledge network (the same picture as the PNG)"))
    cell.font = Font(bold=True, size=13)
    ws.append([cell])
    image = Image(io.BytesIO(png))
    image.width, image.height = 1280, 720
    ws.add_image(image, "A3")


def write_workbook(
    path: Path,
    result: AnalysisResult,
    naming: Naming,
    lang: str,
    *,
    title: str,
    facts: Sequence[tuple[str, Any]],
    png: bytes | None,
    step: Callable[[float], None] | None = None,
) -> None:
    """Write the workbook to ``path`` (via a temporary file)."""
    from openpyxl import Workbook

    from kennisnet.export.image import write_bytes

    wb = Workbook(write_only=True)
    book = _Book(result, naming, lang)
    safe_title = naming.scrub(title) if naming.pseudonymised else title
    wb.properties.creator = APP_NAME
    wb.properties.lastModifiedBy = APP_NAME
    wb.properties.title = safe_title
    _summary_sheet(wb, book, safe_title, facts)
    parts: list[Callable[[Any, _Book], None]] = [
        _people_sheet,
        _ties_sheet,
        _clusters_sheet,
        _gatekeepers_sheet,
        _advice_sheet,
        _channels_sheet,
        _response_sheet,
    ]
    if not naming.pseudonymised:
        parts.append(_codes_sheet)
    for i, part in enumerate(parts):
        part(wb, book)
        if step is not None:
            step((i + 1) / (len(parts) + 2))
    if png is not None:
        _picture_sheet(wb, book, png)
    out = io.BytesIO()
    wb.save(out)
    write_bytes(path, out.getvalue())
