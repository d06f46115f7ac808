"""Dots sized by a number: the analysis's own, years since start, any numeric column."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from kennisnet.analysis import AnalysisResult
from kennisnet.cli import main
from kennisnet.export import Naming, NetworkPicture, draw_network, image
from kennisnet.export.image import page_for
from kennisnet.export.sizes import (
    COLUMN,
    LEARNERS,
    YEARS,
    SizeBy,
    available,
    find,
    number,
    picture_sizing,
    shown_number,
    sizing,
)
from kennisnet.model import Person, SurveyData


def person(pid: int, **attributes: str) -> Person:
    return Person(id=pid, uid=f"u{pid}", name=f"P{pid}", attributes=attributes)


def with_fte(data: SurveyData) -> SurveyData:
    """The demo with an 'FTE' column (0.4 … 1.0, in Dutch notation) and a few unknown."""
    people = []
    for i, p in enumerate(data.people):
        fte = None if i % 9 == 8 else f"{0.4 + 0.1 * (i % 7):.1f}".replace(".", ",")
        extra = {"FTE": fte} if fte and not p.external else {}
        people.append(replace(p, attributes={**p.attributes, **extra}))
    return replace(data, people=tuple(people))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0,8", 0.8),
        ("0.8", 0.8),
        (" 36 ", 36.0),
        ("1.000,5", 1000.5),
        ("1,000.5", 1000.5),
        ("80%", 80.0),
        ("", None),
        ("acht", None),
        ("nan", None),
        (None, None),
    ],
)
def test_numbers_as_people_write_them(text: str | None, expected: float | None) -> None:
    assert number(text) == expected


def test_shown_numbers_use_the_decimal_comma_in_dutch() -> None:
    assert shown_number(0.4, "nl") == "0,4"
    assert shown_number(0.4, "en") == "0.4"
    assert shown_number(36.0, "nl") == "36"
    assert shown_number(1 / 3, "en") == "0.33"


def test_only_columns_of_numbers_can_size_the_dots() -> None:
    people = [
        person(1, Uren="36", Locatie="Utrecht", Code="A1"),
        person(2, Uren="24", Locatie="Zwolle", Code="7"),
        person(3, Uren="", Locatie="Breda", Code="8"),
        person(4, Uren="32", Locatie="Breda", Code="x"),
    ]
    keys = [s.key for s in available(people)]
    assert keys == [LEARNERS, "weighted", COLUMN + "Uren"]  # "Code" is half text
    assert find(people, "uren") == SizeBy(COLUMN + "Uren")
    assert find(people, "Locatie") is None


def test_sizing_grows_with_the_value_and_names_the_range() -> None:
    people = [person(1, FTE="0,4"), person(2, FTE="1,0"), person(3, FTE="0,7"), person(4)]
    size = sizing(people, SizeBy(COLUMN + "FTE"))
    assert (size.low, size.high, size.missing) == (0.4, 1.0, 1)
    small, big, middle = (size.fraction(i) for i in (1, 2, 3))
    assert small == 0.0 and big == 1.0
    assert middle is not None and 0.0 < middle < 1.0
    assert size.fraction(4) is None
    assert size.title("en") == "Dot size: FTE, 0.4 (small) to 1 (big)"
    assert size.title("nl") == "Grootte van de stip: FTE, 0,4 (klein) tot 1 (groot)"
    assert size.missing_label("en") == "Smallest dot: FTE not known (1 person)"


def test_years_since_start_as_a_number() -> None:
    people = [
        Person(id=1, uid="a", name="A", start_date="2020-01-01"),
        Person(id=2, uid="b", name="B", start_date="2000-01-01"),
    ]
    assert SizeBy(YEARS) in available(people)
    size = sizing(people, SizeBy(YEARS))
    assert size.high - size.low == pytest.approx(20.0, abs=0.1)


def drawn(monkeypatch: pytest.MonkeyPatch) -> list[NetworkPicture]:
    seen: list[NetworkPicture] = []
    real = image.render

    def render(picture: NetworkPicture, page: Any, kind: str) -> bytes:
        seen.append(picture)
        return real(picture, page, kind)

    monkeypatch.setattr(image, "render", render)
    return seen


def dots_and_legend(picture: NetworkPicture) -> tuple[list[float], list[str]]:
    fig = Figure()
    draw_network(fig, picture, page_for("slide"))
    texts = [t.get_text().replace("\n", " ") for lg in fig.legends for t in lg.get_texts()]
    sizes = [float(s) for s in fig.axes[0].collections[-1].get_sizes()]
    return sizes, texts


def test_export_sized_by_years_since_start(
    demo_copy: Path,
    demo: tuple[SurveyData, AnalysisResult, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _data, result, _title = demo
    seen = drawn(monkeypatch)
    target = tmp_path / "years.png"
    args = ["export", str(demo_copy), "--png", str(target), "--size-by", "Years since start"]
    assert main([*args, "--lang", "en"]) == 0
    assert target.stat().st_size > 10_000
    (picture,) = seen
    assert picture.sizing is not None and picture.sizing.size_by == SizeBy(YEARS)
    sizes, texts = dots_and_legend(picture)
    low, high = picture.sizing.low, picture.sizing.high
    assert f"Dot size: Years since start, {shown_number(low, 'en')} (small) to " in " ".join(texts)
    assert not any("Bigger dot" in t for t in texts)
    # The longest-serving colleague has the biggest dot, the newest the smallest.
    people = [p for p in result.people if p.id in picture.positions]
    years = [picture.sizing.values[p.id] for p in people]
    assert years[sizes.index(max(sizes))] == high
    assert years[sizes.index(min(sizes))] in (low, None)


def test_default_sizes_by_learners_and_unknown_columns_are_refused(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.png"
    args = ["export", str(demo_copy), "--png", str(target), "--size-by", "Role"]
    assert main([*args, "--lang", "en"]) != 0
    err = capsys.readouterr().err
    assert "Role" in err and "Years since start" in err
    assert not target.exists()


def test_picture_sized_by_an_unknown_numeric_column(
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    data, result, _title = demo
    data = with_fte(data)
    assert picture_sizing(data.people, "learners", result, lang="en") is None
    size = picture_sizing(data.people, "fte", result, lang="en")
    assert size is not None and (size.low, size.high) == (0.4, 1.0)
    naming = Naming.build(data.people, pseudonymised=True)
    picture = NetworkPicture(
        result=naming.result(result, "en"),
        positions={p.id: (i % 10 / 10, i // 10 / 10) for i, p in enumerate(result.people)},
        naming=naming,
        lang="en",
        sizing=size,
    )
    sizes, texts = dots_and_legend(picture)
    assert "Dot size: FTE, 0.4 (small) to 1 (big)" in texts
    assert f"Smallest dot: FTE not known ({size.missing} people)" in texts
    assert len(set(sizes)) == 1 + len({v for v in size.values.values() if v is not None})
    # Nobody's own value in the legend: only the range.
    assert not any("0.7" in t or "0.5" in t for t in texts)


def test_a_long_legend_leaves_out_key_figures_rather_than_cut_them_off(
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    from kennisnet.export.attributes import picture_grouping
    from kennisnet.export.figure_layout import renderer_of

    data, result, _title = demo
    naming = Naming.build(data.people, pseudonymised=True)
    picture = NetworkPicture(
        result=naming.result(result, "nl"),
        positions={p.id: (i % 10 / 10, i // 10 / 10) for i, p in enumerate(result.people)},
        naming=naming,
        lang="nl",
        grouping=picture_grouping(data.people, "role", lang="nl", pseudonymised=True),
        sizing=picture_sizing(data.people, "start_date", result, lang="nl"),
        title="Kennisnetwerk",
        footer="Gemaakt met Kennisnet",
    )
    page = page_for("slide")
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    draw_network(fig, picture, page)
    renderer = renderer_of(fig)
    footer = min(t.get_window_extent(renderer).y1 for t in fig.texts if "Kennisnet" in t.get_text())
    bodies = [t for t in fig.texts if t.get_text().startswith("• ")]
    assert bodies, "the key figures are shown"
    for text in bodies:
        assert text.get_window_extent(renderer).y0 >= footer, text.get_text()
