"""Colours of the knowledge graph and what each colour means (the legend)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor

from kennisnet import palette
from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.export.attributes import Grouping
from kennisnet.export.sizes import Sizing
from kennisnet.i18n import N_, tr


class ColourBy(StrEnum):
    CLUSTER = "cluster"
    DEPARTMENT = "department"
    TRAINED = "trained"


COLOUR_BY_LABELS = {
    ColourBy.TRAINED: N_("Formal training"),
    ColourBy.CLUSTER: N_("Cluster (who learns from whom)"),
    ColourBy.DEPARTMENT: N_("Department"),
}

#: The shared palette (``kennisnet.palette``): the same colours as every exported picture.
CATEGORICAL = palette.CATEGORICAL
TRAINED = QColor(palette.TRAINED)
UNTRAINED = QColor(palette.UNTRAINED)
UNKNOWN = QColor(palette.UNKNOWN)
RISK = QColor(palette.RISK)
SMALL_GROUP = QColor(palette.OTHER)
NEUTRAL = QColor(palette.NEUTRAL)
LEAVING = QColor(palette.LEAVING)
AFFECTED = QColor(palette.AFFECTED)
#: How many clusters / departments get their own colour before "other" (grey).
NAMED_COLOURS = len(CATEGORICAL)


@dataclass(frozen=True, slots=True)
class LegendEntry:
    colour: QColor
    #: The text, already translated.
    label: str
    #: "dot", "hull", "ring", "size", "line"
    shape: str = "dot"


def category_colour(index: int) -> QColor:
    if index < 0 or index >= NAMED_COLOURS:
        return QColor(SMALL_GROUP)
    return QColor(CATEGORICAL[index])


def departments(result: AnalysisResult) -> list[str | None]:
    """Departments, largest first (then by name); None (unknown) last."""
    counts: dict[str | None, int] = {}
    for p in result.people:
        counts[p.department] = counts.get(p.department, 0) + 1
    return sorted(counts, key=lambda d: (d is None, -counts[d], d or ""))


class Colours:
    """The colour of every person for one colour mode, and the legend that explains it.

    ``mode`` is a :class:`ColourBy` or, with ``grouping``, the key of a staff-list column
    (:mod:`kennisnet.export.attributes`: the same colours as the exported pictures).
    """

    def __init__(
        self, result: AnalysisResult, mode: ColourBy | str, grouping: Grouping | None = None
    ) -> None:
        self.grouping = grouping
        self.key = str(mode)
        self.mode = ColourBy.CLUSTER if grouping is not None else ColourBy(mode)
        self._result = result
        self._departments = {d: i for i, d in enumerate(departments(result))}
        # Clusters of 3 or more get colours (largest first); smaller ones are grey.
        self._clusters = {c.id: i for i, c in enumerate(c for c in result.clusters if c.size >= 3)}

    def colour(self, person: PersonResult) -> QColor:
        if self.grouping is not None:
            return QColor(self.grouping.colour(person.id))
        if self.mode is ColourBy.TRAINED:
            if person.trained is True:
                return TRAINED
            if person.trained is False:
                return UNTRAINED
            return UNKNOWN
        if self.mode is ColourBy.DEPARTMENT:
            if person.department is None:
                return QColor(UNKNOWN)
            return category_colour(self._departments[person.department])
        return category_colour(self._clusters.get(person.cluster, -1))

    def legend(self) -> list[LegendEntry]:
        out: list[LegendEntry] = []
        if self.grouping is not None:
            return [LegendEntry(QColor(g.colour), g.label()) for g in self.grouping.groups]
        if self.mode is ColourBy.TRAINED:
            out += [
                LegendEntry(TRAINED, tr("Had formal training")),
                LegendEntry(UNTRAINED, tr("No formal training")),
                LegendEntry(UNKNOWN, tr("Training unknown")),
            ]
        elif self.mode is ColourBy.DEPARTMENT:
            for dept, i in self._departments.items():
                if i >= NAMED_COLOURS:
                    out.append(LegendEntry(QColor(SMALL_GROUP), tr("Other departments")))
                    break
                if dept is None:
                    out.append(LegendEntry(QColor(UNKNOWN), tr("Department unknown")))
                else:
                    out.append(LegendEntry(category_colour(i), dept))
        else:
            clusters = [c for c in self._result.clusters if c.size >= 3]
            for c in clusters[:NAMED_COLOURS]:
                label = tr(
                    "Cluster {number} ({size}, mostly {department})",
                    number=c.id,
                    size=c.size,
                    department=c.main_department or tr("department unknown"),
                )
                out.append(LegendEntry(category_colour(self._clusters[c.id]), label))
            if len(clusters) > NAMED_COLOURS or len(clusters) < len(self._result.clusters):
                out.append(LegendEntry(QColor(SMALL_GROUP), tr("Smaller or other clusters")))
        return out


def common_legend(
    has_risk: bool, whatif: bool, sizing: Sizing | None = None
) -> Sequence[LegendEntry]:
    """What shapes mean, the same in every colour mode (the size: by ``sizing``)."""
    if sizing is None:
        sizes = [
            LegendEntry(NEUTRAL, tr("Bigger dot: more colleagues learn from this person"), "size")
        ]
    else:
        sizes = [LegendEntry(NEUTRAL, sizing.title(), "size")]
        if sizing.missing:
            sizes.append(LegendEntry(NEUTRAL, sizing.missing_label(), "small"))
    out = [
        *sizes,
        LegendEntry(NEUTRAL, tr("Arrow: from learner to the person they learn from"), "line"),
        LegendEntry(RISK, tr("Red ring: key knowledge holder without formal training"), "ring"),
        LegendEntry(UNKNOWN, tr("Open dot: did not fill in the survey"), "open"),
    ]
    if has_risk:
        out.append(LegendEntry(RISK, tr("Red area: risk cluster (bad habits may spread)"), "hull"))
    if whatif:
        out.append(LegendEntry(LEAVING, tr("Grey cross: leaves in this what-if"), "cross"))
        out.append(
            LegendEntry(
                AFFECTED, tr("Purple ring: loses the route to trained knowledge"), "affected"
            )
        )
    return out


def cluster_legend() -> Sequence[LegendEntry]:
    """What the cluster level shows (each dot is a cluster)."""
    return [
        LegendEntry(RISK, tr("Risk cluster (bad habits may spread)")),
        LegendEntry(NEUTRAL, tr("Cluster of 3 or more people")),
        LegendEntry(SMALL_GROUP, tr("Cluster of 1 or 2 people")),
        LegendEntry(NEUTRAL, tr("Bigger dot: more people in the cluster"), "size"),
        LegendEntry(NEUTRAL, tr("Thicker line: more ties between two clusters"), "plainline"),
    ]
