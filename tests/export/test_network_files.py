"""GEXF 1.3, GraphML and the Kumu/Polinode workbooks: valid, coloured and placed as the
picture, with the staff list's extra columns, and pseudonymised without any name."""

from __future__ import annotations

import math
import random
import re
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from lxml import etree
from openpyxl import load_workbook

from kennisnet import palette
from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.cli import main
from kennisnet.export import ExportRequest, Naming, export
from kennisnet.export import figure as figure_module
from kennisnet.layout import compute_layout
from kennisnet.model import Nomination, Person, Response, SurveyData, Wave

SCHEMAS = Path(__file__).parent.parent / "data" / "gexf-1.3"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
ON = date(2026, 11, 30)
LOCATIONS = ["Utrecht"] * 30 + ["Zwolle"] * 20 + ["Assen"] * 6 + ["Texel"] * 3 + ["Urk"]


def organisation(size: int = 60, seed: int = 3) -> SurveyData:
    """A synthetic organisation whose staff list has extra columns: a location (two
    small ones), a contract type, a mentor (names), a phone number and a free note."""
    rng = random.Random(seed)
    first = ["Wendelien", "Thijmen", "Roosmarijn", "Casper", "Evelien", "Jurriaan"]
    people = []
    for i in range(size):
        name = f"{first[i % len(first)]} Hoogeveen{i:02d}"
        attributes = {
            "Locatie": LOCATIONS[i % len(LOCATIONS)],
            "Contract": "vast" if i % 3 else "tijdelijk",
            "Mentor": f"{first[(i + 1) % len(first)]} Hoogeveen{(i + 1) % size:02d}",
            "Telefoon": f"06-{31000000 + i * 7}",
            "Opmerking": f"spreekt met Hoogeveen{i:02d} af",
            # Six people share each buddy: no small group, but a first name all the same.
            "Buddy": first[i // 10 % len(first)],
        }
        people.append(
            Person(
                id=i + 1,
                uid=f"u{i * 31 % 97}-{i}",
                name=name,
                department=f"Afdeling {i % 4 + 1}",
                team=f"Team {i % 9}",
                role="Adviseur" if i % 2 else "Monteur",
                employee_number=f"NR{70000 + i * 13}",
                email=f"medewerker{i}@voorbeeld.nl",
                trained_hr=None if i % 7 == 0 else i % 4 == 0,
                attributes=attributes,
            )
        )
    responses = []
    for i in range(size):
        if i % 10 == 9:
            continue  # some did not answer; some are named by nobody: isolates
        block = i // 15 * 15
        sources = {block + rng.randrange(15) for _ in range(rng.randint(1, 3))} - {i}
        if i % 17 == 0:
            sources.add(rng.randrange(size))
        responses.append(
            Response(
                uuid=f"r{i}",
                respondent_id=i + 1,
                wave_id=1,
                submitted_at="2026-10-05T10:00:00",
                nominations=tuple(Nomination(s + 1) for s in sorted(sources - {i})),
            )
        )
    return SurveyData(tuple(people), tuple(responses), Wave(1, "Meting najaar", "2026-10-01"))


@pytest.fixture(scope="module")
def org() -> tuple[SurveyData, AnalysisResult]:
    data = organisation()
    return data, analyze(data)


@pytest.fixture(scope="module")
def rng_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf.rng")))


@pytest.fixture(scope="module")
def xsd_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf.xsd")))


def _secrets(data: SurveyData) -> list[str]:
    out = []
    for p in data.people:
        out += [p.name, p.name.split()[0], p.name.split()[-1], p.employee_number or ""]
        out += [p.email or ""]
        out += [p.team or "", p.attributes.get("Telefoon", "")]
    return [s for s in out if s]


def _bytes_of(path: Path) -> list[bytes]:
    blobs = [path.read_bytes()]
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            blobs += [archive.read(name) for name in archive.namelist()]
    return blobs


def _export(
    tmp_path: Path,
    data: SurveyData,
    result: AnalysisResult,
    pseudo: bool,
    tag: str = "",
    **more: Any,
) -> dict[str, Path]:
    name = f"{tag}{'p' if pseudo else 'n'}"
    paths = {
        "gexf": tmp_path / f"{name}.gexf",
        "graphml": tmp_path / f"{name}.graphml",
        "kumu": tmp_path / f"{name}-kumu.xlsx",
        "polinode": tmp_path / f"{name}-polinode.xlsx",
    }
    request = ExportRequest(
        pseudonymise=pseudo, lang="nl", title="Zorggroep Hoogeveen", on=ON, **paths, **more
    )
    export(result, data, request)
    return paths


@pytest.mark.parametrize("pseudo", [False, True])
@pytest.mark.parametrize("which", ["small", "demo", "org"])
def test_gexf_is_valid_gexf_1_3_and_reads_back(
    tmp_path: Path,
    request: pytest.FixtureRequest,
    rng_schema: etree.RelaxNG,
    xsd_schema: etree.XMLSchema,
    which: str,
    pseudo: bool,
) -> None:
    data, result = request.getfixturevalue(which)[:2]
    paths = _export(tmp_path, data, result, pseudo)
    doc = etree.parse(str(paths["gexf"]))
    assert rng_schema.validate(doc), rng_schema.error_log
    # The generated XSD has the viz elements in the wrong namespace (tests/data/gexf-1.3/
    # ORIGIN.md): everything else must pass it too.
    for element in list(doc.iter(f"{VIZ}*")):
        element.getparent().remove(element)
    assert xsd_schema.validate(doc), xsd_schema.error_log
    # The check can fail: an undeclared attribute breaks it.
    broken = etree.parse(str(paths["gexf"]))
    broken.getroot().find(f"{GEXF}graph").set("colour", "x")
    assert not rng_schema.validate(broken)

    graph = nx.read_gexf(paths["gexf"])
    naming = Naming.build(data.people, pseudonymised=pseudo)
    key = {p.id: (naming.code(p.id) if pseudo else str(p.id)) for p in result.people}
    assert set(graph.nodes) == set(key.values())
    assert {(u, v, float(d["weight"])) for u, v, d in graph.edges(data=True)} == {
        (key[e.learner], key[e.source], float(e.weight)) for e in result.edges
    }
    for p in result.people[:40]:
        node = graph.nodes[key[p.id]]
        assert node["in_degree"] == p.in_degree and isinstance(node["in_degree"], int)
        assert node["pagerank"] == pytest.approx(p.pagerank)
        assert node["key_holder"] is p.key_holder
        assert node["viz"]["size"] == pytest.approx(
            10 * min(3.2, 1 + 0.4 * p.in_degree**0.5), abs=1e-3
        )


def test_gexf_meta_says_who_made_it_and_what_it_holds(
    tmp_path: Path, org: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = org
    for pseudo in (False, True):
        doc = etree.parse(str(_export(tmp_path, data, result, pseudo)["gexf"]))
        meta = doc.getroot().find(f"{GEXF}meta")
        assert meta is not None and meta.get("lastmodifieddate") == "2026-11-30"
        assert meta.findtext(f"{GEXF}creator") == "Kennisnet"
        description = meta.findtext(f"{GEXF}description") or ""
        for part in ("Zorggroep Hoogeveen", "Meting najaar", "2026-11-30"):
            assert part in description
        assert ("namen vervangen door codes" in description) == pseudo, description
        assert b"NetworkX" not in etree.tostring(doc)
        types = {a.get("title"): a.get("type") for a in doc.iter(f"{GEXF}attribute")}
        assert types["in_degree"] == "integer" and types["pagerank"] == "double"
        assert types["trained"] == "boolean" and types["department"] == "string"
        assert types["Locatie"] == "string"
        assert ("role" in types) != pseudo and ("team" in types) != pseudo


def _picture_dots(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Capture the dots the exported picture draws: colour and place per person."""
    seen: dict[str, Any] = {}
    draw = figure_module.draw_people

    def spy(scene: Any) -> Any:
        coords = draw(scene)
        dots = next(c for c in scene.ax.collections if c.get_zorder() == 3)
        seen["people"] = [p.id for p in scene.people]
        seen["faces"] = dots.get_facecolors()
        seen["xy"] = scene.xy
        return coords

    monkeypatch.setattr(figure_module, "draw_people", spy)
    return seen


@pytest.mark.parametrize("color_by", ["cluster", "trained", "Locatie"])
@pytest.mark.parametrize("pseudo", [False, True])
def test_colours_and_places_are_the_pictures(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    org: tuple[SurveyData, AnalysisResult],
    color_by: str,
    pseudo: bool,
) -> None:
    data, result = org
    seen = _picture_dots(monkeypatch)
    paths = _export(tmp_path, data, result, pseudo, png=tmp_path / "n.png", color_by=color_by)
    naming = Naming.build(data.people, pseudonymised=pseudo)
    node_of = {p.id: (naming.code(p.id) if pseudo else str(p.id)) for p in result.people}
    graphml = nx.read_graphml(paths["graphml"])
    gexf = nx.read_gexf(paths["gexf"])
    width = max(graphml.nodes[n]["x"] for n in graphml) - min(
        graphml.nodes[n]["x"] for n in graphml
    )
    assert width > 300  # pixel-like units, not 0-1
    colours = set()
    for pid, face in zip(seen["people"], seen["faces"], strict=True):
        rgb = tuple(round(float(c) * 255) for c in face[:3])
        node = graphml.nodes[node_of[pid]]
        assert (node["r"], node["g"], node["b"]) == rgb
        assert node["color"] == "#{:02X}{:02X}{:02X}".format(*rgb)
        viz = gexf.nodes[node_of[pid]]["viz"]
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == rgb
        colours.add(rgb)
    assert len(colours) >= 2
    if color_by == "trained":
        hexes = {graphml.nodes[n]["color"] for n in graphml}
        assert hexes <= {palette.TRAINED, palette.UNTRAINED, palette.UNKNOWN}
    # The same places as the picture (the picture's y points up, the files' GraphML down,
    # GEXF up): one scale factor maps the one onto the other.
    xs = [(seen["xy"][pid], graphml.nodes[node_of[pid]]) for pid in seen["people"]]
    scale = width / (max(p[0] for p, _ in xs) - min(p[0] for p, _ in xs))
    top = max(node["y"] for _, node in xs)
    for pid, ((px, py), node) in zip(seen["people"], xs, strict=True):
        assert node["x"] == pytest.approx(px * scale, abs=0.05)
        assert node["y"] == pytest.approx((1 - py) * scale, abs=0.05)
        position = gexf.nodes[node_of[pid]]["viz"]["position"]
        assert position["x"] == pytest.approx(node["x"], abs=0.05)
        assert position["y"] == pytest.approx(top - node["y"], abs=0.05)


def test_extra_columns_named_and_pseudonymised(
    tmp_path: Path, org: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = org
    named = nx.read_graphml(_export(tmp_path, data, result, False)["graphml"])
    pseudo = nx.read_graphml(_export(tmp_path, data, result, True)["graphml"])
    person = data.people[0]
    node = named.nodes[str(person.id)]
    for column in ("Locatie", "Contract", "Mentor", "Telefoon", "Opmerking", "Buddy"):
        assert node[column] == person.attributes[column]
    columns = {k for n in pseudo for k in pseudo.nodes[n]}
    # Names, numbers and free text that names people go; small groups are "other".
    assert {"Locatie", "Contract"} <= columns
    assert not columns & {"Mentor", "Telefoon", "Opmerking", "Buddy", "role", "team"}
    assert "employee_number" not in columns
    counts: dict[str, int] = {}
    for n in pseudo:
        value = pseudo.nodes[n]["Locatie"]
        counts[value] = counts.get(value, 0) + 1
    assert counts == {"Utrecht": 30, "Zwolle": 20, "Assen": 6, "overig": 4}


def test_pseudonymised_files_hold_no_name_number_or_email(
    tmp_path: Path, org: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = org
    secrets = _secrets(data)
    paths = _export(tmp_path, data, result, True, color_by="Locatie")
    for path in paths.values():
        for blob in _bytes_of(path):
            text = blob.decode("utf-8", errors="ignore").casefold()
            found = [s for s in secrets if s.casefold() in text]
            assert not found, (path.name, found[:3])
            assert not re.search(rb"@voorbeeld", blob), path.name
    # The check can fail: the named files hold them.
    named = _export(tmp_path, data, result, False)
    for path in named.values():
        text = b"".join(_bytes_of(path)).decode("utf-8", errors="ignore")
        assert data.people[3].name in text and data.people[3].attributes["Telefoon"] in text


def _coordinates(path: Path) -> dict[str, tuple[float, float]]:
    graph = nx.read_graphml(path)
    return {n: (graph.nodes[n]["x"], graph.nodes[n]["y"]) for n in graph}


def test_pseudonymised_files_have_a_layout_of_their_own(
    tmp_path: Path, org: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = org
    naming = Naming.build(data.people, pseudonymised=True)
    named = _coordinates(_export(tmp_path, data, result, False)["graphml"])
    pseudo = _coordinates(_export(tmp_path, data, result, True)["graphml"])
    again = _coordinates(_export(tmp_path, data, result, True, tag="again")["graphml"])
    assert pseudo == again  # repeated pseudonymised exports agree
    moved = [math.dist(named[str(p.id)], pseudo[naming.code(p.id)]) for p in result.people]
    assert min(moved) > 1.0, sorted(moved)[:5]


def _tie_ratio(result: AnalysisResult, positions: Any) -> float:
    """Mean tie length / mean distance of all pairs: small in a real layout."""
    ties = [math.dist(positions[e.learner], positions[e.source]) for e in result.edges]
    ids = sorted(positions)
    pairs = [math.dist(positions[a], positions[b]) for a in ids for b in ids if a < b]
    return (sum(ties) / len(ties)) / (sum(pairs) / len(pairs))


@pytest.mark.parametrize("which", ["small", "demo", "org"])
def test_private_layout_is_a_real_layout_not_the_named_one(
    request: pytest.FixtureRequest, which: str
) -> None:
    result = request.getfixturevalue(which)[1]
    named = compute_layout(result)
    private = compute_layout(result, private=True)
    assert private == compute_layout(result, private=True)
    assert set(private) == set(named)
    assert all(0.0 <= v <= 1.0 for xy in private.values() for v in xy)
    assert min(math.dist(named[pid], private[pid]) for pid in named) > 1e-3
    # Not a turned or mirrored copy either: distances between people change.
    ids = sorted(named)[:40]
    changed = [
        abs(math.dist(named[a], named[b]) - math.dist(private[a], private[b]))
        for a in ids
        for b in ids
        if a < b
    ]
    assert max(changed) > 0.05
    # A proper layout: ties are short, as in the named one (random places give ~1).
    assert _tie_ratio(result, private) < 0.6
    assert _tie_ratio(result, private) < 1.5 * _tie_ratio(result, named)


def test_private_layout_moves_isolates_and_pairs() -> None:
    people = tuple(Person(id=i, uid=f"x{i}", name=f"P{i}") for i in range(1, 9))
    responses = (
        Response("a", 1, 1, "2026-01-02T10:00:00", (Nomination(2),)),
        Response("b", 3, 1, "2026-01-02T10:00:00", (Nomination(4),)),
        Response("c", 5, 1, "2026-01-02T10:00:00", (Nomination(6),)),
    )
    result = analyze(SurveyData(people, responses, Wave(1, "W", "2026-01-01")))
    named, private = compute_layout(result), compute_layout(result, private=True)
    assert min(math.dist(named[pid], private[pid]) for pid in named) > 1e-3


def _sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path, read_only=True)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}


@pytest.mark.parametrize("pseudo", [False, True])
def test_kumu_and_polinode_workbooks(
    tmp_path: Path, org: tuple[SurveyData, AnalysisResult], pseudo: bool
) -> None:
    data, result = org
    paths = _export(tmp_path, data, result, pseudo)
    kumu = _sheets(paths["kumu"])
    assert list(kumu) == ["Elements", "Connections"]
    elements, connections = kumu["Elements"], kumu["Connections"]
    assert elements[0][:8] == ("ID", "Label", "Type", "Description", "Tags", "Color", "X", "Y")
    assert connections[0] == ("From", "To", "Type", "Strength")
    ids = {row[0] for row in elements[1:]}
    assert len(ids) == len(elements) - 1 == len(result.people)
    assert len(connections) - 1 == len(result.edges)
    assert all(row[0] in ids and row[1] in ids for row in connections[1:])
    assert all(re.fullmatch(r"#[0-9A-F]{6}", row[5]) for row in elements[1:])
    header = elements[0]
    holder = next(p for p in result.people if p.key_holder)
    naming = Naming.build(data.people, pseudonymised=pseudo)
    row = next(
        r for r in elements[1:] if r[0] == (naming.code(holder.id) if pseudo else str(holder.id))
    )
    assert "kennishouder" in row[4] and row[header.index("in_degree")] == holder.in_degree
    assert ("Locatie" in header) and (("Mentor" in header) != pseudo)

    poli = _sheets(paths["polinode"])
    assert list(poli) == ["Nodes", "Edges"]
    nodes, edges = poli["Nodes"], poli["Edges"]
    assert nodes[0][0] == "Name" and edges[0] == ("Source", "Target", "Weight")
    names = [r[0] for r in nodes[1:]]
    assert len(set(names)) == len(names) == len(result.people)
    assert all(r[0] in names and r[1] in names for r in edges[1:])
    assert sorted(r[2] for r in edges[1:]) == sorted(e.weight for e in result.edges)


def test_cli_writes_the_workbooks(demo_copy: Path, tmp_path: Path) -> None:
    kumu, poli = tmp_path / "kumu.xlsx", tmp_path / "poli.xlsx"
    args = ["export", str(demo_copy), "--pseudonymize", "--kumu", str(kumu)]
    assert main([*args, "--polinode", str(poli), "--colour-by", "trained"]) == 0
    assert list(_sheets(kumu)) == ["Elements", "Connections"]
    assert list(_sheets(poli)) == ["Nodes", "Edges"]


def test_small_fixture_with_extra_columns_merges_rare_values(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    people = tuple(
        replace(p, attributes={"Ploeg": "A" if p.id <= 11 else "B"}) for p in data.people
    )
    data = replace(data, people=people)
    graph = nx.read_graphml(_export(tmp_path, data, result, True)["graphml"])
    assert sorted({graph.nodes[n]["Ploeg"] for n in graph}) == ["A", "overig"]


def test_control_characters_in_the_staff_list_still_give_valid_files(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], rng_schema: etree.RelaxNG
) -> None:
    data, result = small
    people = tuple(
        replace(p, name=p.name + "\x07\x1b", attributes={"Ploeg\x01": "A\x0b"}) for p in data.people
    )
    data = replace(data, people=people)
    result = replace(result, people=tuple(replace(p, name=p.name + "\x07") for p in result.people))
    paths = _export(tmp_path, data, result, False)
    assert rng_schema.validate(etree.parse(str(paths["gexf"]))), rng_schema.error_log
    graph = nx.read_graphml(paths["graphml"])
    assert all("\x07" not in graph.nodes[n]["label"] for n in graph)
