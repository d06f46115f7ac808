"""Every staff list of the corpus: the right people with the right names, or a clear refusal.

The bar is zero silently wrong names: each file either gives exactly the people written out in
the corpus (name, department, employee number, trained, start date), or is refused with a
message. Every file goes through the command line as a new user would (`kennisnet new`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from corpus.rosters import PEOPLE, Case, builders, write_all

from kennisnet.cli import main
from kennisnet.matching import index_people
from kennisnet.store import Project

CASES = [build.__name__ if build.__name__ != "<lambda>" else f"handmade-csv-{i}"
         for i, build in enumerate(builders())]  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    folder = tmp_path_factory.mktemp("rosters")
    return dict(zip(CASES, write_all(folder), strict=True))


def test_the_corpus_is_the_same_every_time(tmp_path: Path, corpus: dict[str, Case]) -> None:
    again = write_all(tmp_path / "again")
    for first, second in zip(corpus.values(), again, strict=True):
        digest = hashlib.sha256(first.file.read_bytes()).hexdigest()
        assert digest == hashlib.sha256(second.file.read_bytes()).hexdigest(), first.file.name


@pytest.mark.parametrize("case_id", CASES)
def test_every_file_through_the_cli(
    case_id: str,
    corpus: dict[str, Case],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = corpus[case_id]
    project = tmp_path / "p.kennisnet"
    code = main(["new", str(project), "--roster", str(case.file)])
    out, err = capsys.readouterr()
    if not case.people:
        assert code == 1, out
        assert not project.exists()
        assert "No project was created" in err
        assert case.refusal in err
        return
    assert code == 0, err
    with Project.open(project) as opened:
        people = opened.people()
        got = {
            (p.name, p.department, p.trained_hr, p.employee_number, p.start_date) for p in people
        }
    want = {(e.name, e.department, e.trained, e.number, e.start) for e in case.people}
    assert got == want
    # The preview shows the first people as stored and marks names that lost letters.
    assert "The first people as stored" in out
    flagged_lines = [line for line in out.splitlines() if line.startswith("  ! row")]
    assert len(flagged_lines) == min(case.flagged, 5)
    if case.flagged:
        assert f"{case.flagged} names do not look right" in out
    else:
        assert "do not look right" not in out


def test_colleagues_find_each_other_by_what_they_would_write(
    corpus: dict[str, Case], tmp_path: Path
) -> None:
    """Call name, one of two surnames, the full double name, work e-mail, a name that lost a
    letter in the staff list: each finds exactly the right person in the AFAS and Youforce
    lists."""
    for case_id in ("afas", "youforce"):
        project = tmp_path / f"{case_id}.kennisnet"
        assert main(["new", str(project), "--roster", str(corpus[case_id].file)]) == 0
        with Project.open(project) as opened:
            people = opened.people()
        index = index_people(people)
        by_number = {int(p.employee_number or 0): p.id for p in people}
        written = {
            10000: ["Jan de Vries", "Vries, Jan de", "J.P. de Vries", "jan.devries@zorggroep.nl"],
            10007: ["Anna Jansen", "Anna de Vries", "Anna Jansen-de Vries", "Anna de Vries-Jansen"],
            10012: ["Fatma Yılmaz", "Yılmaz, Fatma", "fatma yilmaz"],
            10021: ["Mieke Bakker", "Mieke van der Berg", "Mieke van der Berg-Bakker"],
            10033: ["Łukasz Wróbel", "Lukasz Wrobel"],
            10060: ["Lisa Mulder", "Lisa Visser"],
            10061: ["Emre Şahin", "Emre Sahin"],
        }
        for number, texts in written.items():
            for text in texts:
                found = index.match(text)
                assert (found.status, found.person_id) == ("unique", by_number[number]), (
                    case_id,
                    text,
                    found,
                )


def test_never_chooses_between_two_people(tmp_path: Path) -> None:
    """A colleague's birth name that is also another colleague's name: ambiguous, not a guess."""
    roster = tmp_path / "twee.csv"
    roster.write_text(
        "Roepnaam;Achternaam;Naam partner;Naamgebruik\n"
        "Anna;Jansen;de Vries;P\n"  # Anna de Vries, born Jansen
        "Anna;Jansen;;E\n",  # another Anna Jansen
        encoding="utf-8",
    )
    project = tmp_path / "p.kennisnet"
    assert main(["new", str(project), "--roster", str(roster)]) == 0
    with Project.open(project) as opened:
        people = opened.people()
    assert sorted(p.name for p in people) == ["Anna Jansen", "Anna de Vries"]
    index = index_people(people)
    assert index.match("Anna Jansen").status == "ambiguous"
    de_vries = next(p.id for p in people if p.name == "Anna de Vries")
    assert index.match("Anna de Vries").person_id == de_vries


def test_the_corpus_covers_every_system_and_encoding(corpus: dict[str, Case]) -> None:
    systems = {case.system for case in corpus.values()}
    for name in ("AFAS Profit", "Visma|Raet Youforce", "Visma Nmbrs", "Loket.nl", "HR2day",
                 "SAP SuccessFactors", "Workday", "Personio", "hand-made Excel"):  # fmt: skip
        assert name in systems
    raw = {case.file.name: case.file.read_bytes() for case in corpus.values()}
    assert raw["handmatig-puntkomma-utf8-bom.csv"].startswith(b"\xef\xbb\xbf")
    assert b"\t" in raw["handmatig-tab-windows-1252.csv"]
    assert b"Y?lmaz" in raw["youforce-medewerkers.csv"]
    assert len(PEOPLE) == 16
