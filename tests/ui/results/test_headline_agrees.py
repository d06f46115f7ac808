"""One number, one meaning: every surface shows the same headline figures.

The dashboard's boxes and tables, the picture's key figures, ``kennisnet analyze``'s
summary and the workbook's Summary sheet all read ``kennisnet.analysis.figures``;
here they are compared on the demo and on a synthetic organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.analysis import AnalysisResult, analyze, summary_text
from kennisnet.analysis.figures import Headline, headline, key_figures
from kennisnet.export.bundle import summary_facts
from kennisnet.export.figure_legend import default_facts
from kennisnet.export.pseudonym import Naming
from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.session import DataSource
from kennisnet.ui.results import ResultsPanel


def _number(card_text: str) -> int:
    found = re.search(r"<b>(\d+)</b>", card_text)
    assert found, card_text
    return int(found.group(1))


def _surfaces_agree(
    panel: ResultsPanel, data: SurveyData, result: AnalysisResult, h: Headline
) -> None:
    cards = panel.widgets.overview.cards
    assert _number(cards["habit_spreaders"].number.text()) == h.habit_spreaders
    assert _number(cards["risk_clusters"].number.text()) == h.risk_clusters
    assert _number(cards["gatekeepers"].number.text()) == h.gatekeepers
    assert _number(cards["reach"].number.text()) == h.reached
    # The box and the Gatekeepers table count the same people; the Clusters table
    # lists the groups (no single people).
    assert panel.widgets.pages["gatekeepers"].model.rowCount() == h.gatekeepers
    assert panel.widgets.pages["clusters"].model.rowCount() == h.groups
    # The picture's key figures and the command line's summary say the same counts.
    lines = key_figures(h, result.options.reach_steps, "en")
    naming = Naming.build(data.people, pseudonymised=False)
    picture = default_facts(result, naming, "en")
    assert picture[: len(lines)] == lines
    text = summary_text(result, "en")
    for line in lines:
        assert f"  - {line}" in text
    assert f"{h.key_holders} key knowledge holder" in text
    assert f"{h.gatekeepers} gatekeeper" in text
    # The workbook's Summary sheet.
    facts = dict(summary_facts(result, naming, "en", "Test", date(2026, 1, 1)))
    assert facts["Answered the survey"] == h.respondents
    assert facts["Key knowledge holders"] == h.key_holders
    assert facts["Possible habit spreaders"] == h.habit_spreaders
    assert facts["Risk clusters"] == h.risk_clusters
    assert facts["Gatekeepers"] == h.gatekeepers
    # A real percentage cell: the exact share, shown as the sentences show it ("85%").
    rate = facts["Response rate"]
    assert rate == h.rate or round(rate, 3) == h.percent.tenths / 1000
    decimals = 1 if h.percent.tenths % 10 else 0
    assert rate.number_format == ("0.0%" if decimals else "0%")
    assert f"{rate * 100:.{decimals}f}" == h.percent.text("en")
    assert cards["response"].number.text().count(f"{h.percent.text('en')}%") == 1


@pytest.mark.parametrize("which", ["demo", "synthetic"])
def test_every_surface_shows_the_same_headline_figures(
    qtbot: QtBot,
    panel: ResultsPanel,
    demo_data: SurveyData,
    synthetic: Callable[[int], SurveyData],
    which: str,
) -> None:
    data = demo_data if which == "demo" else synthetic(300)
    set_language("en")
    with qtbot.waitSignal(panel.analysis_finished, timeout=60_000) as done:
        panel.show_wave(DataSource(data), "Test")
    qtbot.waitUntil(lambda: not panel.busy_now())
    result = done.args[0]
    h = headline(result)
    # Independent counts, straight from the result.
    assert h.gatekeepers == sum(
        1 for p in result.people if p.gatekeeper_of > 0 or p.sole_source_of > 0
    )
    assert h.risk_clusters == sum(1 for c in result.clusters if c.risk)
    assert h.groups == sum(1 for c in result.clusters if len(c.members) > 1)
    assert h == headline(analyze(data, result.options))
    _surfaces_agree(panel, data, result, h)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_jargon_on_the_dashboard(analysed: ResultsPanel, lang: str) -> None:
    from kennisnet.ui.results.overview import notes

    set_language(lang)
    panel = analysed
    panel.retranslate()
    result = panel.widgets.overview.result
    assert result is not None
    shown = [n.text for n in notes(result)]
    for page in panel.widgets.pages.values():
        model = page.model
        shown += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
    text = " ".join(shown).lower()
    for word in ("brugscore", "bridge score", "pagerank", "betweenness"):
        assert word not in text


def test_an_empty_wave_says_what_to_do_next(qtbot: QtBot, panel: ResultsPanel) -> None:
    from kennisnet.model import Person, Wave

    set_language("en")
    people = tuple(Person(id=i, uid=f"u{i}", name=f"P{i}", department="A") for i in (1, 2, 3))
    data = SurveyData(people, (), Wave(id=1, name="Wave 1", started_at="2026-01-01"))
    with qtbot.waitSignal(panel.analysis_finished, timeout=30_000):
        panel.show_wave(DataSource(data), "Empty")
    overview = panel.widgets.overview
    assert "Collect answers first" in overview.caption.text()
    assert "ready" not in overview.caption.text()
    assert "trained colleagues nearby" not in overview.cards["risk_clusters"].detail.text()


def test_the_workspace_overview_says_what_to_do_when_nobody_answered(qtbot: QtBot) -> None:
    from kennisnet.ui.workspace.overview import OverviewPage, Status

    set_language("en")
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_status(Status("New", "Wave 1", roster=64, responded=0, pending=0, low_departments=1))
    assert "ready" not in page.steps[3].text.text()
    assert "Collect answers first" in page.steps[3].text.text()
    page.set_status(Status("New", "Wave 1", roster=64, responded=51, pending=0, low_departments=1))
    assert "79.7%" in page.steps[2].text.text()
