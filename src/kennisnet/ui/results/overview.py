"""The top band: response-rate warnings and the first things to look at."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kennisnet.analysis import AnalysisResult, explain
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.messages import percent
from kennisnet.i18n import ntr, tr

COVERED = {"low_response_departments", "low_response_caution", "low_response_brokers"}
LEVEL_STYLE = {
    "danger": "background:#FBE3E1; color:#7A1712; border:1px solid #E8A39C;",
    "warning": "background:#FFF1D6; color:#6B4400; border:1px solid #F0C674;",
    "info": "background:#E7F0FA; color:#0B3B66; border:1px solid #A9C6E8;",
    "ok": "background:#E6F4EA; color:#17472A; border:1px solid #A8D5B5;",
}


@dataclass(frozen=True, slots=True)
class Note:
    level: str
    text: str


def notes(result: AnalysisResult) -> list[Note]:
    """Warnings, most important first (texts in the current language)."""
    q = result.quality
    out: list[Note] = []
    codes = {w.code for w in result.warnings}
    if "low_response_caution" in codes:
        out.append(
            Note(
                "danger",
                tr(
                    "Only {percent}% of the staff answered. Treat all results with caution.",
                    percent=percent(q.rate),
                ),
            )
        )
    low = sorted(
        (d for d in q.departments if d.department is not None and d.rate < 0.8),
        key=lambda d: d.rate,
    )
    if low and q.respondents and len(q.departments) > 1:
        worst = low[0]
        if len(low) == 1:
            text = tr(
                "Only {percent}% answered in {department} — treat the bridge scores there "
                "with care.",
                percent=percent(worst.rate),
                department=worst.department,
            )
        else:
            text = ntr(
                "Only {percent}% answered in {department} (and under 80% in {count} more "
                "department) — treat the bridge scores there with care.",
                "Only {percent}% answered in {department} (and under 80% in {count} more "
                "departments) — treat the bridge scores there with care.",
                len(low) - 1,
                percent=percent(worst.rate),
                department=worst.department,
            )
        out.append(Note("warning", text))
    if "low_response_brokers" in codes and "low_response_caution" not in codes:
        out.append(
            Note(
                "warning",
                tr(
                    "Only {percent}% of the staff answered (less than 80%): bridge scores are "
                    "unreliable.",
                    percent=percent(q.rate),
                ),
            )
        )
    out += [Note("info", w.text()) for w in result.warnings if w.code not in COVERED]
    return out


class Banner(QFrame):
    """The most important warning, with the others one click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []
        self.expanded = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.clicked.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)

    def set_notes(self, items: list[Note]) -> None:
        self.notes = items
        self._render()

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self._render()

    def _render(self) -> None:
        if not self.notes:
            self.setVisible(False)
            return
        self.setVisible(True)
        shown = self.notes if self.expanded else self.notes[:1]
        self.label.setText(
            "\n".join("⚠ " + n.text if n.level != "info" else "ℹ " + n.text for n in shown)
        )
        self.setStyleSheet(f"Banner {{ {LEVEL_STYLE[self.notes[0].level]} border-radius:4px; }}")
        rest = len(self.notes) - 1
        self.more.setVisible(rest > 0)
        self.more.setText(
            tr("Show fewer notes")
            if self.expanded
            else ntr(
                "{count} more note",
                "{count} more notes",
                rest,
            )
        )


class LookCard(QFrame):
    """One 'look here' box: a big number, what it is, one line of detail; clickable."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.number)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_content(self, number: str, title: str, detail: str, level: str, tip: str) -> None:
        self.number.setText(f"<span style='font-size:x-large'><b>{number}</b></span>")
        self.title.setText(f"<b>{title}</b>")
        self.detail.setText(detail)
        self.setToolTip(tip)
        style = LEVEL_STYLE[level]
        self.setStyleSheet(
            f"LookCard {{ {style} border-radius:4px; }} QLabel {{ border:none; background:none; }}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _change(before: int | None, after: int) -> str:
    return str(after) if before is None or before == after else f"{before} → {after}"


class Overview(QWidget):
    """Banner plus five look-here cards; says 'before → after' during a what-if."""

    show_habit_spreaders = Signal()
    show_risk_clusters = Signal()
    show_gatekeepers = Signal()
    show_advice = Signal()
    show_response = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = Banner()
        self.caption = QLabel()
        self.cards = {
            key: LookCard()
            for key in ("habit_spreaders", "risk_clusters", "gatekeepers", "reach", "response")
        }
        self.cards["habit_spreaders"].clicked.connect(self.show_habit_spreaders)
        self.cards["risk_clusters"].clicked.connect(self.show_risk_clusters)
        self.cards["gatekeepers"].clicked.connect(self.show_gatekeepers)
        self.cards["reach"].clicked.connect(self.show_advice)
        self.cards["response"].clicked.connect(self.show_response)
        row = QHBoxLayout()
        row.setSpacing(6)
        for card in self.cards.values():
            row.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        self.result: AnalysisResult | None = None
        self.before: AnalysisResult | None = None

    def set_result(self, result: AnalysisResult | None, before: AnalysisResult | None) -> None:
        self.result, self.before = result, before
        self.retranslate()

    def retranslate(self) -> None:
        r, b = self.result, self.before
        if r is None:
            return
        self.banner.set_notes(notes(b or r))
        self.caption.setText(
            tr("What-if: the figures below compare today with the situation without them.")
            if b is not None
            else tr("What to look at first — click a box to see it in the graph.")
        )
        spreaders = sorted((p for p in r.people if p.habit_spreader), key=lambda p: -p.in_degree)
        before_spreaders = None if b is None else sum(p.habit_spreader for p in b.people)
        if spreaders:
            top = spreaders[0]
            detail = tr(
                "{name} ({count} learners) never had formal training.",
                name=top.name,
                count=top.in_degree,
            )
            if len(spreaders) > 1:
                detail += " " + tr("And {count} more.", count=len(spreaders) - 1)
        else:
            detail = tr("No key knowledge holder is known to lack training.")
        self.cards["habit_spreaders"].set_content(
            _change(before_spreaders, len(spreaders)),
            tr("Habit spreaders"),
            detail,
            "danger" if spreaders else "ok",
            explain("habit_spreader", options=r.options),
        )
        risky = r.risk_clusters
        before_risky = None if b is None else len(b.risk_clusters)
        people = sum(c.size for c in risky)
        self.cards["risk_clusters"].set_content(
            _change(before_risky, len(risky)),
            tr("Risk clusters"),
            tr("{count} people in groups where bad habits may spread.", count=people)
            if risky
            else tr("Every group has trained colleagues nearby."),
            "danger" if risky else "ok",
            explain("risk", options=r.options),
        )
        keepers = sorted(
            (p for p in r.people if p.gatekeeper_of > 0), key=lambda p: (-p.gatekeeper_of, p.name)
        )
        before_keepers = None if b is None else sum(1 for p in b.people if p.gatekeeper_of > 0)
        self.cards["gatekeepers"].set_content(
            _change(before_keepers, len(keepers)),
            tr("Gatekeepers"),
            tr(
                "{count} colleagues would lose every route to trained knowledge without {name}.",
                count=keepers[0].gatekeeper_of,
                name=keepers[0].name,
            )
            if keepers
            else tr("Nobody is the only route to trained knowledge."),
            "warning" if keepers else "ok",
            explain("gatekeeper_of", options=r.options),
        )
        advice = r.advice
        within = tr(steps_phrase(r.options.reach_steps), steps=r.options.reach_steps)
        reached = _change(None if b is None else b.advice.reached_before, advice.reached_before)
        detail = tr(
            "of {population} reach a trained colleague within {within}.",
            population=advice.population,
            within=within,
        )
        if advice.steps:
            detail += " " + tr(
                "Training {count} people: {after}.",
                count=len(advice.steps),
                after=advice.reached_after,
            )
        share = advice.reached_before / advice.population if advice.population else 1.0
        self.cards["reach"].set_content(
            reached,
            tr("Reach trained knowledge"),
            detail,
            "ok" if share >= 0.8 else "warning",
            explain("reached_before", options=r.options),
        )
        q = (b or r).quality
        level = "danger" if q.caution else "ok" if q.betweenness_reliable else "warning"
        self.cards["response"].set_content(
            tr("{percent}%", percent=percent(q.rate)),
            tr("Answered"),
            tr(
                "{respondents} of {roster} people filled in the survey.",
                respondents=q.respondents,
                roster=q.roster,
            ),
            level,
            explain("response_rate", options=r.options),
        )
