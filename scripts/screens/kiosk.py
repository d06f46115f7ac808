"""Screenshots of every kiosk screen, in Dutch and English, at 1366×768 and 1920×1080.

Run under a virtual X server (the PNGs land in out/screens/kiosk/)::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/kiosk.py
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/kiosk.py 1.5
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/kiosk.py 2

The demo project is copied to a temporary folder first; the resource is never changed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kennisnet.i18n import set_language
from kennisnet.model import Channel, TrainingAnswer
from kennisnet.resources import resource
from kennisnet.store import Project, WriteFailed
from kennisnet.ui.kiosk.pin import PinLock, PinSetupDialog
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.language import switch_language
from kennisnet.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "kiosk"
SIZES = ((1366, 768), (1920, 1080))
PIN = "3917"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QTest.qWait(20)


def shoot(
    app: QApplication, widget: QWidget, name: str, lang: str, size: tuple[int, int], scale: float
) -> None:
    settle(app)
    at = "" if scale == 1.0 else f"-{round(scale * 100)}pct"
    path = OUT / f"{size[0]}x{size[1]}{at}-{lang}-{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def type_text(app: QApplication, widget: QWidget, text: str) -> None:
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:  # QTest types ASCII only
        assert isinstance(widget, QLineEdit)
        widget.insert(text)
    settle(app)


def run(app: QApplication, folder: Path, lang: str, size: tuple[int, int], scale: float) -> None:
    path = folder / f"demo-{lang}-{size[0]}.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    project = Project.open(path)
    set_language(lang)
    window = KioskWindow(
        project,
        Settings(folder / "settings.ini"),
        PinLock(PIN),
        fullscreen=False,
        warning_ms=20_000,
        rescue_dir=folder / f"rescue-{lang}-{size[0]}",
    )
    # A scaled screen of this size has fewer logical pixels (Qt draws each one bigger).
    logical = (round(size[0] / scale), round(size[1] / scale))
    window.resize(*logical)
    window.start()
    window.setFixedSize(*logical)

    def shot(name: str) -> None:
        shoot(app, window, name, lang, size, scale)

    shot("01-consent")
    QTest.mouseClick(window.consent.next_button, Qt.MouseButton.LeftButton)
    type_text(app, window.who.search.line, "van d")
    shot("02-who-typing")
    # Someone who has not answered yet in the demo.
    newcomer = next(p for p in window.people.values() if not project.has_answered(p.id))
    window.who.search.clear()
    type_text(app, window.who.search.line, newcomer.name)
    QTest.keyClick(window.who.search.line, Qt.Key.Key_Return)
    shot("03-who-chosen")
    QTest.keyClick(window.who.next_button, Qt.Key.Key_Return)
    for query in ("henk", "marij", "ozturk"):
        type_text(app, window.sources.search.line, query)
        QTest.keyClick(window.sources.search.line, Qt.Key.Key_Return)
    rows = window.sources.rows
    rows[0].frequency[next(iter(rows[0].frequency))].click()
    rows[1].frequency[list(rows[1].frequency)[1]].click()
    type_text(app, rows[0].topic, "storingen aan de koelunit")
    type_text(app, window.sources.other, "Jan de monteur van Bosch")
    QTest.keyClick(window.sources.other, Qt.Key.Key_Return)
    type_text(app, window.sources.search.line, "van")
    shot("04-sources")
    # The second person's "weekly", chosen and with the keyboard focus (bold, thick ring).
    window.sources.search.clear()
    window.sources.rows_area.ensureWidgetVisible(rows[1])
    rows[1].frequency[list(rows[1].frequency)[1]].setFocus()
    shot("04b-sources-weekly-chosen")
    window.sources.search.clear()
    window.go(window.channels)
    window.channels.toggle(Channel.COLLEAGUE)
    window.channels.toggle(Channel.DOCUMENTATION)
    window.channels.toggle(Channel.OTHER)
    type_text(app, window.channels.other, "een forum van de leverancier")
    shot("05-channels")
    # With the keyboard: the focus ring on a choice (the arrow keys move it).
    window.channels.buttons[Channel.COLLEAGUE].setFocus()
    QTest.keyClick(window.channels.buttons[Channel.COLLEAGUE], Qt.Key.Key_Down)
    shot("05b-channels-keyboard")
    window.go(window.training)
    window.training.buttons[TrainingAnswer.YES].click()
    type_text(app, window.training.which, "Basisopleiding koeltechniek")
    type_text(app, window.training.when, "2019")
    shot("06-training")
    window.idle._warn()
    shot("07-idle-warning")
    window.idle.poke()
    # A failing write: the answer is kept and HR is called.
    real_store = window.saver._store

    def failing_store(*_args: object, **_kwargs: object) -> None:
        raise WriteFailed(project.path, "the disk is full")

    window.saver._store = failing_store  # type: ignore[method-assign]
    QTest.mouseClick(window.training.next_button, Qt.MouseButton.LeftButton)
    shot("08-write-failed")
    window.saver._store = real_store  # type: ignore[method-assign]
    QTest.mouseClick(window.failed.next_button, Qt.MouseButton.LeftButton)
    type_text(app, window.hr.pin_page.edit, "1111")
    QTest.keyClick(window.hr.pin_page.edit, Qt.Key.Key_Return)
    type_text(app, window.hr.pin_page.edit, PIN[:2])
    shot("09-pin")
    type_text(app, window.hr.pin_page.edit, PIN[2:])
    QTest.keyClick(window.hr.pin_page.edit, Qt.Key.Key_Return)
    shot("10-hr-menu-kept-answer")
    window.hr.retry()
    shot("11-hr-menu-saved")
    window.hr.show_coverage()
    shot("12-coverage")
    window.hr.show_menu()
    window.hr.show_redo()
    type_text(app, window.hr.redo.search.line, "wouter")
    QTest.keyClick(window.hr.redo.search.line, Qt.Key.Key_Return)
    shot("13-redo")
    window.hr.back_to_survey()
    # Someone who already answered.
    QTest.mouseClick(window.consent.next_button, Qt.MouseButton.LeftButton)
    type_text(app, window.who.search.line, "marijke")
    QTest.keyClick(window.who.search.line, Qt.Key.Key_Return)
    QTest.keyClick(window.who.next_button, Qt.Key.Key_Return)
    shot("14-already-answered")
    window.reset()
    # A complete respondent, to the thank-you page.
    QTest.mouseClick(window.consent.next_button, Qt.MouseButton.LeftButton)
    later = next(p for p in window.people.values() if not project.has_answered(p.id))
    type_text(app, window.who.search.line, later.name)
    QTest.keyClick(window.who.search.line, Qt.Key.Key_Return)
    QTest.keyClick(window.who.next_button, Qt.Key.Key_Return)
    window.go(window.training)
    QTest.mouseClick(window.training.next_button, Qt.MouseButton.LeftButton)
    shot("15-thanks")
    window.reset()
    QTest.mouseClick(window.consent.back_button, Qt.MouseButton.LeftButton)
    shot("16-declined")
    window.reset()
    # Someone tries to guess the PIN: after three series of five wrong tries the pause is
    # two minutes; HR later sees how many wrong tries there were.
    QTest.mouseClick(window.hr_button, Qt.MouseButton.LeftButton)
    for guess in range(15):
        type_text(app, window.hr.pin_page.edit, f"{5000 + guess}")
        QTest.keyClick(window.hr.pin_page.edit, Qt.Key.Key_Return)
        window.pin._wait_until = 0.0  # the pause is over (a real one lasts minutes)
        window.hr.pin_page._tick()
    window.pin._wait_until = window.pin._clock() + 120
    window.hr.pin_page._tick()
    shot("18-pin-wait")
    window.pin._wait_until = 0.0
    window.hr.pin_page._tick()
    type_text(app, window.hr.pin_page.edit, PIN)
    QTest.keyClick(window.hr.pin_page.edit, Qt.Key.Key_Return)
    shot("19-hr-menu-wrong-tries")
    window.hr.back_to_survey()
    window.leave()
    project.close()
    dialog = PinSetupDialog()
    dialog.show()
    dialog.first.setText("24")
    dialog.try_accept()
    shoot(app, dialog, "17-pin-setup", lang, size, scale)
    dialog.first.setText("1984")
    dialog.second.setText("1984")
    dialog.try_accept()
    shoot(app, dialog, "17b-pin-setup-easy", lang, size, scale)
    dialog.first.setText("2580")
    dialog.try_accept()
    shoot(app, dialog, "17c-pin-setup-common", lang, size, scale)
    dialog.close()


def main() -> int:
    """``kiosk.py [SCALE]``: SCALE 1.5 or 2 shows the screens at 150% or 200% system scaling.

    The scaling is Qt's own (QT_SCALE_FACTOR, set before the application starts), as
    Windows' display scaling would be; the PNGs keep the screen's real pixel size.
    """
    if not os.environ.get("DISPLAY"):
        print('Run under xvfb-run -a -s "-screen 0 1920x1080x24"', file=sys.stderr)
        return 2
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        os.environ["KENNISNET_HOME"] = temp
        for lang in ("nl", "en"):
            for size in SIZES:
                set_language(lang)
                switch_language(lang)
                run(app, Path(temp), lang, size, scale)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
