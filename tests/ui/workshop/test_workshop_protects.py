"""Issue 17: a workshop that protects people by default and fits every screen.

Each test fails on the workshop before this change: names by default and on key N,
HR's warnings on slide 1, a code box with a ring on the shared screen, text running
off slide 5, a typed name ignored, an orange ring on orange dots, Esc caught by the
text field, a network in 60% of the width.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kennisnet import palette
from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.i18n import set_language, tr
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.language import switch_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.start import chosen, privacy_box
from kennisnet.ui.workshop.steps import AFFECTED_COLOUR, MARKER_HALO, MARKER_OUTLINE, STEPS

Demo = tuple[SurveyData, AnalysisResult, str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    path = tmp_path_factory.mktemp("demo") / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    with Project.open(path, readonly=True) as project:
        data = project.snapshot()
        title = project.name
    return data, analyze(data), title


@pytest.fixture
def open_window(qtbot: QtBot, settings: Settings, demo: Demo) -> Iterator[type[WorkshopWindow]]:
    data, result, title = demo

    def make(
        pseudonymised: bool | None = None, size: tuple[int, int] = (1600, 900)
    ) -> WorkshopWindow:
        extra = {} if pseudonymised is None else {"pseudonymised": pseudonymised}
        win = WorkshopWindow(result, data, settings, title=title, **extra)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make  # type: ignore[misc]  # a factory, used like the class
    set_language("en")


def test_codes_are_the_default_and_no_key_or_button_shows_names(
    qtbot: QtBot, open_window: type[WorkshopWindow], demo: Demo
) -> None:
    window = open_window()
    assert window.pseudonymised
    names = {p.name for p in demo[0].people}
    for key in (Qt.Key.Key_N, Qt.Key.Key_F):
        qtbot.keyClick(window, key)
    assert window.pseudonymised
    texts = [b.text() for b in window.findChildren(QAbstractButton)]
    assert not [t for t in texts if "name" in t.casefold()], texts
    drawn = " ".join(t.get_text() for t in window.figure.findobj() if hasattr(t, "get_text"))
    assert not [n for n in names if n in drawn or n in window.text.text()]


def test_hr_chooses_codes_or_names_before_the_workshop(qtbot: QtBot) -> None:
    box = privacy_box(None)
    qtbot.addWidget(box)
    codes = box.findChild(QAbstractButton, "workshop_codes")
    names = box.findChild(QAbstractButton, "workshop_names")
    assert box.defaultButton() is codes
    assert "everyone in the room" in names.text()
    box.open()
    qtbot.mouseClick(names, Qt.MouseButton.LeftButton)
    assert chosen(box) is False
    box = privacy_box(None)
    qtbot.addWidget(box)
    box.open()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: codes
    assert chosen(box) is True


def test_the_command_line_shows_codes_unless_names_are_asked_for(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    from kennisnet import launcher
    from kennisnet.ui import app
    from kennisnet.ui.workshop import launch

    modes: list[str] = []
    monkeypatch.setattr(app, "run", lambda mode, *rest: modes.append(mode) or 0)
    for args in (
        ["workshop", "p.k"],
        ["workshop", "--pseudonymize", "p.k"],
        ["workshop", "--names", "p.k"],
    ):
        assert launcher.main(args) == 0
    shown: list[bool] = []
    monkeypatch.setattr(
        launch, "launch_workshop", lambda _p, _s, *, pseudonymised: shown.append(pseudonymised)
    )
    for mode in modes:
        app.start(mode, None, None, None)
    assert shown == [True, True, False], modes


def test_with_names_nobody_is_marked_as_habit_spreader(
    open_window: type[WorkshopWindow], demo: Demo
) -> None:
    result = demo[1]
    spreaders = [p for p in result.key_holders if p.habit_spreader]
    assert spreaders, "the demo has key holders without training"
    window = open_window(False)
    for step in range(len(STEPS)):
        window.go_to(step)
        red = [
            c
            for c in window.figure.axes[0].collections
            if palette.RISK.lower() in {_hex(e) for e in c.get_edgecolors()}
        ]
        assert not red, STEPS[step]
        text = " ".join(window.lines)
        assert not [
            p.name
            for p in spreaders
            if f"{p.name}" in text and "training" in text and "Action: give" in text
        ]
        assert "red ring" not in window.text.text().casefold()


def _hex(rgba: object) -> str:
    from matplotlib.colors import to_hex

    return to_hex(rgba).lower()  # type: ignore[arg-type]


def test_hr_to_dos_stay_off_the_slides(open_window: type[WorkshopWindow], demo: Demo) -> None:
    result = demo[1]
    assert result.warnings
    window = open_window()
    warnings = [window.naming.message(w, "en") for w in result.warnings]
    for step in range(len(STEPS)):
        window.go_to(step)
        assert not set(warnings) & set(window.lines), STEPS[step]


def test_find_yourself_shows_nothing_on_the_shared_screen(
    open_window: type[WorkshopWindow],
) -> None:
    window = open_window()
    assert not window.findChildren(QLineEdit, options=Qt.FindChildOption.FindChildrenRecursively)[
        1:
    ] or all(w.parent() is window.picker for w in window.findChildren(QLineEdit))
    assert "code card" in window.find_label.text()
    window.go_to(0)
    assert not [c for c in window.figure.axes[0].collections if c.get_zorder() == 4]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("pseudonymised", [True, False])
def test_every_slide_fits_the_screen(
    qtbot: QtBot,
    open_window: type[WorkshopWindow],
    size: tuple[int, int],
    lang: str,
    pseudonymised: bool,
    demo: Demo,
) -> None:
    window = open_window(pseudonymised, size)
    switch_language(lang)
    for step in range(len(STEPS)):
        window.go_to(step)
        if STEPS[step] == "whatif":
            with qtbot.waitSignal(window.what_if_ready, timeout=20000):
                window.set_leaving([demo[1].key_holders[0].id])
        qtbot.waitUntil(lambda: window.size().width() == size[0])
        assert (window.width(), window.height()) == size, STEPS[step]
        qtbot.waitUntil(_side_inside(window))
        frame = window.rect()
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.isWindow():
                continue
            box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            assert frame.contains(box), (STEPS[step], type(widget).__name__, box, frame)
        assert window.text.fits(), (STEPS[step], lang)
        assert window.title_label.fits(), (STEPS[step], lang)
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                width = label.fontMetrics().horizontalAdvance(label.text())
                assert width <= label.contentsRect().width(), label.text()
        for button in window.findChildren(QAbstractButton):
            if button.isVisible():
                width = button.fontMetrics().horizontalAdvance(button.text())
                assert width <= button.contentsRect().width(), button.text()
        # The network uses the screen: two thirds of the width at least.
        axes = window.figure.axes[0].get_window_extent()
        assert axes.width >= 0.62 * window.width() or axes.height >= 0.9 * window.canvas.height()
        window.clear_leaving()


def _side_inside(window: WorkshopWindow) -> Callable[[], bool]:
    """The layout has placed the text column (after a resize) inside the window."""
    side = window.side
    return lambda: window.rect().contains(QRect(side.mapTo(window, QPoint(0, 0)), side.size()))


def test_what_if_takes_a_typed_name_with_enter_and_says_when_nothing_matched(
    qtbot: QtBot, open_window: type[WorkshopWindow], demo: Demo
) -> None:
    window = open_window(False)
    window.go_to(STEPS.index("whatif"))
    holder = demo[1].key_holders[0]
    line = window.picker.lineEdit()
    assert line is not None
    first = holder.name.split()[0].lower()
    unique = [p for p in demo[1].people if first in p.name.lower() and not p.external]
    typed = first if len(unique) == 1 else holder.name.lower()
    with qtbot.waitSignal(window.what_if_ready, timeout=20000):
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.leaving == [holder.id]
    qtbot.keyClicks(line, "Xyzzy")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.busy.text() == tr("Nobody is called “{text}”.", text="Xyzzy")
    assert window.leaving == [holder.id]
    popup = window.picker.completer().popup()
    assert popup.font().pointSizeF() >= 16 and window.picker.view().font().pointSizeF() >= 16


def test_markers_stand_out_from_every_dot_colour(
    qtbot: QtBot, open_window: type[WorkshopWindow], demo: Demo
) -> None:
    fills = [*palette.CATEGORICAL, palette.OTHER, palette.TRAINED, palette.UNTRAINED]
    fills += [palette.UNKNOWN, palette.NEUTRAL, palette.LEAVING, palette.RISK]
    for fill in fills:
        assert _contrast(MARKER_OUTLINE, fill) >= 3, fill
    assert _contrast(MARKER_HALO, MARKER_OUTLINE) >= 3
    assert AFFECTED_COLOUR == palette.AFFECTED
    window = open_window()
    window.go_to(STEPS.index("whatif"))
    with qtbot.waitSignal(window.what_if_ready, timeout=20000):
        window.set_leaving([demo[1].key_holders[0].id])
    rings = [c for c in window.figure.axes[0].collections if c.get_zorder() == 4]
    assert rings
    effects = rings[0].get_path_effects()
    colours = {
        _hex(e._gc["foreground"]) for e in effects if hasattr(e, "_gc") and "foreground" in e._gc
    }
    assert {MARKER_OUTLINE.lower(), MARKER_HALO.lower()} <= colours


def _contrast(a: str, b: str) -> float:
    def lum(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_esc_leaves_from_the_text_field(qtbot: QtBot, open_window: type[WorkshopWindow]) -> None:
    window = open_window()
    window.go_to(STEPS.index("whatif"))
    line = window.picker.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "P-0")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert not window.isVisible()
