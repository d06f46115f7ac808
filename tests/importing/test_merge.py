"""Merging other laptops' project files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kennisnet.merge import merge_projects
from kennisnet.store import NominationDraft, NotAProject, Project, ResponseDraft


@pytest.fixture
def main_file(tmp_path: Path) -> Path:
    path = tmp_path / "hoofd.kennisnet"
    with Project.create(path, name="Hoofd") as project:
        for i, name in enumerate(["Anne de Vries", "Bob Jansen", "Carla Smit", "Dirk Bos"]):
            project.add_person(name=name, department="Zorg", employee_number=str(100 + i))
    return path


def laptop(main_file: Path, name: str) -> Path:
    copy = main_file.with_name(name)
    shutil.copyfile(main_file, copy)
    return copy


def answer(path: Path, respondent: str, sources: list[str], at: str) -> str:
    with Project.open(path) as project:
        who = {p.name: p.id for p in project.people()}
        return project.add_response(
            ResponseDraft(
                respondent_id=who[respondent],
                nominations=tuple(NominationDraft(source_id=who[s]) for s in sources),
                submitted_at=at,
                laptop_id=path.stem,
            )
        )


def test_merge_two_laptops_and_again_changes_nothing(main_file: Path) -> None:
    a = laptop(main_file, "kantine.kennisnet")
    b = laptop(main_file, "werkplaats.kennisnet")
    answer(a, "Anne de Vries", ["Bob Jansen"], "2026-10-01T09:00:00+00:00")
    answer(a, "Bob Jansen", ["Anne de Vries", "Carla Smit"], "2026-10-01T09:10:00+00:00")
    answer(b, "Carla Smit", ["Anne de Vries"], "2026-10-01T09:05:00+00:00")
    with Project.open(main_file) as project:
        report = merge_projects(project, [a, b])
        assert (report.added, report.already_there, report.conflicts) == (3, 0, ())
        first = project.snapshot()
        again = merge_projects(project, [a, b])
        assert (again.added, again.already_there) == (0, 3)
        assert project.snapshot() == first
    assert len(first.responses) == 3
    by = {r.respondent_id: len(r.nominations) for r in first.responses}
    assert sorted(by.values()) == [1, 1, 2]


def test_same_person_on_two_laptops_latest_counts(main_file: Path) -> None:
    a = laptop(main_file, "a.kennisnet")
    b = laptop(main_file, "b.kennisnet")
    answer(a, "Anne de Vries", ["Bob Jansen"], "2026-10-01T09:00:00+00:00")
    later = answer(b, "Anne de Vries", ["Carla Smit"], "2026-10-02T09:00:00+00:00")
    with Project.open(main_file) as project:
        report = merge_projects(project, [b, a])
        assert len(report.conflicts) == 1
        assert "Anne de Vries" in report.conflicts[0]
        data = project.snapshot()
    assert [r.uuid for r in data.responses] == [later]


def test_separately_made_project_matches_by_employee_number(
    main_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "los.kennisnet"
    with Project.create(other, name="Los") as project:
        anne = project.add_person(name="A. de Vries", employee_number="100")
        eva = project.add_person(name="Eva Nieuw", employee_number="999")
        project.add_response(
            ResponseDraft(respondent_id=anne, nominations=(NominationDraft(source_id=eva),))
        )
    with Project.open(main_file) as project:
        report = merge_projects(project, [other])
        assert report.unmatched_names == ("Eva Nieuw",)
        data = project.snapshot()
        assert [p.written for p in project.pending_names()] == ["Eva Nieuw"]
    anne_id = next(p.id for p in data.people if p.employee_number == "100")
    assert [r.respondent_id for r in data.responses] == [anne_id]
    assert data.unresolved_names == 1


def test_a_damaged_other_file_changes_nothing(main_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.kennisnet"
    bad.write_bytes(main_file.read_bytes()[:100])
    with Project.open(main_file) as project:
        before = project.snapshot()
        with pytest.raises(NotAProject):
            merge_projects(project, [bad])
        assert project.snapshot() == before


def test_merging_itself_is_skipped(main_file: Path) -> None:
    with Project.open(main_file) as project:
        report = merge_projects(project, [main_file])
    assert report.added == 0
    assert "itself" in report.notes[0]


def test_a_wave_only_another_laptop_has_is_added_but_not_made_current(main_file: Path) -> None:
    other = laptop(main_file, "later.kennisnet")
    with Project.open(other) as project:
        second = project.add_wave("Meting 2")
        started = "2026-09-01T08:00:00+00:00"  # started there weeks before the merge
        with project.transaction() as conn:
            conn.execute("UPDATE waves SET started_at = ? WHERE id = ?", (started, second))
    answer(other, "Anne de Vries", ["Bob Jansen"], "2026-11-01T09:00:00+00:00")
    with Project.open(main_file) as project:
        current = project.current_wave_id()
        report = merge_projects(project, [other])
        assert project.current_wave_id() == current
        assert [name for _, name, _ in project.waves()] == ["Wave 1", "Meting 2"]
        # The wave keeps the start it had on the other laptop (Forms times are split on it).
        assert [start for _, name, start in project.waves() if name == "Meting 2"] == [started]
        assert report.added == 1
        assert any("Meting 2" in note for note in report.notes)
        assert project.snapshot().responses == ()
        assert len(project.snapshot(2).responses) == 1
