"""The legend: what each colour and shape in the graph means."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kennisnet.ui.results.palette import LegendEntry

ICON = 18


def icon(entry: LegendEntry) -> QPixmap:
    pixmap = QPixmap(ICON, ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QPointF(ICON / 2, ICON / 2)
    colour = entry.colour
    if entry.shape == "dot":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(c, 6, 6)
    elif entry.shape == "size":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(QPointF(4, 12), 2.5, 2.5)
        p.drawEllipse(QPointF(12, 9), 5.5, 5.5)
    elif entry.shape == "small":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(c, 2.5, 2.5)
    elif entry.shape == "line":
        p.setPen(QPen(QColor("#505C70"), 1.4))
        p.drawLine(QPointF(1, 9), QPointF(13, 9))
        p.setBrush(QColor("#505C70"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon([QPointF(17, 9), QPointF(11, 5.5), QPointF(11, 12.5)])
    elif entry.shape == "plainline":
        p.setPen(QPen(QColor("#505C70"), 1))
        p.drawLine(QPointF(1, 6), QPointF(17, 6))
        p.setPen(QPen(QColor("#505C70"), 3))
        p.drawLine(QPointF(1, 13), QPointF(17, 13))
    elif entry.shape in ("ring", "affected"):
        p.setBrush(QColor("#5B7DB1"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(c, 5, 5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 2.2))
        p.drawEllipse(c, 7.5, 7.5)
    elif entry.shape == "open":
        p.setBrush(QColor("white"))
        p.setPen(QPen(QColor("#5B7DB1"), 2))
        p.drawEllipse(c, 6, 6)
    elif entry.shape == "hull":
        fill = QColor(colour)
        fill.setAlpha(50)
        p.setBrush(fill)
        p.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        p.drawRoundedRect(1, 3, 16, 12, 4, 4)
    elif entry.shape == "cross":
        p.setPen(QPen(colour, 2))
        p.setBrush(QColor("white"))
        p.drawEllipse(c, 7, 7)
        p.drawLine(QPointF(5, 5), QPointF(13, 13))
        p.drawLine(QPointF(5, 13), QPointF(13, 5))
    p.end()
    return pixmap


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.texts: list[str] = []

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.texts = [e.label for e in entries]
        for row, entry in enumerate(entries):
            mark = QLabel()
            mark.setPixmap(icon(entry))
            mark.setFixedWidth(ICON + 2)
            text = QLabel(entry.label)
            text.setWordWrap(True)
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
        self.grid.setColumnStretch(1, 1)
