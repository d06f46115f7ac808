"""Building blocks shared by the kiosk pages: buttons, the language toggle, the page frame."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import language, tr
from kennisnet.ui.kiosk import style
from kennisnet.ui.language import switch_language

TOTAL_STEPS = 5

#: Each language named in itself, so that anyone finds their own.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


def em(widget: QWidget, factor: float) -> int:
    """``factor`` times the height of the widget's text: room that grows with the text."""
    return round(widget.fontMetrics().height() * factor)


class Spaced:
    """Layout margins and spacing in units of the text height, set again when it changes.

    The kiosk's text size follows the screen (see style.py); fixed pixel margins would
    take too much room on a small or scaled screen and too little on a large one.
    """

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.rules: list[
            tuple[QBoxLayout | QGridLayout, tuple[float, float, float, float], float]
        ] = []

    def add(
        self,
        layout: QBoxLayout | QGridLayout,
        margins: tuple[float, float, float, float] = (0, 0, 0, 0),
        spacing: float = 0,
    ) -> None:
        self.rules.append((layout, margins, spacing))
        self.apply()

    def apply(self) -> None:
        for layout, margins, spacing in self.rules:
            left, top, right, bottom = (em(self.widget, m) for m in margins)
            layout.setContentsMargins(left, top, right, bottom)
            layout.setSpacing(em(self.widget, spacing))


ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class Button(QPushButton):
    """A push button that Enter and Return press too (Space already does).

    Buttons that belong together (a button group, or ``neighbours``) are also reached
    with the arrow keys: the arrow moves the focus to the nearest one in that direction.
    In an exclusive group (one answer of several) the answer moves along with the focus,
    as with radio buttons.
    """

    def __init__(self, text: str = "", *, kind: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        if kind:
            self.setObjectName(kind)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        #: The buttons the arrow keys move between when the button is in no group.
        self.neighbours: list[Button] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            event.accept()
            return
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in ARROWS and plain and self._arrow(Qt.Key(event.key())):
            event.accept()
            return
        super().keyPressEvent(event)

    def _companions(self) -> list[QAbstractButton]:
        group = self.group()
        return list(group.buttons()) if group is not None else list(self.neighbours)

    def _arrow(self, key: Qt.Key) -> bool:
        """Move the focus to the nearest companion in the arrow's direction (False: none).

        Up and Down at the end of a column go on to the next (previous) companion, so
        the arrows reach every one of a grid in reading order.
        """
        companions = [
            b for b in self._companions() if b is self or (b.isVisible() and b.isEnabled())
        ]
        if self not in companions or len(companions) < 2:
            return False
        sideways = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        here = self.mapTo(self.window(), self.rect().center())
        best: tuple[int, int] | None = None
        target: QAbstractButton | None = None
        for button in companions:
            if button is self:
                continue
            there = button.mapTo(button.window(), button.rect().center())
            dx, dy = there.x() - here.x(), there.y() - here.y()
            along, across = {
                Qt.Key.Key_Right: (dx, dy),
                Qt.Key.Key_Left: (-dx, dy),
                Qt.Key.Key_Down: (dy, dx),
                Qt.Key.Key_Up: (-dy, dx),
            }[key]
            if along <= 0:
                continue
            # The same row (for Left/Right) or column (for Up/Down) first, then the nearest.
            aligned = abs(across) <= (self.height() if sideways else self.width()) // 2
            score = (0 if aligned else 1, along + 2 * abs(across))
            if best is None or score < best:
                best, target = score, button
        if (target is None or (best is not None and best[0])) and not sideways:
            position = companions.index(self) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= position < len(companions):
                target = companions[position]
        if target is None:
            return True  # the end of the row: stay (the focus never jumps elsewhere)
        group = self.group()
        if group is not None and group.exclusive() and self.isChecked() and target.isCheckable():
            target.click()
        reason = (
            Qt.FocusReason.BacktabFocusReason
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Up)
            else Qt.FocusReason.TabFocusReason
        )
        target.setFocus(reason)
        return True

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for the text in every state: focused (the focus ring is thicker than the
        border) and, for an answer, chosen (bolder text in a thicker border)."""
        hint = super().sizeHint()
        if not self.text():
            return hint
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = QStyle.SubElement.SE_PushButtonContents
        plain = QStyleOptionButton(option)
        plain.state = option.state & ~QStyle.StateFlag.State_HasFocus & ~QStyle.StateFlag.State_On
        widths = []
        for extra in (QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_On):
            variant = QStyleOptionButton(plain)
            variant.state = plain.state | QStyle.StateFlag.State_HasFocus
            if extra == QStyle.StateFlag.State_On and self.isCheckable():
                variant.state = (variant.state | extra) & ~QStyle.StateFlag.State_Off
            widths.append(self.style().subElementRect(contents, variant, self).width())
        normal = self.style().subElementRect(contents, plain, self).width()
        border = max(0, normal - min(widths))
        wider = 0
        if self.isCheckable() and self.objectName() in style.CHOSEN_KINDS:
            bold = QFont(self.font())
            bold.setWeight(QFont.Weight(style.CHOSEN_WEIGHT))
            text = self.text()
            wider = QFontMetrics(bold).horizontalAdvance(
                text
            ) - self.fontMetrics().horizontalAdvance(text)
        return QSize(hint.width() + border + max(0, wider), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.sizeHint().width()), hint.height())


class ChoiceButton(Button):
    """A big checkable button whose text wraps, with a rank badge in front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(kind="choice", parent=parent)
        self.setCheckable(True)
        self.row = QHBoxLayout(self)
        self.spaced = Spaced(self)
        self.spaced.add(self.row, (0.47, 0.27, 0.47, 0.27), 0.47)
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.row.addWidget(self.badge)
        self.row.addWidget(self.label, 1)
        self.badge.hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def set_rank(self, rank: int | None) -> None:
        self.badge.setVisible(rank is not None)
        self.badge.setText("" if rank is None else str(rank))
        self.updateGeometry()  # the badge takes room: the text may need another line
        self.setAccessibleDescription(
            "" if rank is None else tr("Chosen as number {rank}", rank=rank)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.spaced.apply()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.row.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.row.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.row.totalHeightForWidth(width)


class LanguageToggle(QWidget):
    """Nederlands | English, on every page; switches every screen at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, Button] = {}
        for code, name in LANGUAGE_NAMES:
            button = Button(name, kind="lang")
            button.setCheckable(True)
            # Tab reaches it; a tap does not take the focus from where the person was.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, c=code: switch_language(c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        for code, button in self.buttons.items():
            button.setChecked(code == language())


class Page(QWidget):
    """A kiosk page: step and language on top, title and help, content, Back and Next below."""

    back = Signal()
    next = Signal()

    #: Which step of the survey this page is (None: not part of the numbered steps).
    step: int | None = None
    #: A page for the HR adviser (behind the PIN); says so on top.
    hr_only = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.spaced = Spaced(self)
        self.spaced.add(outer, (1.6, 0.6, 1.6, 0.8), 0.37)
        top = QHBoxLayout()
        self.step_label = QLabel()
        self.step_label.setObjectName("step")
        top.addWidget(self.step_label)
        top.addStretch(1)
        self.language_toggle = LanguageToggle()
        top.addWidget(self.language_toggle)
        outer.addLayout(top)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.help = QLabel()
        self.help.setObjectName("help")
        self.help.setWordWrap(True)
        outer.addWidget(self.help)
        self.body = QVBoxLayout()
        self.spaced.add(self.body, spacing=0.37)
        outer.addLayout(self.body, 1)
        self.footer = bottom = QHBoxLayout()
        self.spaced.add(bottom, spacing=0.53)
        self.back_button = Button(kind="secondary")
        self.back_button.clicked.connect(self.back)
        self.next_button = Button(kind="primary")
        self.next_button.clicked.connect(self.next)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.spaced.apply()

    def retranslate(self) -> None:
        """Set every text in the current language (called on every language switch)."""
        self.language_toggle.retranslate()
        if self.step is not None:
            dots = "●" * self.step + "○" * (TOTAL_STEPS - self.step)
            self.step_label.setText(
                tr("Step {step} of {total}", step=self.step, total=TOTAL_STEPS) + "   " + dots
            )
        elif self.hr_only:
            self.step_label.setText(tr("For the HR adviser. Employees do not see this screen."))
        else:
            self.step_label.setText("")
        self.back_button.setText(tr("Back"))
        self.next_button.setText(tr("Next"))

    def focus_first(self) -> None:
        """Put the keyboard focus where the person starts on this page."""
        self.next_button.setFocus()

    def order_focus(self) -> None:
        """Tab goes top to bottom: the language, the page's own questions, then the bottom row.

        The bottom row is made before a page's questions, so without this Tab would jump
        from the language straight to Back and Next. Call again when the page adds fields.
        """
        footer = [
            item.widget()
            for item in (self.footer.itemAt(i) for i in range(self.footer.count()))
            if item is not None and item.widget() is not None
        ]
        top = list(self.language_toggle.buttons.values())
        middle: list[QWidget] = []
        widget = self.nextInFocusChain()
        seen: set[int] = set()
        while widget is not None and widget is not self and id(widget) not in seen:
            seen.add(id(widget))
            if (
                self.isAncestorOf(widget)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and widget not in footer
                and widget not in top
                and widget.focusProxy() is None
            ):
                middle.append(widget)
            widget = widget.nextInFocusChain()
        chain = [
            w
            for w in (*top, *middle, *footer)
            if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
