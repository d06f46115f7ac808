"""Table models: they only turn result dataclasses into cells (no figures are computed here).

Every column has a header, a one-line explanation (the header tooltip, from
``kennisnet.analysis.explain``), display text and a raw value for sorting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kennisnet.analysis import (
    AdviceStep,
    AnalysisResult,
    ChannelCounts,
    ClusterResult,
    DepartmentRate,
    PersonResult,
    explain,
)
from kennisnet.analysis.figures import is_gatekeeper, is_group
from kennisnet.analysis.messages import percent
from kennisnet.i18n import N_, tr
from kennisnet.model import Channel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The person id of a row (None for rows that are not about one person).
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
#: The kind of record a table shows (a person, a cluster, …) and the value of a cell.
R = TypeVar("R")
V = TypeVar("V")


def yes_no(value: bool | None) -> str:
    if value is None:
        return tr("unknown")
    return tr("yes") if value else tr("no")


def pct(share: float) -> str:
    return tr("{percent}%", percent=percent(share))


def steps_text(steps: int | None) -> str:
    return tr("no route") if steps is None else str(steps)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    #: English header, marked with N_.
    header: str
    #: Name for ``explain`` (None: ``note`` is the tooltip).
    metric: str | None
    #: The cell's raw value (for sorting) and its text, of one record.
    value: Callable[[R], object]
    text: Callable[[R], str]
    note: str | None = None
    numeric: bool = False


def column(
    header: str,
    metric: str | None,
    value: Callable[[R], V],
    text: Callable[[V], str] = str,
    *,
    note: str | None = None,
    numeric: bool = False,
) -> Column[R]:
    """A column showing ``value`` of each record as ``text(value)``."""
    return Column(header, metric, value, lambda record: text(value(record)), note, numeric)


class RecordModel(QAbstractTableModel):
    """A table about an analysis result, as a :class:`~.tables.TablePage` shows it."""

    def set_result(self, result: AnalysisResult | None) -> None:
        raise NotImplementedError

    def refresh_result(self, result: AnalysisResult) -> None:
        """The same analysis with more figures (the bridge scores filled in)."""
        self.set_result(result)

    def retranslate(self) -> None:
        raise NotImplementedError

    def last_column_is_text(self) -> bool:
        """True when the last column holds text (it then takes the room that is left)."""
        raise NotImplementedError


class Records(RecordModel, Generic[R]):
    """Rows of one kind of record; columns described by :class:`Column`."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self.result: AnalysisResult | None = None

    def set_result(self, result: AnalysisResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.rows = list(self.records(result)) if result is not None else []
        self.endResetModel()

    def records(self, result: AnalysisResult) -> Sequence[R]:
        raise NotImplementedError

    def refresh_result(self, result: AnalysisResult) -> None:
        """The same rows with newer values (the bridge scores filled in): no reset, so the
        selection, sorting and column widths stay; a reset when the rows differ."""
        rows = list(self.records(result))
        if self.result is None or len(rows) != len(self.rows) or not rows or not self.columns:
            self.set_result(result)
            return
        self.result, self.rows = result, rows
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows and self.columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def last_column_is_text(self) -> bool:
        return bool(self.columns) and not self.columns[-1].numeric

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def explanation(self, column: Column[R]) -> str:
        if column.metric is None:
            return tr(column.note) if column.note else ""
        options = self.result.options if self.result is not None else None
        return explain(column.metric, options=options)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.explanation(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            value = column.value(record)
            if value is None:
                return -1.0 if column.numeric else ""
            if isinstance(value, bool):
                return int(value)
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.explanation(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, column)
        if role == PERSON_ROLE:
            return self.person_id(record)
        if role == CLUSTER_ROLE:
            return self.cluster_id(record)
        return None

    def foreground(self, record: R, column: Column[R]) -> QColor | None:
        return None

    def person_id(self, record: R) -> int | None:
        return None

    def cluster_id(self, record: R) -> int | None:
        return None


def _bool_mark(value: bool) -> str:
    return tr("yes") if value else ""


class PeopleResultsModel(Records[PersonResult]):
    columns: Sequence[Column[PersonResult]] = (
        column(N_("Name"), "name", lambda p: p.name),
        column(N_("Department"), "department", lambda p: p.department or "", str),
        column(N_("Learners"), "in_degree", lambda p: p.in_degree, numeric=True),
        column(N_("Weighted"), "weighted_in_degree", lambda p: p.weighted_in_degree, numeric=True),
        column(N_("Trained"), "trained", lambda p: p.trained, yes_no),
        column(N_("Key holder"), "key_holder", lambda p: p.key_holder, _bool_mark),
        column(N_("Habit spreader"), "habit_spreader", lambda p: p.habit_spreader, _bool_mark),
        column(
            N_("Steps to trained"),
            "steps_to_trained",
            lambda p: p.steps_to_trained,
            steps_text,
            numeric=True,
        ),
        column(N_("Gatekeeper for"), "gatekeeper_of", lambda p: p.gatekeeper_of, numeric=True),
        column(N_("Only source for"), "sole_source_of", lambda p: p.sole_source_of, numeric=True),
        column(
            N_("Influence"), "pagerank", lambda p: p.pagerank, lambda v: f"{v:.3f}", numeric=True
        ),
        column(
            N_("Link between groups"),
            "betweenness",
            lambda p: p.betweenness,
            lambda v: f"{v:.3f}",
            numeric=True,
        ),
        column(N_("Cluster"), "cluster", lambda p: p.cluster, numeric=True),
        column(N_("Overloaded"), "overloaded", lambda p: p.overloaded, _bool_mark),
        column(N_("Learns alone"), "learns_alone", lambda p: p.learns_alone, _bool_mark),
        column(N_("Answered"), "responded", lambda p: p.responded, yes_no),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: True while the bridge scores of the analysis shown are still being counted.
        self.bridges_pending = False

    def records(self, result: AnalysisResult) -> Sequence[PersonResult]:
        return sorted(result.people, key=lambda p: (-p.in_degree, p.name))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        result = self.result
        if (
            result is not None
            and not result.betweenness_computed
            and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE)
            and index.isValid()
            and 0 <= index.column() < len(self.columns)
            and self.columns[index.column()].metric == "betweenness"
        ):
            # Not a figure: the scores are on their way, or this is a what-if (none shown).
            if role == SORT_ROLE:
                return -1.0
            return tr("still computing") if self.bridges_pending else "–"
        return super().data(index, role)

    def explanation(self, column: Column[PersonResult]) -> str:
        text = super().explanation(column)
        if (
            column.metric == "betweenness"
            and self.result is not None
            and not self.result.quality.betweenness_reliable
        ):
            text += " " + tr(
                "Only {percent}% answered, so this score is unreliable here.",
                percent=percent(self.result.quality.rate),
            )
        return text

    def foreground(self, record: PersonResult, column: Column[PersonResult]) -> QColor | None:
        if (
            column.metric == "betweenness"
            and self.result is not None
            and not self.result.quality.betweenness_reliable
        ):
            return QColor("#8A8A8A")
        if column.metric == "habit_spreader" and record.habit_spreader:
            return QColor("#B3261E")
        return None

    def person_id(self, record: PersonResult) -> int:
        return record.id


class GatekeeperModel(PeopleResultsModel):
    """People others depend on: would cut colleagues off, or are someone's only source."""

    columns = (
        column(N_("Name"), "name", lambda p: p.name),
        column(N_("Department"), "department", lambda p: p.department or "", str),
        column(N_("Gatekeeper for"), "gatekeeper_of", lambda p: p.gatekeeper_of, numeric=True),
        column(N_("Only source for"), "sole_source_of", lambda p: p.sole_source_of, numeric=True),
        column(N_("Learners"), "in_degree", lambda p: p.in_degree, numeric=True),
        column(N_("Trained"), "trained", lambda p: p.trained, yes_no),
        column(N_("Key holder"), "key_holder", lambda p: p.key_holder, _bool_mark),
    )

    def records(self, result: AnalysisResult) -> Sequence[PersonResult]:
        people = [p for p in result.people if is_gatekeeper(p)]
        return sorted(people, key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, p.name))


class ClusterModel(Records[ClusterResult]):
    columns = (
        column(N_("Cluster"), "cluster", lambda c: c.id, numeric=True),
        column(N_("People"), "cluster_size", lambda c: c.size, numeric=True),
        column(N_("Risk"), "risk", lambda c: c.risk, _bool_mark),
        column(N_("Mostly from"), "main_department", lambda c: c.main_department or "", str),
        column(
            N_("Share of that department"),
            "main_department_share",
            lambda c: c.main_department_share,
            pct,
            numeric=True,
        ),
        column(N_("Trained"), "trained_share", lambda c: c.trained_share, pct, numeric=True),
        column(
            N_("Cannot reach trained"),
            "unreached_share",
            lambda c: c.unreached_share,
            pct,
            numeric=True,
        ),
        column(N_("What it means"), "sentence", lambda c: c.sentence.text()),
    )

    def records(self, result: AnalysisResult) -> Sequence[ClusterResult]:
        # A single person without ties is not a group (docs/analysis.md).
        return [c for c in result.clusters if is_group(c)]

    def foreground(self, record: ClusterResult, column: Column[ClusterResult]) -> QColor | None:
        return QColor("#B3261E") if record.risk and column.metric == "risk" else None

    def cluster_id(self, record: ClusterResult) -> int:
        return record.id


@dataclass(frozen=True, slots=True)
class AdviceRow:
    rank: int
    step: AdviceStep
    person: PersonResult


class AdviceModel(Records[AdviceRow]):
    columns = (
        column(N_("Order"), "advice_rank", lambda a: a.rank, numeric=True),
        column(N_("Person to train"), "name", lambda a: a.person.name),
        column(N_("Department"), "department", lambda a: a.person.department or "", str),
        column(N_("Extra people reached"), "gain", lambda a: a.step.gain, numeric=True),
        column(
            N_("Reached after this step"),
            "reached_after",
            lambda a: a.step.reached_after,
            numeric=True,
        ),
        column(N_("Learners"), "in_degree", lambda a: a.person.in_degree, numeric=True),
    )

    def records(self, result: AnalysisResult) -> Sequence[AdviceRow]:
        return [
            AdviceRow(i + 1, step, result.person(step.person_id))
            for i, step in enumerate(result.advice.steps)
        ]

    def person_id(self, record: AdviceRow) -> int:
        return record.person.id


def _or_unknown(department: str | None) -> str:
    return department or tr("unknown")


class ResponseModel(Records[DepartmentRate]):
    columns = (
        column(N_("Department"), "department", lambda d: d.department, _or_unknown),
        column(N_("On the staff list"), "roster", lambda d: d.roster, numeric=True),
        column(N_("Answered"), "respondents", lambda d: d.respondents, numeric=True),
        column(N_("Response rate"), "response_rate", lambda d: d.rate, pct, numeric=True),
    )

    def records(self, result: AnalysisResult) -> Sequence[DepartmentRate]:
        return list(result.quality.departments)

    def foreground(self, record: DepartmentRate, column: Column[DepartmentRate]) -> QColor | None:
        if column.metric == "response_rate" and record.rate < 0.8:
            return QColor("#B3261E")
        return None


def _channel_count(channel: Channel, first: bool) -> Callable[[ChannelCounts], int]:
    if first:
        return lambda g: dict(g.first)[channel]
    return lambda g: dict(g.any_rank)[channel]


def _group_name(group: ChannelCounts) -> str:
    if group.kind == "overall":
        return tr("Everyone")
    return group.group or tr("Team unknown")


class ChannelModel(Records[ChannelCounts]):
    """Channels per team (the numbers behind the chart): first choices when every answer
    was ranked, else every way chosen (Forms answers have no order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = self._columns(first=True)

    @staticmethod
    def _columns(first: bool) -> tuple[Column[ChannelCounts], ...]:
        return (
            column(
                N_("Team"),
                None,
                _group_name,
                note=N_("The team, or the department when the team is unknown."),
            ),
            column(N_("Answered"), "respondents", lambda g: g.respondents, numeric=True),
            *(
                column(
                    channel_header(c),
                    "channel_first" if first else "channel_any",
                    _channel_count(c, first),
                    numeric=True,
                )
                for c in Channel
            ),
            column(N_("Learns alone"), "learns_alone", lambda g: g.learns_alone, numeric=True),
        )

    def set_result(self, result: AnalysisResult | None) -> None:
        first = result is None or result.channels.overall.all_ranked
        self.beginResetModel()
        self.columns = self._columns(first)
        self.endResetModel()
        super().set_result(result)

    def records(self, result: AnalysisResult) -> Sequence[ChannelCounts]:
        return [result.channels.overall, *result.channels.groups]

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        value = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and value is not None:
            return value[:1].upper() + value[1:]
        return value


def channel_header(channel: Channel) -> str:
    from kennisnet.analysis.summary import CHANNEL_LABELS

    return CHANNEL_LABELS[channel]
