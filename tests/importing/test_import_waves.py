"""Every answer belongs to one wave: imports and merges across waves.

Duplicates are found within a wave (same wave, same respondent, same content); the
same answer given again in a later wave is a new answer of that wave.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from kennisnet.importing.responses import import_responses
from kennisnet.merge import merge_projects
from kennisnet.model import SurveyData
from kennisnet.store import NominationDraft, Project, ResponseDraft

NAMES = ["Anne de Vries", "Bob Jansen", "Carla Smit", "Dirk Bos"]


def make(path: Path) -> Path:
    with Project.create(path, name="Zorg") as project:
        for i, name in enumerate(NAMES):
            project.add_person(name=name, department="Zorg", employee_number=str(100 + i))
    return path


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def test_a_template_import_into_wave_2_counts_identical_answers(tmp_path: Path) -> None:
    # (An accumulated Forms export split over waves by answer time is tested where that
    # split is built; this is the template/CSV path.)
    path = make(tmp_path / "p.kennisnet")
    file = write_csv(
        tmp_path / "a.csv",
        [["Respondent", "Bron 1"], ["Bob Jansen", "Anne de Vries"], ["Carla Smit", "Bob Jansen"]],
    )
    with Project.open(path) as project:
        assert import_responses(project, file).added == 2
        wave2 = project.add_wave("Meting 2")
        report = import_responses(project, file)
        assert (report.added, report.already_there, report.replaced) == (2, 0, 0)
        again = import_responses(project, file)
        assert (again.added, again.already_there) == (0, 2)
        # Into wave 1 explicitly: still the same answers there.
        back = import_responses(project, file, wave_id=1)
        assert (back.added, back.already_there) == (0, 2)
        assert (project.response_count(1), project.response_count(wave2)) == (2, 2)
        assert project.response_uuids(1).isdisjoint(project.response_uuids(wave2))
        first, second = project.snapshot(1), project.snapshot(wave2)

    def ties(data: SurveyData) -> list[tuple[int, int]]:
        return sorted((r.respondent_id, n.source_id) for r in data.responses for n in r.nominations)

    assert ties(first) == ties(second) == [(2, 1), (3, 2)]


def test_merging_keeps_each_answer_in_its_wave(tmp_path: Path) -> None:
    main = make(tmp_path / "hoofd.kennisnet")
    other = tmp_path / "laptop.kennisnet"
    shutil.copyfile(main, other)
    file = write_csv(
        tmp_path / "a.csv", [["Respondent", "Bron 1"], ["Bob Jansen", "Anne de Vries"]]
    )
    with Project.open(main) as project:
        import_responses(project, file)  # wave 1 here
    with Project.open(other) as laptop:
        laptop.add_wave("Meting 2")
        import_responses(laptop, file, wave_id=1)
        import_responses(laptop, file)  # the same answer, in wave 2 on the laptop
        who = {p.name: p.id for p in laptop.people()}
        laptop.add_response(
            ResponseDraft(
                respondent_id=who["Carla Smit"],
                nominations=(NominationDraft(source_id=who["Bob Jansen"]),),
            )
        )
    with Project.open(main) as project:
        report = merge_projects(project, [other])
        # Bob's wave-1 answer is the same one; his wave-2 answer and Carla's are new.
        assert (report.added, report.already_there, report.conflicts) == (2, 1, ())
        waves = {name: wid for wid, name, _ in project.waves()}
        assert project.response_count(waves["Wave 1"]) == 1
        assert project.response_count(waves["Meting 2"]) == 2
        again = merge_projects(project, [other])
        assert (again.added, again.already_there) == (0, 3)


def test_an_older_laptop_file_with_one_identity_in_another_wave(tmp_path: Path) -> None:
    """A file made before identities held the wave: the same identity in a different wave
    is a new answer of that wave, and merging it again changes nothing."""
    main = make(tmp_path / "hoofd.kennisnet")
    other = tmp_path / "laptop.kennisnet"
    shutil.copyfile(main, other)
    with Project.open(main) as project:
        who = {p.name: p.id for p in project.people()}
        project.add_response(ResponseDraft(respondent_id=who["Bob Jansen"], uuid="same-id"))
    with Project.open(other) as laptop:
        wave2 = laptop.add_wave("Meting 2")
        laptop.add_response(
            ResponseDraft(respondent_id=who["Bob Jansen"], uuid="same-id", wave_id=wave2)
        )
    with Project.open(main) as project:
        report = merge_projects(project, [other])
        assert (report.added, report.already_there) == (1, 0)
        waves = {name: wid for wid, name, _ in project.waves()}
        assert project.response_count(waves["Meting 2"]) == 1
        assert "same-id" in project.response_uuids(waves["Wave 1"])
        again = merge_projects(project, [other])
        assert (again.added, again.already_there) == (0, 1)
