"""The top band: response-rate warnings and the first things to look at."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kennisnet.analysis import AnalysisResult, explain
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.figures import headline, is_gatekeeper
from kennisnet.analysis.messages import percent
from kennisnet.i18n import ntr, ptr, tr

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
                "Only {percent}% answered in {department}: who links groups is uncertain there.",
                percent=percent(worst.rate),
                department=worst.department,
            )
        else:
            text = ntr(
                "Only {percent}% answered in {department} (and under 80% in {count} more "
                "department): who links groups is uncertain there.",
                "Only {percent}% answered in {department} (and under 80% in {count} more "
                "departments): who links groups is uncertain there.",
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
                    "Only {percent}% of the staff answered (less than 80%): who links "
                    "groups is uncertain.",
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
        h = headline(r)
        hb = None if b is None else headline(b)
        if not h.answered:
            self._no_answers(r)
            return
        spreaders = sorted(
            (p for p in r.people if p.habit_spreader), key=lambda p: (-p.in_degree, p.name)
        )
        if spreaders:
            top = spreaders[0]
            detail = ntr(
                "{name} ({count} learner) never had formal training.",
                "{name} ({count} learners) never had formal training.",
                top.in_degree,
                name=top.name,
            )
            if h.habit_spreaders > 1:
                detail += " " + ntr("And {count} more.", "And {count} more.", h.habit_spreaders - 1)
        else:
            detail = tr("No key knowledge holder is known to lack training.")
        self.cards["habit_spreaders"].set_content(
            _change(None if hb is None else hb.habit_spreaders, h.habit_spreaders),
            ptr("one", "Habit spreader") if h.habit_spreaders == 1 else tr("Habit spreaders"),
            detail,
            "danger" if spreaders else "ok",
            explain("habit_spreader", options=r.options),
        )
        self.cards["risk_clusters"].set_content(
            _change(None if hb is None else hb.risk_clusters, h.risk_clusters),
            ptr("one", "Risk cluster") if h.risk_clusters == 1 else tr("Risk clusters"),
            ntr(
                "{count} person in a cluster where bad habits may spread.",
                "{count} people in clusters where bad habits may spread.",
                h.people_in_risk_clusters,
            )
            if h.risk_clusters
            else tr("Every cluster has trained colleagues nearby."),
            "danger" if h.risk_clusters else "ok",
            explain("risk", options=r.options),
        )
        keepers = sorted(
            (p for p in r.people if is_gatekeeper(p)),
            key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, p.name),
        )
        if keepers and keepers[0].gatekeeper_of > 0:
            keeper_detail = ntr(
                "{count} colleague would lose every route to trained knowledge without {name}.",
                "{count} colleagues would lose every route to trained knowledge without {name}.",
                keepers[0].gatekeeper_of,
                name=keepers[0].name,
            )
        elif keepers:
            keeper_detail = ntr(
                "{count} colleague learns only from {name}.",
                "{count} colleagues learn only from {name}.",
                keepers[0].sole_source_of,
                name=keepers[0].name,
            )
        else:
            keeper_detail = tr("Nobody is the only route to trained knowledge.")
        self.cards["gatekeepers"].set_content(
            _change(None if hb is None else hb.gatekeepers, h.gatekeepers),
            ptr("one", "Gatekeeper") if h.gatekeepers == 1 else tr("Gatekeepers"),
            keeper_detail,
            "warning" if keepers else "ok",
            explain("gatekeepers", options=r.options),
        )
        within = tr(steps_phrase(r.options.reach_steps), steps=r.options.reach_steps)
        reached = _change(None if hb is None else hb.reached, h.reached)
        detail = tr(
            "of {population} reach a trained colleague within {within}.",
            population=h.population,
            within=within,
        )
        if h.advised:
            detail += " " + ntr(
                "Training {count} person: {after}.",
                "Training {count} people: {after}.",
                h.advised,
                after=h.reached_after,
            )
        # Exact comparison (5 * reached >= 4 * population), never a rounded share.
        enough = 5 * h.reached >= 4 * h.population
        self.cards["reach"].set_content(
            reached,
            tr("Reach trained knowledge"),
            detail,
            "ok" if enough else "warning",
            explain("reached_before", options=r.options),
        )
        q = (b or r).quality
        now = hb or h
        level = "danger" if q.caution else "ok" if q.betweenness_reliable else "warning"
        self.cards["response"].set_content(
            tr("{percent}%", percent=now.percent),
            tr("Answered"),
            tr(
                "{respondents} of {roster} people filled in the survey.",
                respondents=now.respondents,
                roster=now.roster,
            ),
            level,
            explain("response_rate", options=r.options),
        )

    def _no_answers(self, r: AnalysisResult) -> None:
        """Nobody answered yet: say what to do next, not what the (empty) figures are."""
        self.caption.setText(
            tr(
                "Nobody has answered the survey yet, so there are no results to read. "
                "Collect answers first: start the kiosk or import answers (Overview, step 3)."
            )
        )
        titles = {
            "habit_spreaders": tr("Habit spreaders"),
            "risk_clusters": tr("Risk clusters"),
            "gatekeepers": tr("Gatekeepers"),
            "reach": tr("Reach trained knowledge"),
            "response": tr("Answered"),
        }
        for key, card in self.cards.items():
            card.set_content(
                "—" if key != "response" else tr("{percent}%", percent=percent(0.0)),
                titles[key],
                tr("No answers yet.")
                if key != "response"
                else tr(
                    "{respondents} of {roster} people filled in the survey.",
                    respondents=0,
                    roster=r.quality.roster,
                ),
                "info",
                explain("response_rate", options=r.options),
            )
