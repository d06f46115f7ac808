"""The summary after merging the answers of other laptops."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import ntr, tr
from kennisnet.merge import MergeReport
from kennisnet.ui.typography import heading


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def merge_summary_html(report: MergeReport, pending: int) -> str:
    files = len(report.files)
    parts = [
        "<p>"
        + tr(
            "{added} added from {files}.",
            added=ntr("<b>{count}</b> new answer", "<b>{count}</b> new answers", report.added),
            files=ntr("{count} file", "{count} files", files),
        )
        + "</p>"
    ]
    if report.already_there:
        parts.append(
            "<p>"
            + ntr(
                "{count} answer was already in this project and was skipped.",
                "{count} answers were already in this project and were skipped.",
                report.already_there,
            )
            + "</p>"
        )
    if report.conflicts:
        parts.append("<p><b>" + tr("Answered on more than one laptop") + "</b></p><ul>")
        parts += [f"<li>{_escape(c)}</li>" for c in report.conflicts]
        parts.append("</ul>")
    if report.unmatched_names:
        parts.append(
            "<p><b>"
            + tr("Not found on this project's staff list")
            + "</b></p><p>"
            + _escape(", ".join(report.unmatched_names))
            + "</p>"
        )
    if report.notes:
        parts.append("<ul>" + "".join(f"<li>{_escape(n)}</li>" for n in report.notes) + "</ul>")
    if pending:
        parts.append(
            "<p>"
            + ntr(
                "{count} name now needs a decision: choose who is meant.",
                "{count} names now need a decision: choose who is meant.",
                pending,
            )
            + "</p>"
        )
    return "".join(parts)


class MergeSummaryDialog(QDialog):
    """What a merge added; offers to check names right away."""

    def __init__(self, report: MergeReport, pending: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSummary")
        self.setWindowTitle(tr("Laptops merged"))
        self.resize(620, 420)
        self.resolve_now = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Laptops merged"), 1.4))
        self.text = QTextBrowser()
        self.text.setHtml(merge_summary_html(report, pending))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.names_button: QPushButton | None = None
        if pending:
            self.names_button = buttons.addButton(
                tr("Check names now"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.names_button.clicked.connect(self._resolve)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _resolve(self) -> None:
        self.resolve_now = True
        self.accept()
