"""The person card and the cluster card: every figure with its one-line explanation."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kennisnet.analysis import AnalysisResult, ClusterResult, PersonResult, explain
from kennisnet.analysis.messages import percent
from kennisnet.i18n import N_, tr
from kennisnet.ui.results.models import pct, steps_text, yes_no

#: How many sources / learners are listed by name before "and N more".
MAX_LISTED = 12

PERSON_METRICS = (
    ("in_degree", N_("Learners")),
    ("weighted_in_degree", N_("Learners, weighted by how often")),
    ("sources", N_("Learns from")),
    ("trained", N_("Formal training")),
    ("steps_to_trained", N_("Steps to a trained colleague")),
    ("gatekeeper_of", N_("Gatekeeper for")),
    ("sole_source_of", N_("Only source for")),
    ("pagerank", N_("Influence")),
    ("betweenness", N_("Link between groups")),
    ("cluster", N_("Cluster")),
)


def escape(text: str) -> str:
    """HTML-safe text that keeps apostrophes readable in tests and copies."""
    return _escape(text, quote=False)


def person_values(person: PersonResult) -> dict[str, str]:
    """The card's figures as shown (also used by tests)."""
    return {
        "in_degree": str(person.in_degree),
        "weighted_in_degree": str(person.weighted_in_degree),
        "sources": str(person.sources) if person.responded else tr("did not answer"),
        "trained": yes_no(person.trained),
        "steps_to_trained": steps_text(person.steps_to_trained),
        "gatekeeper_of": str(person.gatekeeper_of),
        "sole_source_of": str(person.sole_source_of),
        "pagerank": f"{person.pagerank:.3f}",
        "betweenness": f"{person.betweenness:.3f}",
        # Nobody names them and they name nobody: a cluster of one is not a group.
        "cluster": str(person.cluster)
        if person.sources or person.in_degree
        else tr("not in a group (no ties)"),
    }


def _names(result: AnalysisResult, ids: list[int]) -> str:
    people = sorted((result.person(i) for i in ids), key=lambda p: (-p.in_degree, p.name))
    links = [f'<a href="person:{p.id}">{escape(p.name)}</a>' for p in people[:MAX_LISTED]]
    more = len(people) - MAX_LISTED
    if more > 0:
        links.append(escape(tr("and {count} more", count=more)))
    return ", ".join(links) if links else escape(tr("nobody"))


def _metric_rows(rows: list[tuple[str, str, str]]) -> str:
    out = []
    for label, value, note in rows:
        out.append(
            f"<tr><td style='padding-top:6px'>{escape(label)}</td>"
            f"<td align='right' style='padding-top:6px'><b>{escape(value)}</b></td></tr>"
            f"<tr><td colspan='2' style='color:#666666; font-size:small'>{escape(note)}</td></tr>"
        )
    return "<table width='100%' cellspacing='0'>" + "".join(out) + "</table>"


class PersonCard(QWidget):
    person_requested = Signal(int)
    ego_requested = Signal(int)
    leave_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: True while the bridge scores of the analysis shown are still being counted.
        self.bridges_pending = False
        self.person: PersonResult | None = None
        self.result: AnalysisResult | None = None
        self.sources: list[int] = []
        self.learners: list[int] = []
        self.values: dict[str, str] = {}
        self.ego_active = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.badges = QLabel()
        self.badges.setWordWrap(True)
        self.ego_button = QPushButton()
        self.ego_button.clicked.connect(self._ego)
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self._leave)
        self.metrics = QLabel()
        self.metrics.setWordWrap(True)
        self.lists = QLabel()
        self.lists.setWordWrap(True)
        self.lists.linkActivated.connect(self._link)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.ego_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.badges)
        layout.addLayout(buttons)
        layout.addWidget(self.lists)
        layout.addWidget(self.metrics)
        layout.addStretch(1)

    def show_person(
        self,
        person: PersonResult,
        result: AnalysisResult,
        sources: list[int],
        learners: list[int],
        *,
        ego_active: bool,
        can_leave: bool,
    ) -> None:
        self.person, self.result = person, result
        self.sources, self.learners = sources, learners
        self.ego_active = ego_active
        self.leave_button.setEnabled(can_leave)
        self.retranslate()

    def retranslate(self) -> None:
        p, result = self.person, self.result
        if p is None or result is None:
            return
        where = " · ".join(x for x in (p.department, p.team, p.role) if x)
        self.title.setText(
            f"<span style='font-size:large'><b>{escape(p.name)}</b></span><br>"
            f"<span style='color:#555555'>{escape(where)}</span>"
        )
        badges = []
        if p.habit_spreader:
            badges.append(("#B3261E", tr("Habit spreader"), explain("habit_spreader")))
        elif p.key_holder:
            badges.append(("#0B5394", tr("Key knowledge holder"), ""))
        if p.overloaded:
            badges.append(("#8A4B00", tr("Overloaded"), ""))
        if p.gatekeeper_of > 0:
            badges.append(("#8A4B00", tr("Gatekeeper"), ""))
        if p.learns_alone:
            badges.append(("#8A4B00", tr("Learns alone"), ""))
        if not p.responded:
            badges.append(("#666666", tr("Did not fill in the survey"), ""))
        html = " ".join(
            f"<span style='color:white; background-color:{c}'>&nbsp;{escape(t)}&nbsp;</span>"
            for c, t, _ in badges
        )
        note = self._note(p, result)
        if note:
            html += f"<p style='color:#8A4B00'>{escape(note)}</p>"
        self.badges.setText(html)
        self.badges.setVisible(bool(html))
        self.ego_button.setText(
            tr("Show everyone again") if self.ego_active else tr("Show only their network")
        )
        self.leave_button.setText(tr("What if they leave?"))
        self.values = person_values(p)
        if not result.betweenness_computed:  # a what-if, or the scores are on their way
            self.values["betweenness"] = tr("still computing") if self.bridges_pending else "–"
        options = result.options
        rows = []
        for metric, label in PERSON_METRICS:
            text = explain(metric, options=options)
            if metric == "betweenness" and not result.quality.betweenness_reliable:
                text += " " + tr(
                    "Only {percent}% answered, so this score is unreliable here.",
                    percent=percent(result.quality.rate),
                )
            rows.append((tr(label), self.values[metric], text))
        self.metrics.setText(_metric_rows(rows))
        self.lists.setText(
            f"<b>{escape(tr('Learns from ({count})', count=len(self.sources)))}</b><br>"
            f"{_names(result, self.sources)}<br><br>"
            f"<b>{escape(tr('Learn from them ({count})', count=len(self.learners)))}</b><br>"
            f"{_names(result, self.learners)}"
        )

    @staticmethod
    def _note(p: PersonResult, result: AnalysisResult) -> str:
        for rate in result.quality.departments:
            if rate.department == p.department and p.department is not None and rate.rate < 0.8:
                return tr(
                    "Only {percent}% answered in {department}: this person may have more "
                    "learners than shown.",
                    percent=percent(rate.rate),
                    department=p.department,
                )
        return ""

    def _link(self, href: str) -> None:
        if href.startswith("person:"):
            self.person_requested.emit(int(href.split(":", 1)[1]))

    def _ego(self) -> None:
        if self.person is not None:
            self.ego_requested.emit(self.person.id)

    def _leave(self) -> None:
        if self.person is not None:
            self.leave_requested.emit(self.person.id)


CLUSTER_METRICS = (
    ("cluster_size", N_("People")),
    ("main_department", N_("Mostly from")),
    ("trained_share", N_("Trained")),
    ("unreached_share", N_("Cannot reach a trained colleague")),
)


class ClusterCard(QWidget):
    show_people = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cluster: ClusterResult | None = None
        self.result: AnalysisResult | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def show_cluster(self, cluster: ClusterResult, result: AnalysisResult) -> None:
        self.cluster, self.result = cluster, result
        self.retranslate()

    def retranslate(self) -> None:
        c, result = self.cluster, self.result
        if c is None or result is None:
            return
        title = tr("Cluster {number}", number=c.id)
        head = f"<span style='font-size:large'><b>{escape(title)}</b></span>"
        if c.risk:
            head += (
                "<br><span style='color:white; background-color:#B3261E'>&nbsp;"
                f"{escape(tr('Risk cluster'))}&nbsp;</span>"
            )
        values = {
            "cluster_size": str(c.size),
            "main_department": c.main_department or tr("unknown"),
            "trained_share": pct(c.trained_share),
            "unreached_share": pct(c.unreached_share),
        }
        rows = [
            (tr(label), values[m], explain(m, options=result.options))
            for m, label in CLUSTER_METRICS
        ]
        self.text.setText(head + f"<p>{escape(c.sentence.text())}</p>" + _metric_rows(rows))
        self.button.setText(tr("Show these people"))

    def _show(self) -> None:
        if self.cluster is not None:
            self.show_people.emit(self.cluster.id)
