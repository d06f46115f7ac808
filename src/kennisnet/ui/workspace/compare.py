"""Compare two waves: both are analysed in the background, then what changed, in sentences.

The report is built from :func:`kennisnet.analysis.compare` only; the dialog
never recomputes a figure. It is drawn again in the other language when the
language changes, and *Copy text* puts the same report on the clipboard.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisCancelled, AnalysisOptions, AnalysisResult, analyze
from kennisnet.analysis.result import ClusterResult
from kennisnet.analysis.waves import WaveComparison, compare, jaccard
from kennisnet.i18n import tr
from kennisnet.store import Project
from kennisnet.ui.language import language_bus
from kennisnet.ui.tasks import Task, run_task
from kennisnet.ui.workspace.common import heading

log = logging.getLogger(__name__)
#: Members named in the description of a cluster; the rest are counted.
NAMED_MEMBERS = 5
TARGET = 0.8


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    #: One entry per person or cluster; a line break starts a line that belongs to it.
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """What the dialog shows, in the current language."""

    title: str
    warnings: tuple[str, ...]
    sentences: tuple[str, ...]
    sections: tuple[Section, ...]

    def html(self) -> str:
        parts = [f"<h2>{html.escape(self.title)}</h2>"]
        parts += [f"<p style='color:#8a5a00'>{html.escape(w)}</p>" for w in self.warnings]
        parts.append("<ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in self.sentences))
        parts.append("</ul>")
        for section in self.sections:
            parts.append(f"<h3>{html.escape(section.title)}</h3><ul>")
            parts += [
                "<li>" + html.escape(item).replace("\n", "<br>") + "</li>" for item in section.items
            ]
            parts.append("</ul>")
        return "".join(parts)

    def text(self) -> str:
        lines = [self.title, ""]
        lines += [*self.warnings, *([""] if self.warnings else [])]
        lines += [f"- {s}" for s in self.sentences]
        for section in self.sections:
            lines += ["", section.title]
            lines += ["- " + item.replace("\n", "\n  ") for item in section.items]
        return "\n".join(lines) + "\n"


def _answered_line(result: AnalysisResult) -> str:
    q = result.quality
    return tr(
        "{wave}: {answered} of {people} people answered ({rate}%)",
        wave=result.wave_name,
        answered=q.respondents,
        people=q.roster,
        rate=round(q.rate * 100),
    )


def _person(result: AnalysisResult, person_id: int, *notes: str) -> str:
    person = result.person(person_id)
    details = [d for d in (person.department, *notes) if d]
    return f"{person.name} ({', '.join(details)})" if details else person.name


def _cluster(result: AnalysisResult, cluster: ClusterResult) -> str:
    names = [result.person(m).name for m in cluster.members]
    shown = ", ".join(names[:NAMED_MEMBERS])
    if len(names) > NAMED_MEMBERS:
        shown = tr("{names} and {count} more", names=shown, count=len(names) - NAMED_MEMBERS)
    if cluster.main_department:
        return tr(
            "{size} people, mostly {department}: {names}",
            size=cluster.size,
            department=cluster.main_department,
            names=shown,
        )
    return tr("{size} people: {names}", size=cluster.size, names=shown)


def _closest(cluster: ClusterResult, others: Sequence[ClusterResult]) -> ClusterResult | None:
    scored = [(jaccard(cluster.members, o.members), o.id, o) for o in others]
    best = max(scored, default=None, key=lambda s: (s[0], -s[1]))
    return best[2] if best is not None and best[0] > 0 else None


def comparison_report(c: WaveComparison) -> Report:
    """The comparison as a title, warnings, sentences and lists of names (current language)."""
    before, after = c.before, c.after
    warnings = tuple(
        tr(
            "Fewer than 80% answered in {wave}. Some changes may come from people who did "
            "not answer, not from a real change in who learns from whom.",
            wave=r.wave_name,
        )
        for r in (before, after)
        if r.quality.rate < TARGET
    )
    trained_before = {p.id for p in before.people if p.trained}
    sections: list[Section] = [
        Section(tr("Response"), (_answered_line(before), _answered_line(after)))
    ]

    def notes(pid: int) -> list[str]:
        out = []
        if after.person(pid).trained and pid not in trained_before:
            out.append(tr("now trained"))
        for result in (before, after):
            if not result.person(pid).responded:
                out.append(tr("no answer in {wave}", wave=result.wave_name))
        return out

    def people(ids: Sequence[int]) -> tuple[str, ...]:
        # Real changes first; after them, people who did not answer in one of the waves.
        silent = {i for i in ids if not before.person(i).responded or not after.person(i).responded}
        ordered = [i for i in ids if i not in silent] + [i for i in ids if i in silent]
        return tuple(_person(after, i, *notes(i)) for i in ordered)

    if c.now_reach:
        sections.append(
            Section(
                tr("Can now reach a trained colleague ({count})", count=len(c.now_reach)),
                people(c.now_reach),
            )
        )
    if c.no_longer_reach:
        sections.append(
            Section(
                tr(
                    "Can no longer reach a trained colleague ({count})",
                    count=len(c.no_longer_reach),
                ),
                people(c.no_longer_reach),
            )
        )
    clusters_before = {k.id: k for k in before.clusters}
    clusters_after = {k.id: k for k in after.clusters}
    if c.gone_risk_clusters:
        items = []
        for cid in c.gone_risk_clusters:
            old = clusters_before[cid]
            item = (
                _cluster(before, old)
                + "\n"
                + tr("Before: {sentence}", sentence=old.sentence.text())
            )
            now = _closest(old, after.clusters)
            if now is not None:
                item += "\n" + tr("Now: {sentence}", sentence=now.sentence.text())
            items.append(item)
        sections.append(
            Section(
                tr("No longer a risk cluster ({count})", count=len(c.gone_risk_clusters)),
                tuple(items),
            )
        )
    if c.new_risk_clusters:
        sections.append(
            Section(
                tr("New risk clusters ({count})", count=len(c.new_risk_clusters)),
                tuple(
                    _cluster(after, clusters_after[cid])
                    + "\n"
                    + clusters_after[cid].sentence.text()
                    for cid in c.new_risk_clusters
                ),
            )
        )
    still = [k for k in after.clusters if k.risk and k.id not in c.new_risk_clusters]
    if still:
        sections.append(
            Section(
                tr("Still a risk cluster ({count})", count=len(still)),
                tuple(_cluster(after, k) + "\n" + k.sentence.text() for k in still),
            )
        )
    if c.key_holders_new:
        sections.append(
            Section(
                tr("New key knowledge holders ({count})", count=len(c.key_holders_new)),
                tuple(_person(after, i) for i in c.key_holders_new),
            )
        )
    if c.key_holders_gone:
        sections.append(
            Section(
                tr("No longer a key knowledge holder ({count})", count=len(c.key_holders_gone)),
                tuple(_person(before, i) for i in c.key_holders_gone),
            )
        )
    return Report(
        title=tr("From {before} to {after}", before=before.wave_name, after=after.wave_name),
        warnings=warnings,
        sentences=tuple(m.text() for m in c.sentences),
        sections=tuple(sections),
    )


class CompareWavesDialog(QDialog):
    """Pick 'before' and 'after'; both are analysed in the background and compared."""

    def __init__(
        self, project: Project, options: AnalysisOptions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareWavesDialog")
        self.project = project
        self.options = options
        self.comparison: WaveComparison | None = None
        self.task: Task | None = None
        self.state = "idle"  # running, done, stopped, failed, same
        self._generation = 0
        waves = project.waves()
        layout = QVBoxLayout(self)
        self.title = heading("", 1.3)
        layout.addWidget(self.title)
        choose = QHBoxLayout()
        self.before_label = QLabel()
        self.after_label = QLabel()
        self.before = QComboBox()
        self.after = QComboBox()
        for box in (self.before, self.after):
            box.setObjectName("beforeWave" if box is self.before else "afterWave")
            for wave_id, name, _started in waves:
                box.addItem(name, wave_id)
            box.setMinimumContentsLength(16)
        self.before.setCurrentIndex(max(0, len(waves) - 2))
        self.after.setCurrentIndex(len(waves) - 1)
        choose.addWidget(self.before_label)
        choose.addWidget(self.before, 1)
        self.arrow = QLabel("→")
        choose.addWidget(self.arrow)
        choose.addWidget(self.after_label)
        choose.addWidget(self.after, 1)
        layout.addLayout(choose)
        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start)
        status.addWidget(self.status, 1)
        status.addWidget(self.progress, 1)
        status.addWidget(self.stop_button)
        status.addWidget(self.again_button)
        layout.addLayout(status)
        self.report = QTextBrowser()
        self.report.setObjectName("comparisonReport")
        self.report.setOpenLinks(False)
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox()
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_text)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.before.currentIndexChanged.connect(self.start)
        self.after.currentIndexChanged.connect(self.start)
        language_bus().changed.connect(self.retranslate)
        self.resize(780, 620)
        self.start()

    # -- the background work -------------------------------------------------------

    def chosen(self) -> tuple[int, int]:
        return int(self.before.currentData()), int(self.after.currentData())

    def start(self) -> None:
        """Analyse the chosen waves (again); an earlier run still going is stopped."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._generation += 1
        generation = self._generation
        self.comparison = None
        before, after = self.chosen()
        if before == after:
            self.state = "same"
            self.retranslate()
            return
        self.state = "running"
        self.progress.setValue(0)
        self.retranslate()
        project, options = self.project, self.options
        names = {wid: name for wid, name, _ in project.waves()}

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            results = []
            for step, wave_id in enumerate((before, after)):
                progress(step / 2, tr("Reading the answers of {wave}", wave=names[wave_id]))
                data = project.snapshot(wave_id)
                results.append(
                    analyze(
                        data,
                        options,
                        progress=lambda f, label, s=step: progress((s + f) / 2, label),
                        cancel=cancelled,
                        betweenness=False,  # no comparison uses it; it is the slow part
                    )
                )
                if cancelled():
                    raise AnalysisCancelled
            return compare(results[0], results[1])

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def done(value: Any) -> None:
            if current():
                self.task = None
                self.comparison = value
                self.state = "done"
                self.retranslate()

        def failed(exc: BaseException, details: str) -> None:
            if not current():
                return
            self.task = None
            if isinstance(exc, AnalysisCancelled):
                self.state = "stopped"
            else:
                log.error("comparing waves failed\n%s", details)
                self.state = "failed"
            self.retranslate()

        def moved(fraction: float, label: str) -> None:
            if current():
                self.progress.setValue(int(fraction * 1000))
                if label:
                    self.status.setText(label)

        self.task = run_task(work, on_done=done, on_error=failed, on_progress=moved)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(tr("Stopping…"))

    def wait_for_background(self, seconds: float = 30.0) -> None:
        if self.task is not None:
            self.task.done.wait(seconds)

    def done(self, result: int) -> None:
        self.stop()
        language_bus().changed.disconnect(self.retranslate)
        super().done(result)

    # -- what is shown ---------------------------------------------------------------

    def report_text(self) -> str:
        return comparison_report(self.comparison).text() if self.comparison else ""

    def copy_text(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.comparison is not None and clipboard is not None:
            clipboard.setText(self.report_text())
            self.status.setText(tr("The text is copied. Paste it into a report or an e-mail."))

    def retranslate(self, _lang: str = "") -> None:
        self.setWindowTitle(tr("Compare waves"))
        self.title.setText(tr("Compare waves"))
        self.before_label.setText(tr("Before:"))
        self.after_label.setText(tr("After:"))
        self.stop_button.setText(tr("Stop"))
        self.again_button.setText(tr("Compare again"))
        self.copy_button.setText(tr("Copy text"))
        self.close_button.setText(tr("Close"))
        running = self.state == "running"
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.again_button.setVisible(self.state in ("stopped", "failed"))
        self.copy_button.setEnabled(self.comparison is not None)
        status = {
            "running": tr("Analysing both waves…"),
            "stopped": tr("The comparison was stopped."),
            "failed": tr("The waves could not be compared. The details are in the log."),
            "same": tr("Choose two different waves."),
        }.get(self.state, "")
        self.status.setText(status)
        self.status.setVisible(bool(status))
        if self.comparison is not None:
            self.report.setHtml(comparison_report(self.comparison).html())
        else:
            self.report.clear()
