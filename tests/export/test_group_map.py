"""The group map (the overview picture of a big organisation), its legend, its arrows,
the per-department pictures, and which picture an export chooses."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kennisnet.analysis import AnalysisResult, analyze, ranking
from kennisnet.analysis.groups import summarise_groups
from kennisnet.export import ExportRequest, export
from kennisnet.export.figure import Page
from kennisnet.export.figure_page import PAGES
from kennisnet.export.group_map import (
    COLOUR_RISK,
    COLOUR_TRAINED,
    MAP_GROUPS,
    legend_colours,
)
from kennisnet.export.group_pictures import (
    department_files,
    department_picture,
    map_picture,
    render_map,
)
from kennisnet.export.image import render
from kennisnet.export.pseudonym import Naming
from kennisnet.model import Nomination, Person, Response, SurveyData, Wave


def _organisation(departments: int, size: int = 6) -> SurveyData:
    """``departments`` departments of ``size`` people; in each, everyone learns from
    its first person; the first person of department d learns from department d-1's
    and d-2's first person (so there are flows), and every third department is trained."""
    people, responses = [], []
    first = [d * size + 1 for d in range(departments)]
    for d in range(departments):
        for k in range(size):
            pid = first[d] + k
            people.append(
                Person(
                    id=pid,
                    uid=f"u{pid}",
                    name=f"Naam{pid} Achternaam{pid}",
                    department=f"Afdeling {d + 1:02d}",
                    trained_hr=d % 3 == 0 and k == 0,
                )
            )
            sources = [first[d]] if k else [first[d - j] for j in (1, 2) if d - j >= 0]
            responses.append(
                Response(
                    uuid=f"r{pid}",
                    respondent_id=pid,
                    wave_id=1,
                    submitted_at="2026-10-05T10:00:00",
                    nominations=tuple(Nomination(s, None) for s in sources),
                    channels=(),
                )
            )
    return SurveyData(tuple(people), tuple(responses), Wave(1, "Meting 2026", "2026-10-01"))


@pytest.fixture(scope="module")
def org() -> tuple[SurveyData, AnalysisResult]:
    data = _organisation(7)
    return data, analyze(data)


def _svg(
    data: SurveyData, result: AnalysisResult, colour: str, *, pseudonymised: bool = False
) -> str:
    naming = Naming.build(data.people, pseudonymised=pseudonymised)
    picture = map_picture(result, naming, "en", colour=colour, title="Map")
    return render_map(picture, PAGES["slide"], "svg").decode()


def _fills(svg: str, prefix: str) -> dict[str, str]:
    """SVG id -> fill colour of every element whose id starts with ``prefix``."""
    found = re.findall(
        rf'<g id="({prefix}[\w-]*)">\s*<path [^>]*?style="fill: (#[0-9a-f]{{6}})', svg
    )
    return dict(found)


def _texts(svg: str) -> str:
    import html

    return html.unescape(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)))


@pytest.mark.parametrize("colour", [COLOUR_RISK, COLOUR_TRAINED])
def test_one_circle_per_group_and_every_colour_explained(
    org: tuple[SurveyData, AnalysisResult], colour: str
) -> None:
    data, result = org
    svg = _svg(data, result, colour)
    summary = summarise_groups(result)
    circles = _fills(svg, "group-")
    assert len(circles) == len(summary.groups) == 7
    legend = _fills(svg, "legend-colour-")
    naming = Naming.build(data.people, pseudonymised=False)
    picture = map_picture(result, naming, "en", colour=colour)
    expected = legend_colours(picture)
    # Every legend colour is drawn as a swatch, every explanation is text in the SVG.
    assert sorted(legend.values()) == sorted(c.lower() for c, _ in expected)
    texts = _texts(svg)
    for _colour, explanation in expected:
        assert explanation in texts
    for heading in ("Circle size: number of people", "Arrows: learning between groups"):
        assert heading in texts
    # Every colour a circle has is explained in the legend.
    assert set(circles.values()) <= set(legend.values())
    # Each group is named, with its number of people.
    for group in summary.groups:
        assert group.department in texts
    assert "6 people" in texts


def test_trained_colours_follow_the_share(org: tuple[SurveyData, AnalysisResult]) -> None:
    data, result = org
    circles = _fills(_svg(data, result, COLOUR_TRAINED), "group-")
    summary = summarise_groups(result)
    # Departments 1, 4, 7 have one trained of 6 (17%: 10-25%), the others none (0-10%).
    by_colour = Counter(circles.values())
    assert sorted(by_colour.values()) == [3, 4]
    trained = {f"group-{i}" for i, g in enumerate(summary.groups) if g.trained}
    assert {circles[k] for k in trained} == {"#bae4b3"}
    assert {v for k, v in circles.items() if k not in trained} == {"#edf8e9"}


def test_arrows_are_the_ties_between_groups(org: tuple[SurveyData, AnalysisResult]) -> None:
    data, result = org
    svg = _svg(data, result, COLOUR_RISK)
    summary = summarise_groups(result)
    index = {g.department: i for i, g in enumerate(summary.groups)}
    department = {p.id: p.department for p in result.people}
    # Counted here from the ties themselves: learner's group -> source's group.
    expected = Counter(
        (index[department[e.learner]], index[department[e.source]])
        for e in result.edges
        if department[e.learner] != department[e.source]
    )
    drawn = set(re.findall(r'<g id="flow-(\d+)-(\d+)">', svg))
    assert {(int(a), int(b)) for a, b in drawn} == set(expected)
    assert {(f.learners, f.sources): f.ties for f in summary.flows} == dict(expected)
    assert "1 tie" in _texts(svg)


def test_a_map_of_many_groups_puts_the_smallest_together_and_leaves_nobody_out() -> None:
    data = _organisation(MAP_GROUPS + 5, size=3)
    result = analyze(data)
    svg = _svg(data, result, COLOUR_RISK)
    circles = _fills(svg, "group-")
    assert len(circles) == MAP_GROUPS
    texts = _texts(svg)
    # 39 departments and one circle for the other 6 (18 people): everyone is on the map.
    assert "6 other departments" in texts and "18 people" in texts
    assert "Double outline: the 6 smaller groups together (18 people)" in texts
    assert "One circle per department" in texts
    assert "Not drawn" not in texts
    assert len(result.people) == 39 * 3 + 18
    # The arrow from the "other" circle (index 39: Afdeling 40 to 45) is drawn: Afdeling
    # 40 and 41 learn from Afdeling 39 (index 38), two ties.
    drawn = set(re.findall(r'<g id="flow-(\d+)-(\d+)">', svg))
    assert ("39", "38") in drawn


def test_pseudonymised_map_names_no_one_and_never_shows_a_small_group_alone() -> None:
    data = _organisation(3, size=6)
    secret = Person(id=100, uid="u100", name="Geheime Persoon", department="Naam1 Achternaam1")
    people = [*data.people, secret]
    data = SurveyData(tuple(people), data.responses, data.wave)
    result = analyze(data)
    svg = _svg(data, result, COLOUR_RISK, pseudonymised=True)
    # The department of one person is put together with the smallest other department,
    # so the "other" circle holds 7 people, never 1.
    assert len(_fills(svg, "group-")) == 3
    for p in data.people:
        assert p.name not in svg
    texts = _texts(svg)
    assert "2 other departments" in texts and "7 people" in texts
    assert "Groups under 5 people are always counted here." in texts
    # Named, the department of one person is a circle of its own (4 circles).
    assert len(_fills(_svg(data, result, COLOUR_RISK), "group-")) == 4


def test_a_department_picture_shows_its_own_people(
    org: tuple[SurveyData, AnalysisResult], tmp_path: Path
) -> None:
    data, result = org
    for pseudonymised in (False, True):
        naming = Naming.build(data.people, pseudonymised=pseudonymised)
        picture = department_picture(result, None, "Afdeling 02", naming, "en")
        assert set(picture.positions) == {7, 8, 9, 10, 11, 12}
        svg = render(picture, PAGES["slide"], "svg").decode()
        texts = _texts(svg)
        if pseudonymised:
            assert "Naam" not in svg
            assert naming.code(7) in texts
        else:
            assert "Naam7 Achternaam7" in texts and "Naam13" not in texts
    files = department_files(tmp_path, result, Naming.build(data.people, pseudonymised=False), "en")
    assert [p.name for _d, p in files][:2] == ["01-afdeling-01.png", "02-afdeling-02.png"]


def _export(data: SurveyData, result: AnalysisResult, tmp_path: Path, **kw: object) -> str:
    target = tmp_path / f"{kw.get('picture', 'auto')}.svg"
    export(
        result, data, ExportRequest(svg=target, force=True, lang="en", on=date(2026, 1, 1), **kw)
    )  # type: ignore[arg-type]
    return target.read_text()


def test_the_export_chooses_the_group_map_for_big_projects(
    org: tuple[SurveyData, AnalysisResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, result = org
    assert 'id="group-' not in _export(data, result, tmp_path)  # small: the network
    assert 'id="group-' in _export(data, result, tmp_path, picture="groups")
    monkeypatch.setattr(ranking, "BIG_PROJECT", len(data.people))
    assert 'id="group-' in _export(data, result, tmp_path)  # auto: big
    assert 'id="group-' not in _export(data, result, tmp_path, picture="network")
    with pytest.raises(ValueError, match="picture"):
        _export(data, result, tmp_path, picture="map")


def test_the_export_writes_a_picture_per_department(
    org: tuple[SurveyData, AnalysisResult], tmp_path: Path
) -> None:
    data, result = org
    folder = tmp_path / "afdelingen"
    written = export(
        result,
        data,
        ExportRequest(per_department=folder, lang="en", on=date(2026, 1, 1)),
    )
    assert written == [folder]
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 7 and files[0] == "01-afdeling-01.png"
    assert all((folder / f).read_bytes()[:4] == b"\x89PNG" for f in files)


def test_demo_exports_are_unchanged_by_the_group_map(
    demo: tuple[SurveyData, AnalysisResult, str], tmp_path: Path
) -> None:
    data, result, _title = demo
    assert result.quality.roster < ranking.BIG_PROJECT
    assert result.department_holders == ()
    auto = _export(data, result, tmp_path)
    network = _export(data, result, tmp_path, picture="network")
    assert auto == network and 'id="group-' not in auto


def test_the_report_of_a_big_project_draws_the_group_map(
    org: tuple[SurveyData, AnalysisResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _result = org
    monkeypatch.setattr(ranking, "BIG_PROJECT", len(data.people))
    result = analyze(data)
    target = tmp_path / "report.pdf"
    export(result, data, ExportRequest(report=target, lang="en", on=date(2026, 1, 1)))
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "The groups" in text and "Circle size: number of people" in text
    assert "the best 3 of each department are named" in text
    assert "Afdeling 01: Naam1 Achternaam1 (" in text


def test_the_deck_of_a_big_project_shows_the_group_map(
    org: tuple[SurveyData, AnalysisResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deck's overview slide is the map of groups, as the PNG export of a big project."""
    import zipfile

    from kennisnet.export import group_pictures

    data, _result = org
    monkeypatch.setattr(ranking, "BIG_PROJECT", len(data.people))
    result = analyze(data)
    drawn: list[str] = []
    render_map = group_pictures.render_map

    def spy(picture: group_pictures.GroupMapPicture, page: Page, fmt: str) -> bytes:
        drawn.append(page.key)
        return render_map(picture, page, fmt)

    monkeypatch.setattr(group_pictures, "render_map", spy)
    deck = tmp_path / "deck.pptx"
    export(result, data, ExportRequest(deck=deck, lang="en", on=date(2026, 1, 1)))
    assert drawn == ["deck"]
    with zipfile.ZipFile(deck) as z:
        media = [z.read(n) for n in z.namelist() if n.startswith("ppt/media/")]
    assert len(media) == 1 and media[0].startswith(b"\x89PNG")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_pages_title_and_subtitle_stay_on_the_page(
    org: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    import dataclasses

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from kennisnet.export.group_map import draw_group_map
    from kennisnet.export.report import PICTURE_PAGE
    from kennisnet.i18n import tr

    data, result = org
    naming = Naming.build(data.people, pseudonymised=False)
    picture = dataclasses.replace(
        map_picture(result, naming, lang, colour=COLOUR_RISK, title="Map"),
        title=tr("The groups", lang=lang),
        # The subtitle of the management report's picture page (A4 portrait).
        subtitle=tr(
            "Each circle is a group; an arrow means its people learn from the other group. "
            "Dashed outlines: groups at risk.",
            lang=lang,
        ),
    )
    page = PICTURE_PAGE
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    canvas = FigureCanvasAgg(fig)
    draw_group_map(fig, picture, page)
    canvas.draw()
    renderer = canvas.get_renderer()
    width = fig.bbox.width
    texts = [t for t in fig.texts if t.get_text().strip()]
    assert any("group" in t.get_text() or "groep" in t.get_text() for t in texts)
    for text in texts:
        box = text.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= width, text.get_text()
    # The subtitle's lines stay above the map's first circle name.
    heads = sorted(texts, key=lambda t: -t.get_window_extent(renderer).y1)[:2]
    boxes = [t.get_window_extent(renderer) for t in heads]
    assert boxes[0].y0 >= boxes[1].y1 - 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_legend_of_a_crowded_map_stays_on_the_slide(lang: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from kennisnet.export.deck import PICTURE_PAGE
    from kennisnet.export.group_map import draw_group_map

    # Many groups, flows left out, the 'other' circle, one big group that learns a lot
    # from another (a wide arrow and a large circle): every optional legend line is there.
    data = _organisation(MAP_GROUPS + 5, size=3)
    extra = [
        Person(id=1000 + k, uid=f"x{k}", name=f"Extra{k} Persoon", department="Afdeling 01")
        for k in range(40)
    ]
    learn = [
        Response(
            uuid=f"rx{k}",
            respondent_id=1000 + k,
            wave_id=1,
            submitted_at="2026-10-05T10:00:00",
            nominations=(Nomination(4, None),),  # the first person of Afdeling 02
            channels=(),
        )
        for k in range(40)
    ]
    data = SurveyData((*data.people, *extra), (*data.responses, *learn), data.wave)
    result = analyze(data)
    naming = Naming.build(data.people, pseudonymised=False)
    picture = map_picture(result, naming, lang, colour=COLOUR_RISK, title="Kennisnetwerk")
    page = PICTURE_PAGE  # the slide deck's picture: large type on a short page
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    canvas = FigureCanvasAgg(fig)
    draw_group_map(fig, picture, page)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = [t for ax in fig.axes for t in ax.texts if t.get_text().strip()]
    other = "Dubbele rand" if lang == "nl" else "Double outline"
    assert any(other in t.get_text() for t in texts)
    for text in texts:
        box = text.get_window_extent(renderer)
        assert box.y0 >= 0 and box.x1 <= fig.bbox.width + 1, text.get_text()
