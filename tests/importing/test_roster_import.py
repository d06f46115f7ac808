"""Roster import: headers in Dutch and English, values, row-by-row problems, all or nothing."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from kennisnet.importing.roster import RosterImportError, import_roster, plan_roster
from kennisnet.store import NominationDraft, Project, ResponseDraft


def write_csv(
    path: Path, rows: Sequence[Sequence[object]], *, encoding: str = "utf-8", sep: str = ";"
) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=sep).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Personeel") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


DUTCH = [
    ["Naam", "Afdeling", "Team", "Functie", "Personeelsnummer", "E-mail", "Getraind", "Locatie"],
    ["Anne de Vries", "Zorg", "Team A", "Verpleegkundige", "1001", "anne@x.nl", "ja", "Utrecht"],
    ["Bob Jansen", "Zorg", "Team A", "Helpende", "1002", "", "nee", "Utrecht"],
    ["Çiğdem Öztürk", "Facilitair", "", "Schoonmaak", "1003", "", "", "Zeist"],
    ["Dirk van den Berg", "Facilitair", "", "Chauffeur", "1004", "", "x", ""],
]


@pytest.fixture
def project(project_path: Path) -> Project:
    return Project.create(project_path, name="Test")


def test_dutch_headers_csv(project: Project, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "personeel.csv", DUTCH)
    report = import_roster(project, roster)
    assert (report.added, report.updated) == (4, 0)
    people = {p.name: p for p in project.people()}
    assert people["Anne de Vries"].trained_hr is True
    assert people["Bob Jansen"].trained_hr is False
    assert people["Çiğdem Öztürk"].trained_hr is None
    assert people["Dirk van den Berg"].trained_hr is True
    assert people["Anne de Vries"].employee_number == "1001"
    assert people["Anne de Vries"].team == "Team A"
    assert people["Anne de Vries"].attributes == {"Locatie": "Utrecht"}
    assert people["Bob Jansen"].email is None
    assert report.plan.mapping["name"] == "Naam"


def test_english_headers_xlsx_with_first_and_last_name(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Staff list 2026"],
        [],
        ["First name", "Last name", "Department", "Employee number", "TRAINED"],
        ["Anne", "de Vries", "Care", 1001, "yes"],
        ["Bob", "Jansen", "Care", 1002, 0],
    ]
    report = import_roster(project, write_xlsx(tmp_path / "staff.xlsx", rows))
    assert report.added == 2
    people = {p.name: p for p in project.people()}
    assert set(people) == {"Anne de Vries", "Bob Jansen"}
    assert people["Anne de Vries"].employee_number == "1001"
    assert people["Bob Jansen"].trained_hr is False


def test_cp1252_csv_with_commas(project: Project, tmp_path: Path) -> None:
    rows = [["Name", "Department"], ["Renée Müller", "Café"], ["José Peña", "Keuken"]]
    roster = write_csv(tmp_path / "old.csv", rows, encoding="cp1252", sep=",")
    report = import_roster(project, roster)
    assert sorted(p.name for p in project.people()) == ["José Peña", "Renée Müller"]
    assert any("Windows-1252" in p.message for p in report.plan.problems)


def test_mapping_override(project: Project, tmp_path: Path) -> None:
    rows = [["Collega", "Org. eenheid"], ["Anne", "Zorg"], ["Bob", "ICT"]]
    roster = write_csv(tmp_path / "r.csv", rows)
    with pytest.raises(RosterImportError, match="No column with names"):
        import_roster(project, roster)
    assert project.people() == []
    report = import_roster(project, roster, {"name": "collega", "department": "Org. eenheid"})
    assert report.added == 2
    assert {p.department for p in project.people()} == {"Zorg", "ICT"}


def test_bad_override_is_explained(project: Project, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", DUTCH)
    with pytest.raises(RosterImportError) as caught:
        import_roster(project, roster, {"name": "Bestaat niet", "shoe_size": "Naam"})
    assert caught.value.plan is not None
    messages = " ".join(p.message for p in caught.value.plan.errors)
    assert 'no column "Bestaat niet"' in messages
    assert 'no roster field "shoe_size"' in messages
    assert project.people() == []


def test_row_problems_stop_the_whole_import(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Naam", "Afdeling", "Personeelsnummer", "Getraind"],
        ["Anne de Vries", "Zorg", "1", "ja"],
        ["", "Zorg", "2", "nee"],
        ["Bob Jansen", "Zorg", "1", "nee"],
        ["Carla", "ICT", "3", "misschien"],
        ["Dirk", "ICT", "", ""],
        ["dirk", "ICT", "", ""],
    ]
    roster = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(RosterImportError, match="4 problem") as caught:
        import_roster(project, roster)
    plan = caught.value.plan
    assert plan is not None
    by_row = {p.row: p.message for p in plan.errors}
    assert set(by_row) == {3, 4, 5, 7}
    assert "name is empty" in by_row[3]
    assert "employee number 1 is also used in row 2" in by_row[4]
    assert '"misschien"' in by_row[5]
    assert "appears twice" in by_row[7]
    assert project.people() == []


def test_same_name_told_apart_by_number_is_fine(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Naam", "Afdeling", "Personeelsnummer"],
        ["Jan Smit", "A", "1"],
        ["Jan Smit", "A", "2"],
    ]
    report = import_roster(project, write_csv(tmp_path / "r.csv", rows))
    assert report.added == 2


def test_reimport_updates_people_and_keeps_answers(project: Project, tmp_path: Path) -> None:
    import_roster(project, write_csv(tmp_path / "v1.csv", DUTCH))
    people = {p.name: p.id for p in project.people()}
    project.add_response(
        ResponseDraft(
            respondent_id=people["Bob Jansen"],
            nominations=(NominationDraft(source_id=people["Anne de Vries"]),),
        )
    )
    updated = [row[:] for row in DUTCH[:4]]
    updated[1][0] = "Anne Bakker-de Vries"  # married: same number, new name
    updated[2][1] = "ICT"  # moved department
    updated.append(["Eva Smit", "ICT", "", "Stagiair", "1005", "", "nee", ""])
    report = import_roster(project, write_csv(tmp_path / "v2.csv", updated))
    assert (report.added, report.updated, report.unchanged) == (1, 2, 1)
    assert report.not_in_file == ("Dirk van den Berg",)
    after = {p.id: p for p in project.people()}
    assert after[people["Anne de Vries"]].name == "Anne Bakker-de Vries"
    assert after[people["Bob Jansen"]].department == "ICT"
    assert len(after) == 5
    data = project.snapshot()
    assert data.responses[0].nominations[0].source_id == people["Anne de Vries"]


def test_merged_cells_are_filled_down(project: Project, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Afdeling", "Naam"])
    for name in ("Anne", "Bob", "Carla"):
        ws.append([None, name])
    ws["A2"] = "Zorg"
    ws.merge_cells("A2:A4")
    wb.save(tmp_path / "merged.xlsx")
    report = import_roster(project, tmp_path / "merged.xlsx")
    assert {p.department for p in project.people()} == {"Zorg"}
    assert any(p.severity == "warning" and "merged" in p.message for p in report.plan.problems)


def test_formula_without_value_is_an_error(project: Project, tmp_path: Path) -> None:
    rows = [["Voornaam", "Achternaam", "Naam"], ["Anne", "Smit", '=A2&" "&B2']]
    roster = write_xlsx(tmp_path / "formula.xlsx", rows)
    with pytest.raises(RosterImportError):
        import_roster(project, roster)
    plan = plan_roster(roster)
    assert any(p.row == 2 and "formula" in p.message for p in plan.errors)
    assert project.people() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(500), "PNG image"),
        (b"", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), ".xls"),
    ],
)
def test_files_that_are_no_roster(
    project: Project, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "personeel.xlsx"
    path.write_bytes(content)
    with pytest.raises(RosterImportError, match=expected):
        import_roster(project, path)
    assert project.people() == []


def test_truncated_xlsx(project: Project, tmp_path: Path) -> None:
    full = write_xlsx(tmp_path / "full.xlsx", DUTCH)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(RosterImportError) as caught:
        import_roster(project, cut)
    assert "xlsx" in str(caught.value).lower() or "damaged" in str(caught.value).lower()
    assert project.people() == []


def test_a_recognised_column_can_be_left_out(project: Project, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", DUTCH)
    report = import_roster(project, roster, {"trained": "", "department": ""})
    assert "trained" not in report.plan.mapping
    people = project.people()
    assert {p.trained_hr for p in people} == {None}
    assert {p.department for p in people} == {None}
    assert people[0].attributes["Getraind"] == "ja"  # kept as an attribute, not lost


# --- issue 11: real staff lists ------------------------------------------------------------


def write_cp1252_lossy(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("cp1252", errors="replace"))
    return path


HR_EXPORT = [
    ["Medewerker", "Roepnaam", "Voorvoegsel", "Achternaam", "Afdeling", "Functie"],
    ["10000", "Jan", "de", "Vries", "Zorg", "Verpleegkundige"],
    ["10007", "Anna", "", "Jansen", "Zorg", "Helpende"],
    ["10012", "Piet", "van", "Dijk", "Facilitair", "Chauffeur"],
]


def test_medewerker_with_numbers_is_the_employee_number(project: Project, tmp_path: Path) -> None:
    """The file of issue 11: everyone was called 10000, 10007 … and no answer matched."""
    roster = write_csv(tmp_path / "hr.csv", HR_EXPORT)
    report = import_roster(project, roster)
    people = {p.employee_number: p.name for p in project.people()}
    assert people == {"10000": "Jan de Vries", "10007": "Anna Jansen", "10012": "Piet van Dijk"}
    assert report.plan.mapping["employee_number"] == "Medewerker"
    assert "name" not in report.plan.mapping
    assert report.plan.ready
    # Answers now find the people: by name, by call name and surname, and by number.
    answers = write_csv(
        tmp_path / "antwoorden.csv",
        [
            ["Respondent", "Bron 1", "Bron 2"],
            ["Jan de Vries", "Anna Jansen", "10012"],
            ["Anna Jansen", "Vries, Jan de", ""],
        ],
    )
    from kennisnet.importing.responses import import_responses

    result = import_responses(project, answers)
    assert result.added == 2
    assert result.plan.unresolved == ()
    ties = sum(len(draft.nominations) for _row, draft in result.plan.drafts)
    assert ties == 3


def test_medewerker_with_names_is_the_name(project: Project, tmp_path: Path) -> None:
    rows = [["Medewerker", "Personeelsnummer"], ["Jan de Vries", "1"], ["Bob Jansen", "2"]]
    report = import_roster(project, write_csv(tmp_path / "m.csv", rows))
    assert report.plan.mapping == {"name": "Medewerker", "employee_number": "Personeelsnummer"}
    assert sorted(p.name for p in project.people()) == ["Bob Jansen", "Jan de Vries"]


def test_a_name_column_of_numbers_chosen_by_hand_is_refused(
    project: Project, tmp_path: Path
) -> None:
    roster = write_csv(tmp_path / "hr.csv", HR_EXPORT)
    with pytest.raises(RosterImportError) as caught:
        import_roster(project, roster, {"name": "Medewerker"})
    messages = [p.message for p in caught.value.plan.errors]
    assert any(
        '"Medewerker" holds numbers (for example 10000, 10007, 10012)' in m for m in messages
    )
    assert any(m.startswith('Row 2: "10000" is a number or code') for m in messages)
    assert project.people() == []


def test_full_name_with_initials_loses_to_call_name_and_surname(
    project: Project, tmp_path: Path
) -> None:
    rows = [
        ["Naam", "Roepnaam", "Voorvoegsel", "Achternaam"],
        ["Vries, J.P. de", "Jan", "de", "Vries"],
        ["Bakker, A.", "Anneke", "", "Bakker"],
    ]
    report = import_roster(project, write_csv(tmp_path / "r.csv", rows))
    assert sorted(p.name for p in project.people()) == ["Anneke Bakker", "Jan de Vries"]
    assert "name" not in report.plan.mapping


def test_sort_form_is_turned_round_and_kept_as_other_name(project: Project, tmp_path: Path) -> None:
    rows = [["Naam", "Afdeling"], ["Vries, Jan de", "Zorg"], ["Bakker, Anneke", "Zorg"]]
    import_roster(project, write_csv(tmp_path / "r.csv", rows))
    people = {p.name: p for p in project.people()}
    assert set(people) == {"Jan de Vries", "Anneke Bakker"}
    assert people["Jan de Vries"].attributes["Ook bekend als"] == "Vries, Jan de"


@pytest.mark.parametrize(
    ("usage", "name", "others"),
    [
        ("E", "Anna Jansen", "Anna de Vries; Anna de Vries-Jansen; Anna Jansen-de Vries"),
        ("P", "Anna de Vries", "Anna Jansen; Anna de Vries-Jansen; Anna Jansen-de Vries"),
        ("V", "Anna de Vries-Jansen", "Anna Jansen; Anna de Vries; Anna Jansen-de Vries"),
        ("N", "Anna Jansen-de Vries", "Anna Jansen; Anna de Vries; Anna de Vries-Jansen"),
        ("Eigen naam gevolgd door naam partner", "Anna Jansen-de Vries",
         "Anna Jansen; Anna de Vries; Anna de Vries-Jansen"),
        ("", "Anna Jansen", "Anna de Vries; Anna de Vries-Jansen; Anna Jansen-de Vries"),
    ],
)  # fmt: skip
def test_naamgebruik(project: Project, tmp_path: Path, usage: str, name: str, others: str) -> None:
    rows = [
        ["Roepnaam", "Achternaam", "Voorvoegsel partner", "Naam partner", "Naamgebruik"],
        ["Anna", "Jansen", "de", "Vries", usage],
    ]
    import_roster(project, write_csv(tmp_path / "r.csv", rows))
    (person,) = project.people()
    assert person.name == name
    assert person.attributes["Ook bekend als"] == others


def test_naamgebruik_not_understood_is_refused(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Roepnaam", "Achternaam", "Naam partner", "Naamgebruik"],
        ["Anna", "Jansen", "Vries", "Q"],
    ]
    with pytest.raises(RosterImportError) as caught:
        import_roster(project, write_csv(tmp_path / "r.csv", rows))
    assert caught.value.plan.errors[0].message.startswith('Row 2: "Q" in the column "Naamgebruik"')


def test_invisible_names_refused_and_bidi_controls_removed_row_by_row(
    project: Project, tmp_path: Path
) -> None:
    rows = [
        ["Naam", "Afdeling"],
        ["\u202eAnne de Vries\u202c", "Zorg"],
        ["\u200b", "Zorg"],
        ["Bob\u2066 Jansen", "Zorg"],
        ["\u2067\u2069", "Zorg"],
    ]
    roster = write_csv(tmp_path / "r.csv", rows)
    plan = plan_roster(roster)
    errors = [(p.row, p.message) for p in plan.errors]
    assert errors == [
        (3, "Row 3: the name holds only invisible characters (such as a zero-width space)."),
        (5, "Row 5: the name holds only invisible characters (such as a zero-width space)."),
    ]
    notes = [p.row for p in plan.problems if p.severity == "warning"]
    assert notes == [2, 4]
    assert [e.name for e in plan.entries] == ["Anne de Vries", "Bob Jansen"]
    with pytest.raises(RosterImportError):
        import_roster(project, roster)
    assert project.people() == []


def test_lost_letters_are_flagged_per_person_and_not_ready(tmp_path: Path) -> None:
    text = "Naam;Afdeling\r\nFatma Yılmaz;Zorg\r\nEmre Şahin;Zorg\r\nJan Smit;Zorg\r\n"
    # Windows-1252 has no ı or ş: a program saving in it writes "?" instead
    plan = plan_roster(write_cp1252_lossy(tmp_path / "r.csv", text))
    assert [e.name for e in plan.entries] == ["Fatma Y?lmaz", "Emre ?ahin", "Jan Smit"]
    assert plan.flagged == frozenset({2, 3})
    assert not plan.errors
    assert not plan.ready


def test_names_that_are_not_names_are_refused(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Naam", "Afdeling"],
        ["Anne de Vries", "Zorg"],
        ["bob@zorg.nl", "Zorg"],
        ["2021-03-01", "Zorg"],
        ["12345", "Zorg"],
        ["Dirk", "Zorg"],
        ["Els", "Zorg"],
        ["Femke", "Zorg"],
        ["Gert", "Zorg"],
    ]
    plan = plan_roster(write_csv(tmp_path / "r.csv", rows))
    assert [p.row for p in plan.errors] == [3, 4, 5]
    assert "e-mail address" in plan.errors[0].message
    assert "date" in plan.errors[1].message
    assert "number or code" in plan.errors[2].message


def test_excel_dates_and_dutch_dates_become_iso(project: Project, tmp_path: Path) -> None:
    rows = [["Naam", "In dienst"], ["Anne", "44927"], ["Bob", "1-3-2021"], ["Cor", "2020-05-04"]]
    import_roster(project, write_csv(tmp_path / "r.csv", rows))
    dates = {p.name: p.start_date for p in project.people()}
    assert dates == {"Anne": "2023-01-01", "Bob": "2021-03-01", "Cor": "2020-05-04"}


def test_the_sheet_with_people_is_read_and_named(tmp_path: Path) -> None:
    wb = Workbook()
    info = wb.active
    info.title = "Uitleg"
    info.append(["Deze lijst komt uit het HR-systeem."])
    people = wb.create_sheet("Personeel")
    people.append(["Naam", "Afdeling"])
    people.append(["Anne de Vries", "Zorg"])
    leavers = wb.create_sheet("Uit dienst")
    leavers.append(["Naam", "Afdeling"])
    leavers.append(["Piet Oud", "Zorg"])
    wb.save(tmp_path / "boek.xlsx")
    plan = plan_roster(tmp_path / "boek.xlsx")
    assert plan.description == 'sheet "Personeel"'
    assert [e.name for e in plan.entries] == ["Anne de Vries"]
    notes = [p.message for p in plan.problems]
    assert (
        'The workbook has more sheets with data; sheet "Personeel" was read, not: '
        '"Uitleg", "Uit dienst".' in notes
    )


def test_a_hidden_sheet_is_read_only_when_no_visible_sheet_has_people(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Voorblad"
    wb.active.append(["Personeelslijst 2026"])
    hidden = wb.create_sheet("Data")
    hidden.append(["Naam"])
    hidden.append(["Anne de Vries"])
    hidden.sheet_state = "hidden"
    wb.save(tmp_path / "boek.xlsx")
    plan = plan_roster(tmp_path / "boek.xlsx")
    assert [e.name for e in plan.entries] == ["Anne de Vries"]
    assert any("it was read because no visible sheet" in p.message for p in plan.problems)


def test_merged_group_heading_above_the_header_row(project: Project, tmp_path: Path) -> None:
    """ "Naam" merged over "Voornaam" and "Achternaam"; "Afdeling", "Getraind" over two rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Lijst"
    ws.append(["Personeel 2026"])
    ws.append(["Naam", None, "Afdeling", "Getraind"])
    ws.append(["Voornaam", "Achternaam", None, None])
    ws.append(["Anne", "de Vries", "Zorg", "J"])
    ws.append(["Bob", "Jansen", "Facilitair", "N"])
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:C3")
    ws.merge_cells("D2:D3")
    wb.save(tmp_path / "groep.xlsx")
    report = import_roster(project, tmp_path / "groep.xlsx")
    people = {p.name: (p.department, p.trained_hr) for p in project.people()}
    assert people == {"Anne de Vries": ("Zorg", True), "Bob Jansen": ("Facilitair", False)}
    assert report.plan.mapping["first_name"] == "Voornaam"


def test_preferred_name_where_filled_in_else_first_name(project: Project, tmp_path: Path) -> None:
    rows = [
        ["ID", "First name", "Preferred name", "Last name"],
        ["1", "Johannes", "Jan", "de Vries"],
        ["2", "Anna", "", "Bakker"],
    ]
    import_roster(project, write_csv(tmp_path / "personio.csv", rows, sep=","))
    people = {p.employee_number: p for p in project.people()}
    assert people["1"].name == "Jan de Vries"
    assert people["1"].attributes["Ook bekend als"] == "Johannes de Vries"
    assert people["2"].name == "Anna Bakker"


def test_worker_with_number_in_brackets(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Worker", "Department"],
        ["Jan de Vries (10000)", "Care"],
        ["Anna Bakker (E-7)", "Care"],
    ]
    import_roster(project, write_csv(tmp_path / "workday.csv", rows, sep=","))
    people = {p.name: p.employee_number for p in project.people()}
    assert people == {"Jan de Vries": "10000", "Anna Bakker": "E-7"}


def test_a_roster_imported_with_numbers_as_names_is_repaired_by_the_right_file(
    project: Project, tmp_path: Path
) -> None:
    """Someone who hit issue 11 (everyone called 10000 …) imports the file again after the fix:
    the same people get their names; nobody is added twice."""
    first = project.add_person(name="10000", department="Zorg")
    project.add_person(name="10007", department="Zorg")
    report = import_roster(project, write_csv(tmp_path / "hr.csv", HR_EXPORT))
    assert (report.added, report.updated) == (1, 2)
    person = project.person(first)
    assert person is not None
    assert (person.name, person.employee_number) == ("Jan de Vries", "10000")
    assert sorted(p.name for p in project.people()) == [
        "Anna Jansen",
        "Jan de Vries",
        "Piet van Dijk",
    ]


def test_a_person_added_by_hand_needs_a_visible_name(project: Project) -> None:
    """Issue 12: a name made only of a zero-width space was accepted as a person."""
    with pytest.raises(ValueError):
        project.add_person(name="\u200b")
    with pytest.raises(ValueError):
        project.add_person(name="\u2066\u2069 ")
    person = project.add_person(name="\u202eAnne de Vries\u202c")
    found = project.person(person)
    assert found is not None and found.name == "Anne de Vries"
    with pytest.raises(ValueError):
        project.update_person(person, name="\u200b\u200b")
    assert project.person(person).name == "Anne de Vries"  # type: ignore[union-attr]


def test_full_official_name_next_to_a_call_name_is_not_taken_for_the_surname(
    project: Project, tmp_path: Path
) -> None:
    rows = [["Naam", "Roepnaam"], ["Johannes de Vries", "Jan"], ["Wilhelmina Bakker", "Mien"]]
    import_roster(project, write_csv(tmp_path / "r.csv", rows))
    # Not "Jan Johannes de Vries": the whole name as written is kept.
    assert sorted(p.name for p in project.people()) == ["Johannes de Vries", "Wilhelmina Bakker"]


def test_naamgebruik_numbers_only_where_their_meaning_is_known(
    project: Project, tmp_path: Path
) -> None:
    """1-4 are Nmbrs' NaamSamenstelling codes; another system may number differently, so a
    bare number under another header is refused rather than guessed."""
    nmbrs = [
        ["Roepnaam", "Naam", "NaamPartner", "NaamSamenstelling"],
        ["Anna", "Jansen", "Vries", "4"],
    ]
    import_roster(project, write_csv(tmp_path / "nmbrs.csv", nmbrs))
    assert [p.name for p in project.people()] == ["Anna Jansen-Vries"]
    other = [["Roepnaam", "Achternaam", "Naam partner", "Naamgebruik"], ["Bo", "Smit", "Bos", "2"]]
    with pytest.raises(RosterImportError) as caught:
        import_roster(project, write_csv(tmp_path / "ander.csv", other))
    assert caught.value.plan.errors[0].message.startswith('Row 2: "2" in the column "Naamgebruik"')


def test_name_cells_of_punctuation_only_are_refused_not_a_crash(
    project: Project, tmp_path: Path
) -> None:
    # Found by the fuzz test: a name and a first name that normalise to nothing.
    path = write_xlsx(tmp_path / "lijst.xlsx", [["Naam", "Voornaam"], [":", "{"]])
    with pytest.raises(RosterImportError):
        import_roster(project, path)
    assert project.people() == []


def test_brp_words_for_the_partner_name_and_its_use(project: Project, tmp_path: Path) -> None:
    # The BRP's own words, as Youforce-style exports use them.
    path = write_csv(
        tmp_path / "personeel.csv",
        [
            ["Persnr", "Roepnaam", "Voorvoegsels", "Geslachtsnaam", "Voorvoegsels partner",
             "Geslachtsnaam partner", "Code naamgebruik", "Afdeling"],
            ["10007", "Anne", "", "Jansen", "de", "Vries", "N", "Zorg"],
            ["10023", "Sanne", "", "Bakker", "van", "Dam", "P", "Zorg"],
            ["10040", "Lotte", "van", "Leeuwen", "", "Visser", "V", "Zorg"],
            ["10051", "Eva", "", "Mulder", "", "", "E", "Zorg"],
        ],
    )  # fmt: skip
    import_roster(project, path)
    assert sorted(p.name for p in project.people()) == [
        "Anne Jansen-de Vries",
        "Eva Mulder",
        "Lotte Visser-van Leeuwen",
        "Sanne van Dam",
    ]


def test_an_update_with_fewer_columns_keeps_what_the_file_does_not_hold(
    project: Project, tmp_path: Path
) -> None:
    import_roster(project, write_csv(tmp_path / "v1.csv", DUTCH))
    before = {p.employee_number: p for p in project.people()}
    assert any(p.email for p in before.values()) and any(p.trained_hr for p in before.values())
    # A short list: names, departments and numbers only; one person moved department.
    short = [["Naam", "Afdeling", "Personeelsnummer"]]
    short += [[p.name, p.department or "", p.employee_number] for p in before.values()]
    short[1][1] = "Elders"
    report = import_roster(project, write_csv(tmp_path / "kort.csv", short))
    assert (report.updated, report.unchanged) == (1, len(before) - 1)
    for person in project.people():
        old = before[person.employee_number]
        assert (person.email, person.trained_hr, person.role, person.start_date) == (
            old.email,
            old.trained_hr,
            old.role,
            old.start_date,
        )
        assert person.attributes == old.attributes
    moved = next(p for p in project.people() if p.employee_number == short[1][2])
    assert moved.department == "Elders"


def test_an_update_finds_a_person_by_another_of_their_names(
    project: Project, tmp_path: Path
) -> None:
    # First a list with own names only; later the full list with the partner name in use.
    first = [
        ["Roepnaam", "Achternaam", "Afdeling"],
        ["Anne", "Jansen", "Zorg"],
        ["Bob", "Visser", "Zorg"],
    ]
    import_roster(project, write_csv(tmp_path / "v1.csv", first))
    (anne,) = [p.id for p in project.people() if p.name == "Anne Jansen"]
    project.add_response(ResponseDraft(respondent_id=anne))
    full = [
        ["Roepnaam", "Achternaam", "Voorvoegsels partner", "Geslachtsnaam partner",
         "Naamgebruik", "Afdeling"],
        ["Anne", "Jansen", "de", "Vries", "N", "Zorg"],
        ["Bob", "Visser", "", "", "E", "Zorg"],
    ]  # fmt: skip
    report = import_roster(project, write_csv(tmp_path / "v2.csv", full))
    assert (report.added, report.not_in_file) == (0, ())
    names = sorted(p.name for p in project.people())
    assert names == ["Anne Jansen-de Vries", "Bob Visser"]
    assert project.person(anne) is not None and project.has_answered(anne)
