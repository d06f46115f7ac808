"""GraphML/GEXF read back with networkx; every export searched for every name."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from kennisnet.analysis import AnalysisResult
from kennisnet.cli import main
from kennisnet.export import ExportRequest, Naming, export
from kennisnet.model import SurveyData
from kennisnet.store import Project

FORMATS = ("xlsx", "png", "svg", "pdf", "graphml", "gexf")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("pseudo", [False, True])
def test_graph_files_hold_every_metric(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], fmt: str, pseudo: bool
) -> None:
    data, result = small
    path = tmp_path / f"net.{fmt}"
    export(result, data, ExportRequest(pseudonymise=pseudo, lang="en", **{fmt: path}))
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    naming = Naming.build(data.people, pseudonymised=pseudo)
    key = {p.id: (naming.code(p.id) if pseudo else str(p.id)) for p in result.people}
    assert graph.is_directed()
    assert set(graph.nodes) == set(key.values())
    assert {(u, v, int(d["weight"])) for u, v, d in graph.edges(data=True)} == {
        (key[e.learner], key[e.source], e.weight) for e in result.edges
    }
    for p in result.people:
        node = graph.nodes[key[p.id]]
        assert node["label"] == (naming.code(p.id) if pseudo else p.name)
        assert int(node["in_degree"]) == p.in_degree
        assert int(node["weighted_in_degree"]) == p.weighted_in_degree
        assert float(node["pagerank"]) == pytest.approx(p.pagerank)
        assert float(node["betweenness"]) == pytest.approx(p.betweenness)
        assert int(node["cluster"]) == p.cluster
        assert int(node["gatekeeper_of"]) == p.gatekeeper_of
        assert node["key_holder"] in (p.key_holder, str(p.key_holder).lower())
        if p.trained is None:
            assert "trained" not in node
        else:
            assert node["trained"] in (p.trained, str(p.trained).lower())
        assert ("steps_to_trained" in node) == (p.steps_to_trained is not None)
        assert ("employee_number" in node) != pseudo
        if fmt == "graphml":
            assert "x" in node and "y" in node
        else:  # GEXF keeps the drawing in its own elements (viz:position, viz:color)
            assert "x" in node["viz"]["position"] and "r" in node["viz"]["color"]


def _blobs(path: Path) -> list[bytes]:
    blobs = [path.read_bytes()]
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            blobs += [archive.read(name) for name in archive.namelist()]
    return blobs


def _leaks(paths: list[Path], secrets: list[str]) -> list[str]:
    found = []
    for path in paths:
        for blob in _blobs(path):
            text = blob.decode("utf-8", errors="ignore").casefold()
            raw = blob.lower()
            for secret in secrets:
                if secret.lower().encode() in raw or secret.casefold() in text:
                    found.append(f"{path.name}: {secret}")
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pseudonymised_exports_contain_no_name_anywhere(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    data, result = small
    paths = {fmt: tmp_path / f"out.{fmt}" for fmt in FORMATS}
    export(result, data, ExportRequest(pseudonymise=True, lang=lang, title="Testbedrijf", **paths))
    secrets = [p.name for p in data.people] + [p.employee_number or "" for p in data.people]
    secrets += [p.email or "" for p in data.people] + [p.name.split()[1] for p in data.people]
    assert not _leaks(list(paths.values()), [s for s in secrets if s])
    # The check can fail: the same files with names do contain them.
    named = {fmt: tmp_path / f"named.{fmt}" for fmt in ("xlsx", "svg", "graphml", "gexf")}
    export(result, data, ExportRequest(pseudonymise=False, lang=lang, **named))
    for path in named.values():
        assert _leaks([path], [data.people[0].name]), path


def test_cli_exports_the_demo_in_both_languages(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(demo_copy, readonly=True) as project:
        roster = project.people()
    for lang in ("nl", "en"):
        out = tmp_path / lang
        out.mkdir()
        args = ["export", str(demo_copy), "--pseudonymize", "--lang", lang]
        for fmt in FORMATS:
            args += [f"--{fmt}", str(out / f"demo.{fmt}")]
        assert main(args) == 0
        captured = capsys.readouterr()
        assert "100%" in captured.err and captured.out.count(str(out)) == len(FORMATS)
        names = [p.name for p in roster]
        assert not _leaks(sorted(out.iterdir()), names)
        # Employee numbers (digits) may occur inside other numbers: look for them as a whole.
        numbers = [p.employee_number for p in roster if p.employee_number]
        pattern = re.compile(
            rb"(?<![\d.])(" + b"|".join(re.escape(n.encode()) for n in numbers) + rb")(?![\d])"
        )
        for path in out.iterdir():
            if path.suffix in (".graphml", ".gexf", ".svg"):
                assert not pattern.search(path.read_bytes()), path
    codes = tmp_path / "codes.csv"
    assert main(["export", str(demo_copy), "--codes", str(codes)]) == 0
    text = codes.read_text(encoding="utf-8-sig")
    assert roster[0].name in text and "P-0" in text


def test_cli_errors(demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(demo_copy)]) == 2
    assert "--xlsx" in capsys.readouterr().err
    args = ["export", str(demo_copy), "--pseudonymize", "--codes", str(tmp_path / "c.csv")]
    assert main(args) == 2
    assert "--codes" in capsys.readouterr().err
    assert main(["export", str(demo_copy), "--png", str(tmp_path / "nope" / "x.png")]) == 1
    assert "nope" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.kennisnet"), "--png", "x.png"]) == 1
    assert not (tmp_path / "x.png").exists()
