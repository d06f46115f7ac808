"""Workbook sheets about people: People, Ties, Gatekeepers, Training advice, Personal codes."""

from __future__ import annotations

from typing import Any

from kennisnet.analysis.figures import is_gatekeeper
from kennisnet.export.excel_book import (
    FLOAT_FORMAT,
    IDENTIFYING,
    PEOPLE_COLUMNS,
    Book,
    yes_no,
)
from kennisnet.export.xlsx_print import PrintLayout
from kennisnet.export.xlsx_table import Column, add_table_sheet
from kennisnet.i18n import N_

#: People sheet, printed in bands: who they are, their place in the network, the signals.
#: Each band starts at the first of these fields that is in the sheet.
_PEOPLE_BANDS = (("sources", "in_degree"), ("gatekeeper_of",))


def people_sheet(wb: Any, book: Book) -> None:
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
                value = yes_no(value, book.lang)
            row.append(value)
        rows.append(row)
    index = {f: i for i, (f, _) in enumerate(fields)}
    bands = tuple(next(index[f] for f in band if f in index) for band in _PEOPLE_BANDS)
    layout = PrintLayout(groups=(0, *bands), title_columns=index["name"] + 1)

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
        layout=layout,
    )


def ties_sheet(wb: Any, book: Book) -> None:
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
    add_table_sheet(
        wb,
        book.sheet("ties"),
        "Ties",
        columns,
        rows,
        freeze_columns=1,
        layout=PrintLayout("portrait"),
    )


def gatekeepers_sheet(wb: Any, book: Book) -> None:
    _tr = book.t
    _ntr = book.nt
    r = book.result
    columns = [
        Column(book.person_header(), book.explain("name")),
        Column(_tr("Department"), book.explain("department")),
        Column(_tr("Gatekeeper for"), book.explain("gatekeeper_of")),
        Column(_tr("Only source for"), book.explain("sole_source_of")),
        Column(_tr("Formally trained"), book.explain("trained")),
        Column(_tr("Key knowledge holder"), book.explain("key_holder")),
        Column(_tr("What it means"), None, width=60, wrap=True),
    ]
    keepers = sorted(
        (p for p in r.people if is_gatekeeper(p)),
        key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, book.label(p)),
    )
    rows = []
    for p in keepers:
        if p.gatekeeper_of > 0:
            sentence = _ntr(
                "If {name} left, {count} colleague would lose their only route to trained "
                "knowledge.",
                "If {name} left, {count} colleagues would lose their only route to trained "
                "knowledge.",
                p.gatekeeper_of,
                name=book.label(p),
            )
        else:
            sentence = _ntr(
                "{name} is the only source for {count} colleague, but that colleague can "
                "still reach trained knowledge another way.",
                "{name} is the only source for {count} colleagues, but they can still reach "
                "trained knowledge another way.",
                p.sole_source_of,
                name=book.label(p),
            )
        rows.append(
            [
                book.label(p),
                p.department,
                p.gatekeeper_of,
                p.sole_source_of,
                yes_no(p.trained, book.lang),
                yes_no(p.key_holder, book.lang),
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


def advice_sheet(wb: Any, book: Book) -> None:
    _tr = book.t
    r = book.result
    columns = [
        Column(_tr("Order"), book.explain("advice_rank")),
        Column(book.person_header(), book.explain("name")),
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
                yes_no(p.trained, book.lang),
                step.gain,
                step.reached_after,
                p.in_degree,
            ]
        )
    add_table_sheet(
        wb, book.sheet("advice"), "TrainingAdvice", columns, rows, layout=PrintLayout("portrait")
    )


def codes_sheet(wb: Any, book: Book) -> None:
    _tr = book.t
    columns = [
        Column(_tr("Name"), book.explain("name")),
        Column(_tr("Employee number"), book.explain("employee_number")),
        Column(_tr("Department"), book.explain("department")),
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
    add_table_sheet(
        wb,
        book.sheet("codes"),
        "PersonalCodes",
        columns,
        rows,
        freeze_columns=1,
        layout=PrintLayout("portrait"),
    )
