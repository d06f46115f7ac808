"""Is every text on a kiosk page shown in full? A checker over every widget of the window.

A text is cut off when it needs more room than its widget gives it: a label, a button's
text in any of its states (chosen answers are bolder and have a thicker border, the
focused button has the focus ring), a field's placeholder. A widget is cut off when it
sticks out of the window, or sideways out of the scroll area it is in.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from kennisnet.ui.kiosk import style


def settle() -> None:
    """Let pending layout and style events run (no waiting on the clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _button_room(button: QPushButton) -> tuple[int, int]:
    """(room for the text in the tightest state, width the text needs in that state)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    states = [option.state | QStyle.StateFlag.State_HasFocus]
    if button.isCheckable():
        on = (option.state | QStyle.StateFlag.State_On) & ~QStyle.StateFlag.State_Off
        states += [on, on | QStyle.StateFlag.State_HasFocus]
    room = []
    for state in states:
        variant = QStyleOptionButton(option)
        variant.state = state
        rect = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, variant, button
        )
        room.append(rect.width())
    font = QFont(button.font())
    if button.isCheckable() and button.objectName() in style.CHOSEN_KINDS:
        font.setWeight(QFont.Weight(max(style.CHOSEN_WEIGHT, font.weight())))
    text = button.text().replace("&&", "&")
    return min(room), _widest_line(QFontMetrics(font), text)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText:
        return None
    room = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    indent = max(label.indent(), 0)
    width = room.width() - indent
    metrics = label.fontMetrics()
    if not label.wordWrap():
        if _widest_line(metrics, text) > width:
            return f"needs {_widest_line(metrics, text)} px, has {width}"
        return None
    widest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
    if widest_word > width:
        return f"a word needs {widest_word} px, has {width}"
    needed = label.heightForWidth(label.width())
    if needed > label.height() + 1:
        return f"needs {needed} px high, has {label.height()}"
    return None


def _placeholder_problem(line: QLineEdit) -> str | None:
    text = line.placeholderText()
    if not text or line.text():
        return None
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    option.state |= QStyle.StateFlag.State_HasFocus  # the thicker focus border
    rect = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    width = rect.width() - margins.left() - margins.right() - 4  # Qt's own inner margin
    # Room for the field's own buttons (the ✕ that clears it), shown or not.
    width -= sum(b.width() for b in line.findChildren(QToolButton))
    needed = line.fontMetrics().horizontalAdvance(text)
    return f"placeholder needs {needed} px, has {width}" if needed > width else None


def _scrolled_in(widget: QWidget, window: QWidget) -> QRect | None:
    """The visible part of the scroll area ``widget`` is in (None: not in one)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return _rect_in(parent, window)
        parent = area
    return None


def cut_off(window: QWidget) -> list[str]:
    """Every text or widget of the shown page that does not fit, described for a person."""
    settle()
    problems: list[str] = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            continue
        if isinstance(widget, QToolButton) and isinstance(widget.parent(), QLineEdit):
            continue  # the field's own clear button: Qt places it
        what = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        rect = _rect_in(widget, window)
        view = _scrolled_in(widget, window)
        if view is None:
            if not frame.contains(rect):
                problems.append(f"{what} sticks out of the window: {rect} in {frame}")
        elif rect.left() < view.left() or rect.right() > view.right():
            # Up and down it scrolls; sideways it must fit.
            problems.append(f"{what} sticks out sideways of its list: {rect} in {view}")
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QPushButton) and widget.text():
            room, needed = _button_room(widget)
            if needed > room:
                problem = f"needs {needed} px, has {room}"
        elif isinstance(widget, QCheckBox) and widget.text():
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            rect = widget.style().subElementRect(
                QStyle.SubElement.SE_CheckBoxContents, option, widget
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            if needed > rect.width():
                problem = f"needs {needed} px, has {rect.width()}"
        elif isinstance(widget, QLineEdit):
            problem = _placeholder_problem(widget)
        if problem:
            problems.append(f"{what} is cut off: {problem}")
    return problems
