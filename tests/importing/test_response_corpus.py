"""Every layout of the response corpus, imported through the command line as a user would.

The bar: zero silently wrong ties or channels. Each file's ties, channel choices
and training answers are stored exactly as given (channels of Forms exports as
chosen, without order), or the file is refused and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus.response_files import CHANNELS, LABELS, PEOPLE, Case, email, write_corpus

from kennisnet.cli import main
from kennisnet.store import Project


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    return {case.name: case for case in write_corpus(tmp_path_factory.mktemp("corpus"))}


NAMES = [
    "msforms-en-question_en",
    "msforms-nl-question_nl",
    "msforms-nl-email_nl",
    "msforms-en-name_en",
    "msforms-nl-quiz_email_nl",
    "msforms-en-quiz_question_en",
    "msforms-nl-email_nl-excel-csv",
    "gforms-en-question",
    "gforms-nl-question",
    "gforms-nl-email",
    "gforms-en-quiz-email",
    "template-nl-xlsx",
    "template-en-xlsx",
    "template-nl-semicolon_utf8",
    "template-nl-semicolon_bom",
    "template-nl-comma_cp1252",
    "template-en-tab_utf8",
    "msforms-nl-question_hr",
]


def new_project(path: Path) -> Path:
    project = Project.create(path, name="Corpus")
    with project:
        for name, department, number in PEOPLE:
            project.add_person(
                name=name, department=department, employee_number=number, email=email(name)
            )
    return path


def stored(path: Path) -> dict[str, tuple[set[str], tuple[str, ...], bool, str | None, str]]:
    with Project.open(path, readonly=True) as project:
        names = {p.id: p.name for p in project.people()}
        data = project.snapshot()
        return {
            names[r.respondent_id]: (
                {names[n.source_id] for n in r.nominations},
                tuple(c.value for c in r.channels),
                r.channels_ranked,
                r.training.value if r.training else None,
                r.submitted_at,
            )
            for r in data.responses
        }


def test_the_corpus_has_every_layout(corpus: dict[str, Case]) -> None:
    assert sorted(corpus) == sorted([*NAMES, "staff-list-by-mistake"])
    given = [a for name in NAMES for a in corpus[name].answers]
    # Enough ties and multi-select choices to show a lost or wrong one.
    assert sum(len(a.sources) for a in given) > 200
    assert sum(len(a.channels) > 1 for a in given) > 60
    assert {c for a in given for c in a.channels} == set(CHANNELS)


@pytest.mark.parametrize("name", NAMES)
def test_every_tie_and_channel_is_stored_as_given(
    corpus: dict[str, Case], name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = corpus[name]
    project = new_project(tmp_path / "p.kennisnet")
    code = main(["import", str(project), str(case.path), *case.args])
    out = capsys.readouterr().out
    assert code == 0, out
    got = stored(project)
    assert sorted(got) == sorted(a.respondent for a in case.answers)
    for a in case.answers:
        sources, channels, ranked, training, at = got[a.respondent]
        assert sources == set(a.sources), a.respondent
        if case.ranked:
            assert channels == a.channels, a.respondent
        else:
            assert sorted(channels) == sorted(a.channels), a.respondent
        assert ranked is case.ranked
        assert training == a.training, a.respondent
        if not case.ranked:  # the Forms time is the answer time
            assert at == a.at.isoformat(timespec="seconds"), a.respondent
    ties = sum(len(a.sources) for a in case.answers)
    choices = sum(len(a.channels) for a in case.answers)
    assert f"Colleagues named: {ties} read, {ties} stored" in out
    assert f"Ways to solve a problem chosen: {choices} read, {choices} stored" in out


def test_hr_wording_without_a_mapping_is_read_by_its_words_and_listed(
    corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = corpus["msforms-nl-question_hr"]
    project = new_project(tmp_path / "p.kennisnet")
    assert main(["import", str(project), str(case.path)]) == 0
    out = capsys.readouterr().out
    used = {c for a in case.answers for c in a.channels}
    for channel in used:
        assert f'"{LABELS["hr"][channel]}"' in out  # every reading by words is listed
    got = stored(project)
    for a in case.answers:
        assert sorted(got[a.respondent][1]) == sorted(a.channels)


def test_a_mapping_of_option_texts_is_remembered_for_the_project(
    corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = corpus["msforms-nl-question_hr"]
    project = new_project(tmp_path / "p.kennisnet")
    # HR says their "collega" option means the manager (their form's own meaning).
    text = "Ik vraag het een collega"
    assert main(["import", str(project), str(case.path), "--option", f"{text}=manager"]) == 0
    first = stored(project)
    asked = [a for a in case.answers if "colleague" in a.channels]
    assert asked
    for a in asked:
        assert "manager" in first[a.respondent][1]
        assert "colleague" not in first[a.respondent][1]
    capsys.readouterr()
    # The same project remembers it: no note about that option any more.
    assert main(["import", str(project), str(case.path), "--dry-run"]) == 0
    assert f'"{text}"' not in capsys.readouterr().out
    # Another project file does not know it: the option is read by its words and listed.
    other = new_project(tmp_path / "other.kennisnet")
    assert main(["import", str(other), str(case.path), "--dry-run"]) == 0
    assert f'"{text}"' in capsys.readouterr().out


def test_the_staff_list_imported_by_mistake_changes_nothing(
    corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = new_project(tmp_path / "p.kennisnet")
    assert main(["import", str(project), str(corpus["template-nl-xlsx"].path)]) == 0
    before = stored(project)
    capsys.readouterr()
    assert main(["import", str(project), str(corpus["staff-list-by-mistake"].path)]) == 1
    err = capsys.readouterr().err
    assert "staff list" in err
    assert "Nothing was imported" in err
    assert stored(project) == before
