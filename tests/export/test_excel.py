"""The workbook read back with openpyxl: sheets, headers, tables, values, privacy."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import range_boundaries

from kennisnet.analysis import AnalysisResult, explain
from kennisnet.export import ExportRequest, Naming, export
from kennisnet.model import SurveyData

SHEETS = {
    "en": ["Summary", "People", "Ties", "Clusters", "Gatekeepers", "Training advice",
           "Channels", "Response", "Personal codes", "Network picture"],
    "nl": ["Samenvatting", "Mensen", "Bronnen", "Groepen", "Poortwachters", "Trainingsadvies",
           "Kanalen", "Respons", "Persoonlijke codes", "Netwerkafbeelding"],
}  # fmt: skip


def workbook(
    tmp_path: Path, survey: tuple[SurveyData, AnalysisResult], lang: str, pseudo: bool
) -> Any:
    data, result = survey
    path = tmp_path / f"k-{lang}-{pseudo}.xlsx"
    request = ExportRequest(
        xlsx=path, pseudonymise=pseudo, lang=lang, title="Testbedrijf", on=date(2026, 11, 1)
    )
    assert export(result, data, request) == [path]
    return load_workbook(path)


def rows(ws: Any) -> list[dict[str, Any]]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_sheets_tables_and_headers(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    wb = workbook(tmp_path, small, lang, pseudo=False)
    assert wb.sheetnames == SHEETS[lang]
    names = set()
    for ws in wb.worksheets[1:-1]:
        assert len(ws.tables) == 1, ws.title
        table = next(iter(ws.tables.values()))
        names.add(table.displayName)
        # The table covers exactly the filled cells, and its columns are the header.
        assert table.ref == ws.dimensions, ws.title
        min_col, min_row, max_col, _ = range_boundaries(table.ref)
        header = [c.value for c in ws[min_row]]
        assert [c.name for c in table.tableColumns] == header
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2")
        assert len(header) == max_col - min_col + 1 and all(header)
    assert len(names) == len(wb.worksheets) - 2
    people = wb.worksheets[1]
    header = [c.value for c in people[1]]
    if lang == "nl":
        assert {"Naam", "Leerders", "Afdeling", "Kennishouder"} <= set(header)
        assert people["A1"].comment.text == explain("id", "nl")
    else:
        assert {"Name", "Learners", "Department", "Key knowledge holder"} <= set(header)
        assert people["A1"].comment.text == explain("id", "en")
    assert people.conditional_formatting  # data bars and red rows
    assert wb.properties.creator == "Kennisnet"
    assert wb.worksheets[-1]._images, "the network picture is embedded"


def test_people_values_equal_the_result(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    _, result = small
    wb = workbook(tmp_path, small, "en", pseudo=False)
    by_id = {row["Number"]: row for row in rows(wb["People"])}
    assert set(by_id) == {p.id for p in result.people}
    for p in result.people:
        row = by_id[p.id]
        assert row["Name"] == p.name
        assert row["Employee number"] == p.employee_number
        assert row["Learners"] == p.in_degree
        assert row["Learners (weighted)"] == p.weighted_in_degree
        assert row["Influence"] == pytest.approx(p.pagerank)
        assert row["Link between groups"] == pytest.approx(p.betweenness)
        assert row["Cluster"] == p.cluster
        assert row["Steps to trained colleague"] == p.steps_to_trained
        assert row["Gatekeeper for"] == p.gatekeeper_of
        assert row["Key knowledge holder"] == ("Yes" if p.key_holder else "No")
        assert row["Formally trained"] == {True: "Yes", False: "No", None: "Unknown"}[p.trained]
    ties = rows(wb["Ties"])
    assert len(ties) == len(result.edges)
    names = {p.id: p.name for p in result.people}
    assert {(t["Learner"], t["Learns from"], t["Weight"]) for t in ties} == {
        (names[e.learner], names[e.source], e.weight) for e in result.edges
    }
    clusters = rows(wb["Clusters"])
    assert [c["People"] for c in clusters] == [c.size for c in result.clusters]
    assert [c["Share trained"] for c in clusters] == [
        pytest.approx(c.trained_share) for c in result.clusters
    ]
    advice = rows(wb["Training advice"])
    assert [a["Name"] for a in advice] == [names[s.person_id] for s in result.advice.steps]
    response = rows(wb["Response"])
    assert response[0]["Response rate"] == pytest.approx(result.quality.rate)
    codes = rows(wb["Personal codes"])
    naming = Naming.build(small[0].people, pseudonymised=False)
    assert {c["Name"]: c["Personal code"] for c in codes} == {
        p.name: naming.code(p.id) for p in small[0].people
    }


def test_pseudonymised_workbook_hides_names_ids_and_small_groups(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    wb = workbook(tmp_path, small, "en", pseudo=True)
    assert "Personal codes" not in wb.sheetnames
    people = rows(wb["People"])
    assert set(people[0]) >= {"Code", "Learners"}
    assert not {"Name", "Number", "Employee number", "Job title", "Team"} & set(people[0])
    naming = Naming.build(data.people, pseudonymised=True)
    assert sorted(r["Code"] for r in people) == sorted(naming.codes.values())
    by_code = {r["Code"]: r for r in people}
    for p in result.people:
        assert by_code[naming.code(p.id)]["Learners"] == p.in_degree
    clusters = {r["Cluster"]: r for r in rows(wb["Clusters"])}
    small_cluster = next(c for c in result.clusters if c.size < 5)
    hidden = clusters[small_cluster.id]
    assert hidden["Share trained"] == "hidden (fewer than 5 people)"
    assert hidden["Risk cluster"] == "hidden (fewer than 5 people)"
    big = next(c for c in result.clusters if c.size >= 5)
    assert clusters[big.id]["Share trained"] == pytest.approx(big.trained_share)
    departments = [r["Department"] for r in rows(wb["Response"])]
    assert "Lab" not in departments and "Werkplaats" in departments
    summary = "\n".join(
        str(v) for row in wb["Summary"].iter_rows(values_only=True) for v in row if v
    )
    assert "Names are replaced by codes" in summary
    assert not any(p.name in summary for p in data.people)


def test_channels_sheet_has_no_first_choice_for_forms_answers(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    """Forms answers were ticked without order: the First columns stay empty, not 0."""
    from dataclasses import replace

    from kennisnet.analysis import analyze

    data, _ = small
    forms = replace(
        data, responses=tuple(replace(r, channels_ranked=False) for r in data.responses)
    )
    result = analyze(forms)
    assert result.channels.overall.answered > 0
    wb = workbook(tmp_path, (forms, result), "en", pseudo=False)
    everyone = rows(wb["Channels"])[0]
    # (the share columns, "… (%)", sit next to the counts)
    firsts = {k: v for k, v in everyone.items() if str(k).startswith("First:")}
    anys = {k: v for k, v in everyone.items() if str(k).startswith("Any:") and str(k)[-3:] != "(%)"}
    assert len(firsts) == 16 and all(v is None for v in firsts.values())
    assert sum(anys.values()) == sum(n for _, n in result.channels.overall.any_rank) > 0
    assert everyone["Ranked them"] == 0
    assert everyone["Chose ways"] == result.channels.overall.answered
