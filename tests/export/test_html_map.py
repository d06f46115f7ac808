"""The interactive map (one HTML file to send): nothing loaded from the internet, every text
escaped, no name, employee number or e-mail in a pseudonymised file, Dutch and English."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.cli import main
from kennisnet.export import ExportRequest, export
from kennisnet.model import SurveyData
from kennisnet.resources import resource

ON = date(2026, 12, 4)
HOSTILE = "Zeynep </script><b>\"Oost\" & 'huis'</b>"

#: Ways a page can load something from elsewhere (a URL with a scheme or starting with //).
REMOTE = [
    re.compile(
        rb"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.I
    ),
    re.compile(rb"""url\(\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.I),
    re.compile(rb"@import", re.I),
    re.compile(rb"""\bfetch\s*\(""", re.I),
    re.compile(rb"XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts", re.I),
    re.compile(rb"""\bimport\s*\(\s*["'`]""", re.I),
    re.compile(rb"""<(?:link|iframe|img|object|embed|base|audio|video|source)\b""", re.I),
    re.compile(
        rb"""\b(?:src|href)\s*=\s*["']?(?!#|data:)[^\s"'>]+\.(?:js|css|woff2?|ttf|png)""", re.I
    ),
]


def write_map(
    tmp_path: Path,
    data: SurveyData,
    result: AnalysisResult,
    lang: str,
    *,
    pseudo: bool = False,
    title: str = "",
    color_by: str = "cluster",
) -> bytes:
    from kennisnet.layout import compute_layout

    target = tmp_path / f"map-{lang}-{pseudo}.html"
    request = ExportRequest(
        html=target, lang=lang, pseudonymise=pseudo, title=title, on=ON, color_by=color_by
    )
    export(result, data, request, positions=compute_layout(result))
    return target.read_bytes()


def page_data(page: bytes) -> dict[str, Any]:
    m = re.search(
        rb'<script type="application/json" id="kennisnet-data">(.*?)</script>', page, re.S
    )
    assert m is not None
    parsed: dict[str, Any] = json.loads(m.group(1))
    return parsed


def hostile_survey(data: SurveyData) -> SurveyData:
    first = dataclasses.replace(data.people[0], name=HOSTILE, department="R&D <Lab>")
    return dataclasses.replace(data, people=(first, *data.people[1:]))


def test_the_file_loads_nothing_from_elsewhere(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    data, result, title = demo
    page = write_map(tmp_path, data, result, "en", title=title)
    assert page.startswith(b"<!DOCTYPE html>")
    for pattern in REMOTE:
        assert pattern.search(page) is None, pattern.pattern
    # The page forbids any load from outside itself as well.
    policy = re.search(rb'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None and b"default-src 'none'" in policy.group(1)
    assert b"connect-src 'none'" in policy.group(1)
    # The viewer and its licence note are inline, with the page's own script.
    assert b"vis-network" in page and b"@license" in page
    assert b"kennisnetMap" in page
    # No web fonts: the style names system fonts only.
    assert b"@font-face" not in page


def test_every_person_and_tie_is_in_the_data(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    data, result, title = demo
    shown = page_data(write_map(tmp_path, data, result, "en", title=title))
    people = shown["people"]
    assert sorted(people["label"]) == sorted(p.name for p in result.people)
    assert len(shown["edges"]) == sum(1 for e in result.edges if e.learner != e.source)
    i = people["label"].index(max(result.people, key=lambda p: p.in_degree).name)
    top = max(result.people, key=lambda p: p.in_degree)
    assert people["in_degree"][i] == top.in_degree
    assert people["sources"][i] == top.sources
    assert people["cluster"][i] == top.cluster
    keys = [c["key"] for c in shown["colourings"]]
    assert keys[:2] == ["cluster", "trained"] and "department" in keys
    department = next(c for c in shown["colourings"] if c["key"] == "department")
    assert all(0 <= v < len(department["groups"]) for v in department["of"])
    assert len(shown["risk"]) == len(result.risk_clusters) > 0
    assert all(len(area["outline"]) >= 3 for area in shown["risk"])


def test_names_with_markup_are_data_never_html(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data = hostile_survey(small[0])
    result = analyze(data)
    page = write_map(tmp_path, data, result, "en", title="Tom & Jerry <Holding>")
    # Exactly the page's own script blocks end in </script>: the name cannot close one.
    assert page.count(b"</script>") == 3
    # The viewer's own code knows "<b>" (for labels with markup, not switched on here).
    viewer = resource("viewer", "vis-network.min.js").read_bytes()
    assert viewer in page
    assert b"<b>" not in page.replace(viewer, b"")
    assert HOSTILE.encode() not in page
    assert b"<title>Knowledge network \xe2\x80\x94 Tom &amp; Jerry &lt;Holding&gt;</title>" in page
    shown = page_data(page)
    assert HOSTILE in shown["people"]["label"]
    assert any("R&D <Lab>" in w for w in shown["people"]["where"])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pseudonymised_map_holds_no_name_number_or_email(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    data, result = small
    page = write_map(tmp_path, data, result, lang, pseudo=True, title="Zeynep Oosterhuis")
    secrets = [
        s
        for p in data.people
        for s in (p.name, p.employee_number, p.email, p.name.split()[-1], p.name.split()[0])
        if s
    ]
    everything = page.decode("utf-8").casefold()
    leaked = [
        secret
        for secret in secrets
        if secret.casefold() in everything or json.dumps(secret)[1:-1].casefold() in everything
    ]
    assert leaked == []
    shown = page_data(page)
    assert all(re.fullmatch(r"P-\d{3}", label) for label in shown["people"]["label"])
    # Team and role can tell who someone is: left out. (The viewer's own code aside.)
    ours = page.replace(resource("viewer", "vis-network.min.js").read_bytes(), b"").decode()
    assert [w for w in ("Team Noord", "Monteur") if w in ours] == []
    # The three people of "Lab" form a risk cluster under 5: hidden, and so is "Lab".
    assert re.findall(r"\bLab\b", ours) == []
    hidden = "minder dan 5" if lang == "nl" else "fewer than 5"
    assert any(hidden in area["text"] for area in shown["risk"])
    assert all(not area["members"] for area in shown["risk"] if hidden in area["text"])


def test_the_names_are_there_when_not_pseudonymised(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    page = write_map(tmp_path, data, result, "en").decode("utf-8")
    assert page.count("Zeynep Oosterhuis") > 0  # the check above can see names


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ["Zoek een persoon", "Kleur naar", "Zo lees je de afbeelding", "Risicogroepen"]),
        ("en", ["Search a person", "Colour by", "How to read this", "Risk clusters"]),
    ],
)
def test_dutch_and_english(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], lang: str, words: list[str]
) -> None:
    data, result, title = demo
    page = write_map(tmp_path, data, result, lang, title=title)
    text = page.decode("utf-8")
    assert text.count(f'<html lang="{lang}">') == 1
    assert [word for word in words if word not in text] == []
    shown = page_data(page)
    labels = [m[1] for m in shown["texts"]["metrics"]]
    assert ("Leerders" if lang == "nl" else "Learners") in labels
    other = "Search a person" if lang == "nl" else "Zoek een persoon"
    assert text.count(other) == 0


def test_the_first_colour_is_the_one_asked_for(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    data, result, _title = demo
    shown = page_data(write_map(tmp_path, data, result, "en", color_by="trained"))
    assert shown["colour"] == "trained"
    trained = next(c for c in shown["colourings"] if c["key"] == "trained")
    labels = shown["people"]["label"]
    for person in result.people:
        expected = 2 if person.trained is None else (0 if person.trained else 1)
        assert trained["of"][labels.index(person.name)] == expected


def test_cli_writes_the_map_and_never_over_a_file_unasked(
    tmp_path: Path, demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "map.html"
    argv = ["export", str(demo_copy), "--html", str(target), "--lang", "en", "--pseudonymize"]
    assert main(argv) == 0
    page = target.read_bytes()
    assert b"P-0" in page and b"names replaced by codes" in page
    capsys.readouterr()
    target.write_text("kept", encoding="utf-8")
    assert main(argv) == 1
    _out, err = capsys.readouterr()
    assert "--force" in err
    assert target.read_text(encoding="utf-8") == "kept"


def test_the_export_dialog_offers_the_map(tmp_path: Path) -> None:
    from kennisnet.ui.workspace.export import KINDS, ExportChoice

    assert "html" in [kind for kind, _label, _ending in KINDS]
    choice = ExportChoice(("html",), tmp_path, "Kennisnet 2026", "nl", False, "slide")
    request = choice.request()
    assert request.html == tmp_path / "Kennisnet 2026.html"
    assert request.outputs() == [("html", tmp_path / "Kennisnet 2026.html")]
