"""Pictures coloured by any column of the staff list: the CLI's --colour-by, the legend, privacy."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from kennisnet import palette
from kennisnet.analysis import AnalysisResult
from kennisnet.cli import main
from kennisnet.export import NetworkPicture, draw_network, image
from kennisnet.export.attributes import Attribute, available, grouping, picture_grouping
from kennisnet.export.image import page_for
from kennisnet.model import SurveyData


def drawn_pictures(monkeypatch: pytest.MonkeyPatch) -> list[NetworkPicture]:
    """Every picture the export draws (and still writes)."""
    seen: list[NetworkPicture] = []
    real = image.render

    def render(picture: NetworkPicture, page: Any, kind: str) -> bytes:
        seen.append(picture)
        return real(picture, page, kind)

    monkeypatch.setattr(image, "render", render)
    return seen


def legend_of(picture: NetworkPicture) -> tuple[list[str], set[str], set[str]]:
    """(legend texts, colours in the legend, colours of the dots) of the drawn picture."""
    fig = Figure()
    draw_network(fig, picture, page_for("slide"))
    # Long texts are wrapped over lines: compare them without spaces and line breaks.
    texts = [squeeze(t.get_text()) for lg in fig.legends for t in lg.get_texts()]
    explained = {
        to_hex(h.get_markerfacecolor())
        for lg in fig.legends
        for h in lg.legend_handles
        if hasattr(h, "get_markerfacecolor") and h.get_marker() == "o"
    }
    dots = {to_hex(c) for c in fig.axes[0].collections[-1].get_facecolors()}
    return texts, explained, dots


def squeeze(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def roles(data: SurveyData) -> Counter[str]:
    return Counter(p.role for p in data.people if p.role and not p.external)


def test_export_png_coloured_by_role(
    demo_copy: Path,
    demo: tuple[SurveyData, AnalysisResult, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _result, _title = demo
    seen = drawn_pictures(monkeypatch)
    target = tmp_path / "roles.png"
    args = ["export", str(demo_copy), "--png", str(target), "--colour-by", "role", "--lang", "en"]
    assert main(args) == 0
    assert target.stat().st_size > 10_000
    (picture,) = seen
    assert picture.grouping is not None and picture.grouping.attribute == Attribute("role")
    texts, explained, dots = legend_of(picture)
    assert squeeze("Colour: Role") in texts
    counts = roles(data)
    biggest = sorted(counts, key=lambda r: (-counts[r], r))[: len(palette.CATEGORICAL)]
    for role in biggest:
        assert squeeze(f"{role} ({counts[role]})") in texts
    # Every colour drawn is explained, and the largest role has the first colour.
    assert dots <= explained, dots - explained
    assert palette.CATEGORICAL[0].lower() in dots


def test_pseudonymised_rare_values_become_other(
    demo_copy: Path,
    demo: tuple[SurveyData, AnalysisResult, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _result, _title = demo
    seen = drawn_pictures(monkeypatch)
    target = tmp_path / "roles.png"
    args = ["export", str(demo_copy), "--png", str(target), "--colour-by", "Role"]
    assert main([*args, "--pseudonymize", "--lang", "en"]) == 0
    (picture,) = seen
    texts, _explained, _dots = legend_of(picture)
    counts = roles(data)
    rare = [r for r, n in counts.items() if n < 5]
    assert rare  # the demo has roles held by fewer than 5 people
    for role in rare:
        assert not any(squeeze(role) in t for t in texts), role
    shown = [r for r in counts if counts[r] >= 5]
    assert len(shown) <= len(palette.CATEGORICAL)
    other = sum(counts[r] for r in rare)
    assert squeeze(f"other ({other})") in texts


def test_colour_by_a_column_nobody_has_says_which_exist(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.png"
    args = ["export", str(demo_copy), "--png", str(target), "--colour-by", "Shoe size"]
    assert main([*args, "--lang", "en"]) != 0
    err = capsys.readouterr().err
    assert "Shoe size" in err and "Role" in err
    assert not target.exists()


def test_the_same_value_has_the_same_colour_on_screen_and_on_paper(
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    data, _result, _title = demo
    keys = [a.key for a in available(data.people)]
    assert keys[:3] == ["department", "role", "start_date"]  # the demo has no team
    on_screen = grouping(data.people, Attribute("role"))
    on_paper = picture_grouping(data.people, "role", lang="nl")
    assert on_paper is not None
    assert on_screen.colours == on_paper.colours
    assert picture_grouping(data.people, "cluster", lang="nl") is None
