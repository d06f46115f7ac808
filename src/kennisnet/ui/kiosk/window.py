"""The kiosk window: one respondent at a time, full screen, until HR leaves with the PIN.

Flow: consent → who → sources → channels → training → thanks → a fresh start.
Every respondent gets new pages and a new ``Answers`` object, so nothing of the
previous person can show; Back never goes before the respondent's own consent.
The HR side (PIN, menu, response rate, redo, kept answers) lives in
``hr_flow.HrFlow``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QStackedWidget, QVBoxLayout, QWidget

from kennisnet.i18n import language, tr
from kennisnet.matching import index_people
from kennisnet.session.kiosk_saving import Answers, ResponseSaver
from kennisnet.store import AlreadyAnswered, Project
from kennisnet.ui.kiosk import style
from kennisnet.ui.kiosk.guard import KioskGuard
from kennisnet.ui.kiosk.hr_flow import HrFlow
from kennisnet.ui.kiosk.idle import IdleOverlay, IdleWatch
from kennisnet.ui.kiosk.pages.channels import ChannelsPage
from kennisnet.ui.kiosk.pages.consent import ConsentPage
from kennisnet.ui.kiosk.pages.notice import NoticePage
from kennisnet.ui.kiosk.pages.sources import SourcesPage
from kennisnet.ui.kiosk.pages.training import TrainingPage
from kennisnet.ui.kiosk.pages.who import WhoPage
from kennisnet.ui.kiosk.pin import PinLock
from kennisnet.ui.kiosk.widgets import Button, Page
from kennisnet.ui.language import language_bus, switch_language
from kennisnet.ui.settings import Settings

log = logging.getLogger(__name__)

THANKS_MS = 10_000
WARNING_MS = 20_000


class KioskWindow(QWidget):
    """The kiosk on an open project. Construct it with the HR PIN already set."""

    #: HR left the kiosk with the PIN; the window is closed.
    left = Signal()
    #: A response was stored durably (its UUID).
    submitted = Signal(str)
    #: A new respondent can start (after thanks, a decline, an idle reset …).
    restarted = Signal()

    def __init__(
        self,
        project: Project,
        settings: Settings,
        pin: PinLock,
        *,
        idle_ms: int | None = None,
        warning_ms: int = WARNING_MS,
        thanks_ms: int = THANKS_MS,
        fullscreen: bool = True,
        rescue_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.project = project
        self.settings = settings
        self.pin = pin
        self.fullscreen = fullscreen
        self.questionnaire = project.questionnaire()
        roster = project.people(include_external=False)
        self.people = {p.id: p for p in roster}
        self.index = index_people(roster)
        self.saver = ResponseSaver(project, rescue_dir)
        #: Who may answer again in this respondent's session (HR allowed it with the PIN).
        self.redo_allowed: set[int] = set()
        self.default_language = language()
        self._leaving = False
        self._scale = 0.0
        self.answers = Answers()
        self.session_pages: list[Page] = []

        layout = QVBoxLayout(self)
        # The screen decides the size: a layout that asks for more must never shrink the
        # window out of full screen (Qt resizes a too-small window, which ends full screen).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        corner = QHBoxLayout()
        corner.setContentsMargins(8, 0, 8, 4)
        self.hr_button = Button("HR", kind="hr")
        self.hr_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        corner.addWidget(self.hr_button)
        corner.addStretch(1)
        layout.addLayout(corner)

        self.guard = KioskGuard(self)
        self.guard.activity.connect(self._activity)
        self.idle = IdleWatch(
            idle_ms if idle_ms is not None else self.questionnaire.idle_seconds * 1000,
            warning_ms,
            self,
        )
        self.overlay = IdleOverlay(self.idle, self)
        self.idle.warn.connect(self._warn)
        self.idle.dismissed.connect(self.overlay.disappear)
        self.idle.expired.connect(self._idle_expired)
        self.overlay.still_here.connect(self.idle.poke)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(max(1, thanks_ms))
        self.thanks_timer.timeout.connect(self.reset)

        self.hr = HrFlow(self)
        self.hr_button.clicked.connect(lambda: self.hr.ask_pin("menu"))
        self.guard.hr_requested.connect(lambda: self.hr.ask_pin("menu"))
        language_bus().changed.connect(self.retranslate)
        self._new_session()
        self._apply_scale(QSize(style.REFERENCE_WIDTH, style.REFERENCE_HEIGHT))
        self.retranslate()

    # -- showing -----------------------------------------------------------------

    def start(self) -> None:
        """Show the kiosk (full screen unless made with ``fullscreen=False``) and lock it."""
        self.guard.install()
        if self.fullscreen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.who.search.warm_up()
        self.go(self.current())

    def current(self) -> Page:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    def go(self, page: Page) -> None:
        self.thanks_timer.stop()
        self.stack.setCurrentWidget(page)
        page.order_focus()
        page.focus_first()
        if page in (self.thanks, self.declined):
            self.idle.stop()
            self.thanks_timer.start()
        elif page is self.failed:
            self.idle.stop()  # stays until the HR adviser comes: the answer is kept
        else:
            self.idle.start()

    # -- one respondent ----------------------------------------------------------

    def _new_session(self, keep_redo: Iterable[int] = ()) -> None:
        # A redo permission belongs to one respondent's session: it never outlives it
        # (finishing, declining, the idle reset), unless HR hands it on from the HR menu.
        self.redo_allowed = set(keep_redo)
        for page in self.session_pages:
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        q = self.questionnaire
        self.answers = answers = Answers()
        self.consent = ConsentPage(q)
        self.who = WhoPage(q, answers, self.index, self.people)
        self.sources = SourcesPage(q, answers, self.index, self.people)
        self.channels = ChannelsPage(q, answers)
        self.training = TrainingPage(q, answers)
        self.thanks = NoticePage("thanks", self._thanks_texts, symbol="✓")
        self.declined = NoticePage("declined", self._declined_texts)
        self.already = NoticePage("already", self._already_texts)
        self.failed = NoticePage("failed", self._failed_texts)
        self.session_pages = [
            self.consent,
            self.who,
            self.sources,
            self.channels,
            self.training,
            self.thanks,
            self.declined,
            self.already,
            self.failed,
        ]
        for page in self.session_pages:
            self.stack.addWidget(page)
        self.consent.next.connect(lambda: self.go(self.who))
        self.consent.declined.connect(lambda: self.go(self.declined))
        self.who.back.connect(lambda: self.go(self.consent))
        self.who.next.connect(self._after_who)
        self.sources.back.connect(lambda: self.go(self.who))
        self.sources.next.connect(lambda: self.go(self.channels))
        self.channels.back.connect(lambda: self.go(self.sources))
        self.channels.next.connect(lambda: self.go(self.training))
        self.training.back.connect(lambda: self.go(self.channels))
        self.training.next.connect(self.submit)
        for page in (self.thanks, self.declined, self.already):
            page.next.connect(self.reset)
        self.already.back.connect(lambda: self.hr.ask_pin("redo"))
        self.failed.next.connect(lambda: self.hr.ask_pin("menu"))
        self._submitted = False
        self.stack.setCurrentWidget(self.consent)

    def _after_who(self) -> None:
        person = self.answers.respondent
        if person is None:
            return
        try:
            answered = self.project.has_answered(person.id)
        except Exception:  # the file is unreadable now: let them answer; saving will keep it
            log.exception("could not check whether someone already answered")
            answered = False
        answered = answered or self.saver.is_pending(person.id)
        if answered and person.id not in self.redo_allowed:
            self.go(self.already)
            return
        self.sources.prepare()
        self.go(self.sources)

    def submit(self) -> None:
        """Store the answers; the thank-you page shows only once they are on disk."""
        person = self.answers.respondent
        if person is None or self._submitted:
            return
        self._submitted = True
        draft = self.answers.draft(language=language())
        replace = person.id in self.redo_allowed
        try:
            saved = self.saver.save(draft, name=person.name, replace=replace)
        except AlreadyAnswered:
            self._submitted = False
            self.go(self.already)
            return
        if saved:
            self.redo_allowed.discard(person.id)
            self.submitted.emit(draft.uuid or "")
            self.go(self.thanks)
        else:
            self.go(self.failed)

    def reset(self, keep_redo: Iterable[int] = ()) -> None:
        """A fresh start for the next person: new pages, new answers, the default language,
        no redo permission (except ``keep_redo``, given by HR for this next session)."""
        self.thanks_timer.stop()
        self.idle.stop()
        self.overlay.disappear()
        switch_language(self.default_language)
        self._new_session(keep_redo)
        self.retranslate()
        self.go(self.consent)
        self.restarted.emit()

    # -- idle ----------------------------------------------------------------------

    def _activity(self) -> None:
        self.idle.poke()

    def _warn(self) -> None:
        if self.current() is self.consent:
            # Nothing entered yet: no warning; the default language comes back, and a
            # redo HR allowed for someone who did not come ends.
            if language() != self.default_language or self.redo_allowed:
                self.reset()
            else:
                self.idle.start()
            return
        self.overlay.appear()

    def _idle_expired(self) -> None:
        log.info("kiosk: idle reset, the unfinished answer was discarded")
        self.reset()

    # -- texts and looks -------------------------------------------------------------

    def _thanks_texts(self) -> tuple[str, str, str, str]:
        q, lang = self.questionnaire, language()
        return q.text("thanks_title", lang), q.text("thanks_body", lang), tr("Done"), ""

    @staticmethod
    def _declined_texts() -> tuple[str, str, str, str]:
        return (
            tr("That is fine"),
            tr("You do not take part. Nothing has been stored. Thank you for your time."),
            tr("Done"),
            "",
        )

    @staticmethod
    def _already_texts() -> tuple[str, str, str, str]:
        return (
            tr("You have already filled in the survey"),
            tr(
                "Your earlier answers are saved. Do you want to change them? Ask the HR "
                "adviser: they can let you fill in the survey again. Your new answers then "
                "replace the earlier ones."
            ),
            tr("Back to the start"),
            tr("HR adviser: let me answer again"),
        )

    @staticmethod
    def _failed_texts() -> tuple[str, str, str, str]:
        return (
            tr("Your answers are kept"),
            tr(
                "Your answers could not be written to the project file just now. They are "
                "kept safely on this laptop, so nothing is lost. Please ask the HR adviser "
                "to come to the laptop."
            ),
            tr("For the HR adviser"),
            "",
        )

    def retranslate(self, _lang: str = "") -> None:
        self.setWindowTitle(tr("Kennisnet survey"))
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if isinstance(widget, Page):
                widget.retranslate()
        self.overlay.retranslate()
        self.hr_button.setToolTip(tr("For the HR adviser (Ctrl+Shift+H)"))

    def _apply_scale(self, size: QSize) -> None:
        scale = style.scale_for(size.width(), size.height())
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale
        self.setStyleSheet(style.stylesheet(scale))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._apply_scale(event.size())
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    # -- staying in kiosk mode ------------------------------------------------------

    def leave(self) -> None:
        """HR leaves the kiosk (after the PIN): the window closes for real."""
        self._leaving = True
        self.idle.stop()
        self.thanks_timer.stop()
        self.guard.uninstall()
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._leaving:
            with contextlib.suppress(RuntimeError, TypeError):
                language_bus().changed.disconnect(self.retranslate)
            event.accept()
            return
        log.info("kiosk: a close attempt was ignored")
        event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.fullscreen
            and not self._leaving
            and self.guard.active
            and not self._full_screen_now()
        ):
            QTimer.singleShot(0, self._back_to_full_screen)

    def _full_screen_now(self) -> bool:
        return self.isFullScreen() and not self.isMinimized()

    def _back_to_full_screen(self) -> None:
        if not self._leaving and self.fullscreen and not self._full_screen_now():
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.showFullScreen()
            self.raise_()
            self.activateWindow()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if not self._leaving and self.guard.active:
            QTimer.singleShot(0, self._show_again)

    def _show_again(self) -> None:
        if not self._leaving and self.isHidden():
            self.start()
