"""Response import: the template and the Forms exports, names, all or nothing."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kennisnet.importing.responses import ResponseImportError, import_responses, plan_responses
from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.resources import resource
from kennisnet.store import Project

ROSTER = [
    ("Anne de Vries", "Zorg", "1001", True),
    ("Bob Jansen", "Zorg", "1002", False),
    ("Carla van den Berg", "ICT", "1003", None),
    ("Jan Smit", "ICT", "1004", None),
    ("Jan Bakker", "ICT", "1005", None),
    ("José Peña", "Keuken", "1006", False),
]


@pytest.fixture
def project(project_path: Path) -> Project:
    project = Project.create(project_path, name="Test")
    for name, department, number, trained in ROSTER:
        project.add_person(
            name=name, department=department, employee_number=number, trained_hr=trained
        )
    return project


def ids(project: Project) -> dict[str, int]:
    return {p.name: p.id for p in project.people()}


def write_csv(path: Path, rows: Sequence[Sequence[object]], sep: str = ";") -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=sep).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


TEMPLATE_NL = [
    [
        "Respondent",
        "Bron 1",
        "Frequentie 1",
        "Bron 2",
        "Frequentie 2",
        "Kanalen",
        "Formele training",
    ],
    [
        "de Vries, Anne",
        "bob jansen",
        "dagelijks",
        "1003",
        "maandelijks",
        "Een collega vragen; Zelf uitproberen (vallen en opstaan)",
        "ja",
    ],
    ["1002", "Anne de Vries", "wekelijks", "", "", "Op internet zoeken", "nee"],
    ["Jose Pena", "Anne de Vries", "", "Gerrit van de leverancier", "minder vaak", "", "weet niet"],
]


def test_template_in_dutch(project: Project, tmp_path: Path) -> None:
    report = import_responses(project, write_csv(tmp_path / "antwoorden.csv", TEMPLATE_NL))
    assert (report.added, report.replaced, report.already_there) == (3, 0, 0)
    assert report.plan.format == "template"
    who = ids(project)
    data = project.snapshot()
    by = {r.respondent_id: r for r in data.responses}
    anne = by[who["Anne de Vries"]]
    assert [(n.source_id, n.frequency) for n in anne.nominations] == [
        (who["Bob Jansen"], Frequency.DAILY),
        (who["Carla van den Berg"], Frequency.MONTHLY),
    ]
    assert anne.channels == (Channel.COLLEAGUE, Channel.TRIAL_ERROR)
    assert anne.training is TrainingAnswer.YES
    assert by[who["Bob Jansen"]].channels == (Channel.INTERNET,)
    jose = by[who["José Peña"]]
    assert jose.training is TrainingAnswer.DONT_KNOW
    assert [n.frequency for n in jose.nominations] == [None]  # a missing frequency weighs 1
    assert [u.written for u in report.plan.unresolved] == ["Gerrit van de leverancier"]
    assert data.unresolved_names == 1
    assert [p.written for p in project.pending_names()] == ["Gerrit van de leverancier"]


def test_importing_twice_changes_nothing(project: Project, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "antwoorden.csv", TEMPLATE_NL)
    import_responses(project, path)
    before = project.snapshot()
    again = import_responses(project, path)
    assert (again.added, again.already_there) == (0, 3)
    assert project.snapshot() == before


def test_a_changed_answer_replaces_the_earlier_one_only_when_asked(
    project: Project, tmp_path: Path
) -> None:
    import_responses(project, write_csv(tmp_path / "a.csv", TEMPLATE_NL))
    before = project.snapshot()
    changed = [TEMPLATE_NL[0], ["Anne de Vries", "Jan Smit", "dagelijks", "", "", "", "ja"]]
    path = write_csv(tmp_path / "b.csv", changed)
    with pytest.raises(ResponseImportError, match="Anne de Vries") as caught:
        import_responses(project, path)
    assert caught.value.plan is not None
    assert [(r.row, r.name) for r in caught.value.plan.replacing] == [(2, "Anne de Vries")]
    assert project.snapshot() == before
    report = import_responses(project, path, replace_earlier=True)
    assert (report.added, report.replaced) == (1, 1)
    who = ids(project)
    anne = next(r for r in project.snapshot().responses if r.respondent_id == who["Anne de Vries"])
    assert [n.source_id for n in anne.nominations] == [who["Jan Smit"]]


def test_english_template_shipped_with_the_app(project: Project, tmp_path: Path) -> None:
    template = tmp_path / "responses.xlsx"
    template.write_bytes(resource("templates", "responses_en.xlsx").read_bytes())
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    ws.append(
        ["Anne de Vries", "Bob Jansen", "weekly"]
        + [None] * (headers.index("Channels") - 3)
        + ["Search the internet; Ask an AI assistant", "yes"]
    )
    wb.save(template)
    report = import_responses(project, template)
    assert report.added == 1
    response = project.snapshot().responses[0]
    assert response.channels == (Channel.INTERNET, Channel.AI)
    assert response.nominations[0].frequency is Frequency.WEEKLY


def test_dutch_template_shipped_with_the_app_has_the_documented_columns() -> None:
    for lang, first_source in (("nl", "Bron 1"), ("en", "Source 1")):
        wb = load_workbook(resource("templates", f"responses_{lang}.xlsx"))
        headers = [c.value for c in wb.worksheets[0][1]]
        assert headers[0] == "Respondent"
        assert headers[1] == first_source
        assert wb.worksheets[0].max_row == 1  # no example rows that would be imported
        with resource("templates", f"responses_{lang}.csv").open(encoding="utf-8-sig") as f:
            assert next(csv.reader(f, delimiter=";")) == headers


def test_ambiguous_and_unknown_names_are_never_guessed(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Respondent", "Bron 1", "Bron 2"],
        ["Anne de Vries", "Jan", "J. Smit"],
        ["Onbekende Persoon", "Anne de Vries", ""],
    ]
    report = import_responses(project, write_csv(tmp_path / "r.csv", rows))
    unresolved = {u.written: u for u in report.plan.unresolved}
    assert set(unresolved) == {"Jan", "Onbekende Persoon"}
    assert unresolved["Onbekende Persoon"].role == "respondent"
    assert set(unresolved["Jan"].candidates) >= {"Jan Smit", "Jan Bakker"}
    who = ids(project)
    data = project.snapshot()
    assert [r.respondent_id for r in data.responses] == [who["Anne de Vries"]]
    assert [n.source_id for n in data.responses[0].nominations] == [who["Jan Smit"]]
    # HR decides; the decision is remembered for the next import.
    project.decide_name("Jan", "person", who["Jan Bakker"])
    project.decide_name("Onbekende Persoon", "drop")
    data = project.snapshot()
    assert data.unresolved_names == 0
    assert [n.source_id for n in data.responses[0].nominations] == [
        who["Jan Bakker"],
        who["Jan Smit"],
    ]
    later = [["Respondent", "Bron 1"], ["Bob Jansen", "jan"]]
    report = import_responses(project, write_csv(tmp_path / "later.csv", later))
    assert report.plan.unresolved == ()
    bob = next(r for r in project.snapshot().responses if r.respondent_id == who["Bob Jansen"])
    assert [n.source_id for n in bob.nominations] == [who["Jan Bakker"]]


def test_self_nominations_and_doubles_are_dropped_with_a_note(
    project: Project, tmp_path: Path
) -> None:
    rows = [
        ["Respondent", "Bron 1", "Bron 2", "Bron 3"],
        ["Anne de Vries", "Anne de Vries", "Bob Jansen", "bob jansen"],
    ]
    report = import_responses(project, write_csv(tmp_path / "r.csv", rows))
    notes = [p.message for p in report.plan.problems if p.severity == "warning"]
    assert any("named themselves" in n for n in notes)
    assert any("named twice" in n for n in notes)
    response = project.snapshot().responses[0]
    assert [n.source_id for n in response.nominations] == [ids(project)["Bob Jansen"]]


def test_row_errors_stop_the_whole_import(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Respondent", "Bron 1", "Frequentie 1", "Formele training"],
        ["Anne de Vries", "Bob Jansen", "elke dag", "ja"],
        ["Bob Jansen", "Anne de Vries", "soms", "ja"],
        ["", "Anne de Vries", "", ""],
        ["Carla van den Berg", "", "", "misschien"],
    ]
    with pytest.raises(ResponseImportError, match="3 problem") as caught:
        import_responses(project, write_csv(tmp_path / "r.csv", rows))
    plan = caught.value.plan
    assert plan is not None
    rows_with_errors = sorted(p.row for p in plan.errors if p.row)
    assert rows_with_errors == [3, 4, 5]
    assert project.response_count() == 0


def test_no_respondent_column(project: Project, tmp_path: Path) -> None:
    rows = [["Wie", "Bron 1"], ["Anne de Vries", "Bob Jansen"]]
    path = write_csv(tmp_path / "r.csv", rows)
    with pytest.raises(ResponseImportError) as caught:
        import_responses(project, path)
    assert caught.value.plan is not None
    assert any("who answered" in p.message for p in caught.value.plan.errors)
    report = import_responses(project, path, mapping={"Wie": "respondent"})
    assert report.added == 1


MS_FORMS_HEADERS = [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Wat is je naam?",
    "Van wie leer je het meest in je werk? (naam 1)",
    "Hoe vaak leer je van deze persoon? (1)",
    "Van wie leer je het meest in je werk? (naam 2)",
    "Hoe vaak leer je van deze persoon? (2)",
    "Hoe los je een probleem op als je iets niet weet?",
    "Heb je een formele opleiding of cursus gehad voor je huidige werk?",
]


def test_microsoft_forms_export(project: Project, tmp_path: Path) -> None:
    rows = [
        MS_FORMS_HEADERS,
        [
            1,
            datetime(2026, 10, 1, 9, 0),
            datetime(2026, 10, 1, 9, 3),
            "anonymous",
            None,
            "Anne de Vries",
            "Bob Jansen",
            "Dagelijks",
            "Carla van den Berg",
            "Wekelijks",
            "Een collega vragen;Op internet zoeken;",
            "Ja",
        ],
        [
            2,
            datetime(2026, 10, 1, 9, 5),
            datetime(2026, 10, 1, 9, 9),
            "anonymous",
            None,
            "Bob Jansen",
            "Anne",
            "Maandelijks",
            None,
            None,
            "Zelf uitproberen (vallen en opstaan);",
            "Nee",
        ],
    ]
    report = import_responses(project, write_xlsx(tmp_path / "forms.xlsx", rows))
    assert report.plan.format == "msforms"
    assert report.added == 2
    who = ids(project)
    by = {r.respondent_id: r for r in project.snapshot().responses}
    anne = by[who["Anne de Vries"]]
    assert [(n.source_id, n.frequency) for n in anne.nominations] == [
        (who["Bob Jansen"], Frequency.DAILY),
        (who["Carla van den Berg"], Frequency.WEEKLY),
    ]
    assert anne.channels == (Channel.COLLEAGUE, Channel.INTERNET)
    assert by[who["Bob Jansen"]].channels == (Channel.TRIAL_ERROR,)
    # A first name alone is a suggestion for HR, never a match.
    assert by[who["Bob Jansen"]].nominations == ()
    assert [(u.written, u.candidates) for u in report.plan.unresolved] == [
        ("Anne", ("Anne de Vries",))
    ]


def test_google_forms_csv(project: Project, tmp_path: Path) -> None:
    rows = [
        [
            "Timestamp",
            "Email Address",
            "Who are you?",
            "From whom do you learn the most in your work?",
            "How do you solve a problem when you don't know something?",
            "Did you have formal training or a course for your current work?",
        ],
        [
            "2026/10/01 9:00:00 AM CET",
            "",
            "Jose Pena",
            "Anne de Vries; Smit, Jan",
            "Look it up in manuals, procedures or the intranet, Ask my manager",
            "No",
        ],
        [
            "2026/10/01 9:10:00 AM CET",
            "",
            "Carla van den Berg",
            "de Vries, Anne",
            "Ask a colleague, Ask ChatGPT",
            "Yes",
        ],
    ]
    report = import_responses(project, write_csv(tmp_path / "google.csv", rows, sep=","))
    assert report.plan.format == "gforms"
    assert report.added == 2
    who = ids(project)
    by = {r.respondent_id: r for r in project.snapshot().responses}
    jose = by[who["José Peña"]]
    assert [n.source_id for n in jose.nominations] == [who["Anne de Vries"], who["Jan Smit"]]
    assert jose.channels == (Channel.DOCUMENTATION, Channel.MANAGER)
    carla = by[who["Carla van den Berg"]]
    assert [n.source_id for n in carla.nominations] == [who["Anne de Vries"]]
    assert carla.channels == (Channel.COLLEAGUE, Channel.AI)


def test_unknown_channel_becomes_other_with_a_note(project: Project, tmp_path: Path) -> None:
    rows = [["Respondent", "Kanalen"], ["Anne de Vries", "Een collega vragen; bidden"]]
    report = import_responses(project, write_csv(tmp_path / "r.csv", rows))
    response = project.snapshot().responses[0]
    assert response.channels == (Channel.COLLEAGUE, Channel.OTHER)
    assert response.channel_other == "bidden"
    assert any("other" in p.message for p in report.plan.problems)


def test_same_person_twice_in_one_file_uses_the_later_row(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Respondent", "Bron 1"],
        ["Anne de Vries", "Bob Jansen"],
        ["Anne de Vries", "Jan Smit"],
    ]
    report = import_responses(project, write_csv(tmp_path / "r.csv", rows))
    assert report.added == 1
    assert any("also answered in row 2" in p.message for p in report.plan.problems)
    response = project.snapshot().responses[0]
    assert [n.source_id for n in response.nominations] == [ids(project)["Jan Smit"]]


def test_dry_run_writes_nothing(project: Project, tmp_path: Path) -> None:
    plan = plan_responses(project, write_csv(tmp_path / "r.csv", TEMPLATE_NL))
    assert len(plan.drafts) == 3
    assert project.response_count() == 0


def test_a_picture_is_not_a_response_file(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "antwoorden.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ResponseImportError, match="PNG"):
        import_responses(project, path)


def test_microsoft_multi_select_keeps_every_choice(project: Project, tmp_path: Path) -> None:
    """The reported cell: separators were removed by normalising before the split."""
    rows = [
        [
            "Id",
            "Begintijd",
            "Tijd van voltooien",
            "E-mail",
            "Naam",
            "Wie ben je?",
            "Hoe los je een probleem op als je iets niet weet?",
        ],
        [
            1,
            datetime(2026, 10, 1, 9, 0),
            datetime(2026, 10, 1, 9, 3),
            "anoniem",
            None,
            "Anne de Vries",
            "Ik vraag het een collega;Ik vraag het een AI-assistent;",
        ],
    ]
    report = import_responses(project, write_xlsx(tmp_path / "forms.xlsx", rows))
    assert report.plan.format == "msforms"
    response = project.snapshot().responses[0]
    assert set(response.channels) == {Channel.COLLEAGUE, Channel.AI}
    assert response.channels_ranked is False
    assert response.submitted_at == "2026-10-01T09:03:00"
    assert report.plan.tally()["channels"] == (2, 2)


def test_google_labels_with_a_comma_stay_whole(project: Project, tmp_path: Path) -> None:
    rows = [
        [
            "Tijdstempel",
            "E-mailadres",
            "Wie ben je?",
            "Hoe los je een probleem op als je iets niet weet?",
        ],
        [
            "1-10-2026 9:00:00",
            "",
            "Anne de Vries",
            "Opzoeken in handleidingen, procedures of op intranet, Op internet zoeken, Anders",
        ],
    ]
    import_responses(project, write_csv(tmp_path / "g.csv", rows, sep=","))
    response = project.snapshot().responses[0]
    assert response.channels == (Channel.DOCUMENTATION, Channel.INTERNET, Channel.OTHER)
    assert response.channels_ranked is False


def test_a_form_used_for_two_waves_is_split_by_answer_time(
    project_path: Path, tmp_path: Path
) -> None:
    from kennisnet.store import fixed_clock

    with fixed_clock(lambda: datetime(2026, 3, 1, 8, 0)):
        project = Project.create(project_path, name="Waves")
        for name, department, number, trained in ROSTER:
            project.add_person(
                name=name, department=department, employee_number=number, trained_hr=trained
            )
    with fixed_clock(lambda: datetime(2026, 9, 1, 8, 0)):
        second = project.add_wave("Najaar")
    first = project.waves()[0][0]
    rows = [
        ["Timestamp", "Email Address", "Who are you?", "From whom do you learn the most?"],
        ["3/10/2026 9:00:00", "", "Anne de Vries", "Bob Jansen"],
        ["3/11/2026 9:00:00", "", "Bob Jansen", "Anne de Vries"],
        ["9/14/2026 9:00:00", "", "Anne de Vries", "Jan Smit"],
        ["9/15/2026 9:00:00", "", "Carla van den Berg", "Anne de Vries"],
        ["9/16/2026 9:00:00", "", "Jan Bakker", "Carla van den Berg"],
    ]
    path = write_csv(tmp_path / "g.csv", rows, sep=",")
    report = import_responses(project, path)
    assert report.plan.split_by_time
    assert [(w, n) for w, _, n in report.plan.waves] == [(first, 2), (second, 3)]
    who = ids(project)
    spring = {r.respondent_id: r for r in project.snapshot(first).responses}
    autumn = {r.respondent_id: r for r in project.snapshot(second).responses}
    assert set(spring) == {who["Anne de Vries"], who["Bob Jansen"]}
    assert set(autumn) == {who["Anne de Vries"], who["Carla van den Berg"], who["Jan Bakker"]}
    assert [n.source_id for n in spring[who["Anne de Vries"]].nominations] == [who["Bob Jansen"]]
    assert [n.source_id for n in autumn[who["Anne de Vries"]].nominations] == [who["Jan Smit"]]
    again = import_responses(project, path)
    assert (again.added, again.already_there) == (0, 5)


def test_cli_replace_is_needed_to_replace_answers(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kennisnet.cli import main

    project.close()
    import_path = write_csv(tmp_path / "a.csv", TEMPLATE_NL)
    assert main(["import", str(project.path), str(import_path)]) == 0
    changed = [TEMPLATE_NL[0], ["Bob Jansen", "Jan Smit", "dagelijks", "", "", "", "ja"]]
    path = write_csv(tmp_path / "b.csv", changed)
    capsys.readouterr()
    assert main(["import", str(project.path), str(path)]) == 1
    err = capsys.readouterr().err
    assert "Bob Jansen" in err and "--replace" in err
    with Project.open(project.path, readonly=True) as reopened:
        bob = ids(reopened)["Bob Jansen"]
        earlier = {r.respondent_id: r for r in reopened.snapshot().responses}[bob]
        assert [n.source_id for n in earlier.nominations] == [ids(reopened)["Anne de Vries"]]
    assert main(["import", str(project.path), str(path), "--replace"]) == 0
    assert "1 replaces an earlier answer" in capsys.readouterr().out


def test_rows_not_fully_stored_are_listed_with_the_reason(project: Project, tmp_path: Path) -> None:
    rows = [
        ["Respondent", "Bron 1", "Bron 2", "Kanalen"],
        ["Anne de Vries", "Anne de Vries", "Bob Jansen", "Een collega vragen"],
        ["Bob Jansen", "Jan Smit", "1004", "Een collega vragen; Collega"],
        ["Jan Smit", "Anne de Vries", "", ""],
    ]
    plan = plan_responses(project, write_csv(tmp_path / "r.csv", rows))
    assert plan.tally() == {"sources": (5, 3), "channels": (3, 2), "training": (0, 0)}
    listed = {(row, p.message if p else None) for row, p in plan.differences()}
    assert {row for row, _ in listed} == {2, 3}
    assert all(message for _, message in listed)


def test_google_form_with_one_question_per_colleague_and_a_column_nobody_knows(
    project: Project, tmp_path: Path
) -> None:
    # HR's own Google form: "Collega 1", "Collega 2" as short-answer questions, and a
    # remark question Kennisnet does not know. No colleague may be lost without a line.
    path = write_csv(
        tmp_path / "google.csv",
        [
            ["Tijdstempel", "Wie ben je?", "Collega 1", "Collega 2", "Opmerking"],
            ["2026/11/04 10:10:00", "Anne de Vries", "Bob Jansen", "José Peña", "leuk"],
            ["2026/11/04 10:12:00", "Bob Jansen", "Carla van den Berg", "", ""],
        ],
        sep=",",
    )
    plan = plan_responses(project, path)
    assert plan.format == "gforms"
    unused = [p for p in plan.problems if p.column == "Opmerking"]
    assert len(unused) == 1 and "was not read" in unused[0].message
    import_responses(project, path)
    who = ids(project)
    ties = {
        (r.respondent_id, n.source_id) for r in project.snapshot().responses for n in r.nominations
    }
    assert ties == {
        (who["Anne de Vries"], who["Bob Jansen"]),
        (who["Anne de Vries"], who["José Peña"]),
        (who["Bob Jansen"], who["Carla van den Berg"]),
    }


def test_a_wave_start_in_utc_is_compared_as_local_time(
    project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from kennisnet.store import fixed_clock

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        with fixed_clock(lambda: datetime(2027, 1, 4, 8, 0, tzinfo=UTC)):
            project = Project.create(project_path, name="Tijd")
            for name, department, number, trained in ROSTER:
                project.add_person(
                    name=name, department=department, employee_number=number, trained_hr=trained
                )
        # Wave 2 starts at 09:00 UTC, 10:00 on the laptop's (Dutch winter) clock.
        with fixed_clock(lambda: datetime(2027, 3, 1, 9, 0, tzinfo=UTC)):
            second = project.add_wave("Voorjaar")
        first = project.waves()[0][0]
        rows = [
            ["Tijdstempel", "Wie ben je?", "Van wie leer je het meest?"],
            ["1-3-2027 09:45:00", "Anne de Vries", "Bob Jansen"],  # local, before 10:00
            ["1-3-2027 10:15:00", "Bob Jansen", "Anne de Vries"],  # local, after 10:00
        ]
        plan = plan_responses(project, write_csv(tmp_path / "g.csv", rows, sep=","))
        assert [(w, n) for w, _, n in plan.waves] == [(first, 1), (second, 1)]
        who = ids(project)
        placed = {d.respondent_id: d.wave_id for _, d in plan.drafts}
        assert placed == {who["Anne de Vries"]: first, who["Bob Jansen"]: second}
    finally:
        monkeypatch.undo()
        time.tzset()
