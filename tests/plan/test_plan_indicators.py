"""Indicators over the waves (by hand), the follow-up of a plan, the chart and the workbook."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from plan_helpers import org, person

from kennisnet.analysis import analyze
from kennisnet.cli import main
from kennisnet.model import Wave
from kennisnet.plan import Status, propose
from kennisnet.plan.chart import figure_png, indicators_figure
from kennisnet.plan.indicators import follow_up, wave_indicators
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.store.responses import NominationDraft


def test_indicators_of_a_small_organisation_by_hand() -> None:
    # Team T1 (dept A): 1 trained, 2 and 3 learn from 1, 4 (new) learns from 3.
    # Dept B (no team): 5 learns from 1 (across departments) and from 6; 6 untrained.
    people = [
        person(1, trained=True, team="T1"),
        person(2, team="T1"),
        person(3, team="T1"),
        person(4, team="T1", start="2026-09-01"),
        person(5, department="B", start="2026-08-15"),
        person(6, department="B"),
    ]
    data = org(people, [(2, 1), (3, 1), (4, 3), (5, 1), (5, 6)])
    row = wave_indicators(analyze(data), data, 6)
    # Reach within 2 steps: 1 (0), 2, 3, 5 (1 step), 4 (2 steps); 6 names nobody.
    assert row.reach_share == pytest.approx(5 / 6)
    # Newcomers 4 and 5; 5 names trained 1 directly, 4 only through 3.
    assert (row.newcomers, row.newcomers_connected) == (2, 1)
    # Inside a team: 2->1, 3->1, 4->3 (T1) and 5->6 (both department B, no team): 4 of 6 people.
    assert row.team_ties_per_person == pytest.approx(4 / 6)
    assert row.cross_department_ties == 1  # 5 -> 1
    assert row.learners_per_overloaded is None and row.overloaded == 0


def test_follow_up_reports_what_changed_for_the_people_of_done_actions() -> None:
    people = [person(1), person(2), person(3), person(4)]
    before_data = org(people, [(2, 1), (3, 1), (4, 2), (4, 3), (3, 2)])
    before = analyze(before_data)
    plan = propose(before, before_data)
    training = plan.action("risk_cluster:1:training")
    done = replace(plan, actions=(replace(training, status=Status.DONE), *plan.actions[1:]))
    after_people = [person(1, trained=True), person(2), person(3), person(4)]
    after_data = replace(
        org(after_people, [(2, 1), (3, 1), (4, 2), (4, 3), (3, 2)]), wave=Wave(2, "W2", "2027")
    )
    after = analyze(after_data)
    items = follow_up(done, before, after)
    assert [f.action.key for f in items] == ["risk_cluster:1:training"]
    f = items[0]
    assert (f.people, f.trained_before, f.trained_after) == (1, 0, 1)
    assert (f.reached_before, f.reached_after) == (0, 1)


def _second_wave(path: Path) -> None:
    """The same answers again after training 33, 38, 42 and 47; 34-36 also name 38."""
    with Project.open(path) as project:
        drafts = [d for _, d in project.stored_responses()]
        wave = project.add_wave("Meting 2")
        for pid in (33, 38, 42, 47):
            project.update_person(pid, trained_hr=True)
        for d in drafts:
            extra = (NominationDraft(source_id=38),) if d.respondent_id in (34, 35, 36) else ()
            project.add_response(
                replace(
                    d,
                    uuid=None,
                    wave_id=wave,
                    nominations=(*d.nominations, *extra),
                    submitted_at=None,
                )
            )


def test_a_second_wave_shows_the_trend_and_the_follow_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    assert main(["plan", str(demo), "--done", "habit_spreader:33"]) == 0
    _second_wave(demo)
    capsys.readouterr()
    chart = tmp_path / "trend.png"
    assert main(["plan", str(demo), "--json", "--indicators", "--chart", str(chart)]) == 0
    doc = json.loads(capsys.readouterr().out)
    first, second = doc["indicators"]
    assert (first["wave"]["name"], second["wave"]["name"]) == (
        "Meting 1 (najaar 2026)",
        "Meting 2",
    )
    assert first["risk_clusters"] == 2 and first["habit_spreaders"] == 3
    assert second["habit_spreaders"] < first["habit_spreaders"]
    assert second["reach_share"] > first["reach_share"]
    follow = doc["follow_up"]
    assert follow["wave"] == "Meting 1 (najaar 2026)"
    assert follow["actions"] == [
        {
            "key": "habit_spreader:33",
            "status": "done",
            "people": 1,
            "trained_before": 0,
            "trained_after": 1,
            "reached_before": 0,
            "reached_after": 1,
        }
    ]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The workbook has the Plan and Indicators sheets, in Dutch.
    book = tmp_path / "resultaten.xlsx"
    assert main(["--lang", "nl", "export", str(demo), "--xlsx", str(book)]) == 0
    wb = load_workbook(book)
    assert "Plan" in wb.sheetnames and "Indicatoren" in wb.sheetnames
    rows = list(wb["Indicatoren"].iter_rows(values_only=True))
    assert rows[0][0] == "Meting" and [r[0] for r in rows[1:3]] == [
        "Meting 1 (najaar 2026)",
        "Meting 2",
    ]
    plan_rows = list(wb["Plan"].iter_rows(values_only=True))
    assert plan_rows[0][:4] == ("Nummer", "Stap", "Leervorm", "Bevinding")
    assert len(plan_rows) > 1 and all(r[6] for r in plan_rows[1:])


def test_the_chart_draws_one_wave_and_gaps() -> None:
    people = [person(1, trained=True), person(2)]
    data = org(people, [(2, 1)])
    row = wave_indicators(analyze(data), data, 6)
    figure = indicators_figure([row], "nl")
    assert [ax.get_title() for ax in figure.axes] == [
        "Aandelen (%)",
        "Aantallen",
        "Per persoon / per bron",
    ]
    assert figure_png(figure)[:4] == b"\x89PNG"


def test_pseudonymised_workbook_plan_has_codes_not_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    with Project.open(demo, readonly=True) as project:
        names = [p.name for p in project.people()]
    assert main(["plan", str(demo), "--add", f"{names[0]} vertelt over veilig werken",
                 "--form", "reflection", "--owner", "1=" + names[1]]) == 0  # fmt: skip
    book = tmp_path / "codes.xlsx"
    assert main(["export", str(demo), "--xlsx", str(book), "--pseudonymize"]) == 0
    wb = load_workbook(book)
    cells = [
        str(v)
        for name in ("Plan", "Indicators")
        for row in wb[name].iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    assert any("P-0" in c for c in cells)
    assert not [c for c in cells for n in names if n in c]
    # Newcomer figures are about fewer than 5 people: hidden.
    assert "hidden (fewer than 5 people)" in cells
