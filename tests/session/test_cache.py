"""The analysis kept on this laptop: reused by another process, never when anything changed."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from kennisnet import analysis as analysis_package
from kennisnet.analysis import AnalysisOptions, AnalysisResult, to_json
from kennisnet.cli import main
from kennisnet.model import Nomination, Person, Response, SurveyData, Wave
from kennisnet.resources import resource, user_cache_dir
from kennisnet.session import DEFAULTS, Session
from kennisnet.session import cache as disk_cache
from kennisnet.store import Project
from kennisnet.store.backup import analysis_cache_dir
from kennisnet.store.responses import NominationDraft, ResponseDraft


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    return path


@pytest.fixture
def analyses(monkeypatch: pytest.MonkeyPatch) -> list[SurveyData]:
    """Every real analysis run from now on (the data it was given)."""
    runs: list[SurveyData] = []
    real = analysis_package.analyze

    def counted(data: SurveyData, *args: Any, **kwargs: Any) -> AnalysisResult:
        runs.append(data)
        return real(data, *args, **kwargs)

    monkeypatch.setattr(analysis_package, "analyze", counted)
    return runs


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import kennisnet.layout

    runs: list[int] = []
    real = kennisnet.layout.compute_layout

    def counted(result: AnalysisResult, **kwargs: int) -> Mapping[int, tuple[float, float]]:
        runs.append(1)
        return real(result, **kwargs)

    monkeypatch.setattr(kennisnet.layout, "compute_layout", counted)
    return runs


def cache_files(project: Path) -> list[Path]:
    with Project.open(project, readonly=True) as opened:
        folder = analysis_cache_dir(opened.project_id)
    return sorted(folder.glob("*" + disk_cache.SUFFIX)) if folder.exists() else []


def test_a_second_session_loads_the_analysis_instead_of_analysing(
    demo: Path, analyses: list[SurveyData], layouts: list[int]
) -> None:
    with Session.open(demo, readonly=True) as session:
        fresh = session.analysis(layout=True)
    assert len(analyses) == 1 and len(layouts) == 1
    assert len(cache_files(demo)) == 1
    with Session.open(demo, readonly=True) as again:
        loaded = again.analysis(layout=True)
    assert len(analyses) == 1 and len(layouts) == 1  # neither analysed nor laid out again
    assert loaded.result is not fresh.result
    assert loaded.result == fresh.result
    assert to_json(loaded.result) == to_json(fresh.result)
    assert loaded.positions == fresh.positions
    assert loaded.data == fresh.data and loaded.fingerprint == fresh.fingerprint


def test_the_layout_is_added_to_a_cached_analysis(
    demo: Path, analyses: list[SurveyData], layouts: list[int]
) -> None:
    with Session.open(demo, readonly=True) as session:
        assert session.analysis().positions is None
    with Session.open(demo, readonly=True) as session:
        with_layout = session.analysis(layout=True)
    assert len(analyses) == 1 and len(layouts) == 1
    with Session.open(demo, readonly=True) as session:
        assert session.analysis(layout=True).positions == with_layout.positions
    assert len(analyses) == 1 and len(layouts) == 1


def test_an_analysis_without_bridge_scores_is_kept_and_completed_later(
    demo: Path, analyses: list[SurveyData], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report or a big project's group map needs no bridge scores: the next process
    that needs none takes that analysis; one that needs them adds them, analysing no more."""
    from kennisnet.analysis import betweenness

    monkeypatch.setattr(betweenness, "PROCESSES_FROM", 10)  # the demo as a big network
    with Session.open(demo, readonly=True) as session:
        quick = session.analysis(betweenness=False)
    assert not quick.result.betweenness_computed
    assert len(analyses) == 1 and len(cache_files(demo)) == 1
    with Session.open(demo, readonly=True) as session:
        again = session.analysis(betweenness=False)
        assert session.cached() is None  # never handed out as complete
    assert len(analyses) == 1  # not analysed again
    assert not again.result.betweenness_computed
    assert again.result == quick.result
    with Session.open(demo, readonly=True) as session:
        complete = session.analysis()
    assert len(analyses) == 1 and complete.result.betweenness_computed
    with Session.open(demo, readonly=True) as session:
        kept = session.analysis(betweenness=False)  # the complete one took its place
    assert kept.result.betweenness_computed and kept.result == complete.result
    assert len(analyses) == 1


def test_the_command_line_reuses_it_with_identical_output(
    demo: Path,
    tmp_path: Path,
    analyses: list[SurveyData],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["analyze", str(demo), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["export", str(demo), "--png", str(tmp_path / "a.png")]) == 0
    capsys.readouterr()
    assert main(["analyze", str(demo), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert len(analyses) == 1
    assert first == second
    # The picture is the one a fresh analysis draws.
    shutil.rmtree(user_cache_dir())
    assert main(["export", str(demo), "--png", str(tmp_path / "b.png")]) == 0
    assert len(analyses) == 2
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def _unanswered(project: Project) -> Person:
    answered = {r.respondent_id for r in project.snapshot().responses}
    return next(p for p in project.people(include_external=False) if p.id not in answered)


def _nothing(project: Project) -> None:
    return None


def _new_answer(project: Project) -> None:
    someone = _unanswered(project)
    source = next(p for p in project.people(include_external=False) if p.id != someone.id)
    project.add_response(
        ResponseDraft(respondent_id=someone.id, nominations=(NominationDraft(source.id),))
    )


def _roster_change(project: Project) -> None:
    person = project.people(include_external=False)[0]
    project.update_person(person.id, trained_hr=not person.trained_hr)


def _pending_name(project: Project) -> None:
    """An answer that names someone HR still has to resolve."""
    project.add_response(
        ResponseDraft(
            respondent_id=_unanswered(project).id,
            nominations=(NominationDraft(written="Nog Onbekender"),),
        )
    )


def _name_decision(project: Project) -> None:
    before = project.snapshot()
    source = project.people(include_external=False)[0]
    project.decide_name("Nog Onbekender", "person", source.id)
    assert project.snapshot().unresolved_names == before.unresolved_names - 1


def _options(project: Project) -> None:
    from kennisnet.session import store_options

    store_options(project, project.current_wave_id(), replace(DEFAULTS, overloaded_threshold=2))


@pytest.mark.parametrize(
    ("prepare", "change"),
    [
        (_nothing, _new_answer),
        (_nothing, _roster_change),
        (_pending_name, _name_decision),
        (_nothing, _options),
    ],
    ids=["new answer", "roster change", "name decision", "options"],
)
def test_any_change_makes_it_analyse_again(
    demo: Path,
    analyses: list[SurveyData],
    prepare: Callable[[Project], None],
    change: Callable[[Project], None],
) -> None:
    with Project.open(demo) as project:
        prepare(project)
    with Session.open(demo, readonly=True) as session:
        before = session.analysis()
    with Session.open(demo, readonly=True) as session:
        assert session.analysis().fingerprint == before.fingerprint
    assert len(analyses) == 1
    with Project.open(demo) as project:
        change(project)
    with Session.open(demo, readonly=True) as session:
        after = session.analysis()
    assert len(analyses) == 2
    assert after.fingerprint != before.fingerprint
    assert after.data == analyses[-1]
    # What it found is what a fresh analysis of the changed project finds.
    from kennisnet.analysis import analyze

    assert to_json(after.result) == to_json(analyze(after.data, after.options))
    assert len(cache_files(demo)) == 1  # one file per wave: the old one was replaced


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:-10] + b"0123456789",
        lambda raw: b"not a cache file at all",
        lambda raw: b"",
    ],
    ids=["truncated", "changed", "foreign", "empty"],
)
def test_a_damaged_file_is_ignored_and_removed(
    demo: Path, analyses: list[SurveyData], damage: Callable[[bytes], bytes]
) -> None:
    with Session.open(demo, readonly=True) as session:
        fresh = session.analysis()
    (path,) = cache_files(demo)
    path.write_bytes(damage(path.read_bytes()))
    with Session.open(demo, readonly=True) as session:
        again = session.analysis()
    assert len(analyses) == 2
    assert to_json(again.result) == to_json(fresh.result)
    assert cache_files(demo) == [path]  # written anew, and used again
    with Session.open(demo, readonly=True) as session:
        session.analysis()
    assert len(analyses) == 2


def test_a_file_of_other_data_or_code_is_not_trusted(
    demo: Path, analyses: list[SurveyData], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Session.open(demo, readonly=True) as session:
        session.analysis()
    # Another version of the app (or of the libraries) makes another fingerprint.
    monkeypatch.setattr(disk_cache, "code_version", lambda: "another version")
    with Session.open(demo, readonly=True) as session:
        session.analysis()
    assert len(analyses) == 2


def test_a_pickle_with_foreign_classes_is_refused(demo: Path, analyses: list[SurveyData]) -> None:
    import hashlib
    import pickle

    with Session.open(demo, readonly=True) as session:
        found = session.analysis()
    assert found.fingerprint is not None
    (path,) = cache_files(demo)
    body = pickle.dumps((print, None))
    header = found.fingerprint.encode() + b"\n" + hashlib.sha256(body).hexdigest().encode()
    path.write_bytes(path.read_bytes()[: len(disk_cache._MAGIC)] + header + b"\n" + body)
    with Session.open(demo, readonly=True) as session:
        session.analysis()
    assert len(analyses) == 2


def test_a_cache_folder_that_cannot_be_written_never_stops_the_analysis(
    demo: Path, analyses: list[SurveyData]
) -> None:
    root = user_cache_dir()
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("a file where the folder should be")
    with Session.open(demo, readonly=True) as session:
        assert session.analysis(layout=True).positions
    with Session.open(demo, readonly=True) as session:
        session.analysis()
    assert len(analyses) == 2


def test_nothing_is_kept_when_the_project_changed_during_the_analysis(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app analyses on a worker thread; an edit (an erasure) may come meanwhile."""
    real = analysis_package.analyze
    with Session.open(demo) as session:

        def meanwhile(data: SurveyData, *args: Any, **kwargs: Any) -> AnalysisResult:
            _roster_change(session.project)
            return real(data, *args, **kwargs)

        monkeypatch.setattr(analysis_package, "analyze", meanwhile)
        session.analysis()
    assert cache_files(demo) == []


def test_erasing_anyone_removes_every_cached_analysis_of_the_project(
    demo: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.kennisnet"
    with Project.create(other, name="Other") as project:
        project.add_person(name="Someone Else")
    with Session.open(demo) as session:
        first = session.wave_id()
        session.analysis(layout=True)
        second = session.new_wave("Meting 2")
        session.analysis(second)
    with Session.open(other, readonly=True) as session:
        session.analysis()
    cached = cache_files(demo)
    assert len(cached) == 2 and len(cache_files(other)) == 1
    with Project.open(demo) as project:
        person = next(p for p in project.people(include_external=False))
        assert all(person.name.encode() in path.read_bytes() for path in cached)
        report = project.erase_person(person.id)
    assert cache_files(demo) == [] and not report.found_in
    assert not analysis_cache_dir_of(demo).exists()
    assert len(cache_files(other)) == 1  # another project's analysis stays
    with Session.open(demo, readonly=True) as session:
        assert person.name not in {p.name for p in session.analysis(first).result.people}


def analysis_cache_dir_of(project: Path) -> Path:
    with Project.open(project, readonly=True) as opened:
        return analysis_cache_dir(opened.project_id)


def test_erase_on_the_command_line_removes_the_cached_analyses(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(demo)]) == 0
    assert cache_files(demo)
    with Project.open(demo, readonly=True) as project:
        person = project.people(include_external=False)[0]
    assert main(["erase", str(demo), person.employee_number or person.name, "--yes"]) == 0
    assert cache_files(demo) == []
    assert "FOUND" not in capsys.readouterr().out


def test_the_cache_stays_within_its_limits(tmp_path: Path) -> None:
    root = tmp_path / "analyses"
    for index in range(6):
        folder = root / f"project{index % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"wave-{index}{disk_cache.SUFFIX}"
        path.write_bytes(b"x" * 100)
        os.utime(path, (1000 + index, 1000 + index))
    stale = root / "project0" / ".abc.tmp"
    stale.write_bytes(b"half")
    os.utime(stale, (1000, 1000))
    disk_cache._evict(root, max_files=4, max_bytes=10_000)
    left = sorted(p.name for p in root.glob("*/*"))
    assert left == [f"wave-{i}{disk_cache.SUFFIX}" for i in (2, 3, 4, 5)]
    disk_cache._evict(root, max_files=10, max_bytes=250)
    assert sorted(p.name for p in root.glob("*/*")) == [
        f"wave-{i}{disk_cache.SUFFIX}" for i in (4, 5)
    ]


def _data(**changes: Any) -> SurveyData:
    people = (
        Person(1, "u1", "Anne", department="Zorg", attributes={"b": "2", "a": "1"}),
        Person(2, "u2", "Bram", trained_hr=True),
    )
    responses = (Response("r1", 1, 1, "2024-05-01", (Nomination(2),)),)
    data = SurveyData(people, responses, Wave(1, "Meting 1", "2024-05-01"))
    return replace(data, **changes)


def test_the_fingerprint_is_the_same_for_the_same_data_and_options() -> None:
    options = AnalysisOptions()
    assert disk_cache.fingerprint(_data(), options) == disk_cache.fingerprint(_data(), options)
    assert disk_cache.fingerprint(_data(), options) != disk_cache.fingerprint(
        _data(unresolved_names=1), options
    )
    assert disk_cache.fingerprint(_data(), options) != disk_cache.fingerprint(
        _data(), replace(options, advice_k=2)
    )


def test_the_fingerprint_does_not_depend_on_the_process(tmp_path: Path) -> None:
    """No ``hash()``, no set order: another interpreter (another hash seed) agrees."""
    import subprocess
    import sys

    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from test_cache import _data;"
        "from kennisnet.analysis import AnalysisOptions;"
        "from kennisnet.session.cache import fingerprint;"
        "print(fingerprint(_data(), AnalysisOptions()))"
    )
    here = str(Path(__file__).parent)
    prints = {
        subprocess.run(
            [sys.executable, "-c", script, here],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert prints == {disk_cache.fingerprint(_data(), AnalysisOptions())}


@pytest.mark.parametrize("cls", [SurveyData, Person, Response, Nomination, Wave, AnalysisOptions])
def test_every_field_the_analysis_reads_is_in_the_fingerprint(cls: type) -> None:
    """The fingerprint hashes ``repr``: a field left out of it would not invalidate."""
    assert all(field.repr for field in fields(cls))


@pytest.fixture(autouse=True)
def _no_leftovers() -> Iterator[None]:
    yield
    leftovers = list(user_cache_dir().rglob("*.tmp")) if user_cache_dir().is_dir() else []
    assert leftovers == []
