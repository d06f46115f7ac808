"""Big projects: the workbook sheet of key knowledge holders ranked within departments.

One row per ranked holder: department, place in the department's ranking, name (or
code), learners, weighted learners, trained, and whether the person is also one of
the key knowledge holders of the whole organisation. The rule is in
:mod:`kennisnet.analysis.ranking`; the sheet only reads the result.
"""

from __future__ import annotations

from typing import Any

from kennisnet.analysis.ranking import HOLDERS_PER_DEPARTMENT
from kennisnet.export.excel_book import Book, yes_no
from kennisnet.export.xlsx_table import Column, add_table_sheet


def ranked_holders_sheet(wb: Any, book: Book) -> None:
    _tr = book.t
    r = book.result
    columns = [
        Column(_tr("Department"), book.explain("department")),
        Column(
            _tr("Place in the department"),
            _tr(
                "The best {count} of each department with at least {floor} learners: most "
                "learners first, then the most weighted learners.",
                count=HOLDERS_PER_DEPARTMENT,
                floor=r.options.key_holder_min_learners,
            ),
        ),
        Column(book.person_header(), None),
        Column(_tr("Learners"), book.explain("in_degree")),
        Column(_tr("Weighted learners"), book.explain("weighted_in_degree")),
        Column(_tr("Formally trained"), book.explain("trained")),
        Column(_tr("Key knowledge holder"), book.explain("key_holder")),
        Column(_tr("People in the department"), None),
    ]
    rows = []
    for d in r.department_holders:
        for place, pid in enumerate(d.holders, start=1):
            p = r.person(pid)
            rows.append(
                [
                    p.department or _tr("no department known"),
                    place,
                    book.label(p),
                    p.in_degree,
                    p.weighted_in_degree,
                    yes_no(p.trained, book.lang),
                    yes_no(p.key_holder, book.lang),
                    d.people,
                ]
            )
    add_table_sheet(wb, book.sheet("ranked"), "HoldersPerDepartment", columns, rows)
