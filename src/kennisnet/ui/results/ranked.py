"""Big projects: the dashboard's table of key knowledge holders ranked within departments.

One row per ranked holder (:mod:`kennisnet.analysis.ranking`), by department; the tab is
shown only when the result ranks its holders (a project of 1,000 people or more).
Clicking a row finds the person in the network, like every people table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.i18n import N_
from kennisnet.ui.results.models import PeopleResultsModel, _bool_mark, column, yes_no

RANKED_TITLE = N_("Holders per department")
RANKED_INTRO = N_(
    "In a big organisation one list of key knowledge holders is too long: here are the "
    "best 3 of each department (at least 3 learners; most learners first)."
)


class RankedHoldersModel(PeopleResultsModel):
    """The ranked holders, department by department, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._place: dict[int, int] = {}
        self.columns = (
            column(N_("Department"), "department", lambda p: p.department or "", str),
            column(
                N_("Place"),
                None,
                lambda p: self._place.get(p.id, 0),
                note=N_("The place in the department's ranking: most learners first."),
                numeric=True,
            ),
            column(N_("Name"), "name", lambda p: p.name),
            column(N_("Learners"), "in_degree", lambda p: p.in_degree, numeric=True),
            column(N_("Trained"), "trained", lambda p: p.trained, yes_no),
            column(N_("Key holder"), "key_holder", lambda p: p.key_holder, _bool_mark),
        )

    def records(self, result: AnalysisResult) -> Sequence[PersonResult]:
        self._place = {}
        rows = []
        for d in result.department_holders:
            for place, pid in enumerate(d.holders, start=1):
                self._place[pid] = place
                rows.append(result.person(pid))
        return rows
