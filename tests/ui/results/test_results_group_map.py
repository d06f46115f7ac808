"""The dashboard's Groups view: the group map of a big organisation, chosen like a person
would (the toolbar's Groups | People), and clicking a group lists its people."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import ranking
from kennisnet.analysis.groups import summarise_groups
from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel


def _show(qtbot: QtBot, panel: ResultsPanel, data: SurveyData) -> None:
    with qtbot.waitSignal(panel.analysis_finished, timeout=120_000):
        panel.show_wave(DataSource(data), "Organisation")
    qtbot.waitUntil(lambda: not panel.busy_now(), timeout=120_000)


def test_a_small_project_opens_on_people_and_can_show_groups(
    qtbot: QtBot, analysed: ResultsPanel
) -> None:
    set_language("en")
    w = analysed.widgets
    assert w.view_choice.mode == "people"
    assert w.graph_stack.currentWidget() is w.view
    assert not w.tabs.isTabVisible(w.tabs.indexOf(w.pages["ranked"]))
    qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
    assert w.graph_stack.currentWidget() is w.group_map
    assert not w.fit_button.isEnabled()
    qtbot.waitUntil(lambda: w.group_map.drawn is not None)
    summary = w.group_map.summary
    assert summary is not None
    drawn = w.group_map.drawn
    assert drawn is not None
    assert len(drawn.circles) == min(len(summary.groups), 40)
    qtbot.mouseClick(w.view_choice.people_button, Qt.MouseButton.LeftButton)
    assert w.graph_stack.currentWidget() is w.view
    assert w.fit_button.isEnabled()


def test_a_big_project_opens_on_groups_and_a_click_lists_a_group(
    qtbot: QtBot,
    panel: ResultsPanel,
    synthetic: Callable[[int], SurveyData],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_language("en")
    monkeypatch.setattr(ranking, "BIG_PROJECT", 300)
    data = synthetic(300)
    _show(qtbot, panel, data)
    w = panel.widgets
    assert w.view_choice.mode == "groups"
    assert w.view_choice.groups_button.isChecked()
    gm = w.group_map
    qtbot.waitUntil(lambda: gm.drawn is not None)
    result = panel.current_result()
    assert result is not None
    summary = summarise_groups(result, people=data.people)
    assert gm.summary == summary
    # Click the second group's circle, where the map drew it.
    centre = gm.circle_centre(1)
    assert centre is not None
    qtbot.mouseClick(gm.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, centre)))
    assert gm.chosen == 1
    group = summary.groups[1]
    assert gm.people.count() == group.size
    assert str(group.department) in gm.caption.text()
    ids = [gm.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(gm.people.count())]
    assert sorted(ids) == list(group.members)
    # The department's ranked holders are marked, and listed first.
    ranked = next(d.holders for d in result.department_holders if d.department == group.department)
    marked = [ids[i] for i in range(len(ids)) if gm.people.item(i).text().startswith("★")]
    assert set(marked) == set(ranked)
    # The tab of holders per department: one row per ranked holder.
    tab = w.tabs.indexOf(w.pages["ranked"])
    assert w.tabs.isTabVisible(tab)
    assert w.tabs.tabText(tab) == "Holders per department"
    model = w.pages["ranked"].model
    assert model.rowCount() == sum(len(d.holders) for d in result.department_holders)
    # Finding a person shows the people again.
    panel.show_person(group.members[0])
    assert w.view_choice.mode == "people"
    assert w.graph_stack.currentWidget() is w.view


def test_the_map_is_drawn_once_per_size_and_after_a_resize_settles(
    qtbot: QtBot, analysed: ResultsPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each drawing takes tenths of a second at 10,000 people: never twice for nothing."""
    from kennisnet.ui.results import group_view

    w = analysed.widgets
    qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.group_map.ready)
    drawings: list[int] = []
    draw = group_view.draw_group_map
    monkeypatch.setattr(group_view, "draw_group_map", lambda *a: drawings.append(1) or draw(*a))
    # Shown again, or asked again at the same size: nothing is drawn.
    qtbot.mouseClick(w.view_choice.people_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
    w.group_map.redraw()
    assert drawings == []
    # A drag of the window's edge: one drawing when it stops, not one per step.
    canvas = w.group_map.canvas
    for width in range(canvas.width() - 60, canvas.width() - 10, 10):
        canvas.resize(width, canvas.height())
    qtbot.waitUntil(w.group_map.ready)  # nothing more is being or waiting to be drawn
    assert drawings == [1]


def test_the_map_is_drawn_off_the_gui_thread_with_a_note_meanwhile(
    qtbot: QtBot, analysed: ResultsPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 10,000 people one drawing takes tenths of a second: the window must not wait."""
    import threading

    from kennisnet.ui.results import group_view

    set_language("en")
    w = analysed.widgets
    gm = w.group_map
    threads: list[bool] = []
    release = threading.Event()
    draw = group_view.draw_group_map

    def held(*args: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(30)  # the drawing is slow: the window answers meanwhile
        return draw(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(group_view, "draw_group_map", held)
    qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: threads == [False])  # drawn, but not on the GUI thread
    assert gm.busy() and gm.drawn is None
    assert gm.canvas.note == "Drawing the group map…"
    set_language("nl")
    gm.retranslate()
    assert gm.canvas.note == "De groepenkaart wordt getekend…"
    set_language("en")
    gm.retranslate()
    release.set()
    qtbot.waitUntil(gm.ready)
    assert gm.canvas.note == ""
    # The picture on screen has the circle where a click finds it.
    image = gm.canvas.image
    assert image is not None
    summary = gm.summary
    assert summary is not None
    for index in range(min(3, len(summary.groups))):
        centre = gm.circle_centre(index)
        assert centre is not None
        ratio = image.devicePixelRatio()
        colour = image.pixelColor(round(centre[0] * ratio), round(centre[1] * ratio))
        assert colour.name() != "#ffffff"  # a circle's fill, not the white background


def test_only_the_newest_result_is_shown(
    qtbot: QtBot, analysed: ResultsPanel, demo_data: SurveyData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new analysis while the map of the older one is being drawn: the older drawing
    is never shown, the newer one follows it."""
    import threading

    from kennisnet.analysis import analyze
    from kennisnet.ui.results import group_view

    w = analysed.widgets
    gm = w.group_map
    qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gm.ready)
    started: list[object] = []
    release = threading.Event()
    draw = group_view.draw_group_map

    def held(*args: object) -> object:
        started.append(args[1].result)  # type: ignore[attr-defined]
        release.wait(30)
        return draw(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(group_view, "draw_group_map", held)
    shown: list[object] = []
    gm.drawn_ready.connect(lambda: shown.append(gm.result))
    first, second = analyze(demo_data), analyze(demo_data)
    gm.set_result(first, demo_data.people)
    qtbot.waitUntil(lambda: started == [first])  # the first is being drawn …
    gm.set_result(second, demo_data.people)  # … when the second arrives
    assert gm.drawn is None  # the old drawing is gone at once
    release.set()
    qtbot.waitUntil(gm.ready)
    assert [r is first for r in started] == [True, False] and started[1] is second
    assert len(shown) == 1 and shown[0] is second  # the first drawing never shown
    assert gm.summary == summarise_groups(second, people=demo_data.people)


@pytest.mark.parametrize(("width", "height", "ratio"), [(520, 435, 1.0), (781, 437, 1.5)])
def test_a_drawing_has_the_size_asked_for(
    analysed: ResultsPanel, demo_data: SurveyData, width: int, height: int, ratio: float
) -> None:
    """Sizes that are no whole number of inches (a figure's size is kept in inches)."""
    from kennisnet.ui.results.group_view import _render, _Wanted

    result = analysed.current_result()
    assert result is not None
    wanted = _Wanted(result, tuple(demo_data.people), width, height, ratio, "en")
    drawn = _render(wanted)
    assert (drawn.width, drawn.height) == (width, height)
    assert len(drawn.pixels) == width * height * 4


def test_a_division_lists_the_ranked_holders_of_its_departments(
    qtbot: QtBot,
    panel: ResultsPanel,
    synthetic: Callable[[int], SurveyData],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Holders are ranked within departments; a circle of several departments (a
    division) marks each department's ranked holders among its people."""
    from kennisnet.analysis.groups import COLUMN

    set_language("en")
    monkeypatch.setattr(ranking, "BIG_PROJECT", 300)
    data = synthetic(300)
    _show(qtbot, panel, data)
    gm = panel.widgets.group_map
    qtbot.waitUntil(gm.ready)
    result = panel.current_result()
    assert result is not None
    gm.summary = summarise_groups(result, COLUMN + "Divisie", people=data.people)
    division = gm.summary.groups[0]
    gm.choose(0)
    ids = [gm.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(gm.people.count())]
    assert sorted(ids) == list(division.members)
    marked = {ids[i] for i in range(len(ids)) if gm.people.item(i).text().startswith("★")}
    ranked = {pid for d in result.department_holders for pid in d.holders}
    assert marked == ranked & set(division.members)
    assert "★ one of the 3 most asked in their department" in gm.caption.text()
    departments = {result.person(pid).department for pid in division.members}
    assert len(departments) > 1 and marked  # several departments, each with its holders


def test_a_big_project_draws_its_map_once_at_the_canvas_size(
    qtbot: QtBot,
    panel: ResultsPanel,
    synthetic: Callable[[int], SurveyData],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not first at the size the canvas had while hidden (a small map in the corner)."""
    from kennisnet.ui.results import group_view

    monkeypatch.setattr(ranking, "BIG_PROJECT", 300)
    sizes: list[tuple[int, int]] = []
    render = group_view._render

    def recorded(wanted: group_view._Wanted) -> group_view._Rendered:
        sizes.append((wanted.width, wanted.height))
        return render(wanted)

    monkeypatch.setattr(group_view, "_render", recorded)
    _show(qtbot, panel, synthetic(300))
    gm = panel.widgets.group_map
    qtbot.waitUntil(gm.ready)
    ratio = gm.canvas.devicePixelRatioF()
    canvas = (round(gm.canvas.width() * ratio), round(gm.canvas.height() * ratio))
    assert sizes == [canvas]


def test_nothing_of_a_drawing_is_kept_but_its_image(
    analysed: ResultsPanel, demo_data: SurveyData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A figure is a web of references only a full collection frees, and its renderer
    holds the whole image (megabytes); once a big analysis is frozen out of full
    collections, a kept figure would never be freed."""
    import gc
    import weakref

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from kennisnet.ui.results.group_view import _render, _Wanted

    renderers: list[weakref.ref[object]] = []
    get_renderer = FigureCanvasAgg.get_renderer

    def recorded(canvas: FigureCanvasAgg) -> object:
        renderer = get_renderer(canvas)
        renderers.append(weakref.ref(renderer))
        return renderer

    monkeypatch.setattr(FigureCanvasAgg, "get_renderer", recorded)
    result = analysed.current_result()
    assert result is not None
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        drawn = _render(_Wanted(result, tuple(demo_data.people), 800, 600, 1.0, "en"))
        assert renderers and all(ref() is None for ref in renderers)  # freed at once
        assert drawn.drawn.axes is None
        centre = drawn.to_pixels.transform((drawn.drawn.circles[0][1], drawn.drawn.circles[0][2]))
        assert 0 <= centre[0] <= 800 and 0 <= centre[1] <= 600
    finally:
        if was_enabled:
            gc.enable()


def test_a_drawing_that_fails_says_so_and_is_logged(
    qtbot: QtBot,
    analysed: ResultsPanel,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from kennisnet.ui.results import group_view

    def broken(*_args: object) -> object:
        raise ValueError("no room for the legend")

    monkeypatch.setattr(group_view, "draw_group_map", broken)
    w = analysed.widgets
    gm = w.group_map
    with caplog.at_level("ERROR", logger="kennisnet.results"):
        qtbot.mouseClick(w.view_choice.groups_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(gm.ready)  # nothing more to wait for
    assert gm.failed and gm.drawn is None
    assert gm.canvas.note == "The group map could not be drawn: no room for the legend"
    assert any("group map could not be drawn" in r.getMessage() for r in caplog.records)
