"""Text styles of the HR screens: headings and fonts scaled from a widget's own."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, size: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, size, bold=True))
    label.setWordWrap(True)
    return label


def scaled_font(widget: QWidget, size: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    return font
