"""Workbook sheets about groups: Clusters, Channels and Response."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kennisnet.analysis.summary import channel_label
from kennisnet.export.excel_book import SHARE_FORMAT, Book, share, yes_no
from kennisnet.export.pseudonym import HIDDEN_GROUP
from kennisnet.export.xlsx_print import PrintLayout
from kennisnet.export.xlsx_table import (
    Column,
    add_table_sheet,
    lines,
)
from kennisnet.i18n import N_
from kennisnet.model import Channel

#: Cluster members print (wrapped) when every list fits in this many lines.
MEMBERS_WIDTH = 60
MEMBERS_LINES = 8


def clusters_sheet(wb: Any, book: Book) -> None:
    _tr = book.t
    r = book.result
    columns = [
        Column(_tr("Cluster"), book.explain("cluster")),
        Column(_tr("People"), book.explain("cluster_size")),
        # Figures that may read "hidden (fewer than 5 people)" wrap in a narrow column.
        Column(_tr("Risk cluster"), book.explain("risk"), wrap=True),
        Column(_tr("Main department"), book.explain("main_department")),
        Column(
            _tr("Share main department"),
            book.explain("main_department_share"),
            SHARE_FORMAT,
            wrap=True,
        ),
        Column(_tr("Trained"), book.explain("trained_count"), wrap=True),
        Column(_tr("Share trained"), book.explain("trained_share"), SHARE_FORMAT, wrap=True),
        Column(_tr("Cannot reach trained"), book.explain("unreached_count"), wrap=True),
        Column(_tr("Share cannot reach"), book.explain("unreached_share"), SHARE_FORMAT, wrap=True),
        Column(_tr("In one sentence"), book.explain("sentence"), width=50, wrap=True),
        Column(_tr("Departments"), book.explain("departments"), width=34, wrap=True),
        Column(_tr("Members"), book.explain("members"), width=MEMBERS_WIDTH, wrap=True),
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
                _tr(HIDDEN_GROUP) if hide else yes_no(c.risk, book.lang),
                c.main_department,
                share(c.main_department_share, hide, book),
                share(c.trained_count, hide, book),
                share(c.trained_share, hide, book),
                share(c.unreached_count, hide, book),
                share(c.unreached_share, hide, book),
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

    # Printed in bands: the figures, the sentence, the departments and the members.
    # Long lists of members (bigger organisations) would make every row pages tall:
    # then they stay on one line and are not printed (the People sheet's Cluster
    # column has them).
    fits = all(lines(row[-1], MEMBERS_WIDTH) <= MEMBERS_LINES for row in rows)
    if not fits:
        columns[-1] = replace(columns[-1], wrap=False)
    layout = PrintLayout(
        groups=(0, 9, 10, 11), title_columns=1, columns=None if fits else len(columns) - 1
    )
    add_table_sheet(
        wb, book.sheet("clusters"), "Clusters", columns, rows, formats=formats, layout=layout
    )


def channels_sheet(wb: Any, book: Book) -> None:
    _tr = book.t
    r = book.result
    kinds = {
        "overall": N_("Everyone"),
        "team": N_("Team"),
        "department": N_("Department"),
        "none": N_("No team or department"),
    }
    channels = list(Channel)

    def count_and_share(header: str, key: str) -> list[Column]:
        return [
            Column(header, book.explain(key), width=10),
            Column(f"{header} (%)", book.explain(f"{key}_share"), SHARE_FORMAT, width=10),
        ]

    first_columns = [
        column
        for c in channels
        for column in count_and_share(
            _tr("First: {way}", way=channel_label(c, book.lang)), "channel_first"
        )
    ]
    any_columns = [
        column
        for c in channels
        for column in count_and_share(
            _tr("Any: {way}", way=channel_label(c, book.lang)), "channel_any"
        )
    ]
    columns = [
        Column(_tr("Team or department"), None),
        Column(_tr("Kind of group"), None),
        Column(_tr("Respondents"), book.explain("respondents"), wrap=True),
        Column(_tr("Chose ways"), book.explain("channel_answers")),
        Column(_tr("Ranked them"), book.explain("channel_ranked")),
        *first_columns,
        *any_columns,
        *count_and_share(_tr("Learn alone"), "learns_alone"),
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
            row += [counts.respondents, counts.answered, counts.ranked]
            # Without ranked answers there is no first choice (Forms: chosen without order).
            for c in channels:
                n = first.get(c, 0)
                row += [n, _part(n, counts.ranked)] if counts.ranked else [None, None]
            for c in channels:
                n = anyrank.get(c, 0)
                row += [n, _part(n, counts.respondents)]
            row += [counts.learns_alone, _part(counts.learns_alone, counts.respondents)]
        rows.append(row)
    # Printed in bands (the group's name repeated at the left of each); a count and
    # its share always stay together on one page.
    layout = PrintLayout(groups=(0, *range(5, len(columns), 2)), title_columns=1)
    add_table_sheet(
        wb, book.sheet("channels"), "Channels", columns, rows, freeze_columns=1, layout=layout
    )


def _part(count: int, total: int) -> float | None:
    return count / total if total else None


def response_sheet(wb: Any, book: Book) -> None:
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
        [_tr("Everyone"), q.roster, q.respondents, q.rate, yes_no(q.rate < 0.8, book.lang)]
    ]
    for d in q.departments:
        rows.append(
            [
                d.department or _tr("(no department)"),
                d.roster,
                d.respondents,
                d.rate,
                yes_no(d.rate < 0.8, book.lang),
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

    add_table_sheet(
        wb,
        book.sheet("response"),
        "Response",
        columns,
        rows,
        formats=formats,
        layout=PrintLayout("portrait"),
    )
