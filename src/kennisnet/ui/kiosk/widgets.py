"""Building blocks shared by the kiosk pages: buttons, the language toggle, the page frame."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import language, tr
from kennisnet.ui.language import switch_language

TOTAL_STEPS = 5

#: Each language named in itself, so that anyone finds their own.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class Button(QPushButton):
    """A push button that Enter and Return press too (Space already does)."""

    def __init__(self, text: str = "", *, kind: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        if kind:
            self.setObjectName(kind)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class ChoiceButton(Button):
    """A big checkable button whose text wraps, with a rank badge in front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(kind="choice", parent=parent)
        self.setCheckable(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(14, 8, 14, 8)
        self.row.setSpacing(14)
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

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.row.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.row.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.row.totalHeightForWidth(width)


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when it does not fit (it never pushes others away)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()


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
        outer.setContentsMargins(48, 20, 48, 28)
        outer.setSpacing(14)
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
        self.body.setSpacing(14)
        outer.addLayout(self.body, 1)
        self.footer = bottom = QHBoxLayout()
        bottom.setSpacing(16)
        self.back_button = Button(kind="secondary")
        self.back_button.clicked.connect(self.back)
        self.next_button = Button(kind="primary")
        self.next_button.clicked.connect(self.next)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)

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
