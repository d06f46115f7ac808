"""The workshop sizes the dots by a number: chosen at the start, changed in the room."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.start import chosen, chosen_size, privacy_box

Demo = tuple[SurveyData, AnalysisResult, str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    path = tmp_path_factory.mktemp("demo") / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    with Project.open(path, readonly=True) as project:
        data = project.snapshot()
        title = project.name
    return data, analyze(data), title


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` with the keyboard, as a person would."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def open_window(
    qtbot: QtBot, settings: Settings, demo: Demo, size: tuple[int, int] = (1600, 900), **kw: object
) -> WorkshopWindow:
    data, result, title = demo
    win = WorkshopWindow(result, data, settings, title=title, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


def dot_sizes(window: WorkshopWindow) -> list[float]:
    return [float(s) for s in window.figure.axes[0].collections[-1].get_sizes()]


def with_hours(data: SurveyData) -> SurveyData:
    """Everyone on the staff list with a number of training hours (4, 8, … 40)."""
    people = [
        p if p.external else replace(p, attributes={**p.attributes, "Uren": str(4 * (i % 10 + 1))})
        for i, p in enumerate(data.people)
    ]
    return replace(data, people=tuple(people))


def test_hr_chooses_the_size_at_the_start(qtbot: QtBot, english: None, demo: Demo) -> None:
    data = with_hours(demo[0])
    box = privacy_box(None, data.people, "", "start_date")
    qtbot.addWidget(box)
    box.open()
    combo = box.findChild(QComboBox, "workshop_start_size")
    assert combo is not None and combo.isVisible() and combo.toolTip()
    assert combo.currentText() == "Years since start"  # proposed from the dashboard
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[:2] == ["Colleagues who learn from them", "Learners, weighted by how often"]
    assert "Uren" in texts
    choose(qtbot, combo, "Uren")
    box.findChild(QAbstractButton, "workshop_codes").setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen(box) is True
    assert chosen_size(box) == "column:Uren"


def test_change_the_size_in_the_room_by_keyboard(
    qtbot: QtBot, english: None, settings: Settings, demo: Demo
) -> None:
    data, result, title = demo
    win = open_window(qtbot, settings, (with_hours(data), result, title))
    combo = win.findChild(QComboBox, "workshop_size")
    assert combo is not None and combo.isVisible() and combo.toolTip()
    assert combo.currentText() == "Colleagues who learn from them"
    assert "Bigger dot: more colleagues learn from this person" in win.text.text()
    before = dot_sizes(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win)
    qtbot.keyClick(win, Qt.Key.Key_Tab)  # the colours first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # then the size
    assert QApplication.focusWidget() is combo
    while combo.currentText() != "Uren":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert win.size_by == "column:Uren"
    legend = win.text.text()
    assert "Dot size: Uren, 4 (small) to 40 (big)" in legend
    assert "Bigger dot: more colleagues" not in legend
    assert "Dot size shows Uren" in win.lines[3]
    assert dot_sizes(win) != before
    # The keyboard is back with the steps; Esc, PageDown and PageUp keep working.
    assert QApplication.focusWidget() is not combo
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.step == 1 and "Dot size: Uren" in win.text.text()
    qtbot.keyClick(win, Qt.Key.Key_PageUp)
    assert win.step == 0
    # On a combo that has the keyboard, PageDown still goes on and Esc still leaves.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_PageDown)
    assert win.step == 1 and win.size_by == "column:Uren"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isVisible())


def test_with_codes_the_legend_shows_the_range_only(
    qtbot: QtBot, settings: Settings, demo: Demo
) -> None:
    set_language("nl")
    try:
        data, result, title = demo
        win = open_window(qtbot, settings, (with_hours(data), result, title), size_by="column:Uren")
        combo = win.findChild(QComboBox, "workshop_size")
        assert combo is not None and combo.currentText() == "Uren"
        legend = win.text.text()
        assert "Grootte van de stip: Uren, 4 (klein) tot 40 (groot)" in legend
        # No code stands beside a number of hours.
        for p in win.result.people:
            code = win.naming.label(p)
            assert f"{code}: " not in legend and f"{code} (" not in legend
    finally:
        set_language("en")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_slide_sized_by_a_number_fits_1366x768(
    qtbot: QtBot, settings: Settings, demo: Demo, lang: str
) -> None:
    set_language(lang)
    try:
        data, result, title = demo
        win = open_window(
            qtbot,
            settings,
            (with_hours(data), result, title),
            (1366, 768),
            size_by="column:Uren",
        )
        side = win.side
        qtbot.waitUntil(
            lambda: win.rect().contains(QRect(side.mapTo(win, QPoint(0, 0)), side.size()))
        )
        assert (win.width(), win.height()) == (1366, 768)
        for step in range(5):
            win.go_to(step)
            assert win.text.fits(), step
            assert "Uren" in win.text.text()
            assert win.title_label.fits(), step
            for widget in (win.colour_choice, win.size_choice, win.size_label):
                box = QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())
                assert win.rect().contains(box), (step, widget.objectName())
    finally:
        set_language("en")


@pytest.mark.parametrize(
    ("lang", "colour_by"), [("nl", "role"), ("nl", "department"), ("en", "role")]
)
def test_every_slide_coloured_by_a_column_fits_1366x768(
    qtbot: QtBot, settings: Settings, demo: Demo, lang: str, colour_by: str
) -> None:
    """Many colours (12 roles) make a long legend: it must still fit every step."""
    set_language(lang)
    try:
        win = open_window(qtbot, settings, demo, (1366, 768), colour_by=colour_by)
        side = win.side
        qtbot.waitUntil(
            lambda: win.rect().contains(QRect(side.mapTo(win, QPoint(0, 0)), side.size()))
        )
        for step in range(5):
            win.go_to(step)
            # Once the step's layout is settled (the what-if step's name box goes).
            qtbot.waitUntil(win.text.fits, timeout=3000)
            assert win.title_label.fits(), step
    finally:
        set_language("en")


def test_the_network_is_drawn_again_at_the_canvas_new_size(
    qtbot: QtBot, settings: Settings, demo: Demo
) -> None:
    """Labels are placed for the size they are drawn at: after the window grows (a laptop
    plugged into a projector), the last drawing is at the canvas's final size."""
    win = open_window(qtbot, settings, demo, (1366, 768))
    qtbot.waitUntil(lambda: win.drawn_size == tuple(win.figure.get_size_inches()))
    small = win.drawn_size
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.drawn_size == tuple(win.figure.get_size_inches()))
    assert win.drawn_size is not None and small is not None
    assert win.drawn_size[0] > small[0]
