"""The application layer: options stored per wave, one cached analysis, shared use cases."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kennisnet.analysis import AnalysisOptions
from kennisnet.cli import main
from kennisnet.resources import resource
from kennisnet.session import DEFAULTS, DataSource, NotRestored, Session, UnknownWave, restore
from kennisnet.store import Project, ProjectError


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    return path


def test_options_default_then_stored_per_wave(demo: Path) -> None:
    with Session.open(demo) as session:
        first = session.wave_id()
        assert session.options() == DEFAULTS
        session.set_options(replace(DEFAULTS, overloaded_threshold=3, advice_k=5))
        assert session.options(first).overloaded_threshold == 3
        second = session.new_wave("Meting 2")
        assert second != first
        # A new wave takes the options of the wave before it.
        assert session.options(second) == session.options(first)
        session.set_options(replace(DEFAULTS, overloaded_threshold=4), second)
        assert session.options(first).overloaded_threshold == 3
        assert session.options(second).overloaded_threshold == 4
    with Session.open(demo, readonly=True) as again:  # kept in the project file
        assert again.options(first).advice_k == 5


def test_options_out_of_range_are_refused(demo: Path) -> None:
    with Session.open(demo) as session:
        with pytest.raises(ValueError, match="overloaded_threshold"):
            session.set_options(replace(DEFAULTS, overloaded_threshold=0))
        assert session.options() == DEFAULTS


def test_damaged_stored_options_are_refused_not_guessed(demo: Path) -> None:
    with Project.open(demo) as project:
        project.set_meta(f"analysis_options/{project.current_wave_id()}", '{"advice_k": "x"}')
    with (
        Session.open(demo, readonly=True) as session,
        pytest.raises(ProjectError, match="cannot be read"),
    ):
        session.analysis()


def test_analysis_is_cached_until_the_project_or_options_change(demo: Path) -> None:
    with Session.open(demo) as session:
        first = session.analysis()
        assert session.cached() is first
        assert session.analysis() is first
        with_layout = session.analysis(layout=True)
        assert with_layout.result is first.result and with_layout.positions
        session.set_options(replace(DEFAULTS, overloaded_threshold=2))
        assert session.cached() is None
        second = session.analysis()
        assert second.result is not first.result
        assert second.result.options.overloaded_threshold == 2
        person = session.project.people()[0]
        session.project.update_person(person.id, trained_hr=not person.trained_hr)
        assert session.cached() is None


def test_the_command_line_uses_the_projects_options(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same project, same numbers: `kennisnet analyze` reads the options the app stored."""
    with Session.open(demo) as session:
        session.set_options(replace(DEFAULTS, overloaded_threshold=2))
        overloaded = sum(p.overloaded for p in session.analysis().result.people)
        default = sum(p.overloaded for p in DataSource(session.snapshot()).analysis().result.people)
    assert overloaded > default  # the option changes the finding
    assert main(["analyze", str(demo), "--json"]) == 0
    out = capsys.readouterr().out
    printed = json.loads(out)
    assert printed["options"]["overloaded_threshold"] == 2
    assert sum(1 for p in printed["people"] if p["overloaded"]) == overloaded


def test_unknown_wave_is_named(demo: Path) -> None:
    with (
        Session.open(demo, readonly=True) as session,
        pytest.raises(UnknownWave, match="no wave 9"),
    ):
        session.wave_id("9")


def test_export_adds_plan_sheets_and_title(demo: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kennisnet.export import ExportRequest

    target = tmp_path / "out.xlsx"
    with Session.open(demo, readonly=True) as session:
        written = session.export(ExportRequest(xlsx=target, lang="en"))
    assert written == [target]
    sheets = load_workbook(target, read_only=True).sheetnames
    assert "Plan" in sheets and "Indicators" in sheets


def test_export_refuses_the_project_itself(demo: Path) -> None:
    from kennisnet.export import ExportRequest
    from kennisnet.outputs import OutputRefused

    before = demo.read_bytes()
    with Session.open(demo, readonly=True) as session, pytest.raises(OutputRefused):
        session.export(ExportRequest(png=demo, force=True))
    assert demo.read_bytes() == before


def test_restore_puts_a_copy_back(demo: Path) -> None:
    with Project.open(demo) as project:  # opening for changes makes a backup
        name = project.people()[0].name
        project.erase_person(project.people()[0].id)
    with Project.open(demo, readonly=True) as project:
        backups = project.backups()
        people = {p.name for p in project.people()}
    assert name not in people and backups
    restore(demo, backups[-1])
    with Project.open(demo, readonly=True) as project:
        # An erased person never comes back, whatever copy is restored.
        assert name not in {p.name for p in project.people()}
        assert len(project.backups()) == len(backups) + 1


def test_restore_of_a_missing_copy_changes_nothing(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        chosen = project.backups()[0]
    before = demo.read_bytes()
    chosen.path.unlink()
    with pytest.raises(NotRestored):
        restore(demo, chosen)
    assert demo.read_bytes() == before


def test_compare_uses_the_later_waves_options(demo: Path) -> None:
    with Session.open(demo) as session:
        first = session.wave_id()
        second = session.new_wave("Meting 2")
        with pytest.raises(ValueError, match="two different"):
            session.compare(first, first)
        comparison = session.compare(first, second)
    # The new wave has no answers yet: the comparison says so instead of changes.
    assert not comparison.comparable and comparison.reasons and comparison.changes is None


def test_data_source_analyses_once(demo: Path) -> None:
    with Project.open(demo, readonly=True) as project:
        data = project.snapshot()
    source = DataSource(data, AnalysisOptions(advice_k=1))
    found = source.analysis(layout=True)
    assert found.positions and source.analysis() is found
    assert len(found.result.advice.steps) <= 1
    leaving = [found.result.people[0].id]
    assert source.what_if(leaving).leaving == tuple(leaving)


def test_bridge_scores_can_follow_the_rest(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kennisnet.analysis import analyze, betweenness
    from kennisnet.store.backup import remove_cached_analyses

    with Session.open(demo) as session:
        # Small networks get their bridge scores at once: they take no time.
        assert session.analysis(betweenness=False).result.betweenness_computed
        remove_cached_analyses(session.project.project_id)  # not from this laptop's cache
    monkeypatch.setattr(betweenness, "PROCESSES_FROM", 10)
    with Session.open(demo) as session:
        first = session.analysis(layout=True, betweenness=False)
        assert not first.result.betweenness_computed
        assert first.positions is not None
        assert session.cached() is None  # others (the exports) never get it without them
        heard: list[float] = []
        full = session.analysis(layout=True, progress=lambda done, _label: heard.append(done))
        assert full.result.betweenness_computed
        assert full.positions == first.positions
        assert heard == sorted(heard) and heard[-1] == 1.0
        assert full.result == analyze(full.data, full.options)
        assert session.cached() is full
        assert session.analysis(betweenness=False) is full


def test_what_if_counts_no_bridge_scores(demo: Path) -> None:
    with Session.open(demo) as session:
        base = session.analysis()
        leaving = max(base.result.people, key=lambda p: p.in_degree).id
        whatif = session.what_if([leaving])
        assert not whatif.after.betweenness_computed
        assert whatif.leaving == (leaving,)
    source = DataSource(base.data, base.options)
    assert not source.what_if([leaving]).after.betweenness_computed
