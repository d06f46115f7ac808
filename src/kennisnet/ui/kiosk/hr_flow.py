"""The HR side of the kiosk: PIN, HR menu, response rate, redo, kept answers, leaving.

All of it is pages in the kiosk window itself (no separate windows a respondent
could get behind). The idle reset also covers these pages: an HR menu left open
goes back to the start, locked again.

A redo is a permission for one respondent's session only (``window.redo_allowed``
belongs to the session): given at the laptop ("let me answer again"), it ends with
that person's session; given in the HR menu, it goes to the session HR returns to
(or a fresh one) and ends with it — by finishing, declining or the idle reset.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kennisnet.i18n import ntr, tr
from kennisnet.store import ProjectError
from kennisnet.ui.kiosk.coverage import CoveragePage, needed, percent, total
from kennisnet.ui.kiosk.hr import HrMenuPage, RedoPage
from kennisnet.ui.kiosk.pin import PinPage
from kennisnet.ui.kiosk.widgets import Page

if TYPE_CHECKING:
    from kennisnet.ui.kiosk.window import KioskWindow

log = logging.getLogger(__name__)


def wrong_tries_message(count: int) -> str:
    return ntr(
        "Since the HR menu was last opened, a wrong PIN was typed "
        "{count} time. If that was not you, someone tried to open the HR "
        "menu.",
        "Since the HR menu was last opened, a wrong PIN was typed "
        "{count} times. If that was not you, someone tried to open the "
        "HR menu.",
        count,
    )


class HrFlow(QObject):
    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pin_page = PinPage(window.pin)
        self.menu = HrMenuPage()
        self.coverage = CoveragePage()
        self.redo = RedoPage(window.index, window.people)
        self.pages: tuple[Page, ...] = (self.pin_page, self.menu, self.coverage, self.redo)
        for page in self.pages:
            window.stack.addWidget(page)
        self.purpose = "menu"
        self.return_to: Page | None = None
        #: Redos allowed in the HR menu during this visit (they go to the next session).
        self.granted: set[int] = set()
        self.pin_page.accepted.connect(self._unlocked)
        self.pin_page.cancelled.connect(self._cancelled)
        self.menu.next.connect(self.back_to_survey)
        self.menu.coverage_requested.connect(self.show_coverage)
        self.menu.redo_requested.connect(self.show_redo)
        self.menu.retry_requested.connect(self.retry)
        self.menu.rescue_requested.connect(self.rescue)
        self.menu.leave_requested.connect(self.leave)
        self.coverage.next.connect(lambda: self.show_menu())
        self.redo.next.connect(lambda: self.show_menu())
        self.redo.chosen.connect(self.allow_redo)

    # -- the PIN -----------------------------------------------------------------

    def ask_pin(self, purpose: str) -> None:
        """Show the PIN page; ``purpose`` is "menu" (HR menu) or "redo" (this respondent)."""
        current = self.window.current()
        if current in self.pages:
            return
        self.purpose = purpose
        self.return_to = current
        self.granted = set()
        self.pin_page.start()
        self.window.go(self.pin_page)

    def _cancelled(self) -> None:
        target = self.return_to or self.window.consent
        self.window.go(target)

    def _unlocked(self) -> None:
        window = self.window
        person = window.answers.respondent
        if self.purpose == "redo" and person is not None:
            log.info("kiosk: HR allowed a redo for the respondent at the laptop")
            window.redo_allowed.add(person.id)
            window.sources.prepare()
            window.go(window.sources)
            return
        count = self.window.pin.take_wrong_tries()
        if count:
            self.show_menu_text(lambda: wrong_tries_message(count), error=True)
        else:
            self.show_menu()

    # -- the menu ----------------------------------------------------------------

    def _summary(self) -> str:
        try:
            rows = self.window.project.coverage()
        except ProjectError:
            return tr("The response rate cannot be read from the project file right now.")
        everyone = total(rows)
        text = tr(
            "{responded} of {roster} people have answered ({rate}).",
            responded=everyone.responded,
            roster=everyone.roster,
            rate=percent(everyone.rate),
        )
        more = needed(everyone)
        if more:
            text += " " + tr("{count} more are needed for 80%.", count=more)
        return text

    def show_menu(self) -> None:
        self.show_menu_text(str)

    def back_to_survey(self) -> None:
        window = self.window
        target = self.return_to
        finished = (window.thanks, window.declined, window.failed, window.already)
        if target is None or target in finished or target in self.pages:
            window.reset(keep_redo=self.granted)
        else:
            window.go(target)

    def show_coverage(self) -> None:
        try:
            self.coverage.set_coverage(self.window.project.coverage())
        except ProjectError as error:
            log.warning("coverage could not be read: %s", error)
            self.show_menu_text(
                lambda: tr("The response rate cannot be read from the project file right now."),
                error=True,
            )
            return
        self.window.go(self.coverage)

    def show_menu_text(self, text: Callable[[], str], *, error: bool = False) -> None:
        """The HR menu with a message (a function, so that it follows a language switch)."""
        self.menu.show_state(
            summary=self._summary,
            pending=len(self.window.saver.pending),
            message=text,
            error=error,
        )
        self.window.go(self.menu)

    # -- redo --------------------------------------------------------------------

    def show_redo(self) -> None:
        self.redo.show_message(str)
        self.window.go(self.redo)

    def allow_redo(self, person_id: int) -> None:
        window = self.window
        person = window.people[person_id]
        try:
            answered = window.project.has_answered(person_id)
        except ProjectError:
            answered = True
        if answered or window.saver.is_pending(person_id):
            window.redo_allowed.add(person_id)
            self.granted.add(person_id)
            self.redo.show_message(
                lambda: tr(
                    "{name} can now fill in the survey again. The new answers replace the "
                    "earlier ones.",
                    name=person.name,
                )
            )
        else:
            self.redo.show_message(
                lambda: tr(
                    "{name} has not answered yet and can simply fill in the survey.",
                    name=person.name,
                )
            )

    # -- kept answers and leaving --------------------------------------------------

    def retry(self) -> None:
        saver = self.window.saver
        saved = saver.retry()
        left = len(saver.pending)
        if left:
            reason = saver.pending[0].reason
            self.show_menu_text(
                lambda: tr(
                    "{saved} saved; {left} still cannot be saved ({reason}). They stay kept.",
                    saved=saved,
                    left=left,
                    reason=reason,
                ),
                error=True,
            )
        else:
            self.show_menu_text(
                lambda: tr(
                    "All kept answers are now saved in the project file ({count}).", count=saved
                )
            )

    def rescue(self) -> None:
        path = self.window.saver.write_rescue()
        if path is None:
            self.show_menu_text(
                lambda: tr(
                    "The rescue file could not be written either. The answers stay kept in "
                    "this kiosk: do not leave it; try saving again later."
                ),
                error=True,
            )
            return
        self.show_menu_text(
            lambda: tr(
                "The kept answers are in {path}. When the kiosk starts again on this "
                "project, it tries to save them again.",
                path=path,
            )
        )

    def leave(self) -> None:
        saver = self.window.saver
        if saver.pending and saver.write_rescue() is None:
            self.show_menu_text(
                lambda: tr(
                    "Some answers are not saved yet and the rescue file could not be written. "
                    "Leaving now would lose them: try saving again first."
                ),
                error=True,
            )
            return
        self.window.leave()
