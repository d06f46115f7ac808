"""What every sheet of the Excel workbook shares: sheet names, people columns, the book."""

from __future__ import annotations

from typing import Any

from kennisnet.analysis import AnalysisResult, PersonResult, explain
from kennisnet.export.pseudonym import HIDDEN_GROUP, Naming
from kennisnet.export.xlsx_table import sheet_title
from kennisnet.i18n import N_, ntr, tr

SHEETS = {
    "summary": N_("Summary"),
    "people": N_("People"),
    "ranked": N_("Holders per department"),
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
    ("pagerank", N_("Influence")),
    ("betweenness", N_("Link between groups")),
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
#: The Summary sheet lists at most this many people or groups per finding.
SUMMARY_TOP = 10


class Rate(float):
    """A share (0..1) that the Summary sheet writes as a percentage cell.

    ``number_format`` is "0%", or "0.0%" where a whole per cent would round up to a
    threshold (51 of 64 is 79.7%, never 80% next to "under 80%").
    """

    number_format: str

    def __new__(cls, value: float, number_format: str = SHARE_FORMAT) -> Rate:
        rate = super().__new__(cls, value)
        rate.number_format = number_format
        return rate


#: Notes that differ in a pseudonymised workbook (names are replaced by codes there).
_AS_CODE = {"name": "code", "members": "member_codes"}


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return tr("Unknown", lang=lang)
    return tr("Yes", lang=lang) if value else tr("No", lang=lang)


class Book:
    def __init__(self, result: AnalysisResult, naming: Naming, lang: str) -> None:
        self.source = result
        self.result = naming.result(result, lang)
        self.naming = naming
        self.lang = lang
        self.opts = result.options

    def t(self, text: str, **values: object) -> str:
        return tr(text, lang=self.lang, **values)

    def nt(self, singular: str, plural: str, n: int, **values: object) -> str:
        return ntr(singular, plural, n, lang=self.lang, **values)

    def explain(self, key: str) -> str:
        """The note on a column about ``key``; right for names and for codes.

        In a pseudonymised workbook the name columns hold codes, and the
        cluster members are listed by code.
        """
        if self.naming.pseudonymised and key in _AS_CODE:
            key = _AS_CODE[key]
        return explain(key, self.lang, options=self.opts)

    def person_header(self) -> str:
        """The header of a column that names a person: "Name", or "Code"."""
        return self.t("Code") if self.naming.pseudonymised else self.t("Name")

    def label(self, person: PersonResult) -> str:
        return self.naming.label(person)

    def sheet(self, key: str) -> str:
        return sheet_title(self.t(SHEETS[key]))


def share(value: float, hidden: bool, book: Book) -> Any:
    _tr = book.t
    return _tr(HIDDEN_GROUP) if hidden else value
