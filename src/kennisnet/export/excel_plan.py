"""Workbook sheets of the learning plan: Plan (the actions) and Indicators (success over
the waves, with the trend chart). Added to the workbook by :func:`plan_sheets`."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from kennisnet.export.excel_book import SHARE_FORMAT, Book
from kennisnet.export.pseudonym import HIDDEN_GROUP, HIDDEN_SMALL_CLUSTER
from kennisnet.export.xlsx_table import Column, add_table_sheet
from kennisnet.i18n import N_
from kennisnet.plan import FINDING_LABELS, FORM_LABELS, STATUS_LABELS, Plan, action_text
from kennisnet.plan.indicators import Indicators

SHEETS = {"plan": N_("Plan"), "indicators": N_("Indicators")}

Sheet = Callable[[Any, Book], None]


def plan_sheets(plan: Plan | None, rows: Sequence[Indicators] | None) -> list[Sheet]:
    """The sheet writers for ``write_workbook(..., extra=...)``."""
    sheets: list[Sheet] = []
    if plan is not None:
        sheets.append(lambda wb, book: plan_sheet(wb, book, plan))
    if rows:
        sheets.append(lambda wb, book: indicators_sheet(wb, book, rows))
    return sheets


def _label(book: Book) -> Callable[[int], str]:
    source = book.source
    naming = book.naming

    def label(person_id: int) -> str:
        if naming.pseudonymised:
            return naming.code(person_id)
        if source.has_person(person_id):
            return source.person(person_id).name
        return book.t("(removed person)")

    return label


def plan_sheet(wb: Any, book: Book, plan: Plan) -> None:
    _tr = book.t
    label = _label(book)
    naming = book.naming
    scrub = naming.scrub if naming.pseudonymised else None
    columns = [
        Column(_tr("Number")),
        Column(_tr("Step"), _tr("1 = formal training first; 2 = then learning on the job.")),
        Column(_tr("Form of learning"), width=24),
        Column(_tr("Finding"), _tr("What in the analysis the action answers."), width=26),
        Column(_tr("For"), _tr("The people the action is for."), width=36),
        Column(
            _tr("With"),
            _tr("The people who help: a trained colleague, a buddy, a mentee."),
            width=30,
        ),
        Column(_tr("Why"), _tr("The reason in a plain sentence (or your own wording)."), width=90),
        Column(_tr("Status")),
        Column(_tr("Owner"), width=18),
        Column(_tr("Planned")),
        Column(_tr("Done on")),
        Column(_tr("Key"), _tr("Stable name of the action, e.g. for kennisnet plan --accept.")),
    ]
    rows = []
    for number, a in enumerate(plan.actions, start=1):
        clusters = book.source.clusters
        small = (
            a.cluster is not None
            and 1 <= a.cluster <= len(clusters)
            and naming.hidden(clusters[a.cluster - 1].size)
        )
        owner = a.owner or ""
        rows.append(
            [
                number,
                a.phase,
                _tr(FORM_LABELS[a.form]),
                _tr(FINDING_LABELS[a.finding]),
                ", ".join(label(i) for i in a.people),
                ", ".join(label(i) for i in a.partners),
                _tr(HIDDEN_SMALL_CLUSTER) if small else action_text(a, label, book.lang, scrub),
                _tr(STATUS_LABELS[a.status]),
                scrub(owner) if scrub else owner,
                a.due or "",
                (a.done_at or "")[:10],
                a.key,
            ]
        )
    add_table_sheet(wb, _tr(SHEETS["plan"]), "Plan", columns, rows)


def indicators_sheet(wb: Any, book: Book, rows: Sequence[Indicators]) -> None:
    from openpyxl.drawing.image import Image

    from kennisnet.plan.chart import figure_png, indicators_figure

    _tr = book.t
    hidden = _tr(HIDDEN_GROUP)
    columns = [
        Column(_tr("Wave"), width=26),
        Column(_tr("Response rate"), None, SHARE_FORMAT),
        Column(
            _tr("Reach a trained colleague within 2 steps"),
            _tr("Share of the people on the staff list; trained people count as reached."),
            SHARE_FORMAT,
        ),
        Column(_tr("Newcomers"), _tr("Started at most the set number of months before the wave.")),
        Column(
            _tr("Newcomers connected to a trained colleague"),
            _tr("Newcomers who are trained or name a trained colleague as a source."),
            SHARE_FORMAT,
        ),
        Column(
            _tr("Ties inside teams per person"),
            _tr("Learner-source ties within one team (or department) per person."),
            "0.00",
        ),
        Column(_tr("Ties across departments")),
        Column(_tr("Risk clusters")),
        Column(_tr("Possible habit spreaders")),
        Column(
            _tr("Learners per overloaded source"),
            _tr("The learners of the overloaded sources divided by their number."),
            "0.0",
        ),
    ]
    body = []
    for r in rows:
        small = book.naming.hidden(r.newcomers) and r.newcomers > 0
        body.append(
            [
                book.naming.scrub(r.wave_name) if book.naming.pseudonymised else r.wave_name,
                r.response_rate,
                r.reach_share,
                hidden if small else r.newcomers,
                hidden if small else r.newcomers_connected_share,
                r.team_ties_per_person,
                r.cross_department_ties,
                r.risk_clusters,
                r.habit_spreaders,
                r.learners_per_overloaded,
            ]
        )
    ws = add_table_sheet(wb, _tr(SHEETS["indicators"]), "Indicators", columns, body)
    image = Image(io.BytesIO(figure_png(indicators_figure(rows, book.lang))))
    image.width, image.height = 1200, 450
    ws.add_image(image, f"A{len(body) + 4}")
