"""The group map of a big organisation grouped by any staff-list column (``--groups``),
by a higher level of the departments when they do not fit on one page, and with
everyone on the map (docs/exports.md, "The group map")."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from kennisnet.analysis import analyze
from kennisnet.analysis.groups import summarise_groups
from kennisnet.cli import main
from kennisnet.export.figure_page import PAGES
from kennisnet.export.group_pictures import grouping_key, map_picture, render_map
from kennisnet.export.pseudonym import Naming
from kennisnet.model import Nomination, Person, Response, SurveyData, Wave
from kennisnet.store import Project
from kennisnet.store.responses import NominationDraft, ResponseDraft

#: 12 departments of 5 people; "Divisie" nests them (3 divisions of 4 departments),
#: "Locatie" does not (it changes within a department).
DEPARTMENTS, SIZE = 12, 5


def _person(pid: int) -> Person:
    d = (pid - 1) // SIZE
    return Person(
        id=pid,
        uid=f"u{pid}",
        name=f"Voornaam{pid} Achternaam{pid}",
        department=f"Afdeling {d + 1:02d}",
        trained_hr=pid % SIZE == 1 and d % 2 == 0,
        attributes={"Divisie": f"Divisie {'ABC'[d // 4]}", "Locatie": ("Zwolle", "Assen")[pid % 2]},
    )


def _sources(pid: int) -> list[int]:
    """Everyone learns from the first of the department; the first from the first of
    the department before."""
    first = (pid - 1) // SIZE * SIZE + 1
    if pid != first:
        return [first]
    return [first - SIZE] if first > SIZE else []


def _data() -> SurveyData:
    people = tuple(_person(pid) for pid in range(1, DEPARTMENTS * SIZE + 1))
    responses = tuple(
        Response(
            uuid=f"r{p.id}",
            respondent_id=p.id,
            wave_id=1,
            submitted_at="2026-10-05T10:00:00",
            nominations=tuple(Nomination(s, None) for s in _sources(p.id)),
            channels=(),
        )
        for p in people
    )
    return SurveyData(people, responses, Wave(1, "Meting", "2026-10-01"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "groot.kennisnet"
    data = _data()
    with Project.create(path, name="Groot") as store, store.transaction():
        ids = {}
        for p in data.people:
            ids[p.id] = store.add_person(
                name=p.name,
                department=p.department,
                trained_hr=p.trained_hr,
                attributes=dict(p.attributes),
            )
        for r in data.responses:
            assert r.respondent_id is not None
            store.add_response(
                ResponseDraft(
                    respondent_id=ids[r.respondent_id],
                    nominations=tuple(
                        NominationDraft(source_id=ids[n.source_id])
                        for n in r.nominations
                        if n.source_id is not None
                    ),
                    origin="import",
                )
            )
    return path


def _texts(svg: str) -> str:
    return html.unescape(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)))


def _circles(svg: str) -> int:
    return len(set(re.findall(r'<g id="group-(\d+)">', svg)))


def test_cli_groups_by_any_staff_list_column(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "locatie.svg"
    args = ["export", str(project), "--svg", str(target), "--picture", "groups"]
    assert main([*args, "--groups", "locatie", "--lang", "en"]) == 0
    svg = target.read_text()
    texts = _texts(svg)
    assert _circles(svg) == 2
    assert "Zwolle" in texts and "Assen" in texts and "30 people" in texts
    assert "One circle per Locatie" in texts
    # In Dutch, by the nested column's own name.
    assert main([*args, "--groups", "Divisie", "--lang", "nl", "--force"]) == 0
    svg = target.read_text()
    assert _circles(svg) == 3
    texts = _texts(svg)
    assert "Eén cirkel per Divisie" in texts and "20 mensen" in texts


def test_cli_refuses_an_unknown_column_and_lists_the_columns(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.svg"
    args = ["export", str(project), "--svg", str(target), "--picture", "groups"]
    assert main([*args, "--groups", "Kostenplaats", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "The staff list has no column 'Kostenplaats' to group by." in err
    for choice in ("Department", "Cluster", "Divisie", "Locatie"):
        assert choice in err, (choice, err)
    assert not target.exists()


def test_the_default_is_the_higher_level_when_departments_do_not_fit() -> None:
    data = _data()
    result = analyze(data)
    naming = Naming.build(data.people, pseudonymised=False)
    # 12 departments fit on one page: one circle each.
    picture = map_picture(result, naming, "en", people=data.people)
    assert picture.summary.by == "department" and len(picture.summary.groups) == 12
    # Room for 10 circles only: the divisions, and the legend says why.
    summary = summarise_groups(result, people=data.people, limit=10)
    assert summary.by == "column:Divisie" and summary.replaces_departments == 12
    picture = map_picture(result, naming, "en", people=data.people, summary=summary)
    svg = render_map(picture, PAGES["slide"], "svg").decode()
    assert _circles(svg) == 3
    texts = _texts(svg)
    assert "One circle per Divisie: 12 departments do not fit on one page" in texts
    assert "Divisie A" in texts and "20 people" in texts


def test_grouping_key_names_like_colour_by() -> None:
    data = _data()
    result = analyze(data)
    people = data.people
    assert grouping_key(result, people, None, lang="en") is None
    assert grouping_key(result, people, "  ", lang="en") is None
    assert grouping_key(result, people, "Afdeling", lang="en") == "department"
    assert grouping_key(result, people, "cluster", lang="nl") == "cluster"
    assert grouping_key(result, people, "LOCATIE", lang="en") == "column:Locatie"
    with pytest.raises(ValueError, match="Divisie, Locatie"):
        grouping_key(result, people, "Kostenplaats", lang="nl")


def test_pseudonymised_column_groups_hide_small_values_and_names() -> None:
    data = _data()
    # One person in a division of their own, named after a colleague.
    lone = data.people[0]
    people = (
        Person(
            id=lone.id,
            uid=lone.uid,
            name=lone.name,
            department=lone.department,
            trained_hr=lone.trained_hr,
            attributes={"Divisie": "Voornaam2 Achternaam2", "Locatie": "Zwolle"},
        ),
        *data.people[1:],
    )
    data = SurveyData(people, data.responses, data.wave)
    result = analyze(data)
    naming = Naming.build(data.people, pseudonymised=True)
    picture = map_picture(result, naming, "en", by="column:Divisie", people=data.people)
    svg = render_map(picture, PAGES["slide"], "svg").decode()
    for p in data.people:
        assert p.name not in svg
    texts = _texts(svg)
    # The division of one person is put together with the smallest other division.
    assert _circles(svg) == 3
    assert "2 other groups" in texts and "20 people" in texts
    assert "Groups under 5 people are always counted here." in texts
