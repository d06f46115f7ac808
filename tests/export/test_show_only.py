"""'Show only' in the exported pictures: one value of any column, everyone else faded."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from kennisnet.analysis import AnalysisResult
from kennisnet.cli import main
from kennisnet.export import NetworkPicture, draw_network, image
from kennisnet.export.image import page_for
from kennisnet.export.show_only import show_only
from kennisnet.model import Person, SurveyData

Demo = tuple[SurveyData, AnalysisResult, str]


def drawn(monkeypatch: pytest.MonkeyPatch) -> list[NetworkPicture]:
    seen: list[NetworkPicture] = []
    real = image.render

    def render(picture: NetworkPicture, page: Any, kind: str) -> bytes:
        seen.append(picture)
        return real(picture, page, kind)

    monkeypatch.setattr(image, "render", render)
    return seen


def alphas_and_legend(picture: NetworkPicture) -> tuple[list[float], list[str]]:
    fig = Figure()
    draw_network(fig, picture, page_for("slide"))
    texts = [t.get_text().replace("\n", " ") for lg in fig.legends for t in lg.get_texts()]
    faces = fig.axes[0].collections[-1].get_facecolors()
    return [round(float(f[3]), 2) for f in faces], texts


def test_export_shows_only_one_department(
    demo_copy: Path, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _result, _title = demo
    seen = drawn(monkeypatch)
    target = tmp_path / "planning.png"
    args = ["export", str(demo_copy), "--png", str(target), "--only", "department=planning"]
    assert main([*args, "--lang", "en"]) == 0
    assert target.stat().st_size > 10_000
    (picture,) = seen
    planning = {p.id for p in data.people if p.department == "Planning" and not p.external}
    assert picture.emphasis == planning and len(planning) == 9
    alphas, texts = alphas_and_legend(picture)
    assert "Shown: Department Planning (9 people); everyone else faded" in texts
    faded = [p for p in picture.result.people if p.id in picture.positions and p.id not in planning]
    assert alphas.count(0.22) == len(faded) and alphas.count(0.95) == len(planning)


def test_export_shows_everyone_without_only(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = drawn(monkeypatch)
    assert main(["export", str(demo_copy), "--png", str(tmp_path / "all.png")]) == 0
    (picture,) = seen
    alphas, texts = alphas_and_legend(picture)
    assert picture.emphasis is None and 0.22 not in alphas
    assert not any(t.startswith("Shown:") for t in texts)


@pytest.mark.parametrize(
    ("only", "said"),
    [
        ("Vestiging=Zwolle", ["Vestiging", "Department", "Role"]),
        ("Zwolle", ["COLUMN=VALUE", "Department"]),
        ("department=Zwolle", ["Zwolle", "Planning", "Monteurs Noord"]),
    ],
)
def test_an_unknown_column_or_value_is_refused_with_the_choices(
    demo_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    only: str,
    said: list[str],
) -> None:
    target = tmp_path / "x.png"
    assert main(["export", str(demo_copy), "--png", str(target), "--only", only]) == 1
    err = capsys.readouterr().err
    for text in said:
        assert text in err, (text, err)
    assert not target.exists()


def test_pseudonymised_refuses_a_value_of_fewer_than_5_people(
    demo_copy: Path, demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _result, _title = demo
    roles = Counter(p.role for p in data.people if p.role and not p.external)
    rare = next(role for role, n in roles.items() if n < 5)
    target = tmp_path / "x.png"
    args = ["export", str(demo_copy), "--png", str(target), "--only", f"role={rare}"]
    assert main([*args, "--pseudonymize"]) == 1
    err = capsys.readouterr().err
    assert "single them out" in err and not target.exists()
    # Among the choices offered, no value that fewer than 5 people have.
    main([*args[:-1], "role=nobody", "--pseudonymize"])
    err = capsys.readouterr().err
    assert rare not in err and "Monteur" in err
    # With names (HR's own file) the small group can be shown.
    assert main(args) == 0 and target.exists()


def test_a_column_kennisnet_does_not_know() -> None:
    people = [
        Person(
            id=i, uid=f"u{i}", name=f"P{i}", attributes={"Vestiging": "Zwolle" if i % 3 else "Ede"}
        )
        for i in range(1, 16)
    ]
    chosen = show_only(people, "vestiging=zwolle", lang="nl", pseudonymised=True)
    assert chosen is not None
    assert chosen.ids == frozenset(i for i in range(1, 16) if i % 3)
    assert chosen.label("nl") == "Alleen getoond: Vestiging Zwolle (10 mensen); de rest vaag"
    assert show_only(people, "", lang="en") is None
    with pytest.raises(ValueError, match="Ede, Zwolle"):
        show_only(people, "Vestiging=Utrecht", lang="en")
